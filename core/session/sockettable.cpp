// SPDX-License-Identifier: MIT
#include "sockettable.h"

#include "at/commandengine.h"
#include "bc25/catalogrules.h"
#include "bc25/commandcatalog.h"
#include "commandrunner.h"
#include "profile/moduleprofile.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSockets, "bc25.session.sockets")

namespace bc25 {

namespace {

BuildResult fromPanel(BuildResult built)
{
    built.command.source = at::Source::Panel;
    return built;
}

} // namespace

const CommandCatalog &SocketTable::catalog() const
{
    return m_runner->engine()->profile().catalog();
}

SocketTable::SocketTable(CommandRunner *runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_socketCount(runner->engine()->profile().socketCount())
    , m_readChunk(runner->engine()->profile().limits().maxReadLength)
    , m_sockets(m_socketCount)
    , m_draining(m_socketCount, false)
    , m_drainAgain(m_socketCount, false)
    , m_readAgainAfterTimeout(m_socketCount, false)
    , m_closeWritten(m_socketCount, false)
{
    for (int i = 0; i < m_socketCount; ++i)
        m_sockets[i].connectId = i;
    at::CommandEngine *engine = runner->engine();
    connect(engine, &at::CommandEngine::urcReceived, this, &SocketTable::onUrc);
    connect(engine, &at::CommandEngine::dataReceived, this, &SocketTable::onData);
    connect(engine, &at::CommandEngine::settingsChanged, this, &SocketTable::onSettings);
    connect(engine, &at::CommandEngine::transactionFinished, this, &SocketTable::onTransaction);
    connect(engine, &at::CommandEngine::commandFinished, this, &SocketTable::onCommandFinished);
    connect(engine, &at::CommandEngine::commandStarted, this,
            [this](quint64, const QByteArray &text, at::Source) { onCommandStarted(text); });
    // A late +QIOPEN or CLOSE OK (its operation had timed out) is still the
    // module's word on the socket: the table asks for the state it left.
    connect(engine, &at::CommandEngine::lateResult, this, [this](const at::ResultLine &, const QByteArray &command) {
        const CommandSpec *spec = catalog().parse(command).spec;
        if (spec && (spec->id == CommandId::Open || spec->id == CommandId::Close))
            refresh();
    });
    connect(engine, &at::CommandEngine::lateOperationResult, this, &SocketTable::onLateOperationResult);
    // A CLOSE OK that may have been another socket's (one whose close timed
    // out): the module says which sockets are open (adversary pass 10, F10).
    connect(engine, &at::CommandEngine::ambiguousOperationAnswer, this, [this](quint64, int connectId) {
        if (connectId >= 0)
            refresh();
    });
}

void SocketTable::onLateOperationResult(quint64 id, bool done)
{
    // A send that timed out after the module had its data, confirmed late:
    // the peer has the bytes (F9), so they are counted as the module says.
    const auto it = m_unconfirmedSends.constFind(id);
    if (it == m_unconfirmedSends.cend())
        return;
    const UnconfirmedSend late = *it;
    m_unconfirmedSends.erase(it);
    if (!done)
        return;
    const SentData &sent = late.sent;
    SocketInfo &s = mutableSocket(sent.connectId);
    if (late.uncounted)
        s.bytesSent += sent.bytes.size();
    s.bytesAcknowledged += sent.bytes.size();
    emit socketChanged(sent.connectId);
    if (late.uncounted)
        emit dataSent(sent.connectId, sent.bytes);
    emit lateSendConfirmed(sent.connectId, sent.bytes.size(), id);
}

void SocketTable::onTransaction(const at::Transaction &t)
{
    // Every send the module confirmed with SEND OK, whoever asked (the send
    // queue, a recipe, a quick command, the terminal's AT+QISEND): manual 2.1.4.
    const SentData sent = sentData(t);
    if (t.ok() && t.operation.ok() && !sent.bytes.isEmpty()) {
        mutableSocket(sent.connectId).bytesAcknowledged += sent.bytes.size();
        emit socketChanged(sent.connectId);
    }
    const bool timedOut = t.status == at::Transaction::Status::Timeout
            || (t.ok() && t.operation.status == at::OperationResult::Status::Timeout);
    if (timedOut && !sent.bytes.isEmpty() && m_unconfirmedSends.size() < MaxUnconfirmedSends)
        m_unconfirmedSends.insert(t.id, {sent, !t.ok()});
    // Its end, SEND OK or the failure in words, for whoever shows that socket
    // (the send queue tells its own parts' ends).
    if (sent.connectId >= 0 && !m_queuedSends.remove(t.id)) {
        const bool ok = CommandRunner::succeeded(t);
        emit sendEnded(sent.connectId, sent.bytes.size(), ok, ok ? QString() : CommandRunner::failureText(t), t.source);
    }
    const ParsedCommand command = catalog().parse(t.command);
    const CommandSpec *spec = command.spec;
    // A close that failed left its socket as it was: it may be read again (the
    // panel's close() asks the module itself).
    if (spec && spec->id == CommandId::Close && !CommandRunner::succeeded(t)) {
        if (const int id = socketOf(command); id >= 0)
            m_closeWritten[id] = false;
        if (t.source != at::Source::Panel && t.source != at::Source::Session)
            refresh();
        return;
    }
    // The user's AT+QIOPEN typed or sent as a quick command: its end is told
    // as the panel's own (a 566 on socket 4 left "Socket 2 is open." under the
    // table, new-user pass 10, EN F6). A recipe's and the health check's opens
    // are told in their own panels.
    const bool usersOwn = t.source == at::Source::Terminal || t.source == at::Source::Raw || t.source == at::Source::Quick;
    const int openedId = spec && spec->id == CommandId::Open && usersOwn ? socketOf(command) : -1;
    if (openedId >= 0 && !CommandRunner::succeeded(t)) {
        // +QIOPEN: <connectID>,<err> (manual 2.1.1): the code, as a refused open of the panel's keeps it.
        if (t.operation.status == at::OperationResult::Status::Failed && !t.operation.lines.isEmpty()
            && !socket(openedId).inUse) {
            mutableSocket(openedId).lastError = int(t.operation.lines.constLast().integer(1));
            emit socketChanged(openedId);
        }
        emit openFinished(openedId, false, t.ok() ? CommandRunner::failureText(t.operation) : CommandRunner::failureText(t));
    }
    // A socket opened, closed or switched from the terminal (or a recipe): the
    // table asks the module, whose answer is the confirmation (manual 2.1.3).
    if (t.source == at::Source::Panel || t.source == at::Source::Session || !t.ok())
        return;
    if (spec && (spec->id == CommandId::Open || spec->id == CommandId::Close || spec->id == CommandId::SwitchMode))
        refresh();
    if (spec && (spec->id == CommandId::Open || spec->id == CommandId::Close) && CommandRunner::succeeded(t)) {
        const int id = socketOf(command);
        // Open from now on, before AT+QISTATE's answer fills in the rest: a recipe's
        // socket.send right after its own at("AT+QIOPEN=…") is not refused as on a socket not open.
        if (id >= 0 && spec->id == CommandId::Open && !socket(id).inUse) {
            SocketInfo &opened = mutableSocket(id);
            opened.inUse = true;
            opened.state = SocketState::Connected; // its +QIOPEN: <connectID>,0 (manual 2.1.1)
            opened.lastError = 0;
            takeOpenArguments(opened, command);
            emit socketChanged(id);
        }
        if (id >= 0)
            emit openedOrClosedBy(id, t.source);
        if (id >= 0 && id == openedId)
            emit openFinished(id, true, {});
    }
}

void SocketTable::takeOpenArguments(SocketInfo &opened, const ParsedCommand &open)
{
    // What the confirmed AT+QIOPEN asked for, until AT+QISTATE's answer says
    // the rest: never the last connection's (new-user pass 10: a recipe's open
    // read "Socket 0 opened ( :0)", the health check's "UDP …" of the recipe before).
    const auto argument = [&open](QByteArrayView name) {
        const qsizetype index = CommandCatalog::argumentIndex(open, name);
        return index >= 0 && index < open.arguments.size() ? open.arguments.at(index) : at::Field {};
    };
    opened.service = argument("service_type").text;
    const bool listens = opened.listens();
    opened.remoteAddress = listens ? QString() : QString::fromUtf8(argument("IP_address/domain_name").text);
    opened.remotePort = listens ? 0 : int(argument("remote_port").toInteger(0));
    opened.localPort = int(argument("local_port").toInteger(0));
    opened.contextId = int(argument("contextID").toInteger(opened.contextId));
}

int SocketTable::socketOf(const ParsedCommand &command) const
{
    const Signature *signature = command.spec ? CommandCatalog::matchSignature(*command.spec, command.arguments) : nullptr;
    if (!signature)
        return -1;
    for (qsizetype i = 0; i < signature->parameters.size() && i < command.arguments.size(); ++i) {
        if (signature->parameters.at(i).name == "connectID") {
            const qint64 id = command.arguments.at(i).toInteger();
            return id >= 0 && id < m_socketCount ? int(id) : -1;
        }
    }
    return -1;
}

void SocketTable::onCommandStarted(const QByteArray &text)
{
    // Written, whoever asked (a recipe's AT+QICLOSE=2, the terminal's, the
    // panel's): from now on the socket's unread data is the close's to discard.
    const ParsedCommand command = catalog().parse(text);
    if (!command.spec || command.form != CommandForm::Write)
        return;
    const int id = socketOf(command);
    if (id < 0)
        return;
    if (command.spec->id == CommandId::Close) {
        m_closeWritten[id] = true;
        SocketInfo &s = mutableSocket(id);
        if (s.inUse && s.state != SocketState::Closing) {
            s.state = SocketState::Closing;
            emit socketChanged(id);
        }
    } else if (command.spec->id == CommandId::Open) {
        // Each open of a free socket starts its counters from 0, whoever opened
        // it, as the console's offsets do: they are this connection's, not the
        // slot's. (An open of a socket in use fails and changes nothing; the
        // panel's open() has marked its socket in use and reset them itself.)
        m_closeWritten[id] = false;
        SocketInfo &s = mutableSocket(id);
        if (!s.inUse) {
            s.bytesSent = s.bytesAcknowledged = s.bytesReceived = s.bytesUnread = 0;
            s.bufferFull = false;
            emit socketChanged(id);
        }
    }
}

QString SocketTable::notReadable(int connectId) const
{
    if (m_closeWritten.at(connectId))
        return tr("Not read: socket %1 is being closed, and its unread data goes with it.").arg(connectId);
    return {};
}

SocketTable::SentData SocketTable::sentData(const at::Transaction &t) const
{
    // The data of AT+QISEND / AT+QISENDEX, in whichever of its three forms (manual
    // 2.1.4, 2.1.6): inline in the command, or after the prompt (up to Ctrl+Z
    // in the form without a length); hex decoded, as it goes on the socket.
    const ParsedCommand command = catalog().parse(t.command);
    if (!command.spec || !command.spec->sendsData || command.form != CommandForm::Write || command.arguments.isEmpty())
        return {};
    const qint64 connectId = CommandCatalog::integerArgument(command, "connectID");
    if (connectId < 0 || connectId >= m_socketCount)
        return {};
    // Inline data by its parameter's name, where the model's form puts it
    // (AT+QISENDEX=<id>,<len>,"<hex>" on a BC25, =<id>,"<hex>" on a BG96);
    // otherwise what was written after the prompt.
    const qsizetype inlineData = CommandCatalog::argumentIndex(command, command.spec->sendsHexText ? "hex_string" : "data");
    QByteArray data = inlineData >= 0 ? command.arguments.at(inlineData).text : t.payload;
    if (command.arguments.size() == 1 && data.endsWith('\x1a'))
        data.chop(1);
    if (command.spec->sendsHexText)
        data = QByteArray::fromHex(data);
    return {int(connectId), data};
}

void SocketTable::onCommandFinished(const at::Transaction &t)
{
    // Its OK says the module took the data, whoever asked: counted and announced.
    if (!t.ok())
        return;
    const SentData sent = sentData(t);
    if (sent.bytes.isEmpty())
        return;
    mutableSocket(sent.connectId).bytesSent += sent.bytes.size();
    emit socketChanged(sent.connectId);
    emit dataSent(sent.connectId, sent.bytes);
}

const SocketInfo &SocketTable::socket(int connectId) const
{
    return m_sockets.at(size_t(qBound(0, connectId, m_socketCount - 1)));
}

int SocketTable::firstFreeSocket() const
{
    for (int id = 0; id < m_socketCount; ++id) {
        if (!m_sockets.at(size_t(id)).inUse)
            return id;
    }
    return 0;
}

int SocketTable::openSockets() const
{
    int open = 0;
    for (const SocketInfo &s : m_sockets)
        open += s.inUse && s.state != SocketState::Closing ? 1 : 0;
    return open;
}

SocketInfo &SocketTable::mutableSocket(int connectId)
{
    return m_sockets[qBound(0, connectId, m_socketCount - 1)];
}

bool SocketTable::directPush(int connectId) const
{
    return m_runner->engine()->settings().isDirectPush(connectId);
}

void SocketTable::onSettings(const at::ParserSettings &settings)
{
    // The access mode changes only on the module's confirmation (the assembler's rule).
    for (SocketInfo &s : m_sockets) {
        const AccessMode mode = settings.isDirectPush(s.connectId) ? AccessMode::DirectPush : AccessMode::Buffer;
        if (s.inUse && s.accessMode != mode) {
            s.accessMode = mode;
            emit socketChanged(s.connectId);
        }
    }
}

void SocketTable::refresh()
{
    refreshFrom(Commands::queryState(catalog()));
}

void SocketTable::refreshAsked()
{
    refreshFrom(fromPanel(Commands::queryState(catalog())));
}

void SocketTable::refreshFrom(BuildResult query)
{
    m_runner->submit(std::move(query), [this](const at::Transaction &t) {
        if (!t.ok())
            return;
        QList<bool> listed(m_socketCount, false);
        for (const at::ResultLine &line : t.lines) {
            const auto status = SocketStatus::parse(line);
            if (status && status->connectId >= 0 && status->connectId < m_socketCount) {
                listed[size_t(status->connectId)] = true;
                applyStatus(*status);
            }
        }
        for (int id = 0; id < m_socketCount; ++id) {
            const SocketInfo &s = m_sockets[size_t(id)];
            if (!listed[size_t(id)] && s.inUse && s.state != SocketState::Connecting)
                resetSocket(id);
        }
    });
}

void SocketTable::applyStatus(const SocketStatus &status)
{
    SocketInfo &s = mutableSocket(status.connectId);
    s.inUse = true;
    s.lastError = 0; // the module lists it: a refused open before is history
    s.service = status.service;
    s.remoteAddress = s.listens() ? QString() : status.address;
    s.remotePort = s.listens() ? 0 : status.remotePort;
    s.localPort = status.localPort;
    s.state = status.state;
    s.contextId = status.contextId;
    s.accessMode = status.accessMode;
    emit socketChanged(status.connectId);
}

void SocketTable::resetSocket(int connectId)
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

void SocketTable::carriedByQueue(quint64 commandId)
{
    // One part is in flight at a time; the bound only guards against a
    // transaction that never ended (every id leaves when its transaction ends).
    if (m_queuedSends.size() >= 64)
        m_queuedSends.clear();
    m_queuedSends.insert(commandId);
}

void SocketTable::forget()
{
    m_draining.fill(false);
    m_drainAgain.fill(false);
    m_closeWritten.fill(false);
    // Everything of that module goes, its counters and a refused open's code
    // included: the next module's sockets start from nothing.
    for (int id = 0; id < m_socketCount; ++id) {
        SocketInfo &s = m_sockets[size_t(id)];
        SocketInfo fresh;
        fresh.connectId = s.connectId;
        const bool changed = s.inUse || s.lastError != 0 || s.bytesSent != 0 || s.bytesAcknowledged != 0
                || s.bytesReceived != 0 || s.bytesUnread != 0 || s.state != SocketState::Idle;
        s = fresh;
        if (changed)
            emit socketChanged(id);
    }
}

QString SocketTable::open(const OpenParameters &p)
{
    BuildResult built = fromPanel(Commands::open(catalog(), p));
    if (!built.ok())
        return built.error;
    const int id = p.connectId;
    SocketInfo &s = mutableSocket(id);
    s.inUse = true;
    s.service = Commands::serviceName(p.service);
    s.remoteAddress = s.listens() ? QString() : p.host;
    s.remotePort = s.listens() ? 0 : p.remotePort;
    s.localPort = p.localPort;
    s.contextId = p.contextId;
    // The mode asked for counts once +QIOPEN confirms it (onSettings).
    s.accessMode = directPush(id) ? AccessMode::DirectPush : AccessMode::Buffer;
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
        emit openFinished(id, false, CommandRunner::failureText(r));
    };
    m_runner->submit(std::move(built), [this, id](const at::Transaction &t) {
        if (t.ok())
            return;
        resetSocket(id);
        emit openFinished(id, false, CommandRunner::failureText(t));
    });
    return {};
}

QString SocketTable::close(int connectId)
{
    BuildResult built = fromPanel(Commands::close(catalog(), connectId));
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
            refresh();
        emit closeFinished(connectId, r.ok(), CommandRunner::failureText(r));
    };
    // The BC25 confirms a close with CLOSE OK after its OK (manual 2.1.2); the
    // LTE modules with the OK itself (BG96 TCP/IP AN 2.2.5): no second phase.
    const bool closedByOk = !built.command.operation;
    m_runner->submit(std::move(built), [this, connectId, closedByOk](const at::Transaction &t) {
        if (t.ok() && !closedByOk)
            return;
        if (t.ok()) {
            resetSocket(connectId);
            emit closeFinished(connectId, true, QString());
            return;
        }
        emit closeFinished(connectId, false, CommandRunner::failureText(t));
        refresh();
    });
    return {};
}

QString SocketTable::switchAccessMode(int connectId, AccessMode mode)
{
    BuildResult built = fromPanel(Commands::switchAccessMode(catalog(), connectId, mode));
    if (!built.ok())
        return built.error;
    // The table follows the confirmed mode (onSettings); then data that waited
    // in the buffer would otherwise stay there.
    m_runner->submit(std::move(built), [this, connectId, mode](const at::Transaction &t) {
        if (!t.ok()) {
            emit m_runner->commandFailed(CommandRunner::failureText(t));
            return;
        }
        emit accessModeSwitched(connectId, mode);
        if (mode == AccessMode::DirectPush)
            drain(connectId);
    });
    return {};
}

} // namespace bc25
