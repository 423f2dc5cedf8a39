// SPDX-License-Identifier: MIT
// The EC200U's AT+QICFG="recvind" (its TCP/IP application note 2.4.1, 2.5.2):
// by default the buffer access "recv" URC is "+QIURC: "recv",<connectID>"
// alone, as the BG96's; only once the module confirmed AT+QICFG="recvind",1
// does it carry the length (and no data). Before that, after an ERROR and
// after RDY (the setting is not saved), a length there is drift and the line
// is read as the push it looks like: its bytes are data, never a result that
// ends a pending command. The decoder, the parser and the virtual module
// agree; whole and byte by byte.

#include "at/atparser.h"
#include "bc25/trafficdecoder.h"
#include "modeldecode.h"
#include "profile/moduleprofile.h"
#include "sim/simconfig.h"
#include "sim/virtualmodule.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace bc25;
using profile::ModuleProfile;

namespace {

using Decoded = test::ModelDecode;

// A raw log of the module's output with echo on, decoded with a model's rules (every socket in buffer access, as the profile starts).
Decoded decode(const QByteArray &model, const QByteArray &stream, bool byteByByte)
{
    return Decoded(model, stream, byteByByte, true);
}

const QByteArray RecvInd = R"(AT+QICFG="recvind",1)";
// A "recv" URC with a length, then four bytes that look like a final result,
// while AT+CSQ waits for its answer.
const QByteArray LengthThenOk = "AT+CSQ\r\r\n+QIURC: \"recv\",0,4\r\nOK\r\n\r\n+CSQ: 20,0\r\n\r\nOK\r\n";
const QString Drift = QStringLiteral("not expected for EC200U: +QIURC \"recv\" with 3 fields in buffer access mode; "
                                     "the EC200U prints 2 there (");

} // namespace

class TestRecvIndication : public QObject
{
    Q_OBJECT

private slots:
    void withoutRecvindALengthIsDriftAndItsBytesAreData_data();
    void withoutRecvindALengthIsDriftAndItsBytesAreData();
    void aConfirmedRecvindMakesTheLengthANotice_data();
    void aConfirmedRecvindMakesTheLengthANotice();
    void theParserTakesTheSettingOnlyOnceConfirmed();
    void theVirtualEc200uAddsTheLengthOnlyAfterRecvind();
    void theBc25HasNoRecvind();
    void theEc200uHasNoShowlength();
};

void TestRecvIndication::withoutRecvindALengthIsDriftAndItsBytesAreData_data()
{
    QTest::addColumn<QByteArray>("before"); // the log before LengthThenOk
    QTest::addColumn<QStringList>("finalsBefore");
    for (const char *split : {"whole", "byte by byte"}) {
        QTest::addRow("never set, %s", split) << QByteArray() << QStringList();
        QTest::addRow("answered ERROR, %s", split)
                << RecvInd + "\r\r\nERROR\r\n" << QStringList {QString::fromLatin1(RecvInd) + QStringLiteral(" ERROR")};
        QTest::addRow("set to 0, %s", split)
                << QByteArray(R"(AT+QICFG="recvind",0)") + "\r\r\nOK\r\n" << QStringList {QStringLiteral("AT+QICFG=\"recvind\",0 OK")};
        // EC200U note 2.4.1: "The configuration will not be saved."
        QTest::addRow("set, then RDY, %s", split)
                << RecvInd + "\r\r\nOK\r\n\r\nRDY\r\n" << QStringList {QString::fromLatin1(RecvInd) + QStringLiteral(" OK")};
    }
}

void TestRecvIndication::withoutRecvindALengthIsDriftAndItsBytesAreData()
{
    QFETCH(QByteArray, before);
    QFETCH(QStringList, finalsBefore);
    const bool byteByByte = QByteArray(QTest::currentDataTag()).endsWith("byte by byte");
    const Decoded out = decode("ec200u", before + LengthThenOk + "AT\r\r\nOK\r\n", byteByByte);
    QVERIFY2(out.events.contains(QStringLiteral("data:OK\r\n")), qPrintable(out.events.join(QLatin1Char('\n'))));
    QCOMPARE(out.drifts.size(), 1);
    QVERIFY2(out.drifts.constFirst().startsWith(Drift), qPrintable(out.drifts.constFirst()));
    QVERIFY2(out.drifts.constFirst().contains(QLatin1String("recvind")), qPrintable(out.drifts.constFirst()));
    // The pushed "OK" ended nothing: AT+CSQ ends with its own answer, the stream goes on.
    const QStringList finals = finalsBefore + QStringList {QStringLiteral("AT+CSQ OK"), QStringLiteral("AT OK")};
    QCOMPARE(out.finals, finals);
    QVERIFY(out.events.contains(QStringLiteral("response:+CSQ: 20,0")));
}

void TestRecvIndication::aConfirmedRecvindMakesTheLengthANotice_data()
{
    QTest::addColumn<QByteArray>("before");
    for (const char *split : {"whole", "byte by byte"}) {
        QTest::addRow("answered OK, %s", split) << RecvInd + "\r\r\nOK\r\n";
        // The query's answer states it (2.4.1: [+QICFG: "recvind",<show_length>]).
        QTest::addRow("stated by the query, %s", split) << QByteArray("AT+QICFG=\"recvind\"\r\r\n+QICFG: \"recvind\",1\r\n\r\nOK\r\n");
    }
}

void TestRecvIndication::aConfirmedRecvindMakesTheLengthANotice()
{
    QFETCH(QByteArray, before);
    const bool byteByByte = QByteArray(QTest::currentDataTag()).endsWith("byte by byte");
    // The length announces data waiting in the buffer, and carries none.
    const Decoded out = decode("ec200u", before + "\r\n+QIURC: \"recv\",0,4\r\nAT\r\r\nOK\r\n", byteByByte);
    QVERIFY2(out.drifts.isEmpty(), qPrintable(out.drifts.join(QLatin1Char('\n'))));
    QVERIFY2(out.events.contains(QStringLiteral("urc:+QIURC: \"recv\",0,4")), qPrintable(out.events.join(QLatin1Char('\n'))));
    for (const QString &event : out.events)
        QVERIFY2(!event.startsWith(QLatin1String("data:")), qPrintable(event));
    QCOMPARE(out.finals.size(), 2);
    QCOMPARE(out.finals.constLast(), QStringLiteral("AT OK"));
    // Without a length, as ever: no drift.
    const Decoded bare = decode("ec200u", before + "\r\n+QIURC: \"recv\",0\r\n", byteByByte);
    QVERIFY2(bare.drifts.isEmpty(), qPrintable(bare.drifts.join(QLatin1Char('\n'))));
}

void TestRecvIndication::theParserTakesTheSettingOnlyOnceConfirmed()
{
    // The grammar alone: the same line is a push until the setting is in force.
    const auto ec200u = ModuleProfile::byId("ec200u");
    for (const bool recvIndication : {false, true}) {
        for (const bool byteByByte : {false, true}) {
            at::AtParser parser(ec200u->payloadGrammar());
            at::ParserSettings settings = ec200u->parserDefaults();
            settings.recvIndication = recvIndication;
            parser.setSettings(settings);
            QStringList events;
            QObject::connect(&parser, &at::AtParser::eventParsed, [&events](const at::AtEvent &e) {
                events << (e.kind == at::AtEvent::Kind::Data ? QStringLiteral("D:") : QStringLiteral("L:")) + QString::fromLatin1(e.bytes);
            });
            const QByteArray stream = "\r\n+QIURC: \"recv\",0,4\r\nOK\r\n";
            if (byteByByte) {
                for (const char c : stream)
                    parser.feed(QByteArrayView(&c, 1));
            } else {
                parser.feed(stream);
            }
            QStringList expected {QStringLiteral("L:+QIURC: \"recv\",0,4")};
            expected << (recvIndication ? QStringLiteral("L:OK") : QStringLiteral("D:OK\r\n"));
            QCOMPARE(events, expected);
        }
    }
}

void TestRecvIndication::theVirtualEc200uAddsTheLengthOnlyAfterRecvind()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    sim::VirtualModule module(ModuleProfile::byId("ec200u"), sim::SimConfig {});
    QByteArray out;
    QObject::connect(&module, &sim::VirtualModule::output, [&out](const QByteArray &b) { out += b; });
    auto ask = [&](const QByteArray &command, const QByteArray &until) {
        const qsizetype from = out.size();
        module.receive(command + '\r');
        return QTest::qWaitFor([&] { return out.indexOf(until, from) >= 0; }, 10000) ? out.mid(from) : QByteArray();
    };
    QVERIFY(!ask("AT+QIACT=1", "OK\r\n").isEmpty());
    QVERIFY2(!ask("AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\"," + QByteArray::number(server.serverPort()) + ",0,0", "+QIOPEN: 0,0").isEmpty(),
             out.constData());
    QVERIFY(QTest::qWaitFor([&] { return server.hasPendingConnections(); }, 10000));
    QTcpSocket *peer = server.nextPendingConnection();
    auto receive = [&](const QByteArray &data) {
        const qsizetype from = out.size();
        peer->write(data);
        const bool came = QTest::qWaitFor([&] { return out.indexOf("\"recv\"", from) >= 0 && out.endsWith("\r\n"); }, 10000);
        const QByteArray urc = came ? out.mid(out.indexOf("+QIURC", from)) : QByteArray("(none)");
        const QByteArray read = ask("AT+QIRD=0,1500", "OK\r\n"); // read empty: the next arrival gets its URC
        return read.contains(data) ? urc : "(not read) " + urc;
    };
    // Default (2.5.2): no length.
    QCOMPARE(receive("hello"), QByteArray("+QIURC: \"recv\",0\r\n"));
    // Echo on (ATE1, the default): each answer after its command's echo.
    const QByteArray query = "AT+QICFG=\"recvind\"";
    QCOMPARE(ask(query, "OK\r\n"), query + "\r\r\n+QICFG: \"recvind\",0\r\n\r\nOK\r\n");
    // 2.4.1: set, answered OK alone; the length comes from then on.
    QCOMPARE(ask(RecvInd, "OK\r\n"), RecvInd + "\r\r\nOK\r\n");
    QCOMPARE(ask(query, "OK\r\n"), query + "\r\r\n+QICFG: \"recvind\",1\r\n\r\nOK\r\n");
    QCOMPARE(receive("world!"), QByteArray("+QIURC: \"recv\",0,6\r\n"));
    // The decoder of the same profile reads the whole session without a drift.
    for (const bool byteByByte : {false, true}) {
        TrafficDecoder decoder(ModuleProfile::byId("ec200u"));
        QStringList drifts;
        QObject::connect(&decoder, &TrafficDecoder::decoded, [&drifts](const DecodedEvent &e) {
            if (!e.drift.isEmpty())
                drifts << e.drift;
        });
        if (byteByByte) {
            for (const char c : std::as_const(out))
                decoder.received(QByteArray(1, c));
        } else {
            decoder.received(out);
        }
        decoder.finish();
        QVERIFY2(drifts.isEmpty(), qPrintable(drifts.join(QLatin1Char('\n'))));
    }
    // Not saved: after a restart the default is back.
    module.reboot();
    QTRY_VERIFY(out.endsWith("RDY\r\n"));
    QVERIFY2(ask(query, "OK\r\n").endsWith("+QICFG: \"recvind\",0\r\n\r\nOK\r\n"), out.constData());
}

void TestRecvIndication::theBc25HasNoRecvind()
{
    // The BC25's AT+QICFG takes "dataformat", "viewmode" and "showlength" (manual 2.1.11).
    sim::VirtualModule module(ModuleProfile::bc25(), sim::SimConfig {});
    QByteArray out;
    QObject::connect(&module, &sim::VirtualModule::output, [&out](const QByteArray &b) { out += b; });
    module.receive(RecvInd + '\r');
    QTRY_VERIFY2(out.contains("ERROR\r\n"), out.constData());
    QVERIFY(!ModuleProfile::bc25()->catalog().parse(RecvInd).spec
            || !CommandCatalog::validate(ModuleProfile::bc25()->catalog().parse(RecvInd)).isEmpty());
    QVERIFY(CommandCatalog::validate(ModuleProfile::byId("ec200u")->catalog().parse(RecvInd)).isEmpty());
}

void TestRecvIndication::theEc200uHasNoShowlength()
{
    // The EC200U's AT+QICFG=? (its note 2.4.1) lists no "showlength": the
    // length of its buffer access URC is "recvind"'s. The BC25's has it (2.1.11).
    const QByteArray showLength = R"(AT+QICFG="showlength",1)";
    const auto ec200u = ModuleProfile::byId("ec200u");
    QVERIFY(!CommandCatalog::validate(ec200u->catalog().parse(showLength)).isEmpty());
    QVERIFY(CommandCatalog::validate(ModuleProfile::bc25()->catalog().parse(showLength)).isEmpty());
    const auto listsShowLength = [](const ModuleProfile &profile) {
        const QList<QByteArray> lines = profile.spec(CommandId::Config)->testAnswer;
        return std::any_of(lines.cbegin(), lines.cend(), [](const QByteArray &l) { return l.contains("showlength"); });
    };
    QVERIFY(!listsShowLength(*ec200u));
    QVERIFY(listsShowLength(*ModuleProfile::bc25()));
    QVERIFY(std::any_of(ec200u->differences().cbegin(), ec200u->differences().cend(),
                        [](const profile::ProfileFact &f) { return f.what.contains(QLatin1String("showlength")) && f.source.contains(QLatin1String("2.4.1")); }));
    // The virtual EC200U refuses it, as the real one would a key it lacks.
    sim::VirtualModule module(ec200u, sim::SimConfig {});
    QByteArray out;
    QObject::connect(&module, &sim::VirtualModule::output, [&out](const QByteArray &b) { out += b; });
    module.receive(showLength + '\r');
    QTRY_VERIFY2(out.contains("ERROR\r\n"), out.constData());
}

QTEST_GUILESS_MAIN(TestRecvIndication)
#include "tst_recvindication.moc"
