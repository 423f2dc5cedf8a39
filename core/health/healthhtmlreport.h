// SPDX-License-Identifier: MIT
#pragma once

#include "healthreport.h"
#include "healthresult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace bc25::health {

// A finished health check as one self-contained HTML page (bc25-run --health
// --report): no external resource (inline CSS, charts drawn here as inline
// SVG), so it can be mailed or attached to a ticket as it is. It shows when and
// with which workbench it ran, the module's identity, and each check in order
// with its coloured verdict, what was seen, the advice and, folded away, every
// transaction. Every string from the module is HTML-escaped; the IMEI, IMSI and ICCID
// are masked as in the JSON report unless asked for.
class HealthHtmlReport final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::health::HealthHtmlReport)
public:
    static QByteArray toHtml(const QList<PlannedCheck> &plan, const QList<CheckResult> &results, const ReportContext &context);
    // The ping's round trips as bars, and the signal against its thresholds; empty when there is nothing to draw.
    static QString pingChart(const CheckResult &result);
    static QString signalChart(const CheckResult &result, const HealthSettings &settings);
};

} // namespace bc25::health
