// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QUdpSocket>

namespace bc25::sim {

// An SNTP server on the loopback interface (RFC 4330, mode 4) answering with
// this computer's clock, so that AT+QNTTP on the built-in virtual module
// works with no network, as the echo service does for sockets.
class TimeService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeService)
public:
    explicit TimeService(QObject *parent = nullptr);

    bool start(quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_socket.localPort(); }

private:
    void answer();

    QUdpSocket m_socket;
};

} // namespace bc25::sim
