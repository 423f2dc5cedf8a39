// SPDX-License-Identifier: MIT
#include "commandhint.h"

#include "bc25/commandcatalog.h"
#include "profile/manualcitation.h"
#include "profile/moduleprofile.h"

#include <QCoreApplication>
#include <QStringList>

namespace bc25::ui::CommandHint {

namespace {

// The terminal's words (its translations are kept under its name).
QString tr(const char *text)
{
    return QCoreApplication::translate("bc25::ui::TerminalPanel", text);
}

// "manual 2.1.1: Open a Socket", "Open a Socket (BC660K-GL manual: section not read)".
QString source(const profile::ModuleProfile &model, const CommandSpec &spec)
{
    const QString cited = CommandCatalog::citation(spec);
    return cited.isEmpty() ? tr("%1 (%2)").arg(CommandCatalog::title(spec), profile::manualCell(model, spec))
                           : tr("%1: %2").arg(cited, CommandCatalog::title(spec));
}

} // namespace

QString line(const profile::ModuleProfile &model, const CommandSpec &spec)
{
    const QStringList ranges = CommandCatalog::parameterRanges(spec);
    const QString reference = ranges.isEmpty() ? source(model, spec)
                                               : tr("%1 — %2").arg(ranges.join(QStringLiteral("; ")), source(model, spec));
    return reference + QLatin1Char('\n') + CommandCatalog::syntax(spec).join(QStringLiteral("   "));
}

QString details(const profile::ModuleProfile &model, const CommandSpec &spec)
{
    return (QStringList {source(model, spec)} + CommandCatalog::parameterRanges(spec) + CommandCatalog::syntax(spec))
            .join(QLatin1Char('\n'));
}

} // namespace bc25::ui::CommandHint
