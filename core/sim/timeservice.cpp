// SPDX-License-Identifier: MIT
#include "timeservice.h"

#include <QDateTime>
#include <QNetworkDatagram>
#include <QtEndian>

namespace bc25::sim {

namespace {
constexpr qint64 NtpEraOffset = 2208988800LL; // seconds from 1900 to 1970
constexpr int PacketSize = 48;
}

TimeService::TimeService(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QUdpSocket::readyRead, this, &TimeService::answer);
}

bool TimeService::start(quint16 port)
{
    return m_socket.bind(QHostAddress::LocalHost, port);
}

void TimeService::answer()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram request = m_socket.receiveDatagram();
        if (request.data().size() < PacketSize)
            continue;
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        const auto seconds = quint32(nowMs / 1000 + NtpEraOffset);
        const auto fraction = quint32((quint64(nowMs % 1000) << 32) / 1000);
        QByteArray reply(PacketSize, '\0');
        reply[0] = char((4 << 3) | 4); // version 4, mode 4 (server)
        reply[1] = 1;                  // stratum 1: the reference itself
        // The client's transmit time back as the originate time (RFC 4330, 5).
        std::copy_n(request.data().constData() + 40, 8, reply.data() + 24);
        for (const int at : {32, 40}) { // receive and transmit time
            qToBigEndian(seconds, reinterpret_cast<uchar *>(reply.data() + at));
            qToBigEndian(fraction, reinterpret_cast<uchar *>(reply.data() + at + 4));
        }
        // Straight to the sender (makeReply answers from 127.0.0.1 only, see the README).
        m_socket.writeDatagram(reply, request.senderAddress(), quint16(request.senderPort()));
    }
}

} // namespace bc25::sim
