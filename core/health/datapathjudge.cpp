// SPDX-License-Identifier: MIT
#include "datapathjudge.h"

#include "bc25/commandcatalog.h"
#include "bc25/commands.h"
#include "bc25/errorcodes.h"
#include "bc25/responses.h"
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

} // namespace

void DataPathJudge::dns(CheckResult &r, const QList<at::Transaction> &e, const HealthSettings &s, const CommandCatalog &c)
{
    QString servers;
    if (const at::Transaction *cfg = CheckJudge::find(c, e, CommandId::DnsServers)) {
        if (const at::ResultLine *line = answerLine(*cfg, CommandId::DnsServers)) {
            QStringList list;
            for (const at::Field &field : line->fields())
                list << QString::fromLatin1(field.text);
            if (Commands::dnsServersPerContext(c) && !list.isEmpty())
                list.removeFirst(); // +QIDNSCFG: <contextID>,<pridnsaddr>,<secdnsaddr>
            servers = list.join(QLatin1String(", "));
        }
    }
    const at::Transaction *lookup = CheckJudge::find(c, e, CommandId::DnsLookup);
    if (!lookup) {
        if (s.dnsHost.isEmpty())
            set(r, Verdict::Pass, tr("DNS servers: %1 (no name was given to look up).").arg(servers));
        else
            set(r, Verdict::Fail, tr("The DNS servers could not be read."), tr("Restart the module and check again."));
        return;
    }
    const DnsResult result = DnsResult::fromLines(lookup->operation.lines);
    const bool usable = std::any_of(result.addresses.cbegin(), result.addresses.cend(), &CheckJudge::isUsableAddress);
    if (CheckJudge::succeeded(*lookup) && result.error == 0 && usable) {
        set(r, Verdict::Pass, tr("%1 is %2 (DNS servers: %3).").arg(s.dnsHost, result.addresses.join(QLatin1String(", ")), servers));
        return;
    }
    // Adversary pass 9 F6: a lookup that succeeds with no address, or with 0.0.0.0 only
    // (a name a resolver blocks), said so, not a failure with no words.
    const QString why = CheckJudge::succeeded(*lookup) && result.error == 0
            ? (result.addresses.isEmpty() ? tr("the lookup succeeded but gave no address")
                                          : tr("the lookup gave no usable address (%1)").arg(result.addresses.join(QLatin1String(", "))))
            : failure(*lookup, e, c);
    const int code = errorCode(*lookup, e, c);
    set(r, Verdict::Fail, tr("%1 did not resolve: %2 (DNS servers: %3).").arg(s.dnsHost, why, servers),
        result.error == ErrorCodes::DnsParseFailed || code == ErrorCodes::DnsParseFailed
                ? tr("The DNS servers give no answer: set servers that work here with AT+QIDNSCFG (the operator's, or "
                     "a public one), or check that the name exists.")
                : adviceFor(code, c));
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
    if (!summary || summary->sent <= 0) {
        set(r, Verdict::Fail, tr("Ping to %1 gave no summary.").arg(s.pingHost), adviceFor(-1, c));
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
