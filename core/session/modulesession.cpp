// SPDX-License-Identifier: MIT
#include "modulesession.h"

#include "profile/moduleprofile.h"
#include "at/commandengine.h"

#include <utility>

namespace bc25 {

ModuleSession::ModuleSession(at::CommandEngine *engine, QObject *parent)
    : QObject(parent)
    , m_runner(engine)
    , m_sockets(&m_runner)
    , m_sends(&m_runner, &m_sockets)
    , m_status(&m_runner)
    , m_configuration(&m_runner)
    , m_tools(&m_runner)
{
    m_log.follow(engine);
    forwardEngineSignals(engine);
    // A reboot drops every socket: every pending send and second phase fails with the reason.
    connect(&m_sockets, &SocketTable::moduleRestarted, this, [this](const QString &reason) {
        m_sends.failAll(reason, [this, reason] { m_runner.engine()->abortOperations(reason); });
        // A module that restarted may be another (a board swapped, a firmware changed) and forgot its
        // settings: it is identified and read again (one that went down is then silent until its RDY).
        scheduleRead(Identity::Forgotten);
    });
    // A silent module speaks again: a URC (RDY once it is powered) or an answer to
    // anything. Bytes alone do not count: a wrong baud rate prints garbage forever.
    connect(engine, &at::CommandEngine::urcReceived, this, &ModuleSession::onModuleSpoke);
    connect(engine, &at::CommandEngine::commandFinished, this, [this](const at::CommandResult &result) {
        if (result.answered())
            onModuleSpoke();
    });
}

void ModuleSession::forwardEngineSignals(at::CommandEngine *engine)
{
    using E = at::CommandEngine;
    connect(engine, &E::commandStarted, this, &ModuleSession::commandStarted);
    connect(engine, &E::commandFinished, this, &ModuleSession::commandFinished);
    connect(engine, &E::transactionFinished, this, &ModuleSession::transactionFinished);
    connect(engine, &E::unknownLine, this, &ModuleSession::unknownLine);
    connect(engine, &E::overflowed, this, &ModuleSession::overflowed);
    connect(engine, &E::rawTransmitted, this, &ModuleSession::rawTransmitted);
    // The engine emits the bytes before its parser reads them: the parser's count is where they start.
    connect(engine, &E::rawReceived, this, [this, engine](const QByteArray &bytes) {
        emit rawReceived(bytes, engine->parser().bytesConsumed());
    });
    connect(engine, &E::routed, this, [this, engine](const at::RoutedEvent &routed) {
        emit this->routed(routed, routed.event ? streamLength(*routed.event, engine->settings().recvHex) : 1);
    });
}

qint64 ModuleSession::streamLength(const at::AtEvent &event, bool recvHex)
{
    qint64 length = event.bytes.size();
    if (event.kind == at::AtEvent::Kind::Data && recvHex && !event.badHex)
        length *= 2; // the bytes are decoded; the stream held their hex text
    if (event.kind == at::AtEvent::Kind::Overflow)
        length += event.length; // what was skipped up to the line end
    return qMax<qint64>(1, length);
}

void ModuleSession::synchronize()
{
    read(Identity::Kept);
}

void ModuleSession::read(Identity identity)
{
    m_silent = false;
    // A read started later (a second RDY) supersedes this one: its verdict on silence would be stale.
    const quint64 generation = ++m_readGeneration;
    // The rest waits for ATI's answer: a module that is off behind its USB
    // adapter would otherwise hold every later command, the user's too, for the
    // sum of the reads' time limits (two minutes with AT+CGATT?'s 85 s).
    auto identified = [this, generation](ModuleStatus::Heard heard) {
        if (generation != m_readGeneration)
            return;
        if (heard != ModuleStatus::Heard::Identification) {
            m_silent = true;
            // AT answered and ATI not is no dead module: the cable and the baud rate are right.
            const QString what = heard == ModuleStatus::Heard::AttentionOnly
                    ? tr("The module answers AT but not ATI; it may still be starting, or not be a module of this "
                         "program's models: send ATI yourself to see what it says.")
                    : tr("The module does not answer: check its power, the cable and the baud rate.");
            emit moduleNotAnswering(tr("%1 It is read as soon as it says anything (RDY, or an answer to AT).").arg(what), what);
            return;
        }
        emit moduleAnswered();
        m_configuration.read();
        m_sockets.refresh();
        m_status.refresh();
    };
    if (identity == Identity::Forgotten)
        m_status.reidentify(std::move(identified));
    else
        m_status.identify(std::move(identified));
}

void ModuleSession::onModuleSpoke()
{
    if (!m_silent)
        return;
    // Out of the engine's signal: the reads are queued from the event loop.
    m_silent = false;
    scheduleRead(Identity::Kept);
}

void ModuleSession::scheduleRead(Identity identity)
{
    // RDY is both a restart and a silent module speaking: one read, forgetting if either asks.
    if (identity == Identity::Forgotten)
        m_scheduledIdentity = Identity::Forgotten;
    if (m_readScheduled)
        return;
    m_readScheduled = true;
    // Out of the engine's signal: the reads are queued from the event loop.
    QMetaObject::invokeMethod(this, [this] {
        if (!m_readScheduled)
            return; // forgotten meanwhile
        m_readScheduled = false;
        read(std::exchange(m_scheduledIdentity, Identity::Kept));
    }, Qt::QueuedConnection);
}

void ModuleSession::forget()
{
    m_silent = false;
    m_readScheduled = false;
    m_scheduledIdentity = Identity::Kept;
    ++m_readGeneration;
    m_sends.failAll(tr("The module is not connected."));
    m_sockets.forget();
    m_status.forget();
    m_configuration.forget();
    emit forgotten();
}

QString ModuleSession::sendTyped(const QByteArray &line)
{
    return sendLine(Commands::fromText(profile().catalog(), line), [this](const at::Transaction &t) { emit typedCommandFinished(t); });
}

QString ModuleSession::sendRaw(const QByteArray &line)
{
    return sendLine(Commands::rawFromText(profile().catalog(), line), [this](const at::Transaction &t) { emit typedCommandFinished(t); });
}

QString ModuleSession::sendQuick(const QByteArray &line, std::function<void(const at::Transaction &)> done)
{
    BuildResult built = Commands::fromText(profile().catalog(), line);
    built.command.source = at::Source::Quick;
    return sendLine(std::move(built), std::move(done));
}

QString ModuleSession::sendLine(BuildResult built, std::function<void(const at::Transaction &)> done)
{
    if (!built.ok())
        return built.error;
    built.command.lineEnding = m_typedLineEnding;
    // Finished once both phases are over: a second phase's result is the command's
    // (a quick sequence that stops on an error stops on +QIOPEN: 0,566 too).
    built.command.onTransaction = std::move(done);
    m_runner.submit(std::move(built));
    return {};
}

} // namespace bc25
