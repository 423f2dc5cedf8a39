// SPDX-License-Identifier: MIT
#include "operations.h"

#include "commandcatalog.h"
#include "errorcodes.h"
#include "responses.h"

#include <QHostAddress>

namespace bc25 {

using Match = at::OperationMatcher::Match;

// The engine asks every operation about every line: each looks its result
// names up in the catalog once, then compares QByteArray to QByteArray.

OpenOperation::OpenOperation(int connectId, int timeoutMs)
    : m_connectId(connectId)
    , m_timeoutMs(timeoutMs)
{
}

int OpenOperation::timeoutMsFor(const CommandSpec &open, const QString &host)
{
    if (open.secondPhaseNameMs > 0 && !isIpAddress(host))
        return open.secondPhaseNameMs;
    return open.secondPhaseMs;
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

PingOperation::PingOperation(int timeoutSeconds, int successCode, QList<int> echoCodes, const QString &host)
    // One request's wait, plus a margin; the timer restarts on every line.
    : m_timeoutMs((timeoutSeconds + 10) * 1000)
    , m_successCode(successCode)
    , m_echoCodes(std::move(echoCodes))
    , m_host(host)
{
}

bool PingOperation::answersToldApart(const at::OperationMatcher &older) const
{
    const auto *ping = dynamic_cast<const PingOperation *>(&older);
    return ping && !m_host.isNull() && !ping->m_host.isNull() && !m_host.isEqual(ping->m_host);
}

Match PingOperation::match(const at::ResultLine &line)
{
    static const QByteArray &ping = CommandCatalog::resultName(CommandId::Ping);
    if (line.name != ping || line.fieldCount() < 1 || !line.field(0).isInteger())
        return Match::NotMine;
    const qint64 result = line.integer(0);
    // The summary <finresult>,<sent>,<rcvd>,<lost>,<min>,<max>,<avg> ends it whatever
    // its first field: the model's success code (2 on the BC25, 0 on the BG96,
    // whose echoes also start with 0) or why not.
    if (PingSummary::isSummary(line))
        return result == m_successCode ? Match::Done : Match::Failed;
    // A request's <result>, by the model's codes: 0 = an echo (IP, bytes, time,
    // ttl), 569 alone on the BC660K and the LTE modules = that request timed
    // out, and the next ones follow. Anything else is a <finresult> alone.
    if (m_echoCodes.contains(int(result))) {
        // An echo from another address than the one pinged is another ping's
        // (one that timed out, answering late: adversary pass 10, F10).
        if (!m_host.isNull() && line.fieldCount() > 1) {
            const QHostAddress from(QString::fromUtf8(line.field(1).text));
            if (!from.isNull() && !from.isEqual(m_host))
                return Match::NotMine;
        }
        m_echoSeen = true;
        return Match::Progress;
    }
    return result == m_successCode ? Match::Done : Match::Failed;
}

QString PingOperation::description() const
{
    return tr("ping (+QPING)");
}

Match NtpOperation::match(const at::ResultLine &line)
{
    // +QNTTP, or +QNTP on some firmware: both are the command's own prefixes.
    static const QList<QByteArray> &ntp = CommandCatalog::resultNames(CommandId::Ntp);
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
    static const QByteArray &lookup = CommandCatalog::resultName(CommandId::DnsLookup);
    // manual 2.1.10: +QIURC: "dnsgip",<err>,<IP_count>,<DNS_ttl>, then an address a line;
    // the BC660K prints the same fields as +QIDNSGIP: <err>,<IP_count>,<DNS_ttl>, +QIDNSGIP: <ip>.
    int first = 0; // the field that holds <err>, then the address
    if (line.name == urc && line.field(0).text == "dnsgip")
        first = 1;
    else if (line.name != lookup)
        return Match::NotMine;
    if (m_addressesLeft < 0) {
        if (line.integer(first, -1) != ErrorCodes::Success)
            return Match::Failed;
        m_addressesLeft = int(line.integer(first + 1, 0));
        return m_addressesLeft > 0 ? Match::Progress : Match::Done;
    }
    return --m_addressesLeft > 0 ? Match::Progress : Match::Done;
}

QString DnsOperation::description() const
{
    return tr("DNS lookup (+QIDNSGIP)");
}

} // namespace bc25
