// SPDX-License-Identifier: MIT
#include "responses.h"

#include "commandcatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bc25 {

namespace {

// The result names, looked up in the catalog once: parsing a line costs one comparison.
const QByteArray &urcName()
{
    static const QByteArray &name = CommandCatalog::resultName(ResultId::Urc);
    return name;
}

const QByteArray &pingName()
{
    static const QByteArray &name = CommandCatalog::resultName(CommandId::Ping);
    return name;
}

} // namespace

const at::ResultLine *answerLine(const at::Transaction &transaction, CommandId command)
{
    const QByteArray &name = CommandCatalog::resultName(command);
    for (const at::ResultLine &line : transaction.lines) {
        if (line.prefixed && line.name == name)
            return &line;
    }
    return nullptr;
}

bool contextActivated(const at::Transaction &query, qint64 contextId, const CommandCatalog &catalog)
{
    // +QIACT: <contextID>,<context_state>,<context_type>,"<IP_address>": state 1 is activated (EC200U AN 2.4.3).
    // The name is the model's: the family's table (the BC25's) has no AT+QIACT.
    const CommandSpec *spec = catalog.specOrNull(CommandId::ContextActivate);
    if (!spec || spec->ownedPrefixes.isEmpty())
        return false;
    for (const at::ResultLine &line : query.lines) {
        if (line.prefixed && line.name == spec->ownedPrefixes.constFirst()
            && line.integer(0) == contextId && line.integer(1) == 1)
            return true;
    }
    return false;
}

std::optional<SocketStatus> SocketStatus::parse(const at::ResultLine &line)
{
    static const QByteArray &stateName = CommandCatalog::resultName(CommandId::State);
    // The BC25 prints 8 fields (manual 2.1.3); the BG9x and EC200U 10, with
    // <serverID> before <access_mode> and <AT_port> after it (BG96 TCP/IP AN 2.2.6).
    if (line.name != stateName || line.fieldCount() < 8 || !line.field(0).isInteger())
        return std::nullopt;
    SocketStatus status;
    status.connectId = int(line.integer(0));
    status.service = line.field(1).text;
    status.address = QString::fromLatin1(line.field(2).text);
    status.remotePort = int(line.integer(3, 0));
    status.localPort = int(line.integer(4, 0));
    status.state = static_cast<SocketState>(qBound(qint64(0), line.integer(5, 0), qint64(5)));
    status.contextId = int(line.integer(6, 1));
    status.accessMode = line.integer(7, 0) == 1 ? AccessMode::DirectPush : AccessMode::Buffer;
    if (line.fieldCount() >= 10) {
        // The LTE modules (BG96 TCP/IP Application Note V1.2, 2.2.6): …,<contextID>,<serverID>,
        // <access_mode>,"<AT_port>", and <socket_state> 0 Initial, 1 Opening, 2 Connected,
        // 3 Listening, 4 Closing.
        static constexpr SocketState lteStates[] = {SocketState::Idle, SocketState::Connecting, SocketState::Connected,
                                                    SocketState::Connected, SocketState::RemoteClosing};
        status.state = lteStates[qBound(qint64(0), line.integer(5, 0), qint64(4))];
        status.accessMode = line.integer(8, 0) == 1 ? AccessMode::DirectPush : AccessMode::Buffer;
    }
    return status;
}

std::optional<PingReply> PingReply::parse(const at::ResultLine &line)
{
    if (line.name != pingName() || !line.field(0).isInteger())
        return std::nullopt;
    PingReply reply;
    reply.result = int(line.integer(0));
    if (reply.result == 0 && line.fieldCount() == 5) {
        reply.address = QString::fromLatin1(line.field(1).text);
        reply.bytes = int(line.integer(2, 0));
        reply.timeMs = int(line.integer(3, 0));
        reply.ttl = int(line.integer(4, 0));
        return reply;
    }
    if (reply.result == 1 && line.fieldCount() <= 5)
        return reply;
    return std::nullopt;
}

std::optional<PingSummary> PingSummary::parse(const at::ResultLine &line)
{
    if (line.name != pingName() || !line.field(0).isInteger())
        return std::nullopt;
    const int result = int(line.integer(0));
    // The summary whatever its code (the BG96's "0 It is finished normally");
    // a shorter line starting 0 or 1 is an echo or a lost request.
    if ((result == 0 || result == 1) && !isSummary(line))
        return std::nullopt;
    PingSummary summary;
    summary.result = result;
    if (isSummary(line)) {
        summary.sent = int(line.integer(1, 0));
        summary.received = int(line.integer(2, 0));
        summary.lost = int(line.integer(3, 0));
        summary.minMs = int(line.integer(4, 0));
        summary.maxMs = int(line.integer(5, 0));
        summary.avgMs = int(line.integer(6, 0));
    }
    return summary;
}

QDateTime NtpTime::parseModuleTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
            R"(^(\d{2}|\d{4})/(\d{1,2})/(\d{1,2}),(\d{1,2}):(\d{2}):(\d{2})([+-]\d{1,2})?$)"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    int year = m.captured(1).toInt();
    if (m.captured(1).size() == 2)
        year += 2000;
    const QDate date(year, m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    // The clock shows local time; ±zz is its offset from UTC in quarter hours (3GPP TS 27.007 +CCLK).
    const int quarters = m.captured(7).isEmpty() ? 0 : m.captured(7).toInt();
    return QDateTime(date, time, Qt::UTC).addSecs(-qint64(quarters) * 15 * 60);
}

std::optional<NtpTime> NtpTime::parse(const at::ResultLine &line)
{
    // +QNTTP, or +QNTP on some firmware: both are the command's own prefixes.
    static const QList<QByteArray> &ntpNames = CommandCatalog::resultNames(CommandId::Ntp);
    if (!ntpNames.contains(line.name) || !line.field(0).isInteger())
        return std::nullopt;
    NtpTime ntp;
    ntp.error = int(line.integer(0));
    // The quoted time holds a comma; a module that leaves the quotes out splits it in two.
    QStringList parts;
    for (int i = 1; i < line.fieldCount(); ++i)
        parts << QString::fromLatin1(line.field(i).text);
    ntp.text = parts.join(QLatin1Char(','));
    ntp.utc = parseModuleTime(ntp.text);
    return ntp;
}

DnsResult DnsResult::fromLines(const QList<at::ResultLine> &lines)
{
    static const QByteArray &lookupName = CommandCatalog::resultName(CommandId::DnsLookup);
    DnsResult result;
    bool header = true;
    for (const at::ResultLine &line : lines) {
        // manual 2.1.10: +QIURC: "dnsgip",<err>,<IP_count>,<DNS_ttl>, then +QIURC: "dnsgip",<ip>;
        // the BC660K prints the same fields as +QIDNSGIP: lines, without "dnsgip".
        int first = 0;
        if (line.name == urcName() && line.field(0).text == "dnsgip")
            first = 1;
        else if (line.name != lookupName)
            continue;
        if (header) {
            result.error = int(line.integer(first, 0));
            result.ttl = int(line.integer(first + 2, 0));
            header = false;
        } else {
            result.addresses << QString::fromLatin1(line.field(first).text);
        }
    }
    return result;
}

std::optional<LastError> LastError::parse(const at::ResultLine &line)
{
    static const QByteArray &lastErrorName = CommandCatalog::resultName(CommandId::LastError);
    if (line.name != lastErrorName || !line.field(0).isInteger())
        return std::nullopt;
    QStringList text;
    for (int i = 1; i < line.fieldCount(); ++i)
        text << QString::fromLatin1(line.field(i).text);
    return LastError {int(line.integer(0)), text.join(QLatin1Char(','))};
}

std::optional<KeepAlive> KeepAlive::parse(const at::ResultLine &line)
{
    static const QByteArray &keepAliveName = CommandCatalog::resultName(CommandId::KeepAlive);
    if (line.name != keepAliveName || !line.field(0).isInteger())
        return std::nullopt;
    KeepAlive keepAlive;
    keepAlive.on = line.integer(0) == 1;
    keepAlive.idleSeconds = int(line.integer(1, keepAlive.idleSeconds));
    keepAlive.intervalSeconds = int(line.integer(2, keepAlive.intervalSeconds));
    keepAlive.count = int(line.integer(3, keepAlive.count));
    return keepAlive;
}

std::optional<Urc> Urc::parse(const at::ResultLine &line)
{
    if (line.name != urcName() || line.fieldCount() < 1)
        return std::nullopt;
    Urc urc;
    const QByteArray &type = line.field(0).text;
    if (type == "recv") {
        urc.connectId = int(line.integer(1));
        if (line.field(2).text == "buff full") {
            urc.type = Type::BufferFull;
        } else {
            urc.type = Type::Recv;
            urc.length = int(line.integer(2, -1));
        }
    } else if (type == "closed") {
        urc.type = Type::Closed;
        urc.connectId = int(line.integer(1));
    } else if (type == "incoming full") {
        urc.type = Type::IncomingFull;
    } else if (type == "incoming") {
        urc.type = Type::Incoming;
        urc.connectId = int(line.integer(1));
        urc.serverId = int(line.integer(2));
        urc.remoteAddress = QString::fromLatin1(line.field(3).text);
        urc.remotePort = int(line.integer(4, 0));
    } else if (type == "dnsgip") {
        urc.type = Type::DnsGip;
    } else if (type == "pdpdeact") {
        urc.type = Type::PdpDeactivated;
        urc.contextId = int(line.integer(1));
    }
    return urc;
}

QString Urc::typeName(Type type)
{
    switch (type) {
    case Type::Recv: return QCoreApplication::translate("bc25::Urc", "data received");
    case Type::BufferFull: return QCoreApplication::translate("bc25::Urc", "buffer full");
    case Type::Closed: return QCoreApplication::translate("bc25::Urc", "connection closed");
    case Type::Incoming: return QCoreApplication::translate("bc25::Urc", "incoming connection");
    case Type::IncomingFull: return QCoreApplication::translate("bc25::Urc", "incoming connection refused: no free socket");
    case Type::DnsGip: return QCoreApplication::translate("bc25::Urc", "DNS result");
    case Type::PdpDeactivated: return QCoreApplication::translate("bc25::Urc", "PDP context deactivated");
    case Type::Other: return QCoreApplication::translate("bc25::Urc", "other");
    }
    return {};
}

} // namespace bc25
