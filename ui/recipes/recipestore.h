// SPDX-License-Identifier: MIT
#pragma once

#include "recipe/recipe.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bc25::ui {

// The user's own recipes: *.lua files in a folder (by default
// AppDataLocation/recipes), listed by file name, saved and deleted from the
// Recipes dock. A name is a file's base name: letters, digits, '_' and '-'.
class RecipeStore final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::ui::RecipeStore)
public:
    RecipeStore();
    explicit RecipeStore(const QString &folder);

    [[nodiscard]] const QString &folder() const { return m_folder; }
    [[nodiscard]] QList<recipe::Recipe> recipes() const;
    [[nodiscard]] QString pathOf(const QString &name) const;
    // Why `name` cannot name a recipe file, or nothing.
    static QString nameProblem(const QString &name);
    // Writes `text` to `path` (the folder is made when missing); returns why not, or nothing.
    static QString save(const QString &path, const QByteArray &text);
    static QString remove(const QString &path);

private:
    QString m_folder;
};

} // namespace bc25::ui
