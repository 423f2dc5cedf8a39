// SPDX-License-Identifier: MIT
#pragma once

#include "assemblylistener.h"
#include "atcommand.h"
#include "atevent.h"
#include "atparser.h"
#include "lateanswer.h"
#include "operationlist.h"
#include "timelimits.h"
#include "parsersettings.h"
#include "routedevent.h"

#include <QObject>

#include <memory>
#include <optional>

namespace bc25::at {

class ProtocolRules;

// Turns what the host wrote and what the module printed into transactions
// and URCs (DESIGN.md, "The transaction"). Sans-IO and clock-free: every call
// carries the time (-1 for a log without times: nothing expires), so the live engine and bc25-decode (captures with their
// timestamps, raw logs without) assemble the same transactions from the same
// bytes. Settings that decide how the next bytes are cut change only on the
// module's confirmation: OK, a second phase's success, or an answer stating them.
class TransactionAssembler final : public QObject, private AtEventListener
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionAssembler)
public:
    // How long after a timeout a late final result still belongs to the timed-out command.
    static constexpr int DefaultLateWindowMs = LateAnswer::DefaultWindowMs;
    // Silence after which a partial line or payload is delivered (POWERED DOWN has no line end).
    static constexpr int DefaultQuietFlushMs = TimeLimits::DefaultQuietFlushMs;

    explicit TransactionAssembler(std::unique_ptr<ProtocolRules> rules, QObject *parent = nullptr);
    ~TransactionAssembler() override;

    [[nodiscard]] const ProtocolRules &rules() const { return *m_rules; }
    [[nodiscard]] AtParser &parser() { return m_parser; }
    [[nodiscard]] const AtParser &parser() const { return m_parser; }
    [[nodiscard]] const ParserSettings &settings() const { return m_parser.settings(); }
    void setSettings(const ParserSettings &settings) { m_parser.setSettings(settings); }
    void setTimeoutScale(double scale) { m_limits.setScale(scale); }
    void setLateWindowMs(int ms) { m_lateAnswer.setWindowMs(ms); }
    void setQuietFlushMs(int ms) { m_limits.setQuietFlushMs(ms); }
    // A raw log of the module's output alone: commands are known from their echo.
    void setCommandsFromEcho(bool on)
    {
        m_commandsFromEcho = on;
        m_parser.setCommandLinesEndPayloads(on); // the next command's echo ends a short payload
    }
    // One listener, called before the routed and transactionFinished signals (nullptr: none).
    void setListener(AssemblyListener *listener) { m_listener = listener; }
    // Whether transactions keep their lines, payload and URCs (operations
    // their lines). Off for a reader of statuses and times alone
    // (bc25-decode --stats): nothing per line is copied or kept.
    void setRecordContents(bool on)
    {
        m_recordContents = on;
        m_operations.setRecordContents(on);
    }

    // The host wrote a command (its line ending included); returns the transaction's
    // id, `id` when given (the engine numbers commands as they are queued).
    quint64 begin(AtCommand command, qint64 now, quint64 id = 0);
    // The host wrote data after the prompt (and Ctrl+Z, for that form).
    void dataWritten(const QByteArray &bytes, qint64 now);
    // The host wrote part of the data after the prompt (a capture's record
    // holds what one write held): pieces count until the length, the Ctrl+Z
    // or Esc, or the payload's bound; then the data is written. Take at most
    // dataPhaseExtent() of a write.
    void dataPieceWritten(QByteArrayView piece, qint64 now);
    // The command in flight showed its prompt and waits for its data.
    [[nodiscard]] bool awaitsData() const { return m_current && m_current->promptSeen && !m_current->dataSent; }
    // The host wrote bytes before the command's prompt came (a capture whose
    // write holds the command and its data): returns how many of them are its
    // data — the fixed length, or up to Ctrl+Z or Esc —, 0 if it takes none.
    // They count as written when the prompt comes.
    qsizetype dataBeforePrompt(QByteArrayView bytes);
    // How much of a write after the prompt is the command's data: what is
    // left of the fixed length, or up to the Ctrl+Z or Esc; what follows is
    // the next command.
    [[nodiscard]] qsizetype dataPhaseExtent(QByteArrayView bytes) const;
    // Bytes the module printed.
    void feed(QByteArrayView bytes, qint64 now);
    // The input ends: deliver what is pending, close what is open.
    void finish(qint64 now);

    // Time limits: the earliest time advance() has something to do (-1: none).
    [[nodiscard]] qint64 nextDeadline() const;
    void advance(qint64 now);
    // Whether a new command may be written now (none open, no late answer awaited).
    [[nodiscard]] bool readyForCommand() const { return !m_current && !m_lateAnswer.awaited(); }
    [[nodiscard]] bool hasOpenCommand() const { return m_current.has_value(); }
    [[nodiscard]] int pendingOperationCount() const { return m_operations.size(); }

    void abortAll(const QString &reason, qint64 now);
    void abortOperations(const QString &reason, qint64 now);

signals:
    void routed(const bc25::at::RoutedEvent &event);
    // The data-mode prompt for the command in flight: write its payload now.
    void promptReceived(quint64 id, const QByteArray &payload);
    // The command in flight timed out waiting for the prompt of the form
    // ended by Ctrl+Z: Esc leaves the data mode (manual 2.1.4). Never for the
    // fixed-length form, where Esc is a data byte.
    void escapeNeeded();
    void commandFinished(const bc25::at::Transaction &transaction);
    void operationProgress(quint64 id, const bc25::at::ResultLine &line);
    void operationFinished(const bc25::at::OperationResult &result);
    void transactionFinished(const bc25::at::Transaction &transaction);
    void urcReceived(const bc25::at::ResultLine &line);
    void dataReceived(int connectId, const QByteArray &bytes, bool truncated);
    void unknownLine(const QByteArray &line, qint64 offset);
    // A final result, an answer line or a second phase's line that arrived
    // after its command (or its operation) had timed out; `command` is the
    // timed-out command.
    void lateResult(const bc25::at::ResultLine &line, const QByteArray &command);
    // A timed-out send's SEND OK (`done`) or SEND FAIL came after all: the
    // transaction `id` (already finished, timed out) is settled by the module.
    void lateOperationResult(quint64 id, bool done);
    // Operation `id` ended by a line that may have been an older timed-out
    // one's late answer (its message says which); `connectId` its socket or -1.
    void ambiguousOperationAnswer(quint64 id, int connectId);
    // A restart line (RDY) was read; the module forgot what it was asked.
    // Emitted before anything is failed, so that the engine can tell which
    // queued commands were asked of the module before it restarted.
    void restartSeen();
    void overflowed(qint64 offset, qint64 discarded);
    // A line the model does not expect was read (RoutedEvent::drift): why.
    void driftSeen(const QString &reason);
    // A new command may be written (the last one ended, or its late answer came).
    void becameReady();
    // A confirmed command, an answer or a URC changed how the stream is cut.
    void settingsChanged(const bc25::at::ParserSettings &settings);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    using Pending = OpenCommand;


    void atEventParsed(const AtEvent &event) override;
    // begin() without the echo to expect.
    void open(AtCommand &&command, qint64 now, quint64 id = 0);
    void onLine(const AtEvent &event);
    void onPrompt(const AtEvent &event);
    void onData(const AtEvent &event);
    [[nodiscard]] bool isAnswerToData(QByteArrayView text) const;
    bool offerToOperations(const AtEvent &event, const ResultLine &line);
    bool offerToCurrent(const AtEvent &event, const ResultLine &line);
    bool offerToTimedOut(const AtEvent &event, const ResultLine &line);
    // An answer line or the final result of the command that timed out last (LateAnswer).
    bool offerToLateAnswer(const AtEvent &event, const ResultLine &line);
    // Whether `line` ends the command in flight: its final result, or the
    // second phase's line of a command answered by it alone.
    [[nodiscard]] bool endsCurrent(const ResultLine &line) const;
    // How the second phase's line answers a command answered by it alone
    // (AtCommand::operationAnswersAlone); NotMine for any other.
    [[nodiscard]] OperationMatcher::Match operationAnswer(const ResultLine &line) const;
    void finishByOperationLine(const AtEvent &event, const ResultLine &line, OperationMatcher::Match match);
    void endOperationsOnSocket(int connectId, const ResultLine &line);
    // Returns the line's drift (RoutedEvent::drift), empty when it has none.
    QString route(RoutedEvent::Role role, const AtEvent &event, const ResultLine *line = nullptr,
               quint64 id = 0, int connectId = -1);
    void finishCurrent(Transaction::Status status, const QString &message = {});
    void startOperation(Pending &&done);
    void noteUrc(const AtEvent &event, const ResultLine &line);
    void restart(const ResultLine &line);
    void finishOperation(OperationList::Iterator it, OperationResult::Status status,
                         const QString &message = {});
    void complete(Pending &done);
    void timeOutCurrent();
    void applyChanges(const QList<SettingChange> &changes);
    void applyChange(const SettingChange &change);
    void noteError(Transaction &transaction, const ResultLine &line);
    void noteDrift(const QString &reason, quint64 id);
    void flushIfQuiet(qint64 now);
    // The data after the prompt is all written: the send waits for its result.
    void dataEnded(QByteArray data, qint64 now);

    std::unique_ptr<ProtocolRules> m_rules;
    AssemblyListener *m_listener = nullptr;
    // Whether routed was ever connected (the engine, a session log): the
    // decoder hears every event through the listener alone.
    bool m_routedHeard = false;
    // The same for the signals of every line, URC or payload (urcReceived,
    // unknownLine, dataReceived, driftSeen): an emit nobody hears cost
    // 100 instructions a line (1.4 M a MiB in bc25-decode --stats).
    bool m_lineSignalsHeard = false;
    AtParser m_parser;
    std::optional<Pending> m_current;
    OperationList m_operations;
    quint64 m_nextId = 1;
    qint64 m_now = 0;
    TimeLimits m_limits;
    bool m_commandsFromEcho = false;
    bool m_echoKnown = false; // an echo seen, or an answer without one: ATE is known
    LateAnswer m_lateAnswer;
    bool m_recordContents = true;
};

} // namespace bc25::at
