// SPDX-License-Identifier: MIT
#pragma once

#include "atcommand.h"
#include "atevent.h"
#include "atparser.h"

#include <deque>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <list>
#include <optional>

#include "transport/transport.h"

namespace bc25::at {

// Runs AT commands over a transport, one at a time (DESIGN.md, rules 3–5, 9, 10).
// Every parsed line goes first to the pending two-phase operations, then to
// the command in flight if it owns the line, and is a URC otherwise. Each
// phase has its own timer and a clear failure when it runs out; after a
// timeout a late answer is absorbed and never completes the next command.
// Only signals and timers: nothing here blocks.
class CommandEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandEngine)
public:
    // How long after a timeout a late final result still belongs to the timed-out command.
    static constexpr int DefaultLateWindowMs = 1000;
    // Silence after which a partial line or payload is flushed (POWERED DOWN has no line end).
    static constexpr int DefaultQuietFlushMs = 500;
    static constexpr int MaxQueuedCommands = 1024;

    explicit CommandEngine(QObject *parent = nullptr);
    ~CommandEngine() override;

    // The engine reads from and writes to this transport; nullptr detaches.
    void setTransport(transport::Transport *transport);
    [[nodiscard]] transport::Transport *transport() const { return m_transport; }

    [[nodiscard]] AtParser &parser() { return m_parser; }

    // Queues a command; returns its id (never 0). Results come through the
    // command's callbacks and the commandFinished/operationFinished signals.
    quint64 submit(AtCommand command);
    // Fails the command in flight, the queue and the pending operations.
    void abortAll(const QString &reason);
    // Fails the pending second phases only (a reboot drops every socket).
    void abortOperations(const QString &reason);

    [[nodiscard]] bool isBusy() const { return m_current.has_value() || !m_queue.empty(); }
    [[nodiscard]] int queuedCount() const { return int(m_queue.size()); }
    [[nodiscard]] int pendingOperationCount() const { return int(m_operations.size()); }

    void setLateWindowMs(int ms) { m_lateWindow.setInterval(ms); }
    // Multiplies every command and operation time limit (messages keep the
    // real figures). For tests and demos that cannot wait 176 s for a timeout.
    void setTimeoutScale(double scale) { m_timeoutScale = scale; }
    // Whether the module echoes commands (learned from what it prints).
    [[nodiscard]] bool echoDetected() const { return m_echoOn; }
    void setQuietFlushMs(int ms) { m_quietFlush.setInterval(ms); }

    // Feeds received bytes as if the transport delivered them (captures, tests).
    void receive(const QByteArray &bytes);

signals:
    void commandStarted(quint64 id, const QByteArray &text);
    void commandFinished(const bc25::at::CommandResult &result);
    void operationProgress(quint64 id, const bc25::at::ResultLine &line);
    void operationFinished(const bc25::at::OperationResult &result);
    // Every text line, taken apart, before it is routed (settings trackers hook here).
    void lineReceived(const bc25::at::ResultLine &line);
    // A result line nobody asked for: +QIURC, RDY, an unowned +QIOPEN.
    void urcReceived(const bc25::at::ResultLine &line);
    // Payload counted by length: direct push (connectId from the URC) or a +QIRD answer.
    void dataReceived(int connectId, const QByteArray &bytes, bool truncated);
    // Text that is neither a result nor owned by a command: shown raw.
    void unknownLine(const QByteArray &line, qint64 offset);
    // A final result that arrived after its command had timed out.
    void lateResult(const bc25::at::ResultLine &line, const QByteArray &command);
    void overflowed(qint64 offset, qint64 discarded);
    // Every parser event, for logs and the traffic view.
    void eventParsed(const bc25::at::AtEvent &event);
    void rawTransmitted(const QByteArray &bytes);
    void rawReceived(const QByteArray &bytes);

private:
    struct InFlight
    {
        quint64 id = 0;
        AtCommand command;
        CommandResult result;
        bool dataSent = false;
        bool echoSeen = false;
    };
    struct PendingOperation
    {
        quint64 id = 0;
        QByteArray command;
        std::shared_ptr<OperationMatcher> matcher;
        std::function<void(const OperationResult &)> onFinished;
        std::function<void(const ResultLine &)> onProgress;
        QList<ResultLine> lines;
        QTimer *timer = nullptr;
    };

    void onEvent(const AtEvent &event);
    void onLine(const AtEvent &event);
    void onPrompt();
    void onData(const AtEvent &event);
    bool offerToOperations(const ResultLine &line);
    void startNext();
    void write(const QByteArray &bytes);
    void finishCurrent(CommandResult::Status status, const QString &message = {});
    void finishOperation(std::list<PendingOperation>::iterator it, OperationResult::Status status,
                         const QString &message = {});
    void onCommandTimeout();
    [[nodiscard]] int scaled(int ms) const;

    QPointer<transport::Transport> m_transport;
    QList<QMetaObject::Connection> m_transportConnections;
    AtParser m_parser;
    std::deque<InFlight> m_queue;
    std::optional<InFlight> m_current;
    std::list<PendingOperation> m_operations;
    QTimer m_commandTimer;
    QTimer m_lateWindow;
    QTimer m_quietFlush;
    QByteArray m_timedOutCommand;
    quint64 m_nextId = 1;
    double m_timeoutScale = 1.0;
    bool m_echoOn = false;
};

} // namespace bc25::at
