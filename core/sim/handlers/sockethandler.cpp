// SPDX-License-Identifier: MIT
#include "sockethandler.h"

#include "bc25/errorcodes.h"
#include "sim/simsocket.h"
#include "sim/virtualmodule.h"

#include <QHostAddress>
#include <QScopedValueRollback>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cctype>

namespace bc25::sim {

namespace {

constexpr qint64 MaxSendLength = 512; // manual 2.1.4

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

// What AT+QISENDEX takes after its prompt: pairs of hex digits and nothing else.
bool isHexText(const QByteArray &text)
{
    if (text.size() % 2 != 0)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
}

} // namespace

SocketHandler::SocketHandler(VirtualModule *module)
    : CommandHandler(module)
{
    connect(&module->packetDomain(), &PacketDomain::contextLost, this, &SocketHandler::onContextLost);
    connect(module, &VirtualModule::outputDrained, this, [this] {
        for (int id = 0; id < SocketCount; ++id) {
            const Slot &slot = m_slots[size_t(id)];
            if (slot.socket && slot.accessMode == 1 && slot.socket->hasData())
                pushOut(id);
        }
    });
}

SocketHandler::~SocketHandler()
{
    reset();
}

bool SocketHandler::handle(const ParsedCommand &command)
{
    const QByteArray &name = command.name;
    const QList<at::Field> &args = command.arguments;
    const int first = int(args.value(0).toInteger());
    if (name == "+QIOPEN")
        open(command);
    else if (name == "+QICLOSE")
        close(first);
    else if (name == "+QISTATE")
        state(command);
    else if (name == "+QISEND")
        send(command, false);
    else if (name == "+QISENDEX")
        send(command, true);
    else if (name == "+QIRD")
        read(first, args.value(1).toInteger());
    else if (name == "+QISWTMD") {
        if (command.form == CommandForm::Read)
            m_module->reply();
        else
            switchMode(first, int(args.value(1).toInteger()));
    } else if (name == "+QICFG")
        configure(command);
    else if (name == "+QIGETERROR") {
        const int code = m_module->lastError();
        const char *text = ErrorCodes::manualText(code);
        // manual 4.7 prints the description in lower case
        m_module->reply({"+QIGETERROR: " + number(code) + ',' + QByteArray(text ? text : "unknown error").toLower()});
    } else if (name == "+QIKALIVE")
        keepAlive(command);
    else
        return false;
    return true;
}

void SocketHandler::open(const ParsedCommand &command)
{
    const QList<at::Field> &args = command.arguments;
    const int id = int(args.at(1).toInteger());
    Slot &slot = m_slots[size_t(id)];
    if (slot.socket) {
        // manual chapter 3: 563, socket identity has been used
        m_module->reply();
        m_module->setLastError(ErrorCodes::SocketIdentityUsed);
        m_module->urc("+QIOPEN: " + number(id) + ',' + number(ErrorCodes::SocketIdentityUsed));
        return;
    }
    const int contextId = int(args.at(0).toInteger());
    if (!m_module->packetDomain().hasDataPath(contextId)) {
        // Detached or context down: the socket needs a PDP context it cannot have (chapter 3: 561).
        m_module->reply();
        m_module->setLastError(ErrorCodes::OpenPdpContextFailed);
        m_module->urc("+QIOPEN: " + number(id) + ',' + number(ErrorCodes::OpenPdpContextFailed));
        return;
    }
    const QByteArray service = args.at(2).text;
    const QString host = QString::fromUtf8(args.at(3).text);
    const quint16 remotePort = quint16(args.at(4).toInteger());
    const quint16 localPort = quint16(args.value(5).toInteger(0));
    const SimSocket::Kind kind = service == "TCP" ? SimSocket::Kind::TcpClient
                               : service == "UDP" ? SimSocket::Kind::UdpClient
                               : service == "TCP LISTENER" ? SimSocket::Kind::TcpListener
                                                           : SimSocket::Kind::UdpService;
    slot = Slot {};
    slot.contextId = contextId;
    // manual 2.1.1: left out, <access_mode> is buffer access (0), whatever AT+QISWTMD
    // saved for this connectID before: the host cannot read that back, so a
    // module that used it would cut the host's stream behind its back.
    slot.accessMode = args.size() > 6 ? int(args.at(6).toInteger()) : 0;
    slot.address = args.at(3).text;
    // manual 2.1.3: for "TCP LISTENER" and "UDP SERVICE" the remote port is invalid and always 0
    const bool server = kind == SimSocket::Kind::TcpListener || kind == SimSocket::Kind::UdpService;
    slot.remotePort = server ? 0 : remotePort;
    slot.localPort = localPort;
    slot.state = SocketState::Connecting;

    auto *socket = new SimSocket(kind, this);
    socket->setReceiveLimit(m_module->config().receiveBufferLimit);
    socket->setKeepAlive(m_keepAlive.on, m_keepAlive.idleSeconds, m_keepAlive.intervalSeconds, m_keepAlive.count);
    attach(id, socket);
    connect(socket, &SimSocket::opened, this, [this, id, socket](int error) {
        if (m_slots[size_t(id)].socket != socket)
            return;
        if (error != ErrorCodes::Success) {
            m_module->setLastError(error);
            release(id);
        } else {
            m_slots[size_t(id)].state = SocketState::Connected;
        }
        m_module->urc("+QIOPEN: " + number(id) + ',' + number(error));
    });
    m_module->reply();

    // Listeners and services bind where the simulator is told (loopback unless told otherwise).
    const QHostAddress bind = m_module->config().bindAddress;
    switch (kind) {
    case SimSocket::Kind::TcpClient:
    case SimSocket::Kind::UdpClient:
        if (!m_module->mayReach(host)) {
            QMetaObject::invokeMethod(socket, [socket] { emit socket->opened(ErrorCodes::SocketConnectFailed); },
                                      Qt::QueuedConnection);
            break;
        }
        connectClient(id, socket, host, remotePort, localPort);
        break;
    case SimSocket::Kind::TcpListener:
        connect(socket, &SimSocket::incoming, this, [this, id](QTcpSocket *connection) { onIncoming(id, connection); });
        socket->listen(bind, localPort);
        break;
    case SimSocket::Kind::UdpService:
    case SimSocket::Kind::TcpIncoming:
        socket->bindService(bind, localPort);
        break;
    }
}

void SocketHandler::connectClient(int id, SimSocket *socket, const QString &host, quint16 port, quint16 localPort)
{
    // A name resolves as the IPv4 context would (HostResolver); a name that does
    // not resolve fails with 565 within the resolver's time limit (manual 2.1.1, note 1).
    m_module->resolver().resolve(host, socket, [this, id, socket, port, localPort](const HostResolver::Answer &answer) {
        if (m_slots[size_t(id)].socket != socket)
            return;
        if (answer.error != 0 || answer.addresses.isEmpty()) {
            emit socket->opened(answer.error != 0 ? answer.error : ErrorCodes::DnsParseFailed);
            return;
        }
        socket->connectTo(answer.addresses.constFirst().toString(), port, localPort);
    });
}

void SocketHandler::attach(int id, SimSocket *socket)
{
    m_slots[size_t(id)].socket = socket;
    connect(socket, &SimSocket::readyRead, this, [this, id, socket] {
        if (m_slots[size_t(id)].socket == socket)
            onReadable(id);
    });
    connect(socket, &SimSocket::closedByRemote, this, [this, id, socket] {
        Slot &slot = m_slots[size_t(id)];
        if (slot.socket != socket)
            return;
        onReadable(id); // what arrived before the FIN comes first
        settleSend(id);
        slot.state = SocketState::RemoteClosing;
        m_module->urc("+QIURC: \"closed\"," + number(id));
    });
}

void SocketHandler::onIncoming(int serverId, QTcpSocket *connection)
{
    int id = -1;
    for (int i = 0; i < SocketCount; ++i) {
        if (!m_slots[size_t(i)].socket) {
            id = i;
            break;
        }
    }
    if (id < 0) {
        connection->abort();
        connection->deleteLater();
        m_module->urc("+QIURC: \"incoming full\"");
        return;
    }
    Slot &slot = m_slots[size_t(id)];
    slot = Slot {};
    slot.contextId = m_slots[size_t(serverId)].contextId;
    slot.accessMode = 0; // manual 2.2.5: buffer access mode
    slot.address = connection->peerAddress().toString().toLatin1();
    slot.remotePort = connection->peerPort();
    slot.localPort = m_slots[size_t(serverId)].localPort;
    slot.state = SocketState::Connected;
    auto *socket = new SimSocket(SimSocket::Kind::TcpIncoming, this);
    socket->setReceiveLimit(m_module->config().receiveBufferLimit);
    socket->setKeepAlive(m_keepAlive.on, m_keepAlive.idleSeconds, m_keepAlive.intervalSeconds, m_keepAlive.count);
    socket->adopt(connection);
    attach(id, socket);
    m_module->urc("+QIURC: \"incoming\"," + number(id) + ',' + number(serverId) + ",\"" + slot.address + "\","
                  + number(slot.remotePort));
    if (socket->hasData())
        onReadable(id);
}

void SocketHandler::onReadable(int id)
{
    Slot &slot = m_slots[size_t(id)];
    if (!slot.socket)
        return;
    if (slot.accessMode == 1) {
        pushOut(id);
        return;
    }
    // Buffer access mode: take what fits, one node per arrival.
    const qint64 limit = m_module->config().receiveBufferLimit;
    qint64 arrived = 0;
    while (slot.socket->hasData() && slot.buffered < limit) {
        const QByteArray node = slot.socket->take(limit - slot.buffered);
        if (node.isEmpty())
            break;
        slot.nodes.push_back(node);
        slot.buffered += node.size();
        arrived += node.size();
    }
    if (arrived > 0)
        reportRecv(id, arrived);
    if (slot.socket->hasData() && slot.buffered >= limit && !slot.fullReported) {
        // manual 2.2.3; the rest waits in the kernel (TCP) until the host reads
        slot.fullReported = true;
        m_module->urc("+QIURC: \"recv\"," + number(id) + ",\"buff full\"");
    }
}

void SocketHandler::reportRecv(int id, qint64 length)
{
    Slot &slot = m_slots[size_t(id)];
    // manual 1.2: no new URC until the buffer has been read empty
    if (slot.urcPending)
        return;
    slot.urcPending = true;
    QByteArray line = "+QIURC: \"recv\"," + number(id);
    if (m_module->nv().showLength)
        line += ',' + number(length);
    m_module->urc(line);
}

void SocketHandler::pushOut(int id)
{
    // Writing output can report a drained line at once; the loop below goes on by itself.
    if (m_pushing)
        return;
    const QScopedValueRollback<bool> pushing(m_pushing, true);
    Slot &slot = m_slots[size_t(id)];
    const NvState &nv = m_module->nv();
    const int chunk = m_module->config().maxPushChunk;
    auto push = [&](const QByteArray &data) {
        for (qsizetype at = 0; at < data.size(); at += chunk) {
            const QByteArray part = data.mid(at, chunk);
            // manual 2.2.2 and 2.1.11: header, then CR LF (viewmode 0) or a comma (viewmode 1)
            const QByteArray header = "\r\n+QIURC: \"recv\"," + number(id) + ',' + number(part.size());
            m_module->unsolicited(header + (nv.viewMode ? "," : "\r\n") + payloadText(part) + "\r\n");
        }
    };
    while (!slot.nodes.empty()) {
        push(slot.nodes.front());
        slot.buffered -= slot.nodes.front().size();
        slot.nodes.pop_front();
    }
    slot.urcPending = false;
    // Only as fast as the line drains; what waits stays in the socket (TCP flow control).
    while (slot.socket && slot.socket->hasData() && m_module->outputBacklog() < VirtualModule::PushBacklogLimit)
        push(slot.socket->take(chunk));
}

QByteArray SocketHandler::payloadText(const QByteArray &data) const
{
    return m_module->nv().recvHex ? data.toHex().toUpper() : data;
}

void SocketHandler::read(int id, qint64 maxLength)
{
    Slot &slot = m_slots[size_t(id)];
    if (!slot.socket) {
        m_module->replyError(ErrorCodes::SocketClosed);
        return;
    }
    if (slot.socket->kind() == SimSocket::Kind::TcpListener) {
        m_module->replyError(ErrorCodes::OperationNotAllowed);
        return;
    }
    const NvState &nv = m_module->nv();
    if (slot.nodes.empty()) {
        slot.urcPending = false;
        m_module->emitRaw("\r\n+QIRD: 0\r\n\r\nOK\r\n");
        onReadable(id); // data held back by a full buffer comes in now, with a new URC
        return;
    }
    QByteArray &node = slot.nodes.front();
    const QByteArray data = node.left(maxLength);
    node.remove(0, data.size());
    const qint64 remaining = node.size();
    if (node.isEmpty())
        slot.nodes.pop_front();
    slot.buffered -= data.size();
    QByteArray header = "\r\n+QIRD: " + number(data.size());
    if (nv.showLength)
        header += ',' + number(remaining); // manual 2.1.5 note 3: what is left of this node
    m_module->emitRaw(header + (nv.viewMode ? "," : "\r\n") + payloadText(data) + "\r\n\r\nOK\r\n");
    if (slot.nodes.empty()) {
        slot.urcPending = false;
        slot.fullReported = false;
        onReadable(id);
    }
}

void SocketHandler::send(const ParsedCommand &command, bool hex)
{
    const QList<at::Field> &args = command.arguments;
    const int id = int(args.at(0).toInteger());
    Slot &slot = m_slots[size_t(id)];
    if (slot.socket && !m_module->packetDomain().hasDataPath(slot.contextId)) {
        m_module->replyError(ErrorCodes::PdpContextBrokenDown);
        return;
    }
    if (!slot.socket || slot.state != SocketState::Connected) {
        m_module->replyError(ErrorCodes::SocketClosed);
        return;
    }
    const SimSocket::Kind kind = slot.socket->kind();
    if (kind == SimSocket::Kind::TcpListener || kind == SimSocket::Kind::UdpService) {
        m_module->replyError(ErrorCodes::OperationNotAllowed); // manual 2.1.4, note 2
        return;
    }
    if (m_pendingSend) {
        m_module->replyError(ErrorCodes::OperationBusy); // manual 4.1.2
        return;
    }
    if (args.size() == 3) {
        const QByteArray data = hex ? QByteArray::fromHex(args.at(2).text) : args.at(2).text;
        m_module->reply();
        transmit(id, data);
        return;
    }
    const qint64 fixed = args.size() == 2 ? args.at(1).toInteger() : -1;
    m_module->enterDataMode(hex && fixed > 0 ? 2 * fixed : fixed, [this, id, hex](const QByteArray &typed, bool cancelled) {
        if (cancelled) {
            m_module->reply();
            return;
        }
        if (hex && !isHexText(typed)) {
            // manual 2.1.6: "parameter is incorrect: ERROR"; never send other bytes than typed
            m_module->replyError(ErrorCodes::InvalidParameters);
            return;
        }
        const QByteArray data = hex ? QByteArray::fromHex(typed) : typed;
        if (data.isEmpty()) {
            m_module->emitRaw("\r\nSEND FAIL\r\n"); // manual 2.1.4, note 3
            return;
        }
        if (data.size() > MaxSendLength) {
            m_module->replyError(ErrorCodes::InvalidParameters);
            return;
        }
        if (!m_slots[size_t(id)].socket) {
            m_module->replyError(ErrorCodes::SocketClosed);
            return;
        }
        m_module->reply();
        transmit(id, data);
    });
}

void SocketHandler::transmit(int id, const QByteArray &data)
{
    SimSocket *socket = m_slots[size_t(id)].socket;
    const int serial = ++m_sendSerial;
    m_pendingSend = PendingSend {id, serial, false};
    const int delay = m_module->config().sendAckDelayMs;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(socket, &SimSocket::written, this, [this, connection, delay, serial](bool ok) {
        disconnect(*connection);
        if (!m_pendingSend || m_pendingSend->serial != serial)
            return;
        m_pendingSend->written = ok;
        if (!ok) {
            finishSend(false);
            return;
        }
        QTimer::singleShot(delay, this, [this, serial] {
            if (m_pendingSend && m_pendingSend->serial == serial)
                finishSend(true);
        });
    });
    socket->send(data);
}

void SocketHandler::settleSend(int id)
{
    if (!m_pendingSend || m_pendingSend->id != id)
        return;
    // The socket goes away before the kernel confirmed the bytes: whatever
    // the kernel can still take counts as sent (manual 2.1.4, note 1: SEND OK
    // means the data reached the protocol stack), the rest fails.
    SimSocket *socket = m_slots[size_t(id)].socket;
    const bool ok = m_pendingSend->written || (socket && socket->flushToKernel());
    finishSend(ok);
}

void SocketHandler::finishSend(bool ok)
{
    m_pendingSend.reset();
    m_module->emitRaw(ok ? "\r\nSEND OK\r\n" : "\r\nSEND FAIL\r\n");
}

void SocketHandler::close(int id)
{
    release(id);
    m_module->reply();
    // CLOSE OK may come after OK (DESIGN.md rule 4); it always does here.
    QTimer::singleShot(0, this, [this] { m_module->emitRaw("\r\nCLOSE OK\r\n"); });
}

void SocketHandler::onContextLost(int contextId)
{
    bool hadSockets = false;
    for (int id = 0; id < SocketCount; ++id) {
        Slot &slot = m_slots[size_t(id)];
        if (!slot.socket || slot.contextId != contextId)
            continue;
        hadSockets = true;
        if (slot.state == SocketState::Connecting) {
            release(id);
            m_module->urc("+QIOPEN: " + number(id) + ',' + number(ErrorCodes::PdpContextBrokenDown));
            continue;
        }
        // The real socket goes; the slot stays until AT+QICLOSE, its unread data readable.
        settleSend(id);
        slot.socket->disconnect(this);
        slot.socket->close();
        slot.state = SocketState::Closed;
    }
    // The family's URC (BG96 TCP/IP manual; DESIGN.md rule 7): the host must close these sockets.
    if (hadSockets)
        m_module->urc("+QIURC: \"pdpdeact\"," + number(contextId));
}

void SocketHandler::release(int id, Release how)
{
    if (how == Release::Report)
        settleSend(id);
    else if (m_pendingSend && m_pendingSend->id == id)
        m_pendingSend.reset();
    Slot &slot = m_slots[size_t(id)];
    if (slot.socket) {
        slot.socket->disconnect(this);
        slot.socket->close();
        slot.socket->deleteLater();
    }
    slot = Slot {};
}

QByteArray SocketHandler::stateLine(int id) const
{
    const Slot &slot = m_slots[size_t(id)];
    return "+QISTATE: " + number(id) + ",\"" + slot.socket->serviceName() + "\",\"" + slot.address + "\","
            + number(slot.remotePort) + ',' + number(slot.localPort) + ',' + number(int(slot.state)) + ','
            + number(slot.contextId) + ',' + number(slot.accessMode);
}

void SocketHandler::state(const ParsedCommand &command)
{
    QByteArrayList lines;
    const bool byContext = command.form == CommandForm::Write && command.arguments.at(0).toInteger() == 0;
    const int which = command.form == CommandForm::Write ? int(command.arguments.at(1).toInteger()) : -1;
    for (int id = 0; id < SocketCount; ++id) {
        if (!m_slots[size_t(id)].socket)
            continue;
        if (command.form == CommandForm::Write
            && (byContext ? m_slots[size_t(id)].contextId != which : id != which))
            continue;
        lines << stateLine(id);
    }
    m_module->reply(lines);
}

void SocketHandler::switchMode(int id, int mode)
{
    NvState &nv = m_module->nv();
    nv.accessMode[size_t(id)] = mode;
    m_module->saveNv();
    Slot &slot = m_slots[size_t(id)];
    m_module->reply();
    if (!slot.socket)
        return;
    slot.accessMode = mode;
    if (mode == 1)
        QTimer::singleShot(0, this, [this, id] { pushOut(id); }); // buffered data goes out at once
}

void SocketHandler::configure(const ParsedCommand &command)
{
    const QList<at::Field> &args = command.arguments;
    NvState &nv = m_module->nv();
    const QByteArray key = args.at(0).text;
    if (args.size() > 1) {
        if (key == "dataformat") {
            nv.sendHex = args.at(1).toInteger() == 1;
            nv.recvHex = args.at(2).toInteger() == 1;
        } else if (key == "viewmode") {
            nv.viewMode = args.at(1).toInteger() == 1;
        } else {
            nv.showLength = args.at(1).toInteger() == 1;
        }
        m_module->saveNv();
    }
    // manual 2.1.11: every form answers with the setting in force
    QByteArray line = "+QICFG: \"" + key + "\",";
    if (key == "dataformat")
        line += number(nv.sendHex) + ',' + number(nv.recvHex);
    else if (key == "viewmode")
        line += number(nv.viewMode);
    else
        line += number(nv.showLength);
    m_module->reply({line});
}

void SocketHandler::keepAlive(const ParsedCommand &command)
{
    if (command.form == CommandForm::Read) {
        m_module->reply({"+QIKALIVE: " + number(m_keepAlive.on) + ',' + number(m_keepAlive.idleSeconds) + ','
                         + number(m_keepAlive.intervalSeconds) + ',' + number(m_keepAlive.count)});
        return;
    }
    const QList<at::Field> &args = command.arguments;
    m_keepAlive.on = args.at(0).toInteger() == 1;
    m_keepAlive.idleSeconds = int(args.value(1).toInteger(m_keepAlive.idleSeconds));
    m_keepAlive.intervalSeconds = int(args.value(2).toInteger(m_keepAlive.intervalSeconds));
    m_keepAlive.count = int(args.value(3).toInteger(m_keepAlive.count));
    for (const Slot &slot : m_slots) {
        if (slot.socket)
            slot.socket->setKeepAlive(m_keepAlive.on, m_keepAlive.idleSeconds, m_keepAlive.intervalSeconds, m_keepAlive.count);
    }
    m_module->reply();
}

void SocketHandler::reset()
{
    for (int id = 0; id < SocketCount; ++id)
        release(id, Release::Silently); // a reboot prints nothing but RDY
    m_pendingSend.reset();
    m_keepAlive = KeepAlive {};
}

} // namespace bc25::sim
