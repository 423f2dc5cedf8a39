// SPDX-License-Identifier: MIT
#include "echoservice.h"

#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

namespace bc25::sim {

EchoService::EchoService(QObject *parent)
    : QObject(parent)
    , m_tcp(new QTcpServer(this))
    , m_udp(new QUdpSocket(this))
{
    connect(m_tcp, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_tcp->nextPendingConnection()) {
            client->setParent(this);
            connect(client, &QTcpSocket::readyRead, client, [client] { client->write(client->readAll()); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    });
    connect(m_udp, &QUdpSocket::readyRead, this, [this] {
        while (m_udp->hasPendingDatagrams()) {
            const QNetworkDatagram datagram = m_udp->receiveDatagram();
            m_udp->writeDatagram(datagram.makeReply(datagram.data()));
        }
    });
}

bool EchoService::start(quint16 port, const QHostAddress &address)
{
    if (!m_tcp->listen(address, port)) {
        m_error = m_tcp->errorString();
        return false;
    }
    m_port = m_tcp->serverPort();
    if (!m_udp->bind(address, m_port)) {
        m_error = m_udp->errorString();
        m_tcp->close();
        return false;
    }
    return true;
}

} // namespace bc25::sim
