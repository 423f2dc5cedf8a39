// SPDX-License-Identifier: MIT
#include "manualcitation.h"

#include <QCoreApplication>

namespace bc25::profile {

QString manualCell(const ModuleProfile &profile, const CommandSpec &spec)
{
    const QString section = CommandCatalog::citedSection(spec);
    if (!section.isEmpty())
        return section;
    // Another model's section is never cited for this one (CommandCatalog::
    // citation): the cell says the gap instead.
    return QCoreApplication::translate("bc25::CommandCatalog", "%1 manual: section not read").arg(profile.name());
}

} // namespace bc25::profile
