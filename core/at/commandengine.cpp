// SPDX-License-Identifier: MIT
#include "commandengine.h"

#include "at/protocolrules.h"
#include "profile/moduleprofile.h"

#include <QDateTime>

#include <limits>

namespace bc25::at {

CommandEngine::CommandEngine(std::shared_ptr<const profile::ModuleProfile> profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_assembler(m_profile->newRules())
{
    m_clock.start();
    m_clockOriginMs = QDateTime::currentMSecsSinceEpoch();
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &CommandEngine::onDeadline);

    using A = TransactionAssembler;
    connect(&m_assembler, &A::promptReceived, this, [this](quint64, const QByteArray &payload) {
        write(payload);
        m_assembler.dataWritten(payload, now());
        rearm();
    });
    connect(&m_assembler, &A::escapeNeeded, this, [this] { write(QByteArray(1, '\x1b')); });
    connect(&m_assembler, &A::restartSeen, this, [this] {
        m_firstAfterRestart = m_nextId;
        // After the command in flight has failed with the restart (same turn).
        QMetaObject::invokeMethod(this, &CommandEngine::failAskedBeforeRestart, Qt::QueuedConnection);
    });
    connect(&m_assembler, &A::becameReady, this, [this] {
        QMetaObject::invokeMethod(this, &CommandEngine::startNext, Qt::QueuedConnection);
    });
    connect(&m_assembler, &A::commandFinished, this, &CommandEngine::commandFinished);
    connect(&m_assembler, &A::operationProgress, this, &CommandEngine::operationProgress);
    connect(&m_assembler, &A::operationFinished, this, &CommandEngine::operationFinished);
    connect(&m_assembler, &A::transactionFinished, this, &CommandEngine::transactionFinished);
    connect(&m_assembler, &A::urcReceived, this, &CommandEngine::urcReceived);
    connect(&m_assembler, &A::dataReceived, this, &CommandEngine::dataReceived);
    connect(&m_assembler, &A::unknownLine, this, &CommandEngine::unknownLine);
    connect(&m_assembler, &A::lateResult, this, &CommandEngine::lateResult);
    connect(&m_assembler, &A::lateOperationResult, this, &CommandEngine::lateOperationResult);
    connect(&m_assembler, &A::ambiguousOperationAnswer, this, &CommandEngine::ambiguousOperationAnswer);
    connect(&m_assembler, &A::overflowed, this, &CommandEngine::overflowed);
    connect(&m_assembler, &A::routed, this, &CommandEngine::routed);
    connect(&m_assembler, &A::settingsChanged, this, &CommandEngine::settingsChanged);
}

CommandEngine::~CommandEngine()
{
    // Callbacks may point into objects being destroyed with us: drop them quietly.
    m_assembler.disconnect(this);
}

void CommandEngine::setLinkOpen(bool open)
{
    m_linkOpen = open;
    if (open)
        QMetaObject::invokeMethod(this, &CommandEngine::startNext, Qt::QueuedConnection);
}

quint64 CommandEngine::submit(AtCommand command)
{
    const quint64 id = m_nextId++;
    if (m_queue.size() >= size_t(MaxQueuedCommands)) {
        failUnsent({id, std::move(command)},
                   tr("Too many commands are waiting (%1); this one was not sent.").arg(MaxQueuedCommands));
        return id;
    }
    m_queue.push_back({id, std::move(command)});
    // Start on the next turn so that a caller can connect to signals first.
    QMetaObject::invokeMethod(this, &CommandEngine::startNext, Qt::QueuedConnection);
    return id;
}

void CommandEngine::failUnsent(Queued queued, const QString &reason)
{
    AtCommand &command = queued.command;
    Transaction t;
    t.id = queued.id;
    t.source = command.source;
    t.command = command.text;
    t.status = Transaction::Status::Aborted;
    t.message = reason;
    if (command.onFinished)
        command.onFinished(t);
    emit commandFinished(t);
    if (command.onTransaction)
        command.onTransaction(t);
    emit transactionFinished(t);
}

void CommandEngine::failAskedBeforeRestart()
{
    // Queued before the module restarted, not yet written: they were asked of
    // a module state that no longer exists (an AT+QISEND on a socket the reboot
    // closed, a read of a buffer it emptied). Not sent; the user asks again.
    const quint64 barrier = std::exchange(m_firstAfterRestart, 0);
    std::deque<Queued> stale;
    while (!m_queue.empty() && m_queue.front().id < barrier) {
        stale.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    for (Queued &entry : stale)
        failUnsent(std::move(entry), tr("Not sent: the module restarted before its turn."));
    startNext();
}

void CommandEngine::receive(const QByteArray &bytes)
{
    emit rawReceived(bytes);
    m_assembler.feed(bytes, now());
    rearm();
}

void CommandEngine::startNext()
{
    if (m_queue.empty() || !m_assembler.readyForCommand())
        return;
    if (m_firstAfterRestart != 0)
        return; // failAskedBeforeRestart() goes first

    if (!m_linkOpen) {
        abortAll(tr("The module is not connected."));
        return;
    }
    Queued next = std::move(m_queue.front());
    m_queue.pop_front();
    if (next.command.notSentBecause) {
        if (const QString reason = next.command.notSentBecause(); !reason.isEmpty()) {
            failUnsent(std::move(next), reason);
            // The next one's turn: a callback may have queued (or the link closed) meanwhile.
            QMetaObject::invokeMethod(this, &CommandEngine::startNext, Qt::QueuedConnection);
            return;
        }
    }
    const QByteArray text = next.command.text;
    const QByteArray line = text + lineEndingBytes(next.command.lineEnding);
    const Source source = next.command.source;
    m_assembler.begin(std::move(next.command), now(), next.id);
    emit commandStarted(next.id, text, source);
    write(line);
    rearm();
}

void CommandEngine::write(const QByteArray &bytes)
{
    emit rawTransmitted(bytes);
    emit writeRequested(bytes);
}

void CommandEngine::rearm()
{
    const qint64 deadline = m_assembler.nextDeadline();
    if (deadline < 0) {
        m_deadline.stop();
        return;
    }
    m_deadline.start(int(qBound<qint64>(0, deadline - now(), qint64(std::numeric_limits<int>::max()))));
}

void CommandEngine::onDeadline()
{
    m_assembler.advance(now());
    rearm();
}

void CommandEngine::abortAll(const QString &reason)
{
    std::deque<Queued> queued;
    queued.swap(m_queue);
    m_assembler.abortAll(reason, now());
    for (Queued &entry : queued)
        failUnsent(std::move(entry), reason);
    rearm();
}

void CommandEngine::abortOperations(const QString &reason)
{
    m_assembler.abortOperations(reason, now());
    rearm();
}

} // namespace bc25::at
