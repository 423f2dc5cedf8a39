// SPDX-License-Identifier: MIT
#include "healthhtmlreport.h"

#include "bc25/responses.h"
#include "checkjudge.h"
#include "healthplan.h"
#include "healthreport.h"
#include "moduleidentity.h"
#include "runverdict.h"

namespace bc25::health {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Module bytes as text: Latin-1 keeps every byte visible, then escaped.
QString esc(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes).toHtmlEscaped();
}

const char *verdictClass(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass: return "pass";
    case Verdict::Warning: return "warning";
    case Verdict::Fail: return "fail";
    case Verdict::NotRun: break;
    }
    return "notrun";
}

const char *const Style =
    "body{font-family:sans-serif;margin:2em;color:#222;max-width:60em}"
    "h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}"
    "table.meta td{padding:.1em 1em .1em 0;vertical-align:top}"
    ".check{border:1px solid #ccc;border-radius:4px;padding:.6em 1em;margin:.8em 0}"
    ".verdict{display:inline-block;min-width:5em;text-align:center;border-radius:3px;padding:.1em .5em;"
    "font-weight:bold;color:#fff;margin-right:.6em}"
    ".pass{background:#2e7d32}.warning{background:#ef8f00}.fail{background:#c62828}.notrun{background:#757575}"
    ".check h3{display:inline;font-size:1em}"
    "pre{background:#f5f5f5;padding:.4em;white-space:pre-wrap;word-break:break-all;margin:.2em 0}"
    "table.tx{border-collapse:collapse;margin:.4em 0;width:100%}"
    "table.tx td{border:1px solid #ddd;padding:.2em .5em;vertical-align:top}"
    "table.tx td:first-child{width:9em;color:#555}"
    ".advice{color:#444}svg{display:block;margin:.5em 0}"
    ".headline{border-radius:4px;padding:.6em 1em;margin:.8em 0;color:#fff;font-size:1.1em}"
    ".headline b{margin-right:.6em}";

// The run's verdict's colour: a pass green, a warning amber, a failure or a run not complete red.
const char *headlineClass(RunVerdict::Kind kind)
{
    switch (kind) {
    case RunVerdict::Kind::Passed: return "pass";
    case RunVerdict::Kind::PassedWithWarnings: return "warning";
    case RunVerdict::Kind::Failed: break;
    case RunVerdict::Kind::Incomplete: break;
    }
    return "fail";
}

QString transactionHtml(const at::Transaction &t, const ReportContext &context)
{
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label, value);
    };
    QString html = QStringLiteral("<table class=\"tx\">");
    html += row(HealthHtmlReport::tr("Command"), QStringLiteral("<code>%1</code>").arg(esc(t.command)));
    QStringList lines;
    QString final;
    for (const at::ResultLine &line : t.lines) {
        if (line.isFinal())
            final = esc(line.text);
        else
            lines << esc(line.text);
    }
    for (const at::ResultLine &line : t.operation.lines)
        lines << esc(line.text);
    html += row(HealthHtmlReport::tr("Answer"), lines.isEmpty() ? HealthHtmlReport::tr("(no lines)")
                                                                : QStringLiteral("<pre>%1</pre>").arg(lines.join(QLatin1Char('\n'))));
    // No final line: say why in the reader's language (not the JSON's status names).
    const bool ended = t.status == at::Transaction::Status::Timeout || t.status == at::Transaction::Status::Aborted;
    if (final.isEmpty()) {
        final = t.status == at::Transaction::Status::Timeout   ? HealthHtmlReport::tr("none: the time limit passed")
              : t.status == at::Transaction::Status::Aborted ? HealthHtmlReport::tr("none: ended before it came")
                                                               : HealthHtmlReport::tr("none yet");
    }
    html += row(HealthHtmlReport::tr("Final result"), final);
    if (!t.errors.isEmpty()) {
        QStringList errors;
        for (const QString &e : t.errors)
            errors << esc(e);
        html += row(HealthHtmlReport::tr("Errors"), errors.join(QStringLiteral("<br>")));
    }
    if (!t.message.isEmpty())
        html += row(HealthHtmlReport::tr("Message"), esc(t.message));
    // The time of day it went out, to the millisecond: what a server's log is searched by.
    const QDateTime at = context.wallClock(t.writtenMs);
    const QString written = at.isValid() ? at.toString(QStringLiteral("HH:mm:ss.zzz"))
                                         : HealthHtmlReport::tr("%1 ms").arg(t.writtenMs);
    QString times;
    if (t.writtenMs >= 0 && t.finalMs >= 0 && ended)
        times = HealthHtmlReport::tr("written at %1, no final result, given up after %2 ms").arg(written, QString::number(t.finalMs - t.writtenMs));
    else if (t.writtenMs >= 0 && t.finalMs >= 0)
        times = HealthHtmlReport::tr("written at %1, final result after %2 ms").arg(written, QString::number(t.finalMs - t.writtenMs));
    else if (t.writtenMs >= 0)
        times = HealthHtmlReport::tr("written at %1, no final result").arg(written);
    if (!times.isEmpty())
        html += row(HealthHtmlReport::tr("Times"), times);
    return html + QStringLiteral("</table>");
}

// The module's own words about itself: ATI, AT+CGMR, the IMEI, IMSI and ICCID.
QString identityHtml(const QList<CheckResult> &results)
{
    const ModuleIdentity identity = ModuleIdentity::from(results);
    if (identity.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(HealthHtmlReport::tr("The module did not say who it is."));
    QString rows;
    auto row = [&rows](const QString &label, const QList<QByteArray> &lines) {
        if (lines.isEmpty() || lines.constFirst().isEmpty())
            return;
        QStringList escaped;
        for (const QByteArray &line : lines)
            escaped << esc(line);
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(label), escaped.join(QStringLiteral("<br>")));
    };
    row(QStringLiteral("ATI"), identity.identification);
    row(QStringLiteral("AT+CGMR"), identity.revision);
    row(HealthHtmlReport::tr("IMEI"), {identity.imei});
    row(HealthHtmlReport::tr("IMSI"), {identity.imsi});
    row(HealthHtmlReport::tr("ICCID"), {identity.iccid});
    return QStringLiteral("<table class=\"meta\">%1</table>").arg(rows);
}

} // namespace

QString HealthHtmlReport::pingChart(const CheckResult &result)
{
    const at::Transaction *ping = CheckJudge::find(result.evidence, CommandId::Ping);
    if (!ping)
        return {};
    QList<std::optional<PingReply>> replies;
    // +QPING: 0,<address>,<bytes>,<time>,<ttl> per echo; +QPING: 1 for one that timed out.
    for (const at::ResultLine &line : ping->operation.lines) {
        if (auto reply = PingReply::parse(line))
            replies << (reply->result == 0 ? reply : std::optional<PingReply>());
    }
    if (replies.isEmpty())
        return {};
    int longest = 1;
    for (const auto &reply : replies)
        if (reply)
            longest = qMax(longest, reply->timeMs);
    const int barWidth = 36, gap = 14, height = 120, left = 50, top = 10;
    const int width = left + int(replies.size()) * (barWidth + gap) + gap;
    QString svg = QStringLiteral("<svg width=\"%1\" height=\"%2\" role=\"img\">"
                                 "<title>%3</title>")
                          .arg(width).arg(height + top + 30).arg(esc(tr("Ping round trips")));
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#888\"/>").arg(left).arg(top + height).arg(width);
    svg += QStringLiteral("<text x=\"2\" y=\"%1\" font-size=\"11\">%2 ms</text>").arg(top + 10).arg(longest);
    svg += QStringLiteral("<text x=\"2\" y=\"%1\" font-size=\"11\">0 ms</text>").arg(top + height);
    for (qsizetype i = 0; i < replies.size(); ++i) {
        const int x = left + gap + int(i) * (barWidth + gap);
        if (replies.at(i)) {
            const int h = qMax(1, replies.at(i)->timeMs * height / longest);
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#1565c0\"><title>%5 ms</title></rect>"
                                  "<text x=\"%6\" y=\"%7\" font-size=\"11\" text-anchor=\"middle\">%5</text>")
                           .arg(x).arg(top + height - h).arg(barWidth).arg(h).arg(replies.at(i)->timeMs)
                           .arg(x + barWidth / 2).arg(top + height + 14);
        } else {
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"11\" fill=\"#c62828\" text-anchor=\"middle\">%3</text>")
                           .arg(x + barWidth / 2).arg(top + height - 4).arg(esc(tr("lost")));
        }
    }
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"11\">%3</text>")
                   .arg(left).arg(top + height + 28).arg(esc(tr("round trip of each echo (ms)")));
    return svg + QStringLiteral("</svg>");
}

QString HealthHtmlReport::signalChart(const CheckResult &result, const HealthSettings &settings)
{
    const at::Transaction *csq = CheckJudge::find(result.evidence, CommandId::SignalQuality);
    const at::ResultLine *line = csq ? answerLine(*csq, CommandId::SignalQuality) : nullptr;
    if (!line)
        return {};
    const int rssi = int(line->integer(0));
    // A scale of AT+CSQ's 0-31, coloured by the check's thresholds.
    const int width = 400, left = 10, barTop = 20, barHeight = 24;
    auto xOf = [&](int value) { return left + value * width / 31; };
    QString svg = QStringLiteral("<svg width=\"%1\" height=\"80\" role=\"img\"><title>%2</title>")
                          .arg(width + 2 * left).arg(esc(tr("Signal against the thresholds")));
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#ef9a9a\"/>")
                   .arg(xOf(0)).arg(barTop).arg(xOf(settings.signalFailBelow) - xOf(0)).arg(barHeight);
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#ffe082\"/>")
                   .arg(xOf(settings.signalFailBelow)).arg(barTop)
                   .arg(xOf(settings.signalWarningBelow) - xOf(settings.signalFailBelow)).arg(barHeight);
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#a5d6a7\"/>")
                   .arg(xOf(settings.signalWarningBelow)).arg(barTop).arg(xOf(31) - xOf(settings.signalWarningBelow)).arg(barHeight);
    for (int threshold : {settings.signalFailBelow, settings.signalWarningBelow})
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"10\" text-anchor=\"middle\">%3</text>")
                       .arg(xOf(threshold)).arg(barTop + barHeight + 12).arg(threshold);
    if (rssi >= 0 && rssi <= 31) {
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#000\" stroke-width=\"3\"/>")
                       .arg(xOf(rssi)).arg(barTop - 6).arg(barTop + barHeight + 2);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"11\" text-anchor=\"middle\">%3</text>")
                       .arg(xOf(rssi)).arg(barTop - 8)
                       .arg(esc(tr("CSQ %1 (%2 dBm)").arg(rssi).arg(-113 + 2 * rssi)));
    } else {
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"11\" fill=\"#c62828\">%3</text>")
                       .arg(left).arg(barTop - 8).arg(esc(tr("no signal (CSQ %1)").arg(rssi)));
    }
    svg += QStringLiteral("<text x=\"%1\" y=\"76\" font-size=\"10\">%2</text>")
                   .arg(left).arg(esc(tr("AT+CSQ 0-31: red fails, yellow warns, green passes")));
    return svg + QStringLiteral("</svg>");
}

QByteArray HealthHtmlReport::toHtml(const QList<PlannedCheck> &plan, const QList<CheckResult> &results, const ReportContext &context)
{
    const QString title = tr("BC25 health check report");
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                                  "<title>%2</title><style>%3</style></head><body>\n")
                           .arg(esc(tr("en", "the report's HTML lang attribute")), esc(title), QLatin1String(Style));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    // The verdict of the whole run before anything else: what the reader came for.
    const RunVerdict verdict = RunVerdict::of(plan, results);
    html += QStringLiteral("<div class=\"headline %1\" id=\"verdict\"><b>%2</b>%3</div>\n<table class=\"meta\">")
                    .arg(QLatin1String(headlineClass(verdict.kind())), esc(verdict.title()), esc(verdict.sentence()));
    if (!context.settings.site.isEmpty())
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(tr("Site"), esc(context.settings.site));
    if (!context.settings.deviceSerial.isEmpty())
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(tr("Serial number"), esc(context.settings.deviceSerial));
    html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(tr("Date and time"), esc(context.when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) +
                                                  context.when.timeZoneAbbreviation()));
    html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(tr("Workbench version"), esc(context.version));
    const VerdictCounts counts = VerdictCounts::of(results);
    html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr></table>\n")
                    .arg(tr("Result"), esc(tr("checks: %1 — passed: %2, warnings: %3, failed: %4")
                                                   .arg(results.size()).arg(counts.passed).arg(counts.warnings).arg(counts.failed)));
    html += QStringLiteral("<h2>%1</h2>\n").arg(tr("The module")) + identityHtml(results);
    html += QStringLiteral("\n<h2>%1</h2>\n").arg(tr("The checks"));
    for (qsizetype i = 0; i < results.size(); ++i) {
        const CheckResult &r = results.at(i);
        html += QStringLiteral("<div class=\"check\" id=\"%1\"><span class=\"verdict %2\">%3</span><h3>%4</h3>")
                        .arg(QLatin1String(HealthPlan::kindName(r.kind)), QLatin1String(verdictClass(r.verdict)),
                             esc(HealthPlan::verdictText(r.verdict)), esc(HealthPlan::title(r.kind)));
        if (!r.summary.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(r.summary));
        if (!r.advice.isEmpty())
            html += QStringLiteral("<p class=\"advice\"><b>%1</b> %2</p>").arg(tr("Likely cause and next step:"), esc(r.advice));
        if (r.kind == CheckKind::Signal)
            html += signalChart(r, context.settings);
        if (r.kind == CheckKind::Ping)
            html += pingChart(r);
        const QStringList planned = i < plan.size() ? HealthPlan::commandLines(plan.at(i)) : QStringList();
        if (!r.evidence.isEmpty()) {
            html += QStringLiteral("<details><summary>%1</summary>")
                            .arg(tr("Evidence (transactions: %1)").arg(r.evidence.size()));
            for (const at::Transaction &t : r.evidence)
                html += transactionHtml(t, context);
            html += QStringLiteral("</details>");
        } else if (!planned.isEmpty()) {
            QStringList escaped;
            for (const QString &p : planned)
                escaped << esc(p);
            html += QStringLiteral("<p class=\"advice\">%1 <code>%2</code></p>")
                            .arg(tr("Nothing was sent; the plan was:"), escaped.join(QStringLiteral(", ")));
        }
        html += QStringLiteral("</div>\n");
    }
    html += QStringLiteral("</body></html>\n");
    const QByteArray bytes = html.toUtf8();
    return context.includeIdentities ? bytes : HealthReport::maskIdentities(bytes, results);
}

} // namespace bc25::health
