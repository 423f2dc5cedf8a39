// SPDX-License-Identifier: MIT
#include "healthreport.h"

#include "bc25/transactionjson.h"
#include "healthplan.h"
#include "moduleidentity.h"
#include "runverdict.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bc25::health {

namespace {

QJsonArray textArray(const QList<QByteArray> &lines)
{
    QJsonArray array;
    for (const QByteArray &line : lines)
        array.append(QString::fromLatin1(line));
    return array;
}

} // namespace

ReportContext ReportContext::of(const QDateTime &ended, const HealthSettings &settings, bool includeIdentities,
                                qint64 clockOriginMs)
{
    ReportContext context;
    context.clockOriginMs = clockOriginMs;
    // With the offset from UTC: a report is read in another time zone.
    context.when = ended.toOffsetFromUtc(ended.offsetFromUtc());
    context.version = QCoreApplication::applicationVersion();
    context.settings = settings;
    context.includeIdentities = includeIdentities;
    return context;
}

QDateTime ReportContext::wallClock(qint64 engineMs) const
{
    if (clockOriginMs < 0 || engineMs < 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(clockOriginMs + engineMs).toOffsetFromUtc(when.offsetFromUtc());
}

QByteArray HealthReport::mask(const QByteArray &identity, int keep)
{
    return identity.left(keep) + QByteArray(qMax<qsizetype>(0, identity.size() - keep), '*');
}

QByteArray HealthReport::toJson(const QList<PlannedCheck> &plan, const QList<CheckResult> &results,
                                const ReportContext &context)
{
    QJsonArray checks;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const CheckResult &r = results.at(i);
        QJsonObject check {
            {QStringLiteral("check"), QLatin1String(HealthPlan::kindName(r.kind))},
            {QStringLiteral("title"), HealthPlan::title(r.kind)},
            {QStringLiteral("verdict"), QLatin1String(HealthPlan::verdictName(r.verdict))},
            {QStringLiteral("summary"), r.summary},
            {QStringLiteral("advice"), r.advice},
            {QStringLiteral("stops_rest"), r.stopsRest},
        };
        if (!r.restartedWith.isEmpty())
            check.insert(QStringLiteral("module_restarted"), QString::fromLatin1(r.restartedWith));
        if (i < plan.size()) {
            const PlannedCheck &planned = plan.at(i);
            check.insert(QStringLiteral("ticked"), planned.enabled);
            // Each command with when it goes out and whether it did in this run.
            const QList<bool> sent = HealthPlan::sentCommands(planned, r.evidence);
            QJsonArray commands;
            for (qsizetype c = 0; c < planned.commands.size(); ++c) {
                const PlannedCommand &command = planned.commands.at(c);
                QJsonObject entry {
                    {QStringLiteral("command"), QString::fromLatin1(command.built.command.text)},
                    {QStringLiteral("role"), QLatin1String(HealthPlan::roleName(command.role))},
                    {QStringLiteral("sent"), sent.at(c)},
                };
                if (command.target >= 0)
                    entry.insert(QStringLiteral("after"), command.target);
                commands.append(entry);
            }
            check.insert(QStringLiteral("planned"), commands);
        }
        QJsonArray transactions;
        for (const at::Transaction &t : r.evidence) {
            QJsonObject transaction = QJsonDocument::fromJson(transactionToJson(t)).object();
            if (const QDateTime at = context.wallClock(t.writtenMs); at.isValid())
                transaction.insert(QStringLiteral("written_at"), at.toString(Qt::ISODateWithMs));
            transactions.append(transaction);
        }
        check.insert(QStringLiteral("transactions"), transactions);
        checks.append(check);
    }
    const ModuleIdentity identity = ModuleIdentity::from(results);
    const QJsonObject module {
        {QStringLiteral("identification"), textArray(identity.identification)},
        {QStringLiteral("revision"), textArray(identity.revision)},
        {QStringLiteral("imei"), QString::fromLatin1(identity.imei)},
        {QStringLiteral("imsi"), QString::fromLatin1(identity.imsi)},
        {QStringLiteral("iccid"), QString::fromLatin1(identity.iccid)},
    };
    const VerdictCounts counts = VerdictCounts::of(results);
    const QJsonObject counted {
        {QStringLiteral("checks"), int(results.size())},
        {QStringLiteral("passed"), counts.passed},
        {QStringLiteral("warnings"), counts.warnings},
        {QStringLiteral("failed"), counts.failed},
        {QStringLiteral("not_run"), counts.notRun},
    };
    const QJsonObject report {
        {QStringLiteral("date"), context.when.toString(Qt::ISODate)},
        {QStringLiteral("site"), context.settings.site},
        {QStringLiteral("serial"), context.settings.deviceSerial},
        {QStringLiteral("workbench_version"), context.version},
        {QStringLiteral("identities_masked"), !context.includeIdentities},
        {QStringLiteral("module"), module},
        {QStringLiteral("result"), counted},
        {QStringLiteral("checks"), checks},
    };
    // The headline first, where a reader (and `head`) looks: QJsonObject
    // sorts its keys, so the two are written before the rest of the object.
    const RunVerdict verdict = RunVerdict::of(plan, results);
    auto member = [](const QString &key, const QString &value) { // "    \"key\": \"value\"", escaped as JSON
        return QJsonDocument(QJsonObject {{key, value}}).toJson(QJsonDocument::Indented).mid(2).chopped(3);
    };
    const QByteArray json = "{\n" + member(QStringLiteral("verdict"), QLatin1String(verdict.name())) + ",\n"
            + member(QStringLiteral("headline"), verdict.sentence()) + ','
            + QJsonDocument(report).toJson(QJsonDocument::Indented).mid(1); // the rest, after its "{"
    // Masked wherever they appear (answer lines, raw text), not field by field.
    return context.includeIdentities ? json : maskIdentities(json, results);
}

QByteArray HealthReport::maskIdentities(QByteArray text, const QList<CheckResult> &results)
{
    for (const auto &[identity, keep] : ModuleIdentity::from(results).maskable())
        if (identity.size() > keep)
            text.replace(identity, mask(identity, keep));
    return text;
}

} // namespace bc25::health
