// SPDX-License-Identifier: MIT
#include "datapathjudge.h"

#include "bc25/commandcatalog.h"
#include "bc25/commands.h"
#include "bc25/errorcodes.h"
#include "bc25/responses.h"
#include "bc25/usableaddress.h"
#include "checkjudge.h"

#include <algorithm>

namespace bc25::health {

namespace {

void set(CheckResult &r, Verdict verdict, const QString &summary, const QString &advice = {})
{
    r.verdict = verdict;
    r.summary = summary;
    r.advice = advice;
}

// The <err> of chapter 3 a failed second phase carries, -1 when none.
int operationError(const at::Transaction &t)
{
    for (qsizetype i = t.operation.lines.size() - 1; i >= 0; --i) {
        const int code = CommandCatalog::errorCode(t.operation.lines.at(i));
        if (code > 0)
            return code;
    }
    return -1;
}

// The module's own reason for a bare ERROR: the AT+QIGETERROR the plan sent
// right after it (PlannedCommand::Role::Explain).
std::optional<LastError> explanation(const at::Transaction &t, const QList<at::Transaction> &e, const CommandCatalog &c)
{
    if (t.status != at::Transaction::Status::Error)
        return std::nullopt;
    for (qsizetype i = 0; i + 1 < e.size(); ++i) {
        if (&e.at(i) != &t)
            continue;
        const at::Transaction &next = e.at(i + 1);
        const ParsedCommand parsed = c.parse(next.command);
        if (!parsed.spec || parsed.spec->id != CommandId::LastError)
            return std::nullopt;
        for (const at::ResultLine &line : next.lines)
            if (auto error = LastError::parse(line))
                return error;
    }
    return std::nullopt;
}

// The <err> that says why `t` failed: its second phase's, else the explained ERROR's; -1 when none.
int errorCode(const at::Transaction &t, const QList<at::Transaction> &e, const CommandCatalog &c)
{
    if (const int code = operationError(t); code > 0)
        return code;
    const auto error = explanation(t, e, c);
    return error && error->code != ErrorCodes::Success ? error->code : -1;
}

// What went wrong, with the module's reason when it gave one.
QString failure(const at::Transaction &t, const QList<at::Transaction> &e, const CommandCatalog &c)
{
    const QString what = CheckJudge::failure(t);
    const auto error = explanation(t, e, c);
    if (!error || error->code == ErrorCodes::Success)
        return what;
    return DataPathJudge::tr("%1 The module says why: %2.").arg(what, ErrorCodes::describe(error->code));
}

// What to do about a code a data path met: the codes' one wording (ErrorCodes::advice,
// also F1's "What to do"), in the model's way to bring a context up (AT+QIACT on the LTE modules).
QString adviceFor(int code, const CommandCatalog &c)
{
    if (const QString advice = ErrorCodes::advice(code, -1, c.specOrNull(CommandId::ContextActivate) != nullptr);
        !advice.isEmpty())
        return advice;
    return DataPathJudge::tr("Check the context's state (AT+QISTATE, AT+CGPADDR) and try again.");
}

// Why a ping's summary cannot be taken at its word, empty when it can: its
// counts or times contradict themselves, or the echo lines before it
// (adversary pass 10 F9: "8 of 4 echoes back (-100% lost)", -1 ms, a summary
// with no echo, echoes from 0.0.0.0 passed).
QString pingContradiction(const PingSummary &p, const QList<at::ResultLine> &lines, const QString &host)
{
    if (p.received < 0 || p.lost < 0 || p.received > p.sent || p.received + p.lost != p.sent)
        return DataPathJudge::tr("its summary counts %1 sent, %2 received and %3 lost, which do not add up")
                .arg(p.sent).arg(p.received).arg(p.lost);
    if (p.received > 0 && (p.minMs < 0 || p.minMs > p.avgMs || p.avgMs > p.maxMs))
        return DataPathJudge::tr("its summary gives the round trips %1/%2/%3 ms (min/avg/max), which cannot be")
                .arg(p.minMs).arg(p.avgMs).arg(p.maxMs);
    const UsableAddress::Use use = UsableAddress::isLoopbackHost(host) ? UsableAddress::Use::LoopbackHost : UsableAddress::Use::Host;
    int echoes = 0;
    for (const at::ResultLine &line : lines) {
        const std::optional<PingReply> reply = PingSummary::isSummary(line) ? std::nullopt : PingReply::parse(line);
        if (!reply || reply->result != 0)
            continue;
        ++echoes;
        if (const QString why = UsableAddress::whyNot(reply->address, use); !why.isEmpty())
            return DataPathJudge::tr("an echo came from \"%1\": %2").arg(reply->address, why);
        if (reply->timeMs < 0)
            return DataPathJudge::tr("an echo took %1 ms").arg(reply->timeMs);
    }
    if (echoes != p.received)
        return DataPathJudge::tr("its summary counts %1 echoes back, but %2 echo lines came before it").arg(p.received).arg(echoes);
    return {};
}

} // namespace

void DataPathJudge::dns(CheckResult &r, const QList<at::Transaction> &e, const HealthSettings &s, const CommandCatalog &c)
{
    QStringList servers;
    if (const at::Transaction *cfg = CheckJudge::find(c, e, CommandId::DnsServers)) {
        if (const at::ResultLine *line = answerLine(*cfg, CommandId::DnsServers)) {
            for (const at::Field &field : line->fields())
                servers << QString::fromLatin1(field.text);
            if (Commands::dnsServersPerContext(c) && !servers.isEmpty())
                servers.removeFirst(); // +QIDNSCFG: <contextID>,<pridnsaddr>,<secdnsaddr>
        }
    }
    // New-user pass 10: 0.0.0.0 is a server not set, said so whether the lookup passes or fails.
    const bool noServer = !servers.isEmpty() && std::all_of(servers.cbegin(), servers.cend(), &UsableAddress::isUnspecified);
    QStringList unset = servers;
    unset.removeDuplicates();
    const QString serversSeen = noServer ? tr("no DNS server is set (%1)").arg(unset.join(QLatin1String(", ")))
                                         : tr("DNS servers: %1").arg(servers.join(QLatin1String(", ")));
    const at::Transaction *lookup = CheckJudge::find(c, e, CommandId::DnsLookup);
    if (!lookup) {
        if (s.dnsHost.isEmpty())
            set(r, Verdict::Pass, tr("%1 (no name was given to look up).").arg(serversSeen));
        else
            set(r, Verdict::Fail, tr("The DNS servers could not be read."), tr("Restart the module and check again."));
        return;
    }
    const DnsResult result = DnsResult::fromLines(lookup->operation.lines);
    // "localhost" is 127.0.0.1 (RFC 6761 6.3); another name that is, a resolver blocked.
    const UsableAddress::Use use = UsableAddress::isLoopbackHost(s.dnsHost) ? UsableAddress::Use::LoopbackHost
                                                                            : UsableAddress::Use::Host;
    QStringList unusable;
    for (const QString &address : result.addresses)
        if (const QString why = UsableAddress::whyNot(address, use); !why.isEmpty())
            unusable << why;
    const bool usable = unusable.size() < result.addresses.size();
    if (CheckJudge::succeeded(*lookup) && result.error == 0 && usable) {
        set(r, Verdict::Pass, tr("%1 is %2; %3.").arg(s.dnsHost, result.addresses.join(QLatin1String(", ")), serversSeen));
        return;
    }
    // Adversary pass 9 F6: a lookup that succeeds with no address, or with 0.0.0.0 only
    // (a name a resolver blocks), said so, not a failure with no words.
    const QString why = CheckJudge::succeeded(*lookup) && result.error == 0
            ? (result.addresses.isEmpty() ? tr("the lookup succeeded but gave no address")
                                          : tr("the lookup gave no usable address (%1): %2")
                                                    .arg(result.addresses.join(QLatin1String(", ")), unusable.join(QLatin1String("; "))))
            : failure(*lookup, e, c);
    const int code = errorCode(*lookup, e, c);
    QString advice = adviceFor(code, c);
    if (noServer)
        advice = tr("No DNS server is set (%1): set servers that work here with AT+QIDNSCFG (the operator's, or a public "
                    "one).").arg(unset.join(QLatin1String(", ")));
    else if (result.error == ErrorCodes::DnsParseFailed || code == ErrorCodes::DnsParseFailed)
        advice = tr("The DNS servers give no answer: set servers that work here with AT+QIDNSCFG (the operator's, or "
                    "a public one), or check that the name exists.");
    set(r, Verdict::Fail, tr("%1 did not resolve: %2; %3.").arg(s.dnsHost, why, serversSeen), advice);
}

void DataPathJudge::ping(CheckResult &r, const QList<at::Transaction> &e, const HealthSettings &s, const CommandCatalog &c)
{
    const at::Transaction *ping = CheckJudge::find(c, e, CommandId::Ping);
    if (!ping || !CheckJudge::succeeded(*ping)) {
        const int code = ping ? errorCode(*ping, e, c) : -1;
        set(r, Verdict::Fail, tr("Ping to %1 failed: %2").arg(s.pingHost, ping ? failure(*ping, e, c) : QString()),
            adviceFor(code, c));
        return;
    }
    std::optional<PingSummary> summary;
    for (const at::ResultLine &line : ping->operation.lines)
        if (auto parsed = PingSummary::parse(line))
            summary = parsed;
    if (!summary) {
        set(r, Verdict::Fail, tr("Ping to %1 gave no summary.").arg(s.pingHost), adviceFor(-1, c));
        return;
    }
    if (summary->sent <= 0) {
        set(r, Verdict::Fail, tr("Ping to %1: the module's summary says no request was sent.").arg(s.pingHost), adviceFor(-1, c));
        return;
    }
    if (const QString why = pingContradiction(*summary, ping->operation.lines, s.pingHost); !why.isEmpty()) {
        set(r, Verdict::Fail, tr("Ping to %1 cannot be read: %2.").arg(s.pingHost, why),
            tr("The module's answer contradicts itself: compare its firmware with the one Quectel recommends, and "
               "run the check again."));
        return;
    }
    const int loss = summary->lost * 100 / summary->sent;
    const QString seen = tr("%1: %2 of %3 echoes back (%4% lost), round trip %5/%6/%7 ms (min/avg/max).")
                                 .arg(s.pingHost, QString::number(summary->received), QString::number(summary->sent), QString::number(loss),
                                      QString::number(summary->minMs), QString::number(summary->avgMs), QString::number(summary->maxMs));
    if (summary->received == 0)
        set(r, Verdict::Fail, seen, tr("No echo came back: the host is down or does not answer ping (many servers "
                                       "block ICMP); try another host, such as the DNS server."));
    else if (loss > 0)
        set(r, Verdict::Warning, seen, tr("Some echoes were lost: with a weak signal (see the signal check) the radio lost "
                                          "them; with a good one the network is congested or the host limits ping. The "
                                          "soak monitor shows which over a longer time."));
    else if (summary->avgMs > s.maxAverageMs)
        set(r, Verdict::Warning, seen, tr("Slow round trips: the signal is weak (coverage enhancement) or the network "
                                          "is congested; allow for it in the application's time-outs."));
    else
        set(r, Verdict::Pass, seen);
}

void DataPathJudge::tcp(CheckResult &r, const QList<at::Transaction> &e, const HealthSettings &s, const CommandCatalog &c)
{
    const at::Transaction *open = CheckJudge::find(c, e, CommandId::Open);
    const QString server = QStringLiteral("%1:%2").arg(s.serverHost, QString::number(s.serverPort));
    if (open && CheckJudge::succeeded(*open)) {
        // "Then closed" only on the module's word: a close that failed leaves the socket open.
        const at::Transaction *close = CheckJudge::find(c, e, CommandId::Close);
        if (close && CheckJudge::succeeded(*close))
            set(r, Verdict::Pass, tr("Connected to %1 in %2 ms, then closed.").arg(server, QString::number(open->operationLatencyMs())));
        else
            set(r, Verdict::Warning,
                tr("Connected to %1 in %2 ms, but the socket was not closed: %3")
                        .arg(server, QString::number(open->operationLatencyMs()),
                             close ? failure(*close, e, c) : tr("AT+QICLOSE was not answered.")),
                tr("The socket may still be open on the module: close it (AT+QICLOSE) or restart the module."));
        return;
    }
    const int code = open ? errorCode(*open, e, c) : -1;
    QString advice = adviceFor(code, c);
    if (open && open->operation.status == at::OperationResult::Status::Timeout)
        advice = adviceFor(ErrorCodes::OperationTimeout, c);
    set(r, Verdict::Fail, tr("Could not connect to %1: %2").arg(server, open ? failure(*open, e, c) : QString()), advice);
}

void DataPathJudge::time(CheckResult &r, const QList<at::Transaction> &e, const HealthSettings &s, const QDateTime &now,
                         const CommandCatalog &c)
{
    const at::Transaction *ntp = CheckJudge::find(c, e, CommandId::Ntp);
    if (!ntp || !CheckJudge::succeeded(*ntp)) {
        const int code = ntp ? errorCode(*ntp, e, c) : -1;
        set(r, Verdict::Fail, tr("No time from %1: %2").arg(s.ntpServer, ntp ? failure(*ntp, e, c) : QString()),
            code == ErrorCodes::DnsParseFailed
                    ? adviceFor(code, c)
                    : tr("The NTP server does not answer: check its name, and that UDP port %1 is let out.").arg(s.ntpPort));
        return;
    }
    std::optional<NtpTime> time;
    for (const at::ResultLine &line : ntp->operation.lines)
        if (auto parsed = NtpTime::parse(line))
            time = parsed;
    if (!time || !time->utc.isValid()) {
        set(r, Verdict::Warning, tr("%1 answered a time that could not be read.").arg(s.ntpServer),
            tr("Compare the module's firmware with the one Quectel recommends."));
        return;
    }
    const qint64 offset = now.secsTo(time->utc);
    const QString seen = tr("The module's time (%1) is %2 s from this computer's.").arg(time->text, QString::number(offset));
    if (qAbs(offset) > s.maxClockOffsetSeconds)
        set(r, Verdict::Warning, seen, tr("One of the two clocks is wrong: check this computer's time, then the NTP server."));
    else
        set(r, Verdict::Pass, seen);
}

} // namespace bc25::health
