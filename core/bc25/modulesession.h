// SPDX-License-Identifier: MIT
#pragma once

#include "at/commandengine.h"
#include "commands.h"
#include "responses.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <array>
#include <deque>

namespace bc25 {

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
    qint64 bytesSent = 0;        // handed to the module (each send answered OK)
    qint64 bytesAcknowledged = 0;// confirmed by SEND OK
    qint64 bytesReceived = 0;    // payload delivered by the module, every byte counted
    qint64 bytesUnread = 0;      // announced by a recv URC (showlength) and not yet read
    bool bufferFull = false;     // "buff full" seen and not yet drained
    int lastError = 0;           // the <err> of the last open on it
};

// What the module told about itself and its network.
struct ModuleInfo
{
    QStringList identification;  // ATI lines
    QString revision;            // AT+CGMR
    int rssi = 99;               // AT+CSQ, 99 = unknown
    int ber = 99;
    int registration = -1;       // +CEREG <stat>: 1 home, 5 roaming
    int attached = -1;           // +CGATT
    QString pdpAddress;          // +CGPADDR
};

struct ModuleSettings
{
    bool viewMode = false;
    bool showLength = false;
    bool sendHex = false;
    bool recvHex = false;
    KeepAlive keepAlive;
    QString primaryDns;
    QString secondaryDns;
    LastError lastError;
};

// The module as the workbench sees it: six sockets, QICFG settings,
// keepalive, DNS servers, the last error, identification and signal. Updated
// from command results and URCs, with a signal for every change; actions go
// through the engine (DESIGN.md, data flow). In buffer access mode it reads
// with AT+QIRD until "+QIRD: 0" after each recv URC; payloads over 512 bytes go
// out as 512-byte sends, each waiting for SEND OK, in a binary-safe form.
class ModuleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModuleSession)
public:
    static constexpr int SocketCount = 6;
    static constexpr int MaxSendChunk = 512; // manual 2.1.4
    static constexpr int ReadChunk = 512;    // manual 2.1.5

    explicit ModuleSession(at::CommandEngine *engine, QObject *parent = nullptr);

    [[nodiscard]] at::CommandEngine *engine() const { return m_engine; }
    [[nodiscard]] const SocketInfo &socket(int connectId) const;
    [[nodiscard]] const ModuleSettings &settings() const { return m_settings; }
    [[nodiscard]] const ModuleInfo &moduleInfo() const { return m_info; }

    // Identifies the module and reads its settings and sockets (after connecting).
    void synchronize();
    void refreshSockets();
    void refreshSignal();

    // Each action validates first; a refusal returns the reason and sends nothing.
    QString openSocket(const OpenParameters &parameters);
    QString closeSocket(int connectId);
    QString switchAccessMode(int connectId, AccessMode mode);
    QString readNow(int connectId);
    // Queues payload for a socket: cut into 512-byte sends, each in the form
    // `form` allows (Auto picks inline text or the binary-safe prompt form).
    enum class SendMode : quint8 { Auto, Hex };
    QString send(int connectId, const QByteArray &payload, SendMode mode = SendMode::Auto);
    [[nodiscard]] qint64 pendingSendBytes() const;

    QString ping(const PingParameters &parameters);
    QString synchronizeTime(int contextId, const QString &server, int port = 123, bool setClock = false);
    QString lookUpHost(int contextId, const QString &hostName);
    QString setDataFormat(bool sendHex, bool recvHex);
    QString setViewMode(bool on);
    QString setShowLength(bool on);
    QString setKeepAlive(const KeepAlive &keepAlive);
    QString setDnsServers(const QString &primary, const QString &secondary);
    QString queryLastError();
    // A line typed in the terminal, through the same engine and the same checks.
    QString sendTyped(const QByteArray &line);

signals:
    void socketChanged(int connectId);
    void settingsChanged();
    void moduleInfoChanged();
    void dataReceived(int connectId, const QByteArray &bytes, bool truncated);
    void openFinished(int connectId, bool ok, const QString &message);
    void closeFinished(int connectId, bool ok, const QString &message);
    // One 512-byte (or smaller) part of a send ended; `form` says how it went out.
    void sendChunkFinished(int connectId, qint64 bytes, bool ok, bc25::SendForm form, const QString &message);
    // A whole send() ended: all parts acknowledged, or the first failure.
    void sendFinished(int connectId, qint64 acknowledged, qint64 total, bool ok, const QString &message);
    void pingReply(const bc25::PingReply &reply);
    void pingFinished(bool ok, const bc25::PingSummary &summary, const QString &message);
    void timeSynchronized(bool ok, const bc25::NtpTime &time, const QString &message);
    void hostLookedUp(bool ok, const QString &host, const bc25::DnsResult &result, const QString &message);
    void urcReceived(const bc25::Urc &urc, const bc25::at::ResultLine &line);
    void incomingConnectionRefused();
    void moduleRestarted();
    // A command the user asked for failed; the text says why, with the manual's words.
    void commandFailed(const QString &message);
    // A typed command's answer, for the terminal.
    void typedCommandFinished(const bc25::at::CommandResult &result);

private:
    struct SendChunk
    {
        quint64 sendId = 0;
        int connectId = 0;
        QByteArray bytes;
        SendForm form = SendForm::InlineText;
        qint64 total = 0;
        bool last = false;
    };

    SocketInfo &mutableSocket(int connectId);
    void submit(BuildResult built, std::function<void(const at::CommandResult &)> onFinished = {});
    // A setting: refused with the catalog's reason, or sent; a failure is reported by commandFailed.
    QString configure(BuildResult built, std::function<void()> onAccepted = {});
    void onUrc(const at::ResultLine &line);
    void onData(int connectId, const QByteArray &bytes, bool truncated);
    void applyStatus(const SocketStatus &status);
    void resetSocket(int connectId);
    void drain(int connectId);
    void sendNextChunk();
    void failSend(quint64 sendId, const QString &message);
    static QString failureText(const at::CommandResult &result);
    static QString failureText(const at::OperationResult &result);

    at::CommandEngine *m_engine;
    std::array<SocketInfo, SocketCount> m_sockets;
    std::array<bool, SocketCount> m_draining {};
    std::array<bool, SocketCount> m_drainAgain {};
    ModuleSettings m_settings;
    ModuleInfo m_info;
    std::deque<SendChunk> m_sendQueue;
    bool m_sendInFlight = false;
    quint64 m_nextSendId = 1;
};

} // namespace bc25
