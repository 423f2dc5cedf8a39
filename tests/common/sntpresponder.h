// SPDX-License-Identifier: MIT
#pragma once

// A real SNTP server on loopback (RFC 4330, mode 4) that answers every
// request with one fixed time, so NTP tests know what to expect.

#include <QDateTime>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QtEndian>

namespace bc25::test {

class SntpResponder : public QObject
{
public:
    explicit SntpResponder(const QDateTime &time)
        : m_time(time)
    {
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                const QNetworkDatagram request = m_socket.receiveDatagram();
                QByteArray reply(48, '\0');
                reply[0] = char((4 << 3) | 4); // version 4, mode 4 (server)
                reply[1] = 1;                  // stratum 1
                const quint32 seconds = quint32(m_time.toSecsSinceEpoch() + 2208988800LL); // NTP era from 1900
                qToBigEndian(seconds, reinterpret_cast<uchar *>(reply.data() + 40));
                m_socket.writeDatagram(request.makeReply(reply));
            }
        });
    }

    bool start() { return m_socket.bind(QHostAddress::LocalHost); }
    [[nodiscard]] quint16 port() const { return m_socket.localPort(); }

private:
    QDateTime m_time;
    QUdpSocket m_socket;
};

} // namespace bc25::test
