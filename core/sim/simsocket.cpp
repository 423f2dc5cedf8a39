// SPDX-License-Identifier: MIT
#include "simsocket.h"

#include "bc25/errorcodes.h"

#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace bc25::sim {

namespace {

// The module's <err> for a socket error (chapter 3).
int errorCode(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return ErrorCodes::DnsParseFailed;
    case QAbstractSocket::AddressInUseError:
        return ErrorCodes::PortBusy;
    case QAbstractSocket::SocketTimeoutError:
        return ErrorCodes::OperationTimeout;
    case QAbstractSocket::ConnectionRefusedError:
    case QAbstractSocket::NetworkError:
    default:
        return ErrorCodes::SocketConnectFailed;
    }
}

} // namespace

SimSocket::SimSocket(Kind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{
}

SimSocket::~SimSocket()
{
    close();
}

QByteArray SimSocket::serviceName() const
{
    switch (m_kind) {
    case Kind::TcpClient: return "TCP";
    case Kind::UdpClient: return "UDP";
    case Kind::TcpListener: return "TCP LISTENER";
    case Kind::TcpIncoming: return "TCP INCOMING";
    case Kind::UdpService: return "UDP SERVICE";
    }
    return {};
}

SimSocket::Kind SimSocket::kindOf(const QByteArray &serviceType)
{
    return serviceType == "TCP" ? Kind::TcpClient
         : serviceType == "UDP" ? Kind::UdpClient
         : serviceType == "TCP LISTENER" ? Kind::TcpListener
                                         : Kind::UdpService;
}

void SimSocket::attachTcp(QTcpSocket *socket)
{
    m_tcp = socket;
    socket->setParent(this);
    socket->setReadBufferSize(m_receiveLimit);
    connect(socket, &QTcpSocket::readyRead, this, &SimSocket::readyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 count) {
        m_unacknowledged -= count;
        if (m_unacknowledged <= 0) {
            m_unacknowledged = 0;
            emit written(true);
        }
    });
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_open)
            return;
        m_remoteClosed = true;
        emit closedByRemote();
    });
}

void SimSocket::attachUdp()
{
    connect(m_udp, &QUdpSocket::readyRead, this, &SimSocket::readyRead);
}

void SimSocket::connectTo(const QString &host, quint16 port, quint16 localPort)
{
    if (m_kind == Kind::TcpClient) {
        auto *socket = new QTcpSocket(this);
        attachTcp(socket);
        if (localPort > 0 && !socket->bind(QHostAddress::Any, localPort)) {
            QMetaObject::invokeMethod(this, [this] { emit opened(ErrorCodes::SocketBindFailed); }, Qt::QueuedConnection);
            return;
        }
        connect(socket, &QTcpSocket::connected, this, [this] {
            m_open = true;
            applyKeepAlive();
            emit opened(ErrorCodes::Success);
        });
        connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (!m_open)
                emit opened(errorCode(error));
        });
        socket->connectToHost(host, port);
        return;
    }
    m_udp = new QUdpSocket(this);
    attachUdp();
    if (localPort > 0 && !m_udp->bind(QHostAddress::Any, localPort)) {
        QMetaObject::invokeMethod(this, [this] { emit opened(ErrorCodes::SocketBindFailed); }, Qt::QueuedConnection);
        return;
    }
    connect(m_udp, &QUdpSocket::connected, this, [this] {
        m_open = true;
        emit opened(ErrorCodes::Success);
    });
    connect(m_udp, &QUdpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (!m_open)
            emit opened(errorCode(error));
    });
    m_udp->connectToHost(host, port);
}

void SimSocket::listen(const QHostAddress &address, quint16 port)
{
    m_server = new QTcpServer(this);
    if (!m_server->listen(address, port)) {
        const int error = m_server->serverError() == QAbstractSocket::AddressInUseError ? ErrorCodes::PortBusy : ErrorCodes::SocketListenFailed;
        QMetaObject::invokeMethod(this, [this, error] { emit opened(error); }, Qt::QueuedConnection);
        return;
    }
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *connection = m_server->nextPendingConnection())
            emit incoming(connection);
    });
    m_open = true;
    QMetaObject::invokeMethod(this, [this] { emit opened(ErrorCodes::Success); }, Qt::QueuedConnection);
}

void SimSocket::bindService(const QHostAddress &address, quint16 port)
{
    m_udp = new QUdpSocket(this);
    if (!m_udp->bind(address, port)) {
        const int error = m_udp->error() == QAbstractSocket::AddressInUseError ? ErrorCodes::PortBusy : ErrorCodes::SocketBindFailed;
        QMetaObject::invokeMethod(this, [this, error] { emit opened(error); }, Qt::QueuedConnection);
        return;
    }
    attachUdp();
    m_open = true;
    QMetaObject::invokeMethod(this, [this] { emit opened(ErrorCodes::Success); }, Qt::QueuedConnection);
}

void SimSocket::adopt(QTcpSocket *connection)
{
    attachTcp(connection);
    m_open = true;
    applyKeepAlive();
}

QByteArray SimSocket::take(qint64 max)
{
    if (m_tcp)
        return m_tcp->read(max);
    if (m_udp && m_udp->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_udp->receiveDatagram();
        m_lastDatagramFrom = datagram.senderAddress();
        m_lastDatagramPort = quint16(datagram.senderPort());
        return datagram.data();
    }
    return {};
}

bool SimSocket::hasData() const
{
    if (m_tcp)
        return m_tcp->bytesAvailable() > 0;
    return m_udp && m_udp->hasPendingDatagrams();
}

void SimSocket::send(const QByteArray &bytes)
{
    if (m_tcp && m_tcp->state() == QAbstractSocket::ConnectedState) {
        m_unacknowledged += bytes.size();
        if (m_tcp->write(bytes) != bytes.size()) {
            QMetaObject::invokeMethod(this, [this] { emit written(false); }, Qt::QueuedConnection);
        }
        return;
    }
    if (m_udp && m_kind == Kind::UdpClient) {
        const bool ok = m_udp->write(bytes) == bytes.size();
        QMetaObject::invokeMethod(this, [this, ok] { emit written(ok); }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(this, [this] { emit written(false); }, Qt::QueuedConnection);
}

void SimSocket::sendTo(const QByteArray &bytes, const QString &host, quint16 port)
{
    const QHostAddress address(host);
    const bool ok = m_udp && m_kind == Kind::UdpService && !address.isNull()
            && m_udp->writeDatagram(bytes, address, port) == bytes.size();
    QMetaObject::invokeMethod(this, [this, ok] { emit written(ok); }, Qt::QueuedConnection);
}

bool SimSocket::flushToKernel()
{
    if (!m_tcp)
        return m_udp != nullptr; // a datagram is written whole or not at all in send()
    if (m_tcp->state() != QAbstractSocket::ConnectedState)
        return false;
    m_tcp->flush();
    return m_tcp->bytesToWrite() == 0;
}

void SimSocket::close()
{
    m_open = false;
    if (m_tcp) {
        m_tcp->disconnect(this);
        m_tcp->abort();
        m_tcp->deleteLater();
    }
    if (m_udp) {
        m_udp->disconnect(this);
        m_udp->close();
        m_udp->deleteLater();
    }
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
    }
}

void SimSocket::setKeepAlive(bool on, int idleSeconds, int intervalSeconds, int count)
{
    m_keepAlive = on;
    m_keepIdle = idleSeconds;
    m_keepInterval = intervalSeconds;
    m_keepCount = count;
    applyKeepAlive();
}

void SimSocket::applyKeepAlive()
{
    if (!m_tcp || m_tcp->state() != QAbstractSocket::ConnectedState)
        return;
    m_tcp->setSocketOption(QAbstractSocket::KeepAliveOption, m_keepAlive ? 1 : 0);
    const qintptr fd = m_tcp->socketDescriptor();
    if (!m_keepAlive || fd < 0)
        return;
    // manual 2.1.13: idle time, interval between probes, number of probes
    ::setsockopt(int(fd), IPPROTO_TCP, TCP_KEEPIDLE, &m_keepIdle, sizeof m_keepIdle);
    ::setsockopt(int(fd), IPPROTO_TCP, TCP_KEEPINTVL, &m_keepInterval, sizeof m_keepInterval);
    ::setsockopt(int(fd), IPPROTO_TCP, TCP_KEEPCNT, &m_keepCount, sizeof m_keepCount);
}

void SimSocket::setReceiveLimit(qint64 bytes)
{
    m_receiveLimit = bytes;
    if (m_tcp)
        m_tcp->setReadBufferSize(bytes);
}

qintptr SimSocket::descriptor() const
{
    return m_tcp ? m_tcp->socketDescriptor() : -1;
}

QHostAddress SimSocket::peerAddress() const
{
    if (m_tcp)
        return m_tcp->peerAddress();
    return m_lastDatagramFrom;
}

quint16 SimSocket::peerPort() const
{
    if (m_tcp)
        return m_tcp->peerPort();
    return m_lastDatagramPort;
}

} // namespace bc25::sim
