// SPDX-License-Identifier: MIT
#pragma once

#include "health/healthresult.h"

#include <QCoreApplication>
#include <QDateTime>

namespace bc25::ui {

// A finished health check saved for the office: the self-contained HTML page
// at the path the user chose and the JSON document beside it, under the same
// base name. The IMEI, IMSI and ICCID are masked unless asked for.
class HealthReportFiles final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::ui::HealthReportFiles)
public:
    struct Run
    {
        QList<health::PlannedCheck> plan;
        QList<health::CheckResult> results;
        health::HealthSettings settings;
        QDateTime ended;
        qint64 clockOriginMs = -1; // HealthCheck::clockOriginMs
    };

    // "report.html" → "report.json"
    static QString jsonPathFor(const QString &htmlPath);
    // Writes both files; the error in words, or empty.
    static QString write(const QString &htmlPath, const Run &run, bool includeIdentities);
};

} // namespace bc25::ui
