// SPDX-License-Identifier: MIT
#pragma once

#include "healthresult.h"

#include <QByteArray>

namespace bc25::health {

// A finished health check as one JSON document (bc25-run --health --json):
// every check with its planned commands, verdict, summary, advice and the
// transactions it sent. The IMEI, IMSI and ICCID are masked unless asked for: a
// report is often mailed to a supplier, and they identify a subscriber.
class HealthReport final
{
public:
    static QByteArray toJson(const QList<PlannedCheck> &plan, const QList<CheckResult> &results,
                             bool includeIdentities);
    // "866818039921448" → "86681803*******": the type allocation code stays
    // (it names the model), the serial goes; an IMSI keeps its MCC and MNC.
    static QByteArray mask(const QByteArray &identity, int keep);
    // Every identity the module gave in this run (IMEI, IMSI, ICCID) masked wherever
    // it appears in `text`: the JSON and the HTML report share it.
    static QByteArray maskIdentities(QByteArray text, const QList<CheckResult> &results);
};

} // namespace bc25::health
