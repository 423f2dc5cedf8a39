// SPDX-License-Identifier: MIT
// The virtual module answers as each model: its identity, QISTATE's fields,
// context activation on the LTE modules (and AT+QIOPEN without it), the
// BC660K's DNS answer and one-line hex push, the LTE modules' QISENDEX with
// its hex string and UDP SERVICE send and read; and the decoder of the same
// profile reads what it says (every command answered, no line left unknown).
// Real loopback sockets behind the module, no stubs.

#include "at/commandengine.h"
#include "bc25/trafficdecoder.h"
#include "link/enginelink.h"
#include "link/modulestack.h"
#include "profile/moduleprofile.h"
#include "sim/simconfig.h"
#include "sim/simoptions.h"
#include "sim/virtualmodule.h"
#include "session/sendqueue.h"
#include "session/sockettable.h"
#include "transport/memorytransport.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QSignalSpy>
#include <QTest>
#include <QNetworkDatagram>
#include <QUdpSocket>

#include <algorithm>

using namespace bc25;
using profile::ModuleProfile;

namespace {

// One model's virtual module, with echo off, and the decoder of the same
// profile reading every byte written and printed.
struct ModelBench
{
    explicit ModelBench(const QByteArray &model, const sim::SimConfig &config = {})
        : profile(ModuleProfile::byId(model))
        , module(profile, config)
        , decoder(profile)
    {
        QObject::connect(&module, &sim::VirtualModule::output, [this](const QByteArray &b) {
            out += b;
            decoder.received(b);
        });
        QObject::connect(&decoder, &TrafficDecoder::transactionDecoded, [this](const at::Transaction &t) { decoded << t; });
        QObject::connect(&decoder, &TrafficDecoder::decoded, [this](const DecodedEvent &e) {
            if (e.kind == DecodedEvent::Kind::Unknown)
                unknown << e.text;
            if (!e.drift.isEmpty())
                drifts << e.drift;
        });
        ask("ATE0", "OK\r\n");
    }

    // Writes a command line and returns what the module printed until `until` appeared.
    QByteArray ask(const QByteArray &command, const QByteArray &until)
    {
        const qsizetype from = out.size();
        decoder.transmitted(command + '\r');
        module.receive(command + '\r');
        const bool came = QTest::qWaitFor([&] { return out.indexOf(until, from) >= 0; }, 5000);
        return came ? out.mid(from) : QByteArray("(no " + until + ") " + out.mid(from));
    }

    // The model's first context, activated where the model needs it
    // (AT+QIACT on the LTE modules): its data path ready. Returns the
    // answer to AT+QIACT, or "\r\nOK\r\n" when there was nothing to do.
    QByteArray activateContext()
    {
        if (!profile->answers().activatesContexts)
            return "\r\nOK\r\n";
        return ask("AT+QIACT=" + QByteArray::number(profile->defaultContext()), "OK\r\n");
    }

    // Data written after a prompt.
    void type(const QByteArray &bytes)
    {
        decoder.transmitted(bytes);
        module.receive(bytes);
    }

    std::shared_ptr<const ModuleProfile> profile;
    sim::VirtualModule module;
    TrafficDecoder decoder;
    QByteArray out;
    QList<at::Transaction> decoded;
    QList<QByteArray> unknown;
    QStringList drifts;
};

int fieldCount(const QByteArray &line)
{
    return int(line.count(',')) + 1;
}

QByteArray lineWith(const QByteArray &output, const QByteArray &prefix)
{
    const qsizetype at = output.indexOf(prefix);
    if (at < 0)
        return {};
    return output.mid(at, output.indexOf("\r\n", at) - at);
}

quint16 freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

} // namespace

class TestVirtualModels : public QObject
{
    Q_OBJECT

private slots:
    void eachModelSaysWhoItIs_data();
    void eachModelSaysWhoItIs();
    void qistateHasTheModelsFields_data();
    void qistateHasTheModelsFields();
    void lteModulesOpenOnlyOnAnActivatedContext_data();
    void lteModulesOpenOnlyOnAnActivatedContext();
    void eachModelTellsALostContextInItsOwnWords_data();
    void eachModelTellsALostContextInItsOwnWords();
    void pingEchoesQuoteTheAddressAsTheModelsManual_data();
    void pingEchoesQuoteTheAddressAsTheModelsManual();
    void aLostEchoIsTheModelsTimeoutCode_data();
    void aLostEchoIsTheModelsTimeoutCode();
    void bc660kAnswersALookupWithItsOwnLines();
    void bc660kPushesHexOnOneLine();
    void lteModulesSendAHexStringOnTheLine();
    void lteUdpServiceSendsToAndReadsFromItsPeer();
    void aFaultNamesAnyModelsCommand();
    void aLiveSendEndsAtTheModelsAnswer_data();
    void aLiveSendEndsAtTheModelsAnswer();
    void aSessionsHexSendTakesTheModelsForm_data();
    void aSessionsHexSendTakesTheModelsForm();
    void aSocketReceivesTheHexPushAsBytes_data();
    void dnsServersTakeTheModelsForm_data();
    void dnsServersTakeTheModelsForm();
    void aSocketReceivesTheHexPushAsBytes();
};

void TestVirtualModels::eachModelSaysWhoItIs_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("ati");
    QTest::addColumn<QByteArray>("cgmr");
    // Real logs (family-facts): BC660K-RT, WIZ-17, a BG95 capture, TINYGSM-157, an EC200U host log;
    // each prints its ATI lines as one block, no blank line between them.
    QTest::newRow("bc25") << QByteArray("bc25") << QByteArray("Quectel_BC25") << QByteArray("Revision: BC25JAR01A04");
    QTest::newRow("bc660k") << QByteArray("bc660k") << QByteArray("Quectel_Ltd\r\nQuectel_BC660K-GL\r\nRevision: BC660KGLAAR01A05")
                            << QByteArray("Revision: BC660KGLAAR01A05");
    QTest::newRow("bc66") << QByteArray("bc66") << QByteArray("Quectel_BC66") << QByteArray("Revision: BC66NBR01A10");
    QTest::newRow("bg95") << QByteArray("bg95") << QByteArray("Quectel\r\nBG95-M3\r\nRevision: BG95M3LAR02A03")
                          << QByteArray("BG95M3LAR02A03");
    QTest::newRow("bg96") << QByteArray("bg96") << QByteArray("BG96\r\nRevision: BG96MAR02A07M1G") << QByteArray("Revision: BG96MAR02A07M1G");
    QTest::newRow("ec200u") << QByteArray("ec200u") << QByteArray("EC200U\r\nRevision: EC200UCNAAR03A15M08")
                            << QByteArray("Revision: EC200UCNAAR03A15M08");
}

void TestVirtualModels::eachModelSaysWhoItIs()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, ati);
    QFETCH(QByteArray, cgmr);
    ModelBench bench(model);
    const QByteArray identity = bench.ask("ATI", "OK\r\n");
    QVERIFY2(identity.contains(ati), identity.constData());
    const QByteArray revision = bench.ask("AT+CGMR", "OK\r\n");
    QVERIFY2(revision.contains("\r\n" + cgmr + "\r\n"), revision.constData());
}

void TestVirtualModels::qistateHasTheModelsFields_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<int>("fields");
    // BC25 manual 2.1.3: 8; BG96 AN 2.2.6, BG95 AN 2.3.6, EC200U AN 2.4.9: 10.
    QTest::newRow("bc25") << QByteArray("bc25") << 8;
    QTest::newRow("bc660k") << QByteArray("bc660k") << 8;
    QTest::newRow("bg95") << QByteArray("bg95") << 10;
    QTest::newRow("bg96") << QByteArray("bg96") << 10;
    QTest::newRow("ec200u") << QByteArray("ec200u") << 10;
}

void TestVirtualModels::qistateHasTheModelsFields()
{
    QFETCH(QByteArray, model);
    QFETCH(int, fields);
    ModelBench bench(model);
    const int context = bench.profile->defaultContext();
    QCOMPARE(bench.activateContext(), QByteArray("\r\nOK\r\n"));
    QTcpServer probe; // a free port to listen on
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QByteArray port = QByteArray::number(probe.serverPort());
    probe.close();
    const QByteArray open = bench.ask("AT+QIOPEN=" + QByteArray::number(context) + R"(,1,"TCP LISTENER","127.0.0.1",0,)" + port + ",0",
                                      "+QIOPEN:");
    QVERIFY2(open.contains("+QIOPEN: 1,0"), open.constData());
    const QByteArray state = lineWith(bench.ask("AT+QISTATE?", "OK\r\n"), "+QISTATE:");
    QCOMPARE(fieldCount(state), fields);
    if (fields == 10) // <serverID> 1 (its own), <access_mode> 0, the serial port
        QVERIFY2(state.endsWith(QByteArray(",3,") + QByteArray::number(context) + ",1,0,\"uart1\""), state.constData());
    // The decoder of the same profile reads the access mode where the model prints it.
    bench.decoder.finish();
    QVERIFY2(bench.unknown.isEmpty(), bench.unknown.join(" | ").constData());
    for (const at::Transaction &t : std::as_const(bench.decoded))
        QVERIFY2(t.ok(), t.command.constData());
}

void TestVirtualModels::lteModulesOpenOnlyOnAnActivatedContext_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::newRow("bg95") << QByteArray("bg95");
    QTest::newRow("bg96") << QByteArray("bg96");
    QTest::newRow("ec200u") << QByteArray("ec200u");
}

void TestVirtualModels::lteModulesOpenOnlyOnAnActivatedContext()
{
    QFETCH(QByteArray, model);
    ModelBench bench(model);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QByteArray open = R"(AT+QIOPEN=1,0,"TCP","127.0.0.1",)" + QByteArray::number(server.serverPort()) + ",0,0";
    // BG95 log: AT+QIACT? → OK alone before any activation. Without it the socket has no context (561).
    QCOMPARE(bench.ask("AT+QIACT?", "OK\r\n"), QByteArray("\r\nOK\r\n"));
    QVERIFY2(bench.ask(open, "+QIOPEN:").contains("+QIOPEN: 0,561"), bench.out.constData());
    // EC200U AN 3.1: AT+QICSGP=1,1,"UNINET","","",1 → OK; AT+QIACT=1 → OK; AT+QIACT? → +QIACT: 1,1,1,"<ip>".
    QCOMPARE(bench.ask(R"(AT+QICSGP=1,1,"UNINET","","",1)", "OK\r\n"), QByteArray("\r\nOK\r\n"));
    QCOMPARE(bench.ask("AT+QIACT=1", "OK\r\n"), QByteArray("\r\nOK\r\n"));
    QCOMPARE(bench.ask("AT+QIACT?", "OK\r\n"), QByteArray("\r\n+QIACT: 1,1,1,\"10.45.0.2\"\r\n\r\nOK\r\n"));
    QVERIFY2(bench.ask(R"(AT+QICSGP=1)", "OK\r\n").contains(R"(+QICSGP: 1,"UNINET","","",1)"), bench.out.constData());
    QVERIFY2(bench.ask(open, "+QIOPEN:").contains("+QIOPEN: 0,0"), bench.out.constData());
    // Not a command of the BC25: its catalog does not know it.
    QVERIFY(!ModuleProfile::bc25()->catalog().find("AT+QIACT"));
    QVERIFY(bench.profile->catalog().find("AT+QIDEACT"));
    QCOMPARE(bench.ask("AT+QIDEACT=1", "OK\r\n").left(6), QByteArray("\r\nOK\r\n"));
    QCOMPARE(bench.ask("AT+QIACT?", "OK\r\n"), QByteArray("\r\nOK\r\n"));
    bench.decoder.finish();
    QVERIFY2(bench.unknown.isEmpty(), bench.unknown.join(" | ").constData());
    for (const at::Transaction &t : std::as_const(bench.decoded))
        QVERIFY2(t.ok(), t.command.constData());
}

void TestVirtualModels::eachModelTellsALostContextInItsOwnWords_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("urc");
    // BC25 manual 2.2.1: "closed ... due to network error"; it lists no "pdpdeact".
    QTest::newRow("bc25") << QByteArray("bc25") << QByteArray("\r\n+QIURC: \"closed\",0\r\n");
    // The LTE modules' URC (a real BG96 log, github.com/vshymanskyy/TinyGSM/issues/157).
    QTest::newRow("bg96") << QByteArray("bg96") << QByteArray("\r\n+QIURC: \"pdpdeact\",1\r\n");
}

void TestVirtualModels::eachModelTellsALostContextInItsOwnWords()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, urc);
    ModelBench bench(model);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QCOMPARE(bench.activateContext(), QByteArray("\r\nOK\r\n"));
    const QByteArray open = R"(AT+QIOPEN=1,0,"TCP","127.0.0.1",)" + QByteArray::number(server.serverPort()) + ",0,0";
    QVERIFY2(bench.ask(open, "+QIOPEN:").contains("+QIOPEN: 0,0"), bench.out.constData());
    const QByteArray lost = bench.ask("AT+CGATT=0", urc);
    QVERIFY2(lost.startsWith("\r\nOK\r\n") && lost.endsWith(urc), lost.constData());
    QVERIFY(!lost.contains(model == "bc25" ? "pdpdeact" : "closed"));
}

void TestVirtualModels::pingEchoesQuoteTheAddressAsTheModelsManual_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("echo");
    // BC25 manual 4.5: +QPING: 0,220.18.29.21,32,192,255.
    QTest::newRow("bc25") << QByteArray("bc25") << QByteArray("+QPING: 0,127.0.0.1,32,");
    // BG96 AN 2.2.11, BG95 AN 2.3.11: <IP_address> "String type"; EC200U AN 3.7's exchange.
    QTest::newRow("bg96") << QByteArray("bg96") << QByteArray("+QPING: 0,\"127.0.0.1\",32,");
    QTest::newRow("bg95") << QByteArray("bg95") << QByteArray("+QPING: 0,\"127.0.0.1\",32,");
    QTest::newRow("ec200u") << QByteArray("ec200u") << QByteArray("+QPING: 0,\"127.0.0.1\",32,");
}

void TestVirtualModels::pingEchoesQuoteTheAddressAsTheModelsManual()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, echo);
    ModelBench bench(model);
    QCOMPARE(bench.activateContext(), QByteArray("\r\nOK\r\n"));
    const QByteArray answer = bench.ask(R"(AT+QPING=1,"127.0.0.1",4,1)", echo);
    QVERIFY2(answer.contains(echo), answer.constData());
}

void TestVirtualModels::aLostEchoIsTheModelsTimeoutCode_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("lost");
    QTest::newRow("bc25: 1 (manual 2.1.8, Table 2)") << QByteArray("bc25") << QByteArray("\r\n+QPING: 1\r\n");
    QTest::newRow("bg96: 569") << QByteArray("bg96") << QByteArray("\r\n+QPING: 569\r\n");
    QTest::newRow("bc660k: 569") << QByteArray("bc660k") << QByteArray("\r\n+QPING: 569\r\n");
}

// Every second echo lost: each model says so in its own code, and its own
// decoder reads the ping to its summary with nothing unexpected.
void TestVirtualModels::aLostEchoIsTheModelsTimeoutCode()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, lost);
    sim::SimConfig config;
    config.faults.pingLossEvery = 2;
    ModelBench bench(model, config);
    const QByteArray context = QByteArray::number(bench.profile->defaultContext());
    QCOMPARE(bench.activateContext(), QByteArray("\r\nOK\r\n"));
    const QByteArray answer = bench.ask("AT+QPING=" + context + R"(,"127.0.0.1",4,2)", ",2,1,1,");
    QVERIFY2(answer.contains(lost), answer.constData());
    QVERIFY2(bench.drifts.isEmpty(), qPrintable(bench.drifts.join(QLatin1Char('\n'))));
    bench.decoder.finish();
    QVERIFY(!bench.decoded.isEmpty());
    QCOMPARE(bench.decoded.constLast().operation.status, at::OperationResult::Status::Done);
}

void TestVirtualModels::bc660kAnswersALookupWithItsOwnLines()
{
    // Zephyr bc66x driver and a BC660K driver's test: OK, +QIDNSGIP: 0,1,<ttl>, +QIDNSGIP: <ip>.
    ModelBench bench("bc660k");
    const QByteArray answer = bench.ask(R"(AT+QIDNSGIP=0,"127.0.0.1")", "+QIDNSGIP: 127.0.0.1\r\n");
    QVERIFY2(answer.startsWith("\r\nOK\r\n\r\n+QIDNSGIP: 0,1,"), answer.constData());
    QVERIFY(!answer.contains("dnsgip"));
    // The BC25 keeps its URCs (manual 2.1.10).
    ModelBench bc25("bc25");
    QVERIFY2(bc25.ask(R"(AT+QIDNSGIP=1,"127.0.0.1")", "+QIURC: \"dnsgip\",\"127.0.0.1\"").startsWith("\r\nOK\r\n"),
             bc25.out.constData());
    // So does the BC66 (adv6 F5, confirmed): the Zephyr bc66x driver matches
    // +QIURC: "dnsgip" as "BC66 only", +QIDNSGIP: for the BC660K.
    ModelBench bc66("bc66");
    const QByteArray bc66Answer = bc66.ask(R"(AT+QIDNSGIP=1,"127.0.0.1")", "+QIURC: \"dnsgip\",\"127.0.0.1\"");
    QVERIFY2(bc66Answer.startsWith("\r\nOK\r\n\r\n+QIURC: \"dnsgip\",0,1,") && !bc66Answer.contains("+QIDNSGIP"),
             bc66Answer.constData());
    QVERIFY2(bc66.drifts.isEmpty(), qPrintable(bc66.drifts.join(QLatin1Char('\n'))));
    // The decoder of each profile ends the lookup at its address.
    for (ModelBench *b : {&bench, &bc25, &bc66}) {
        b->decoder.finish();
        QVERIFY(!b->decoded.isEmpty());
        const at::Transaction &lookup = b->decoded.constLast();
        QVERIFY2(lookup.operation.status == at::OperationResult::Status::Done,
                 at::Transaction::operationStatusName(lookup.operation.status));
    }
}

void TestVirtualModels::bc660kPushesHexOnOneLine()
{
    // Zephyr bc66x driver: +QIURC: "recv",<id>,<len>,"<hex>" on one line.
    ModelBench bench("bc660k");
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QCOMPARE(bench.ask(R"(AT+QICFG="dataformat",1,1)", "OK\r\n").right(6), QByteArray("\r\nOK\r\n"));
    const QByteArray open = R"(AT+QIOPEN=0,0,"TCP","127.0.0.1",)" + QByteArray::number(server.serverPort()) + ",0,1";
    QVERIFY2(bench.ask(open, "+QIOPEN:").contains("+QIOPEN: 0,0"), bench.out.constData());
    QTRY_VERIFY(server.hasPendingConnections());
    QTcpSocket *peer = server.nextPendingConnection();
    peer->write("abcd");
    QTRY_VERIFY2(bench.out.contains("\r\n+QIURC: \"recv\",0,4,\"61626364\"\r\n"), bench.out.constData());
}

void TestVirtualModels::lteModulesSendAHexStringOnTheLine()
{
    // BG95 AN 3.3.3: AT+QISENDEX=0,"3132333435" → SEND OK.
    ModelBench bench("bg95");
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QVERIFY(bench.ask("AT+QIACT=1", "OK\r\n").contains("OK"));
    const QByteArray open = R"(AT+QIOPEN=1,0,"TCP","127.0.0.1",)" + QByteArray::number(server.serverPort()) + ",0,0";
    QVERIFY2(bench.ask(open, "+QIOPEN:").contains("+QIOPEN: 0,0"), bench.out.constData());
    QTRY_VERIFY(server.hasPendingConnections());
    QTcpSocket *peer = server.nextPendingConnection();
    QVERIFY2(bench.ask(R"(AT+QISENDEX=0,"3132333435")", "SEND OK\r\n").contains("SEND OK"), bench.out.constData());
    QTRY_VERIFY(peer->bytesAvailable() >= 5);
    QCOMPARE(peer->readAll(), QByteArray("12345"));
    // BG95 AN 2.3.9: the release assistance after the hex string is no data.
    QVERIFY2(bench.ask(R"(AT+QISENDEX=0,"363738",1)", "SEND OK\r\n").contains("SEND OK"), bench.out.constData());
    QTRY_VERIFY(peer->bytesAvailable() >= 3);
    QCOMPARE(peer->readAll(), QByteArray("678"));
    // The BC25's length form is not the LTE modules'.
    QVERIFY(!bench.profile->catalog().parse(R"(AT+QISENDEX=0,5,"3132333435")").spec
            || !CommandCatalog::validate(bench.profile->catalog().parse(R"(AT+QISENDEX=0,5,"3132333435")")).isEmpty());
    bench.decoder.finish();
    QVERIFY2(bench.unknown.isEmpty(), bench.unknown.join(" | ").constData());
    const at::Transaction &send = bench.decoded.constLast();
    QCOMPARE(send.command, QByteArray(R"(AT+QISENDEX=0,"363738",1)"));
    QVERIFY(send.ok());
    QCOMPARE(send.operation.status, at::OperationResult::Status::Done);
}

void TestVirtualModels::lteUdpServiceSendsToAndReadsFromItsPeer()
{
    // EC200U AN 3.6: AT+QIOPEN=1,2,"UDP SERVICE","127.0.0.1",0,3030,0; AT+QISEND=2,10,"10.7.89.10",6969;
    // +QIURC: "recv",2; AT+QIRD=2 → +QIRD: 4,"10.7.76.34",7687 / AAAA / OK.
    ModelBench bench("ec200u");
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    const quint16 servicePort = freeUdpPort();
    QVERIFY(bench.ask("AT+QIACT=1", "OK\r\n").contains("OK"));
    QVERIFY2(bench.ask(R"(AT+QIOPEN=1,2,"UDP SERVICE","127.0.0.1",0,)" + QByteArray::number(servicePort) + ",0", "+QIOPEN:")
                     .contains("+QIOPEN: 2,0"),
             bench.out.constData());
    QVERIFY2(bench.ask(R"(AT+QISEND=2,10,"127.0.0.1",)" + QByteArray::number(peer.localPort()), "> ").contains("> "),
             bench.out.constData());
    bench.type("1234567890");
    QTRY_VERIFY2(bench.out.contains("SEND OK"), bench.out.constData());
    QTRY_VERIFY(peer.hasPendingDatagrams());
    QCOMPARE(peer.receiveDatagram().data(), QByteArray("1234567890"));
    // The peer answers; the read names it.
    peer.writeDatagram("AAAA", QHostAddress::LocalHost, servicePort);
    QTRY_VERIFY2(bench.out.contains("+QIURC: \"recv\",2"), bench.out.constData());
    const QByteArray read = bench.ask("AT+QIRD=2", "OK\r\n");
    QCOMPARE(read, "\r\n+QIRD: 4,\"127.0.0.1\"," + QByteArray::number(peer.localPort()) + "\r\nAAAA\r\n\r\nOK\r\n");
    // EC200U AN 2.4.10: AT+QISEND=<connectID>,0 → +QISEND: <total>,<acked>,<unacked>; no SEND OK follows.
    QCOMPARE(bench.ask("AT+QISEND=2,0", "OK\r\n"), QByteArray("\r\n+QISEND: 10,10,0\r\n\r\nOK\r\n"));
    // EC200U AN 2.4.11: AT+QIRD=<connectID>,0 → +QIRD: <total>,<read>,<unread>.
    QCOMPARE(bench.ask("AT+QIRD=2,0", "OK\r\n"), QByteArray("\r\n+QIRD: 4,4,0\r\n\r\nOK\r\n"));
    bench.decoder.finish();
    QVERIFY2(bench.unknown.isEmpty(), bench.unknown.join(" | ").constData());
    bool readIt = false;
    for (const at::Transaction &t : std::as_const(bench.decoded)) {
        QVERIFY2(t.ok(), t.command.constData());
        if (t.command == "AT+QIRD=2") {
            QCOMPARE(t.data, QByteArray("AAAA"));
            readIt = true;
        }
    }
    QVERIFY(readIt);
}

void TestVirtualModels::aFaultNamesAnyModelsCommand()
{
    // fail=<command> takes the command of any model (AT+QNTP is the BG96's, AT+QIACT the LTE modules').
    sim::SimConfig config;
    QCOMPARE(sim::SimOptions::apply(config, QStringLiteral("fail=+QNTP")), QString());
    QCOMPARE(sim::SimOptions::apply(config, QStringLiteral("fail=AT+QIACT")), QString());
    QVERIFY(!sim::SimOptions::apply(config, QStringLiteral("fail=+QNOPE")).isEmpty());
    // The BG96's module fails it; the BC25's has no such command to fail.
    sim::VirtualModule module(ModuleProfile::byId("bg96"), config);
    QByteArray out;
    QObject::connect(&module, &sim::VirtualModule::output, [&out](const QByteArray &b) { out += b; });
    module.receive("ATE0\r");
    QTRY_VERIFY(out.contains("OK\r\n"));
    out.clear();
    module.receive("AT+QIACT=1\r");
    QTRY_VERIFY2(out.contains("ERROR\r\n"), out.constData());
}

QTEST_GUILESS_MAIN(TestVirtualModels)

void TestVirtualModels::aLiveSendEndsAtTheModelsAnswer_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("send");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("okFirst"); // OK before SEND OK (the BC25's manual 2.1.4)
    QTest::newRow("bc25 prompt") << QByteArray("bc25") << QByteArray("AT+QISEND=0,5") << QByteArray("hello") << true;
    // BG96 AN 2.2.7, BG95 AN 3.3.2, EC200U AN 2.4.10: "> ", the data, SEND OK alone.
    QTest::newRow("bg96 prompt") << QByteArray("bg96") << QByteArray("AT+QISEND=0,5") << QByteArray("hello") << false;
    QTest::newRow("bg95 prompt") << QByteArray("bg95") << QByteArray("AT+QISEND=0,5") << QByteArray("hello") << false;
    QTest::newRow("ec200u prompt") << QByteArray("ec200u") << QByteArray("AT+QISEND=0,5") << QByteArray("hello") << false;
    // AT+QISENDEX=<id>,"<hex>": SEND OK alone (BG96 AN 2.2.9).
    QTest::newRow("bg96 hex string") << QByteArray("bg96") << QByteArray(R"(AT+QISENDEX=0,"68656C6C6F")") << QByteArray() << false;
    QTest::newRow("ec200u hex string") << QByteArray("ec200u") << QByteArray(R"(AT+QISENDEX=0,"68656C6C6F")") << QByteArray() << false;
}

void TestVirtualModels::aLiveSendEndsAtTheModelsAnswer()
{
    // The live engine against the model's virtual module: the send completes
    // at the answer the model's table gives, and the peer gets the bytes.
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, send);
    QFETCH(QByteArray, payload);
    QFETCH(bool, okFirst);
    const auto profile = ModuleProfile::byId(model);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    transport::MemoryTransport host;
    transport::MemoryTransport device;
    transport::MemoryTransport::connectPair(&host, &device);
    host.open();
    device.open();
    at::CommandEngine engine {profile};
    link::EngineLink link {&engine};
    link.setTransport(&host);
    sim::VirtualModule module {profile, sim::SimConfig {}};
    module.attachTo(&device);
    QByteArray printed;
    connect(&module, &sim::VirtualModule::output, this, [&printed](const QByteArray &b) { printed += b; });
    QList<at::Transaction> finished;
    connect(&engine, &at::CommandEngine::transactionFinished, this, [&finished](const at::Transaction &t) { finished << t; });
    auto run = [&](const QByteArray &text, const QByteArray &data = {}) -> at::Transaction {
        at::AtCommand command = engine.assembler().rules().commandFor(text);
        command.payload = data;
        const qsizetype before = finished.size();
        engine.submit(command);
        if (!QTest::qWaitFor([&] { return finished.size() > before; }, 10000))
            return {};
        return finished.constLast();
    };
    if (profile->answers().activatesContexts)
        QVERIFY(run("AT+QIACT=1").ok());
    const at::Transaction open = run(R"(AT+QIOPEN=1,0,"TCP","127.0.0.1",)" + QByteArray::number(server.serverPort()) + ",0,0");
    QVERIFY2(open.ok() && open.operation.ok(), printed.constData());
    QTRY_VERIFY(server.hasPendingConnections());
    QTcpSocket *peer = server.nextPendingConnection();
    const qsizetype from = printed.size();
    const at::Transaction sent = run(send, payload);
    QVERIFY2(sent.ok(), printed.constData());
    QCOMPARE(sent.operation.status, at::OperationResult::Status::Done);
    QCOMPARE(sent.operation.lines.constLast().text, QByteArray("SEND OK"));
    QCOMPARE(printed.mid(from).contains("\r\nOK\r\n"), okFirst);
    QTRY_VERIFY(peer->bytesAvailable() >= 5);
    QCOMPARE(peer->readAll(), QByteArray("hello"));
    // The engine is ready for the next command at once.
    QVERIFY(run("AT").ok());
}

void TestVirtualModels::aSessionsHexSendTakesTheModelsForm_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("parts");
    QTest::newRow("bc25") << QByteArray("bc25") << 5 << 1;
    // AT+QISENDEX=<id>,"<hex>": at most 512 hex digits, so 256 bytes a part.
    QTest::newRow("bg96") << QByteArray("bg96") << 5 << 1;
    QTest::newRow("bg96, 600 bytes") << QByteArray("bg96") << 600 << 3;
    QTest::newRow("bg95") << QByteArray("bg95") << 5 << 1;
    QTest::newRow("ec200u") << QByteArray("ec200u") << 5 << 1;
}

void TestVirtualModels::aSessionsHexSendTakesTheModelsForm()
{
    // The console's Hex send (SendQueue::Mode::Hex) through the session on the
    // model's virtual module, split byte by byte: it goes in the model's form
    // of AT+QISENDEX and its bytes arrive at a loopback peer.
    QFETCH(QByteArray, model);
    QFETCH(int, size);
    QFETCH(int, parts);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    link::ModuleStack stack {ModuleProfile::byId(model)};
    transport::MemoryTransport host;
    transport::MemoryTransport device;
    transport::MemoryTransport::connectPair(&host, &device);
    host.open();
    device.open();
    link::EngineLink link {&stack.engine()};
    link.setTransport(&host);
    sim::SimConfig config;
    config.faults.maxSplit = 1;
    sim::VirtualModule module {stack.sharedProfile(), config};
    module.attachTo(&device);
    QList<at::Transaction> finished;
    connect(&stack.engine(), &at::CommandEngine::transactionFinished, this,
            [&finished](const at::Transaction &t) { finished << t; });
    ModuleSession &session = stack.session();
    if (stack.profile().answers().activatesContexts) {
        at::AtCommand activate = stack.engine().assembler().rules().commandFor("AT+QIACT=1");
        stack.engine().submit(activate);
        QTRY_VERIFY(!finished.isEmpty() && finished.constLast().ok());
    }
    QSignalSpy opened(session.sockets(), &SocketTable::openFinished);
    OpenParameters p;
    p.connectId = 0;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = server.serverPort();
    QCOMPARE(session.sockets()->open(p), QString());
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    QVERIFY2(opened.at(0).at(1).toBool(), qPrintable(opened.at(0).at(2).toString()));
    QTRY_VERIFY(server.hasPendingConnections());
    QTcpSocket *peer = server.nextPendingConnection();
    QByteArray payload;
    for (int i = 0; i < size; ++i)
        payload += char('a' + i % 26);
    QSignalSpy done(session.sends(), &SendQueue::sendFinished);
    QByteArray shownAsSent; // what the console shows as sent (SocketTable::dataSent)
    connect(session.sockets(), &SocketTable::dataSent, this, [&shownAsSent](int, const QByteArray &bytes) { shownAsSent += bytes; });
    const qsizetype before = finished.size();
    QCOMPARE(session.sends()->send(0, payload, SendQueue::Mode::Hex), QString());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
    QVERIFY2(done.at(0).at(3).toBool(), qPrintable(done.at(0).at(4).toString()));
    QByteArray atPeer;
    QTRY_VERIFY((atPeer += peer->readAll()).size() >= size);
    QCOMPARE(atPeer, payload);
    // Counted and shown as the bytes that went, in any model's form (new-user pass 6).
    QCOMPARE(session.socket(0).bytesSent, qint64(size));
    QCOMPARE(shownAsSent, payload);
    const qsizetype queued = finished.size(); // the queue's transactions end here

    // Typed in the model's form, as a user would in the terminal: counted too.
    const QList<ParameterSpec> &hexForm = stack.profile().catalog().spec(CommandId::SendHex).writeSignatures.constFirst().parameters;
    const bool lengthFirst = std::any_of(hexForm.cbegin(), hexForm.cend(), [](const ParameterSpec &p) { return p.name == "send_length"; });
    const QByteArray typed = lengthFirst ? QByteArray("AT+QISENDEX=0,3,\"414243\"") : QByteArray("AT+QISENDEX=0,\"414243\"");
    shownAsSent.clear();
    QCOMPARE(session.sendTyped(typed), QString());
    QTRY_COMPARE(shownAsSent, QByteArray("ABC"));
    QCOMPARE(session.socket(0).bytesSent, qint64(size) + 3);
    atPeer.clear();
    QTRY_COMPARE((atPeer += peer->readAll()), QByteArray("ABC"));
    int hexSends = 0;
    const QByteArray lengthForm = "AT+QISENDEX=0," + QByteArray::number(std::min(size, 512)) + ",\"";
    for (qsizetype i = before; i < queued; ++i) {
        const QByteArray line = finished.at(i).command;
        if (!line.startsWith("AT+QISENDEX"))
            continue;
        ++hexSends;
        QCOMPARE(line.startsWith(lengthForm), model == "bc25");
        QVERIFY(line.size() <= 16 + 512 || model == "bc25"); // AT+QISENDEX=0,"…" within 512 digits
    }
    QCOMPARE(hexSends, parts);
}

void TestVirtualModels::aSocketReceivesTheHexPushAsBytes_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("pushLine");
    // BC25 manual 2.2.2: "recv",<id>,<length> then the data as hex text on its own line.
    QTest::newRow("bc25") << QByteArray("bc25") << QByteArray("+QIURC: \"recv\",0,6\r\n");
    // The Zephyr bc66x driver: the data on the URC's line, "recv",<id>,<length>,"<hex>".
    QTest::newRow("bc660k") << QByteArray("bc660k") << QByteArray("+QIURC: \"recv\",0,6,\"");
    QTest::newRow("bc66") << QByteArray("bc66") << QByteArray("+QIURC: \"recv\",0,6,\"");
}

void TestVirtualModels::aSocketReceivesTheHexPushAsBytes()
{
    // With hex received data (AT+QICFG="dataformat",0,1) a direct-push socket
    // on the model's virtual module, its output split byte by byte, gets the
    // peer's bytes (decoded, not their hex text) through the session, and no
    // line of the push is a drift on its own model.
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, pushLine);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    link::ModuleStack stack {ModuleProfile::byId(model)};
    transport::MemoryTransport host;
    transport::MemoryTransport device;
    transport::MemoryTransport::connectPair(&host, &device);
    host.open();
    device.open();
    link::EngineLink link {&stack.engine()};
    link.setTransport(&host);
    sim::SimConfig config;
    config.faults.maxSplit = 1;
    sim::VirtualModule module {stack.sharedProfile(), config};
    QByteArray printed;
    connect(&module, &sim::VirtualModule::output, this, [&printed](const QByteArray &b) { printed += b; });
    module.attachTo(&device);
    QStringList drifts;
    connect(&stack.engine(), &at::CommandEngine::routed, this, [&drifts](const at::RoutedEvent &routed) {
        if (!routed.drift.isEmpty())
            drifts << routed.drift;
    });
    QList<at::Transaction> finished;
    connect(&stack.engine(), &at::CommandEngine::transactionFinished, this,
            [&finished](const at::Transaction &t) { finished << t; });
    stack.engine().submit(stack.engine().assembler().rules().commandFor(R"(AT+QICFG="dataformat",0,1)"));
    QTRY_VERIFY(!finished.isEmpty());
    QVERIFY(finished.constLast().ok());
    ModuleSession &session = stack.session();
    QSignalSpy opened(session.sockets(), &SocketTable::openFinished);
    OpenParameters p;
    p.contextId = stack.profile().defaultContext();
    p.connectId = 0;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = server.serverPort();
    p.accessMode = AccessMode::DirectPush;
    QCOMPARE(session.sockets()->open(p), QString());
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    QVERIFY2(opened.at(0).at(1).toBool(), qPrintable(opened.at(0).at(2).toString()));
    QTRY_VERIFY(server.hasPendingConnections());
    QTcpSocket *peer = server.nextPendingConnection();
    QByteArray received;
    connect(session.sockets(), &SocketTable::dataReceived, this, [&received](int socket, const QByteArray &bytes, bool) {
        if (socket == 0)
            received += bytes;
    });
    peer->write(QByteArray("ab\x00\xff\r\n", 6));
    QTRY_COMPARE_WITH_TIMEOUT(received, QByteArray("ab\x00\xff\r\n", 6), 10000);
    QVERIFY2(printed.contains(pushLine), printed.constData());
    QVERIFY2(drifts.isEmpty(), qPrintable(drifts.join(QLatin1Char('\n'))));
}

void TestVirtualModels::dnsServersTakeTheModelsForm_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("set");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("answer");
    const QByteArray bc25Set = R"(AT+QIDNSCFG="8.8.8.8","1.1.1.1")";
    const QByteArray bc25Answer = R"(+QIDNSCFG: "8.8.8.8","1.1.1.1")";
    // BC25 manual 2.1.14; EC200U note 2.4.16 (and the BG9x logs); the BC660K driver: context 0.
    QTest::newRow("bc25") << QByteArray("bc25") << bc25Set << QByteArray("AT+QIDNSCFG?") << bc25Answer;
    QTest::newRow("bc32") << QByteArray("bc32") << bc25Set << QByteArray("AT+QIDNSCFG?") << bc25Answer;
    QTest::newRow("bc66") << QByteArray("bc66") << bc25Set << QByteArray("AT+QIDNSCFG?") << bc25Answer;
    QTest::newRow("bc660k") << QByteArray("bc660k") << QByteArray(R"(AT+QIDNSCFG=0,"8.8.8.8","1.1.1.1")")
                            << QByteArray("AT+QIDNSCFG=0") << QByteArray(R"(+QIDNSCFG: 0,"8.8.8.8","1.1.1.1")");
    for (const char *lte : {"bg95", "bg96", "ec200u"}) {
        QTest::newRow(lte) << QByteArray(lte) << QByteArray(R"(AT+QIDNSCFG=1,"8.8.8.8","1.1.1.1")")
                           << QByteArray("AT+QIDNSCFG=1") << QByteArray(R"(+QIDNSCFG: 1,"8.8.8.8","1.1.1.1")");
    }
}

void TestVirtualModels::dnsServersTakeTheModelsForm()
{
    // The catalog builds the model's form (and refuses another's before it is
    // sent), the virtual module answers in it, and the decoder of the same
    // model reads it without a drift.
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, set);
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, answer);
    ModelBench bench(model);
    const CommandCatalog &catalog = bench.profile->catalog();
    QCOMPARE(Commands::setDnsServers(catalog, QStringLiteral("8.8.8.8"), QStringLiteral("1.1.1.1")).command.text, set);
    QCOMPARE(Commands::queryDnsServers(catalog).command.text, query);
    const bool perContext = model == "bc660k" || model.startsWith("bg") || model == "ec200u";
    QCOMPARE(Commands::dnsServersPerContext(catalog), perContext);
    const QByteArray otherForm = perContext ? QByteArray(R"(AT+QIDNSCFG="8.8.8.8","1.1.1.1")") : QByteArray(R"(AT+QIDNSCFG=1,"8.8.8.8","1.1.1.1")");
    QVERIFY(!Commands::fromText(catalog, otherForm).ok());
    QVERIFY2(bench.ask(set, "OK\r\n").endsWith("\r\nOK\r\n"), bench.out.constData());
    QVERIFY2(bench.ask(query, "OK\r\n").contains("\r\n" + answer + "\r\n"), bench.out.constData());
    bench.decoder.finish();
    QVERIFY2(bench.unknown.isEmpty(), bench.unknown.join(" | ").constData());
    QVERIFY2(bench.drifts.isEmpty(), qPrintable(bench.drifts.join(QLatin1Char('\n'))));
    QVERIFY(bench.decoded.constLast().ok());
}

#include "tst_virtualmodels.moc"
