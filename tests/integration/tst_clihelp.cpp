// SPDX-License-Identifier: MIT
// bc25-run --help wrapped for its reader (issue 17): in Chinese at phrase
// boundaries and by display width (a Chinese character is two columns), in
// English between words; no line wider than 80 columns, no option name
// broken, no character of a description lost.

#include "commandlinehelp.h"
#include "translations.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTextBoundaryFinder>

using namespace bc25;

namespace {

QString helpOf(const QString &language)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BC25_RUN_PATH), {QStringLiteral("--lang"), language, QStringLiteral("--help")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Terminal columns, counted here on their own: a CJK or fullwidth character is two.
int columns(const QString &line)
{
    int n = 0;
    for (const char32_t c : line.toUcs4())
        n += (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1;
    return n;
}

QString withoutSpaces(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT

private slots:
    void helpFitsEightyColumns_data();
    void helpFitsEightyColumns();
    void chineseBreaksOnlyWhereALineMay();
    void aLongWordStaysWhole();
};

void TestCliHelp::helpFitsEightyColumns_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestCliHelp::helpFitsEightyColumns()
{
    QFETCH(QString, language);
    const QString help = helpOf(language);
    QVERIFY(!help.isEmpty());
    for (const QString &line : help.split(QLatin1Char('\n')))
        QVERIFY2(columns(line) <= 80, qPrintable(QStringLiteral("%1 columns: %2").arg(columns(line)).arg(line)));
    // Every option's names whole, at the start of its entry.
    for (const char *option : {"--port <PATH>", "--sim-option <NAME=VALUE>", "--include-identities", "--time-limit <S>",
                               "--lang <LANG>", "-h, --help", "--health"}) {
        static const QRegularExpression entry(QStringLiteral("^  -"));
        bool found = false;
        for (const QString &line : help.split(QLatin1Char('\n')))
            found = found || (entry.match(line).hasMatch() && line.contains(QLatin1String(option)));
        QVERIFY2(found, option);
    }
    // Nothing lost in the wrapping: each description is there whole (spaces aside).
    QCOMPARE(Translations::install(QCoreApplication::instance(), language), language);
    const QString flat = withoutSpaces(help);
    for (const char *source : {"Serial port of the module, e.g. /dev/ttyUSB0.",
                               "With --health: keep the IMEI, IMSI and ICCID in the JSON and HTML reports (masked by default).",
                               "A setting or fault of the virtual module, as bc25-sim names it: buffer-limit=256, fail=+QIOPEN, "
                               "dead-after=0, split=7 (repeatable).",
                               "A recipe file, or the name of a built-in recipe (see --list)."}) {
        const QString said = QCoreApplication::translate("bc25-run", source);
        QVERIFY2(flat.contains(withoutSpaces(said)), qPrintable(said));
    }
    QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
}

void TestCliHelp::chineseBreaksOnlyWhereALineMay()
{
    const QString help = helpOf(QStringLiteral("zh_CN"));
    QVERIFY(help.contains(QChar(0x6A21))); // 模: it is Chinese
    const QStringList lines = help.split(QLatin1Char('\n'));
    int continued = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        // A description's next line: indented past the names, under its first.
        static const QRegularExpression continuation(QStringLiteral("^ {4,}\\S"));
        if (!continuation.match(lines.at(i)).hasMatch() || lines.at(i - 1).trimmed().isEmpty())
            continue;
        // The description's part of both lines (the names stand before it on an entry's first line).
        const qsizetype column = lines.at(i).size() - QStringView(lines.at(i)).trimmed().size();
        const QString before = lines.at(i - 1).mid(column).trimmed();
        const QString after = lines.at(i).trimmed();
        // Where the line ended must be a place UAX #14 lets a line break (never before "，"
        // or "）"); between two Latin words the space was the break.
        const bool latin = before.back().unicode() < 0x2E80 || after.front().unicode() < 0x2E80;
        const QString joined = before + (latin ? QStringLiteral(" ") : QString()) + after;
        QTextBoundaryFinder finder(QTextBoundaryFinder::Line, joined);
        finder.setPosition(before.size() + (latin ? 1 : 0));
        QVERIFY2(finder.isAtBoundary(), qPrintable(before + QStringLiteral(" | ") + after));
        QVERIFY2(!before.endsWith(QLatin1Char('-')), qPrintable(before)); // no option name cut after its "--"
        ++continued;
    }
    QVERIFY(continued > 5); // the long descriptions did wrap
}

void TestCliHelp::aLongWordStaysWhole()
{
    const QString word = QStringLiteral("buffer-limit=256,fail=+QIOPEN,dead-after=0,split=7,").repeated(3);
    const QStringList lines = CommandLineHelp::wrap(QStringLiteral("A setting: ") + word + QStringLiteral(" and more."), 40);
    QVERIFY(lines.size() >= 2);
    QVERIFY(lines.join(QLatin1Char(' ')).contains(word.left(40)));
    QCOMPARE(CommandLineHelp::columns(QStringLiteral("模组a")), 5);
    const QStringList zh = CommandLineHelp::wrap(QStringLiteral("串口，例如 /dev/ttyUSB0。").repeated(4), 20);
    for (const QString &line : zh) {
        QVERIFY2(CommandLineHelp::columns(line) <= 20 || !line.contains(QLatin1Char(' ')), qPrintable(line));
        QVERIFY2(!line.startsWith(QChar(0xFF0C)) && !line.startsWith(QChar(0x3002)), qPrintable(line)); // never "，…" first
    }
}

QTEST_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
