// SPDX-License-Identifier: MIT
// The built-in recipes (resources/recipes) against the in-process virtual
// module with real loopback sockets: each passes, also over a choppy line;
// with the module's faults the ones that should fail fail in the right step
// for the right reason; and every text they show is translated.

#include "recipeharness.h"

#include "profile/moduleprofile.h"
#include "recipe/recipetexts.h"
#include "recipe/stepreport.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QTranslator>

using namespace bc25;
using namespace bc25::recipe;

namespace {

using Parameters = QHash<QString, QString>;

// The texts a recipe shows: title, description, what it needs, and the literal messages of
// step(), log(), fail() and check() (a check's message is its last literal).
QStringList textsOf(const Recipe &recipe)
{
    QStringList texts {recipe.sourceTitle()};
    if (!recipe.sourceDescription().isEmpty())
        texts << recipe.sourceDescription();
    if (!recipe.sourceNeeds().isEmpty())
        texts << recipe.sourceNeeds(); // said when the recipe is refused for a model
    static const QRegularExpression call(QStringLiteral("\\b(?:step|log|fail)\\(\"((?:[^\"\\\\]|\\\\.)*)\""));
    static const QRegularExpression check(QStringLiteral("\\bcheck\\((.*),\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));
    for (const QString &line : QString::fromUtf8(recipe.text()).split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        for (auto it = call.globalMatch(line); it.hasNext();)
            texts << it.next().captured(1);
        if (const QRegularExpressionMatch match = check.match(line); match.hasMatch())
            texts << match.captured(2);
    }
    return texts;
}

// Every ```lua block of the README, in order: the examples it promises work.
QList<QByteArray> readmeExamples()
{
    QFile file(QStringLiteral(BC25_README_PATH));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> examples;
    QByteArray current;
    bool inside = false;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!inside && line.trimmed() == "```lua") {
            inside = true;
            current.clear();
        } else if (inside && line.trimmed() == "```") {
            inside = false;
            examples << current;
        } else if (inside) {
            current += line + '\n';
        }
    }
    return examples;
}

bool hasChinese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

} // namespace

class TestRecipeLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.warning=false"));
        QVERIFY(RecipeLibrary::builtIn().size() >= 12);
    }

    void everyRecipePasses_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("options");
        for (const Recipe &recipe : RecipeLibrary::builtIn()) {
            QTest::newRow(qPrintable(recipe.name())) << recipe.name() << QStringList();
            // The module's output cut in random pieces of 1-5 bytes: the same result.
            QTest::newRow(qPrintable(recipe.name() + QStringLiteral(" split"))) << recipe.name() << QStringList {QStringLiteral("split=5")};
        }
    }

    void everyRecipePasses()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, options);
        const Recipe recipe = RecipeLibrary::find(name);
        QVERIFY(!recipe.checkSyntax().isError());
        test::RecipeHarness h;
        QVERIFY(h.connect(recipe.virtualModuleOptions() + options));
        const auto result = h.run(recipe);
        QVERIFY(result);
        QString failures;
        for (const StepResult &step : result->steps)
            failures += StepReport::details(step);
        QVERIFY2(result->passed(), qPrintable(failures));
        QVERIFY(result->steps.size() >= 2);
        // Each recipe closes what it opens itself.
        for (const QString &line : result->log)
            QVERIFY2(!line.contains(QLatin1String("left open")), qPrintable(line));
    }

    // The README's recipe examples, extracted as they are written and run on
    // the virtual module, also with its output cut into 1-5 byte pieces.
    void everyReadmeExampleRuns_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("options");
        const QList<QByteArray> examples = readmeExamples();
        QVERIFY(examples.size() >= 3);
        for (qsizetype i = 0; i < examples.size(); ++i) {
            const QByteArray title = examples.at(i).left(examples.at(i).indexOf('\n')).mid(3);
            QTest::addRow("%d %s", int(i + 1), title.constData()) << examples.at(i) << QStringList();
            QTest::addRow("%d %s, split", int(i + 1), title.constData()) << examples.at(i) << QStringList {QStringLiteral("split=5")};
        }
    }

    void everyReadmeExampleRuns()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, options);
        const Recipe recipe = Recipe::fromText(text, QStringLiteral("readme"));
        QVERIFY2(!recipe.checkSyntax().isError(), qPrintable(recipe.checkSyntax().message));
        // The title is the first comment line, as the README says.
        QVERIFY(text.startsWith("-- "));
        QCOMPARE(recipe.sourceTitle(), QString::fromUtf8(text.mid(3, text.indexOf('\n') - 3)));
        test::RecipeHarness h;
        QVERIFY(h.connect(recipe.virtualModuleOptions() + options));
        const auto result = h.run(recipe);
        QVERIFY(result);
        QString failures;
        for (const StepResult &step : result->steps)
            failures += StepReport::details(step);
        QVERIFY2(result->passed(), qPrintable(failures));
        for (const QString &line : result->log)
            QVERIFY2(!line.contains(QLatin1String("left open")), qPrintable(line));
        // What the README says the hex flag sends: the raw bytes, as AT+QISENDEX's hex digits.
        if (text.contains("socket.send(1, bytes, true)")) {
            QVERIFY(std::any_of(h.recipeTransactions.cbegin(), h.recipeTransactions.cend(), [](const at::Transaction &t) {
                return t.command == "AT+QISENDEX=1,10,\"0001020D0A4F4B0D0AFF\"";
            }));
        }
    }

    // The example the README gives of a hex string mistaken for bytes.
    void theHexFlagSendsTheBytesGivenNotHexDigits()
    {
        test::RecipeHarness h;
        QVERIFY(h.connect());
        const auto result = h.run("local port = param('echo_port', nil, 'integer')\n"
                                  "expect(at(string.format('AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",%d,0,0', port)), 'QIOPEN', 0)\n"
                                  "check(socket.send(0, '0102', true) == 4, 'four bytes')\n"
                                  "check(socket.receive(0, 4) == '0102', 'the characters came back')\n"
                                  "expect(at('AT+QICLOSE=0'))\n");
        QVERIFY(result && result->passed());
        QVERIFY(std::any_of(h.recipeTransactions.cbegin(), h.recipeTransactions.cend(),
                            [](const at::Transaction &t) { return t.command == "AT+QISENDEX=0,4,\"30313032\""; }));
    }

    void faultsFailTheRightStepForTheRightReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<Parameters>("parameters");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no signal") << "02_network_attach" << QStringList {"csq=99"} << Parameters {}
                                   << "Signal quality" << "check" << "the module hears a cell";
        QTest::newRow("not registered") << "02_network_attach" << QStringList {"registration=0"} << Parameters {}
                                        << "Registration" << "check" << "(+CEREG stat 0)";
        QTest::newRow("detached") << "02_network_attach" << QStringList {"attached=0"} << Parameters {}
                                  << "Registration" << "check" << "(+CEREG stat 0)";
        QTest::newRow("slow ping") << "04_ping" << QStringList {"ping-delay=80"}
                                   << Parameters {{"ping_count", "1"}, {"max_average_ms", "50"}}
                                   << "Loss and round trip" << "check" << "is within 50 ms";
        QTest::newRow("NTP refused") << "05_ntp_sync" << QStringList {"fail=+QNTTP"} << Parameters {}
                                     << "Synchronise with the NTP server" << "expect" << "answered ERROR";
        QTest::newRow("open refused") << "06_tcp_echo_buffer" << QStringList {"fail=+QIOPEN"} << Parameters {}
                                      << "Open a TCP socket" << "expect" << "answered ERROR";
        QTest::newRow("send refused") << "08_udp_echo" << QStringList {"fail=+QISEND"} << Parameters {}
                                      << "Send a datagram and read the echo" << "send" << "failed after 0 bytes";
        QTest::newRow("buffer never full") << "13_buffer_full" << QStringList {"buffer-limit=65536"}
                                           << Parameters {{"wait_ms", "300"}} << "Fill the receive buffer" << "timeout"
                                           << "No \"buff full\" URC for socket 0 within 300 ms.";
        QTest::newRow("dead module") << "01_module_identity" << QStringList {"dead-after=0"} << Parameters {}
                                     << "The module answers AT" << "timeout" << "No final result for AT within 3 s.";
    }

    void faultsFailTheRightStepForTheRightReason()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, options);
        QFETCH(Parameters, parameters);
        QFETCH(QString, step);
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        const Recipe recipe = RecipeLibrary::find(name);
        test::RecipeHarness h;
        // A dead module times every command out: 3 s become 15 ms (messages keep
        // the real figures), and late answers are waited for 20 ms, not 1 s.
        if (options.contains(QLatin1String("dead-after=0"))) {
            h.engine.setTimeoutScale(0.005);
            h.engine.setLateWindowMs(20);
        }
        QVERIFY(h.connect(recipe.virtualModuleOptions() + options, false));
        const auto result = h.run(recipe, parameters);
        QVERIFY(result);
        QVERIFY(!result->passed());
        const StepResult &failed = result->steps.last();
        QCOMPARE(failed.name, step);
        QCOMPARE(failed.kind, kind);
        QVERIFY2(failed.message.contains(reason), qPrintable(failed.message));
        QVERIFY(failed.line > 0);
        QVERIFY(!failed.received.isEmpty() || kind == QLatin1String("timeout"));
        // The steps before it passed; none ran after it.
        for (qsizetype i = 0; i + 1 < result->steps.size(); ++i)
            QVERIFY(result->steps.at(i).passed());
    }

    // Adversary pass 10 F20: the README said AT+QNTP for the BG95 (and "the
    // others" for the BC66), while the recipe sends the model's own command
    // from its profile. Every place that names each model's NTP command
    // names the ones the catalogs hold.
    void theReadmeNamesEachModelsNtpCommand()
    {
        QMap<QByteArray, QStringList> modelsOf; // "+QNTTP" -> BC25, BC32, …
        for (const QByteArray &id : profile::ModuleProfile::ids()) {
            const auto model = profile::ModuleProfile::byId(id);
            QVERIFY(model->spec(CommandId::Ntp));
            modelsOf[model->spec(CommandId::Ntp)->name] << model->name().section(QLatin1Char('-'), 0, 0); // BC660K-GL: "BC660K"
        }
        const auto listed = [](QStringList names) {
            const QString last = names.takeLast();
            return names.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
        };
        QFile readme(QStringLiteral(BC25_README_PATH));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        static const QRegularExpression said(QStringLiteral("AT\\+QNTTP on the ([^;)|]+?), AT\\+QNTP on the ([^;)|]+?)(?=[;)|])"));
        int places = 0;
        for (auto it = said.globalMatch(text); it.hasNext(); ++places) {
            const QRegularExpressionMatch match = it.next();
            QCOMPARE(match.captured(1), listed(modelsOf.value("+QNTTP")));
            QCOMPARE(match.captured(2), listed(modelsOf.value("+QNTP")));
        }
        QVERIFY2(places >= 4, qPrintable(QString::number(places))); // ntp.sync twice, 05_ntp_sync, the health check
    }

    void everyTextOfTheLibraryIsListedAndTranslated()
    {
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/bc25workbench_zh_CN.qm")));
        QSet<QString> listed;
        for (const char *text : RecipeTexts::all())
            listed.insert(QString::fromUtf8(text));
        for (const Recipe &recipe : RecipeLibrary::builtIn()) {
            for (const QString &text : textsOf(recipe)) {
                QVERIFY2(listed.contains(text), qPrintable(QStringLiteral("%1: add to core/recipe/recipetexts.cpp: %2").arg(recipe.name(), text)));
                const QString translated = chinese.translate(Recipe::TextContext, text.toUtf8().constData());
                QVERIFY2(hasChinese(translated) || text == QLatin1String("IMEI") || text == QLatin1String("Ping"),
                         qPrintable(QStringLiteral("%1: not translated: %2").arg(recipe.name(), text)));
            }
        }
    }

    // New-user pass 10, zh_CN F12: "Six sockets at once" read on a 12-socket
    // BG96 said "(all of the BC25's sockets)". A recipe for several models
    // speaks of none of them as the module it runs on.
    void aRecipeForSeveralModelsSpeaksOfNoneAsItsModule()
    {
        for (const Recipe &recipe : RecipeLibrary::builtIn()) {
            if (recipe.models().size() < 2)
                continue;
            for (const QString &model : recipe.models()) {
                const QString claim = QStringLiteral("the %1's").arg(model.toUpper());
                QVERIFY2(!recipe.description().contains(claim, Qt::CaseInsensitive),
                         qPrintable(QStringLiteral("%1: %2").arg(recipe.name(), recipe.description())));
            }
        }
    }

    void aRecipeSpeaksChinese()
    {
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/bc25workbench_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        const Recipe recipe = RecipeLibrary::find(QStringLiteral("02_network_attach"));
        QVERIFY(hasChinese(recipe.title()) && hasChinese(recipe.description()));
        test::RecipeHarness h;
        QVERIFY(h.connect({QStringLiteral("csq=99")}));
        const auto result = h.run(recipe);
        QCoreApplication::removeTranslator(&chinese);
        QVERIFY(result);
        QVERIFY(hasChinese(result->title));
        const StepResult &failed = result->steps.last();
        QVERIFY2(hasChinese(failed.name), qPrintable(failed.name));
        QVERIFY2(failed.message.startsWith(QStringLiteral("检查失败：模组能收到小区信号")), qPrintable(failed.message));
    }
};

QTEST_GUILESS_MAIN(TestRecipeLibrary)
#include "tst_recipelibrary.moc"
