// SPDX-License-Identifier: MIT
#include "parameterform.h"

#include "recipe/recipe.h"

#include "translations.h"

#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace bc25::ui {

namespace {

// What a typed parameter's field lets the user type: the values param() converts (Lua's numbers).
QValidator *validatorFor(recipe::ParameterType type, QObject *parent)
{
    const char *pattern = nullptr;
    switch (type) {
    case recipe::ParameterType::String: return nullptr;
    case recipe::ParameterType::Port:
    case recipe::ParameterType::Integer: pattern = "[-+]?(0[xX][0-9A-Fa-f]+|[0-9]+)"; break;
    case recipe::ParameterType::Number: pattern = "[-+]?(0[xX][0-9A-Fa-f]+|([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?)"; break;
    case recipe::ParameterType::Boolean: pattern = "(?i)(1|0|true|false|yes|no|on|off)"; break;
    }
    return new QRegularExpressionValidator(QRegularExpression(QLatin1String(pattern)), parent);
}

QString typeText(recipe::ParameterType type)
{
    switch (type) {
    case recipe::ParameterType::String: return ParameterForm::tr("text");
    case recipe::ParameterType::Integer: return ParameterForm::tr("an integer");
    case recipe::ParameterType::Port: return ParameterForm::tr("a port, 1-65535");
    case recipe::ParameterType::Number: return ParameterForm::tr("a number");
    case recipe::ParameterType::Boolean: return ParameterForm::tr("true or false");
    }
    return {};
}

// A Lua name in words when the recipe gives no label: echo_port → "Echo port",
// max_average_ms → "Max average (ms)", dns_name → "DNS name".
QString readable(const QString &name)
{
    static const QStringList acronyms {QStringLiteral("ip"), QStringLiteral("dns"), QStringLiteral("ntp"), QStringLiteral("tcp"),
                                       QStringLiteral("udp"), QStringLiteral("rssi"), QStringLiteral("apn"), QStringLiteral("id")};
    static const QHash<QString, QString> units {{QStringLiteral("ms"), QStringLiteral("(ms)")}, {QStringLiteral("s"), QStringLiteral("(s)")},
                                                {QStringLiteral("percent"), QStringLiteral("(%)")}, {QStringLiteral("bytes"), QStringLiteral("(bytes)")}};
    QStringList words;
    const QStringList parts = name.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString word = parts.at(i).toLower();
        if (i > 0 && i == parts.size() - 1 && units.contains(word))
            words << units.value(word);
        else if (acronyms.contains(word))
            words << word.toUpper();
        else
            words << word;
    }
    QString text = words.join(QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text.isEmpty() ? name : text;
}

} // namespace

ParameterForm::ParameterForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

QString ParameterForm::labelOf(const recipe::RecipeParameter &parameter)
{
    return parameter.label.isEmpty() ? readable(parameter.name) : parameter.label;
}

void ParameterForm::setParameters(const QList<recipe::RecipeParameter> &parameters, const QHash<QString, QString> &prefill)
{
    // What was typed stays for the parameters the recipe still declares.
    QHash<QString, QString> typed;
    for (qsizetype i = 0; i < m_parameters.size(); ++i) {
        if (m_fields.at(i)->text() != m_prefill.value(m_parameters.at(i).name))
            typed.insert(m_parameters.at(i).name, m_fields.at(i)->text());
    }
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_fields.clear();
    m_parameters = parameters;
    m_prefill = prefill;
    if (parameters.isEmpty()) {
        m_layout->addRow(new QLabel(tr("This recipe asks for no parameters."), this));
        return;
    }
    for (const recipe::RecipeParameter &parameter : parameters) {
        auto *field = new QLineEdit(this);
        field->setObjectName(parameter.name);
        field->setText(typed.value(parameter.name, prefill.value(parameter.name)));
        field->setClearButtonEnabled(true);
        if (parameter.hasDefault) {
            field->setPlaceholderText(tr("default: %1").arg(parameter.defaultValue));
            field->setToolTip(tr("Left empty, the recipe's default (%1) is used.").arg(parameter.defaultValue));
        } else {
            field->setPlaceholderText(tr("required"));
            field->setToolTip(tr("The recipe has no default for %1: give a value.").arg(parameter.name));
        }
        // The type the recipe declares (or its default's) decides what can be typed.
        const recipe::ParameterType type = recipe::RecipeParameters::typeOf(parameter);
        field->setValidator(validatorFor(type, field));
        field->setToolTip(Translations::joined(field->toolTip(), tr("Type: %1.").arg(typeText(type))));
        // The recipe's own words for it (its line's comment), else its name in words; the Lua name in the tooltip.
        auto *label = new QLabel(recipe::Recipe::translated(labelOf(parameter)), this);
        label->setTextFormat(Qt::PlainText);
        label->setObjectName(QStringLiteral("label.") + parameter.name);
        label->setToolTip(tr("In the recipe: param(\"%1\")").arg(parameter.name));
        label->setBuddy(field);
        m_layout->addRow(label, field);
        m_fields << field;
    }
}

void ParameterForm::updatePrefill(const QHash<QString, QString> &prefill)
{
    for (qsizetype i = 0; i < m_parameters.size(); ++i) {
        const QString &name = m_parameters.at(i).name;
        QLineEdit *field = m_fields.at(i);
        if (prefill.contains(name) && field->text() == m_prefill.value(name))
            field->setText(prefill.value(name));
    }
    m_prefill = prefill;
}

QHash<QString, QString> ParameterForm::values(QStringList *missing) const
{
    QHash<QString, QString> given;
    for (qsizetype i = 0; i < m_parameters.size(); ++i) {
        const QString text = m_fields.at(i)->text().trimmed();
        if (!text.isEmpty())
            given.insert(m_parameters.at(i).name, text);
        else if (!m_parameters.at(i).hasDefault && missing)
            missing->append(m_parameters.at(i).name);
    }
    return given;
}

QLineEdit *ParameterForm::field(const QString &name) const
{
    for (qsizetype i = 0; i < m_parameters.size(); ++i) {
        if (m_parameters.at(i).name == name)
            return m_fields.at(i);
    }
    return nullptr;
}

} // namespace bc25::ui
