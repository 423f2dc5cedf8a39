// SPDX-License-Identifier: MIT
// The languages the programs speak: English says "1 command" and "2 commands"
// for the source's "%n command(s)" (its plural forms are a translation of their
// own, translations/bc25workbench_en.ts), and Chinese still loads over it and
// back.

#include "translations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace bc25;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void englishSaysOneCommandAndTwoCommands_data();
    void englishSaysOneCommandAndTwoCommands();
    void everyEnglishPluralHasItsTwoForms();
    void chineseStillLoadsAndEnglishComesBack();
    void qtsOwnTextsAndDatesFollowTheLanguage();
};

namespace {

QString translated(const char *context, const char *source, int n)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

void TestTranslations::englishSaysOneCommandAndTwoCommands_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("en_GB") << QStringLiteral("en_GB");
    QTest::newRow("C") << QStringLiteral("C");
}

void TestTranslations::englishSaysOneCommandAndTwoCommands()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(QCoreApplication::instance(), language), QStringLiteral("en"));
    const char *context = "bc25::ui::QuickCommandsPanel";
    const char *source = "%n command(s) imported from %1.";
    QCOMPARE(translated(context, source, 1), QStringLiteral("1 command imported from %1."));
    QCOMPARE(translated(context, source, 2), QStringLiteral("2 commands imported from %1."));
    QCOMPARE(translated(context, source, 0), QStringLiteral("0 commands imported from %1."));
    QCOMPARE(translated("bc25::UrcDescription", "DNS lookup found %n address(es).", 1), QStringLiteral("DNS lookup found 1 address."));
    QCOMPARE(translated("bc25::UrcDescription", "DNS lookup found %n address(es).", 3), QStringLiteral("DNS lookup found 3 addresses."));
    // What is not a plural stays the source.
    QCOMPARE(translated("bc25::ui::MainWindow", "No module is connected.", -1), QStringLiteral("No module is connected."));
}

// Read from the .ts itself: each plural message, loaded, says neither "(s)"
// nor "(es)" for one and for two.
void TestTranslations::everyEnglishPluralHasItsTwoForms()
{
    QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
    QFile ts(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../translations/bc25workbench_en.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QByteArray context;
    int plurals = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText().toUtf8();
        } else if (xml.name() == QLatin1String("source")) {
            const QByteArray source = xml.readElementText().toUtf8();
            ++plurals;
            for (const int n : {1, 2}) {
                const QString text = translated(context.constData(), source.constData(), n);
                QVERIFY2(!text.contains(QLatin1String("(s)")) && !text.contains(QLatin1String("(es)")),
                         qPrintable(QString::fromUtf8(context + ": " + source)));
                QVERIFY2(text.contains(QString::number(n)), qPrintable(text));
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(plurals >= 20);
}

void TestTranslations::chineseStillLoadsAndEnglishComesBack()
{
    const char *context = "bc25::ui::QuickCommandsPanel";
    const char *source = "%n command(s) imported from %1.";
    QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(translated(context, source, 2), QStringLiteral("已从 %1 导入 2 条命令。"));
    QCOMPARE(translated("bc25::ui::MainWindow", "No module is connected.", -1), QStringLiteral("未连接模组。"));
    QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(translated(context, source, 2), QStringLiteral("2 commands imported from %1."));
    QCOMPARE(translated("bc25::ui::MainWindow", "No module is connected.", -1), QStringLiteral("No module is connected."));
}

void TestTranslations::qtsOwnTextsAndDatesFollowTheLanguage()
{
    // Issue 17: Chinese chosen (--lang zh_CN, or LANGUAGE with an English or C
    // LC_TIME) had Qt's file dialog write "7 Dec 2026": the default locale is
    // the language's, and Qt's own texts are translated (qtbase_zh_CN).
    QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), QStringLiteral("查找范围："));
    const QDateTime when(QDate(2026, 12, 7), QTime(8, 37, 4));
    QVERIFY2(!QLocale().toString(when, QLocale::ShortFormat).contains(QStringLiteral("Dec")),
             qPrintable(QLocale().toString(when, QLocale::ShortFormat)));
    QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
    QVERIFY(QLocale().language() == QLocale::English || QLocale().language() == QLocale::C);
    QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), QStringLiteral("Look in:"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
