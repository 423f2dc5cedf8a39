// SPDX-License-Identifier: MIT
// Drift: a line the model's profile does not expect — a known answer with a
// field count its table does not give, a name another model answers with —
// is marked with a reason naming the model, still delivered (its best
// reading, raw text kept), and the stream goes on. What is normal on one
// model is drift on another and the other way round; the manual's own
// examples and the models' vectors are never drift on their own model.
// Whole and byte by byte.

#include "bc25/trafficdecoder.h"
#include "profile/moduleprofile.h"
#include "sim/simconfig.h"
#include "sim/virtualmodule.h"

#include "manualexamples.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace bc25;
using profile::ModuleProfile;

namespace {

struct Decoded
{
    QStringList events; // "urc:+QNTP: 0,…" for every event with a text
    QStringList drifts; // each event's drift, in order
    QStringList transactionDrifts;
    QStringList finals; // each transaction's command and final status
};

// A raw log of the module's output (echo on: commands known by their echo),
// decoded with a model's rules.
Decoded decode(const QByteArray &model, const QByteArray &stream, bool byteByByte, bool directPush = false)
{
    TrafficDecoder decoder(ModuleProfile::byId(model));
    at::ParserSettings settings = ModuleProfile::byId(model)->parserDefaults();
    if (directPush)
        settings.setDirectPush(0, true);
    decoder.setInitialSettings(settings);
    Decoded out;
    QObject::connect(&decoder, &TrafficDecoder::decoded, [&out](const DecodedEvent &e) {
        const QByteArray text = e.kind == DecodedEvent::Kind::Data ? e.data : e.text;
        out.events << QString::fromLatin1(DecodedEvent::kindName(e.kind)) + QLatin1Char(':') + QString::fromLatin1(text);
        if (!e.drift.isEmpty()) {
            out.drifts << e.drift;
            QCOMPARE(e.toJson().value(QLatin1String("drift")).toString(), e.drift);
        }
    });
    QObject::connect(&decoder, &TrafficDecoder::transactionDecoded, [&out](const at::Transaction &t) {
        out.transactionDrifts << t.drifts;
        out.finals << QString::fromLatin1(t.command) + QLatin1Char(' ') + QLatin1String(at::Transaction::statusName(t.status));
    });
    if (byteByByte) {
        for (const char c : stream)
            decoder.received(QByteArray(1, c));
    } else {
        decoder.received(stream);
    }
    decoder.finish();
    return out;
}

const QByteArray Bc25State = "+QISTATE: 0,\"TCP\",\"220.18.39.22\",8062,1234,2,1,0";                   // BC25 manual 4.1.1
const QByteArray LteState = "+QISTATE: 0,\"TCP\",\"220.180.239.212\",8009,65514,2,1,0,0,\"usbmodem\""; // EC200U AN 3.2.1

} // namespace

class TestDrift : public QObject
{
    Q_OBJECT

private slots:
    void aLineTheModelDoesNotExpectIsDrift_data();
    void aLineTheModelDoesNotExpectIsDrift();
    void aDriftLineThatAnnouncesPayloadKeepsIt_data();
    void aDriftLineThatAnnouncesPayloadKeepsIt();
    void aDnsServerAnswerWithAContextIsDriftOnTheBc25();
    void aPushOnASocketPastTheModelsKeepsItsData_data();
    void aPushOnASocketPastTheModelsKeepsItsData();
    void theManualsExamplesAreNeverDrift_data();
    void theManualsExamplesAreNeverDrift();
    void eachModelsVectorsAreNeverDriftOnItsModel_data();
    void eachModelsVectorsAreNeverDriftOnItsModel();
    void theSimulatorsStateLineHasItsModelsFields();
    void theVirtualModuleOfEachModelPrintsNoDrift_data();
    void theVirtualModuleOfEachModelPrintsNoDrift();
};

void TestDrift::aLineTheModelDoesNotExpectIsDrift_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("command");  // echoed before the answer; empty: unsolicited
    QTest::addColumn<QByteArray>("response"); // the module's output after the echo
    QTest::addColumn<bool>("directPush");     // socket 0 in direct push
    QTest::addColumn<QString>("drift");       // how its reason begins; empty: none
    QTest::addColumn<QString>("delivered");   // the drift line's event, delivered all the same

    auto row = [](const char *name, const char *model, const QByteArray &command, const QByteArray &response,
                  bool push, const char *drift, const QByteArray &delivered) {
        for (const bool byteByByte : {false, true}) {
            QTest::addRow("%s, %s", name, byteByByte ? "byte by byte" : "whole")
                    << QByteArray(model) << command << response << push << QString::fromUtf8(drift)
                    << QString::fromLatin1(delivered);
        }
    };
    // +QISTATE: 8 fields (BC25 manual 2.1.3), 10 (BG96 AN 2.2.6, EC200U AN 2.4.9).
    row("LTE QISTATE on BC25", "bc25", "AT+QISTATE=1,0", "\r\n" + LteState + "\r\n\r\nOK\r\n", false,
        "not expected for BC25: +QISTATE with 10 fields; the BC25 prints 8 (BC25 manual 2.1.3).", "response:" + LteState);
    row("LTE QISTATE on BG96", "bg96", "AT+QISTATE=1,0", "\r\n" + LteState + "\r\n\r\nOK\r\n", false, "", "response:" + LteState);
    row("BC25 QISTATE on BG96", "bg96", "AT+QISTATE=1,0", "\r\n" + Bc25State + "\r\n\r\nOK\r\n", false,
        "not expected for BG96: +QISTATE with 8 fields; the BG96 prints 10 (", "response:" + Bc25State);
    row("BC25 QISTATE on EC200U", "ec200u", "AT+QISTATE?", "\r\n" + Bc25State + "\r\n\r\nOK\r\n", false,
        "not expected for EC200U: +QISTATE with 8 fields; the EC200U prints 10 (", "response:" + Bc25State);
    row("BC25 QISTATE on BC660K", "bc660k", "AT+QISTATE?", "\r\n" + Bc25State + "\r\n\r\nOK\r\n", false, "", "response:" + Bc25State);
    row("LTE QISTATE on BC66", "bc66", "AT+QISTATE?", "\r\n" + LteState + "\r\n\r\nOK\r\n", false,
        "not expected for BC66: +QISTATE with 10 fields; the BC66 prints 8", "response:" + LteState);
    // The UDP read +QIRD: <length>,"<ip>",<port> (BG96 AN 2.2.8): the BC25 has
    // none (manual 2.1.5); its payload's lines are its own events, and its OK ends the read.
    row("BG96 UDP read on BC25", "bc25", "AT+QIRD=0", "\r\n+QIRD: 2,\"10.7.89.10\",6969\r\nab\r\n\r\nOK\r\n", false,
        "not expected for BC25: +QIRD with 3 fields; the BC25 prints 1 or 2 (BC25 manual 2.1.5).",
        "response:+QIRD: 2,\"10.7.89.10\",6969");
    row("BG96 UDP read on BG96", "bg96", "AT+QIRD=0", "\r\n+QIRD: 2,\"10.7.89.10\",6969\r\nab\r\n\r\nOK\r\n", false, "",
        "response:+QIRD: 2,\"10.7.89.10\",6969");
    row("lengths query on BC25", "bc25", "AT+QIRD=0,0", "\r\n+QIRD: 8,2,6\r\n\r\nOK\r\n", false,
        "not expected for BC25: +QIRD with 3 fields", "response:+QIRD: 8,2,6");
    row("lengths query on EC200U", "ec200u", "AT+QIRD=0,0", "\r\n+QIRD: 8,2,6\r\n\r\nOK\r\n", false, "", "response:+QIRD: 8,2,6");
    // <remaining_length> (BC25 manual 2.1.11 showlength): the BG96 prints none.
    // The BC25's shape announces its payload on the BG96 too (aDriftLineThatAnnouncesPayloadKeepsIt).
    row("remaining length on BG96", "bg96", "AT+QIRD=0,10", "\r\n+QIRD: 10,2\r\n0123456789\r\nOK\r\n", false,
        "not expected for BG96: +QIRD with 2 fields; the BG96 prints 1 or 3 (", "response:+QIRD: 10,2");
    row("remaining length on BC25", "bc25", "AT+QIRD=0,10", "\r\n+QIRD: 0,2\r\n\r\nOK\r\n", false, "", "response:+QIRD: 0,2");
    // Another model's answer names: the BC25 answers AT+QIDNSGIP with +QIURC: "dnsgip"
    // (manual 2.1.10), the BC660K with +QIDNSGIP lines (FAMILY.md's sources).
    row("QIDNSGIP lines on BC25", "bc25", "", "\r\n+QIDNSGIP: 0,1,300\r\n", false,
        "not expected for BC25: +QIDNSGIP is another model's answer; the BC25 answers AT+QIDNSGIP with +QIURC: \"dnsgip\".",
        "urc:+QIDNSGIP: 0,1,300");
    row("QIDNSGIP lines on BG96", "bg96", "", "\r\n+QIDNSGIP: 1.2.3.4\r\n", false,
        "not expected for BG96: +QIDNSGIP is another model's answer", "urc:+QIDNSGIP: 1.2.3.4");
    row("QIDNSGIP lines on BC660K", "bc660k", "", "\r\n+QIDNSGIP: 1.2.3.4\r\n", false, "", "urc:+QIDNSGIP: 1.2.3.4");
    row("dnsgip URC on BC660K", "bc660k", "", "\r\n+QIURC: \"dnsgip\",0,1,600\r\n", false,
        "not expected for BC660K-GL: the BC660K-GL has no +QIURC \"dnsgip\".", "urc:+QIURC: \"dnsgip\",0,1,600");
    row("dnsgip URC on BC25", "bc25", "", "\r\n+QIURC: \"dnsgip\",0,1,600\r\n", false, "", "urc:+QIURC: \"dnsgip\",0,1,600");
    // "pdpdeact": the LTE modules' (a real BG96 log); the BC25 manual's 2.2 lists none.
    row("pdpdeact on BC25", "bc25", "", "\r\n+QIURC: \"pdpdeact\",1\r\n", false,
        "not expected for BC25: the BC25 has no +QIURC \"pdpdeact\".", "urc:+QIURC: \"pdpdeact\",1");
    row("pdpdeact on EC200U", "ec200u", "", "\r\n+QIURC: \"pdpdeact\",1\r\n", false, "", "urc:+QIURC: \"pdpdeact\",1");
    // <connectID> outside the model's range: 0-5 on the BC25 (manual 2.1.1), 0-11 on the BG96.
    row("QIOPEN socket 11 on BC25", "bc25", "", "\r\n+QIOPEN: 11,0\r\n", false,
        "not expected for BC25: +QIOPEN names socket 11; the BC25 has sockets 0 to 5.", "urc:+QIOPEN: 11,0");
    row("QIOPEN socket 11 on BG96", "bg96", "", "\r\n+QIOPEN: 11,0\r\n", false, "", "urc:+QIOPEN: 11,0");
    row("closed socket 11 on BC25", "bc25", "", "\r\n+QIURC: \"closed\",11\r\n", false,
        "not expected for BC25: +QIURC \"closed\" names socket 11; the BC25 has sockets 0 to 5.", "urc:+QIURC: \"closed\",11");
    row("incoming socket 11 on BC25", "bc25", "", "\r\n+QIURC: \"incoming\",11,0,\"1.2.3.4\",5000\r\n", false,
        "not expected for BC25: +QIURC \"incoming\" names socket 11", "urc:+QIURC: \"incoming\",11,0,\"1.2.3.4\",5000");
    row("recv socket 12 on BG96", "bg96", "", "\r\n+QIURC: \"recv\",12\r\n", false,
        "not expected for BG96: +QIURC \"recv\" names socket 12; the BG96 has sockets 0 to 11.", "urc:+QIURC: \"recv\",12");
    row("recv socket 5 on BC25", "bc25", "", "\r\n+QIURC: \"recv\",5\r\n", false, "", "urc:+QIURC: \"recv\",5");
    row("recv socket 5 on BC660K", "bc660k", "", "\r\n+QIURC: \"recv\",5\r\n", false,
        "not expected for BC660K-GL: +QIURC \"recv\" names socket 5; the BC660K-GL has sockets 0 to 4.", "urc:+QIURC: \"recv\",5");
    // adv6 F6: +QISTATE's <connectID> (its first field, manual 2.1.3) past the model's sockets.
    row("QISTATE socket 5 on BC660K", "bc660k", "AT+QISTATE?", "\r\n+QISTATE: 5," + Bc25State.sliced(12) + "\r\n\r\nOK\r\n", false,
        "not expected for BC660K-GL: +QISTATE names socket 5; the BC660K-GL has sockets 0 to 4.",
        "response:+QISTATE: 5," + Bc25State.sliced(12));
    row("QISTATE socket 4 on BC660K", "bc660k", "AT+QISTATE?", "\r\n+QISTATE: 4," + Bc25State.sliced(12) + "\r\n\r\nOK\r\n", false,
        "", "response:+QISTATE: 4," + Bc25State.sliced(12));
    row("QISTATE socket 12 on BG96", "bg96", "AT+QISTATE?", "\r\n+QISTATE: 12," + LteState.sliced(12) + "\r\n\r\nOK\r\n", false,
        "not expected for BG96: +QISTATE names socket 12; the BG96 has sockets 0 to 11.",
        "response:+QISTATE: 12," + LteState.sliced(12));
    // adv6 F6: the BC66 keeps the BC25's +QIDNSCFG answer, <PrimaryDns>[,<SecondaryDns>] (its
    // manual's section not read; the Zephyr driver sets servers only): a context before them is drift.
    row("QIDNSCFG with a context on BC66", "bc66", "AT+QIDNSCFG?", "\r\n+QIDNSCFG: 1,\"8.8.8.8\",\"1.1.1.1\"\r\n\r\nOK\r\n", false,
        "not expected for BC66: +QIDNSCFG with 3 fields; the BC66 prints 1 or 2", "response:+QIDNSCFG: 1,\"8.8.8.8\",\"1.1.1.1\"");
    row("QIDNSCFG on BC66", "bc66", "AT+QIDNSCFG?", "\r\n+QIDNSCFG: \"8.8.8.8\",\"1.1.1.1\"\r\n\r\nOK\r\n", false,
        "", "response:+QIDNSCFG: \"8.8.8.8\",\"1.1.1.1\"");
    // A length in the buffer access "recv" URC: BG96 AN 2.3.2 prints none, BG95 AN 2.4.2 one.
    row("recv with length on BG96", "bg96", "", "\r\n+QIURC: \"recv\",0,5\r\n", false,
        "not expected for BG96: +QIURC \"recv\" with 3 fields in buffer access mode; the BG96 prints 2 there (",
        "urc:+QIURC: \"recv\",0,5");
    row("recv with length on BG95", "bg95", "", "\r\n+QIURC: \"recv\",0,5\r\n", false, "", "urc:+QIURC: \"recv\",0,5");
    row("recv without length on BG96", "bg96", "", "\r\n+QIURC: \"recv\",0\r\n", false, "", "urc:+QIURC: \"recv\",0");
    // The UDP SERVICE push (BG96 AN 2.3.2) has the peer after the length; the BC25's (manual 2.2.2) none.
    row("UDP push on BG96", "bg96", "", "\r\n+QIURC: \"recv\",0,2,\"10.7.89.10\",6969\r\nab\r\n", true, "",
        "urc:+QIURC: \"recv\",0,2,\"10.7.89.10\",6969");
    row("UDP push on BC25", "bc25", "", "\r\n+QIURC: \"recv\",0,2,\"10.7.89.10\",6969\r\nab\r\n", true,
        "not expected for BC25: +QIURC \"recv\" with 5 fields; the BC25 prints 2 or 3 (BC25 manual 2.2.2).",
        "urc:+QIURC: \"recv\",0,2,\"10.7.89.10\",6969");
    // +QNTTP (BC25 manual 2.1.9) against +QNTP (BG96 AN 2.2.12, BC660K manual 14.1).
    row("QNTP on BC25", "bc25", "", "\r\n+QNTP: 0,\"2026/07/03,00:56:27+32\"\r\n", false,
        "not expected for BC25: +QNTP is another model's answer; the BC25 answers AT+QNTTP with +QNTTP.",
        "urc:+QNTP: 0,\"2026/07/03,00:56:27+32\"");
    row("QNTTP on BG96", "bg96", "", "\r\n+QNTTP: 0,\"18/04/20,11:08:20+32\"\r\n", false,
        "not expected for BG96: +QNTTP is another model's answer; the BG96 answers AT+QNTP with +QNTP.",
        "urc:+QNTTP: 0,\"18/04/20,11:08:20+32\"");
    row("QNTTP on BC32", "bc32", "", "\r\n+QNTTP: 0,\"18/04/20,11:08:20+32\"\r\n", false, "", "urc:+QNTTP: 0,\"18/04/20,11:08:20+32\"");
    row("QNTP on BC660K", "bc660k", "", "\r\n+QNTP: 0,\"2026/07/03,00:56:27+32\"\r\n", false, "", "urc:+QNTP: 0,\"2026/07/03,00:56:27+32\"");
    // A name no model has is no drift: it stays what it was.
    row("a name no model has", "bc25", "", "\r\n+QFOO: 1\r\n", false, "", "urc:+QFOO: 1");
    // A test form lists ranges, whatever their count.
    row("a test form's answer", "bc25", "AT+QIRD=?", "\r\n+QIRD: (0-5),(1-512),(1),(2)\r\n\r\nOK\r\n", false, "",
        "response:+QIRD: (0-5),(1-512),(1),(2)");
}

void TestDrift::aLineTheModelDoesNotExpectIsDrift()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, response);
    QFETCH(bool, directPush);
    QFETCH(QString, drift);
    QFETCH(QString, delivered);
    const bool byteByByte = QByteArray(QTest::currentDataTag()).endsWith("byte by byte");
    // The stream goes on: a line after it is read as ever.
    const QByteArray after = "AT\r\r\nOK\r\n";
    const QByteArray stream = (command.isEmpty() ? QByteArray() : command + '\r') + response + after;
    const Decoded out = decode(model, stream, byteByByte, directPush);

    QVERIFY2(out.events.contains(delivered), qPrintable(out.events.join(QLatin1Char('\n'))));
    if (drift.isEmpty()) {
        QVERIFY2(out.drifts.isEmpty(), qPrintable(out.drifts.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(out.drifts.size(), 1);
        QVERIFY2(out.drifts.constFirst().startsWith(drift), qPrintable(out.drifts.constFirst()));
    }
    QCOMPARE(out.finals.constLast(), QStringLiteral("AT OK"));
    if (!command.isEmpty()) {
        // The command it answered ends with its own final result, the drift on it.
        QCOMPARE(out.finals.constFirst(), QString::fromLatin1(command) + QStringLiteral(" OK"));
        QCOMPARE(out.transactionDrifts, out.drifts);
    }
}

// A drift line is still decoded as its best reading: a +QIRD of another
// model's shape announces its payload, which is data, never lines (an OK
// inside it does not end the command).
void TestDrift::aDriftLineThatAnnouncesPayloadKeepsIt_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("drift");
    for (const char *split : {"whole", "byte by byte"}) {
        // BG96 note 2.3.2: the UDP SERVICE read, +QIRD: <length>,"<remoteIP>",<remote_port>.
        QTest::addRow("BG96's UDP read on a BC25, %s", split)
                << QByteArray("bc25") << QByteArray("AT+QIRD=0,1500\r\r\n+QIRD: 8,\"10.7.89.10\",6969\r\nab\r\nOK\r\n\r\nOK\r\n")
                << QByteArray("ab\r\nOK\r\n") << QStringLiteral("not expected for BC25: +QIRD with 3 fields");
        // BC25 manual 2.1.5/2.1.11: +QIRD: <read_actual_length>,<remaining_length> with showlength 1.
        QTest::addRow("BC25's read with its remaining length on a BG96, %s", split)
                << QByteArray("bg96") << QByteArray("AT+QIRD=0,512\r\r\n+QIRD: 6,2\r\nx\r\nOK\r\r\n\r\nOK\r\n")
                << QByteArray("x\r\nOK\r") << QStringLiteral("not expected for BG96: +QIRD with 2 fields");
    }
}

void TestDrift::aDriftLineThatAnnouncesPayloadKeepsIt()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, stream);
    QFETCH(QByteArray, payload);
    QFETCH(QString, drift);
    const bool byteByByte = QByteArray(QTest::currentDataTag()).endsWith("byte by byte");
    const Decoded out = decode(model, stream + "AT\r\r\nOK\r\n", byteByByte);
    QVERIFY2(out.events.contains(QStringLiteral("data:") + QString::fromLatin1(payload)), qPrintable(out.events.join(QLatin1Char('\n'))));
    QCOMPARE(out.drifts.size(), 1);
    QVERIFY2(out.drifts.constFirst().startsWith(drift), qPrintable(out.drifts.constFirst()));
    QCOMPARE(out.finals.size(), 2);
    QCOMPARE(out.finals.constLast(), QStringLiteral("AT OK"));
}

// adv6 F1: a direct push naming a socket the model does not have is drift,
// and its announced bytes are still its data — never lines that end a command.
// adv6 F6: the BC25 answers AT+QIDNSCFG? with its two servers and no context.
void TestDrift::aDnsServerAnswerWithAContextIsDriftOnTheBc25()
{
    for (const bool byteByByte : {false, true}) {
        const Decoded out = decode("bc25", "AT+QIDNSCFG?\r\r\n+QIDNSCFG: 1,\"8.8.8.8\",\"1.1.1.1\"\r\n\r\nOK\r\n", byteByByte);
        QCOMPARE(out.drifts.size(), 1);
        QVERIFY2(out.drifts.constFirst().startsWith(QLatin1String("not expected for BC25: +QIDNSCFG with 3 fields")),
                 qPrintable(out.drifts.constFirst()));
        const Decoded own = decode("bc25", "AT+QIDNSCFG?\r\r\n+QIDNSCFG: \"8.8.8.8\",\"1.1.1.1\"\r\n\r\nOK\r\n", byteByByte);
        QVERIFY2(own.drifts.isEmpty(), qPrintable(own.drifts.join(QLatin1Char('\n'))));
    }
}

void TestDrift::aPushOnASocketPastTheModelsKeepsItsData_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("drift");
    for (const char *split : {"whole", "byte by byte"}) {
        QTest::addRow("socket 6 on a BC25, %s", split) << QByteArray("bc25") << QByteArray("+QIURC: \"recv\",6,4\r\nOK\r\n")
                                                      << QStringLiteral("not expected for BC25: ");
        QTest::addRow("socket 12 on a BG96, %s", split) << QByteArray("bg96") << QByteArray("+QIURC: \"recv\",12,4\r\nOK\r\n")
                                                       << QStringLiteral("not expected for BG96: ");
        QTest::addRow("socket 5 on a BC660K, %s", split) << QByteArray("bc660k") << QByteArray("+QIURC: \"recv\",5,4\r\nOK\r\n")
                                                        << QStringLiteral("not expected for BC660K-GL: ");
    }
}

void TestDrift::aPushOnASocketPastTheModelsKeepsItsData()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, stream);
    QFETCH(QString, drift);
    const bool byteByByte = QByteArray(QTest::currentDataTag()).endsWith("byte by byte");
    const Decoded out = decode(model, stream + "AT\r\r\nOK\r\n", byteByByte);
    QVERIFY2(out.events.contains(QStringLiteral("data:OK\r\n")), qPrintable(out.events.join(QLatin1Char('\n'))));
    QCOMPARE(out.drifts.size(), 1);
    QVERIFY2(out.drifts.constFirst().startsWith(drift), qPrintable(out.drifts.constFirst()));
    QCOMPARE(out.finals, QStringList {QStringLiteral("AT OK")}); // the pushed "OK" ended nothing
}

void TestDrift::theManualsExamplesAreNeverDrift_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("stream");
    for (const test::ManualExample &example : test::manualExamples()) {
        for (const char *model : {"bc25", "bc32"}) {
            QTest::addRow("%s %s", model, example.section) << QByteArray(model) << example.stream();
        }
    }
}

void TestDrift::theManualsExamplesAreNeverDrift()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, stream);
    for (const bool byteByByte : {false, true}) {
        const Decoded out = decode(model, stream, byteByByte);
        QVERIFY2(out.drifts.isEmpty(), qPrintable(out.drifts.join(QLatin1Char('\n'))));
    }
}

void TestDrift::eachModelsVectorsAreNeverDriftOnItsModel_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<bool>("directPush");
    // The vectors of tst_modelprofiles, each on its model, and the lines each
    // source quotes (FAMILY.md, family-facts: BG96 AN 2.2.6-2.2.12, EC200U AN 2.4.9-2.5.2).
    QTest::newRow("BG96 UDP read") << QByteArray("bg96") << QByteArray("AT+QIRD=2\r\r\n+QIRD: 8,\"10.7.89.10\",6969\r\nab\r\nOK\r\n\r\nOK\r\n") << false;
    QTest::newRow("BG96 lengths query") << QByteArray("bg96") << QByteArray("AT+QIRD=2,0\r\r\n+QIRD: 8,2,6\r\n\r\nOK\r\n") << false;
    QTest::newRow("BG95 buffered recv with length") << QByteArray("bg95") << QByteArray("\r\n+QIURC: \"recv\",0,5\r\n\r\nOK\r\n") << false;
    QTest::newRow("BG96 state") << QByteArray("bg96") << QByteArray("AT+QISTATE?\r\r\n+QISTATE: 0,\"TCP\",\"151.139.237.11\",80,5087,4,1,0,0,\"uart1\"\r\n\r\nOK\r\n") << false;
    QTest::newRow("BG96 NTP") << QByteArray("bg96") << QByteArray("AT+QNTP=1,\"202.112.10.36\",123\r\r\nOK\r\n\r\n+QNTP: 0,\"2017/01/13,15:27:03+32\"\r\n") << false;
    QTest::newRow("BG96 pdpdeact") << QByteArray("bg96") << QByteArray("\r\n+QIURC: \"pdpdeact\",1\r\n") << false;
    QTest::newRow("EC200U state") << QByteArray("ec200u") << QByteArray("AT+QISTATE=1,0\r\r\n" + LteState + "\r\n\r\nOK\r\n") << false;
    QTest::newRow("EC200U push") << QByteArray("ec200u") << QByteArray("\r\n+QIURC: \"recv\",0,4\r\ntest\r\n") << true;
    QTest::newRow("EC200U read") << QByteArray("ec200u") << QByteArray("AT+QIRD=0,1500\r\r\n+QIRD: 4\r\ntest\r\n\r\nOK\r\n") << false;
    QTest::newRow("EC200U DNS") << QByteArray("ec200u") << QByteArray("AT+QIDNSGIP=1,\"www.baidu.com\"\r\r\nOK\r\n\r\n+QIURC: \"dnsgip\",0,1,0\r\n\r\n+QIURC: \"dnsgip\",\"61.135.169.121\"\r\n") << false;
    QTest::newRow("BC660K NTP") << QByteArray("bc660k") << QByteArray("\r\n+QNTP: 0,\"2026/07/03,00:56:27+32\"\r\n") << false;
    QTest::newRow("BC66 state") << QByteArray("bc66") << QByteArray("AT+QISTATE?\r\r\n" + Bc25State + "\r\n\r\nOK\r\n") << false;
}

void TestDrift::eachModelsVectorsAreNeverDriftOnItsModel()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, stream);
    QFETCH(bool, directPush);
    for (const bool byteByByte : {false, true}) {
        const Decoded out = decode(model, stream, byteByByte, directPush);
        QVERIFY2(out.drifts.isEmpty(), qPrintable(out.drifts.join(QLatin1Char('\n'))));
    }
}

void TestDrift::theSimulatorsStateLineHasItsModelsFields()
{
    // The virtual module prints +QISTATE by its model's table (the simulator
    // asks the same counts): 8 on the BC25, 10 on the LTE models.
    QCOMPARE(ModuleProfile::bc25()->expectations().fieldCounts("QISTATE"), QList<int> {8});
    for (const char *model : {"bg95", "bg96", "ec200u"})
        QCOMPARE(ModuleProfile::byId(model)->expectations().fieldCounts("QISTATE"), QList<int> {10});
    for (const char *model : {"bc32", "bc660k", "bc66"})
        QCOMPARE(ModuleProfile::byId(model)->expectations().fieldCounts("QISTATE"), QList<int> {8});
}

void TestDrift::theVirtualModuleOfEachModelPrintsNoDrift_data()
{
    QTest::addColumn<QByteArray>("model");
    for (const QByteArray &id : ModuleProfile::ids())
        QTest::newRow(id.constData()) << id;
}

void TestDrift::theVirtualModuleOfEachModelPrintsNoDrift()
{
    // The simulator answers as its model: a session on it (identity, an open
    // socket, data waiting, its state, a read, a close) is never drift there.
    QFETCH(QByteArray, model);
    const auto profile = ModuleProfile::byId(model);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    sim::VirtualModule module(profile, sim::SimConfig {});
    QByteArray out;
    QObject::connect(&module, &sim::VirtualModule::output, [&out](const QByteArray &b) { out += b; });
    auto ask = [&](const QByteArray &command, const QByteArray &until) {
        const qsizetype from = out.size();
        module.receive(command + '\r');
        return QTest::qWaitFor([&] { return out.indexOf(until, from) >= 0; }, 10000);
    };
    QVERIFY(ask("ATI", "OK\r\n"));
    QVERIFY(ask("AT+CSQ", "OK\r\n"));
    if (profile->answers().activatesContexts) // the LTE modules open on an activated context only
        QVERIFY(ask("AT+QIACT=" + QByteArray::number(profile->limits().firstContext), "OK\r\n"));
    const QByteArray open = "AT+QIOPEN=" + QByteArray::number(profile->limits().firstContext) + ",0,\"TCP\",\"127.0.0.1\","
            + QByteArray::number(server.serverPort()) + ",0,0";
    QVERIFY2(ask(open, "+QIOPEN: 0,0"), out.constData());
    QVERIFY(QTest::qWaitFor([&] { return server.hasPendingConnections(); }, 10000));
    QTcpSocket *peer = server.nextPendingConnection();
    peer->write("hello");
    QVERIFY2(QTest::qWaitFor([&] { return out.contains("\"recv\",0"); }, 10000), out.constData());
    QVERIFY(ask("AT+QISTATE=1,0", "OK\r\n"));
    QVERIFY(ask("AT+QIRD=0,512", "OK\r\n"));
    QVERIFY(ask("AT+QICLOSE=0", "OK\r\n"));
    QVERIFY(ask("AT", "OK\r\n"));
    QVERIFY2(out.contains("+QISTATE: 0,"), out.constData());
    QVERIFY2(out.contains("+QIRD: 5"), out.constData());
    for (const bool byteByByte : {false, true}) {
        const Decoded decoded = decode(model, out, byteByByte);
        QVERIFY2(decoded.drifts.isEmpty(), qPrintable(decoded.drifts.join(QLatin1Char('\n')) + QLatin1Char('\n') + QString::fromLatin1(out)));
    }
}

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
