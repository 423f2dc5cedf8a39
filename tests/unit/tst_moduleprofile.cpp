// SPDX-License-Identifier: MIT
// The module profile: the BC25's table answers what its manual says, the
// payload grammar finds exactly the lines that announce payload, and a
// second profile built beside it (a test model with three sockets) shares
// nothing with it: its stack, session, parser and simulator are sized from
// it while the BC25's stay as they were.

#include "at/payloadgrammar.h"
#include "bc25/commandcatalog.h"
#include "bc25/commands.h"
#include "link/modulestack.h"
#include "profile/moduleprofile.h"
#include "sim/simconfig.h"
#include "sim/virtualmodule.h"

#include <QSignalSpy>
#include <QTest>

using namespace bc25;
using profile::ModuleProfile;

namespace {

// A model like the BC25 but with three sockets: its table's ranges follow.
std::shared_ptr<const ModuleProfile> threeSocketProfile()
{
    ModuleProfile::Description d = ModuleProfile::bc25Description();
    d.id = "test3";
    d.name = QStringLiteral("Three sockets");
    d.limits.socketCount = 3;
    d.commands = ModuleProfile::bc25Commands(d.limits);
    return ModuleProfile::create(std::move(d));
}

// The events a profile's parser cuts from `stream`, fed whole and byte by byte
// (they must agree): "L:" lines, "D<id>:" payload.
QStringList cut(const ModuleProfile &profile, const QByteArray &stream, bool showLength = false)
{
    QStringList whole;
    for (const bool byteByByte : {false, true}) {
        at::AtParser parser(profile.payloadGrammar());
        at::ParserSettings settings = profile.parserDefaults();
        settings.showLength = showLength;
        parser.setSettings(settings);
        QStringList events;
        QObject::connect(&parser, &at::AtParser::eventParsed, [&events](const at::AtEvent &e) {
            if (e.kind == at::AtEvent::Kind::Line)
                events << QStringLiteral("L:") + QString::fromLatin1(e.bytes);
            else if (e.kind == at::AtEvent::Kind::Data)
                events << QStringLiteral("D%1:").arg(e.connectId) + QString::fromLatin1(e.bytes);
        });
        if (byteByByte) {
            for (const char c : stream)
                parser.feed(QByteArrayView(&c, 1));
        } else {
            parser.feed(stream);
        }
        parser.finish();
        if (!byteByByte)
            whole = events;
        else if (events != whole)
            return {QStringLiteral("split-dependent")};
    }
    return whole;
}

QString rangeOf(const ModuleProfile &profile, CommandId id, const char *name)
{
    for (const Signature &signature : profile.spec(id)->writeSignatures) {
        for (const ParameterSpec &parameter : signature.parameters) {
            if (parameter.name == name)
                return CommandCatalog::rangeText(parameter);
        }
    }
    return {};
}

// What a virtual module of this profile answers to one command line.
QByteArray answer(std::shared_ptr<const ModuleProfile> profile, const QByteArray &command)
{
    sim::VirtualModule module(std::move(profile), sim::SimConfig {});
    QByteArray out;
    QObject::connect(&module, &sim::VirtualModule::output, [&out](const QByteArray &b) { out += b; });
    module.receive(command);
    // The caller compares what came: a missing answer fails there, and is named here.
    if (!QTest::qWaitFor([&out] { return out.contains("OK\r\n") || out.contains("ERROR\r\n"); }, 5000))
        qWarning("no final result to %s within 5 s", command.constData());
    return out;
}

} // namespace

class TestModuleProfile : public QObject
{
    Q_OBJECT

private slots:
    void bc25LimitsAreTheManuals();
    void bc25TableRangesAreTheManuals_data();
    void bc25TableRangesAreTheManuals();
    void bc25TestAnswersAreTheManualsVerbatim();
    void catalogReadsTheBc25ProfilesTable();
    void payloadGrammarFindsTheAnnouncingLines_data();
    void payloadGrammarFindsTheAnnouncingLines();
    void aGrammarWithMoreFieldsIsData();
    void twoProfilesSideBySideShareNothing();
    void theSimulatorPlaysItsProfilesSockets();
    void theRulesReadTheirProfilesTable();
    void theSimulatorHasItsProfilesContexts();
    void aPingWithoutTimeOutIsTimedByTheModelsDefault();
    void eachProfilesCatalogRefusesWithItsOwnRanges_data();
    void eachProfilesCatalogRefusesWithItsOwnRanges();
    void twoCatalogsSideBySideShareNothing();
};

void TestModuleProfile::bc25LimitsAreTheManuals()
{
    const auto bc25 = ModuleProfile::bc25();
    QCOMPARE(bc25->id(), QByteArray("bc25"));
    QCOMPARE(bc25->socketCount(), 6);                 // manual 2.1.1
    QCOMPARE(bc25->limits().maxSendLength, 512);      // manual 2.1.4
    QCOMPARE(bc25->limits().maxReadLength, 512);      // manual 2.1.5
    QCOMPARE(bc25->limits().firstContext, 1);         // manual 2.1.1
    QCOMPARE(bc25->limits().lastContext, 3);
    QCOMPARE(bc25->pingDefaults().timeoutSeconds, 4); // manual 2.1.8
    QCOMPARE(bc25->pingDefaults().count, 4);
    QCOMPARE(bc25->pingDefaults().size, 32);
    QCOMPARE(bc25->parserDefaults().socketCount(), 6);
    QCOMPARE(bc25->payloadGrammar().socketCount, 6);
    QVERIFY(bc25.get() == ModuleProfile::bc25().get()); // one shared BC25
}

void TestModuleProfile::bc25TableRangesAreTheManuals_data()
{
    QTest::addColumn<int>("command");
    QTest::addColumn<QByteArray>("parameter");
    QTest::addColumn<QString>("range");
    auto row = [](const char *name, CommandId id, const char *parameter, const char *range) {
        QTest::newRow(name) << int(id) << QByteArray(parameter) << QString::fromLatin1(range);
    };
    row("2.1.1 QIOPEN connectID", CommandId::Open, "connectID", "0-5");
    row("2.1.1 QIOPEN contextID", CommandId::Open, "contextID", "1-3");
    row("2.1.2 QICLOSE connectID", CommandId::Close, "connectID", "0-5");
    row("2.1.4 QISEND send_length", CommandId::Send, "send_length", "1-512");
    row("2.1.5 QIRD read_length", CommandId::Read, "read_length", "1-512");
    row("2.1.6 QISENDEX connectID", CommandId::SendHex, "connectID", "0-5");
    row("2.1.7 QISWTMD connectID", CommandId::SwitchMode, "connectID", "0-5");
    row("2.1.8 QPING contextID", CommandId::Ping, "contextID", "1-3");
    row("2.1.8 QPING ping_num", CommandId::Ping, "ping_num", "1-10");
    row("2.1.9 QNTTP contextID", CommandId::Ntp, "contextID", "1-3");
    row("2.1.10 QIDNSGIP contextID", CommandId::DnsLookup, "contextID", "1-3");
}

void TestModuleProfile::bc25TableRangesAreTheManuals()
{
    QFETCH(int, command);
    QFETCH(QByteArray, parameter);
    QFETCH(QString, range);
    QCOMPARE(rangeOf(*ModuleProfile::bc25(), CommandId(command), parameter.constData()), range);
}

void TestModuleProfile::bc25TestAnswersAreTheManualsVerbatim()
{
    const auto bc25 = ModuleProfile::bc25();
    // manual 2.1.1-2.1.7, "Test Command" rows
    QCOMPARE(bc25->spec(CommandId::Open)->testAnswer.constFirst(),
             QByteArray(R"(+QIOPEN: (1-3),(0-5),"TCP/UDP/TCP LISTENER/UDP SERVICE","<IP_address>/<domain_name>",<remote_port>[,<local_port>[,(0-1)[,(0-1)]]])"));
    QCOMPARE(bc25->spec(CommandId::Close)->testAnswer.constFirst(), QByteArray("+QICLOSE: (0-5)"));
    QCOMPARE(bc25->spec(CommandId::Send)->testAnswer.constFirst(), QByteArray(R"(+QISEND: (0-5),(1-512),"<data>")"));
    QCOMPARE(bc25->spec(CommandId::Read)->testAnswer.constFirst(), QByteArray("+QIRD: (0-5),(1-512)"));
    QCOMPARE(bc25->spec(CommandId::SendHex)->testAnswer.constFirst(), QByteArray(R"(+QISENDEX: (0-5),(1-512),"<hex_string>")"));
    QCOMPARE(bc25->spec(CommandId::SwitchMode)->testAnswer.constFirst(), QByteArray("+QISWTMD: (0-5),(0-1)"));
    QCOMPARE(bc25->spec(CommandId::Ping)->testAnswer.constFirst(), QByteArray(R"(+QPING: (1-3),"<host>"[,(1-255)[,(1-10)[,(32-200)]]])"));
}

void TestModuleProfile::catalogReadsTheBc25ProfilesTable()
{
    // The catalog compares command names in one place: the BC25 profile's table.
    QCOMPARE(&bc25::profile::ModuleProfile::bc25()->catalog().commands(), &ModuleProfile::bc25()->commands());
    QCOMPARE(bc25::profile::ModuleProfile::bc25()->catalog().find("AT+QIOPEN"), ModuleProfile::bc25()->spec(CommandId::Open));
}

void TestModuleProfile::payloadGrammarFindsTheAnnouncingLines_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<bool>("showLength");
    QTest::addColumn<QStringList>("events");
    auto row = [](const char *name, const QByteArray &stream, bool showLength, const QStringList &events) {
        QTest::newRow(name) << stream << showLength << events;
    };
    // manual 2.1.5
    row("read with OK inside", "+QIRD: 4\r\nOK\r\n\r\nOK\r\n", false, {"L:+QIRD: 4", "D-1:OK\r\n", "L:OK"});
    row("read with remaining length", "+QIRD: 2,6\r\nab\r\nOK\r\n", true, {"L:+QIRD: 2,6", "D-1:ab", "L:OK"});
    row("read query form carries none", "+QIRD: 8,2,6\r\nOK\r\n", false, {"L:+QIRD: 8,2,6", "L:OK"});
    row("empty read", "+QIRD: 0\r\nOK\r\n", false, {"L:+QIRD: 0", "L:OK"});
    // manual 2.2.2
    row("direct push", "+QIURC: \"recv\",1,2\r\nOK\r\n", false, {"L:+QIURC: \"recv\",1,2", "D1:OK"});
    row("buffer access with showlength carries none", "+QIURC: \"recv\",1,2\r\nOK\r\n", true,
        {"L:+QIURC: \"recv\",1,2", "L:OK"});
    // A socket past the model's: drift (LineExpectations), still read at its
    // best — its data is data, not an OK that ends a command (adv6 F1).
    row("socket past the model's still announces its data", "+QIURC: \"recv\",6,2\r\nOK\r\n", false,
        {"L:+QIURC: \"recv\",6,2", "D6:OK"});
    row("other URC", "+QIURC: \"closed\",1\r\n", false, {"L:+QIURC: \"closed\",1"});
}

void TestModuleProfile::payloadGrammarFindsTheAnnouncingLines()
{
    QFETCH(QByteArray, stream);
    QFETCH(bool, showLength);
    QFETCH(QStringList, events);
    QCOMPARE(cut(*ModuleProfile::bc25(), stream, showLength), events);
}

void TestModuleProfile::aGrammarWithMoreFieldsIsData()
{
    // BG96's UDP read (FAMILY.md: BG96 TCP/IP application note): three fields, an
    // address among them. A profile says so in its grammar; the parser is not changed.
    using Field = at::PayloadAnnouncement::Field;
    ModuleProfile::Description d = ModuleProfile::bc25Description();
    d.id = "udp-read";
    d.payloadGrammar.announcements.prepend({"+QIRD:", {}, {Field::Length, Field::Address, Field::Port}, false});
    const auto udp = ModuleProfile::create(std::move(d));
    const QByteArray stream = "+QIRD: 8,\"10.7.89.10\",6969\r\n1234\r\nOK\r\n\r\nOK\r\n";
    QCOMPARE(cut(*udp, stream), (QStringList {"L:+QIRD: 8,\"10.7.89.10\",6969", "D-1:1234\r\nOK", "L:OK"}));
    // The BC25 prints no such line (manual 2.1.5): it is a drift there, still read
    // as its best reading (README): another model's shape, its payload data all the same.
    QCOMPARE(cut(*ModuleProfile::bc25(), stream),
             (QStringList {"L:+QIRD: 8,\"10.7.89.10\",6969", "D-1:1234\r\nOK", "L:OK"}));
    QVERIFY(ModuleProfile::bc25()->payloadGrammar().announcements.size() == 2); // its own shapes stay its manual's
    // The three decimal query form stays without payload in both.
    QCOMPARE(cut(*udp, "+QIRD: 8,2,6\r\nOK\r\n"), (QStringList {"L:+QIRD: 8,2,6", "L:OK"}));
}

void TestModuleProfile::twoProfilesSideBySideShareNothing()
{
    const auto three = threeSocketProfile();
    link::ModuleStack small(three);
    link::ModuleStack bc25(ModuleProfile::bc25());

    QCOMPARE(small.profile().socketCount(), 3);
    QCOMPARE(small.session().sockets()->socketCount(), 3);
    QCOMPARE(small.engine().settings().socketCount(), 3);
    QCOMPARE(small.session().sends()->maxChunk(), 512);
    QCOMPARE(rangeOf(*three, CommandId::Close, "connectID"), QStringLiteral("0-2"));
    QCOMPARE(three->spec(CommandId::Close)->testAnswer.constFirst(), QByteArray("+QICLOSE: (0-2)"));

    // The BC25 beside it is as its manual says.
    QCOMPARE(bc25.session().sockets()->socketCount(), 6);
    QCOMPARE(bc25.engine().settings().socketCount(), 6);
    QCOMPARE(ModuleProfile::bc25()->socketCount(), 6);
    QCOMPARE(rangeOf(*ModuleProfile::bc25(), CommandId::Close, "connectID"), QStringLiteral("0-5"));

    // Each parser reads with its own profile: socket 4 is a direct push on the
    // BC25; on the three-socket model it is no socket of its own (drift), and
    // the push's bytes are still its data, read at their best (adv6 F1).
    const QByteArray push = "+QIURC: \"recv\",4,2\r\nab\r\n";
    QCOMPARE(cut(*three, push), (QStringList {"L:+QIURC: \"recv\",4,2", "D4:ab"}));
    QCOMPARE(cut(*ModuleProfile::bc25(), push), (QStringList {"L:+QIURC: \"recv\",4,2", "D4:ab"}));
    QVERIFY(!three->expectations().driftOf(at::ResultLine::parse("+QIURC: \"recv\",4,2"), {}).isEmpty());
    QVERIFY(ModuleProfile::bc25()->expectations().driftOf(at::ResultLine::parse("+QIURC: \"recv\",4,2"), {}).isEmpty());
}

void TestModuleProfile::theSimulatorPlaysItsProfilesSockets()
{
    // The same query on two virtual modules: the BC25 has socket 4, the
    // three-socket model refuses it as out of its range before anything else.
    const QByteArray bc25 = answer(ModuleProfile::bc25(), "AT+QISTATE=1,4\r");
    const QByteArray three = answer(threeSocketProfile(), "AT+QISTATE=1,4\r");
    QVERIFY2(!bc25.contains("ERROR"), bc25.constData());
    QVERIFY2(three.contains("ERROR"), three.constData());
    QVERIFY2(!answer(threeSocketProfile(), "AT+QISTATE=1,2\r").contains("ERROR"), "socket 2 is the model's");
}

void TestModuleProfile::theRulesReadTheirProfilesTable()
{
    // A model whose AT+CGATT answers sooner: its engine's expectation says so,
    // the BC25's keeps the 85 s of its table.
    ModuleProfile::Description d = ModuleProfile::bc25Description();
    d.id = "quick-attach";
    for (CommandSpec &spec : d.commands) {
        if (spec.id == CommandId::Attach)
            spec.timeoutMs = 1000;
    }
    const auto quick = ModuleProfile::create(std::move(d));
    QCOMPARE(quick->newRules()->commandFor("AT+CGATT=1").timeoutMs, 1000);
    QCOMPARE(ModuleProfile::bc25()->newRules()->commandFor("AT+CGATT=1").timeoutMs, 85000);
    at::CommandEngine engine(quick);
    QCOMPARE(&engine.profile(), quick.get());
}

void TestModuleProfile::theSimulatorHasItsProfilesContexts()
{
    // A model whose one context is 0 (as FAMILY.md has the BC660K): the virtual
    // module's packet domain is that range, the BC25's is 1-3 (manual 2.1.1).
    ModuleProfile::Description d = ModuleProfile::bc25Description();
    d.id = "context0";
    d.limits.firstContext = 0;
    d.limits.lastContext = 0;
    d.commands = ModuleProfile::bc25Commands(d.limits);
    const QByteArray zero = answer(ModuleProfile::create(std::move(d)), "AT+CGACT?\r");
    QVERIFY2(zero.contains("+CGACT: 0,1") && !zero.contains("+CGACT: 1,"), zero.constData());
    const QByteArray bc25 = answer(ModuleProfile::bc25(), "AT+CGACT?\r");
    QVERIFY2(bc25.contains("+CGACT: 1,1") && bc25.contains("+CGACT: 3,1") && !bc25.contains("+CGACT: 0,"), bc25.constData());
}

void TestModuleProfile::aPingWithoutTimeOutIsTimedByTheModelsDefault()
{
    // manual 2.1.8: <time_out> defaults to 4 s, each echo waited for that long.
    const auto bc25 = ModuleProfile::bc25();
    ModuleProfile::Description d = ModuleProfile::bc25Description();
    d.id = "slow-ping";
    d.ping.timeoutSeconds = 20;
    const auto slow = ModuleProfile::create(std::move(d));
    const at::AtCommand four = bc25->newRules()->commandFor("AT+QPING=1,\"example.com\"");
    const at::AtCommand twenty = slow->newRules()->commandFor("AT+QPING=1,\"example.com\"");
    QVERIFY(four.operation && twenty.operation);
    QVERIFY2(twenty.operation->timeoutMs() > four.operation->timeoutMs(),
             qPrintable(QStringLiteral("%1 %2").arg(twenty.operation->timeoutMs()).arg(four.operation->timeoutMs())));
    // An explicit <time_out> is the same on both.
    QCOMPARE(slow->newRules()->commandFor("AT+QPING=1,\"example.com\",4").operation->timeoutMs(),
             four.operation->timeoutMs());
}

namespace {

// Three sockets and context 0 only: the catalog built from its Description.
std::shared_ptr<const ModuleProfile> threeSocketsContextZero()
{
    ModuleProfile::Description d = ModuleProfile::bc25Description();
    d.id = "test3c0";
    d.limits.socketCount = 3;
    d.limits.firstContext = 0;
    d.limits.lastContext = 0;
    d.commands = ModuleProfile::bc25Commands(d.limits);
    return ModuleProfile::create(std::move(d));
}

// What a catalog says of a typed line: "" when it takes it, its refusal otherwise.
QString refusal(const CommandCatalog &catalog, const QByteArray &line)
{
    const ParsedCommand parsed = catalog.parse(line);
    return parsed.spec ? CommandCatalog::validate(parsed) : QStringLiteral("unknown");
}

} // namespace

void TestModuleProfile::eachProfilesCatalogRefusesWithItsOwnRanges_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("smallSays"); // a piece of the three-socket model's refusal
    auto row = [](const char *name, const char *line, const char *says) {
        QTest::newRow(name) << QByteArray(line) << QString::fromLatin1(says);
    };
    row("send on socket 3", R"(AT+QISEND=3,5,"hello")", "<connectID> is 3; the manual allows 0-2");
    row("open context 1", R"(AT+QIOPEN=1,0,"TCP","220.180.239.212",8009,0,0)", "<contextID> is 1; the manual allows 0.");
    row("close connectID 3", "AT+QICLOSE=3", "the manual allows 0-2");
    row("state of context 1", "AT+QISTATE=0,1", "with <query_type> 0 the manual allows 0.");
    row("state of socket 3", "AT+QISTATE=1,3", "is 3; the manual allows 0-2.");
    row("ping on context 1", R"(AT+QPING=1,"127.0.0.1")", "<contextID> is 1; the manual allows 0.");
}

void TestModuleProfile::eachProfilesCatalogRefusesWithItsOwnRanges()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, smallSays);
    const auto small = threeSocketsContextZero();
    const QString said = refusal(small->catalog(), line);
    QVERIFY2(said.contains(smallSays), qPrintable(said));
    // The BC25 (manual 2.1.1: connectID 0-5, contextID 1-3) takes the same line.
    QCOMPARE(refusal(ModuleProfile::bc25()->catalog(), line), QString());
    // The typed builders and the engine's rules read the same catalog.
    QVERIFY(!Commands::fromText(small->catalog(), line).ok());
    QVERIFY(Commands::fromText(ModuleProfile::bc25()->catalog(), line).ok());
}

void TestModuleProfile::twoCatalogsSideBySideShareNothing()
{
    const auto small = threeSocketsContextZero();
    const CommandCatalog &mine = small->catalog();
    const CommandCatalog &bc25 = ModuleProfile::bc25()->catalog();
    QVERIFY(&mine != &bc25);
    const CommandSpec *close = mine.find("AT+QICLOSE");
    QVERIFY(close && close != bc25.find("AT+QICLOSE"));
    QCOMPARE(mine.parse("AT+QICLOSE=1").spec, close); // parse() reads its own table
    QCOMPARE(CommandCatalog::rangeText(*mine.parameter(CommandId::Close, "connectID")), QStringLiteral("0-2"));
    QCOMPARE(CommandCatalog::rangeText(*bc25.parameter(CommandId::Close, "connectID")), QStringLiteral("0-5"));
    QCOMPARE(mine.parameter(CommandId::Open, "remote_port", {{"0", false}, {"0", false}, {"TCP", true}}).min, 1);
    QVERIFY(mine.longestCommandLine() <= bc25.longestCommandLine());
    QCOMPARE(mine.findByResult("QICLOSE"), close);
}

QTEST_GUILESS_MAIN(TestModuleProfile)
#include "tst_moduleprofile.moc"
