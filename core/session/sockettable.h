// SPDX-License-Identifier: MIT
#pragma once

#include "bc25/commands.h"
#include "bc25/responses.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <array>

namespace bc25::at { struct ParserSettings; struct ResultLine; struct Transaction; }

namespace bc25 {

class CommandRunner;

// One of the module's six sockets as the workbench knows it.
struct SocketInfo
{
    int connectId = 0;
    bool inUse = false;
    QByteArray service;          // "TCP", "UDP", "TCP LISTENER", "TCP INCOMING", "UDP SERVICE"
    QString remoteAddress;
    int remotePort = 0;
    int localPort = 0;
    SocketState state = SocketState::Idle;
    int contextId = 1;
    AccessMode accessMode = AccessMode::Buffer;
    int serverId = -1;           // TCP INCOMING: the listener that accepted it
    qint64 bytesSent = 0;        // handed to the module (each send answered OK), whoever asked
    qint64 bytesAcknowledged = 0;// confirmed by SEND OK, whoever asked
    qint64 bytesReceived = 0;    // payload delivered by the module, every byte counted
    qint64 bytesUnread = 0;      // announced by a recv URC (showlength) and not yet read
    bool bufferFull = false;     // "buff full" seen and not yet drained
    int lastError = 0;           // the <err> of the last open on it

    // A TCP LISTENER or a UDP SERVICE waits on its local port: it has no remote
    // of its own (manual 2.1.1, <service_type>), whatever the open was given.
    bool listens() const { return service == "TCP LISTENER" || service == "UDP SERVICE"; }
};

// The module's sockets (as many as its profile has): opened, closed, switched and read through the engine,
// kept up to date from answers (+QISTATE), second phases (+QIOPEN) and URCs
// (recv, closed, incoming, pdpdeact, RDY). In buffer access mode it reads with
// AT+QIRD until "+QIRD: 0" after each recv URC (manual 1.2).
class SocketTable final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketTable)
public:
    // Sized from the engine's module profile: its sockets, its largest read.
    explicit SocketTable(CommandRunner *runner, QObject *parent = nullptr);

    [[nodiscard]] int socketCount() const { return m_socketCount; }

    [[nodiscard]] const SocketInfo &socket(int connectId) const;
    // The lowest connectID the application does not hold; 0 when all are taken.
    [[nodiscard]] int firstFreeSocket() const;
    // The sockets a restart or a reconnect would take from someone: in use and
    // not being closed already (one whose AT+QICLOSE is written is closing anyway).
    [[nodiscard]] int openSockets() const;
    void refresh(); // AT+QISTATE?, the session's own
    // AT+QISTATE? because the user asked (F5, Refresh): a panel's command, shown as such.
    void refreshAsked();
    // Each action validates first; a refusal returns the reason and sends nothing.
    QString open(const OpenParameters &parameters);
    QString close(int connectId);
    QString switchAccessMode(int connectId, AccessMode mode);
    QString readNow(int connectId);
    // No module (disconnected, cable pulled): nothing is known of any socket.
    void forget();
    // The send queue wrote this command (an id of CommandRunner::submit): its
    // end is the queue's to tell (SendQueue::chunkFinished), not sendEnded's.
    void carriedByQueue(quint64 commandId);

signals:
    void socketChanged(int connectId);
    void dataReceived(int connectId, const QByteArray &bytes, bool truncated);
    // A send the module took (its OK), whoever asked: the send queue, a recipe,
    // the terminal's AT+QISEND. `bytes` as they go on the socket (hex decoded).
    void dataSent(int connectId, const QByteArray &bytes);
    // A send the send queue did not carry ended — the terminal's AT+QISEND or
    // AT+QISENDEX, a quick command's, a recipe's at(): SEND OK (`ok`), or why not.
    void sendEnded(int connectId, qint64 bytes, bool ok, const QString &message, bc25::at::Source source);
    // A send that had timed out (command `commandId`) was confirmed late by its SEND OK: counted now.
    void lateSendConfirmed(int connectId, qint64 bytes, quint64 commandId);
    // An open ended: the panel's own (open()), or the user's typed or quick
    // AT+QIOPEN — the latest open is what the panel's line tells, not an older one.
    void openFinished(int connectId, bool ok, const QString &message);
    void closeFinished(int connectId, bool ok, const QString &message);
    // An AT+QIOPEN or AT+QICLOSE not of the panel's own (the terminal's, a
    // quick command's, a recipe's) succeeded on this socket: who asked is `source`.
    void openedOrClosedBy(int connectId, bc25::at::Source source);
    // The module confirmed the switch of switchAccessMode() (a refusal goes to commandFailed).
    void accessModeSwitched(int connectId, bc25::AccessMode mode);
    void urcReceived(const bc25::Urc &urc, const bc25::at::ResultLine &line);
    void incomingConnectionRefused();
    // RDY: every socket is gone; `reason` fails what was pending.
    void moduleRestarted(const QString &reason);

private:
    struct SentData
    {
        int connectId = -1; // -1: not a send
        QByteArray bytes;
    };
    // What a confirmed AT+QISEND/QISENDEX put on its socket; empty for anything else.
    [[nodiscard]] SentData sentData(const at::Transaction &transaction) const;
    SocketInfo &mutableSocket(int connectId);
    void refreshFrom(BuildResult query);
    void onUrc(const at::ResultLine &line);
    void onSocketUrc(const Urc &urc);
    void onData(int connectId, const QByteArray &bytes, bool truncated);
    void onSettings(const at::ParserSettings &settings);
    void onTransaction(const at::Transaction &transaction);
    void onCommandFinished(const at::Transaction &result);
    void applyStatus(const SocketStatus &status);
    void resetSocket(int connectId);
    // AT+QIRD until the buffer is empty; `source` Panel when the user asked (Read now).
    void drain(int connectId, at::Source source = at::Source::Session);
    // Why the session must not read a socket now (empty: it may).
    [[nodiscard]] QString notReadable(int connectId) const;
    void onCommandStarted(const QByteArray &text);
    // The <connectID> an AT+QIOPEN or AT+QICLOSE line is about, -1 if none.
    [[nodiscard]] int socketOf(const ParsedCommand &command) const;
    static void takeOpenArguments(SocketInfo &opened, const ParsedCommand &open);
    [[nodiscard]] bool directPush(int connectId) const;

    // The model's table: its socket and context ranges.
    [[nodiscard]] const CommandCatalog &catalog() const;

    CommandRunner *m_runner;
    const int m_socketCount;
    const int m_readChunk; // one AT+QIRD's most (manual 2.1.5)
    QList<SocketInfo> m_sockets;
    QList<bool> m_draining;
    QList<bool> m_drainAgain;
    // The last read timed out and was read again once: its answer may come
    // late, and more may wait in the module (no recv URC comes until the
    // buffer is empty, manual 1.2). Bounded: a second time-out in a row stops.
    QList<bool> m_readAgainAfterTimeout;
    // An AT+QICLOSE was written for it (whoever asked) and no open since: the
    // module discards what it had not read (manual 2.1.2), so nothing reads it.
    QList<bool> m_closeWritten;
    QSet<quint64> m_queuedSends; // carriedByQueue()'s, until their transaction ends
    // Sends that timed out with their data in the module: a late SEND OK still counts them.
    struct UnconfirmedSend
    {
        SentData sent;
        bool uncounted = false; // no OK either: not yet counted as handed to the module
    };
    QHash<quint64, UnconfirmedSend> m_unconfirmedSends;
    static constexpr int MaxUnconfirmedSends = 16;
    void onLateOperationResult(quint64 id, bool done);
};

} // namespace bc25
