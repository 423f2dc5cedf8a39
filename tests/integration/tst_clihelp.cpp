// SPDX-License-Identifier: MIT
// Every program's --help wrapped for its reader (issue 17): bc25-run,
// bc25-sim, bc25-decode and bc25-workbench, in Chinese at phrase boundaries
// and by display width (a Chinese character is two columns), in English
// between words; no line wider than 80 columns, no option name broken, no
// character of a description lost. Qt's own help broke Chinese inside words
// ("no-addres / s") and named the program by its full path.

#include "commandlinehelp.h"
#include "translations.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTextBoundaryFinder>

#include <algorithm>

using namespace bc25;

namespace {

// What a program's --help is checked for: options whose names must stand
// whole at the start of their entry, and descriptions (source text, translated
// in `context`) that must be there whole.
struct Program
{
    QString path;
    bool takesLang = false; // --lang LANG; the others follow the system's language
    const char *context = "";
    QList<const char *> options;
    QList<const char *> descriptions;
};

Program program(const QString &name)
{
    if (name == QLatin1String("bc25-run"))
        return {QStringLiteral(BC25_RUN_PATH), true, "bc25-run",
                {"--port <PATH>", "--sim-option <NAME=VALUE>", "--include-identities", "--time-limit <S>", "--lang <LANG>",
                 "-h, --help", "--health"},
                {"Serial port of the module, e.g. /dev/ttyUSB0.",
                 "With --health: keep the IMEI, IMSI and ICCID in the JSON and HTML reports (masked by default).",
                 "A setting or fault of the virtual module, as bc25-sim names it: buffer-limit=256, fail=+QIOPEN, "
                 "dead-after=0, split=7 (repeatable).",
                 "A recipe file, or the name of a built-in recipe (see --list)."}};
    if (name == QLatin1String("bc25-sim"))
        return {QStringLiteral(BC25_SIM_PATH), false, "bc25-sim",
                {"--option <NAME=VALUE>", "--loopback-only", "--buffer-limit <BYTES>", "--reboot-after <MS>", "-h, --help", "--model <NAME>"},
                {"Any setting or fault by name, as bc25-run --sim-option takes it: registration=0, attached=0, reject-cause=15, "
                 "no-address, dns-fail, unreachable, strict, revision=TEXT (repeatable).",
                 "Refuse what the manual's notes say the firmware does not support (UDP SERVICE, hex QICFG sending, keepalive "
                 "data, QIDNSCFG before registration).",
                 "Reach no host but this one: connects, lookups, ping and NTP elsewhere fail."}};
    if (name == QLatin1String("bc25-decode"))
        return {QStringLiteral(BC25_DECODE_PATH), false, "decode",
                {"--transactions", "--recv-hex <0|1>", "--stats", "-h, --help", "--model <NAME>"},
                {"Print one JSON object per transaction (command, final result, second phase, latencies, URCs between, errors) "
                 "instead of the events.",
                 "Print one summary (bytes, events by kind and name, per-command counts and latencies, throughput) instead of the events.",
                 "Capture or raw log to read; - for standard input."}};
#ifdef BC25_WORKBENCH_PATH
    if (name == QLatin1String("bc25-workbench"))
        return {QStringLiteral(BC25_WORKBENCH_PATH), true, "bc25-workbench",
                {"--sim-option <NAME=VALUE>", "--screenshot <FILE>", "--startup-time", "--lang <LANG>", "-h, --help", "--model <NAME>"},
                {"A setting or fault of the built-in virtual module, as bc25-sim --option names it: csq=3, registration=3, "
                 "reject-cause=15, no-address, dns-fail, unreachable, ping-loss=4 (repeatable).",
                 "Run a short demo on the virtual module, save the window to FILE and quit."}};
#endif
    return {};
}

void addPrograms()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    QStringList names {QStringLiteral("bc25-run"), QStringLiteral("bc25-sim"), QStringLiteral("bc25-decode")};
#ifdef BC25_WORKBENCH_PATH
    names << QStringLiteral("bc25-workbench");
#endif
    for (const QString &name : names) {
        for (const char *language : {"zh_CN", "en"})
            QTest::newRow(qPrintable(name + QLatin1Char(' ') + QLatin1String(language))) << name << QString::fromLatin1(language);
    }
}

QString helpOf(const QString &name, const QString &language)
{
    const Program p = program(name);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The system's language for the programs without --lang; English under --lang otherwise.
    const QString system = p.takesLang ? QStringLiteral("C.UTF-8") : language + QStringLiteral(".UTF-8");
    for (const char *variable : {"LANG", "LC_ALL", "LC_MESSAGES"})
        environment.insert(QString::fromLatin1(variable), system);
    environment.insert(QStringLiteral("LANGUAGE"), p.takesLang ? QStringLiteral("en") : language);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    QStringList arguments {QStringLiteral("--help")};
    if (p.takesLang)
        arguments = QStringList {QStringLiteral("--lang"), language} + arguments;
    process.start(p.path, arguments);
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

bool isChinese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

QString withoutSpaces(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

// The help as one line of words: its wrapping undone.
QString unwrappedHelp(const QString &help)
{
    return help.simplified();
}

} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT

private slots:
    void helpFitsEightyColumns_data();
    void helpFitsEightyColumns();
    void chineseBreaksOnlyWhereALineMay_data();
    void chineseBreaksOnlyWhereALineMay();
    void aLongWordStaysWhole();
    void helpIsTrueToEveryModel_data();
    void helpIsTrueToEveryModel();
    void helpSaysTheExitStatusAsEveryProgram_data();
    void helpSaysTheExitStatusAsEveryProgram();
};

void TestCliHelp::helpFitsEightyColumns_data()
{
    addPrograms();
}

void TestCliHelp::helpFitsEightyColumns()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    const Program p = program(name);
    const QString help = helpOf(name, language);
    QVERIFY(!help.isEmpty());
    // The program by its name, not by the path it was started from (as Qt's help named it).
    const QString usage = help.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(usage.contains(name + QLatin1Char(' ')) && !usage.contains(QLatin1Char('/')), qPrintable(usage));
    QCOMPARE(isChinese(help), language == QLatin1String("zh_CN")); // in the language asked for
    for (const QString &line : help.split(QLatin1Char('\n')))
        QVERIFY2(columns(line) <= 80, qPrintable(QStringLiteral("%1 columns: %2").arg(columns(line)).arg(line)));
    // Every option's names whole, at the start of its entry.
    for (const char *option : p.options) {
        static const QRegularExpression entry(QStringLiteral("^  -"));
        bool found = false;
        for (const QString &line : help.split(QLatin1Char('\n')))
            found = found || (entry.match(line).hasMatch() && line.contains(QLatin1String(option)));
        QVERIFY2(found, option);
    }
    // Nothing lost in the wrapping: each description is there whole (spaces aside).
    QCOMPARE(Translations::install(QCoreApplication::instance(), language), language);
    const QString flat = withoutSpaces(help);
    for (const char *source : p.descriptions) {
        const QString said = QCoreApplication::translate(p.context, source);
        QVERIFY2(flat.contains(withoutSpaces(said)), qPrintable(said));
    }
    QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
}

void TestCliHelp::chineseBreaksOnlyWhereALineMay_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("wrapped"); // at least this many descriptions' lines are continued
    QTest::newRow("bc25-run") << QStringLiteral("bc25-run") << 6;
    QTest::newRow("bc25-sim") << QStringLiteral("bc25-sim") << 3;
    QTest::newRow("bc25-decode") << QStringLiteral("bc25-decode") << 2;
#ifdef BC25_WORKBENCH_PATH
    QTest::newRow("bc25-workbench") << QStringLiteral("bc25-workbench") << 1;
#endif
}

void TestCliHelp::chineseBreaksOnlyWhereALineMay()
{
    QFETCH(QString, name);
    QFETCH(int, wrapped);
    const QString help = helpOf(name, QStringLiteral("zh_CN"));
    QVERIFY(isChinese(help));
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
    QVERIFY2(continued >= wrapped, qPrintable(QString::number(continued))); // the long descriptions did wrap
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

void TestCliHelp::helpIsTrueToEveryModel_data()
{
    addPrograms();
}

// Every program reads every model (new-user pass 8, F10): its help says so and
// where the list is, and the workbench's built-in module starts as the model
// last chosen for it, not as "the virtual BC25" or "default bc25".
void TestCliHelp::helpIsTrueToEveryModel()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    if (language != QLatin1String("en"))
        QSKIP("the words are checked in English; the lead translates them");
    const QString help = unwrappedHelp(helpOf(name, language));
    QVERIFY2(!help.contains(QLatin1String("BC25/BC32")), qPrintable(help));
    QVERIFY2(!help.contains(QLatin1String("against a BC25 ")), qPrintable(help));
    const QString description = help.section(QLatin1String("Options:"), 0, 0);
    QVERIFY2(description.contains(QLatin1String("--list-models")), qPrintable(description));
    if (name == QLatin1String("bc25-workbench")) {
        QVERIFY2(!help.contains(QLatin1String("virtual BC25")), qPrintable(help));
        QVERIFY2(!help.contains(QLatin1String("default bc25")), qPrintable(help));
        QVERIFY2(help.contains(QLatin1String("the model last chosen for it")), qPrintable(help));
    }
}

void TestCliHelp::helpSaysTheExitStatusAsEveryProgram_data()
{
    addPrograms();
}

// The exit status is the same for every program (ExitStatus; README, bc25-run):
// each --help ends with what 0, 1 and 2 mean for it, in that order, 2 always
// the command line's own mistake, with nothing done.
void TestCliHelp::helpSaysTheExitStatusAsEveryProgram()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    const QString help = helpOf(name, language);
    QVERIFY(!help.isEmpty());
    if (language != QLatin1String("en"))
        QSKIP("the words are checked in English; the lead translates them");
    const QString section = help.section(QLatin1String("\nExit status:\n"), 1);
    QVERIFY2(!section.isEmpty(), qPrintable(help));
    const QStringList entries = section.split(QRegularExpression(QStringLiteral("(?m)^  (?=[0-9] )")), Qt::SkipEmptyParts);
    QCOMPARE(entries.size(), 3);
    for (int status = 0; status < 3; ++status)
        QVERIFY2(entries.at(status).startsWith(QString::number(status) + QLatin1Char(' ')), qPrintable(entries.at(status)));
    QVERIFY2(entries.at(2).simplified().contains(QLatin1String("The command line is wrong")), qPrintable(entries.at(2)));
    QVERIFY2(entries.at(2).contains(QLatin1String("nothing")) || entries.at(2).contains(QLatin1String("no window")), qPrintable(entries.at(2)));
    // bc25-decode names its argument as its README synopsis and its errors do.
    if (name == QLatin1String("bc25-decode"))
        QVERIFY2(help.startsWith(QLatin1String("Usage: bc25-decode [options] FILE\n")), qPrintable(help.section(QLatin1Char('\n'), 0, 0)));
}

QTEST_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
