// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"
#include "at/resultline.h"
#include "commands.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace bc25 {

class CommandCatalog;

// The first "+NAME:" line answering `command` in a transaction, or nullptr
// (AT+CSQ's +CSQ:, AT+CEREG?'s +CEREG:): the session, the health check and the
// soak monitor read their answers through it.
const at::ResultLine *answerLine(const at::Transaction &transaction, CommandId command);

// Whether an AT+QIACT? answer (the LTE modules) lists the context as active:
// the health check and the recipes' context.ensure() read it alike.
bool contextActivated(const at::Transaction &query, qint64 contextId, const CommandCatalog &catalog);

// Typed forms of the manual's result lines and URCs (chapter 2). Each parse
// function takes a ResultLine and returns nothing when the line is not of its
// kind; the session and the decoder use them so that no view parses AT text.

// manual 2.1.3, <socket_state>
enum class SocketState : quint8 {
    Idle = 0, Connecting = 1, Connected = 2, Closing = 3, RemoteClosing = 4, Closed = 5,
};

// +QISTATE: <connectID>,<service_type>,<IP_address>,<remote_port>,<local_port>,<socket_state>,<contextID>,<access_mode>
struct SocketStatus
{
    int connectId = -1;
    QByteArray service;   // "TCP", "UDP", "TCP LISTENER", "TCP INCOMING", "UDP SERVICE"
    QString address;
    int remotePort = 0;
    int localPort = 0;
    SocketState state = SocketState::Idle;
    int contextId = 1;
    AccessMode accessMode = AccessMode::Buffer;

    static std::optional<SocketStatus> parse(const at::ResultLine &line);
};

// +QPING: 0,<IP_address>,<bytes>,<time>,<ttl> or +QPING: 1 (one request timed out)
struct PingReply
{
    int result = 0;       // 0 echo, 1 timeout, else an error code
    QString address;
    int bytes = 0;
    int timeMs = 0;
    int ttl = 0;

    static std::optional<PingReply> parse(const at::ResultLine &line);
};

// +QPING: <finresult>[,<sent>,<rcvd>,<lost>,<min>,<max>,<avg>]
struct PingSummary
{
    int result = 2;       // the model's success code (2 on the BC25, 0 on the BG96); else an error code
    int sent = 0;
    int received = 0;
    int lost = 0;
    int minMs = 0;
    int maxMs = 0;
    int avgMs = 0;

    // manual 2.1.8: +QPING: <finresult>,<sent>,<rcvd>,<lost>,<min>,<max>,<avg>. A
    // line of this many fields is the summary whatever its first (the BG96's
    // success code 0 also starts each echo); a shorter one is an echo or a lost request.
    static constexpr int FieldCount = 7;
    [[nodiscard]] static bool isSummary(const at::ResultLine &line) { return line.fieldCount() >= FieldCount; }

    static std::optional<PingSummary> parse(const at::ResultLine &line);
};

// +QNTTP: <err>,"YYYY/MM/DD,hh:mm:ss±zz" (the example prints YY/MM/DD; zz in quarter hours)
struct NtpTime
{
    int error = 0;
    QString text;         // as printed
    QDateTime utc;        // invalid when the text does not parse

    static std::optional<NtpTime> parse(const at::ResultLine &line);
    static QDateTime parseModuleTime(const QString &text);
};

// The "dnsgip" lines of one lookup, collected.
struct DnsResult
{
    int error = 0;
    int ttl = 0;
    QStringList addresses;

    static DnsResult fromLines(const QList<at::ResultLine> &lines);
};

// +QIGETERROR: <err>,<errcode_description>
struct LastError
{
    int code = 0;
    QString description;

    static std::optional<LastError> parse(const at::ResultLine &line);
};

// +QIKALIVE: <on>,<idle>,<interval>,<count>
struct KeepAlive
{
    bool on = false;
    int idleSeconds = 60;
    int intervalSeconds = 10;
    int count = 9;

    static std::optional<KeepAlive> parse(const at::ResultLine &line);
};

// The +QIURC codes of chapter 2.2 (and the family's "pdpdeact").
struct Urc
{
    enum class Type : quint8 {
        Recv,          // "recv",<id>[,<length>]
        BufferFull,    // "recv",<id>,"buff full"
        Closed,        // "closed",<id>
        Incoming,      // "incoming",<id>,<serverID>,<remoteIP>,<remote_port>
        IncomingFull,  // "incoming full"
        DnsGip,        // "dnsgip",... (part of a lookup)
        PdpDeactivated,// "pdpdeact",<contextID>
        Other,
    };

    Type type = Type::Other;
    int connectId = -1;
    int length = -1;       // Recv with a length
    int serverId = -1;
    QString remoteAddress;
    int remotePort = 0;
    int contextId = -1;

    static std::optional<Urc> parse(const at::ResultLine &line);
    static QString typeName(Type type);
};

} // namespace bc25
