// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace bc25::ui {

// The parameters a recipe declares with param("name"[, default]), read from
// its text in the order they first appear, so the Recipes dock can ask for
// them in a form before the run. One in a comment or a string does not count.
struct RecipeParameter
{
    QString name;
    QString defaultValue; // as the recipe writes it, strings unquoted
    bool hasDefault = false;

    bool operator==(const RecipeParameter &) const = default;
};

namespace RecipeParameters {

QList<RecipeParameter> declaredIn(const QByteArray &text);

} // namespace RecipeParameters

} // namespace bc25::ui
