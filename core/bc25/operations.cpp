// SPDX-License-Identifier: MIT
#include "operations.h"

#include "commandcatalog.h"
#include "errorcodes.h"

#include <QHostAddress>

namespace bc25 {

using Match = at::OperationMatcher::Match;

// The engine asks every operation about every line: each looks its result
// names up in the catalog once, then compares QByteArray to QByteArray.

OpenOperation::OpenOperation(int connectId, const QString &host)
    : m_connectId(connectId)
    , m_timeoutMs(timeoutMsFor(host))
{
}

int OpenOperation::timeoutMsFor(const QString &host)
{
    return isIpAddress(host) ? IpTimeoutMs : DomainTimeoutMs;
}

bool OpenOperation::isIpAddress(const QString &host)
{
    return !QHostAddress(host).isNull();
}

Match OpenOperation::match(const at::ResultLine &line)
{
    static const QByteArray &open = CommandCatalog::resultName(CommandId::Open);
    if (line.name != open || line.fieldCount() != 2 || line.integer(0) != m_connectId)
        return Match::NotMine;
    return CommandCatalog::errorCode(line) == ErrorCodes::Success ? Match::Done : Match::Failed;
}

QString OpenOperation::description() const
{
    return tr("opening socket %1 (+QIOPEN)").arg(m_connectId);
}

Match SendOperation::match(const at::ResultLine &line)
{
    static const QByteArray &sendOk = CommandCatalog::resultName(ResultId::SendOk);
    static const QByteArray &sendFail = CommandCatalog::resultName(ResultId::SendFail);
    if (line.name == sendOk)
        return Match::Done;
    if (line.name == sendFail)
        return Match::Failed;
    return Match::NotMine;
}

QString SendOperation::description() const
{
    return tr("sending on socket %1 (SEND OK)").arg(m_connectId);
}

Match CloseOperation::match(const at::ResultLine &line)
{
    static const QByteArray &closeOk = CommandCatalog::resultName(ResultId::CloseOk);
    return line.name == closeOk ? Match::Done : Match::NotMine;
}

QString CloseOperation::description() const
{
    return tr("closing socket %1 (CLOSE OK)").arg(m_connectId);
}

PingOperation::PingOperation(int timeoutSeconds)
    // One request's wait, plus a margin; the timer restarts on every line.
    : m_timeoutMs((timeoutSeconds + 10) * 1000)
{
}

Match PingOperation::match(const at::ResultLine &line)
{
    static const QByteArray &ping = CommandCatalog::resultName(CommandId::Ping);
    if (line.name != ping || line.fieldCount() < 1 || !line.field(0).isInteger())
        return Match::NotMine;
    const qint64 result = line.integer(0);
    // 0 = an echo (IP, bytes, time, ttl), 1 = one request timed out; anything else ends it.
    if (result == 0 || result == 1)
        return Match::Progress;
    return result == 2 ? Match::Done : Match::Failed;
}

QString PingOperation::description() const
{
    return tr("ping (+QPING)");
}

Match NtpOperation::match(const at::ResultLine &line)
{
    // +QNTTP, or +QNTP on some firmware: both are the command's own prefixes.
    static const QList<QByteArray> &ntp = CommandCatalog::family().spec(CommandId::Ntp).ownedPrefixes;
    if (!ntp.contains(line.name) || line.fieldCount() < 1)
        return Match::NotMine;
    return CommandCatalog::errorCode(line) == ErrorCodes::Success ? Match::Done : Match::Failed;
}

QString NtpOperation::description() const
{
    return tr("time synchronisation (+QNTTP)");
}

Match DnsOperation::match(const at::ResultLine &line)
{
    static const QByteArray &urc = CommandCatalog::resultName(ResultId::Urc);
    if (line.name != urc || line.field(0).text != "dnsgip")
        return Match::NotMine;
    if (m_addressesLeft < 0) {
        // header: "dnsgip",<err>,<IP_count>,<DNS_ttl>
        if (CommandCatalog::errorCode(line) != ErrorCodes::Success)
            return Match::Failed;
        m_addressesLeft = int(line.integer(2, 0));
        return m_addressesLeft > 0 ? Match::Progress : Match::Done;
    }
    return --m_addressesLeft > 0 ? Match::Progress : Match::Done;
}

QString DnsOperation::description() const
{
    return tr("DNS lookup (+QIDNSGIP)");
}

} // namespace bc25
