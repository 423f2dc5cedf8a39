// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bc25::profile {

// Which model a module is, from what it said about itself: ATI's lines,
// AT+CGMR's and AT+QGMR's. The table is the profiles' identities
// (ModuleProfile::identity(): the model lines and revision prefixes each
// model prints), never a chain of tests here: a model added to the registry
// is recognised with it.
class ModelIdentification final
{
public:
    // What identify() gives when no model's identity matches.
    static const QByteArray Unknown; // "unknown"

    // ATI's model line decides ("Quectel_BC660K-GL", "BG96", whole and in any
    // case); else the longest revision prefix among the revisions said (ATI's
    // "Revision: …" line, AT+CGMR, AT+QGMR); else Unknown.
    [[nodiscard]] static QByteArray identify(const QStringList &ati, const QString &revision = {},
                                             const QString &firmware = {});
};

} // namespace bc25::profile
