// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QObject>

class QTcpServer;
class QUdpSocket;

namespace bc25::sim {

// TCP and UDP echo on one port of the loopback interface, so that a demo of
// the virtual module needs no network (bc25-sim --echo PORT, the GUI's demo).
class EchoService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EchoService)
public:
    explicit EchoService(QObject *parent = nullptr);

    // Port 0 picks a free one; false (with errorString()) if either protocol cannot bind.
    bool start(quint16 port, const QHostAddress &address = QHostAddress::LocalHost);
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    QTcpServer *m_tcp;
    QUdpSocket *m_udp;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace bc25::sim
