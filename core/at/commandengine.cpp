// SPDX-License-Identifier: MIT
#include "commandengine.h"

#include "transport/transport.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAt, "bc25.at")

namespace bc25::at {

namespace {
constexpr char CtrlZ = '\x1a';
constexpr char Esc = '\x1b';
}

CommandEngine::CommandEngine(QObject *parent)
    : QObject(parent)
{
    m_commandTimer.setSingleShot(true);
    connect(&m_commandTimer, &QTimer::timeout, this, &CommandEngine::onCommandTimeout);
    m_lateWindow.setSingleShot(true);
    m_lateWindow.setInterval(DefaultLateWindowMs);
    connect(&m_lateWindow, &QTimer::timeout, this, [this] {
        m_timedOutCommand.clear();
        startNext();
    });
    m_quietFlush.setSingleShot(true);
    m_quietFlush.setInterval(DefaultQuietFlushMs);
    connect(&m_quietFlush, &QTimer::timeout, this, [this] {
        if (m_parser.hasPending())
            m_parser.flushPending();
    });
    connect(&m_parser, &AtParser::eventParsed, this, &CommandEngine::onEvent);
}

CommandEngine::~CommandEngine()
{
    // Callbacks may point into objects being destroyed with us: drop them quietly.
    for (PendingOperation &op : m_operations)
        delete op.timer;
}

void CommandEngine::setTransport(transport::Transport *transport)
{
    for (const QMetaObject::Connection &c : std::as_const(m_transportConnections))
        disconnect(c);
    m_transportConnections.clear();
    m_transport = transport;
    if (!transport)
        return;
    m_transportConnections << connect(transport, &transport::Transport::bytesReceived,
                                      this, &CommandEngine::receive);
    m_transportConnections << connect(transport, &transport::Transport::closed, this, [this] {
        abortAll(tr("The connection to the module was closed."));
    });
    m_transportConnections << connect(transport, &transport::Transport::errorOccurred, this,
                                      [this](transport::Transport::Error, const QString &message) {
        abortAll(message);
    });
}

quint64 CommandEngine::submit(AtCommand command)
{
    InFlight entry;
    entry.id = m_nextId++;
    entry.result.id = entry.id;
    entry.result.command = command.text;
    entry.command = std::move(command);
    if (m_queue.size() >= size_t(MaxQueuedCommands)) {
        entry.result.status = CommandResult::Status::Aborted;
        entry.result.message = tr("Too many commands are waiting (%1); this one was not sent.")
                                       .arg(MaxQueuedCommands);
        if (entry.command.onFinished)
            entry.command.onFinished(entry.result);
        emit commandFinished(entry.result);
        return entry.id;
    }
    const quint64 id = entry.id;
    m_queue.push_back(std::move(entry));
    // Start on the next turn so that a caller can connect to signals first.
    QMetaObject::invokeMethod(this, &CommandEngine::startNext, Qt::QueuedConnection);
    return id;
}

void CommandEngine::receive(const QByteArray &bytes)
{
    emit rawReceived(bytes);
    m_parser.feed(bytes);
    if (m_parser.hasPending())
        m_quietFlush.start();
    else
        m_quietFlush.stop();
}

void CommandEngine::startNext()
{
    if (m_current || m_queue.empty() || m_lateWindow.isActive())
        return;
    if (!m_transport || !m_transport->isOpen()) {
        abortAll(tr("The module is not connected."));
        return;
    }
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    const AtCommand &command = m_current->command;
    const QByteArray line = command.text + '\r';
    m_parser.expectEcho(line);
    m_parser.setPromptExpected(command.dataPhase != AtCommand::DataPhase::None);
    m_commandTimer.start(scaled(command.timeoutMs));
    emit commandStarted(m_current->id, command.text);
    write(line);
}

void CommandEngine::write(const QByteArray &bytes)
{
    emit rawTransmitted(bytes);
    if (m_transport)
        m_transport->write(bytes);
}

void CommandEngine::onEvent(const AtEvent &event)
{
    emit eventParsed(event);
    switch (event.kind) {
    case AtEvent::Kind::Line:
        onLine(event);
        break;
    case AtEvent::Kind::Prompt:
        onPrompt();
        break;
    case AtEvent::Kind::Data:
        onData(event);
        break;
    case AtEvent::Kind::Echo:
        m_echoOn = true;
        if (m_current && !m_current->dataSent)
            m_current->echoSeen = true;
        break;
    case AtEvent::Kind::Overflow:
        qCWarning(lcAt) << "line longer than" << AtParser::MaxLineLength << "bytes at offset"
                        << event.offset << "; skipped" << event.length << "bytes to resync";
        emit overflowed(event.offset, event.length);
        break;
    }
}

void CommandEngine::onLine(const AtEvent &event)
{
    const ResultLine line = ResultLine::parse(event.bytes);
    emit lineReceived(line);

    if (offerToOperations(line))
        return;

    if (m_current) {
        if (line.isFinal() && m_echoOn && !m_current->echoSeen) {
            // The module echoes a command before it answers it: a final result
            // before our echo answers an earlier, timed-out command.
            emit lateResult(line, m_timedOutCommand);
            m_timedOutCommand.clear();
            return;
        }
        if (line.isFinal()) {
            m_current->result.lines.append(line);
            if (line.final == ResultLine::Final::CmeError)
                m_current->result.cmeError = int(line.integer(0));
            finishCurrent(line.final == ResultLine::Final::Ok      ? CommandResult::Status::Ok
                          : line.final == ResultLine::Final::Error ? CommandResult::Status::Error
                                                                   : CommandResult::Status::CmeError);
            return;
        }
        const AtCommand &command = m_current->command;
        if (line.prefixed ? command.ownedPrefixes.contains(line.name)
                          : (line.name.isEmpty() && command.ownsTextLines)) {
            m_current->result.lines.append(line);
            return;
        }
    } else if (line.isFinal() && !m_timedOutCommand.isEmpty()) {
        // The answer to a command that already timed out: absorb it, resync now.
        emit lateResult(line, m_timedOutCommand);
        m_timedOutCommand.clear();
        m_lateWindow.stop();
        QMetaObject::invokeMethod(this, &CommandEngine::startNext, Qt::QueuedConnection);
        return;
    }

    if (line.name.isEmpty() || line.isFinal())
        emit unknownLine(event.bytes, event.offset);
    else
        emit urcReceived(line);
}

bool CommandEngine::offerToOperations(const ResultLine &line)
{
    for (auto it = m_operations.begin(); it != m_operations.end(); ++it) {
        switch (it->matcher->match(line)) {
        case OperationMatcher::Match::NotMine:
            continue;
        case OperationMatcher::Match::Progress:
            it->lines.append(line);
            if (it->matcher->progressRestartsTimer())
                it->timer->start();
            if (it->onProgress)
                it->onProgress(line);
            emit operationProgress(it->id, line);
            return true;
        case OperationMatcher::Match::Done:
            it->lines.append(line);
            finishOperation(it, OperationResult::Status::Done);
            return true;
        case OperationMatcher::Match::Failed:
            it->lines.append(line);
            finishOperation(it, OperationResult::Status::Failed);
            return true;
        }
    }
    return false;
}

void CommandEngine::onPrompt()
{
    if (!m_current || m_current->dataSent
        || m_current->command.dataPhase == AtCommand::DataPhase::None)
        return;
    m_current->dataSent = true;
    QByteArray bytes = m_current->command.payload;
    if (m_current->command.dataPhase == AtCommand::DataPhase::CtrlZ)
        bytes += CtrlZ;
    m_parser.expectEcho(bytes);
    m_commandTimer.start(scaled(m_current->command.timeoutMs));
    write(bytes);
}

void CommandEngine::onData(const AtEvent &event)
{
    int connectId = event.connectId;
    if (connectId < 0 && m_current && m_current->command.dataSocket >= 0) {
        connectId = m_current->command.dataSocket;
        m_current->result.data += event.bytes;
    }
    emit dataReceived(connectId, event.bytes, event.truncated);
}

void CommandEngine::finishCurrent(CommandResult::Status status, const QString &message)
{
    m_commandTimer.stop();
    m_parser.setPromptExpected(false);
    m_parser.clearExpectedEcho();
    InFlight done = std::move(*m_current);
    m_current.reset();
    if (!done.echoSeen && status != CommandResult::Status::Aborted)
        m_echoOn = false; // answered (or timed out) without an echo: ATE0 is in force
    // ATE0 and plain ATE (V.250: a missing value is 0) turn echo off for what follows.
    const QByteArray text = done.command.text.trimmed().toUpper();
    if (status == CommandResult::Status::Ok && (text == "ATE0" || text == "ATE"))
        m_echoOn = false;
    done.result.status = status;
    done.result.message = message;

    if (status == CommandResult::Status::Ok && done.command.operation) {
        PendingOperation op;
        op.id = done.id;
        op.command = done.command.text;
        op.matcher = done.command.operation;
        op.onFinished = done.command.onOperationFinished;
        op.onProgress = done.command.onOperationProgress;
        op.timer = new QTimer(this);
        op.timer->setSingleShot(true);
        op.timer->setInterval(scaled(op.matcher->timeoutMs()));
        m_operations.push_back(std::move(op));
        auto it = std::prev(m_operations.end());
        QTimer *timer = it->timer;
        const quint64 id = it->id;
        connect(timer, &QTimer::timeout, this, [this, id] {
            for (auto i = m_operations.begin(); i != m_operations.end(); ++i) {
                if (i->id == id) {
                    finishOperation(i, OperationResult::Status::Timeout,
                                    tr("No answer for %1 within %2 s.")
                                            .arg(i->matcher->description())
                                            .arg(i->matcher->timeoutMs() / 1000.0));
                    return;
                }
            }
        });
        timer->start();
    }

    if (done.command.onFinished)
        done.command.onFinished(done.result);
    emit commandFinished(done.result);
    QMetaObject::invokeMethod(this, &CommandEngine::startNext, Qt::QueuedConnection);
}

void CommandEngine::finishOperation(std::list<PendingOperation>::iterator it,
                                    OperationResult::Status status, const QString &message)
{
    PendingOperation op = std::move(*it);
    m_operations.erase(it);
    op.timer->deleteLater();
    OperationResult result;
    result.id = op.id;
    result.command = op.command;
    result.status = status;
    result.lines = op.lines;
    result.message = message;
    if (op.onFinished)
        op.onFinished(result);
    emit operationFinished(result);
}

void CommandEngine::onCommandTimeout()
{
    if (!m_current)
        return;
    const AtCommand &command = m_current->command;
    if (command.dataPhase != AtCommand::DataPhase::None && !m_current->dataSent) {
        // The prompt may still come: Esc leaves the data mode without sending (manual 2.1.4).
        write(QByteArray(1, Esc));
    }
    m_timedOutCommand = command.text;
    const QString message = tr("No final result for %1 within %2 s.")
                                    .arg(QString::fromLatin1(command.text))
                                    .arg(command.timeoutMs / 1000.0);
    qCWarning(lcAt) << message;
    m_lateWindow.start();
    finishCurrent(CommandResult::Status::Timeout, message);
}

int CommandEngine::scaled(int ms) const
{
    return qMax(1, int(ms * m_timeoutScale));
}

void CommandEngine::abortAll(const QString &reason)
{
    // Whatever arrived is delivered before the state is dropped: nothing received is lost.
    if (m_parser.hasPending())
        m_parser.flushPending();
    m_parser.reset();
    m_lateWindow.stop();
    m_timedOutCommand.clear();
    if (m_current)
        finishCurrent(CommandResult::Status::Aborted, reason);
    std::deque<InFlight> queued;
    queued.swap(m_queue);
    for (InFlight &entry : queued) {
        entry.result.status = CommandResult::Status::Aborted;
        entry.result.message = reason;
        if (entry.command.onFinished)
            entry.command.onFinished(entry.result);
        emit commandFinished(entry.result);
    }
    abortOperations(reason);
}

void CommandEngine::abortOperations(const QString &reason)
{
    while (!m_operations.empty())
        finishOperation(m_operations.begin(), OperationResult::Status::Aborted, reason);
}

} // namespace bc25::at
