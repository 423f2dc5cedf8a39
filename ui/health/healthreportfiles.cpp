// SPDX-License-Identifier: MIT
#include "healthreportfiles.h"

#include "health/healthhtmlreport.h"
#include "health/healthreport.h"
#include "wholefile.h"

#include <QDir>
#include <QFileInfo>

namespace bc25::ui {

QString HealthReportFiles::jsonPathFor(const QString &htmlPath)
{
    const QFileInfo info(htmlPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".json"));
}

QString HealthReportFiles::write(const QString &htmlPath, const Run &run, bool includeIdentities)
{
    const auto context = health::ReportContext::of(run.ended, run.settings, includeIdentities, run.clockOriginMs);
    const std::pair<QString, QByteArray> files[] = {
        {htmlPath, health::HealthHtmlReport::toHtml(run.plan, run.results, context)},
        {jsonPathFor(htmlPath), health::HealthReport::toJson(run.plan, run.results, context)},
    };
    for (const auto &[path, contents] : files) {
        if (QString error; !WholeFile::write(path, contents, &error))
            return tr("Cannot write %1: %2").arg(path, error);
    }
    return {};
}

} // namespace bc25::ui
