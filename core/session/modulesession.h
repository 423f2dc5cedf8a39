// SPDX-License-Identifier: MIT
#pragma once

#include "at/commandengine.h"
#include "commandrunner.h"
#include "moduleconfiguration.h"
#include "modulestatus.h"
#include "networktools.h"
#include "sendqueue.h"
#include "sessionlog.h"
#include "sockettable.h"

#include <QObject>

#include <memory>

namespace bc25 {

// The module as the workbench sees it, by concern (DESIGN.md, "The session,
// by concern"): the socket table, the send queue, the module's identity and
// network status, its configuration and the network tools, each with typed
// signals that views subscribe to. The session wires them together, reads
// everything after a connect and runs what the terminal types. Views reach
// the engine only through it: its model's profile, whether the link is open,
// and the engine's traffic signals, forwarded (the session's signals below).
class ModuleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModuleSession)
public:
    explicit ModuleSession(at::CommandEngine *engine, QObject *parent = nullptr);

    // For the core and tests; views use the session's own accessors and signals.
    [[nodiscard]] at::CommandEngine *engine() const { return m_runner.engine(); }
    // The rules of the module's model (ranges, commands, limits) everything is checked by.
    [[nodiscard]] const profile::ModuleProfile &profile() const { return engine()->profile(); }
    [[nodiscard]] const std::shared_ptr<const profile::ModuleProfile> &sharedProfile() const { return engine()->sharedProfile(); }
    // Whether bytes can be written (while closed, every command fails at once).
    [[nodiscard]] bool linkOpen() const { return engine()->linkOpen(); }
    // The one rule for "polling": the commands the workbench sends by itself
    // (status reads, drains after a receive notice, AT+QIGETERROR) and what the
    // module answers to them. The transactions view and the terminal both hide
    // by it, so one transaction is hidden (or shown) in both.
    [[nodiscard]] static bool isPolling(at::Source source) { return source == at::Source::Session; }
    [[nodiscard]] CommandRunner *commands() { return &m_runner; }
    [[nodiscard]] SocketTable *sockets() { return &m_sockets; }
    [[nodiscard]] const SocketTable *sockets() const { return &m_sockets; }
    [[nodiscard]] SendQueue *sends() { return &m_sends; }
    [[nodiscard]] ModuleStatus *status() { return &m_status; }
    [[nodiscard]] const ModuleStatus *status() const { return &m_status; }
    [[nodiscard]] ModuleConfiguration *configuration() { return &m_configuration; }
    [[nodiscard]] NetworkTools *tools() { return &m_tools; }
    // Every URC and transaction of this session, typed and bounded.
    [[nodiscard]] SessionLog *log() { return &m_log; }

    // Shortcuts for what views read most.
    [[nodiscard]] const SocketInfo &socket(int connectId) const { return m_sockets.socket(connectId); }
    [[nodiscard]] const ModuleSettings &settings() const { return m_configuration.settings(); }
    [[nodiscard]] const ModuleInfo &moduleInfo() const { return m_status.info(); }

    // Identifies the module and reads its settings, sockets and network (after
    // connecting). A module that does not answer ATI is not read further until
    // it says something (RDY when it is switched on, an answer to a typed AT):
    // then it is read from the start. A restart (RDY) has it identified and read
    // again: the module may be another one.
    void synchronize();
    [[nodiscard]] bool moduleSilent() const { return m_silent; }
    // The module is gone (disconnect, pulled cable): no stale state stays on show.
    void forget();
    // A line typed in the terminal, through the same engine and the same checks.
    QString sendTyped(const QByteArray &line);
    // The same line sent raw, on purpose: unchecked, marked "raw" (Commands::rawFromText).
    QString sendRaw(const QByteArray &line);
    // A saved quick command: checked like a typed one, marked "quick"; `done`
    // gets its transaction (a refusal is returned, and `done` is not called).
    QString sendQuick(const QByteArray &line, std::function<void(const at::Transaction &)> done);
    // How typed lines end (the port's profile); the workbench's own commands end with CR.
    void setTypedLineEnding(at::LineEnding ending) { m_typedLineEnding = ending; }
    [[nodiscard]] at::LineEnding typedLineEnding() const { return m_typedLineEnding; }

    // How many bytes of the module's stream an event covers (routed()'s
    // streamLength): a capture's decoder gives the viewer's traffic the same.
    [[nodiscard]] static qint64 streamLength(const at::AtEvent &event, bool recvHex);

signals:
    // A typed command's whole record (both phases over), for the terminal.
    void typedCommandFinished(const bc25::at::Transaction &transaction);
    // The module answered ATI (after a connect, or once a silent one spoke).
    void moduleAnswered();
    // ATI went unanswered after a connect. `message`, for a window that stays
    // open: what was heard, what to check, and that the module is read as soon
    // as it speaks; `what`: the first part alone, for a program about to exit.
    void moduleNotAnswering(const QString &message, const QString &what);
    // forget() is over: every view drops the "last …" it shows of the module
    // that was (a result line, a last error); the history above the link marker stays.
    void forgotten();

    // The engine's traffic, forwarded for the views (they subscribe here, never to the engine).
    void commandStarted(quint64 id, const QByteArray &text, bc25::at::Source source);
    void commandFinished(const bc25::at::CommandResult &result);
    // Both phases over: the whole record.
    void transactionFinished(const bc25::at::Transaction &transaction);
    // Text that is neither a result nor owned by a command: shown raw.
    void unknownLine(const QByteArray &line, qint64 offset);
    void overflowed(qint64 offset, qint64 discarded);
    // Bytes written to the module.
    void rawTransmitted(const QByteArray &bytes);
    // Bytes the module printed, and where they start in its stream (0 at each new link).
    void rawReceived(const QByteArray &bytes, qint64 offset);
    // Every parser event with its role, and how many bytes of the stream it
    // covers from its offset (hex payload two characters a byte, an overlong
    // line what was skipped of it too).
    void routed(const bc25::at::RoutedEvent &event, qint64 streamLength);

private:
    // A line the user wrote (typed, raw or quick), ended as the port's profile says.
    QString sendLine(BuildResult built, std::function<void(const at::Transaction &)> done);
    void onModuleSpoke();
    void forwardEngineSignals(at::CommandEngine *engine);
    // What the module said of itself: kept until ATI answers again, or forgotten first (a restart).
    enum class Identity : quint8 { Kept, Forgotten };
    void read(Identity identity);
    // read() from the event loop, once however many signals ask before it runs.
    void scheduleRead(Identity identity);

    CommandRunner m_runner;
    SocketTable m_sockets;
    SendQueue m_sends;
    ModuleStatus m_status;
    ModuleConfiguration m_configuration;
    NetworkTools m_tools;
    SessionLog m_log;
    at::LineEnding m_typedLineEnding = at::LineEnding::Cr;
    bool m_silent = false;     // ATI went unanswered: read again once the module speaks
    bool m_readScheduled = false;
    Identity m_scheduledIdentity = Identity::Kept;
    quint64 m_readGeneration = 0; // the read whose identification counts (a newer one supersedes)
};

} // namespace bc25
