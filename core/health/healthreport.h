// SPDX-License-Identifier: MIT
#pragma once

#include "healthresult.h"

#include <QByteArray>
#include <QDateTime>

namespace bc25::health {

// What a report says besides the checks: when and with which workbench it
// ran, the thresholds it judged by, and whether the identities stay whole.
struct ReportContext
{
    QDateTime when;            // with its offset from UTC: a report is read in another time zone
    QString version;           // the workbench's
    HealthSettings settings;   // the thresholds the signal chart draws
    bool includeIdentities = false;
    qint64 clockOriginMs = -1; // the wall clock of the transactions' time 0 (CommandEngine::clockOriginMs)

    // A run that ended at `ended` (local time) with this workbench, its
    // transactions timed by an engine started at `clockOriginMs`.
    static ReportContext of(const QDateTime &ended, const HealthSettings &settings, bool includeIdentities,
                            qint64 clockOriginMs = -1);
    // When a transaction time (writtenMs) was, in the report's time zone; invalid when unknown.
    [[nodiscard]] QDateTime wallClock(qint64 engineMs) const;
};

// A finished health check as one JSON document (bc25-run --health --json, and
// beside the GUI's HTML report): the date, the workbench's version, the
// module's identity, the counts, and every check with its planned commands,
// verdict, summary, advice and the transactions it sent. The IMEI, IMSI and
// ICCID are masked unless asked for: a report is often mailed to a supplier,
// and they identify a subscriber.
class HealthReport final
{
public:
    static QByteArray toJson(const QList<PlannedCheck> &plan, const QList<CheckResult> &results,
                             const ReportContext &context);
    // "866818039921448" → "86681803*******": the type allocation code stays
    // (it names the model), the serial goes; an IMSI keeps its MCC and MNC.
    static QByteArray mask(const QByteArray &identity, int keep);
    // Every identity the module gave in this run (IMEI, IMSI, ICCID) masked wherever
    // it appears in `text`: the JSON and the HTML report share it.
    static QByteArray maskIdentities(QByteArray text, const QList<CheckResult> &results);
};

} // namespace bc25::health
