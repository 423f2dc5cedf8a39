// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"
#include "bc25/commands.h"
#include "luavalues.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QTimer>

#include <array>
#include <deque>
#include <optional>

namespace bc25 { class ModuleSession; }

namespace bc25::recipe {

// What arrived for a recipe run, and the one thing its coroutine waits for:
// a transaction (with AT+QIGETERROR's words after an ERROR), a URC, bytes on
// a socket, the end of a send, or a time-out. URCs and socket data are kept
// from the start of the run, so a recipe never misses what came before it
// asked; the last bytes the module printed are kept for failure reports.
// The RecipeRunner turns a finished wait into values for Lua or a failure.
class RecipeInbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipeInbox)
public:
    static constexpr int ReceivedKept = 4096;   // bytes of the module's output kept for reports
    static constexpr int MaxUrcBacklog = 256;   // unclaimed URCs kept, oldest dropped first
    static constexpr qint64 MaxSocketData = qint64(1) << 20; // per socket, not yet taken; oldest dropped
    static constexpr int LastErrorWaitMs = 15000; // AT+QIGETERROR after an ERROR: its own limit is 3 s

    // How a wait ended: `failure` empty for success, else why (and its kind).
    struct Outcome
    {
        QString failure;
        QString kind;                          // "timeout", "send", "module"
        std::optional<at::Transaction> transaction;
        QString lastError;                     // AT+QIGETERROR's words after an ERROR
        std::optional<UrcEvent> urc;
        QByteArray data;
        qint64 count = 0;                      // bytes sent
    };

    explicit RecipeInbox(ModuleSession *session, QObject *parent = nullptr);

    // A new run: forgets every URC, byte and wait.
    void reset();
    // The run stopped: the wait is dropped, and a late answer only reported.
    void cancel();
    [[nodiscard]] bool isWaiting() const { return m_wait.kind != Kind::None; }
    [[nodiscard]] QByteArray received() const;

    // Each wait ends once, with waitFinished (never inside the call that started it).
    void submit(BuildResult built);
    void waitForUrc(const QByteArray &kind, int socket, int timeoutMs);
    void waitForData(int socket, qint64 bytes, int timeoutMs);
    void send(int socket, const QByteArray &payload, bool hex, QString *refusal);
    void sleep(int ms);

    // What is there already: an unclaimed URC of that kind, or socket data.
    std::optional<UrcEvent> takeUrc(const QByteArray &kind, int socket);
    [[nodiscard]] qint64 available(int socket) const;
    // Up to `bytes` (all when < 0) of what the socket received and the recipe has not taken.
    QByteArray takeData(int socket, qint64 bytes);

signals:
    void waitFinished(const bc25::recipe::RecipeInbox::Outcome &outcome);
    // Every transaction a recipe submitted, also one that ends after its wait
    // was dropped (`late`): the runner tracks the sockets it opens and closes.
    void recipeTransaction(const bc25::at::Transaction &transaction, bool late);

private:
    enum class Kind : quint8 { None, Transaction, LastError, Urc, Data, Send, Sleep };
    struct Wait
    {
        Kind kind = Kind::None;
        quint64 token = 0;
        QByteArray urcKind;
        int socket = -1;
        qint64 bytes = 0;
        at::Transaction transaction; // LastError: the ERROR that waits for its explanation
    };

    quint64 begin(Kind kind, int timeoutMs);
    void finish(Outcome outcome);
    void onTransaction(quint64 token, const at::Transaction &t, bool explained);
    void onEngineTransaction(const at::Transaction &t);
    void onUrc(const at::ResultLine &line);
    void onData(int socket, const QByteArray &bytes);
    void onSendFinished(int socket, qint64 acknowledged, qint64 total, bool ok, const QString &message);
    void onTimeout();
    void forgetSocket(int socket);

    ModuleSession *m_session;
    Wait m_wait;
    quint64 m_nextToken = 1;
    QTimer m_timer;
    std::deque<UrcEvent> m_urcs;
    QList<QByteArray> m_data; // one per socket of the session's profile
    QByteArray m_received;      // a ring in effect: trimmed to ReceivedKept
};

} // namespace bc25::recipe

Q_DECLARE_METATYPE(bc25::recipe::RecipeInbox::Outcome)
