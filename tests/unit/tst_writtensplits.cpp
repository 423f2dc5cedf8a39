// SPDX-License-Identifier: MIT
// What the host wrote, as a capture's TX records hold it: the decoder's
// transactions do not depend on how the writes were cut into records — a
// command cut mid-line, CR and LF in two records, two commands in one, a
// send's data in pieces after its prompt (each form: the length, Ctrl+Z,
// AT+QISENDEX's hex digits) and the next command glued to it — and a record
// of many glued commands, longer than a payload, pairs each with its answer
// at a cost linear in its length.

#include "bc25/trafficdecoder.h"
#include "bc25/transactionjson.h"
#include "profile/moduleprofile.h"

#include <QTest>

using namespace bc25;

namespace {

struct Record
{
    bool transmit = false;
    qint64 time = 0;
    QByteArray bytes;
};
using Capture = QList<Record>;

// The transactions JSON (bc25-decode --transactions) of a capture.
QByteArrayList decode(const Capture &capture)
{
    TrafficDecoder decoder(profile::ModuleProfile::bc25());
    decoder.setEventsWanted(false);
    QByteArrayList out;
    QObject::connect(&decoder, &TrafficDecoder::transactionDecoded,
                     [&out](const at::Transaction &t) { out << transactionToJson(t); });
    for (const Record &record : capture) {
        if (record.transmit)
            decoder.transmitted(record.bytes, record.time);
        else
            decoder.received(record.bytes, record.time);
    }
    decoder.finish();
    return out;
}

// Record `index` cut in two at `at`: the same write, recorded in two pieces.
Capture cutOnce(Capture capture, qsizetype index, qsizetype at)
{
    const Record whole = capture.at(index);
    capture[index].bytes = whole.bytes.first(at);
    capture.insert(index + 1, Record {whole.transmit, whole.time, whole.bytes.sliced(at)});
    return capture;
}

// Every record (or only the TX ones) one byte a record.
Capture byteByByte(const Capture &capture, bool transmitOnly)
{
    Capture out;
    for (const Record &record : capture) {
        if (transmitOnly && !record.transmit) {
            out << record;
            continue;
        }
        for (const char c : record.bytes)
            out << Record {record.transmit, record.time, QByteArray(1, c)};
    }
    return out;
}

// A session as the workbench records it, with the writes a terminal, a paste
// or another program makes: each form of send, data glued to the next command.
Capture representativeCapture()
{
    return {
            {true, 1000, "AT+CSQ\r\n"}, // the terminal's CR LF
            {false, 1001, "AT+CSQ\r\n\r\n+CSQ: 7,0\r\n\r\nOK\r\n"},
            {true, 1010, "AT\rATI\r"}, // a paste: two commands in one write
            {false, 1011, "AT\r\r\nOK\r\n"},
            {false, 1012, "ATI\r\r\nQuectel\r\nBC25\r\nRevision: BC25JAR01A01\r\n\r\nOK\r\n"},
            {true, 1020, "AT+QISEND=0,5\r"},
            {false, 1021, "AT+QISEND=0,5\r\r\n> "},
            {true, 1022, "helloAT+CSQ\r"}, // the data and the next command in one write
            {false, 1023, "hello\r\nOK\r\n\r\nSEND OK\r\n"},
            {false, 1024, "AT+CSQ\r\r\n+CSQ: 9,0\r\n\r\nOK\r\n"},
            {true, 1030, "AT+QISEND=0\r"},
            {false, 1031, "AT+QISEND=0\r\r\n> "},
            {true, 1032, "ab\x1a"},
            {false, 1033, "ab\r\nOK\r\n\r\nSEND OK\r\n"},
            {true, 1040, "AT+QISENDEX=0,2\r"},
            {false, 1041, "AT+QISENDEX=0,2\r\r\n> "},
            {true, 1042, "4142AT\r"},
            {false, 1043, "4142\r\nOK\r\n\r\nSEND OK\r\n"},
            {false, 1044, "AT\r\r\nOK\r\n"},
    };
}

QByteArray joined(const QByteArrayList &lines)
{
    return lines.join('\n');
}

} // namespace

class TestWrittenSplits : public QObject
{
    Q_OBJECT
private slots:
    void theCaptureDecodesAsExpected();
    void everyCutIntoTwoRecordsDecodesTheSame();
    void recordsOfOneByteDecodeTheSame();
    void sendDataInPiecesAfterThePrompt_data();
    void sendDataInPiecesAfterThePrompt();
    void aLongGluedRecordPairsEachCommand();
    void writtenBytesWaitingForTheModuleHaveABound();
};

void TestWrittenSplits::theCaptureDecodesAsExpected()
{
    const QByteArrayList whole = decode(representativeCapture());
    QCOMPARE(whole.size(), 8);
    const QStringList commands {"AT+CSQ", "AT", "ATI", "AT+QISEND=0,5", "AT+CSQ", "AT+QISEND=0", "AT+QISENDEX=0,2", "AT"};
    for (int i = 0; i < commands.size(); ++i) {
        QVERIFY2(whole.at(i).contains("\"command\":\"" + commands.at(i).toLatin1() + '"'), whole.at(i));
        QVERIFY2(whole.at(i).contains("\"final\":\"OK\""), whole.at(i));
        QVERIFY2(!whole.at(i).contains("errors"), whole.at(i));
    }
    QVERIFY2(whole.at(3).contains("\"payloadHex\":\"68656c6c6f\""), whole.at(3));
    QVERIFY2(whole.at(4).contains("+CSQ: 9,0"), whole.at(4));
    QVERIFY2(whole.at(5).contains("\"payloadHex\":\"6162\""), whole.at(5));
    QVERIFY2(whole.at(6).contains("\"payloadHex\":\"34313432\""), whole.at(6));
}

void TestWrittenSplits::everyCutIntoTwoRecordsDecodesTheSame()
{
    const Capture capture = representativeCapture();
    const QByteArray whole = joined(decode(capture));
    for (qsizetype index = 0; index < capture.size(); ++index) {
        for (qsizetype at = 1; at < capture.at(index).bytes.size(); ++at) {
            const QByteArray cut = joined(decode(cutOnce(capture, index, at)));
            if (cut != whole) {
                const Record &record = capture.at(index);
                QFAIL(qPrintable(QStringLiteral("%1 record %2 cut after \"%3\":\n%4\nwhole:\n%5")
                                         .arg(record.transmit ? u"TX" : u"RX").arg(index)
                                         .arg(QString::fromLatin1(record.bytes.first(at).toPercentEncoding()),
                                              QString::fromUtf8(cut), QString::fromUtf8(whole))));
            }
        }
    }
}

void TestWrittenSplits::recordsOfOneByteDecodeTheSame()
{
    const Capture capture = representativeCapture();
    const QByteArray whole = joined(decode(capture));
    QCOMPARE(joined(decode(byteByByte(capture, true))), whole);
    QCOMPARE(joined(decode(byteByByte(capture, false))), whole);
}

// AT+QISEND=0,5 then records "he" and "llo": the data is counted across
// records to its length (its Ctrl+Z; AT+QISENDEX's 2 × length hex digits),
// whatever the split; what goes past the count is the next command.
void TestWrittenSplits::sendDataInPiecesAfterThePrompt_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("data"); // as written after the prompt, the next command glued
    QTest::addColumn<QByteArray>("echo"); // what the module echoes of it
    QTest::addColumn<QByteArray>("payloadHex");
    QTest::newRow("fixed length") << QByteArray("AT+QISEND=0,5") << QByteArray("helloAT\r") << QByteArray("hello")
                                  << QByteArray("68656c6c6f");
    QTest::newRow("fixed length, data like a command") << QByteArray("AT+QISEND=0,4") << QByteArray("AT\r\nAT\r")
                                                       << QByteArray("AT\r\n") << QByteArray("41540d0a");
    QTest::newRow("Ctrl+Z") << QByteArray("AT+QISEND=0") << QByteArray("hello\x1a" "AT\r") << QByteArray("hello")
                            << QByteArray("68656c6c6f");
    QTest::newRow("hex digits") << QByteArray("AT+QISENDEX=0,3") << QByteArray("414243AT\r") << QByteArray("414243")
                                << QByteArray("343134323433");
}

void TestWrittenSplits::sendDataInPiecesAfterThePrompt()
{
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, echo);
    QFETCH(QByteArray, payloadHex);
    const Capture capture {
            {true, 1000, command + '\r'},
            {false, 1001, command + "\r\r\n> "},
            {true, 1002, data},
            {false, 1003, echo + "\r\nOK\r\n\r\nSEND OK\r\n"},
            {false, 1004, "AT\r\r\nOK\r\n"},
    };
    const QByteArrayList whole = decode(capture);
    QCOMPARE(whole.size(), 2);
    QVERIFY2(whole.at(0).contains("\"payloadHex\":\"" + payloadHex + '"'), whole.at(0));
    QVERIFY2(whole.at(0).contains("\"result\":\"done\""), whole.at(0));
    QVERIFY2(whole.at(1).contains("\"command\":\"AT\",") && whole.at(1).contains("\"final\":\"OK\""), whole.at(1));
    for (qsizetype at = 1; at < data.size(); ++at)
        QCOMPARE(joined(decode(cutOnce(capture, 2, at))), joined(whole));
    QCOMPARE(joined(decode(byteByByte(capture, true))), joined(whole));
    QCOMPARE(joined(decode(byteByByte(capture, false))), joined(whole));
    // The module echoes each piece as it comes: its echo between the records.
    const Capture interleaved {
            {true, 1000, command + '\r'},
            {false, 1001, command + "\r\r\n> "},
            {true, 1002, data.first(2)},
            {false, 1002, echo.first(2)},
            {true, 1003, data.sliced(2)},
            {false, 1003, echo.sliced(2) + "\r\nOK\r\n\r\nSEND OK\r\n"},
            {false, 1004, "AT\r\r\nOK\r\n"},
    };
    const QByteArrayList pieces = decode(interleaved);
    QCOMPARE(pieces.size(), 2);
    QVERIFY2(pieces.at(0).contains("\"payloadHex\":\"" + payloadHex + '"') && pieces.at(0).contains("\"result\":\"done\""),
             pieces.at(0));
    QVERIFY2(pieces.at(1).contains("\"final\":\"OK\"") && !pieces.at(1).contains("errors"), pieces.at(1));
}

// A send's data glued to thousands of commands in one TX record, past the
// 64 KiB of a payload: each command waits for the one before and takes its
// own answer (it used to go on at 64 KiB: the send timed out, AT+CSQ took
// its OK). Read once, not per command: linear.
void TestWrittenSplits::aLongGluedRecordPairsEachCommand()
{
    constexpr int Commands = 20000; // 140 000 bytes
    Capture capture {
            {true, 1000, "AT+QISEND=0,4\r"},
            {false, 1001, "AT+QISEND=0,4\r\r\n> "},
            {true, 1002, "abcd" + QByteArray("AT+CSQ\r").repeated(Commands)},
            {false, 1003, "abcd\r\nOK\r\n\r\nSEND OK\r\n"},
    };
    for (int i = 0; i < Commands; ++i)
        capture << Record {false, 1004 + i / 1000, "AT+CSQ\r\r\n+CSQ: 7,0\r\n\r\nOK\r\n"};
    const QByteArrayList decoded = decode(capture);
    QCOMPARE(decoded.size(), Commands + 1);
    QVERIFY2(decoded.first().contains("\"result\":\"done\"") && decoded.first().contains("\"final\":\"OK\""),
             decoded.first());
    for (const QByteArray &csq : decoded.sliced(1)) {
        if (!csq.contains("\"lines\":[\"+CSQ: 7,0\",\"OK\"]") || csq.contains("urcs") || csq.contains("errors"))
            QFAIL(csq.constData());
    }
}

// What waits for the module is bounded by the longest record a capture
// holds: past it the oldest commands go on at once (the send gets "No final
// result before the next command."), instead of being held without end.
void TestWrittenSplits::writtenBytesWaitingForTheModuleHaveABound()
{
    const QByteArray csq = "AT+CSQ\r";
    const qsizetype commands = TrafficDecoder::MaxUnreadWritten / csq.size() + 1000;
    TrafficDecoder decoder(profile::ModuleProfile::bc25());
    decoder.setEventsWanted(false);
    decoder.setTransactionContentsWanted(false);
    qsizetype count = 0;
    QString firstMessage;
    QObject::connect(&decoder, &TrafficDecoder::transactionDecoded, [&](const at::Transaction &t) {
        if (count++ == 0)
            firstMessage = t.message;
    });
    decoder.transmitted("AT+QISEND=0,4\r", 1000);
    decoder.received("AT+QISEND=0,4\r\r\n> ", 1001);
    decoder.transmitted("abcd" + csq.repeated(commands), 1002);
    QVERIFY(count > 0); // the send ended when the bound was passed, not at the end of the input
    QCOMPARE(firstMessage, QStringLiteral("No final result before the next command."));
    decoder.finish();
    QCOMPARE(count, commands + 1);
}

QTEST_GUILESS_MAIN(TestWrittenSplits)
#include "tst_writtensplits.moc"
