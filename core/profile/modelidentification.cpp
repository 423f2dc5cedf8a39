// SPDX-License-Identifier: MIT
#include "modelidentification.h"

#include "moduleprofile.h"

#include <QList>

namespace bc25::profile {

namespace {

struct Row
{
    QByteArray id;
    QStringList names;
    QStringList revisionPrefixes;
};

// Built once from the registry: the profiles are immutable.
const QList<Row> &rows()
{
    static const QList<Row> table = [] {
        QList<Row> built;
        for (const QByteArray &id : ModuleProfile::ids()) {
            const ModuleIdentity &identity = ModuleProfile::byId(id)->identity();
            built.append({id, identity.names, identity.revisionPrefixes});
        }
        return built;
    }();
    return table;
}

// "Revision: BG96MAR02A07M1G" → "BG96MAR02A07M1G": the label is the module's English.
QString withoutLabel(const QString &line)
{
    static const QString Label = QStringLiteral("Revision:");
    const QString text = line.trimmed();
    return text.startsWith(Label, Qt::CaseInsensitive) ? text.mid(Label.size()).trimmed() : text;
}

} // namespace

const QByteArray ModelIdentification::Unknown = QByteArrayLiteral("unknown");

QByteArray ModelIdentification::identify(const QStringList &ati, const QString &revision, const QString &firmware)
{
    for (const QString &line : ati) {
        const QString text = line.trimmed();
        for (const Row &row : rows()) {
            if (row.names.contains(text, Qt::CaseInsensitive))
                return row.id;
        }
    }
    QStringList revisions {withoutLabel(revision), withoutLabel(firmware)};
    for (const QString &line : ati) {
        if (line.trimmed().startsWith(QLatin1String("Revision:"), Qt::CaseInsensitive))
            revisions << withoutLabel(line);
    }
    // The longest prefix: "BC660KGL" and "BC66NB" both begin "BC66".
    const Row *best = nullptr;
    qsizetype bestLength = 0;
    for (const QString &said : std::as_const(revisions)) {
        if (said.isEmpty())
            continue;
        for (const Row &row : rows()) {
            for (const QString &prefix : row.revisionPrefixes) {
                if (prefix.size() > bestLength && said.startsWith(prefix, Qt::CaseInsensitive)) {
                    best = &row;
                    bestLength = prefix.size();
                }
            }
        }
    }
    return best ? best->id : Unknown;
}

} // namespace bc25::profile
