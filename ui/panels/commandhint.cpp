// SPDX-License-Identifier: MIT
#include "commandhint.h"

#include "bc25/commandcatalog.h"
#include "profile/manualcitation.h"
#include "profile/moduleprofile.h"

#include <QCoreApplication>
#include <QStringList>

namespace bc25::ui::CommandHint {

namespace {

// "manual 2.1.1: Open a Socket", "Open a Socket (BC660K-GL manual: section not read)".
QString source(const profile::ModuleProfile &model, const CommandSpec &spec)
{
    // The terminal's words, translated under its name (context and text written out for lupdate).
    const QString cited = CommandCatalog::citation(spec);
    if (cited.isEmpty())
        return QCoreApplication::translate("bc25::ui::TerminalPanel", "%1 (%2)")
                .arg(CommandCatalog::title(spec), profile::manualCell(model, spec));
    return QCoreApplication::translate("bc25::ui::TerminalPanel", "%1: %2").arg(cited, CommandCatalog::title(spec));
}

} // namespace

QString line(const profile::ModuleProfile &model, const CommandSpec &spec)
{
    const QStringList ranges = CommandCatalog::parameterRanges(spec);
    const QString reference = ranges.isEmpty()
            ? source(model, spec)
            : QCoreApplication::translate("bc25::ui::TerminalPanel", "%1 — %2")
                      .arg(ranges.join(QStringLiteral("; ")), source(model, spec));
    return reference + QLatin1Char('\n') + CommandCatalog::syntax(spec).join(QStringLiteral("   "));
}

QString details(const profile::ModuleProfile &model, const CommandSpec &spec)
{
    return (QStringList {source(model, spec)} + CommandCatalog::parameterRanges(spec) + CommandCatalog::syntax(spec))
            .join(QLatin1Char('\n'));
}

} // namespace bc25::ui::CommandHint
