// SPDX-License-Identifier: MIT
#include "healthreportfiles.h"

#include "health/healthhtmlreport.h"
#include "health/healthreport.h"

#include <QDir>
#include <QFile>
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
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size())
            return tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    return {};
}

} // namespace bc25::ui
