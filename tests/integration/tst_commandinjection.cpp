// SPDX-License-Identifier: MIT
// Nothing the user did not ask for reaches the module: a string that holds a
// double quote or a control character is no string of the manual (it would
// end the quotes and put ";+CFUN=0" on the wire as a command of its own),
// and a line that chains commands (V.250 5.4) is checked command by command
// and, unless sent raw, refused whole. Every path that builds a command from
// the user's text is tried: the typed builders, the health plan, typed
// lines (terminal, quick commands) and a recipe's at() on the virtual module.

#include "recipeharness.h"

#include "bc25/commandcatalog.h"
#include "bc25/commands.h"
#include "health/healthplan.h"
#include "profile/moduleprofile.h"
#include "recipe/stepreport.h"

#include <QLoggingCategory>
#include <QTest>

using namespace bc25;

using Parameters = QHash<QString, QString>;

namespace {

const CommandCatalog &catalog()
{
    return profile::ModuleProfile::bc25()->catalog();
}

// Every builder that writes a string the user typed, given that string.
QList<std::pair<const char *, BuildResult>> buildersWith(const QString &text)
{
    OpenParameters open;
    open.host = text;
    open.remotePort = 7;
    PingParameters ping(*profile::ModuleProfile::bc25());
    ping.host = text;
    return {
        {"open", Commands::open(catalog(), open)},
        {"ping", Commands::ping(ping)},
        {"ntp", Commands::synchronizeTime(catalog(), 1, text)},
        {"dns", Commands::lookUpHost(catalog(), 1, text)},
        {"send", Commands::send(catalog(), 0, text.toUtf8(), SendForm::InlineText)},
    };
}

} // namespace

class TestCommandInjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.warning=false"));
    }

    void aStringHoldsNoQuoteNorControlCharacter_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("named");
        QTest::newRow("quote") << QByteArray("\"") << QStringLiteral("a double quote");
        QTest::newRow("CR") << QByteArray("\r") << QStringLiteral("CR");
        QTest::newRow("LF") << QByteArray("\n") << QStringLiteral("LF");
        QTest::newRow("Ctrl+Z") << QByteArray("\x1a") << QStringLiteral("Ctrl+Z");
        QTest::newRow("Esc") << QByteArray("\x1b") << QStringLiteral("Esc");
        QTest::newRow("NUL") << QByteArray("\0", 1) << QStringLiteral("NUL");
        QTest::newRow("other control") << QByteArray("\x01") << QStringLiteral("0x01");
        QTest::newRow("the injection") << QByteArray("\";+CFUN=0;+QIDNSGIP=1,\"") << QStringLiteral("a double quote");
    }

    void aStringHoldsNoQuoteNorControlCharacter()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, named);
        const QString text = QStringLiteral("local") + QString::fromLatin1(bad) + QStringLiteral("host");
        for (const auto &[builder, built] : buildersWith(text)) {
            QVERIFY2(!built.ok(), builder);
            // The inline send's own rule says it better where it can: "use the fixed-length form".
            const bool said = built.error.contains(named) || (QByteArrayView(builder) == "send" && built.error.contains(QLatin1String("fixed-length")));
            QVERIFY2(said, qPrintable(QLatin1String(builder) + QLatin1String(": ") + built.error));
            QVERIFY2(built.command.text.isEmpty(), builder);
        }
        // Each is a string the manual allows without the bad byte, UTF-8 too.
        for (const QString &good : {QStringLiteral("localhost"), QStringLiteral("例子.cn")}) {
            for (const auto &[builder, built] : buildersWith(good))
                QVERIFY2(built.ok() || QByteArrayView(builder) == "send", qPrintable(QLatin1String(builder) + built.error));
        }
        // The health plan takes the user's hosts through the builders: the
        // check cannot run, and says why, rather than sending anything.
        health::HealthSettings s;
        s.dnsHost = s.pingHost = s.serverHost = s.ntpServer = text;
        s.serverPort = 7;
        for (const health::PlannedCheck &planned : health::HealthPlan::build(s, *profile::ModuleProfile::bc25())) {
            if (planned.kind < health::CheckKind::Dns)
                continue;
            QVERIFY2(!planned.enabled && planned.commands.isEmpty(), health::HealthPlan::kindName(planned.kind));
            QVERIFY2(planned.problem.contains(named), qPrintable(planned.problem));
        }
    }

    void aChainedLineIsCheckedCommandByCommand_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("said"); // empty: sent
        QTest::newRow("second out of range") << QByteArray(R"(AT+CSQ;+QIOPEN=1,99,"TCP","127.0.0.1",1,0,0)")
                                             << QStringLiteral("<connectID> is 99; the manual allows 0-5");
        QTest::newRow("first out of range") << QByteArray("AT+QICLOSE=9;+CSQ") << QStringLiteral("<connectID> is 9");
        QTest::newRow("quotes broken by a name") << QByteArray(R"(AT+QIDNSGIP=1,"localhost";+CFUN=0;+QIDNSGIP=1,"localhost")")
                                                 << QStringLiteral("holds 3 commands; send one command a line");
        QTest::newRow("each valid") << QByteArray("AT+CSQ;+CFUN=0") << QStringLiteral("holds 2 commands");
        QTest::newRow("basic commands") << QByteArray("ATE0I") << QStringLiteral("holds 2 commands");
        QTest::newRow("one the catalog does not know") << QByteArray("AT+CSQ;+QBAND?") << QStringLiteral("+QBAND is not a command");
        QTest::newRow("a data phase behind") << QByteArray("AT+CSQ;+QISEND=0,5") << QStringLiteral("waits for data after the prompt");
        QTest::newRow("';' inside quotes is the string's") << QByteArray(R"(AT+QIDNSGIP=1,"a;b")") << QString();
        QTest::newRow("a ';' after the only command") << QByteArray("AT+CSQ;") << QString();
    }

    void aChainedLineIsCheckedCommandByCommand()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, said);
        const BuildResult built = Commands::fromText(catalog(), line);
        if (said.isEmpty()) {
            QVERIFY2(built.ok(), qPrintable(built.error));
            QCOMPARE(built.command.text, line);
            return;
        }
        QVERIFY(!built.ok());
        QVERIFY2(built.error.contains(said), qPrintable(built.error));
    }

    void aRawChainGoesAsTypedButNeverIntoAPrompt()
    {
        // Raw is on purpose unchecked (to see what the module says), still never a data phase.
        const BuildResult chain = Commands::rawFromText(catalog(), "AT+CSQ;+CFUN=9");
        QVERIFY2(chain.ok(), qPrintable(chain.error));
        QCOMPARE(chain.command.text, QByteArray("AT+CSQ;+CFUN=9"));
        QVERIFY(chain.command.changesOnOk.isEmpty());
        const BuildResult prompt = Commands::rawFromText(catalog(), "AT;+QISEND=0,5");
        QVERIFY(!prompt.ok());
        QVERIFY2(prompt.error.contains(QLatin1String("waits for data")), qPrintable(prompt.error));
    }

    // A recipe's at() on the virtual module: refused at the recipe's line,
    // with the catalog's reason, and not one byte of the line is written.
    void aRecipesChainedLineWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("recipe");
        QTest::addColumn<Parameters>("parameters");
        QTest::addColumn<QString>("said");
        QTest::newRow("out of range behind") << QByteArray("step('x')\nat('AT+CSQ;+QIOPEN=1,99,\"TCP\",\"127.0.0.1\",1,0,0')\n")
                                             << Parameters {} << QStringLiteral("0-5");
        QTest::newRow("a parameter that breaks its quotes")
                << QByteArray("local name = param('dns_name', 'localhost')\nstep('x')\nat('AT+QIDNSGIP=1,\"' .. name .. '\"')\n")
                << Parameters {{QStringLiteral("dns_name"), QStringLiteral("localhost\";+CFUN=0;\"")}}
                << QStringLiteral("(in the line AT+QIDNSGIP=1,\"localhost\";+CFUN=0;\"\")");
    }

    void aRecipesChainedLineWritesNothing()
    {
        QFETCH(QByteArray, recipe);
        QFETCH(Parameters, parameters);
        QFETCH(QString, said);
        test::RecipeHarness h;
        QVERIFY(h.connect());
        const auto result = h.run(recipe, parameters);
        QVERIFY(result);
        QCOMPARE(result->steps.size(), 1);
        const recipe::StepResult &step = result->steps.first();
        QCOMPARE(step.status, recipe::StepResult::Status::Error);
        QVERIFY2(step.message.contains(said), qPrintable(step.message));
        QVERIFY2(!h.written.contains("CFUN") && !h.written.contains("QIOPEN") && !h.written.contains("QIDNSGIP"), h.written.constData());
        QVERIFY(h.recipeTransactions.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandInjection)
#include "tst_commandinjection.moc"
