// SPDX-License-Identifier: MIT
#pragma once

#include "recipe/recipeparameters.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLineEdit;

namespace bc25::ui {

// The Recipes dock's form for a recipe's param() declarations: a field per
// parameter, prefilled with what the connection answers (the virtual
// module's echo port...), the recipe's default shown as a placeholder. A
// field left empty takes the recipe's default; one without a default must
// be filled before the run.
class ParameterForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ParameterForm(QWidget *parent = nullptr);

    // The label of a parameter's field, in English: the recipe's own words for
    // it (its line's comment), else its name in words (echo_port → "Echo port").
    // The form shows it translated in the context of the recipes' texts, where
    // core/recipe/recipetexts.cpp lists the built-in recipes' labels.
    [[nodiscard]] static QString labelOf(const recipe::RecipeParameter &parameter);

    // Values typed for a parameter that stays are kept.
    void setParameters(const QList<recipe::RecipeParameter> &parameters, const QHash<QString, QString> &prefill);
    [[nodiscard]] const QList<recipe::RecipeParameter> &parameters() const { return m_parameters; }
    // The connection answers other values (the virtual module restarted):
    // fields that still hold the old answer take the new one.
    void updatePrefill(const QHash<QString, QString> &prefill);
    // The values given (empty fields left out); `missing` gets the
    // parameters without a default that were left empty.
    [[nodiscard]] QHash<QString, QString> values(QStringList *missing = nullptr) const;
    [[nodiscard]] QLineEdit *field(const QString &name) const;
    [[nodiscard]] int count() const { return int(m_parameters.size()); }

private:
    QFormLayout *m_layout;
    QList<recipe::RecipeParameter> m_parameters;
    QList<QLineEdit *> m_fields;
    QHash<QString, QString> m_prefill;
};

} // namespace bc25::ui
