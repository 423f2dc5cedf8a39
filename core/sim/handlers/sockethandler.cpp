// SPDX-License-Identifier: MIT
#include "sockethandler.h"

#include "profile/moduleprofile.h"

#include "bc25/errorcodes.h"
#include "sim/simsocket.h"
#include "sim/virtualmodule.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace bc25::sim {

namespace {

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

// The LTE modules' QISTATE (BG96 TCP/IP Application Note V1.2, 2.2.6: +QISTATE:
// 0,"TCP","220.180.239.201",8705,65514,2,1,0,0,"usbmodem"): <socket_state> 0 Initial,
// 1 Opening, 2 Connected, 3 Listening, 4 Closing; then <contextID>, <serverID>,
// <access_mode>, "<AT_port>" (the virtual module is a serial port: "uart1").
QByteArray lteStateFields(const SocketSlot &slot)
{
    int state = 0;
    switch (slot.state) {
    case SocketState::Idle: state = 0; break;
    case SocketState::Connecting: state = 1; break;
    case SocketState::Connected: {
        const bool listens = slot.socket && slot.socket->kind() == SimSocket::Kind::TcpListener;
        state = listens ? 3 : 2;
        break;
    }
    case SocketState::Closing:
    case SocketState::RemoteClosing:
    case SocketState::Closed: state = 4; break;
    }
    return number(state) + ',' + number(slot.contextId) + ',' + number(slot.serverId) + ',' + number(slot.accessMode)
            + ",\"uart1\"";
}

} // namespace

SocketHandler::SocketHandler(VirtualModule *module)
    : CommandHandler(module)
    , m_socketCount(module->profile().socketCount())
    , m_slots(size_t(m_socketCount))
    , m_sender(module, m_slots)
    , m_receiver(module, m_slots)
{
    connect(&module->packetDomain(), &PacketDomain::contextLost, this, &SocketHandler::onContextLost);
    connect(module, &VirtualModule::outputDrained, this, [this] { m_receiver.onOutputDrained(); });
}

SocketHandler::~SocketHandler()
{
    reset();
}

bool SocketHandler::handle(const ParsedCommand &command)
{
    const QList<at::Field> &args = command.arguments;
    const int first = int(args.value(0).toInteger());
    switch (command.spec->id) {
    case CommandId::Open:
        open(command);
        break;
    case CommandId::Close:
        close(first);
        break;
    case CommandId::State:
        state(command);
        break;
    case CommandId::Send:
    case CommandId::SendHex:
        m_sender.send(command);
        break;
    case CommandId::Read:
        m_receiver.read(first, args.size() > 1 ? args.at(1).toInteger() : -1);
        break;
    case CommandId::SwitchMode:
        if (command.form == CommandForm::Read)
            m_module->reply();
        else
            switchMode(first, int(args.value(1).toInteger()));
        break;
    case CommandId::Config:
        configure(command);
        break;
    case CommandId::LastError:
        reportLastError();
        break;
    case CommandId::KeepAlive:
        keepAlive(command);
        break;
    default:
        return false;
    }
    return true;
}

void SocketHandler::reportLastError()
{
    const int code = m_module->lastError();
    const char *text = ErrorCodes::manualText(code);
    // manual 4.7 prints the description in lower case
    m_module->reply({"+QIGETERROR: " + number(code) + ',' + QByteArray(text ? text : "unknown error").toLower()});
}

void SocketHandler::open(const ParsedCommand &command)
{
    const QList<at::Field> &args = command.arguments;
    if (m_module->config().strict && m_module->profile().unsupported().udpService
        && SimSocket::kindOf(args.at(2).text) == SimSocket::Kind::UdpService) {
        m_module->replyError(ErrorCodes::OperationNotSupported); // manual 2.1.1, note 3: "not supported now"
        return;
    }
    const int id = int(args.at(1).toInteger());
    Slot &slot = m_slots[size_t(id)];
    if (slot.socket) {
        refuseOpen(id, ErrorCodes::SocketIdentityUsed); // manual chapter 3: 563, socket identity has been used
        return;
    }
    const int contextId = int(args.at(0).toInteger());
    if (!m_module->packetDomain().hasDataPath(contextId)) {
        // Detached or context down: the socket needs a PDP context it cannot have (chapter 3: 561).
        refuseOpen(id, ErrorCodes::OpenPdpContextFailed);
        return;
    }
    const SimSocket::Kind kind = SimSocket::kindOf(args.at(2).text);
    const QString host = QString::fromUtf8(args.at(3).text);
    const quint16 remotePort = quint16(args.at(4).toInteger());
    const quint16 localPort = quint16(args.value(5).toInteger(0));
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
    slot.serverId = server ? id : 0;
    slot.state = SocketState::Connecting;

    SimSocket *socket = createSocket(kind);
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
    start(id, socket, host, remotePort, localPort);
}

void SocketHandler::refuseOpen(int id, int error)
{
    m_module->reply();
    m_module->setLastError(error);
    m_module->urc("+QIOPEN: " + number(id) + ',' + number(error));
}

SimSocket *SocketHandler::createSocket(SimSocket::Kind kind)
{
    auto *socket = new SimSocket(kind, this);
    socket->setReceiveLimit(m_module->config().receiveBufferLimit);
    socket->setKeepAlive(m_keepAlive.on, m_keepAlive.idleSeconds, m_keepAlive.intervalSeconds, m_keepAlive.count);
    return socket;
}

// The socket goes to work as its service type says; its +QIOPEN URC follows.
void SocketHandler::start(int id, SimSocket *socket, const QString &host, quint16 remotePort, quint16 localPort)
{
    // Listeners and services bind where the simulator is told (loopback unless told otherwise).
    const QHostAddress bind = m_module->config().bindAddress;
    switch (socket->kind()) {
    case SimSocket::Kind::TcpClient:
    case SimSocket::Kind::UdpClient:
        if (!m_module->mayReach(host) || m_module->config().faults.serverUnreachable) {
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
            m_receiver.onReadable(id);
    });
    connect(socket, &SimSocket::closedByRemote, this, [this, id, socket] {
        Slot &slot = m_slots[size_t(id)];
        if (slot.socket != socket)
            return;
        m_receiver.onReadable(id); // what arrived before the FIN comes first
        m_sender.settle(id);
        slot.state = SocketState::RemoteClosing;
        m_module->urc("+QIURC: \"closed\"," + number(id));
    });
}

void SocketHandler::onIncoming(int serverId, QTcpSocket *connection)
{
    int id = -1;
    for (int i = 0; i < m_socketCount; ++i) {
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
    slot.serverId = serverId;
    slot.state = SocketState::Connected;
    SimSocket *socket = createSocket(SimSocket::Kind::TcpIncoming);
    socket->adopt(connection);
    attach(id, socket);
    m_module->urc("+QIURC: \"incoming\"," + number(id) + ',' + number(serverId) + ",\"" + slot.address + "\","
                  + number(slot.remotePort));
    if (socket->hasData())
        m_receiver.onReadable(id);
}

void SocketHandler::close(int id)
{
    release(id);
    m_module->reply();
    // CLOSE OK may come after OK (DESIGN.md rule 4); it always does here, on
    // a model whose table has that second phase (the BG96 ends at OK).
    const CommandSpec *spec = m_module->profile().spec(CommandId::Close);
    if (spec && spec->secondPhase == SecondPhase::Close)
        QTimer::singleShot(0, this, [this] { m_module->emitRaw("\r\n" + CommandCatalog::resultName(ResultId::CloseOk) + "\r\n"); });
}

void SocketHandler::onContextLost(int contextId)
{
    // The LTE modules say so once, for the context; the BC25 has no such URC
    // and reports each socket "closed ... due to network error" (manual 2.2.1).
    const bool saysContext = m_module->profile().printsUrc("pdpdeact");
    bool hadSockets = false;
    for (int id = 0; id < m_socketCount; ++id) {
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
        m_sender.settle(id);
        detach(slot.socket);
        slot.socket->close();
        slot.state = SocketState::Closed;
        if (!saysContext)
            m_module->urc("+QIURC: \"closed\"," + number(id));
    }
    // The family's URC (BG96 TCP/IP manual; DESIGN.md rule 7): the host must close these sockets.
    if (hadSockets && saysContext)
        m_module->urc("+QIURC: \"pdpdeact\"," + number(contextId));
}

void SocketHandler::release(int id, Release how)
{
    if (how == Release::Report)
        m_sender.settle(id);
    else
        m_sender.drop(id);
    Slot &slot = m_slots[size_t(id)];
    if (slot.socket) {
        detach(slot.socket);
        slot.socket->close();
        slot.socket->deleteLater();
    }
    slot = Slot {};
}

// The socket's signals reach this handler and its send path no more.
void SocketHandler::detach(SimSocket *socket)
{
    socket->disconnect(this);
    socket->disconnect(&m_sender);
}

QByteArray SocketHandler::stateLine(int id) const
{
    const Slot &slot = m_slots[size_t(id)];
    const QByteArray common = "+QISTATE: " + number(id) + ",\"" + slot.socket->serviceName() + "\",\"" + slot.address
            + "\"," + number(slot.remotePort) + ',' + number(slot.localPort) + ',';
    // The LTE modules' 10 fields (their answerShapes row), the BC25's 8 (manual 2.1.3).
    if (m_module->profile().answerFields(CommandCatalog::resultName(CommandId::State)) == 10)
        return common + lteStateFields(slot);
    return common + number(int(slot.state)) + ',' + number(slot.contextId) + ',' + number(slot.accessMode);
}

void SocketHandler::state(const ParsedCommand &command)
{
    QByteArrayList lines;
    const bool byContext = command.form == CommandForm::Write && command.arguments.at(0).toInteger() == 0;
    const int which = command.form == CommandForm::Write ? int(command.arguments.at(1).toInteger()) : -1;
    for (int id = 0; id < m_socketCount; ++id) {
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
    nv.accessMode[id] = mode;
    m_module->saveNv();
    Slot &slot = m_slots[size_t(id)];
    m_module->reply();
    if (!slot.socket)
        return;
    slot.accessMode = mode;
    if (mode == 1)
        QTimer::singleShot(0, this, [this, id] { m_receiver.pushOut(id); }); // buffered data goes out at once
}

void SocketHandler::configure(const ParsedCommand &command)
{
    const QList<at::Field> &args = command.arguments;
    NvState &nv = m_module->nv();
    const QByteArray key = args.at(0).text;
    if (m_module->config().strict && m_module->profile().unsupported().hexSending && key == "dataformat"
        && args.value(1).toInteger(0) == 1) {
        // manual 2.1.11, note 3: sending takes text only; hex goes with AT+QISENDEX
        m_module->replyError(ErrorCodes::OperationNotSupported);
        return;
    }
    if (args.size() > 1) {
        if (key == "dataformat") {
            nv.sendHex = args.at(1).toInteger() == 1;
            nv.recvHex = args.at(2).toInteger() == 1;
        } else if (key == "viewmode") {
            nv.viewMode = args.at(1).toInteger() == 1;
        } else if (key == "recvind") {
            // EC200U note 2.4.1: answered OK alone, and "will not be saved"
            m_receiver.setRecvIndication(args.at(1).toInteger() == 1);
            m_module->reply();
            return;
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
    else if (key == "recvind")
        line += number(m_receiver.recvIndication());
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
    if (m_module->config().strict && m_module->profile().unsupported().keepAliveData && args.size() > 4) {
        m_module->replyError(ErrorCodes::OperationNotSupported); // manual 2.1.13: <keepalive_data> "not supported now"
        return;
    }
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
    for (int id = 0; id < m_socketCount; ++id)
        release(id, Release::Silently); // a reboot prints nothing but RDY
    m_sender.reset();
    m_receiver.setRecvIndication(false); // not saved (EC200U note 2.4.1)
    m_keepAlive = KeepAlive {};
}

} // namespace bc25::sim
