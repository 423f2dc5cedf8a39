// SPDX-License-Identifier: MIT
// New-user pass 10, zh_CN F9: the Recipes dock's Parameters tab labelled the
// built-in recipes' parameters in English ("Host", "Echo port", "Message")
// while every title and description was Chinese. A label is translated in
// the context of the recipes' texts, and the built-in recipes' labels are
// listed for lupdate (core/recipe/recipetexts.cpp), not written in the Lua
// text the user edits.

#include "recipe/recipe.h"
#include "recipe/recipelibrary.h"
#include "recipe/recipeparameters.h"
#include "recipe/recipetexts.h"
#include "recipes/parameterform.h"

#include <QApplication>
#include <QLabel>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace bc25;
using namespace bc25::ui;

namespace {

// A translator that knows one word of the recipes' texts.
class OneWord final : public QTranslator
{
public:
    OneWord(QString source, QString translation)
        : m_source(std::move(source))
        , m_translation(std::move(translation))
    {
    }
    [[nodiscard]] bool isEmpty() const override { return false; }
    [[nodiscard]] QString translate(const char *context, const char *source, const char * = nullptr,
                                    int = -1) const override
    {
        return QLatin1String(context) == QLatin1String(recipe::Recipe::TextContext) && QString::fromUtf8(source) == m_source
                       ? m_translation
                       : QString();
    }

private:
    QString m_source;
    QString m_translation;
};

} // namespace

class TestParameterLabels : public QObject
{
    Q_OBJECT

private slots:
    void aLabelIsShownInTheUsersLanguage();
    void everyBuiltInRecipesLabelIsListedForTranslation();
};

void TestParameterLabels::aLabelIsShownInTheUsersLanguage()
{
    OneWord chinese(QStringLiteral("Echo port"), QStringLiteral("回显端口"));
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    ParameterForm form;
    recipe::RecipeParameter port;
    port.name = QStringLiteral("echo_port");
    port.type = QStringLiteral("port");
    recipe::RecipeParameter host;
    host.name = QStringLiteral("host");
    host.defaultValue = QStringLiteral("127.0.0.1");
    host.hasDefault = true;
    form.setParameters({port, host}, {});
    QCoreApplication::removeTranslator(&chinese);
    auto *label = form.findChild<QLabel *>(QStringLiteral("label.echo_port"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("回显端口"));
    // Untranslated, the English words; the Lua name stays in the tooltip.
    auto *hostLabel = form.findChild<QLabel *>(QStringLiteral("label.host"));
    QVERIFY(hostLabel);
    QCOMPARE(hostLabel->text(), QStringLiteral("Host"));
    QVERIFY(label->toolTip().contains(QLatin1String("echo_port")));
}

void TestParameterLabels::everyBuiltInRecipesLabelIsListedForTranslation()
{
    QSet<QString> listed;
    for (const char *text : recipe::RecipeTexts::all())
        listed.insert(QString::fromUtf8(text));
    QStringList missing;
    for (const recipe::Recipe &recipe : recipe::RecipeLibrary::builtIn()) {
        for (const recipe::RecipeParameter &parameter : recipe::RecipeParameters::declaredIn(recipe.text())) {
            const QString label = ParameterForm::labelOf(parameter);
            if (!listed.contains(label) && !missing.contains(label))
                missing << label;
        }
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("add to core/recipe/recipetexts.cpp: ") + missing.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestParameterLabels)
#include "tst_parameterlabels.moc"
