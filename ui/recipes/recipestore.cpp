// SPDX-License-Identifier: MIT
#include "recipestore.h"

#include "wholefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace bc25::ui {

RecipeStore::RecipeStore()
    : RecipeStore(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recipes"))
{
}

RecipeStore::RecipeStore(const QString &folder)
    : m_folder(folder)
{
}

QList<recipe::Recipe> RecipeStore::recipes() const
{
    QList<recipe::Recipe> found;
    const QDir dir(m_folder);
    for (const QString &file : dir.entryList({QStringLiteral("*.lua")}, QDir::Files, QDir::Name))
        found << recipe::Recipe::fromFile(dir.filePath(file));
    return found;
}

QString RecipeStore::pathOf(const QString &name) const
{
    return QDir(m_folder).filePath(name + QStringLiteral(".lua"));
}

QString RecipeStore::nameProblem(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (name.isEmpty())
        return tr("A recipe needs a name.");
    if (!allowed.match(name).hasMatch())
        return tr("A recipe's name takes letters, digits, '_' and '-' only: %1").arg(name);
    return {};
}

QString RecipeStore::save(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (QString error; !WholeFile::write(path, text, &error))
        return tr("Cannot save %1: %2").arg(path, error);
    return {};
}

QString RecipeStore::remove(const QString &path)
{
    QFile file(path);
    if (!file.remove())
        return tr("Cannot delete %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace bc25::ui
