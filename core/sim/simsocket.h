// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

namespace bc25::sim {

// A real host socket behind one of the virtual module's connectIDs: a TCP or
// UDP client, a TCP listener, an accepted TCP connection, or a UDP service.
// It reports what happened in the module's terms (an <err> code of chapter
// 3 for a failed open) and hands out received data when the module asks, so
// that a full buffer leaves the rest in the kernel (TCP flow control).
class SimSocket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimSocket)
public:
    enum class Kind : quint8 { TcpClient, UdpClient, TcpListener, TcpIncoming, UdpService };

    SimSocket(Kind kind, QObject *parent = nullptr);
    ~SimSocket() override;

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QByteArray serviceName() const;
    // The kind AT+QIOPEN's <service_type> asks for: "TCP", "UDP", "TCP LISTENER" or "UDP SERVICE" (manual 2.1.1).
    [[nodiscard]] static Kind kindOf(const QByteArray &serviceType);
    [[nodiscard]] bool isOpen() const { return m_open; }
    // UDP client or service: data comes as datagrams, without flow control.
    [[nodiscard]] bool isDatagram() const { return m_kind == Kind::UdpClient || m_kind == Kind::UdpService; }
    [[nodiscard]] bool remoteClosed() const { return m_remoteClosed; }

    // Starts opening; opened(err) follows (0 = success).
    void connectTo(const QString &host, quint16 port, quint16 localPort);
    void listen(const QHostAddress &address, quint16 port);
    void bindService(const QHostAddress &address, quint16 port);
    void adopt(QTcpSocket *connection);

    // Takes up to `max` received bytes (a UDP datagram whole); empty if none waits.
    QByteArray take(qint64 max);
    [[nodiscard]] bool hasData() const;
    // Queues bytes for the peer; written(ok) follows once the kernel took them.
    void send(const QByteArray &bytes);
    // A UDP SERVICE's datagram to a peer the send names; written(ok) follows.
    void sendTo(const QByteArray &bytes, const QString &host, quint16 port);
    // Where the datagram take() returned last came from.
    [[nodiscard]] QHostAddress lastSender() const { return m_lastDatagramFrom; }
    [[nodiscard]] quint16 lastSenderPort() const { return m_lastDatagramPort; }
    // Hands what send() queued to the kernel now, without waiting; true when
    // nothing is left behind (the socket is about to be closed).
    bool flushToKernel();
    void close();
    void setKeepAlive(bool on, int idleSeconds, int intervalSeconds, int count);
    // TCP: how much Qt may hold before the kernel's window closes (flow control).
    void setReceiveLimit(qint64 bytes);

    // The operating system's socket (TCP), for diagnostics; -1 if none.
    [[nodiscard]] qintptr descriptor() const;
    [[nodiscard]] QHostAddress peerAddress() const;
    [[nodiscard]] quint16 peerPort() const;

signals:
    void opened(int error);
    void readyRead();
    void written(bool ok);
    void closedByRemote();
    void incoming(QTcpSocket *connection);

private:
    void attachTcp(QTcpSocket *socket);
    void attachUdp();
    void applyKeepAlive();

    Kind m_kind;
    QPointer<QTcpSocket> m_tcp;
    QPointer<QUdpSocket> m_udp;
    QPointer<QTcpServer> m_server;
    bool m_open = false;
    bool m_remoteClosed = false;
    qint64 m_unacknowledged = 0;
    QHostAddress m_lastDatagramFrom;
    quint16 m_lastDatagramPort = 0;
    bool m_keepAlive = false;
    int m_keepIdle = 60;
    int m_keepInterval = 10;
    int m_keepCount = 9;
    qint64 m_receiveLimit = 0;
};

} // namespace bc25::sim
