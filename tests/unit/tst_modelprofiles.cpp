// SPDX-License-Identifier: MIT
// The models as data: each model's table answers what its source says (one
// row per fact, citing it), its differences carry their sources, and its
// parser reads its payload lines whole and byte by byte (the BG96's UDP read
// holding an OK that must not end the command).

#include "at/atparser.h"
#include "at/transactionassembler.h"
#include "bc25/commandcatalog.h"
#include "bc25/commands.h"
#include "health/healthplan.h"
#include "profile/moduleprofile.h"
#include "sim/simconfig.h"
#include "sim/virtualmodule.h"

#include <QSignalSpy>
#include <QTest>

using namespace bc25;
using profile::ModuleProfile;

namespace {

QString rangeOf(const ModuleProfile &profile, CommandId id, const char *name)
{
    const ParameterSpec *parameter = profile.catalog().parameter(id, name);
    return parameter ? CommandCatalog::rangeText(*parameter) : QStringLiteral("none");
}

// The command a profile's assembler makes of `stream` after `command` was
// written, whole or byte by byte: "<command> | <lines> | <data>".
QString transaction(const std::shared_ptr<const ModuleProfile> &profile, const QByteArray &command,
                    const QByteArray &stream, bool byteByByte)
{
    at::TransactionAssembler assembler(profile->newRules());
    assembler.setSettings(profile->parserDefaults());
    QStringList done;
    QObject::connect(&assembler, &at::TransactionAssembler::commandFinished, [&done](const at::Transaction &t) {
        QStringList lines;
        for (const at::ResultLine &line : t.lines)
            lines << QString::fromLatin1(line.text);
        done << QString::fromLatin1(t.command) + QStringLiteral(" | ") + lines.join(QLatin1Char('/'))
                        + QStringLiteral(" | ") + QString::fromLatin1(t.data);
    });
    assembler.begin(assembler.rules().commandFor(command), 0);
    if (byteByByte) {
        for (const char c : stream)
            assembler.feed(QByteArrayView(&c, 1), 0);
    } else {
        assembler.feed(stream, 0);
    }
    assembler.finish(0);
    return done.join(QLatin1Char('\n'));
}

} // namespace

class TestModelProfiles : public QObject
{
    Q_OBJECT

private slots:
    void everyModelIsKnownByItsName();
    void eachModelsTableAnswersWhatItsSourceSays_data();
    void eachModelsTableAnswersWhatItsSourceSays();
    void everyDifferenceNamesItsSource();
    void bg96UdpReadCarriesItsPayload_data();
    void bg96UdpReadCarriesItsPayload();
    void bg95BufferedRecvWithLengthCarriesNoData();
    void theVirtualModuleClosesAsItsModel();
    void theOpenWaitsAsLongAsItsModelSays_data();
    void theOpenWaitsAsLongAsItsModelSays();
    void theHealthCheckPingsWithTheModelsDefaults();
    void theHealthCheckUsesTheModelsContext();
    void anUnknownCommandNamesTheModelsManual();
    void aPingEndsOnTheModelsSuccessCode_data();
    void aPingEndsOnTheModelsSuccessCode();
};

void TestModelProfiles::everyModelIsKnownByItsName()
{
    QCOMPARE(ModuleProfile::ids(), (QList<QByteArray> {"bc25", "bc32", "bc660k", "bc66", "bg95", "bg96", "ec200u"}));
    for (const QByteArray &id : ModuleProfile::ids()) {
        const auto model = ModuleProfile::byId(id);
        QVERIFY2(model, id.constData());
        QCOMPARE(model->id(), id);
        QCOMPARE(ModuleProfile::byId(id).get(), model.get()); // one shared profile per model
    }
    QCOMPARE(ModuleProfile::byId("bc25").get(), ModuleProfile::bc25().get());
    QVERIFY(!ModuleProfile::byId("bg97"));
}

void TestModelProfiles::eachModelsTableAnswersWhatItsSourceSays_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<int>("command");
    QTest::addColumn<QByteArray>("parameter");
    QTest::addColumn<QString>("range");
    auto row = [](const char *source, const char *model, CommandId id, const char *parameter, const char *range) {
        QTest::newRow(source) << QByteArray(model) << int(id) << QByteArray(parameter) << QString::fromLatin1(range);
    };
    row("BC25 manual 2.1.1 connectID", "bc25", CommandId::Open, "connectID", "0-5");
    row("BC25&BC32 manual 2.1.1 (BC32 alike)", "bc32", CommandId::Open, "contextID", "1-3");
    row("Zephyr bc66x.h BC66X_MAX_SOCKETS 5 (BC660K)", "bc660k", CommandId::Close, "connectID", "0-4");
    row("Zephyr bc66x.h BC660K_ONLY_SUPPORTED_CONTEXT_ID 0", "bc660k", CommandId::Open, "contextID", "0");
    row("Zephyr bc66x.h BC66_ONLY_SUPPORTED_CONTEXT_ID 1", "bc66", CommandId::Ping, "contextID", "1");
    row("BG96 AN 2.2.4 connectID 0-11", "bg96", CommandId::Open, "connectID", "0-11");
    row("BG96 AN 2.2.4 contextID 1-16", "bg96", CommandId::Open, "contextID", "1-16");
    row("BG96 AN 2.2.5 QICLOSE timeout", "bg96", CommandId::Close, "timeout", "0-65535");
    row("BG96 AN 2.2.8 read_length 0-1500", "bg96", CommandId::Read, "read_length", "0-1500");
    row("BG96 AN 2.2.11 QPING no ping_size", "bg96", CommandId::Ping, "ping_size", "none");
    row("BG96 AN 2.2.11 QPING pingnum 1-10", "bg96", CommandId::Ping, "ping_num", "1-10");
    row("BG95 AN 2.3.7 send_length 0-1460 (0: the query)", "bg95", CommandId::Send, "send_length", "0-1460");
    row("BG95 AN 2.3.4 contextID 1-16", "bg95", CommandId::Ntp, "contextID", "1-16");
    row("BG95 AN 2.3.9 QISENDEX RAI_info 0-2", "bg95", CommandId::SendHex, "RAI_info", "0-2");
    row("BG96 AN 2.2.9 QISENDEX no RAI_info", "bg96", CommandId::SendHex, "RAI_info", "none");
    row("EC200U AN 2.4.7 contextID 1-7", "ec200u", CommandId::Open, "contextID", "1-7");
    row("EC200U AN 2.4.11 read_length 0-1500", "ec200u", CommandId::Read, "read_length", "0-1500");
}

void TestModelProfiles::eachModelsTableAnswersWhatItsSourceSays()
{
    QFETCH(QByteArray, model);
    QFETCH(int, command);
    QFETCH(QByteArray, parameter);
    QFETCH(QString, range);
    QCOMPARE(rangeOf(*ModuleProfile::byId(model), CommandId(command), parameter.constData()), range);
}

void TestModelProfiles::everyDifferenceNamesItsSource()
{
    QVERIFY(ModuleProfile::bc25()->differences().isEmpty());
    for (const QByteArray &id : ModuleProfile::ids()) {
        for (const profile::ProfileFact &fact : ModuleProfile::byId(id)->differences())
            QVERIFY2(!fact.what.isEmpty() && !fact.source.isEmpty(), qPrintable(id + ": " + fact.what));
    }
    const auto bg96 = ModuleProfile::byId("bg96");
    const auto &catalog = bg96->catalog();
    // BG96 AN 2.2.12: AT+QNTP, no AT+QNTTP; 2.2.5: no CLOSE OK; 2.2.7: no inline data.
    QVERIFY(catalog.find("AT+QNTP") && !catalog.find("AT+QNTTP"));
    QVERIFY(ModuleProfile::bc25()->catalog().find("AT+QNTTP"));
    QCOMPARE(catalog.spec(CommandId::Close).secondPhase, SecondPhase::None);
    QCOMPARE(ModuleProfile::byId("bc660k")->catalog().spec(CommandId::Close).secondPhase, SecondPhase::Close);
    QVERIFY(!Commands::fromText(catalog, R"(AT+QISEND=0,5,"hello")").ok());
    QVERIFY(Commands::fromText(ModuleProfile::bc25()->catalog(), R"(AT+QISEND=0,5,"hello")").ok());
    QVERIFY(Commands::fromText(catalog, "AT+QIRD=0,0").ok()); // the lengths query
    QVERIFY(!Commands::fromText(ModuleProfile::bc25()->catalog(), "AT+QIRD=0,0").ok()); // manual 2.1.5: 1-512
    // The typed NTP builder names each model's command.
    QVERIFY(Commands::synchronizeTime(catalog, 1, QStringLiteral("pool.ntp.org")).command.text.startsWith("AT+QNTP="));
    QVERIFY(Commands::synchronizeTime(ModuleProfile::bc25()->catalog(), 1, QStringLiteral("pool.ntp.org")).command.text.startsWith("AT+QNTTP="));
    // BG96 AN 2.2.7: text goes out after the prompt, the length first.
    QCOMPARE(Commands::chooseSendForm(catalog, "hello"), SendForm::FixedLength);
    QCOMPARE(Commands::chooseSendForm(ModuleProfile::bc25()->catalog(), "hello"), SendForm::InlineText);
    const BuildResult text = Commands::send(catalog, 11, "hello");
    QVERIFY2(text.ok(), qPrintable(text.error));
    QCOMPARE(text.command.text, QByteArray("AT+QISEND=11,5"));
    QCOMPARE(text.command.payload, QByteArray("hello"));
    // BG96 AN 2.2.11: the ping builder leaves <ping_size> out.
    PingParameters ping(*bg96);
    ping.host = QStringLiteral("127.0.0.1");
    const BuildResult built = Commands::ping(ping);
    QVERIFY2(built.ok(), qPrintable(built.error));
    QCOMPARE(built.command.text, QByteArray(R"(AT+QPING=1,"127.0.0.1",4,4)"));
}

void TestModelProfiles::bg96UdpReadCarriesItsPayload_data()
{
    QTest::addColumn<bool>("byteByByte");
    QTest::newRow("whole") << false;
    QTest::newRow("byte by byte") << true;
}

void TestModelProfiles::bg96UdpReadCarriesItsPayload()
{
    QFETCH(bool, byteByByte);
    // BG96 AN 2.2.8: +QIRD: <read_actual_length>,<remoteIP>,<remote_port> then the
    // data; 8 bytes holding "OK" on a line of their own must not end the command.
    const QByteArray stream = "\r\n+QIRD: 8,\"10.7.89.10\",6969\r\nab\r\nOK\r\n\r\nOK\r\n";
    QCOMPARE(transaction(ModuleProfile::byId("bg96"), "AT+QIRD=2", stream, byteByByte),
             QStringLiteral("AT+QIRD=2 | +QIRD: 8,\"10.7.89.10\",6969/OK | ab\r\nOK\r\n"));
    // The lengths query (AT+QIRD=<id>,0) carries none.
    QCOMPARE(transaction(ModuleProfile::byId("bg96"), "AT+QIRD=2,0", "\r\n+QIRD: 8,2,6\r\n\r\nOK\r\n", byteByByte),
             QStringLiteral("AT+QIRD=2,0 | +QIRD: 8,2,6/OK | "));
    // The BC25 has no such form: the same bytes are lines, and the first OK ends the command.
    const QString bc25 = transaction(ModuleProfile::bc25(), "AT+QIRD=2", stream, byteByByte);
    QVERIFY2(bc25.startsWith(QStringLiteral("AT+QIRD=2 | +QIRD: 8,\"10.7.89.10\",6969/OK | ")), qPrintable(bc25));
}

void TestModelProfiles::bg95BufferedRecvWithLengthCarriesNoData()
{
    // BG95 AN 2.4.2: +QIURC: "recv",<connectID>[,<data_len>] in buffer access mode.
    for (const bool byteByByte : {false, true}) {
        at::AtParser parser(ModuleProfile::byId("bg95")->payloadGrammar());
        parser.setSettings(ModuleProfile::byId("bg95")->parserDefaults()); // every socket in buffer access
        QStringList events;
        QObject::connect(&parser, &at::AtParser::eventParsed, [&events](const at::AtEvent &e) {
            events << (e.kind == at::AtEvent::Kind::Data ? QStringLiteral("D:") : QStringLiteral("L:")) + QString::fromLatin1(e.bytes);
        });
        const QByteArray stream = "\r\n+QIURC: \"recv\",0,5\r\n\r\nOK\r\n";
        if (byteByByte) {
            for (const char c : stream)
                parser.feed(QByteArrayView(&c, 1));
        } else {
            parser.feed(stream);
        }
        QCOMPARE(events, (QStringList {"L:+QIURC: \"recv\",0,5", "L:OK"}));
    }
}

void TestModelProfiles::theVirtualModuleClosesAsItsModel()
{
    // BC25 manual 2.1.2: OK then CLOSE OK; BG96 AN 2.2.5: OK alone.
    for (const QByteArray &id : {QByteArray("bc25"), QByteArray("bg96")}) {
        sim::VirtualModule module(ModuleProfile::byId(id), sim::SimConfig {});
        QByteArray out;
        QObject::connect(&module, &sim::VirtualModule::output, [&out](const QByteArray &b) { out += b; });
        module.receive("AT+QICLOSE=0\r");
        QTRY_VERIFY2(out.contains("OK\r\n"), out.constData());
        // CLOSE OK comes in the next turn of the event loop, or never: it is
        // written before the answer to the next command.
        module.receive("AT+CGMR\r");
        QTRY_VERIFY2(out.count("OK\r\n") >= 2 + (id == "bc25" ? 1 : 0), out.constData());
        QCOMPARE(out.contains("CLOSE OK"), id == "bc25");
    }
}

void TestModelProfiles::theOpenWaitsAsLongAsItsModelSays_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<int>("seconds");
    // BC25 manual 2.1.1, note 1: 36 s with an IP address, 176 s with a domain name.
    QTest::newRow("BC25 manual 2.1.1 address") << QByteArray("bc25") << QByteArray(R"(AT+QIOPEN=1,0,"TCP","10.0.0.1",80)") << 36;
    QTest::newRow("BC25 manual 2.1.1 name") << QByteArray("bc25") << QByteArray(R"(AT+QIOPEN=1,0,"TCP","a.example",80)") << 176;
    QTest::newRow("BC32 as the BC25") << QByteArray("bc32") << QByteArray(R"(AT+QIOPEN=1,0,"TCP","a.example",80)") << 176;
    // BG96 AN 2.2.4, BG95 AN 2.3.4, EC200U AN 2.4.7: "wait for 150 seconds for +QIOPEN".
    for (const char *model : {"bg95", "bg96", "ec200u"}) {
        QTest::addRow("%s 150 s, address", model) << QByteArray(model) << QByteArray(R"(AT+QIOPEN=1,0,"TCP","10.0.0.1",80)") << 150;
        QTest::addRow("%s 150 s, name", model) << QByteArray(model) << QByteArray(R"(AT+QIOPEN=1,0,"TCP","a.example",80)") << 150;
    }
    // Zephyr bc66x driver: BC66X_SOCKET_OPEN_TIMEOUT "specs recommends waiting up to 60 s".
    QTest::newRow("BC660K 60 s, address") << QByteArray("bc660k") << QByteArray(R"(AT+QIOPEN=0,0,"TCP","10.0.0.1",80)") << 60;
    QTest::newRow("BC660K 60 s, name") << QByteArray("bc660k") << QByteArray(R"(AT+QIOPEN=0,0,"TCP","a.example",80)") << 60;
    QTest::newRow("BC66 60 s") << QByteArray("bc66") << QByteArray(R"(AT+QIOPEN=1,0,"TCP","a.example",80)") << 60;
}

void TestModelProfiles::theOpenWaitsAsLongAsItsModelSays()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, command);
    QFETCH(int, seconds);
    const auto profile = ModuleProfile::byId(model);
    const ParsedCommand parsed = profile->catalog().parse(command);
    QVERIFY2(CommandCatalog::validate(parsed).isEmpty(), qPrintable(CommandCatalog::validate(parsed)));
    const at::AtCommand expected = CommandCatalog::expectation(parsed);
    QVERIFY(expected.operation);
    QCOMPARE(expected.operation->timeoutMs(), seconds * 1000);
    // The engine times it so: the rules the assembler and the engine ask.
    const auto rules = profile->newRules();
    QCOMPARE(rules->commandFor(command).operation->timeoutMs(), seconds * 1000);
}

void TestModelProfiles::theHealthCheckPingsWithTheModelsDefaults()
{
    // A ping count the user left out is the model's (manual 2.1.8 on the BC25:
    // <ping_num> 4); one the user set is the user's.
    ModuleProfile::Description d = ModuleProfile::bc25Description();
    d.id = "seven-pings";
    d.ping.count = 7;
    const auto seven = ModuleProfile::create(std::move(d));
    health::HealthSettings s;
    s.pingHost = QStringLiteral("127.0.0.1");
    auto pingOf = [](const QList<health::PlannedCheck> &plan) {
        for (const health::PlannedCheck &check : plan) {
            if (check.kind == health::CheckKind::Ping)
                return check.commandTexts().constFirst();
        }
        return QString();
    };
    QCOMPARE(pingOf(health::HealthPlan::build(s, *seven)), QStringLiteral(R"(AT+QPING=1,"127.0.0.1",4,7,32)"));
    QCOMPARE(pingOf(health::HealthPlan::build(s, *ModuleProfile::bc25())), QStringLiteral(R"(AT+QPING=1,"127.0.0.1",4,4,32)"));
    s.pingCount = 2;
    QCOMPARE(pingOf(health::HealthPlan::build(s, *seven)), QStringLiteral(R"(AT+QPING=1,"127.0.0.1",4,2,32)"));
}

void TestModelProfiles::theHealthCheckUsesTheModelsContext()
{
    // The BC660K's only context is 0 (Zephyr bc66x driver, a real log); the BC25's first is 1 (manual 2.1.1).
    health::HealthSettings s;
    s.pingHost = QStringLiteral("127.0.0.1");
    s.dnsHost = QStringLiteral("localhost");
    s.serverHost = QStringLiteral("127.0.0.1");
    s.serverPort = 7;
    s.ntpServer = QStringLiteral("127.0.0.1");
    auto commandsOf = [](const QList<health::PlannedCheck> &plan) {
        QStringList texts;
        for (const health::PlannedCheck &check : plan)
            texts += check.commandTexts();
        return texts.join(QLatin1Char('|'));
    };
    const QString bc660k = commandsOf(health::HealthPlan::build(s, *ModuleProfile::byId("bc660k")));
    QVERIFY2(bc660k.contains(QStringLiteral(R"(AT+QIDNSGIP=0,"localhost")")), qPrintable(bc660k));
    QVERIFY2(bc660k.contains(QStringLiteral(R"(AT+QPING=0,"127.0.0.1")")), qPrintable(bc660k));
    QVERIFY2(bc660k.contains(QStringLiteral(R"(AT+QIOPEN=0,0,"TCP","127.0.0.1",7)")), qPrintable(bc660k));
    QVERIFY2(bc660k.contains(QStringLiteral(R"(AT+QNTP=0,"127.0.0.1")")), qPrintable(bc660k));
    const QString bc25 = commandsOf(health::HealthPlan::build(s, *ModuleProfile::bc25()));
    QVERIFY2(bc25.contains(QStringLiteral(R"(AT+QPING=1,"127.0.0.1")")), qPrintable(bc25));
    // The user's own context stays the user's.
    s.contextId = 2;
    QVERIFY(commandsOf(health::HealthPlan::build(s, *ModuleProfile::byId("bg96"))).contains(QStringLiteral(R"(AT+QPING=2,)")));
}

void TestModelProfiles::anUnknownCommandNamesTheModelsManual()
{
    QCOMPARE(CommandCatalog::validate(ModuleProfile::byId("bg96")->catalog().parse("AT+QNTTP=1,\"a\"")),
             QStringLiteral("AT+QNTTP is not a command of the BG96 TCP/IP manual."));
    QCOMPARE(CommandCatalog::validate(ModuleProfile::bc25()->catalog().parse("AT+QIACT=1")),
             QStringLiteral("AT+QIACT is not a command of the BC25 TCP/IP manual."));
    QCOMPARE(CommandCatalog::validate(ModuleProfile::byId("bc660k")->catalog().parse("AT+QIACT=1")),
             QStringLiteral("AT+QIACT is not a command of the BC660K-GL TCP/IP manual."));
}

void TestModelProfiles::aPingEndsOnTheModelsSuccessCode_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("operation");
    // BC25 manual 4.5: echoes start with 0, the summary with 2.
    QTest::newRow("BC25 manual 4.5") << QByteArray("bc25") << QByteArray(R"(AT+QPING=1,"a.example")")
                                     << QByteArray("\r\nOK\r\n\r\n+QPING: 0,220.18.29.21,32,192,255\r\n\r\n+QPING: 2,1,1,0,192,192,192\r\n")
                                     << QStringLiteral("done");
    // EC200U AN 3.7 / BG96 AN 2.2.11: "0 It is finished normally"; the address quoted.
    for (const char *model : {"bg95", "bg96", "ec200u"}) {
        QTest::addRow("%s: the summary's 0", model)
                << QByteArray(model) << QByteArray(R"(AT+QPING=1,"www.baidu.com")")
                << QByteArray("\r\nOK\r\n\r\n+QPING: 0,\"61.135.169.125\",32,192,255\r\n\r\n+QPING: 0,1,1,0,192,192,192\r\n")
                << QStringLiteral("done");
    }
    // A BC660K log: +QPING: 569 alone is one request that timed out; the next
    // ones follow, and the summary (its <finresult> 0: the ping ran) ends it.
    QTest::newRow("BC660K real log, cut after a request") << QByteArray("bc660k") << QByteArray(R"(AT+QPING=0,"8.8.8.8",4,4)")
                                     << QByteArray("\r\nOK\r\n\r\n\r\n+QPING: 569\r\n") << QStringLiteral("pending");
    QTest::newRow("BC660K captures") << QByteArray("bc660k") << QByteArray(R"(AT+QPING=0,"8.8.8.8",4,2)")
                                     << QByteArray("\r\nOK\r\n\r\n+QPING: 569\r\n\r\n+QPING: 569\r\n\r\n+QPING: 0,2,0,2,0,0,0\r\n")
                                     << QStringLiteral("done");
    for (const char *model : {"bg95", "bg96", "ec200u"}) {
        QTest::addRow("%s: a request timed out, then an echo", model)
                << QByteArray(model) << QByteArray(R"(AT+QPING=1,"1.2.3.4",4,2)")
                << QByteArray("\r\nOK\r\n\r\n+QPING: 569\r\n\r\n+QPING: 0,\"1.2.3.4\",32,192,255\r\n\r\n+QPING: 0,2,1,1,192,192,192\r\n")
                << QStringLiteral("done");
        // <finresult> alone (565: DNS parse failed, the host was not found) ends it.
        QTest::addRow("%s: the host not found", model) << QByteArray(model) << QByteArray(R"(AT+QPING=1,"nowhere.example")")
                                                       << QByteArray("\r\nOK\r\n\r\n+QPING: 565\r\n") << QStringLiteral("failed");
    }
    // The BC25's per-request codes are 0 and 1: 569 alone ends its ping, as before.
    QTest::newRow("BC25: 569 alone") << QByteArray("bc25") << QByteArray(R"(AT+QPING=1,"1.2.3.4")")
                                     << QByteArray("\r\nOK\r\n\r\n+QPING: 569\r\n") << QStringLiteral("failed");
}

void TestModelProfiles::aPingEndsOnTheModelsSuccessCode()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, stream);
    QFETCH(QString, operation);
    for (const bool byteByByte : {false, true}) {
        const auto profile = ModuleProfile::byId(model);
        at::TransactionAssembler assembler(profile->newRules());
        assembler.setSettings(profile->parserDefaults());
        QString ended = QStringLiteral("pending");
        QObject::connect(&assembler, &at::TransactionAssembler::transactionFinished,
                         [&ended](const at::Transaction &t) {
                             ended = QString::fromLatin1(at::Transaction::operationStatusName(t.operation.status)).toLower();
                         });
        assembler.begin(assembler.rules().commandFor(command), 0);
        if (byteByByte) {
            for (const char c : stream)
                assembler.feed(QByteArrayView(&c, 1), 0);
        } else {
            assembler.feed(stream, 0);
        }
        QCOMPARE(ended, operation);
    }
}

QTEST_GUILESS_MAIN(TestModelProfiles)
#include "tst_modelprofiles.moc"
