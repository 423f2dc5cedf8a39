// SPDX-License-Identifier: MIT
#include "modulesession.h"

#include "errorcodes.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "bc25.session")

namespace bc25 {

namespace {

// What a user asked for through a panel; the session's own polling keeps Source::Session.
BuildResult fromPanel(BuildResult built)
{
    built.command.source = at::Source::Panel;
    return built;
}

} // namespace

ModuleSession::ModuleSession(at::CommandEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    for (int i = 0; i < SocketCount; ++i)
        m_sockets[size_t(i)].connectId = i;

    // The assembler changes these only on the module's confirmation.
    connect(engine, &at::CommandEngine::settingsChanged, this, [this](const at::ParserSettings &parser) {
        if (parser.viewMode != m_settings.viewMode || parser.showLength != m_settings.showLength
            || parser.recvHex != m_settings.recvHex || parser.sendHex != m_settings.sendHex) {
            m_settings.viewMode = parser.viewMode;
            m_settings.showLength = parser.showLength;
            m_settings.recvHex = parser.recvHex;
            m_settings.sendHex = parser.sendHex;
            emit settingsChanged();
        }
        for (SocketInfo &s : m_sockets) {
            const AccessMode mode = parser.directPush[size_t(s.connectId)] ? AccessMode::DirectPush : AccessMode::Buffer;
            if (s.inUse && s.accessMode != mode) {
                s.accessMode = mode;
                emit socketChanged(s.connectId);
            }
        }
    });
    connect(engine, &at::CommandEngine::urcReceived, this, &ModuleSession::onUrc);
    connect(engine, &at::CommandEngine::dataReceived, this, &ModuleSession::onData);
}

const SocketInfo &ModuleSession::socket(int connectId) const
{
    return m_sockets.at(size_t(qBound(0, connectId, SocketCount - 1)));
}

SocketInfo &ModuleSession::mutableSocket(int connectId)
{
    return m_sockets.at(size_t(qBound(0, connectId, SocketCount - 1)));
}

void ModuleSession::submit(BuildResult built, std::function<void(const at::CommandResult &)> onFinished)
{
    Q_ASSERT(built.ok());
    // A bare ERROR from a TCP/IP command says nothing; AT+QIGETERROR says why (manual 2.1.12).
    const bool explainErrors = built.command.explainErrors;
    built.command.onFinished = [this, explainErrors, onFinished = std::move(onFinished)](const at::CommandResult &r) {
        if (explainErrors && r.status == at::CommandResult::Status::Error)
            queryLastError();
        if (onFinished)
            onFinished(r);
    };
    m_engine->submit(std::move(built.command));
}

QString ModuleSession::failureText(const at::CommandResult &result)
{
    const QString command = QString::fromLatin1(result.command);
    switch (result.status) {
    case at::CommandResult::Status::Ok:
        return {};
    case at::CommandResult::Status::Error:
        return tr("%1 answered ERROR.").arg(command);
    case at::CommandResult::Status::CmeError:
        return tr("%1 failed: %2").arg(command, ErrorCodes::cmeErrorText(result.cmeError));
    case at::CommandResult::Status::Timeout:
    case at::CommandResult::Status::Aborted:
        return result.message;
    }
    return {};
}

QString ModuleSession::failureText(const at::OperationResult &result)
{
    if (result.status == at::OperationResult::Status::Timeout || result.status == at::OperationResult::Status::Aborted)
        return result.message;
    if (result.status == at::OperationResult::Status::Done || result.lines.isEmpty())
        return {};
    const at::ResultLine &last = result.lines.constLast();
    if (last.name == "SEND FAIL")
        return tr("The module answered SEND FAIL: its send buffer is full or the connection is broken.");
    if (last.name == "QIOPEN")
        return ErrorCodes::describe(int(last.integer(1)));
    if (last.name == "QPING")
        return QStringLiteral("%1 (%2)").arg(last.integer(0)).arg(ErrorCodes::pingResultText(int(last.integer(0))));
    if (last.name == "QIURC")
        return ErrorCodes::describe(int(last.integer(1)));
    return ErrorCodes::describe(int(last.integer(0)));
}

void ModuleSession::synchronize()
{
    // A module in light sleep may lose the first command that wakes it; let that be a plain AT.
    submit(Commands::attention());
    submit(Commands::identify(), [this](const at::CommandResult &r) {
        if (!r.ok())
            return;
        m_info.identification.clear();
        for (const at::ResultLine &line : r.lines) {
            if (!line.isFinal())
                m_info.identification << QString::fromLatin1(line.text.trimmed());
        }
        emit moduleInfoChanged();
    });
    submit(Commands::revision(), [this](const at::CommandResult &r) {
        if (!r.ok() || r.lines.size() < 2)
            return;
        const at::ResultLine &line = r.lines.constFirst();
        m_info.revision = line.prefixed ? QString::fromLatin1(line.field(0).text) : QString::fromLatin1(line.text.trimmed());
        emit moduleInfoChanged();
    });
    // QICFG with the value left out prints the current setting; the tracker learns from the answer.
    for (const char *key : {"dataformat", "viewmode", "showlength"})
        submit(Commands::queryConfig(key));
    submit(Commands::queryKeepAlive(), [this](const at::CommandResult &r) {
        for (const at::ResultLine &line : r.lines) {
            if (const auto keepAlive = KeepAlive::parse(line)) {
                m_settings.keepAlive = *keepAlive;
                emit settingsChanged();
            }
        }
    });
    submit(Commands::queryDnsServers(), [this](const at::CommandResult &r) {
        for (const at::ResultLine &line : r.lines) {
            if (line.name == "QIDNSCFG") {
                m_settings.primaryDns = QString::fromLatin1(line.field(0).text);
                m_settings.secondaryDns = QString::fromLatin1(line.field(1).text);
                emit settingsChanged();
            }
        }
    });
    refreshSockets();
    refreshSignal();
}

void ModuleSession::refreshSockets()
{
    submit(Commands::queryState(), [this](const at::CommandResult &r) {
        if (!r.ok())
            return;
        std::array<bool, SocketCount> listed {};
        for (const at::ResultLine &line : r.lines) {
            if (const auto status = SocketStatus::parse(line)) {
                if (status->connectId >= 0 && status->connectId < SocketCount) {
                    listed[size_t(status->connectId)] = true;
                    applyStatus(*status);
                }
            }
        }
        for (int id = 0; id < SocketCount; ++id) {
            if (!listed[size_t(id)] && m_sockets[size_t(id)].inUse && m_sockets[size_t(id)].state != SocketState::Connecting)
                resetSocket(id);
        }
    });
}

void ModuleSession::refreshSignal()
{
    submit(Commands::signalQuality(), [this](const at::CommandResult &r) {
        for (const at::ResultLine &line : r.lines) {
            if (line.name == "CSQ") {
                m_info.rssi = int(line.integer(0, 99));
                m_info.ber = int(line.integer(1, 99));
                emit moduleInfoChanged();
            }
        }
    });
    submit(Commands::registrationStatus(), [this](const at::CommandResult &r) {
        for (const at::ResultLine &line : r.lines) {
            if (line.name == "CEREG") {
                m_info.registration = int(line.integer(1, -1));
                emit moduleInfoChanged();
            }
        }
    });
    submit(Commands::attachState(), [this](const at::CommandResult &r) {
        for (const at::ResultLine &line : r.lines) {
            if (line.name == "CGATT") {
                m_info.attached = int(line.integer(0, -1));
                emit moduleInfoChanged();
            }
        }
    });
    submit(Commands::pdpAddress(), [this](const at::CommandResult &r) {
        for (const at::ResultLine &line : r.lines) {
            if (line.name == "CGPADDR" && line.fieldCount() >= 2) {
                m_info.pdpAddress = QString::fromLatin1(line.field(1).text);
                emit moduleInfoChanged();
            }
        }
    });
}

void ModuleSession::applyStatus(const SocketStatus &status)
{
    SocketInfo &s = mutableSocket(status.connectId);
    s.inUse = true;
    s.service = status.service;
    s.remoteAddress = status.address;
    s.remotePort = status.remotePort;
    s.localPort = status.localPort;
    s.state = status.state;
    s.contextId = status.contextId;
    s.accessMode = status.accessMode;
    emit socketChanged(status.connectId);
}

void ModuleSession::resetSocket(int connectId)
{
    SocketInfo &s = mutableSocket(connectId);
    // The counters stay: they are the history of this socket for the user.
    s.inUse = false;
    s.state = SocketState::Idle;
    s.bufferFull = false;
    s.bytesUnread = 0;
    s.serverId = -1;
    emit socketChanged(connectId);
}

QString ModuleSession::openSocket(const OpenParameters &p)
{
    BuildResult built = Commands::open(p);
    if (!built.ok())
        return built.error;
    const int id = p.connectId;
    SocketInfo &s = mutableSocket(id);
    s.inUse = true;
    s.service = Commands::serviceName(p.service);
    s.remoteAddress = p.host;
    s.remotePort = p.remotePort;
    s.localPort = p.localPort;
    s.contextId = p.contextId;
    // The mode asked for counts once +QIOPEN confirms it (settingsChanged).
    s.accessMode = m_engine->settings().directPush[size_t(id)] ? AccessMode::DirectPush : AccessMode::Buffer;
    s.state = SocketState::Connecting;
    s.lastError = 0;
    s.bytesSent = s.bytesAcknowledged = s.bytesReceived = s.bytesUnread = 0;
    emit socketChanged(id);

    built.command.onOperationFinished = [this, id](const at::OperationResult &r) {
        SocketInfo &socket = mutableSocket(id);
        if (r.ok()) {
            socket.state = SocketState::Connected;
            emit socketChanged(id);
            emit openFinished(id, true, {});
            return;
        }
        if (r.status == at::OperationResult::Status::Failed && !r.lines.isEmpty())
            socket.lastError = int(r.lines.constLast().integer(1));
        resetSocket(id);
        emit openFinished(id, false, failureText(r));
    };
    submit(fromPanel(std::move(built)), [this, id](const at::CommandResult &r) {
        if (r.ok())
            return;
        resetSocket(id);
        emit openFinished(id, false, failureText(r));
    });
    return {};
}

QString ModuleSession::closeSocket(int connectId)
{
    BuildResult built = Commands::close(connectId);
    if (!built.ok())
        return built.error;
    SocketInfo &s = mutableSocket(connectId);
    if (s.inUse) {
        s.state = SocketState::Closing;
        emit socketChanged(connectId);
    }
    built.command.onOperationFinished = [this, connectId](const at::OperationResult &r) {
        if (r.ok())
            resetSocket(connectId);
        else
            refreshSockets();
        emit closeFinished(connectId, r.ok(), failureText(r));
    };
    submit(fromPanel(std::move(built)), [this, connectId](const at::CommandResult &r) {
        if (r.ok())
            return;
        emit closeFinished(connectId, false, failureText(r));
        refreshSockets();
    });
    return {};
}

QString ModuleSession::switchAccessMode(int connectId, AccessMode mode)
{
    // The socket table follows the confirmed mode (settingsChanged); then:
    return configure(Commands::switchAccessMode(connectId, mode), [this, connectId, mode] {
        // Data that waited in the buffer would otherwise stay there.
        if (mode == AccessMode::DirectPush)
            drain(connectId);
    });
}

QString ModuleSession::readNow(int connectId)
{
    if (connectId < 0 || connectId >= SocketCount)
        return Commands::read(connectId).error;
    drain(connectId);
    return {};
}

void ModuleSession::drain(int connectId)
{
    const size_t i = size_t(connectId);
    if (m_draining[i]) {
        m_drainAgain[i] = true;
        return;
    }
    m_draining[i] = true;
    m_drainAgain[i] = false;
    submit(Commands::read(connectId, ReadChunk), [this, connectId, i](const at::CommandResult &r) {
        m_draining[i] = false;
        if (!r.ok()) {
            emit commandFailed(failureText(r));
            return;
        }
        if (!r.data.isEmpty() || m_drainAgain[i]) {
            drain(connectId); // manual 1.2: no new URC until the buffer is empty
            return;
        }
        SocketInfo &s = mutableSocket(connectId);
        if (s.bufferFull || s.bytesUnread != 0) {
            s.bufferFull = false;
            s.bytesUnread = 0;
            emit socketChanged(connectId);
        }
    });
}

void ModuleSession::onData(int connectId, const QByteArray &bytes, bool truncated)
{
    if (connectId >= 0 && connectId < SocketCount) {
        SocketInfo &s = mutableSocket(connectId);
        s.bytesReceived += bytes.size();
        s.bytesUnread = qMax<qint64>(0, s.bytesUnread - bytes.size());
        emit socketChanged(connectId);
    }
    if (truncated)
        qCWarning(lcSession) << "payload for socket" << connectId << "ended early after" << bytes.size() << "bytes";
    emit dataReceived(connectId, bytes, truncated);
}

void ModuleSession::onUrc(const at::ResultLine &line)
{
    if (line.name == "RDY") {
        // The module rebooted: every socket is gone, and so is every pending second phase.
        const QString reason = tr("The module restarted (RDY): its sockets were closed.");
        for (int id = 0; id < SocketCount; ++id)
            resetSocket(id);
        // Take the queue first, so that the aborted send does not start the next one.
        std::deque<SendChunk> unsent;
        unsent.swap(m_sendQueue);
        m_draining.fill(false);
        m_engine->abortOperations(reason);
        m_sendInFlight = false;
        m_sendQueue.swap(unsent);
        while (!m_sendQueue.empty())
            failSend(m_sendQueue.front().sendId, reason);
        emit moduleRestarted();
        return;
    }
    const std::optional<Urc> urc = Urc::parse(line);
    if (!urc)
        return;
    const bool validId = urc->connectId >= 0 && urc->connectId < SocketCount;
    switch (urc->type) {
    case Urc::Type::Recv:
        if (!validId)
            break;
        if (!m_engine->settings().directPush[size_t(urc->connectId)]) {
            if (urc->length > 0) {
                mutableSocket(urc->connectId).bytesUnread += urc->length;
                emit socketChanged(urc->connectId);
            }
            drain(urc->connectId);
        }
        break;
    case Urc::Type::BufferFull:
        if (!validId)
            break;
        mutableSocket(urc->connectId).bufferFull = true;
        emit socketChanged(urc->connectId);
        drain(urc->connectId);
        break;
    case Urc::Type::Closed:
        if (!validId)
            break;
        // manual 2.2.1: the socket is closing; the host must AT+QICLOSE it, and may still read.
        mutableSocket(urc->connectId).state = SocketState::RemoteClosing;
        emit socketChanged(urc->connectId);
        if (!m_engine->settings().directPush[size_t(urc->connectId)])
            drain(urc->connectId);
        break;
    case Urc::Type::Incoming: {
        if (!validId)
            break;
        SocketInfo &s = mutableSocket(urc->connectId);
        s.inUse = true;
        s.service = "TCP INCOMING";
        s.remoteAddress = urc->remoteAddress;
        s.remotePort = urc->remotePort;
        s.serverId = urc->serverId;
        s.localPort = socket(urc->serverId).localPort;
        s.contextId = socket(urc->serverId).contextId;
        s.state = SocketState::Connected;
        s.accessMode = AccessMode::Buffer; // manual 2.2.5
        s.bytesSent = s.bytesAcknowledged = s.bytesReceived = s.bytesUnread = 0;
        emit socketChanged(urc->connectId);
        break;
    }
    case Urc::Type::IncomingFull:
        emit incomingConnectionRefused();
        break;
    case Urc::Type::PdpDeactivated:
        for (SocketInfo &s : m_sockets) {
            if (s.inUse && s.contextId == urc->contextId) {
                s.state = SocketState::Closed;
                emit socketChanged(s.connectId);
            }
        }
        break;
    case Urc::Type::DnsGip:
    case Urc::Type::Other:
        break;
    }
    emit urcReceived(*urc, line);
}

QString ModuleSession::send(int connectId, const QByteArray &payload, SendMode mode)
{
    if (payload.isEmpty())
        return Commands::send(connectId, payload).error;
    const quint64 sendId = m_nextSendId++;
    std::deque<SendChunk> chunks;
    for (qsizetype at = 0; at < payload.size(); at += MaxSendChunk) {
        SendChunk chunk;
        chunk.sendId = sendId;
        chunk.connectId = connectId;
        chunk.bytes = payload.mid(at, MaxSendChunk);
        chunk.form = mode == SendMode::Hex ? SendForm::Hex : Commands::chooseSendForm(chunk.bytes);
        chunk.total = payload.size();
        chunk.last = at + MaxSendChunk >= payload.size();
        const BuildResult check = Commands::send(connectId, chunk.bytes, chunk.form);
        if (!check.ok())
            return check.error;
        chunks.push_back(std::move(chunk));
    }
    for (SendChunk &chunk : chunks)
        m_sendQueue.push_back(std::move(chunk));
    sendNextChunk();
    return {};
}

qint64 ModuleSession::pendingSendBytes() const
{
    qint64 total = 0;
    for (const SendChunk &chunk : m_sendQueue)
        total += chunk.bytes.size();
    return total;
}

void ModuleSession::sendNextChunk()
{
    // manual 4.1.2: a second send before SEND OK is refused, so one at a time.
    if (m_sendInFlight || m_sendQueue.empty())
        return;
    const SendChunk chunk = m_sendQueue.front();
    BuildResult built = Commands::send(chunk.connectId, chunk.bytes, chunk.form);
    m_sendInFlight = true;
    built.command.onOperationFinished = [this, chunk](const at::OperationResult &r) {
        m_sendInFlight = false;
        if (!r.ok()) {
            emit sendChunkFinished(chunk.connectId, chunk.bytes.size(), false, chunk.form, failureText(r));
            failSend(chunk.sendId, failureText(r));
            sendNextChunk();
            return;
        }
        SocketInfo &s = mutableSocket(chunk.connectId);
        s.bytesAcknowledged += chunk.bytes.size();
        emit socketChanged(chunk.connectId);
        if (!m_sendQueue.empty() && m_sendQueue.front().sendId == chunk.sendId)
            m_sendQueue.pop_front();
        emit sendChunkFinished(chunk.connectId, chunk.bytes.size(), true, chunk.form, {});
        if (chunk.last)
            emit sendFinished(chunk.connectId, chunk.total, chunk.total, true, {});
        sendNextChunk();
    };
    submit(fromPanel(std::move(built)), [this, chunk](const at::CommandResult &r) {
        if (r.ok()) {
            mutableSocket(chunk.connectId).bytesSent += chunk.bytes.size();
            emit socketChanged(chunk.connectId);
            return;
        }
        m_sendInFlight = false;
        emit sendChunkFinished(chunk.connectId, chunk.bytes.size(), false, chunk.form, failureText(r));
        failSend(chunk.sendId, failureText(r));
        sendNextChunk();
    });
}

void ModuleSession::failSend(quint64 sendId, const QString &message)
{
    qint64 unsent = 0;
    int connectId = -1;
    qint64 total = 0;
    while (!m_sendQueue.empty() && m_sendQueue.front().sendId == sendId) {
        unsent += m_sendQueue.front().bytes.size();
        connectId = m_sendQueue.front().connectId;
        total = m_sendQueue.front().total;
        m_sendQueue.pop_front();
    }
    if (connectId >= 0)
        emit sendFinished(connectId, total - unsent, total, false, message);
}

QString ModuleSession::ping(const PingParameters &parameters)
{
    BuildResult built = Commands::ping(parameters);
    if (!built.ok())
        return built.error;
    built.command.onOperationProgress = [this](const at::ResultLine &line) {
        if (const auto reply = PingReply::parse(line))
            emit pingReply(*reply);
    };
    built.command.onOperationFinished = [this](const at::OperationResult &r) {
        const auto summary = r.lines.isEmpty() ? std::nullopt : PingSummary::parse(r.lines.constLast());
        emit pingFinished(r.ok(), summary.value_or(PingSummary {}), failureText(r));
    };
    submit(fromPanel(std::move(built)), [this](const at::CommandResult &r) {
        if (!r.ok())
            emit pingFinished(false, PingSummary {}, failureText(r));
    });
    return {};
}

QString ModuleSession::synchronizeTime(int contextId, const QString &server, int port, bool setClock)
{
    BuildResult built = Commands::synchronizeTime(contextId, server, port, setClock ? 1 : 0);
    if (!built.ok())
        return built.error;
    built.command.onOperationFinished = [this](const at::OperationResult &r) {
        const auto time = r.lines.isEmpty() ? std::nullopt : NtpTime::parse(r.lines.constLast());
        emit timeSynchronized(r.ok(), time.value_or(NtpTime {}), failureText(r));
    };
    submit(fromPanel(std::move(built)), [this](const at::CommandResult &r) {
        if (!r.ok())
            emit timeSynchronized(false, NtpTime {}, failureText(r));
    });
    return {};
}

QString ModuleSession::lookUpHost(int contextId, const QString &hostName)
{
    BuildResult built = Commands::lookUpHost(contextId, hostName);
    if (!built.ok())
        return built.error;
    built.command.onOperationFinished = [this, hostName](const at::OperationResult &r) {
        emit hostLookedUp(r.ok(), hostName, DnsResult::fromLines(r.lines), failureText(r));
    };
    submit(fromPanel(std::move(built)), [this, hostName](const at::CommandResult &r) {
        if (!r.ok())
            emit hostLookedUp(false, hostName, DnsResult {}, failureText(r));
    });
    return {};
}

QString ModuleSession::configure(BuildResult built, std::function<void()> onAccepted)
{
    if (!built.ok())
        return built.error;
    submit(fromPanel(std::move(built)), [this, onAccepted = std::move(onAccepted)](const at::CommandResult &r) {
        if (!r.ok()) {
            emit commandFailed(failureText(r));
            return;
        }
        if (onAccepted)
            onAccepted();
    });
    return {};
}

QString ModuleSession::setDataFormat(bool sendHex, bool recvHex)
{
    return configure(Commands::setDataFormat(sendHex ? 1 : 0, recvHex ? 1 : 0));
}

// The parser and m_settings follow the module's +QICFG answer (see the constructor).
QString ModuleSession::setViewMode(bool on)
{
    return configure(Commands::setViewMode(on ? 1 : 0));
}

QString ModuleSession::setShowLength(bool on)
{
    return configure(Commands::setShowLength(on ? 1 : 0));
}

QString ModuleSession::setKeepAlive(const KeepAlive &keepAlive)
{
    BuildResult built = keepAlive.on
            ? Commands::setKeepAlive(true, keepAlive.idleSeconds, keepAlive.intervalSeconds, keepAlive.count)
            : Commands::setKeepAlive(false);
    return configure(std::move(built), [this, keepAlive] {
        m_settings.keepAlive = keepAlive;
        emit settingsChanged();
    });
}

QString ModuleSession::setDnsServers(const QString &primary, const QString &secondary)
{
    return configure(Commands::setDnsServers(primary, secondary), [this, primary, secondary] {
        m_settings.primaryDns = primary;
        m_settings.secondaryDns = secondary;
        emit settingsChanged();
    });
}

QString ModuleSession::queryLastError()
{
    submit(Commands::lastError(), [this](const at::CommandResult &r) {
        for (const at::ResultLine &line : r.lines) {
            if (const auto error = LastError::parse(line)) {
                m_settings.lastError = *error;
                emit settingsChanged();
                if (error->code != ErrorCodes::Success)
                    emit commandFailed(tr("Last error: %1").arg(ErrorCodes::describe(error->code)));
            }
        }
    });
    return {};
}

QString ModuleSession::sendTyped(const QByteArray &line)
{
    BuildResult built = Commands::fromText(line);
    if (!built.ok())
        return built.error;
    submit(std::move(built), [this](const at::CommandResult &r) { emit typedCommandFinished(r); });
    return {};
}

} // namespace bc25
