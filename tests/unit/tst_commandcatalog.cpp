// SPDX-License-Identifier: MIT
// The command catalog and the typed builders: every parameter's range edges
// are accepted and one past them refused, with the manual's range quoted;
// builders write the manual's exact text.

#include "bc25/commandcatalog.h"
#include "profile/moduleprofile.h"
#include "bc25/commands.h"
#include "bc25/operations.h"

#include "translations.h"

#include <QTest>

#include <functional>

using namespace bc25;
using at::Field;

namespace {

Field value(const ParameterSpec &parameter)
{
    switch (parameter.type) {
    case ParameterSpec::Type::Integer:
        return {QByteArray::number(parameter.min), false};
    case ParameterSpec::Type::String:
        if (!parameter.choices.isEmpty())
            return {parameter.choices.constFirst(), true};
        return {QByteArray(qMax<qint64>(parameter.min, 1), 'a'), parameter.quoted};
    case ParameterSpec::Type::Hex:
        return {QByteArray(qMax<qint64>(parameter.min, 2) + qMax<qint64>(parameter.min, 2) % 2, '0'), true};
    case ParameterSpec::Type::IpAddress:
        return {"8.8.8.8", true};
    }
    return {};
}

// A valid argument list for a signature: every parameter at its smallest value,
// then the rules across parameters satisfied.
QList<Field> baseline(const CommandSpec &spec, const Signature &signature)
{
    QList<Field> args;
    for (const ParameterSpec &parameter : signature.parameters)
        args << value(parameter);
    if (spec.name == "+QIOPEN")
        args[4].text = "1";
    if (spec.name == "+QISEND" && args.size() == 3)
        args[2].text = "a";
    if (spec.name == "+QISENDEX" && args.size() == 3)
        args[2].text = "00";
    return args;
}

// Parameters whose edges depend on another parameter; tested by hand below.
bool crossChecked(const CommandSpec &spec, int args, int index)
{
    return (spec.name == "+QIOPEN" && (index == 4 || index == 5))
        || spec.name == "+QISTATE"
        || ((spec.name == "+QISEND" || spec.name == "+QISENDEX") && args == 3 && index >= 1);
}

} // namespace

class TestCommandCatalog : public QObject
{
    Q_OBJECT

private slots:
    void everyCommandOfTheManualIsInTheTable();
    void rangeEdgesAcceptedAndOnePastRefused_data();
    void rangeEdgesAcceptedAndOnePastRefused();
    void openPortsDependOnServiceType();
    void stateQueryRangeDependsOnQueryType();
    void inlineSendRefusesCharactersItCannotCarry();
    void manualErrorExampleIsRefusedBeforeSending();
    void buildersWriteTheManualText_data();
    void buildersWriteTheManualText();
    void sendFormIsChosenForTheBytes();
    void builderRefusalQuotesTheRange();
    void buildersCheckTheModelsOwnRanges_data();
    void buildersCheckTheModelsOwnRanges();
    void buildersAttachTheSecondPhase();
    void typedLinesAreValidatedLikeBuilders();
    void anOverLongSendNamesTheModelsLengthRange_data();
    void anOverLongSendNamesTheModelsLengthRange();
    void aHexSendIsCheckedBeforeSending_data();
    void aHexSendIsCheckedBeforeSending();
    void parseTakesCommandLinesApart();
    void resultNamesAndErrorRulesComeFromTheTable();
    void titlesAreShownInTheUsersLanguage(); // last: it installs the Chinese translation
};

void TestCommandCatalog::everyCommandOfTheManualIsInTheTable()
{
    for (const char *name : {"+QIOPEN", "+QICLOSE", "+QISTATE", "+QISEND", "+QIRD", "+QISENDEX", "+QISWTMD",
                             "+QPING", "+QNTTP", "+QIDNSGIP", "+QICFG", "+QIGETERROR", "+QIKALIVE", "+QIDNSCFG"}) {
        const CommandSpec *spec = bc25::profile::ModuleProfile::bc25()->catalog().find(name);
        QVERIFY2(spec, name);
        QVERIFY2(spec->forms.testFlag(CommandForm::Test), name);
        QVERIFY2(spec->section.startsWith("2.1."), name);
    }
    QVERIFY(bc25::profile::ModuleProfile::bc25()->catalog().find("AT+QISTATE"));
    QVERIFY(!bc25::profile::ModuleProfile::bc25()->catalog().find("+QFOO"));
}

void TestCommandCatalog::rangeEdgesAcceptedAndOnePastRefused_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<int>("signature");
    QTest::addColumn<int>("index");
    for (const CommandSpec &spec : bc25::profile::ModuleProfile::bc25()->catalog().commands()) {
        for (int s = 0; s < spec.writeSignatures.size(); ++s) {
            const Signature &signature = spec.writeSignatures.at(s);
            for (int i = 0; i < signature.parameters.size(); ++i) {
                const ParameterSpec &p = signature.parameters.at(i);
                if (p.type == ParameterSpec::Type::IpAddress || !p.choices.isEmpty()
                    || crossChecked(spec, int(signature.parameters.size()), i))
                    continue;
                QTest::addRow("AT%s sig%d <%s>", spec.name.constData(), s, p.name.constData())
                        << spec.name << s << i;
            }
        }
    }
}

void TestCommandCatalog::rangeEdgesAcceptedAndOnePastRefused()
{
    QFETCH(QByteArray, command);
    QFETCH(int, signature);
    QFETCH(int, index);
    const CommandSpec &spec = *bc25::profile::ModuleProfile::bc25()->catalog().find(command);
    const Signature &sig = spec.writeSignatures.at(signature);
    const ParameterSpec &p = sig.parameters.at(index);
    QList<Field> args = baseline(spec, sig);
    QVERIFY2(CommandCatalog::validate(spec, CommandForm::Write, args).isEmpty(),
             qPrintable(CommandCatalog::validate(spec, CommandForm::Write, args)));

    auto withValue = [&](qint64 n) {
        QList<Field> a = args;
        if (p.type == ParameterSpec::Type::Integer)
            a[index].text = QByteArray::number(n);
        else
            a[index].text = QByteArray(n, p.type == ParameterSpec::Type::Hex ? 'A' : 'x');
        return CommandCatalog::validate(spec, CommandForm::Write, a);
    };
    const qint64 step = p.type == ParameterSpec::Type::Hex ? 2 : 1;
    QCOMPARE(withValue(p.min), QString());
    QCOMPARE(withValue(p.max), QString());
    const QString range = CommandCatalog::rangeText(p);
    for (const qint64 bad : {p.min - step, p.max + step}) {
        if (bad < 0 && p.type != ParameterSpec::Type::Integer)
            continue;
        const QString error = withValue(bad);
        QVERIFY2(!error.isEmpty(), qPrintable(QStringLiteral("%1 accepted").arg(bad)));
        if (bad == 0 && p.type != ParameterSpec::Type::Integer && p.optional)
            continue; // an empty optional string reads as left out by position
        QVERIFY2(error.contains(range), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String(p.name)), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String(spec.section)), qPrintable(error));
    }
}

void TestCommandCatalog::openPortsDependOnServiceType()
{
    auto check = [](const QByteArray &line) { return CommandCatalog::validate(bc25::profile::ModuleProfile::bc25()->catalog().parse(line)); };
    QCOMPARE(check(R"(AT+QIOPEN=1,0,"TCP","220.18.39.22",1,0,0)"), QString());
    QCOMPARE(check(R"(AT+QIOPEN=1,0,"TCP","220.18.39.22",65535,65535,0)"), QString());
    QVERIFY(check(R"(AT+QIOPEN=1,0,"TCP","220.18.39.22",0,0,0)").contains(QLatin1String("1-65535")));
    // manual 2.1.1: a client's remote port is 1-65535, whichever way it is out of range
    const QString tooHigh = check(R"(AT+QIOPEN=1,0,"TCP","220.18.39.22",65536,0,0)");
    QVERIFY2(tooHigh.contains(QLatin1String(R"(<remote_port> is 65536; for "TCP" the manual allows 1-65535.)")), qPrintable(tooHigh));
    QVERIFY(!tooHigh.contains(QLatin1String("0-65535")));
    QVERIFY(check(R"(AT+QIOPEN=1,0,"UDP","220.18.39.22",0)").contains(QLatin1String(R"(for "UDP" the manual allows 1-65535)")));
    QVERIFY(check(R"(AT+QIOPEN=1,0,"UDP","220.18.39.22",80,65536,0)").contains(QLatin1String("0-65535"))); // a client's local port
    // Forms and hints ask the catalog for the range the other arguments narrow.
    const auto args = [](const char *service) {
        return QList<at::Field> {{"1", false}, {"0", false}, {service, true}, {"1.2.3.4", true}, {"0", false}};
    };
    QCOMPARE(CommandCatalog::rangeText(bc25::profile::ModuleProfile::bc25()->catalog().parameter(CommandId::Open, "remote_port", args("TCP"))), QStringLiteral("1-65535"));
    QCOMPARE(CommandCatalog::rangeText(bc25::profile::ModuleProfile::bc25()->catalog().parameter(CommandId::Open, "remote_port", args("TCP LISTENER"))), QStringLiteral("0-65535"));
    QCOMPARE(CommandCatalog::rangeText(bc25::profile::ModuleProfile::bc25()->catalog().parameter(CommandId::Open, "local_port", args("UDP SERVICE"))), QStringLiteral("1-65535"));
    QVERIFY(CommandCatalog::parameterRanges(bc25::profile::ModuleProfile::bc25()->catalog().spec(CommandId::Open))
                    .contains(QStringLiteral(R"(<remote_port> 0-65535 (1-65535 for "TCP", "UDP"))")));
    // manual 4.3.1: a listener takes remote port 0 and needs a local port
    QCOMPARE(check(R"(AT+QIOPEN=1,0,"TCP LISTENER","192.168.2.6",0,2020,0)"), QString());
    QVERIFY(check(R"(AT+QIOPEN=1,0,"TCP LISTENER","192.168.2.6",0,0,0)").contains(QLatin1String(R"(for "TCP LISTENER" the manual allows 1-65535)")));
    QVERIFY(check(R"(AT+QIOPEN=1,0,"UDP SERVICE","192.168.2.6",0)").contains(QLatin1String("local_port")));
    QVERIFY(check(R"(AT+QIOPEN=1,0,"TCP LISTENER","::1",0,2020,0,1)").contains(QLatin1String("IPv6")));
    QVERIFY(check(R"(AT+QIOPEN=1,0,"SCTP","1.2.3.4",80)").contains(QLatin1String(R"("TCP", "UDP", "TCP LISTENER", "UDP SERVICE")")));
}

void TestCommandCatalog::stateQueryRangeDependsOnQueryType()
{
    auto check = [](const QByteArray &line) { return CommandCatalog::validate(bc25::profile::ModuleProfile::bc25()->catalog().parse(line)); };
    QCOMPARE(check("AT+QISTATE=0,1"), QString());
    QCOMPARE(check("AT+QISTATE=0,3"), QString());
    QVERIFY(check("AT+QISTATE=0,0").contains(QLatin1String("1-3")));
    QVERIFY(check("AT+QISTATE=0,4").contains(QLatin1String("1-3")));
    QCOMPARE(check("AT+QISTATE=1,0"), QString());
    QCOMPARE(check("AT+QISTATE=1,5"), QString());
    QVERIFY(check("AT+QISTATE=1,6").contains(QLatin1String("0-5")));
    QVERIFY(check("AT+QISTATE=2,1").contains(QLatin1String("0-1")));
}

void TestCommandCatalog::inlineSendRefusesCharactersItCannotCarry()
{
    auto check = [](const QByteArray &line) { return CommandCatalog::validate(bc25::profile::ModuleProfile::bc25()->catalog().parse(line)); };
    QCOMPARE(check(R"(AT+QISEND=0,10,"1234567890")"), QString());
    QVERIFY(check(R"(AT+QISEND=0,9,"1234567890")").contains(QLatin1String("send_length")));
    QCOMPARE(check("AT+QISEND=0," + QByteArray::number(512) + ",\"" + QByteArray(512, 'x') + '"'), QString());
    QVERIFY(check("AT+QISEND=0,513,\"" + QByteArray(513, 'x') + '"').contains(QLatin1String("1-512")));
    QVERIFY(check("AT+QISEND=0,2,\"a\x1a\"").contains(QLatin1String("fixed-length")));
    QCOMPARE(check(R"(AT+QISENDEX=0,5,"3031323334")"), QString());
    QVERIFY(check(R"(AT+QISENDEX=0,5,"30313233")").contains(QLatin1String("hex")));
    QVERIFY(check(R"(AT+QISENDEX=0,2,"30G1")").contains(QLatin1String("hex digits")));
    QCOMPARE(check("AT+QISEND=5"), QString());
    QCOMPARE(check("AT+QISEND=5,512"), QString());
}

void TestCommandCatalog::manualErrorExampleIsRefusedBeforeSending()
{
    // manual 4.7: <connectID> left out; the module answers ERROR and 552.
    const BuildResult result = Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), R"(AT+QIOPEN=1,"UDP","220.18.39.22",8063,0,1)");
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("connectID")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("0-5")), qPrintable(result.error));
}

void TestCommandCatalog::buildersWriteTheManualText_data()
{
    QTest::addColumn<QByteArray>("built");
    QTest::addColumn<QByteArray>("manual");
    auto row = [](const char *name, const BuildResult &r, const QByteArray &manual) {
        QTest::newRow(name) << (r.ok() ? r.command.text : r.error.toUtf8()) << manual;
    };
    OpenParameters open;
    open.host = QStringLiteral("220.18.39.22");
    open.remotePort = 8062;
    open.localPort = 1234;
    row("4.1.1 open", Commands::open(bc25::profile::ModuleProfile::bc25()->catalog(), open), R"(AT+QIOPEN=1,0,"TCP","220.18.39.22",8062,1234,0)");
    open.localPort = 0;
    open.accessMode = AccessMode::DirectPush;
    row("4.2.1 open", Commands::open(bc25::profile::ModuleProfile::bc25()->catalog(), open), R"(AT+QIOPEN=1,0,"TCP","220.18.39.22",8062,0,1)");
    OpenParameters listener;
    listener.service = ServiceType::TcpListener;
    listener.host = QStringLiteral("192.168.2.6");
    listener.localPort = 2020;
    row("4.3.1 listener", Commands::open(bc25::profile::ModuleProfile::bc25()->catalog(), listener), R"(AT+QIOPEN=1,0,"TCP LISTENER","192.168.2.6",0,2020,0)");
    row("4.1.1 state", Commands::queryStateOfSocket(bc25::profile::ModuleProfile::bc25()->catalog(), 0), "AT+QISTATE=1,0");
    row("4.3.1 state", Commands::queryState(bc25::profile::ModuleProfile::bc25()->catalog()), "AT+QISTATE?");
    row("4.1.2 send", Commands::send(bc25::profile::ModuleProfile::bc25()->catalog(), 0, "1234567890"), R"(AT+QISEND=0,10,"1234567890")");
    row("4.1.2 sendex", Commands::send(bc25::profile::ModuleProfile::bc25()->catalog(), 0, "01234", SendForm::Hex), R"(AT+QISENDEX=0,5,"3031323334")");
    row("4.1.3 read", Commands::read(bc25::profile::ModuleProfile::bc25()->catalog(), 0, 512), "AT+QIRD=0,512");
    row("4.1.3 showlength", Commands::setShowLength(bc25::profile::ModuleProfile::bc25()->catalog(), 1), R"(AT+QICFG="showlength",1)");
    row("4.1.3 viewmode", Commands::setViewMode(bc25::profile::ModuleProfile::bc25()->catalog(), 1), R"(AT+QICFG="viewmode",1)");
    row("4.1.4 close", Commands::close(bc25::profile::ModuleProfile::bc25()->catalog(), 0), "AT+QICLOSE=0");
    row("4.6 ntp", Commands::synchronizeTime(bc25::profile::ModuleProfile::bc25()->catalog(), 1, QStringLiteral("ntp5.aliyun.com")), R"(AT+QNTTP=1,"ntp5.aliyun.com")");
    row("4.7 last error", Commands::lastError(bc25::profile::ModuleProfile::bc25()->catalog()), "AT+QIGETERROR");
    row("dns", Commands::lookUpHost(bc25::profile::ModuleProfile::bc25()->catalog(), 1, QStringLiteral("example.com")), R"(AT+QIDNSGIP=1,"example.com")");
    row("dataformat", Commands::setDataFormat(bc25::profile::ModuleProfile::bc25()->catalog(), 0, 1), R"(AT+QICFG="dataformat",0,1)");
    row("query viewmode", Commands::queryConfig(bc25::profile::ModuleProfile::bc25()->catalog(), "viewmode"), R"(AT+QICFG="viewmode")");
    row("keepalive", Commands::setKeepAlive(bc25::profile::ModuleProfile::bc25()->catalog(), true, 60, 10, 9), "AT+QIKALIVE=1,60,10,9");
    row("dns servers", Commands::setDnsServers(bc25::profile::ModuleProfile::bc25()->catalog(), QStringLiteral("8.8.8.8"), QStringLiteral("114.114.114.114")),
        R"(AT+QIDNSCFG="8.8.8.8","114.114.114.114")");
    row("echo", Commands::setEcho(bc25::profile::ModuleProfile::bc25()->catalog(), false), "ATE0");
    row("ati", Commands::identify(bc25::profile::ModuleProfile::bc25()->catalog()), "ATI");
    row("switch", Commands::switchAccessMode(bc25::profile::ModuleProfile::bc25()->catalog(), 2, AccessMode::DirectPush), "AT+QISWTMD=2,1");
}

void TestCommandCatalog::buildersWriteTheManualText()
{
    QFETCH(QByteArray, built);
    QFETCH(QByteArray, manual);
    QCOMPARE(built, manual);
}

void TestCommandCatalog::sendFormIsChosenForTheBytes()
{
    QCOMPARE(Commands::chooseSendForm("hello world"), SendForm::InlineText);
    QCOMPARE(Commands::chooseSendForm("say \"hi\""), SendForm::FixedLength);
    QCOMPARE(Commands::chooseSendForm("line\r\n"), SendForm::FixedLength);
    QCOMPARE(Commands::chooseSendForm(QByteArray("\x00\x1a", 2)), SendForm::FixedLength);
    const BuildResult binary = Commands::send(bc25::profile::ModuleProfile::bc25()->catalog(), 3, QByteArray("\r\nOK\r\n\x1a", 7));
    QVERIFY(binary.ok());
    QCOMPARE(binary.command.text, QByteArray("AT+QISEND=3,7"));
    QCOMPARE(binary.command.dataPhase, at::AtCommand::DataPhase::FixedLength);
    QCOMPARE(binary.command.payload, QByteArray("\r\nOK\r\n\x1a", 7));
}

void TestCommandCatalog::builderRefusalQuotesTheRange()
{
    QVERIFY(Commands::close(bc25::profile::ModuleProfile::bc25()->catalog(), 6).error.contains(QLatin1String("0-5")));
    QVERIFY(Commands::read(bc25::profile::ModuleProfile::bc25()->catalog(), 0, 513).error.contains(QLatin1String("1-512")));
    QVERIFY(Commands::send(bc25::profile::ModuleProfile::bc25()->catalog(), 0, QByteArray(513, 'x')).error.contains(QLatin1String("1-512")));
    QVERIFY(Commands::send(bc25::profile::ModuleProfile::bc25()->catalog(), 0, QByteArray()).error.contains(QLatin1String("1-512")));
    PingParameters ping(*profile::ModuleProfile::bc25());
    ping.host = QStringLiteral("example.com");
    ping.size = 201;
    QVERIFY(Commands::ping(ping).error.contains(QLatin1String("32-200")));
    ping.size = 32;
    ping.count = 11;
    QVERIFY(Commands::ping(ping).error.contains(QLatin1String("1-10")));
    QVERIFY(Commands::setKeepAlive(bc25::profile::ModuleProfile::bc25()->catalog(), true, 60, 21).error.contains(QLatin1String("10-20")));
    QVERIFY(Commands::setDnsServers(bc25::profile::ModuleProfile::bc25()->catalog(), QStringLiteral("dns.example")).error.contains(QLatin1String("IP address")));
    OpenParameters open;
    open.contextId = 4;
    open.host = QStringLiteral("1.2.3.4");
    open.remotePort = 80;
    QVERIFY(Commands::open(bc25::profile::ModuleProfile::bc25()->catalog(), open).error.contains(QLatin1String("1-3")));
}

// Every builder asks the catalog of the model it was given, never the BC25's:
// a range the BC660K-GL narrows is refused there, with its range, and the
// same command is accepted on the BC25 (and the other way round for a
// command only one model has).
void TestCommandCatalog::buildersCheckTheModelsOwnRanges_data()
{
    using Builder = std::function<BuildResult(const CommandCatalog &)>;
    QTest::addColumn<Builder>("builder");
    QTest::addColumn<QByteArray>("refusingModel");
    QTest::addColumn<QByteArray>("acceptingModel");
    QTest::addColumn<QString>("range");
    const auto row = [](const char *name, Builder builder, QByteArray refusing, QByteArray accepting, const char *range) {
        QTest::newRow(name) << std::move(builder) << refusing << accepting << QString::fromLatin1(range);
    };
    // BC660K-GL: five sockets, context 0 only (FAMILY.md, its profile's rows).
    row("close socket 5", [](const CommandCatalog &c) { return Commands::close(c, 5); }, "bc660k", "bc25", "0-4");
    row("read socket 5", [](const CommandCatalog &c) { return Commands::read(c, 5, 100); }, "bc660k", "bc25", "0-4");
    row("state of socket 5", [](const CommandCatalog &c) { return Commands::queryStateOfSocket(c, 5); }, "bc660k", "bc25", "0-4");
    row("dns on context 1", [](const CommandCatalog &c) { return Commands::lookUpHost(c, 1, QStringLiteral("example.com")); },
        "bc660k", "bc25", "0");
    row("ntp on context 1", [](const CommandCatalog &c) { return Commands::synchronizeTime(c, 1, QStringLiteral("pool.ntp.org")); },
        "bc660k", "bc25", "0");
    row("state of context 1", [](const CommandCatalog &c) { return Commands::queryStateOfContext(c, 1); }, "bc660k", "bc25", "0");
    row("dns on context 0", [](const CommandCatalog &c) { return Commands::lookUpHost(c, 0, QStringLiteral("example.com")); },
        "bc25", "bc660k", "1-3");
    // AT+QGMR: the BG95's, not in the BC25's manual; refused by its name.
    row("firmware revision", [](const CommandCatalog &c) { return Commands::firmwareRevision(c); }, "bc25", "bg95", "AT+QGMR");
}

void TestCommandCatalog::buildersCheckTheModelsOwnRanges()
{
    QFETCH(std::function<BuildResult(const CommandCatalog &)>, builder);
    QFETCH(QByteArray, refusingModel);
    QFETCH(QByteArray, acceptingModel);
    QFETCH(QString, range);
    const BuildResult refused = builder(profile::ModuleProfile::byId(refusingModel)->catalog());
    QVERIFY2(!refused.ok(), qPrintable(QString::fromLatin1(refused.command.text)));
    QVERIFY2(refused.error.contains(range), qPrintable(refused.error));
    const BuildResult accepted = builder(profile::ModuleProfile::byId(acceptingModel)->catalog());
    QVERIFY2(accepted.ok(), qPrintable(accepted.error));
}

void TestCommandCatalog::buildersAttachTheSecondPhase()
{
    OpenParameters open;
    open.host = QStringLiteral("220.18.39.22");
    open.remotePort = 8062;
    auto ip = Commands::open(bc25::profile::ModuleProfile::bc25()->catalog(), open).command.operation;
    QVERIFY(ip);
    QCOMPARE(ip->timeoutMs(), 36000);
    open.host = QStringLiteral("sh.quectel.com");
    QCOMPARE(Commands::open(bc25::profile::ModuleProfile::bc25()->catalog(), open).command.operation->timeoutMs(), 176000);
    QVERIFY(Commands::close(bc25::profile::ModuleProfile::bc25()->catalog(), 0).command.operation);
    QVERIFY(Commands::send(bc25::profile::ModuleProfile::bc25()->catalog(), 0, "x").command.operation);
    QVERIFY(Commands::lookUpHost(bc25::profile::ModuleProfile::bc25()->catalog(), 1, QStringLiteral("a.b")).command.operation);
    QVERIFY(Commands::synchronizeTime(bc25::profile::ModuleProfile::bc25()->catalog(), 1, QStringLiteral("a.b")).command.operation);
    QVERIFY(!Commands::queryState(bc25::profile::ModuleProfile::bc25()->catalog()).command.operation);
    QCOMPARE(Commands::read(bc25::profile::ModuleProfile::bc25()->catalog(), 4, 100).command.dataSocket, 4);
    QCOMPARE(Commands::queryState(bc25::profile::ModuleProfile::bc25()->catalog()).command.ownedPrefixes, QList<QByteArray> {"QISTATE"});
    QVERIFY(Commands::identify(bc25::profile::ModuleProfile::bc25()->catalog()).command.ownsTextLines);
    // The long limit is the action's; reading the state answers at once, so a
    // silent module holds the queue 3 s for AT+CGATT?, not 85 s.
    QCOMPARE(Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), "AT+CGATT=1").command.timeoutMs, 85000);
    QCOMPARE(Commands::attachState(bc25::profile::ModuleProfile::bc25()->catalog()).command.timeoutMs, 3000);
    QCOMPARE(Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), "AT+CGATT=?").command.timeoutMs, 3000);
    QCOMPARE(Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), "AT+CFUN?").command.timeoutMs, 3000);
}

void TestCommandCatalog::typedLinesAreValidatedLikeBuilders()
{
    QVERIFY(Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), "AT+QICLOSE=0").ok());
    QVERIFY(Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), "AT+QICLOSE=0").command.operation);
    QVERIFY(!Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), "AT+QICLOSE=9").ok());
    QVERIFY(!Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), "AT+QIGETERROR?").ok()); // no read form (manual 2.1.12)
    QVERIFY(!Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), "AT+QISEND=0,5").ok());  // data phase: the console's job
    const BuildResult vendor = Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), "AT+QBAND?");
    QVERIFY(vendor.ok()); // not in the manual: sent as typed
    QCOMPARE(vendor.command.ownedPrefixes, QList<QByteArray> {"QBAND"});
}

void TestCommandCatalog::parseTakesCommandLinesApart()
{
    ParsedCommand p = bc25::profile::ModuleProfile::bc25()->catalog().parse(R"(AT+QICFG="dataformat",0,1)");
    QVERIFY(p.spec);
    QCOMPARE(p.form, CommandForm::Write);
    QCOMPARE(p.arguments, (QList<Field> {{"dataformat", true}, {"0", false}, {"1", false}}));
    QCOMPARE(bc25::profile::ModuleProfile::bc25()->catalog().parse("AT+QISTATE?").form, CommandForm::Read);
    QCOMPARE(bc25::profile::ModuleProfile::bc25()->catalog().parse("AT+QIOPEN=?").form, CommandForm::Test);
    QCOMPARE(bc25::profile::ModuleProfile::bc25()->catalog().parse("at+qigeterror").form, CommandForm::Execute);
    QVERIFY(bc25::profile::ModuleProfile::bc25()->catalog().parse("at+qigeterror").spec);
    p = bc25::profile::ModuleProfile::bc25()->catalog().parse("ATE0");
    QCOMPARE(p.name, QByteArray("E"));
    QCOMPARE(p.form, CommandForm::Write);
    QVERIFY(CommandCatalog::validate(p).isEmpty());
    QVERIFY(!CommandCatalog::validate(bc25::profile::ModuleProfile::bc25()->catalog().parse("ATE2")).isEmpty());
    QVERIFY(!bc25::profile::ModuleProfile::bc25()->catalog().parse("hello").spec);
}

void TestCommandCatalog::resultNamesAndErrorRulesComeFromTheTable()
{
    QCOMPARE(CommandCatalog::resultName(CommandId::Open), QByteArray("QIOPEN"));
    QCOMPARE(CommandCatalog::resultName(CommandId::Registration), QByteArray("CEREG"));
    QCOMPARE(bc25::profile::ModuleProfile::bc25()->catalog().spec(CommandId::Ntp).ownedPrefixes, (QList<QByteArray> {"QNTTP", "QNTP"}));
    QCOMPARE(CommandCatalog::resultName(ResultId::Urc), QByteArray("QIURC"));
    QCOMPARE(CommandCatalog::resultName(ResultId::SendOk), QByteArray("SEND OK"));
    QCOMPARE(CommandCatalog::resultName(ResultId::SendFail), QByteArray("SEND FAIL"));
    QCOMPARE(CommandCatalog::resultName(ResultId::CloseOk), QByteArray("CLOSE OK"));
    QCOMPARE(CommandCatalog::resultName(ResultId::Ready), QByteArray("RDY"));
    QCOMPARE(CommandCatalog::resultName(ResultId::PoweredDown), QByteArray("POWERED DOWN"));
    for (const CommandSpec &spec : bc25::profile::ModuleProfile::bc25()->catalog().commands()) {
        const char *name = spec.name.constData();
        QVERIFY2(&bc25::profile::ModuleProfile::bc25()->catalog().spec(spec.id) == &spec, name);
        // Chapter 2.1's commands set the last error; AT+QIGETERROR explains all but its own.
        QVERIFY2(spec.setsLastError == (spec.name.startsWith("+QI") || spec.name == "+QPING" || spec.name == "+QNTTP"), name);
        QVERIFY2(spec.explainErrors == (spec.setsLastError && spec.id != CommandId::LastError), name);
        QVERIFY2(spec.cmeErrors == spec.name.startsWith("+C"), name);
    }
    QCOMPARE(bc25::profile::ModuleProfile::bc25()->catalog().spec(CommandId::Close).testAnswer, QList<QByteArray> {"+QICLOSE: (0-5)"});
    QVERIFY(bc25::profile::ModuleProfile::bc25()->catalog().spec(CommandId::State).testAnswer.isEmpty());
}

void TestCommandCatalog::titlesAreShownInTheUsersLanguage()
{
    const CommandSpec *open = bc25::profile::ModuleProfile::bc25()->catalog().find("+QIOPEN");
    QCOMPARE(CommandCatalog::title(*open), QStringLiteral("Open a Socket"));
    QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(CommandCatalog::title(*open), QStringLiteral("打开套接字"));
    QVERIFY(CommandCatalog::reference(*open).contains(QStringLiteral("打开套接字")));
    // Every heading of the table has its translation (the quick reference and the hint show them).
    for (const CommandSpec &spec : bc25::profile::ModuleProfile::bc25()->catalog().commands())
        QVERIFY2(CommandCatalog::title(spec) != QString::fromLatin1(spec.title), spec.title.constData());
}

void TestCommandCatalog::anOverLongSendNamesTheModelsLengthRange_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<int>("maxSend");     // the model's <send_length> limit (BG96: 1460, TinyGSM's driver)
    QTest::addColumn<int>("minSend");     // 0 on the LTE modules: AT+QISEND=<id>,0 asks what was sent
    QTest::addColumn<QString>("citation"); // what the refusal cites
    QTest::newRow("bc25") << QByteArray("bc25") << 512 << 1 << QStringLiteral("(manual 2.1.4)");
    // No page of the BC660K's own gives its limit: the BC25's range, cited nowhere (tst_citations).
    QTest::newRow("bc660k") << QByteArray("bc660k") << 512 << 1 << QStringLiteral("allows 1-512.");
    QTest::newRow("bg96") << QByteArray("bg96") << 1460 << 0 << QStringLiteral("(Quectel BG96 TCP/IP Application Note V1.2, 2.2.7; TinyGSM");
    QTest::newRow("bg95") << QByteArray("bg95") << 1460 << 0 << QStringLiteral("(Quectel BG95&BG77&BG600L Series TCP/IP Application Note V1.1, 2.3.7)");
    QTest::newRow("ec200u") << QByteArray("ec200u") << 1460 << 0 << QStringLiteral("(Quectel EC200U&EG915U Series TCP/IP Application Note V1.1, 2.4.10)");
}

void TestCommandCatalog::anOverLongSendNamesTheModelsLengthRange()
{
    // adv6 F3a: AT+QISEND=0,1461 on the LTE modules was refused as "takes at
    // most 1 parameters; got 2 (manual 2.1.4)": the <connectID>-only form came
    // first. Of the forms that fit as far, the one that takes every argument
    // names the problem, with the model's range and the model's source.
    QFETCH(QByteArray, model);
    QFETCH(int, maxSend);
    QFETCH(int, minSend);
    QFETCH(QString, citation);
    const CommandCatalog &catalog = profile::ModuleProfile::byId(model)->catalog();
    QVERIFY(CommandCatalog::validate(catalog.parse("AT+QISEND=0," + QByteArray::number(maxSend))).isEmpty());
    const QString refusal = CommandCatalog::validate(catalog.parse("AT+QISEND=0," + QByteArray::number(maxSend + 1)));
    QVERIFY2(refusal.contains(QStringLiteral("<send_length> is %1; the manual allows %2-%3.").arg(maxSend + 1).arg(minSend).arg(maxSend)),
             qPrintable(refusal));
    QVERIFY2(!refusal.contains(QLatin1String("at most")), qPrintable(refusal));
    QVERIFY2(refusal.contains(citation), qPrintable(refusal));
}

void TestCommandCatalog::aHexSendIsCheckedBeforeSending_data()
{
    // AT+QISENDEX with odd or non-hex digits, or past the model's limit, is
    // refused before anything is sent (adv6 F2, the send side), on every model
    // in its own form: <connectID>,<send_length>,"<hex>" (BC25 manual 2.1.6) or
    // <connectID>,"<hex>" with at most 512 digits (the LTE notes).
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    for (const char *m : {"bc25", "bc32", "bc660k", "bc66"}) {
        const QByteArray model(m);
        QTest::addRow("%s pairs", m) << model << QByteArray("AT+QISENDEX=0,2,\"6a6B\"") << QString();
        QTest::addRow("%s odd", m) << model << QByteArray("AT+QISENDEX=0,2,\"616\"") << QStringLiteral("odd number of hex digits");
        QTest::addRow("%s not hex", m) << model << QByteArray("AT+QISENDEX=0,2,\"zz41\"") << QStringLiteral("hex digits only");
        QTest::addRow("%s unquoted", m) << model << QByteArray("AT+QISENDEX=0,2,6162") << QStringLiteral("in double quotes");
        QTest::addRow("%s 512 bytes", m) << model << "AT+QISENDEX=0,512,\"" + QByteArray(1024, 'A') + '"' << QString();
        QTest::addRow("%s 513 bytes", m) << model << "AT+QISENDEX=0,513,\"" + QByteArray(1026, 'A') + '"'
                                          << QStringLiteral("<send_length> is 513; the manual allows 1-512.");
    }
    for (const char *m : {"bg95", "bg96", "ec200u"}) {
        const QByteArray model(m);
        QTest::addRow("%s pairs", m) << model << QByteArray("AT+QISENDEX=0,\"6a6B\"") << QString();
        QTest::addRow("%s odd", m) << model << QByteArray("AT+QISENDEX=0,\"616\"") << QStringLiteral("odd number of hex digits");
        QTest::addRow("%s not hex", m) << model << QByteArray("AT+QISENDEX=0,\"zz41\"") << QStringLiteral("hex digits only");
        QTest::addRow("%s unquoted", m) << model << QByteArray("AT+QISENDEX=0,6162") << QStringLiteral("in double quotes");
        QTest::addRow("%s 512 digits", m) << model << "AT+QISENDEX=0,\"" + QByteArray(512, 'A') + '"' << QString();
        QTest::addRow("%s 514 digits", m) << model << "AT+QISENDEX=0,\"" + QByteArray(514, 'A') + '"'
                                           << QStringLiteral("is 514 hex digits long; the manual allows 2-512 hex digits.");
    }
}

void TestCommandCatalog::aHexSendIsCheckedBeforeSending()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, command);
    QFETCH(QString, refusal);
    const QString said = CommandCatalog::validate(profile::ModuleProfile::byId(model)->catalog().parse(command));
    if (refusal.isEmpty())
        QVERIFY2(said.isEmpty(), qPrintable(said));
    else
        QVERIFY2(said.contains(refusal), qPrintable(said));
}

QTEST_GUILESS_MAIN(TestCommandCatalog)
#include "tst_commandcatalog.moc"
