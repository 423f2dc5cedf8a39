// SPDX-License-Identifier: MIT
// Everything on every model: each built-in recipe and the health check run
// on each model's virtual module (real Lua, real loopback sockets), also
// with the module's output cut into 1-5 byte pieces. A recipe passes, or is
// skipped because its header says which models it is for ("-- models: bc25
// bc32") and why ("-- needs: six sockets at once"); the health check and the
// recipes (context.ensure) take the model's context (0 on the BC660K),
// activated first on a model that needs it (AT+QIACT on the BG9x and EC200U).

#include "healthsettings.h"
#include "recipeharness.h"

#include "health/healthcheck.h"
#include "health/healthplan.h"
#include "recipe/stepreport.h"

#include <QLoggingCategory>
#include <QSignalSpy>

using namespace bc25;
using namespace bc25::recipe;
using profile::ModuleProfile;

namespace {

// Opens socket `id` to the virtual module's echo service as the user's Open does.
bool userOpens(test::RecipeHarness &h, int id)
{
    OpenParameters p;
    p.contextId = h.engine.profile().defaultContext();
    p.connectId = id;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = h.connection.echoPort();
    bool ok = false;
    bool finished = false;
    QObject context;
    QObject::connect(h.session.sockets(), &SocketTable::openFinished, &context, [&](int opened, bool success) {
        if (opened == id) {
            finished = true;
            ok = success;
        }
    });
    if (!h.session.sockets()->open(p).isEmpty())
        return false;
    return test::waitUntil([&] { return finished; }, 10000) && ok && h.session.socket(id).inUse;
}

} // namespace

class TestModelRecipes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.warning=false"));
    }

    void theModelsHeaderIsRead()
    {
        const Recipe any = Recipe::fromText("-- Anywhere\nstep('x')\n", QStringLiteral("any"));
        QVERIFY(any.models().isEmpty());
        QVERIFY(any.isFor(QStringLiteral("bg96")));
        const Recipe some = Recipe::fromText("-- Some\n-- models: bc25, BC32 bc66\nstep('x')\n", QStringLiteral("some"));
        QCOMPARE(some.models(), (QStringList {"bc25", "BC32", "bc66"}));
        QVERIFY(some.isFor(QStringLiteral("bc32")));
        QVERIFY(!some.isFor(QStringLiteral("bg96")));
        QCOMPARE(some.title(), QStringLiteral("Some")); // the header line is not the description
        QVERIFY(some.description().isEmpty());
        QVERIFY(some.sourceNeeds().isEmpty());
        // Why not the others: one reason, which may go on over several lines; not the description.
        const Recipe why = Recipe::fromText("-- Why\n-- models: bc25 bc32\n-- needs: six sockets\n-- needs: at once\n"
                                            "-- More words.\nstep('x')\n", QStringLiteral("why"));
        QCOMPARE(why.sourceNeeds(), QStringLiteral("six sockets at once"));
        QCOMPARE(why.needs(), QStringLiteral("six sockets at once"));
        QCOMPARE(why.sourceDescription(), QStringLiteral("More words."));
    }

    // Issue 18: the library runs on the virtual module of each model. A
    // recipe leaves a model out only for what that model's manual does not
    // have, and says so; every other built-in recipe is for every model.
    void theLibraryIsForEveryModelItsManualsAllow()
    {
        const QHash<QString, QStringList> leftOut {
            {QStringLiteral("12_six_sockets"), {QStringLiteral("bc660k"), QStringLiteral("bc66")}},
            {QStringLiteral("13_buffer_full"), {QStringLiteral("bc660k"), QStringLiteral("bg95"), QStringLiteral("bg96"),
                                                QStringLiteral("ec200u")}},
        };
        for (const Recipe &recipe : RecipeLibrary::builtIn()) {
            QStringList notFor;
            for (const QByteArray &model : ModuleProfile::ids()) {
                if (!recipe.isFor(QString::fromLatin1(model)))
                    notFor << QString::fromLatin1(model);
            }
            QCOMPARE(notFor, leftOut.value(recipe.name()));
            // A recipe that leaves a model out says why.
            QCOMPARE(recipe.sourceNeeds().isEmpty(), notFor.isEmpty());
        }
    }

    void everyRecipeRunsOnEveryModelItIsFor_data()
    {
        QTest::addColumn<QByteArray>("model");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("options");
        for (const QByteArray &model : ModuleProfile::ids()) {
            for (const Recipe &recipe : RecipeLibrary::builtIn()) {
                QTest::addRow("%s %s", model.constData(), qPrintable(recipe.name())) << model << recipe.name() << QStringList();
                // The module's output cut in random pieces of 1-5 bytes: the same result (as tst_recipelibrary's).
                QTest::addRow("%s %s split", model.constData(), qPrintable(recipe.name()))
                        << model << recipe.name() << QStringList {QStringLiteral("split=5")};
            }
        }
    }

    void everyRecipeRunsOnEveryModelItIsFor()
    {
        QFETCH(QByteArray, model);
        QFETCH(QString, name);
        QFETCH(QStringList, options);
        const Recipe recipe = RecipeLibrary::find(name);
        for (const QString &id : recipe.models())
            QVERIFY2(ModuleProfile::byId(id.toLatin1()), qPrintable(QStringLiteral("no model ") + id));
        if (!recipe.isFor(QString::fromLatin1(model)))
            QSKIP(qPrintable(QStringLiteral("for ") + recipe.models().join(QLatin1Char(' '))));
        test::RecipeHarness h(ModuleProfile::byId(model));
        QVERIFY(h.connect(recipe.virtualModuleOptions() + options));
        const auto result = h.run(recipe);
        QVERIFY(result);
        QString failures;
        for (const StepResult &step : result->steps)
            failures += StepReport::details(step);
        QVERIFY2(result->passed(), qPrintable(failures));
    }

    // The user has socket 0 open (the Open dialog's first offer) when a
    // built-in recipe runs: every recipe that opens sockets takes free ones
    // (socket.free), passes and leaves socket 0 as it was; the one that needs
    // all six says so before it writes anything, never a 563 from the module.
    void everyRecipeRunsBesideTheUsersSocket0_data()
    {
        QTest::addColumn<QByteArray>("model");
        QTest::addColumn<QString>("name");
        for (const QByteArray &model : ModuleProfile::ids()) {
            for (const Recipe &recipe : RecipeLibrary::builtIn())
                QTest::addRow("%s %s", model.constData(), qPrintable(recipe.name())) << model << recipe.name();
        }
    }

    void everyRecipeRunsBesideTheUsersSocket0()
    {
        QFETCH(QByteArray, model);
        QFETCH(QString, name);
        const Recipe recipe = RecipeLibrary::find(name);
        if (!recipe.isFor(QString::fromLatin1(model)))
            QSKIP(qPrintable(QStringLiteral("for ") + recipe.models().join(QLatin1Char(' '))));
        if (!recipe.text().contains("AT+QIOPEN"))
            QSKIP("opens no socket");
        const auto profile = ModuleProfile::byId(model);
        test::RecipeHarness h(profile);
        QVERIFY(h.connect(recipe.virtualModuleOptions()));
        if (profile->answers().activatesContexts) {
            // The user's open needs the context up, as on a real BG96: the recipe then finds it active.
            const auto up = h.run("-- Up\nstep('up')\ncontext.ensure()\n");
            QVERIFY(up && up->passed());
        }
        QVERIFY(userOpens(h, 0));
        const auto result = h.run(recipe);
        QVERIFY(result);
        QString failures;
        for (const StepResult &step : result->steps)
            failures += StepReport::details(step);
        if (profile->socketCount() == 6 && name == QLatin1String("12_six_sockets")) {
            QVERIFY(!result->passed());
            QVERIFY2(result->steps.constLast().message.contains(QLatin1String("not enough free sockets: 6 wanted, 5 free (in use: 0)")),
                     qPrintable(failures));
            QVERIFY2(!h.written.contains("AT+QIOPEN"), h.written.constData());
        } else {
            QVERIFY2(result->passed(), qPrintable(failures));
            QVERIFY2(!h.written.contains("AT+QIOPEN=" + QByteArray::number(profile->defaultContext()) + ",0,"), h.written.constData());
            QVERIFY2(!h.written.contains("AT+QICLOSE=0\r"), h.written.constData());
        }
        QVERIFY(h.session.socket(0).inUse); // the user's, still open
        QCOMPARE(h.session.socket(0).remotePort, int(h.connection.echoPort()));
    }

    // socket.free([n]): the n lowest connectIDs no one holds, or an error
    // at the recipe's line that names the ones in use.
    void socketFreeGivesTheLowestSocketsNoOneHolds()
    {
        test::RecipeHarness h;
        QVERIFY(h.connect());
        QVERIFY(userOpens(h, 0));
        QVERIFY(userOpens(h, 2));
        const auto given = h.run("-- Free\nstep('free')\n"
                                 "local a = socket.free()\n"
                                 "local b, c, d = socket.free(3)\n"
                                 "check(a == 1 and b == 1 and c == 3 and d == 4, 'got %1 and %2 %3 %4', a, b, c, d)\n"
                                 "check(select('#', socket.free(4)) == 4, 'four values')\n");
        QVERIFY(given);
        QVERIFY2(given->passed(), qPrintable(StepReport::details(given->steps.constLast())));
        const auto tooMany = h.run("-- Free\nstep('free')\nsocket.free(5)\n");
        QVERIFY(tooMany && !tooMany->passed());
        QVERIFY2(tooMany->steps.constLast().message.contains(QLatin1String(":3: not enough free sockets: 5 wanted, 4 free (in use: 0, 2)")),
                 qPrintable(tooMany->steps.constLast().message));
        const auto outOfRange = h.run("-- Free\nstep('free')\nsocket.free(7)\n");
        QVERIFY(outOfRange && !outOfRange->passed());
        QVERIFY2(outOfRange->steps.constLast().message.contains(QLatin1String("a count in 1-6")),
                 qPrintable(outOfRange->steps.constLast().message));
    }

    // A command another model has and this one lacks is refused before
    // anything is written, in the catalog's words (the terminal's); a
    // command no model has goes out as typed.
    void aCommandTheModelLacksIsRefused_data()
    {
        QTest::addColumn<QByteArray>("model");
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("QNTTP on bg96") << QByteArray("bg96") << QByteArray(R"(AT+QNTTP=1,"127.0.0.1",123)")
                                       << QStringLiteral("AT+QNTTP is not a command of the BG96 TCP/IP manual.");
        QTest::newRow("QIACT on bc25") << QByteArray("bc25") << QByteArray("AT+QIACT=1")
                                       << QStringLiteral("AT+QIACT is not a command of the BC25 TCP/IP manual.");
        QTest::newRow("QIACT on bc660k") << QByteArray("bc660k") << QByteArray("AT+QIACT=0")
                                         << QStringLiteral("AT+QIACT is not a command of the BC660K-GL TCP/IP manual.");
        QTest::newRow("no model's") << QByteArray("bg96") << QByteArray("AT+XYZZY") << QString();
    }

    void aCommandTheModelLacksIsRefused()
    {
        QFETCH(QByteArray, model);
        QFETCH(QByteArray, command);
        QFETCH(QString, refusal);
        test::RecipeHarness h(ModuleProfile::byId(model));
        QVERIFY(h.connect());
        const auto result = h.run("-- Lacks\nstep('send')\nat('" + command + "')\n");
        QVERIFY(result);
        if (refusal.isEmpty()) {
            QVERIFY(h.written.contains(command + '\r')); // as typed; the module answers what it answers
            return;
        }
        QVERIFY(!result->passed());
        QVERIFY2(result->steps.constLast().message.contains(refusal), qPrintable(result->steps.constLast().message));
        QVERIFY2(!h.written.contains(command), h.written.constData());
    }

    // context.ensure(): as the health check, AT+QIACT? then AT+QIACT=<cid>
    // only when the module does not list the context as active, on the
    // models whose host activates it; nothing at all on the others.
    void contextEnsureActivatesOnlyWhereTheHostMust_data()
    {
        QTest::addColumn<QByteArray>("model");
        for (const QByteArray &model : ModuleProfile::ids())
            QTest::newRow(model.constData()) << model;
    }

    void contextEnsureActivatesOnlyWhereTheHostMust()
    {
        QFETCH(QByteArray, model);
        const auto profile = ModuleProfile::byId(model);
        test::RecipeHarness h(profile);
        QVERIFY(h.connect());
        const auto result = h.run("-- Ensure\nstep('first')\nlocal a = context.ensure()\n"
                                  "step('again')\nlocal b = context.ensure()\n"
                                  "check(a == model().context and b == a, 'got %1 and %2', a, b)\n");
        QVERIFY(result);
        QVERIFY2(result->passed(), qPrintable(StepReport::details(result->steps.constLast())));
        QList<QByteArray> sent;
        for (const at::Transaction &t : h.recipeTransactions)
            sent << t.command;
        const QByteArray cid = QByteArray::number(profile->defaultContext());
        if (profile->answers().activatesContexts)
            QCOMPARE(sent, (QList<QByteArray> {"AT+QIACT?", "AT+QIACT=" + cid, "AT+QIACT?"}));
        else
            QVERIFY2(sent.isEmpty(), sent.join(' ').constData());
    }

    // A context out of the model's range is the recipe's mistake, at its line, before anything is written.
    void contextEnsureRefusesAContextOutOfRange()
    {
        test::RecipeHarness h(ModuleProfile::byId("bg96"));
        QVERIFY(h.connect());
        const auto result = h.run("-- Out\nstep('x')\ncontext.ensure(17)\n");
        QVERIFY(result && !result->passed());
        QVERIFY2(result->steps.constLast().message.contains(QLatin1String(":3: bad argument #1 to 'ensure' (a contextID in 1-16)")),
                 qPrintable(result->steps.constLast().message));
        QVERIFY(h.recipeTransactions.isEmpty());
    }

    // dns.lookup and ntp.sync send the model's command and read its answer's form.
    void theNetworkCallsSpeakTheModelsForm_data()
    {
        QTest::addColumn<QByteArray>("model");
        QTest::addColumn<QByteArray>("ntp");
        QTest::addColumn<QByteArray>("lookup");
        QTest::newRow("bc25") << QByteArray("bc25") << QByteArray("AT+QNTTP=1,") << QByteArray("+QIURC: \"dnsgip\"");
        QTest::newRow("bc660k") << QByteArray("bc660k") << QByteArray("AT+QNTP=0,") << QByteArray("+QIDNSGIP: ");
        QTest::newRow("bg96") << QByteArray("bg96") << QByteArray("AT+QNTP=1,") << QByteArray("+QIURC: \"dnsgip\"");
    }

    void theNetworkCallsSpeakTheModelsForm()
    {
        QFETCH(QByteArray, model);
        QFETCH(QByteArray, ntp);
        QFETCH(QByteArray, lookup);
        test::RecipeHarness h(ModuleProfile::byId(model));
        QVERIFY(h.connect());
        const auto result = h.run("-- Network\nstep('up')\nlocal ctx = context.ensure()\n"
                                  "step('lookup')\nlocal found, t = dns.lookup('localhost', ctx)\n"
                                  "check(found.error == 0 and found.addresses[1] == '127.0.0.1' and t.ok, 'got %1', found.addresses[1])\n"
                                  "step('time')\nlocal time = ntp.sync('127.0.0.1', param('ntp_port', nil, 'port'), ctx)\n"
                                  "check(time.error == 0 and math.abs(time.utc - utc()) < 5, 'the time %1', time.text)\n");
        QVERIFY(result);
        QString failures;
        for (const StepResult &step : result->steps)
            failures += StepReport::details(step);
        QVERIFY2(result->passed(), qPrintable(failures));
        QVERIFY2(h.written.contains(ntp), h.written.constData());
        const auto looked = std::find_if(h.recipeTransactions.cbegin(), h.recipeTransactions.cend(),
                                         [](const at::Transaction &t) { return t.command.startsWith("AT+QIDNSGIP="); });
        QVERIFY(looked != h.recipeTransactions.cend());
        QByteArrayList answers;
        for (const at::ResultLine &line : looked->lines + looked->operation.lines)
            answers << line.text;
        QVERIFY2(std::any_of(answers.cbegin(), answers.cend(), [&](const QByteArray &a) { return a.startsWith(lookup); }),
                 answers.join(" | ").constData());
    }

    void theHealthCheckPassesOnEveryModel_data()
    {
        QTest::addColumn<QByteArray>("model");
        for (const QByteArray &model : ModuleProfile::ids())
            QTest::newRow(model.constData()) << model;
    }

    void theHealthCheckPassesOnEveryModel()
    {
        QFETCH(QByteArray, model);
        const auto profile = ModuleProfile::byId(model);
        test::RecipeHarness h(profile);
        QVERIFY(h.connect());
        // The BG96 note, 2.2.12: "the host should activate the context … via AT+QIACT first":
        // the health check's plan does it (AT+QIACT?, then AT+QIACT=<cid> when not active).
        health::HealthSettings settings;
        test::pointAtTheHarness(settings, h.parameters());
        const QList<health::PlannedCheck> plan = health::HealthPlan::build(settings, *profile);
        health::HealthCheck check(h.session.commands());
        QSignalSpy finished(&check, &health::HealthCheck::finished);
        QVERIFY(check.start(plan, settings));
        QVERIFY(test::waitUntil([&] { return finished.count() == 1; }, 60000));
        QStringList problems;
        for (const health::CheckResult &r : check.results()) {
            if (r.verdict != health::Verdict::Pass && r.verdict != health::Verdict::Warning)
                problems << health::HealthPlan::title(r.kind) + QStringLiteral(": ") + r.summary;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestModelRecipes)
#include "tst_modelrecipes.moc"
