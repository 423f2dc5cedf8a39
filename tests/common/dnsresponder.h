// SPDX-License-Identifier: MIT
#pragma once

// A real DNS server (RFC 1035, UDP) that answers every A query with one
// fixed address and TTL. QDnsLookup in Qt 6.4 asks port 53 only, so it binds
// <address>:53 on the loopback range; start() fails without the privilege.

#include <QHostAddress>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QtEndian>

namespace bc25::test {

class DnsResponder : public QObject
{
public:
    DnsResponder(const QHostAddress &answer, quint32 ttl)
        : m_answer(answer.toIPv4Address())
        , m_ttl(ttl)
    {
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                const QNetworkDatagram query = m_socket.receiveDatagram();
                const QByteArray reply = replyTo(query.data());
                // Straight to the sender: makeReply() would answer from 127.0.0.1, and
                // a resolver drops answers that come from another address than it asked.
                if (!reply.isEmpty())
                    m_socket.writeDatagram(reply, query.senderAddress(), quint16(query.senderPort()));
                ++m_queries;
            }
        });
    }

    bool start(const QHostAddress &address) { return m_socket.bind(address, 53); }
    [[nodiscard]] int queries() const { return m_queries; }

private:
    QByteArray replyTo(const QByteArray &query) const
    {
        if (query.size() < 12)
            return {};
        // The question runs from byte 12 to the end of its QTYPE and QCLASS.
        qsizetype at = 12;
        while (at < query.size() && query.at(at) != 0)
            at += 1 + static_cast<unsigned char>(query.at(at));
        at += 5;
        if (at > query.size())
            return {};
        QByteArray reply = query.left(at);
        reply[2] = char(0x81); // response, recursion desired
        reply[3] = char(0x80); // recursion available, no error
        reply[6] = 0;
        reply[7] = 1; // one answer
        reply[8] = reply[9] = reply[10] = reply[11] = 0;
        QByteArray record("\xc0\x0c\x00\x01\x00\x01", 6); // the question's name, A, IN
        uchar ttl[4];
        qToBigEndian(m_ttl, ttl);
        record.append(reinterpret_cast<const char *>(ttl), 4);
        record.append("\x00\x04", 2);
        uchar address[4];
        qToBigEndian(m_answer, address);
        record.append(reinterpret_cast<const char *>(address), 4);
        return reply + record;
    }

    quint32 m_answer;
    quint32 m_ttl;
    QUdpSocket m_socket;
    int m_queries = 0;
};

} // namespace bc25::test
