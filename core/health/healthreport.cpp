// SPDX-License-Identifier: MIT
#include "healthreport.h"

#include "bc25/responses.h"
#include "bc25/transactionjson.h"
#include "checkjudge.h"
#include "healthplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bc25::health {

namespace {

// The identities the module gave in this run, each with the digits to keep.
QList<std::pair<QByteArray, int>> identities(const QList<CheckResult> &results)
{
    QList<std::pair<QByteArray, int>> found;
    for (const CheckResult &r : results) {
        if (const at::Transaction *cgsn = CheckJudge::find(r.evidence, CommandId::SerialNumber)) {
            if (const at::ResultLine *line = answerLine(*cgsn, CommandId::SerialNumber))
                found.append({line->field(0).text, 8});
        }
        if (const at::Transaction *cimi = CheckJudge::find(r.evidence, CommandId::Imsi)) {
            for (const at::ResultLine &line : cimi->lines)
                if (!line.isFinal() && line.name.isEmpty() && !line.text.trimmed().isEmpty())
                    found.append({line.text.trimmed(), 5});
        }
        // 89, the country and the issuer stay: they say whose SIM it is, not which.
        if (const at::Transaction *qccid = CheckJudge::find(r.evidence, CommandId::Iccid)) {
            if (const at::ResultLine *line = answerLine(*qccid, CommandId::Iccid))
                found.append({line->field(0).text, 6});
        }
    }
    return found;
}

} // namespace

QByteArray HealthReport::mask(const QByteArray &identity, int keep)
{
    return identity.left(keep) + QByteArray(qMax<qsizetype>(0, identity.size() - keep), '*');
}

QByteArray HealthReport::toJson(const QList<PlannedCheck> &plan, const QList<CheckResult> &results, bool includeIdentities)
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
        if (i < plan.size()) {
            check.insert(QStringLiteral("ticked"), plan.at(i).enabled);
            check.insert(QStringLiteral("planned"), QJsonArray::fromStringList(plan.at(i).commandTexts()));
        }
        QJsonArray transactions;
        for (const at::Transaction &t : r.evidence)
            transactions.append(QJsonDocument::fromJson(transactionToJson(t)).object());
        check.insert(QStringLiteral("transactions"), transactions);
        checks.append(check);
    }
    QByteArray json = QJsonDocument(QJsonObject {{QStringLiteral("checks"), checks}}).toJson(QJsonDocument::Indented);
    // Masked wherever they appear (answer lines, raw text), not field by field.
    return includeIdentities ? json : maskIdentities(json, results);
}

QByteArray HealthReport::maskIdentities(QByteArray text, const QList<CheckResult> &results)
{
    for (const auto &[identity, keep] : identities(results))
        if (identity.size() > keep)
            text.replace(identity, mask(identity, keep));
    return text;
}

} // namespace bc25::health
