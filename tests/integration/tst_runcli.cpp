// SPDX-License-Identifier: MIT
// bc25-run as CI runs it: a line per step, exit status 0 or 1, a JUnit
// report read back element by element, syntax errors that run nothing,
// parameters, the virtual module's faults from the command line, a capture,
// a real serial port: bc25-sim's pseudo-terminal, and --health with its
// JSON report (identities masked unless asked for) and its HTML report
// (self-contained, escaped, translated).

#include "rawpty.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run runProgram(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BC25_RUN_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return run;
    }
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestRunCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndListLikeTheOtherPrograms()
    {
        const Run version = runProgram({QStringLiteral("--version")});
        QCOMPARE(version.status, 0);
        QVERIFY(version.out.startsWith(QLatin1String("bc25-run ")));
        const Run list = runProgram({QStringLiteral("--list")});
        QCOMPARE(list.status, 0);
        QVERIFY(list.out.count(QLatin1Char('\n')) >= 12);
        QVERIFY(list.out.contains(QLatin1String("06_tcp_echo_buffer")));
    }

    // --model bc660k: a recipe whose "-- models:" line leaves the BC660K-GL
    // out is not run; it is said as skipped, the JUnit report has it skipped
    // (not passed), and, named on the command line, it makes the run not a pass.
    void aRecipeNotForTheModelIsSkippedNotPassed()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("skipped.xml"));
        const Run run = runProgram({QStringLiteral("--model"), QStringLiteral("bc660k"), QStringLiteral("--junit"), report,
                                    QStringLiteral("01_module_identity"), QStringLiteral("12_six_sockets")});
        QVERIFY2(run.status == 1, qPrintable(run.out + run.err));
        // With the reason its header gives ("-- needs:"), as the Recipes dock's tooltip.
        QVERIFY2(run.out.contains(QLatin1String("  SKIP   not for BC660K-GL (written for bc25, bc32, bg95, bg96, ec200u): "
                                                "needs six sockets at once (the BC660K-GL and the BC66 have five)")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Recipes: 1 passed, 0 failed.")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("(?m)^Skipped: 1 recipe(\\(s\\))? not for BC660K-GL$"))), qPrintable(run.out));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        bool sawSuite = false;
        bool sawSkipped = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("testsuites")) {
                QCOMPARE(xml.attributes().value(QLatin1String("skipped")).toInt(), 1);
                QCOMPARE(xml.attributes().value(QLatin1String("failures")).toInt(), 0);
            } else if (xml.name() == QLatin1String("testsuite") && xml.attributes().value(QLatin1String("name")) == QLatin1String("12_six_sockets")) {
                sawSuite = true;
                QCOMPARE(xml.attributes().value(QLatin1String("tests")).toInt(), 1);
                QCOMPARE(xml.attributes().value(QLatin1String("skipped")).toInt(), 1);
            } else if (sawSuite && xml.name() == QLatin1String("skipped")) {
                sawSkipped = xml.attributes().value(QLatin1String("message")).contains(QLatin1String("not for BC660K-GL"));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawSuite);
        QVERIFY(sawSkipped);
    }

    // Issue 18, the demo on a BG96: the library runs on its virtual module,
    // each recipe on the BG96's context (activated first), all but the one
    // whose "buff full" the BG96 does not print, which is skipped with why.
    void theLibraryRunsOnTheBg96()
    {
        const Run run = runProgram({QStringLiteral("--model"), QStringLiteral("bg96"), QStringLiteral("--library")});
        QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("Recipes: 12 passed, 0 failed.")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("  SKIP   not for BG96 (written for bc25, bc32, bc66): needs a \"buff full\" URC")),
                 qPrintable(run.out));
    }

    void aPassingRecipePrintsAStepLineEachAndExitsZero()
    {
        const Run run = runProgram({QStringLiteral("--virtual"), QStringLiteral("tcp_echo_buffer")});
        QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
        QCOMPARE(run.out.count(QRegularExpression(QStringLiteral("(?m)^  PASS "))), 3);
        QVERIFY(run.out.contains(QLatin1String("Recipes: 1 passed, 0 failed. Steps: 3 passed, 0 failed, 0 not reached")));
        // One style for every duration: a step's, the recipe's and the run's ("3 ms", "2.4 s").
        const QString duration = QStringLiteral("(\\d{1,3} ms|\\d+\\.\\d s)");
        QCOMPARE(run.out.count(QRegularExpression(QStringLiteral("(?m)^  PASS .*  \\(%1\\)$").arg(duration))), 3);
        // "%n step(s)": the English translation's plural forms say "3 steps".
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("(?m)^  passed: 3 step(s|\\(s\\)) in %1$").arg(duration))), qPrintable(run.out));
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("(?m)^Recipes: 1 passed, 0 failed\\. Steps: 3 passed, 0 failed, 0 not reached \\(%1\\)$").arg(duration))),
                 qPrintable(run.out));
    }

    void theJUnitReportHasWhatCiServersRead()
    {
        const QString report = m_dir.filePath(QStringLiteral("report.xml"));
        const Run run = runProgram({QStringLiteral("--junit"), report, QStringLiteral("--sim-option"), QStringLiteral("csq=99"),
                                    QStringLiteral("06_tcp_echo_buffer"), QStringLiteral("02_network_attach")});
        QCOMPARE(run.status, 1);
        QVERIFY(run.out.contains(QLatin1String("FAIL   Signal quality")));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList suites;
        int testcases = 0;
        QXmlStreamAttributes failure;
        QString failureText;
        QString systemOut;
        QString testcase;
        QStringList skipped;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == QLatin1String("testsuites")) {
                QCOMPARE(a.value(QLatin1String("tests")), QLatin1String("7"));
                QCOMPARE(a.value(QLatin1String("failures")), QLatin1String("1"));
                QCOMPARE(a.value(QLatin1String("errors")), QLatin1String("0"));
                QCOMPARE(a.value(QLatin1String("skipped")), QLatin1String("3"));
                QVERIFY(a.hasAttribute(QLatin1String("time")));
            } else if (xml.name() == QLatin1String("testsuite")) {
                suites << a.value(QLatin1String("name")).toString();
                QVERIFY(a.hasAttribute(QLatin1String("tests")) && a.hasAttribute(QLatin1String("time")));
            } else if (xml.name() == QLatin1String("testcase")) {
                ++testcases;
                testcase = a.value(QLatin1String("name")).toString();
                QVERIFY(a.value(QLatin1String("classname")).startsWith(QLatin1String("recipes.")));
            } else if (xml.name() == QLatin1String("failure")) {
                failure = a;
                failureText = xml.readElementText();
            } else if (xml.name() == QLatin1String("skipped")) {
                skipped << testcase;
                QCOMPARE(a.value(QLatin1String("message")), QLatin1String("Not reached: the run ended at the step \"Signal quality\"."));
            } else if (xml.name() == QLatin1String("system-out")) {
                systemOut += xml.readElementText();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(suites, QStringList({QStringLiteral("06_tcp_echo_buffer"), QStringLiteral("02_network_attach")}));
        QCOMPARE(testcases, 7); // 3 passed steps, the failed one, and the 3 it never reached
        // The steps the stopped recipe never reached are there, skipped, in the recipe's order.
        QCOMPARE(skipped, QStringList({QStringLiteral("Registration"), QStringLiteral("Packet domain attach"), QStringLiteral("PDP address")}));
        QVERIFY(run.out.contains(QLatin1String("  SKIP   Registration  (not reached)")));
        // The summary line counts what the report counts: 1 failed, 3 skipped, of the recipe's 4 steps.
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("(?m)^  FAILED: 1 failed, 3 not reached of 4 step(s|\\(s\\))$"))),
                 qPrintable(run.out));
        // The batch's line counts recipes as recipes and steps as steps, as the report does (7 testcases).
        QVERIFY2(run.out.contains(QLatin1String("Recipes: 1 passed, 1 failed. Steps: 3 passed, 1 failed, 3 not reached")),
                 qPrintable(run.out));
        QCOMPARE(failure.value(QLatin1String("type")), QLatin1String("check"));
        QVERIFY(failure.value(QLatin1String("message")).contains(QLatin1String("the module hears a cell")));
        QVERIFY2(failureText.contains(QLatin1String("+CSQ: 99,99")), qPrintable(failureText));
        QVERIFY(failureText.contains(QLatin1String("Received last")));
        QVERIFY(systemOut.contains(QLatin1String("AT+QIOPEN=1,0,\"TCP\"")));
    }

    void aSyntaxErrorShowsItsLineAndRunsNothing()
    {
        const QString recipe = write(QStringLiteral("broken.lua"), "step('first')\nat('AT')\nif then\n");
        const QString capture = m_dir.filePath(QStringLiteral("broken.bc25cap"));
        const Run run = runProgram({QStringLiteral("--capture"), capture, recipe});
        QCOMPARE(run.status, 1);
        // The line once, as Lua says it: not "line 3: broken.lua:3:".
        QVERIFY2(run.out.contains(QLatin1String("ERROR  load")) && run.out.contains(QLatin1String("broken.lua:3:"))
                         && !run.out.contains(QLatin1String("line 3: broken.lua:3:")),
                 qPrintable(run.out));
        QFile file(capture);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray recorded = file.readAll();
        QVERIFY(recorded.startsWith("#bc25-capture 1"));
        QVERIFY(!recorded.contains("command from recipe"));
    }

    void chineseTransactionLabelsLineUp()
    {
        // A Chinese character takes two columns: the values start in one column all the same.
        const Run run = runProgram({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--param"),
                                    QStringLiteral("echo_port=1"), QStringLiteral("06_tcp_echo_buffer")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.out.contains(QStringLiteral("  命令:       AT+QIOPEN")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("  最终结果:   OK")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("  第二阶段:   失败")), qPrintable(run.out));
    }

    // One step is "1 step", none is "No steps ran"; a runtime error says its
    // line once and no Lua stack; a step name's "%1" is text.
    void aRecipesWordsAreTheUsers()
    {
        const Run one = runProgram({write(QStringLiteral("one.lua"), "-- %1 %2 50%\nstep('%1 %2 50%')\nexpect(at('AT'))\n")});
        QVERIFY2(one.status == 0, qPrintable(one.out + one.err));
        QVERIFY2(!one.out.contains(QLatin1String("1 steps")), qPrintable(one.out));
        QVERIFY2(one.out.contains(QLatin1String("passed: 1 step")), qPrintable(one.out));
        QVERIFY2(one.out.contains(QStringLiteral("recipe one — %1 %2 50%")), qPrintable(one.out));
        QVERIFY2(one.out.contains(QRegularExpression(QStringLiteral("(?m)^  PASS   %1 %2 50%  \\("))), qPrintable(one.out));
        const Run none = runProgram({write(QStringLiteral("none.lua"), "-- Nothing\nlocal x = 1\n")});
        QCOMPARE(none.status, 1); // nothing ran, so nothing passed
        QVERIFY2(none.out.contains(QLatin1String("No steps ran")), qPrintable(none.out));
        QVERIFY2(!none.out.contains(QLatin1String("passed: 0")), qPrintable(none.out));
        const Run bug = runProgram({write(QStringLiteral("bug.lua"), "step('bug')\nlocal t = nil\nt.x = 1\n")});
        QCOMPARE(bug.status, 1);
        QCOMPARE(bug.out.count(QLatin1String("bug.lua:3")), 1);
        QVERIFY2(!bug.out.contains(QLatin1String("stack traceback")), qPrintable(bug.out));
        QVERIFY2(!bug.out.contains(QLatin1String("line 3:")), qPrintable(bug.out));
    }

    // A Chinese verdict takes two columns a character: the step names still start in one column.
    void chineseVerdictsLineUp()
    {
        const Run run = runProgram({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--param"),
                                    QStringLiteral("echo_port=1"), QStringLiteral("06_tcp_echo_buffer")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("(?m)^  失败   \\S"))), qPrintable(run.out));
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("(?m)^  跳过   \\S"))), qPrintable(run.out));
        const Run health = runProgram({QStringLiteral("--health"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                       QStringLiteral("--skip"), QStringLiteral("ping")});
        // Every verdict padded to 8 columns: 通过 (4) and 未运行 (6) alike.
        const QRegularExpression verdict(QStringLiteral("^  (通过|警告|失败|未运行)( +)\\S"));
        int lines = 0;
        for (const QString &line : health.out.split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch m = verdict.match(line);
            if (!m.hasMatch())
                continue;
            ++lines;
            QCOMPARE(m.captured(1).size() * 2 + m.captured(2).size(), 8 + 2);
        }
        QVERIFY2(lines >= 5, qPrintable(health.out));
    }

    // A recipe that begins no step tested nothing: an empty file, comments
    // only, a `return` before its first step all fail (exit 1), and the JUnit
    // report has a failure for it; the steps a `return` left are listed as
    // not reached, also after a run that passed (adversary pass 8, F6).
    void aRecipeThatRunsNoStepIsNotAPass_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("said");
        QTest::addColumn<QStringList>("notReached");
        QTest::newRow("zero bytes") << QByteArray() << 1 << "FAILED: No steps ran: the recipe has no step." << QStringList();
        QTest::newRow("comments only") << QByteArray("-- only comments\n-- step('a')\n") << 1
                                       << "FAILED: No steps ran: the recipe has no step." << QStringList();
        QTest::newRow("return before the steps") << QByteArray("if true then return end\nstep('a')\nstep('b')\n") << 1
                                                 << "FAILED: No steps ran: the recipe ended before its first step." << QStringList {"a", "b"};
        QTest::newRow("return after a step") << QByteArray("step('a')\nif true then return end\nstep('b')\ncheck(false, 'never')\n") << 0
                                             << "passed: 1 step in" << QStringList {"b"};
    }

    void aRecipeThatRunsNoStepIsNotAPass()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, status);
        QFETCH(QString, said);
        QFETCH(QStringList, notReached);
        const QString report = m_dir.filePath(QStringLiteral("nostep.xml"));
        const Run run = runProgram({QStringLiteral("--junit"), report, write(QStringLiteral("nostep.lua"), text)});
        QVERIFY2(run.status == status, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(said), qPrintable(run.out));
        for (const QString &name : notReached)
            QVERIFY2(run.out.contains(QStringLiteral("  SKIP   %1  (not reached)").arg(name)), qPrintable(run.out));
        QVERIFY2(run.out.contains(status == 0 ? QLatin1String("Recipes: 1 passed, 0 failed.") : QLatin1String("Recipes: 0 passed, 1 failed.")),
                 qPrintable(run.out));
        QFile xml(report);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QXmlStreamReader reader(&xml);
        while (!reader.atEnd() && !(reader.isStartElement() && reader.name() == QLatin1String("testsuites")))
            reader.readNext();
        QCOMPARE(reader.attributes().value(QLatin1String("failures")).toInt(), status == 0 ? 0 : 1);
        QCOMPARE(reader.attributes().value(QLatin1String("skipped")).toInt(), int(notReached.size()));
    }

    // bc25-run --health on a module that restarts (RDY) instead of answering
    // AT+CESQ, the signal check's optional command: the run fails, exit 1, and
    // the headline says the module restarted (adversary pass 8, F8).
    void aModuleThatRestartsDuringTheHealthCheckFailsIt()
    {
        const QString json = m_dir.filePath(QStringLiteral("restart.json"));
        const Run run = runProgram({QStringLiteral("--health"), QStringLiteral("--json"), json, QStringLiteral("--sim-option"),
                                    QStringLiteral("reboot-at=+CESQ")});
        QVERIFY2(run.status == 1, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("health check: FAILED")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("The module restarted (RDY) during: Signal.")), qPrintable(run.out));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(report.value(QStringLiteral("verdict")).toString(), QStringLiteral("failed"));
        QVERIFY(report.value(QStringLiteral("headline")).toString().contains(QLatin1String("restarted (RDY)")));
    }

    void parametersReachTheRecipe()
    {
        const QString recipe = write(QStringLiteral("word.lua"), "check(param('word') == 'hi', 'the parameter arrives')\n");
        const Run given = runProgram({QStringLiteral("--param"), QStringLiteral("word=hi"), recipe});
        QCOMPARE(given.status, 0);
        QVERIFY2(!given.err.contains(QLatin1String("warning")), qPrintable(given.err));
        // A misspelt name is bad usage, before anything runs, not silently left for the recipe's default.
        const QString defaulted = write(QStringLiteral("defaulted.lua"), "check(param('word', 'hi') == 'hi', 'the default')\n");
        const Run misspelt = runProgram({QStringLiteral("--param"), QStringLiteral("wrod=hi"), defaulted});
        QCOMPARE(misspelt.status, 2);
        QVERIFY2(misspelt.err.contains(QLatin1String("--param wrod: no recipe of this run has such a parameter (a typo?)")), qPrintable(misspelt.err));
        QVERIFY(misspelt.out.isEmpty());
        // A recipe that names its parameters at run time may read any name: then a warning after the run.
        const QString computed = write(QStringLiteral("computed.lua"), "local kind = 'word'\ncheck(param(kind, 'hi') == 'hi', 'the default')\n");
        const Run unread = runProgram({QStringLiteral("--param"), QStringLiteral("wrod=hi"), computed});
        QCOMPARE(unread.status, 0);
        QVERIFY2(unread.err.contains(QLatin1String("no recipe asked for the parameter wrod")), qPrintable(unread.err));
        // A value the declared type refuses: bad usage too, the parameter named.
        const QString typed = write(QStringLiteral("typed.lua"), "expect(at('AT'))\nlocal port = param('port', nil, 'integer')\n");
        const Run refused = runProgram({QStringLiteral("--param"), QStringLiteral("port=80a"), typed});
        QCOMPARE(refused.status, 2);
        QVERIFY2(refused.err.contains(QLatin1String("--param port: the parameter \"port\" must be an integer; got \"80a\" (recipe typed)")), qPrintable(refused.err));
        const Run missing = runProgram({recipe});
        QCOMPARE(missing.status, 1);
        QVERIFY(missing.out.contains(QLatin1String("--param word=VALUE")));
        const QString endless = write(QStringLiteral("forever.lua"), "step('forever')\nwhile true do sleep(50) end\n");
        const Run limited = runProgram({QStringLiteral("--time-limit"), QStringLiteral("1"), endless});
        QCOMPARE(limited.status, 1);
        QVERIFY(limited.out.contains(QLatin1String("line 2: Stopped: the recipe ran longer than the time limit of 1 s.")));
    }

    void aCaptureRecordsTheRecipesCommands()
    {
        const QString capture = m_dir.filePath(QStringLiteral("identity.bc25cap"));
        QCOMPARE(runProgram({QStringLiteral("--capture"), capture, QStringLiteral("01_module_identity")}).status, 0);
        QFile file(capture);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray recorded = file.readAll();
        QVERIFY(recorded.contains(" EV command from recipe\n"));
        QVERIFY(recorded.contains(" TX AT+CGSN=1\\r\n"));
    }

    // The run's end closes the link only once what the session wrote was
    // answered (the socket table's AT+QISTATE? after the recipe's close), and
    // nothing is written after: no command in the capture is cut off.
    void aCaptureEndsWithEveryCommandAnswered()
    {
        const QString capture = m_dir.filePath(QStringLiteral("echo.bc25cap"));
        const Run run = runProgram({QStringLiteral("--capture"), capture, QStringLiteral("06_tcp_echo_buffer")});
        QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
        const QList<QByteArray> records = readAll(capture).toUtf8().trimmed().split('\n');
        QVERIFY(records.constLast().contains(" EV link closed: "));
        qsizetype lastTx = -1;
        qsizetype lastRx = -1;
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (records.at(i).contains(" TX "))
                lastTx = i;
            else if (records.at(i).contains(" RX "))
                lastRx = i;
        }
        QVERIFY(lastTx > 0);
        QVERIFY2(lastRx > lastTx && records.at(lastRx).contains("OK\\r\\n"), records.at(lastTx).constData());
    }

    void badArgumentsAreRefused()
    {
        // Bad usage is 2 (README, "Exit status"), found before anything is sent.
        const Run option = runProgram({QStringLiteral("--sim-option"), QStringLiteral("nonsense=1"), QStringLiteral("01_module_identity")});
        QCOMPARE(option.status, 2);
        QVERIFY(option.err.contains(QLatin1String("Unknown virtual module option \"nonsense\"")));
        QCOMPARE(runProgram({QStringLiteral("no_such_recipe")}).status, 2);
        // A library recipe's port out of range is the command line's mistake, not a failed step.
        for (const QString &port : {QStringLiteral("echo_port=99999"), QStringLiteral("echo_port=abc")}) {
            const Run outOfRange = runProgram({QStringLiteral("--param"), port, QStringLiteral("06_tcp_echo_buffer")});
            QVERIFY2(outOfRange.status == 2, qPrintable(port + outOfRange.out + outOfRange.err));
            QVERIFY2(outOfRange.err.contains(QLatin1String("must be a port, 1-65535")), qPrintable(outOfRange.err));
        }
        const Run both = runProgram({QStringLiteral("--virtual"), QStringLiteral("--port"), QStringLiteral("/dev/no-such-bc25"),
                                     QStringLiteral("01_module_identity")});
        QCOMPARE(both.status, 2);
        QVERIFY2(both.err.contains(QLatin1String("--virtual and --port do not go together")), qPrintable(both.err));
        QVERIFY(both.out.isEmpty());
        // A language, a failing command or a fault that would silently do nothing.
        const Run language = runProgram({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("01_module_identity")});
        QCOMPARE(language.status, 2);
        QVERIFY2(language.err.contains(QLatin1String("--lang takes zh_CN or en, not xx")), qPrintable(language.err));
        for (const QString &fault : {QStringLiteral("fail=+BOGUS"), QStringLiteral("split=0"), QStringLiteral("baud=0")}) {
            const Run faulty = runProgram({QStringLiteral("--sim-option"), fault, QStringLiteral("01_module_identity")});
            QVERIFY2(faulty.status == 2, qPrintable(fault + faulty.err));
            QVERIFY(faulty.out.isEmpty());
        }
        QCOMPARE(runProgram({}).status, 2);
        const Run unknown = runProgram({QStringLiteral("--no-such-option"), QStringLiteral("01_module_identity")});
        QCOMPARE(unknown.status, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("bc25-run: Unknown option 'no-such-option'")), qPrintable(unknown.err));
        // A report asked for without the health check would never be written: said, not ignored.
        const Run report = runProgram({QStringLiteral("--report"), QStringLiteral("out.html"), QStringLiteral("01_module_identity")});
        QCOMPARE(report.status, 2);
        QVERIFY2(report.err.contains(QLatin1String("--report works with --health only")), qPrintable(report.err));
        for (const QStringList &recipeOnly : {QStringList {QStringLiteral("--junit"), QStringLiteral("out.xml")},
                                              QStringList {QStringLiteral("--library")}, QStringList {QStringLiteral("01_module_identity")}}) {
            const Run health = runProgram(QStringList {QStringLiteral("--health")} + recipeOnly);
            QVERIFY2(health.status == 2, qPrintable(recipeOnly.join(QLatin1Char(' ')) + health.out + health.err));
            QVERIFY(health.out.isEmpty());
        }
        // An option that would do nothing here is refused, not ignored.
        for (const QString &mode : {QString(), QStringLiteral("--health")}) {
            QStringList arguments {QStringLiteral("--port"), QStringLiteral("/dev/no-such-bc25"), QStringLiteral("--sim-option"),
                                   QStringLiteral("csq=3")};
            arguments << (mode.isEmpty() ? QStringLiteral("01_module_identity") : mode);
            const Run simulated = runProgram(arguments);
            QCOMPARE(simulated.status, 2);
            QVERIFY2(simulated.err.contains(QLatin1String("--sim-option sets up the virtual module; it does nothing with --port")),
                     qPrintable(simulated.err));
        }
        // Two numbers, each checked: a bad time limit is not hidden by a good baud rate.
        const Run limit = runProgram({QStringLiteral("--time-limit"), QStringLiteral("soon"), QStringLiteral("--baud"),
                                      QStringLiteral("9600"), QStringLiteral("01_module_identity")});
        QCOMPARE(limit.status, 2);
        QVERIFY(limit.out.isEmpty());
        // A port that is not there is a failure of the run, not of the command line.
        const Run port = runProgram({QStringLiteral("--port"), QStringLiteral("/dev/no-such-bc25"), QStringLiteral("01_module_identity")});
        QCOMPARE(port.status, 1);
        QVERIFY(port.err.contains(QLatin1String("/dev/no-such-bc25")));
    }

    // A CI pipeline must never be green by mistake: a check that cannot run
    // as the command line sets it up is refused (2) before the port is even
    // opened, not reported "not run" behind an exit status of 0.
    void healthRefusesWhatWouldLeaveACheckUnrun_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("said");
        QTest::newRow("port out of range") << QStringList {QStringLiteral("--param"), QStringLiteral("server_port=99999")}
                                           << QStringLiteral("the tcp check cannot run: AT+QIOPEN: <remote_port> is 99999; for \"TCP\" the manual allows 1-65535.");
        QTest::newRow("NTP port out of range") << QStringList {QStringLiteral("--param"), QStringLiteral("ntp_port=0")}
                                               << QStringLiteral("the ntp check cannot run:");
        QTest::newRow("not a number") << QStringList {QStringLiteral("--param"), QStringLiteral("server_port=http")}
                                      << QStringLiteral("--param server_port takes a number, not \"http\"");
        QTest::newRow("unknown name") << QStringList {QStringLiteral("--param"), QStringLiteral("server_prot=7")}
                                      << QStringLiteral("--param server_prot: the health check has no such parameter (it reads dns_host, ping_host, server, server_port,");
        QTest::newRow("port without hosts") << QStringList {QStringLiteral("--port"), QStringLiteral("PTY"), QStringLiteral("--param"), QStringLiteral("dns_host=example.com")}
                                            << QStringLiteral("the ping check cannot run: No host to ping was given. Give --param ping_host=HOST, or --skip ping.");
        // Without a name the DNS check would read the servers only and pass.
        QTest::newRow("port without a name to look up") << QStringList {QStringLiteral("--port"), QStringLiteral("PTY")}
                                                        << QStringLiteral("the dns check cannot run: No name to look up was given. Give --param dns_host=NAME, or --skip dns.");
        QTest::newRow("an empty name to look up") << QStringList {QStringLiteral("--param"), QStringLiteral("dns_host=")}
                                                  << QStringLiteral("the dns check cannot run: No name to look up was given.");
        // A name that ends its quotes would put AT+CFUN=0 on the wire.
        QTest::newRow("a name that breaks its quotes")
                << QStringList {QStringLiteral("--param"), QStringLiteral("dns_host=localhost\";+CFUN=0;+QIDNSGIP=1,\"localhost")}
                << QStringLiteral("the dns check cannot run: AT+QIDNSGIP: <hostname> holds a double quote");
        QTest::newRow("a host with a line end") << QStringList {QStringLiteral("--param"), QStringLiteral("ping_host=127.0.0.1\rAT+CFUN=0")}
                                                << QStringLiteral("the ping check cannot run: AT+QPING: <host> holds CR");
        // One module a run: never the virtual one when a port is named too.
        QTest::newRow("virtual and a port") << QStringList {QStringLiteral("--virtual"), QStringLiteral("--port"), QStringLiteral("PTY")}
                                            << QStringLiteral("--virtual and --port do not go together");
        QTest::newRow("server without its port") << QStringList {QStringLiteral("--port"), QStringLiteral("PTY"), QStringLiteral("--skip"), QStringLiteral("ping"),
                                                                 QStringLiteral("--skip"), QStringLiteral("ntp"), QStringLiteral("--param"), QStringLiteral("server=example.com"),
                                                                 QStringLiteral("--param"), QStringLiteral("dns_host=example.com")}
                                                 << QStringLiteral("the tcp check cannot run: AT+QIOPEN: <remote_port> is 0;");
    }

    void healthRefusesWhatWouldLeaveACheckUnrun()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, said);
        bc25::test::RawPty pty; // a module that would hear anything sent
        QVERIFY(pty.isOpen());
        arguments.replaceInStrings(QStringLiteral("PTY"), pty.slavePath());
        const Run run = runProgram(QStringList {QStringLiteral("--health")} + arguments);
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out)); // no plan printed: nothing started
        QCOMPARE(pty.readAvailable(), QByteArray());
    }

    // Every output file option: one that cannot be written is said before
    // anything runs, with exit status 1, and nothing is sent to the module.
    void anOutputThatCannotBeWrittenIsSaidBeforeTheRun_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString missing = QStringLiteral("/nonexistent-bc25-folder/out");
        QTest::newRow("capture") << QStringList {QStringLiteral("--capture"), missing + QStringLiteral(".cap"),
                                                 QStringLiteral("01_module_identity")};
        QTest::newRow("captures of several") << QStringList {QStringLiteral("--capture"), missing + QStringLiteral(".cap"),
                                                             QStringLiteral("01_module_identity"), QStringLiteral("02_network_attach")};
        QTest::newRow("junit") << QStringList {QStringLiteral("--junit"), missing + QStringLiteral(".xml"),
                                               QStringLiteral("01_module_identity")};
        QTest::newRow("health capture") << QStringList {QStringLiteral("--health"), QStringLiteral("--capture"),
                                                        missing + QStringLiteral(".cap")};
        QTest::newRow("health json") << QStringList {QStringLiteral("--health"), QStringLiteral("--json"),
                                                     missing + QStringLiteral(".json")};
        QTest::newRow("health report") << QStringList {QStringLiteral("--health"), QStringLiteral("--report"),
                                                       missing + QStringLiteral(".html")};
    }

    // A report the disk would not take (a file size limit of 0, its signal
    // ignored: every write fails with EFBIG, as on a full disk) is said and
    // fails the run, whatever the checks said (adversary pass 8, F9).
    void aReportTheDiskWouldNotTakeFailsTheRun()
    {
        QTemporaryDir dir;
        QProcess process;
        process.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 0; exec \"$0\" --health --json \"$1\""),
                       QStringLiteral(BC25_RUN_PATH), dir.filePath(QStringLiteral("health.json"))});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("cannot write")), qPrintable(err));
    }

    void anOutputThatCannotBeWrittenIsSaidBeforeTheRun()
    {
        QFETCH(QStringList, arguments);
        bc25::test::RawPty pty; // a module that would hear anything sent
        QVERIFY(pty.isOpen());
        const Run run = runProgram(QStringList {QStringLiteral("--port"), pty.slavePath()} + arguments);
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("cannot write /nonexistent-bc25-folder/out")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("does not exist")), qPrintable(run.err));
        QCOMPARE(pty.readAvailable(), QByteArray());
    }

    // The checks the user skips are the only ones a passing run may leave out.
    void healthPassesWithWhatTheUserSkippedOnly()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("health.json"));
        const Run run = runProgram({QStringLiteral("--health"), QStringLiteral("--skip"), QStringLiteral("ntp"), QStringLiteral("--skip"),
                                    QStringLiteral("ping"), QStringLiteral("--json"), file});
        QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("health check: PASSED — All 8 checks passed; 2 skipped.")), qPrintable(run.out));
        const QByteArray json = readAll(file).toUtf8();
        QVERIFY2(json.startsWith("{\n    \"verdict\": \"passed\",\n    \"headline\": \"All 8 checks passed; 2 skipped.\",\n"),
                 json.left(200).constData());
        QVERIFY(!QJsonDocument::fromJson(json).isNull());
    }

    // Adversary pass 9 F2: outputs that would replace one another. Two recipes
    // of one name get a capture each (FILE-t.cap, FILE-t-2.cap); two options
    // naming one file are refused before anything runs (bad usage).
    void noOutputReplacesAnother()
    {
        QTemporaryDir dir;
        QDir(m_dir.path()).mkpath(QStringLiteral("clash/a"));
        QDir(m_dir.path()).mkpath(QStringLiteral("clash/b"));
        const QString first = write(QStringLiteral("clash/a/t.lua"), "-- First\nstep('first')\nexpect(at('AT+CGSN=1'))\n");
        const QString second = write(QStringLiteral("clash/b/t.lua"), "-- Second\nstep('second')\nexpect(at('AT+CIMI'))\n");
        const QString capture = dir.filePath(QStringLiteral("c.cap"));
        const Run run = runProgram({QStringLiteral("--capture"), capture, first, second});
        QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
        const QString one = readAll(dir.filePath(QStringLiteral("c-t.cap")));
        const QString two = readAll(dir.filePath(QStringLiteral("c-t-2.cap")));
        QVERIFY2(one.contains(QLatin1String("AT+CGSN=1")) && !one.contains(QLatin1String("AT+CIMI")), qPrintable(one));
        QVERIFY2(two.contains(QLatin1String("AT+CIMI")) && !two.contains(QLatin1String("AT+CGSN=1")), qPrintable(two));

        const QString same = dir.filePath(QStringLiteral("r"));
        for (const QStringList &arguments :
             {QStringList {QStringLiteral("--health"), QStringLiteral("--json"), same, QStringLiteral("--report"), same},
              QStringList {QStringLiteral("--health"), QStringLiteral("--capture"), same, QStringLiteral("--json"),
                           dir.filePath(QStringLiteral("./r"))},
              QStringList {QStringLiteral("--junit"), same, QStringLiteral("--capture"), same, QStringLiteral("01_module_identity")}}) {
            const Run refused = runProgram(arguments);
            QVERIFY2(refused.status == 2, qPrintable(arguments.join(u' ') + refused.out + refused.err));
            QVERIFY2(refused.err.contains(QLatin1String("give each its own file")), qPrintable(refused.err));
            QVERIFY2(refused.out.isEmpty(), qPrintable(refused.out)); // nothing ran
            QVERIFY(!QFile::exists(same));
        }
    }

    void overARealSerialPort()
    {
        QProcess sim;
        sim.start(QStringLiteral(BC25_SIM_PATH), {QStringLiteral("--fresh"), QStringLiteral("--echo"), QStringLiteral("0")});
        QVERIFY(sim.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 10000);
        const QString port = QString::fromLocal8Bit(sim.readLine()).trimmed();
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 10000);
        const QString echo = QString::fromLocal8Bit(sim.readLine()).trimmed().section(QLatin1Char(':'), -1);
        QTemporaryDir dir;
        const Run run = runProgram({QStringLiteral("--port"), port, QStringLiteral("--param"), QStringLiteral("echo_port=") + echo,
                                    QStringLiteral("--capture"), dir.filePath(QStringLiteral("run.cap")),
                                    QStringLiteral("01_module_identity"), QStringLiteral("06_tcp_echo_buffer"),
                                    QStringLiteral("10_binary_2k")});
        sim.terminate();
        sim.waitForFinished(5000);
        QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QLatin1String("Recipes: 3 passed, 0 failed. Steps: 9 passed, 0 failed, 0 not reached")));
        // Each recipe's header, the first one's too, as on the virtual module.
        QCOMPARE(run.out.count(QRegularExpression(QStringLiteral("(?m)^recipe (01_module_identity|06_tcp_echo_buffer|10_binary_2k) — "))), 3);
        QVERIFY(run.out.startsWith(QStringLiteral("recipe 01_module_identity — ")));
        // One capture per recipe, as --help says, each with its own recipe's commands.
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("run.cap"))));
        const QString identity = readAll(dir.filePath(QStringLiteral("run-01_module_identity.cap")));
        const QString echoed = readAll(dir.filePath(QStringLiteral("run-06_tcp_echo_buffer.cap")));
        const QString binary = readAll(dir.filePath(QStringLiteral("run-10_binary_2k.cap")));
        QVERIFY(identity.startsWith(QLatin1String("#bc25-capture 1")) && echoed.startsWith(QLatin1String("#bc25-capture 1"))
                && binary.startsWith(QLatin1String("#bc25-capture 1")));
        QVERIFY(identity.contains(QLatin1String("AT+CGSN=1")) && !identity.contains(QLatin1String("AT+QIOPEN")));
        QVERIFY(echoed.contains(QLatin1String("AT+QIOPEN")) && !echoed.contains(QLatin1String("AT+CGSN=1")));
        QVERIFY(binary.contains(QLatin1String("AT+QISEND")) && !binary.contains(QLatin1String("AT+CGSN=1")));
    }

    // --model bc25 on a port whose module says it is a BG96: one line on
    // standard error; the same model said nothing. Without --model (adv6 F4)
    // the default is said the same way, and the capture's header names the
    // model the run read with.
    void aModelTheModuleDoesNotNameIsSaid()
    {
        for (const QString &model : {QStringLiteral("bc25"), QStringLiteral("bg96"), QString()}) {
            QProcess sim;
            sim.start(QStringLiteral(BC25_SIM_PATH), {QStringLiteral("--fresh"), QStringLiteral("--model"), QStringLiteral("bg96")});
            QVERIFY(sim.waitForStarted(10000));
            QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 10000);
            const QString port = QString::fromLocal8Bit(sim.readLine()).trimmed();
            QTemporaryDir dir;
            const QString capture = dir.filePath(QStringLiteral("run.cap"));
            QStringList arguments {QStringLiteral("--port"), port, QStringLiteral("--capture"), capture, QStringLiteral("01_module_identity")};
            if (!model.isEmpty())
                arguments << QStringLiteral("--model") << model;
            const Run run = runProgram(arguments);
            sim.terminate();
            sim.waitForFinished(5000);
            const QString chosen = QStringLiteral("the module identifies itself as BG96; --model bc25 reads it as BC25");
            const QString byDefault = QStringLiteral("the module identifies itself as BG96; read as BC25, the default (--model bg96 reads it as BG96)");
            if (model == QLatin1String("bc25"))
                QVERIFY2(run.err.count(chosen) == 1 && !run.err.contains(byDefault), qPrintable(run.err));
            else if (model.isEmpty())
                QVERIFY2(run.err.count(byDefault) == 1 && !run.err.contains(chosen), qPrintable(run.err));
            else
                QVERIFY2(!run.err.contains(QLatin1String("the module identifies")), qPrintable(run.err));
            const QString header = readAll(capture).section(QLatin1Char('\n'), 0, 5);
            const QString used = model.isEmpty() ? QStringLiteral("bc25") : model;
            QVERIFY2(header.contains(QStringLiteral("# model=") + used), qPrintable(header));
        }
    }

    // A module whose identity names no model of the list (ATI's model line
    // "BC25", not "Quectel_BC25", and a revision no model has) is said in its
    // own words, never "a unknown"; with --model too.
    void anIdentityNoModelHasIsSaidInItsWords()
    {
        for (const bool chosen : {false, true}) {
            QProcess sim;
            sim.start(QStringLiteral(BC25_SIM_PATH), {QStringLiteral("--fresh"), QStringLiteral("--option"),
                                                      QStringLiteral("ati=Quectel|BC25|Revision: XYZ01"), QStringLiteral("--option"),
                                                      QStringLiteral("revision=XYZ01")});
            QVERIFY(sim.waitForStarted(10000));
            QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 10000);
            const QString port = QString::fromLocal8Bit(sim.readLine()).trimmed();
            QStringList arguments {QStringLiteral("--port"), port, QStringLiteral("01_module_identity")};
            if (chosen)
                arguments << QStringLiteral("--model") << QStringLiteral("bc25");
            const Run run = runProgram(arguments);
            sim.terminate();
            sim.waitForFinished(5000);
            const QString said = chosen ? QStringLiteral("the module's identity (\"BC25\") is not a known model; --model bc25 reads it as BC25")
                                        : QStringLiteral("the module's identity (\"BC25\") is not a known model; read as BC25, the default");
            QVERIFY2(run.err.count(said) == 1, qPrintable(run.err));
            QVERIFY2(!run.err.contains(QLatin1String("unknown")) && !run.err.contains(QLatin1String(" a BC25")), qPrintable(run.err));
        }
    }

    // adv6 F8: README says the health check's context can be named; --context
    // names it, in the model's range, refused out of it with that range (2).
    // Adversary pass 9 F5: "Context 1 has the address 0.0.0.0" passed; the
    // unspecified address, or text that is no address, is a context without one.
    void healthFailsAContextWithNoUsableAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("usable");
        QTest::newRow("unspecified") << QStringLiteral("0.0.0.0") << false;
        QTest::newRow("not an address") << QStringLiteral("abc") << false;
        QTest::newRow("a number") << QStringLiteral("0") << false;
        QTest::newRow("IPv6 octets, zero") << QStringLiteral("0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0") << false;
        // Adversary pass 10 F2: inet_aton's shorthands, and addresses no context has.
        QTest::newRow("127.1") << QStringLiteral("127.1") << false;
        QTest::newRow("hex") << QStringLiteral("0x7f000001") << false;
        QTest::newRow("broadcast") << QStringLiteral("255.255.255.255") << false;
        QTest::newRow("v4-mapped unspecified") << QStringLiteral("::ffff:0.0.0.0") << false;
        QTest::newRow("IPv4") << QStringLiteral("10.45.0.9") << true;
        QTest::newRow("IPv6 octets") << QStringLiteral("32.1.13.184.0.0.0.0.0.0.0.0.0.0.0.1") << true;
    }
    void healthFailsAContextWithNoUsableAddress()
    {
        QFETCH(QString, address);
        QFETCH(bool, usable);
        const Run run = runProgram({QStringLiteral("--health"), QStringLiteral("--sim-option"),
                                    QStringLiteral("address=") + address});
        const QString unusable = QStringLiteral("context 1 has no usable address: the module gave \"%1\"").arg(address);
        if (usable) {
            QVERIFY2(run.out.contains(QStringLiteral("Context 1 has the address %1").arg(address)), qPrintable(run.out + run.err));
        } else {
            QVERIFY2(run.status == 1, qPrintable(run.out + run.err));
            QVERIFY2(run.out.contains(unusable), qPrintable(run.out + run.err));
        }
    }

    void healthTakesTheContextNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("said");
        QTest::newRow("bc25 2") << QStringList {QStringLiteral("--context"), QStringLiteral("2")} << 1
                                << QStringLiteral("AT+QPING=2,\"127.0.0.1\"");
        QTest::newRow("bc25 4") << QStringList {QStringLiteral("--context"), QStringLiteral("4")} << 2
                                << QStringLiteral("--context 4: the BC25's contexts are 1-3");
        QTest::newRow("bc25 0") << QStringList {QStringLiteral("--context"), QStringLiteral("0")} << 2
                                << QStringLiteral("--context 0: the BC25's contexts are 1-3");
        QTest::newRow("bg96 17") << QStringList {QStringLiteral("--model"), QStringLiteral("bg96"), QStringLiteral("--context"), QStringLiteral("17")}
                                 << 2 << QStringLiteral("--context 17: the BG96's contexts are 1-16");
        QTest::newRow("bc660k 1") << QStringList {QStringLiteral("--model"), QStringLiteral("bc660k"), QStringLiteral("--context"), QStringLiteral("1")}
                                  << 2 << QStringLiteral("--context 1: the BC660K-GL has context 0 only");
        QTest::newRow("not a number") << QStringList {QStringLiteral("--context"), QStringLiteral("one")} << 2
                                      << QStringLiteral("--context takes a number, not one");
    }
    void healthTakesTheContextNamed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, said);
        const Run run = runProgram(QStringList {QStringLiteral("--health")} + arguments);
        QVERIFY2(run.status == status, qPrintable(run.out + run.err));
        QVERIFY2((status == 2 ? run.err : run.out).contains(said), qPrintable(run.out + run.err));
        if (status == 2)
            QVERIFY2(run.out.isEmpty(), qPrintable(run.out)); // refused before anything is sent
        else // the virtual BC25 defines no context 2 (AT+CGDCONT? lists 1 only): said of that context
            QVERIFY2(run.out.contains(QStringLiteral("AT+CGDCONT? lists no context 2")), qPrintable(run.out));
        // A recipe run has no such option: said, not ignored.
        QCOMPARE(runProgram({QStringLiteral("--context"), QStringLiteral("1"), QStringLiteral("01_module_identity")}).status, 2);
    }

    void healthOnTheVirtualModulePassesAndWritesEveryCheckAsJson()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("health.json"));
        const Run run = runProgram({QStringLiteral("--health"), QStringLiteral("--json"), file});
        QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QLatin1String("[x] TCP connection to the server: AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",")));
        QVERIFY(run.out.contains(QStringLiteral("checks: 10 of 10 passed — failed: 0, warnings: 0")));
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray bytes = json.readAll();
        const QJsonObject report = QJsonDocument::fromJson(bytes).object();
        // When, with which workbench, and which module: what the office asks first.
        const QDateTime date = QDateTime::fromString(report.value(QStringLiteral("date")).toString(), Qt::ISODate);
        QVERIFY2(qAbs(date.secsTo(QDateTime::currentDateTime())) < 600, bytes.left(200).constData());
        QCOMPARE(report.value(QStringLiteral("workbench_version")).toString(), QStringLiteral(BC25_VERSION));
        QVERIFY(report.value(QStringLiteral("module")).toObject().value(QStringLiteral("identification")).toArray()
                        .contains(QStringLiteral("Quectel_BC25")));
        QCOMPARE(report.value(QStringLiteral("result")).toObject().value(QStringLiteral("passed")).toInt(), 10);
        const QJsonArray checks = report.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 10);
        for (const QJsonValue &check : checks) {
            const QJsonObject c = check.toObject();
            QCOMPARE(c.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
            QVERIFY(!c.value(QStringLiteral("summary")).toString().isEmpty());
            QVERIFY(!c.value(QStringLiteral("planned")).toArray().isEmpty());
            QVERIFY(!c.value(QStringLiteral("transactions")).toArray().isEmpty());
        }
        QCOMPARE(checks.at(0).toObject().value(QStringLiteral("transactions")).toArray().at(2).toObject()
                         .value(QStringLiteral("command")).toString(), QStringLiteral("AT+CGSN=1"));
        // The virtual module's IMEI and IMSI, masked but for the model and the network.
        QVERIFY(!bytes.contains("866818039921448"));
        QVERIFY(bytes.contains("86681803*******"));
        QVERIFY(!bytes.contains("460001234567890"));
        QVERIFY(bytes.contains("46000**********"));
        const Run identities = runProgram({QStringLiteral("--health"), QStringLiteral("--json"), file,
                                           QStringLiteral("--include-identities"), QStringLiteral("--skip"), QStringLiteral("ntp")});
        QCOMPARE(identities.status, 0);
        QFile again(file);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const QByteArray full = again.readAll();
        QVERIFY(full.contains("866818039921448"));
        QVERIFY(full.contains("460001234567890"));
    }

    // A module that is off behind its adapter (a pty nobody answers on): the
    // session stops reading after ATI goes unanswered, so the check's own ATI
    // follows at once and fails, instead of waiting out every read's time
    // limit first (AT+CGATT? alone was 85 s; the run took 2 min 17 s).
    void healthOnASilentModuleFailsAtTheFirstCheck()
    {
        bc25::test::RawPty pty;
        QVERIFY(pty.isOpen());
        const Run run = runProgram({QStringLiteral("--health"), QStringLiteral("--port"), pty.slavePath(), QStringLiteral("--skip"),
                                    QStringLiteral("ping"), QStringLiteral("--skip"), QStringLiteral("tcp"), QStringLiteral("--skip"), QStringLiteral("ntp"),
                                    QStringLiteral("--param"), QStringLiteral("dns_host=example.com")});
        QCOMPARE(run.status, 1);
        // Out of the 7 checks not skipped (the one count the panel shows too).
        QVERIFY2(run.out.contains(QStringLiteral("health check: FAILED — 1 of 7 checks failed: Module answers, identity.")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Fail      Module answers, identity: No final result for ATI")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("checks: 0 of 7 passed, 3 skipped — failed: 1, warnings: 0")), qPrintable(run.out));
        QCOMPARE(pty.readAvailable(), QByteArray("AT\rATI\rATI\r")); // nothing more asked of a silent module
    }

    // A recipe on a dead module: the link's first check (AT, then ATI) says the
    // module does not answer and the recipe is not begun; it waited out AT,
    // ATI, AT+CGMR and then its own first command (15 s), and said only that.
    void aRecipeOnASilentModuleStopsAtTheLinksFirstCheck()
    {
        bc25::test::RawPty pty;
        QVERIFY(pty.isOpen());
        const QString recipe = write(QStringLiteral("silent.lua"), "step('at')\nexpect(at('AT'))\n");
        const QString report = m_dir.filePath(QStringLiteral("silent.xml"));
        const Run run = runProgram({QStringLiteral("--port"), pty.slavePath(), QStringLiteral("--junit"), report, recipe});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("The module does not answer")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("read as soon as it says anything")), qPrintable(run.err));
        QVERIFY2(!run.out.contains(QLatin1String("FAIL ")), qPrintable(run.out));
        QCOMPARE(pty.readAvailable(), QByteArray("AT\rATI\r"));
        // A CI job still gets its report: the recipe, with one error saying why it could not run.
        QFile file(report);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(report));
        const QByteArray xml = file.readAll();
        QVERIFY2(xml.contains("<testsuite name=\"silent\""), xml.constData());
        QVERIFY2(xml.contains("errors=\"1\""), xml.constData());
        QVERIFY2(xml.contains("The module does not answer"), xml.constData());
    }

    // A module that answers AT but not ATI is no dead module (the cable and the
    // baud rate are right): the run says what it heard, in a program's words —
    // not the window's "it is read as soon as it says anything", which means
    // nothing in a program about to exit. The module answers on a real pty.
    void aRecipeOnAModuleThatAnswersAtButNotAtiSaysSo()
    {
        bc25::test::RawPty pty;
        QVERIFY(pty.isOpen());
        const QString recipe = write(QStringLiteral("noati.lua"), "step('at')\nexpect(at('AT'))\n");
        const QString report = m_dir.filePath(QStringLiteral("noati.xml"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BC25_RUN_PATH), {QStringLiteral("--port"), pty.slavePath(), QStringLiteral("--junit"), report, recipe});
        QByteArray heard;
        bool answered = false;
        // The module echoes and answers AT; ATI it takes in silence.
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     heard += pty.readAvailable();
                                     if (!answered && heard.startsWith("AT\r")) {
                                         pty.write("AT\r\r\nOK\r\n");
                                         answered = true;
                                     }
                                     return process.state() == QProcess::NotRunning;
                                 }()),
                                 60000);
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("The module answers AT but not ATI;")), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("does not answer")), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("read as soon as it says anything")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("No recipe was run")), qPrintable(err));
        QCOMPARE(heard, QByteArray("AT\rATI\r"));
        QFile file(report);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(report));
        const QByteArray xml = file.readAll();
        QVERIFY2(xml.contains("The module answers AT but not ATI;"), xml.constData());
    }

    void healthWithAFaultExitsOneStopsAndSkipsWhatIsUnticked()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("health.json"));
        const Run run = runProgram({QStringLiteral("--health"), QStringLiteral("--sim-option"), QStringLiteral("unreachable"),
                                    QStringLiteral("--skip"), QStringLiteral("ping"), QStringLiteral("--json"), file});
        QVERIFY2(run.status == 1, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QLatin1String("[ ] Ping")));
        QVERIFY(!run.out.contains(QLatin1String("QPING")));
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QJsonObject byName;
        for (const QJsonValue &check : QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("checks")).toArray())
            byName.insert(check.toObject().value(QStringLiteral("check")).toString(), check);
        const QJsonObject ping = byName.value(QStringLiteral("ping")).toObject();
        QCOMPARE(ping.value(QStringLiteral("verdict")).toString(), QStringLiteral("not run"));
        QCOMPARE(ping.value(QStringLiteral("ticked")).toBool(), false);
        QVERIFY(ping.value(QStringLiteral("transactions")).toArray().isEmpty());
        const QJsonObject tcp = byName.value(QStringLiteral("tcp")).toObject();
        QCOMPARE(tcp.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
        QVERIFY(tcp.value(QStringLiteral("summary")).toString().contains(QLatin1String("566")));
        QVERIFY(tcp.value(QStringLiteral("advice")).toString().contains(QLatin1String("firewall")));
        QCOMPARE(tcp.value(QStringLiteral("transactions")).toArray().size(), 1); // nothing opened, nothing to close
        const Run stopped = runProgram({QStringLiteral("--health"), QStringLiteral("--sim-option"), QStringLiteral("csq=99")});
        QCOMPARE(stopped.status, 1);
        QVERIFY(stopped.out.contains(QLatin1String("failed, so this check would tell nothing")));
        QVERIFY(runProgram({QStringLiteral("--health"), QStringLiteral("--skip"), QStringLiteral("nonsense")}).status == 2);
    }

    void healthWritesOneSelfContainedHtmlReport()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("health.html"));
        const QString json = dir.filePath(QStringLiteral("health.json"));
        // A '<' from the module (its AT+CGMR answer) must arrive escaped.
        const Run run = runProgram({QStringLiteral("--health"), QStringLiteral("--virtual"), QStringLiteral("--report"), file,
                                    QStringLiteral("--json"), json, QStringLiteral("--sim-option"),
                                    QStringLiteral("revision=Revision: <b>BC25&X</b>"), QStringLiteral("--site"),
                                    QStringLiteral("Depot <7> & yard"), QStringLiteral("--param"), QStringLiteral("serial=SN\"42\"<i>")});
        QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QLatin1String("site: Depot <7> & yard")));
        const QJsonObject report = QJsonDocument::fromJson(readAll(json).toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("verdict")).toString(), QStringLiteral("passed"));
        QCOMPARE(report.value(QStringLiteral("headline")).toString(), QStringLiteral("All 10 checks passed."));
        QCOMPARE(report.value(QStringLiteral("site")).toString(), QStringLiteral("Depot <7> & yard"));
        QCOMPARE(report.value(QStringLiteral("serial")).toString(), QStringLiteral("SN\"42\"<i>"));
        const QString html = readAll(file);
        // The verdict first, then the site and the serial number, every one escaped.
        const qsizetype headline = html.indexOf(QLatin1String("<div class=\"headline pass\" id=\"verdict\"><b>PASSED</b>All 10 checks passed.</div>"));
        QVERIFY2(headline > 0, qPrintable(html.left(2000)));
        QVERIFY(headline < html.indexOf(QLatin1String("<div class=\"check\"")));
        QVERIFY(html.contains(QLatin1String("<td>Site</td><td>Depot &lt;7&gt; &amp; yard</td>")));
        QVERIFY(html.contains(QLatin1String("<td>Serial number</td><td>SN&quot;42&quot;&lt;i&gt;</td>")));
        QVERIFY(!html.contains(QLatin1String("<i>")));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("<title>BC25 health check report</title>")));
        // Nothing from outside: no links, scripts, images or style sheets.
        QVERIFY(!html.contains(QLatin1String("http://")));
        QVERIFY(!html.contains(QLatin1String("https://")));
        QVERIFY(!html.contains(QLatin1String("src=")));
        QVERIFY(!html.contains(QLatin1String("<link")));
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(html.contains(QLatin1String("<style>")));
        QCOMPARE(html.count(QLatin1String("<svg")), 2); // the signal and the ping
        QVERIFY(html.contains(QLatin1String("<details>")));
        for (const char *title : {"Module answers, identity", "SIM", "Signal", "Network registration", "DNS", "Ping", "TCP connection to the server"})
            QVERIFY2(html.contains(QLatin1String(title)), title);
        QCOMPARE(html.count(QLatin1String("<span class=\"verdict pass\">Pass</span>")), 10);
        QVERIFY(html.contains(QLatin1String("AT+QPING=")));
        QVERIFY(html.contains(QLatin1String("Revision: &lt;b&gt;BC25&amp;X&lt;/b&gt;")));
        QVERIFY(!html.contains(QLatin1String("<b>BC25")));
        QVERIFY(html.contains(QLatin1String("86681803*******")));
        QVERIFY(!html.contains(QLatin1String("866818039921448")));
        QVERIFY(html.contains(QString::number(QDate::currentDate().year())));

        const Run full = runProgram({QStringLiteral("--health"), QStringLiteral("--report"), file,
                                     QStringLiteral("--include-identities"), QStringLiteral("--skip"), QStringLiteral("ping")});
        QVERIFY2(full.status == 0, qPrintable(full.out + full.err));
        const QString identities = readAll(file);
        QVERIFY(identities.contains(QLatin1String("866818039921448")));
        QVERIFY(!identities.contains(QLatin1String("*******")));
        QCOMPARE(identities.count(QLatin1String("<svg")), 1); // no ping, no round trips to draw
        QCOMPARE(identities.count(QLatin1String("<span class=\"verdict notrun\">Not run</span>")), 1);
        QCOMPARE(identities.count(QLatin1String("<span class=\"verdict pass\">Pass</span>")), 9);
    }

    void healthReportFailsColouredAndInChinese()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("health.html"));
        const Run run = runProgram({QStringLiteral("--health"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                    QStringLiteral("--sim-option"), QStringLiteral("unreachable"), QStringLiteral("--report"), file});
        QCOMPARE(run.status, 1);
        const QString html = readAll(file);
        QVERIFY(html.contains(QStringLiteral("<title>BC25 健康检查报告</title>")));
        QVERIFY(html.contains(QLatin1String("<html lang=\"zh-CN\">")));
        QVERIFY(html.contains(QLatin1String("<span class=\"verdict fail\">")));
        QVERIFY(html.contains(QLatin1String("<div class=\"headline fail\" id=\"verdict\">")));
        QVERIFY(!html.contains(QLatin1String("Date and time")));
        QVERIFY(!html.contains(QLatin1String("Evidence")));
    }

private:
    static QString readAll(const QString &name)
    {
        QFile file(name);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(text);
        return path;
    }

    QTemporaryDir m_dir;

};

QTEST_GUILESS_MAIN(TestRunCli)
#include "tst_runcli.moc"
