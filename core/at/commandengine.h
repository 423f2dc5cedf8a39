// SPDX-License-Identifier: MIT
#pragma once

#include "atcommand.h"
#include "atevent.h"
#include "transactionassembler.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

namespace bc25::profile { class ModuleProfile; }

namespace bc25::at {

// Runs AT commands one at a time (DESIGN.md, rules 3–5, 9, 10). Sans-IO: it
// emits the bytes to write (writeRequested) and takes what the module
// printed (receive); whoever owns the link connects the two. The assembler
// matches every line to the command in flight, a pending second phase or a
// URC; the engine keeps the queue and the clock. Only signals and timers.
// It runs one model's rules: the module profile it is given, which everyone
// built on the engine (session, simulator, views) reads through profile().
class CommandEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandEngine)
public:
    static constexpr int DefaultLateWindowMs = TransactionAssembler::DefaultLateWindowMs;
    static constexpr int DefaultQuietFlushMs = TransactionAssembler::DefaultQuietFlushMs;
    static constexpr int MaxQueuedCommands = 1024;

    explicit CommandEngine(std::shared_ptr<const profile::ModuleProfile> profile, QObject *parent = nullptr);
    ~CommandEngine() override;

    [[nodiscard]] const profile::ModuleProfile &profile() const { return *m_profile; }
    [[nodiscard]] const std::shared_ptr<const profile::ModuleProfile> &sharedProfile() const { return m_profile; }

    [[nodiscard]] AtParser &parser() { return m_assembler.parser(); }
    [[nodiscard]] TransactionAssembler &assembler() { return m_assembler; }
    [[nodiscard]] const ParserSettings &settings() const { return m_assembler.settings(); }

    // Whether bytes can be written; while closed, every submitted command fails at once.
    void setLinkOpen(bool open);
    [[nodiscard]] bool linkOpen() const { return m_linkOpen; }

    // Queues a command; returns its id (never 0). Results come through the
    // command's callbacks and the commandFinished/transactionFinished signals.
    quint64 submit(AtCommand command);
    // Fails the command in flight, the queue and the pending operations.
    void abortAll(const QString &reason);
    // Fails the pending second phases only (a reboot drops every socket).
    void abortOperations(const QString &reason);

    [[nodiscard]] bool isBusy() const { return m_assembler.hasOpenCommand() || !m_queue.empty(); }
    [[nodiscard]] int queuedCount() const { return int(m_queue.size()); }
    [[nodiscard]] int pendingOperationCount() const { return m_assembler.pendingOperationCount(); }

    void setLateWindowMs(int ms) { m_assembler.setLateWindowMs(ms); }
    // Multiplies every command and operation time limit (messages keep the
    // real figures). For tests and demos that cannot wait 176 s for a timeout.
    void setTimeoutScale(double scale) { m_assembler.setTimeoutScale(scale); }
    // Whether the module echoes commands (learned from what it prints, and from ATE).
    [[nodiscard]] bool echoDetected() const { return m_assembler.settings().echo; }
    void setQuietFlushMs(int ms) { m_assembler.setQuietFlushMs(ms); }

    // Bytes the module printed.
    void receive(const QByteArray &bytes);
    // The wall-clock time (ms since the epoch) of the engine's time 0: a
    // transaction's writtenMs plus this is when it went out.
    [[nodiscard]] qint64 clockOriginMs() const { return m_clockOriginMs; }

signals:
    // Bytes for the module: the link writes them.
    void writeRequested(const QByteArray &bytes);
    void commandStarted(quint64 id, const QByteArray &text, bc25::at::Source source);
    void commandFinished(const bc25::at::CommandResult &result);
    void operationProgress(quint64 id, const bc25::at::ResultLine &line);
    void operationFinished(const bc25::at::OperationResult &result);
    // Both phases over: the whole record.
    void transactionFinished(const bc25::at::Transaction &transaction);
    // A result line nobody asked for: +QIURC, RDY, an unowned +QIOPEN.
    void urcReceived(const bc25::at::ResultLine &line);
    // Payload counted by length: direct push (connectId from the URC) or a +QIRD answer.
    void dataReceived(int connectId, const QByteArray &bytes, bool truncated);
    // Text that is neither a result nor owned by a command: shown raw.
    void unknownLine(const QByteArray &line, qint64 offset);
    // A final result or an answer line that arrived after its command had timed out.
    void lateResult(const bc25::at::ResultLine &line, const QByteArray &command);
    // A timed-out send's SEND OK (`done`) or SEND FAIL came late (TransactionAssembler::lateOperationResult).
    void lateOperationResult(quint64 id, bool done);
    // An operation's answer may have been an older one's (TransactionAssembler::ambiguousOperationAnswer).
    void ambiguousOperationAnswer(quint64 id, int connectId);
    void overflowed(qint64 offset, qint64 discarded);
    void settingsChanged(const bc25::at::ParserSettings &settings);
    // Every parser event with its role, for logs and the traffic view.
    void routed(const bc25::at::RoutedEvent &event);
    void rawTransmitted(const QByteArray &bytes);
    void rawReceived(const QByteArray &bytes);

private:
    struct Queued
    {
        quint64 id = 0;
        AtCommand command;
    };

    void startNext();
    void write(const QByteArray &bytes);
    void rearm();
    void onDeadline();
    [[nodiscard]] qint64 now() const { return m_clock.elapsed(); }
    void failUnsent(Queued queued, const QString &reason);
    void failAskedBeforeRestart();

    std::shared_ptr<const profile::ModuleProfile> m_profile;
    TransactionAssembler m_assembler;
    std::deque<Queued> m_queue;
    quint64 m_nextId = 1;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    qint64 m_clockOriginMs = 0;
    bool m_linkOpen = false;
    // The first id queued after the module restarted (0: no restart to
    // handle): the commands before it were asked of a module that is gone.
    quint64 m_firstAfterRestart = 0;
};

} // namespace bc25::at
