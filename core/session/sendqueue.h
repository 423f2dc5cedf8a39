// SPDX-License-Identifier: MIT
#pragma once

#include "bc25/commands.h"

#include <QHash>
#include <QObject>

#include <deque>

namespace bc25 {

class CommandRunner;
class SocketTable;

// Payloads on their way to the module (DESIGN.md, "Sending data"): cut into
// parts of the profile's largest send (512 bytes on the BC25, manual 2.1.4), each in a form that carries it safely (inline text, the
// binary-safe fixed-length prompt form, or hex), one at a time, each waiting
// for SEND OK, because the module refuses a second send before it (manual 4.1.2).
class SendQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendQueue)
public:
    // `sockets` is told which AT+QISEND the queue carries (their end is the queue's to tell).
    SendQueue(CommandRunner *runner, SocketTable *sockets, QObject *parent = nullptr);

    enum class Mode : quint8 { Auto, Hex };
    // The largest part: one AT+QISEND's (or, for Hex, one AT+QISENDEX's) most,
    // from the engine's module profile.
    [[nodiscard]] int maxChunk(Mode mode = Mode::Auto) const;

    // Queues payload for a socket; a refusal returns the reason and sends nothing.
    // `source` is who asked: the consoles (Panel) or a recipe, as the transactions show.
    QString send(int connectId, const QByteArray &payload, Mode mode = Mode::Auto,
                 at::Source source = at::Source::Panel);
    // The id the last accepted send() goes by in the signals below: a console
    // tells its own sends from a recipe's on the same socket.
    [[nodiscard]] quint64 lastSendId() const { return m_nextSendId - 1; }
    [[nodiscard]] qint64 pendingBytes() const;
    // Stops a socket's sends: the parts not yet written are dropped (the one
    // the module has already taken still ends with SEND OK or SEND FAIL).
    void cancel(int connectId, const QString &reason);
    // The module restarted or the link is gone: every queued send fails with the reason.
    // `abort` fails the engine's pending second phases in between, so that the
    // aborted send in flight does not start the next one.
    void failAll(const QString &reason, const std::function<void()> &abort = {});

signals:
    // One 512-byte (or smaller) part ended; `form` says how it went out, `source` who asked for it.
    void chunkFinished(int connectId, qint64 bytes, bool ok, bc25::SendForm form, const QString &message, quint64 sendId,
                       bc25::at::Source source);
    // A whole send() ended: all parts acknowledged, or the first failure.
    void sendFinished(int connectId, qint64 acknowledged, qint64 total, bool ok, const QString &message, quint64 sendId,
                      bc25::at::Source source);
    // A send that ended at a part's time-out was settled by the module after
    // all: that part's SEND OK came late (its bytes went). `acknowledged` now
    // counts them; `whole`: that was the last part, every byte went.
    void sendSettledLate(int connectId, qint64 acknowledged, qint64 total, bool whole, quint64 sendId,
                         bc25::at::Source source);

private:
    struct Chunk
    {
        quint64 sendId = 0;
        int connectId = 0;
        QByteArray bytes;
        SendForm form = SendForm::InlineText;
        at::Source source = at::Source::Panel;
        qint64 total = 0;
        bool last = false;
    };

    void sendNext();
    void chunkFailed(const Chunk &chunk, const QString &message);
    // A part that timed out (its command `commandId`): the module may still answer it.
    void rememberTimedOut(quint64 commandId, const Chunk &chunk);
    void onLateOperationResult(quint64 commandId, bool done);
    void failSend(quint64 sendId, const QString &message);

    CommandRunner *m_runner;
    SocketTable *m_sockets; // told which commands are the queue's own
    const int m_maxChunk;
    std::deque<Chunk> m_queue;
    QHash<quint64, qint64> m_acknowledged; // per send: bytes confirmed by SEND OK so far
    QHash<quint64, QString> m_stopped;     // sends stopped while a part was in flight, and why
    // Parts that timed out, by their command's id, with the bytes their send
    // had acknowledged before them: a late SEND OK settles them (bounded).
    struct TimedOutPart
    {
        Chunk chunk;
        qint64 acknowledgedBefore = 0;
    };
    static constexpr int MaxTimedOutParts = 8;
    QHash<quint64, TimedOutPart> m_timedOutParts;
    bool m_inFlight = false;
    quint64 m_nextSendId = 1;
};

} // namespace bc25
