// SPDX-License-Identifier: MIT
// The recipe machinery without a module: the Lua sandbox (what it offers,
// its instruction budget and memory limit, syntax errors with their line),
// a recipe's header, expect()'s decisions on transactions, and the JUnit
// report read back as a CI server reads it.

#include "recipe/junitwriter.h"
#include "recipe/luasandbox.h"
#include "recipe/recipe.h"
#include "profile/moduleprofile.h"
#include "recipe/transactioncheck.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace bc25;
using namespace bc25::recipe;

namespace {

at::ResultLine line(const QByteArray &text)
{
    return at::ResultLine::parse(text);
}

// A QIOPEN whose second phase ended with +QIOPEN: 0,<err>.
at::Transaction open(int error)
{
    at::Transaction t;
    t.id = 7;
    t.command = "AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",7,0,0";
    t.status = at::Transaction::Status::Ok;
    t.lines << line("OK");
    t.writtenMs = 0;
    t.finalMs = 2;
    t.operation.status = error == 0 ? at::OperationResult::Status::Done : at::OperationResult::Status::Failed;
    t.operation.lines << line("+QIOPEN: 0," + QByteArray::number(error));
    t.operation.finishedMs = 9;
    return t;
}

struct Element
{
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
};

QList<Element> elements(const QByteArray &xml, QString *error)
{
    QList<Element> found;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            found << Element {reader.name().toString(), reader.attributes(), {}};
        else if (reader.isCharacters() && !reader.isWhitespace() && !found.isEmpty())
            found.last().text += reader.text();
    }
    *error = reader.hasError() ? reader.errorString() : QString();
    return found;
}

} // namespace

class TestRecipeSandbox : public QObject
{
    Q_OBJECT

private slots:
    void theSandboxOffersNoWayOutOfIt()
    {
        LuaSandbox sandbox;
        QVERIFY(sandbox.isValid());
        const QByteArray probe = "assert(os == nil and io == nil and require == nil and package == nil)\n"
                                 "assert(load == nil and loadfile == nil and dofile == nil and debug == nil)\n"
                                 "assert(collectgarbage == nil and coroutine == nil and string.dump == nil)\n"
                                 "assert(string.format('%d', 5) == '5' and math.max(1, 2) == 2 and utf8.char(72) == 'H')\n";
        QCOMPARE(sandbox.load(probe, QStringLiteral("probe.lua")), QString());
        QCOMPARE(sandbox.resume(0), LuaSandbox::Status::Finished);
    }

    void precompiledChunksAreRefused()
    {
        LuaSandbox sandbox;
        const QString error = sandbox.load(QByteArray("\x1bLua\x54\x00", 6), QStringLiteral("bytecode.lua"));
        QVERIFY2(error.contains(QLatin1String("binary")), qPrintable(error));
    }

    void aSyntaxErrorNamesItsLine()
    {
        const Recipe recipe = Recipe::fromText("step('one')\nat('AT')\nlocal = 5\n", QStringLiteral("broken"));
        const Recipe::SyntaxError error = recipe.checkSyntax();
        QVERIFY(error.isError());
        QCOMPARE(error.line, 3);
        QVERIFY2(error.message.startsWith(QLatin1String("broken.lua:3:")), qPrintable(error.message));
        QVERIFY(!Recipe::fromText("step('fine')\n", QStringLiteral("fine")).checkSyntax().isError());
    }

    void anEndlessLoopRunsOutOfBudget_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("plain loop") << QByteArray("while true do end");
        QTest::newRow("loop that catches errors") << QByteArray("while true do pcall(function() while true do end end) end");
        QTest::newRow("inside a sort comparator") << QByteArray(
                "local t = {} for i = 1, 100 do t[i] = i end\n"
                "while true do pcall(table.sort, t, function(a, b) while true do end end) end");
    }

    void anEndlessLoopRunsOutOfBudget()
    {
        QFETCH(QByteArray, text);
        LuaSandbox sandbox;
        sandbox.setInstructionBudget(200000);
        QCOMPARE(sandbox.load(text, QStringLiteral("loop.lua")), QString());
        // It comes back instead of freezing the caller: yielded (never to be
        // resumed), or failed where it could not yield (pcall no longer catches).
        QVERIFY(sandbox.resume(0) != LuaSandbox::Status::Finished);
        QVERIFY(sandbox.budgetExceeded());
        QVERIFY(sandbox.currentLine() >= 1);
    }

    void memoryIsBounded()
    {
        LuaSandbox sandbox(4 << 20);
        QCOMPARE(sandbox.load("local t = {} for i = 1, 1e7 do t[i] = string.rep('x', 100) .. i end",
                              QStringLiteral("hungry.lua")), QString());
        QCOMPARE(sandbox.resume(0), LuaSandbox::Status::Failed);
        QVERIFY2(sandbox.errorMessage().contains(QLatin1String("not enough memory")), qPrintable(sandbox.errorMessage()));
    }

    void aRuntimeErrorKeepsItsLineAndStack()
    {
        LuaSandbox sandbox;
        QCOMPARE(sandbox.load("local function f()\n  local t = nil\n  return t.x\nend\nf()\n", QStringLiteral("bug.lua")), QString());
        QCOMPARE(sandbox.resume(0), LuaSandbox::Status::Failed);
        QCOMPARE(Recipe::lineOf(sandbox.errorMessage()), 3);
        QVERIFY2(sandbox.traceback().contains(QLatin1String("bug.lua:5")), qPrintable(sandbox.traceback()));
    }

    void theHeaderGivesTitleDescriptionAndModuleOptions()
    {
        const Recipe recipe = Recipe::fromText("-- Buffer full\n-- Fills the buffer,\n-- then drains it.\n"
                                               "-- virtual-module: buffer-limit=256 csq=20\n\nstep('x')\n-- not header\n",
                                               QStringLiteral("13_buffer_full"));
        QCOMPARE(recipe.sourceTitle(), QStringLiteral("Buffer full"));
        QCOMPARE(recipe.sourceDescription(), QStringLiteral("Fills the buffer, then drains it."));
        QCOMPARE(recipe.virtualModuleOptions(), QStringList({QStringLiteral("buffer-limit=256"), QStringLiteral("csq=20")}));
        QCOMPARE(recipe.fileName(), QStringLiteral("13_buffer_full.lua"));
    }

    void anExecutableRecipeKeepsItsHeaderAndLineNumbers()
    {
        const Recipe recipe = Recipe::fromText("#!/usr/bin/env bc25-run\n-- Executable\n\nlocal = 1\n", QStringLiteral("x"));
        QCOMPARE(recipe.sourceTitle(), QStringLiteral("Executable"));
        QCOMPARE(recipe.checkSyntax().line, 4);
    }

    void expectDecidesByTheErrorCodeInWords()
    {
        QVERIFY(TransactionCheck::expect(open(0), "QIOPEN", {"0"}).failure.isEmpty());
        QVERIFY(TransactionCheck::expect(open(566), "+QIOPEN", {"566"}).failure.isEmpty());
        const QString failure = TransactionCheck::expect(open(566), "QIOPEN", {"0"}).failure;
        QVERIFY2(failure.contains(QLatin1String("566 (Socket connect failed)")), qPrintable(failure));
        QVERIFY2(TransactionCheck::expect(open(566), {}, {}).failure.contains(QLatin1String("566")), "no name: the failure");
        QCOMPARE(TransactionCheck::openedSocket(bc25::profile::ModuleProfile::bc25()->catalog(), open(0)), 0);
        QCOMPARE(TransactionCheck::openedSocket(bc25::profile::ModuleProfile::bc25()->catalog(), open(566)), -1);
    }

    void expectComparesFieldsAndExplainsErrors()
    {
        at::Transaction csq;
        csq.command = "AT+CSQ";
        csq.status = at::Transaction::Status::Ok;
        csq.lines << line("+CSQ: 22,0") << line("OK");
        QVERIFY(TransactionCheck::expect(csq, "CSQ", {"22"}).failure.isEmpty());
        QVERIFY(TransactionCheck::expect(csq, "CSQ", {QByteArray(), "0"}).failure.isEmpty()); // nil matches anything
        QVERIFY(TransactionCheck::expect(csq, "CSQ", {"99"}).failure.contains(QLatin1String("got 22")));
        QVERIFY(TransactionCheck::expect(csq, "CGATT", {}).failure.contains(QLatin1String("+CSQ: 22,0")));

        at::Transaction read;
        read.command = "AT+QIRD=0,512";
        read.status = at::Transaction::Status::Error;
        read.lines << line("ERROR");
        const QString failure = TransactionCheck::expect(read, {}, {}, QStringLiteral("567 (Socket has been closed)")).failure;
        QVERIFY2(failure.contains(QLatin1String("ERROR")) && failure.contains(QLatin1String("567 (Socket has been closed)")),
                 qPrintable(failure));
    }

    void theJUnitReportIsWhatCiServersRead()
    {
        RunResult passed;
        passed.recipe = QStringLiteral("01_module_identity");
        passed.title = QStringLiteral("Module alive and identity");
        passed.started = QDateTime::currentDateTime();
        passed.durationMs = 1500;
        passed.steps << StepResult {0, QStringLiteral("The module answers AT"), StepResult::Status::Passed, 12};
        passed.parameters << qMakePair(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
        passed.log << QStringLiteral("a control character \x01 in the log");
        RunResult failed = passed;
        failed.recipe = QStringLiteral("06_tcp_echo_buffer");
        StepResult failure {1, QStringLiteral("Open a TCP socket"), StepResult::Status::Failed, 40};
        failure.message = QStringLiteral("expected +QIOPEN error 0, got 566 (Socket connect failed).");
        failure.line = 11;
        failure.kind = QStringLiteral("expect");
        failure.transaction = open(566);
        failure.received = QByteArrayLiteral("\r\n+QIOPEN: 0,566\r\n\x00\x1a");
        StepResult error {2, QStringLiteral("load"), StepResult::Status::Error, 0};
        error.message = QStringLiteral("x.lua:3: syntax error");
        error.kind = QStringLiteral("syntax");
        failed.steps << failure << error;

        QString parseError;
        const QList<Element> xml = elements(JUnitWriter::toXml({passed, failed}), &parseError);
        QVERIFY2(parseError.isEmpty(), qPrintable(parseError));
        QCOMPARE(xml.first().name, QStringLiteral("testsuites"));
        const QXmlStreamAttributes root = xml.first().attributes;
        QCOMPARE(root.value(QLatin1String("tests")), QLatin1String("4"));
        QCOMPARE(root.value(QLatin1String("failures")), QLatin1String("1"));
        QCOMPARE(root.value(QLatin1String("errors")), QLatin1String("1"));
        QCOMPARE(root.value(QLatin1String("time")), QLatin1String("3.000"));
        QList<Element> suites, cases, failures, errors, outputs;
        for (const Element &e : xml) {
            QList<Element> *bucket = e.name == QLatin1String("testsuite") ? &suites
                    : e.name == QLatin1String("testcase")                 ? &cases
                    : e.name == QLatin1String("failure")                  ? &failures
                    : e.name == QLatin1String("error")                    ? &errors
                    : e.name == QLatin1String("system-out")               ? &outputs
                                                                          : nullptr;
            if (bucket)
                *bucket << e;
        }
        QCOMPARE(suites.size(), 2);
        for (const char *attribute : {"name", "tests", "failures", "errors", "time", "timestamp"})
            QVERIFY2(suites.last().attributes.hasAttribute(QLatin1String(attribute)), attribute);
        QCOMPARE(suites.last().attributes.value(QLatin1String("tests")), QLatin1String("3"));
        QCOMPARE(cases.size(), 4);
        for (const Element &testcase : cases) {
            for (const char *attribute : {"name", "classname", "time"})
                QVERIFY2(testcase.attributes.hasAttribute(QLatin1String(attribute)), attribute);
        }
        QCOMPARE(cases.at(1).attributes.value(QLatin1String("classname")), QLatin1String("recipes.06_tcp_echo_buffer"));
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().attributes.value(QLatin1String("type")), QLatin1String("expect"));
        QVERIFY(failures.first().attributes.value(QLatin1String("message")).startsWith(QLatin1String("line 11: expected")));
        // The transaction and the received bytes, escaped, in the failure's text.
        QVERIFY2(failures.first().text.contains(QLatin1String("AT+QIOPEN=1,0")), qPrintable(failures.first().text));
        QVERIFY2(failures.first().text.contains(QLatin1String("+QIOPEN: 0,566\\r\\n")), qPrintable(failures.first().text));
        QVERIFY(failures.first().text.contains(QLatin1String("\\x00\\x1A")));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().attributes.value(QLatin1String("type")), QLatin1String("syntax"));
        QCOMPARE(outputs.size(), 2);
        QVERIFY(outputs.first().text.contains(QStringLiteral("a control character \uFFFD in the log")));
    }
};

QTEST_GUILESS_MAIN(TestRecipeSandbox)
#include "tst_recipesandbox.moc"
