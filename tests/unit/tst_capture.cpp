// SPDX-License-Identifier: MIT
// The capture format: every byte survives, a file cut short by a crash stays
// readable, and the decoder turns captures and raw logs into the same events.

#include "bc25/trafficdecoder.h"
#include "profile/moduleprofile.h"
#include "capture/captureformat.h"
#include "capture/capturereader.h"
#include "capture/capturewriter.h"
#include "manualexamples.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace bc25;
using namespace bc25::capture;

namespace {

QList<DecodedEvent> decodeRaw(const QByteArray &bytes, bool byteByByte = false)
{
    TrafficDecoder decoder(profile::ModuleProfile::bc25());
    QList<DecodedEvent> events;
    QObject::connect(&decoder, &TrafficDecoder::decoded, [&](const DecodedEvent &e) { events << e; });
    if (byteByByte) {
        for (const char c : bytes)
            decoder.received(QByteArray(1, c));
    } else {
        decoder.received(bytes);
    }
    decoder.finish();
    return events;
}

QStringList kinds(const QList<DecodedEvent> &events)
{
    QStringList out;
    for (const DecodedEvent &e : events)
        out << QLatin1String(DecodedEvent::kindName(e.kind)) + (e.name.isEmpty() ? QString() : u':' + QString::fromLatin1(e.name));
    return out;
}

} // namespace

class TestCapture : public QObject
{
    Q_OBJECT

private slots:
    void everyByteSurvivesEscaping();
    void writerAndReaderRoundTrip();
    void aRecordHasABound();
    void fileCutShortByACrashIsReadAsFarAsItGoes();
    void damagedRecordsAreNamedByLine_data();
    void damagedRecordsAreNamedByLine();
    void headerSaysWhatTheInputIs_data();
    void headerSaysWhatTheInputIs();
    void textThatIsNotUtf8KeepsItsBytes();
    void rawLogOfTheManualDecodesToKinds();
    void decodedEventsAreSplitIndependent();
    void captureWithTransmitRecordsRecognisesEchoAndPayload();
    void jsonCarriesNumbersAsNumbersAndErrorsInWords();
};

void TestCapture::everyByteSurvivesEscaping()
{
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all += char(i);
    const QByteArray escaped = CaptureFormat::escape(all);
    QVERIFY(!escaped.contains('\n'));
    QVERIFY(!escaped.contains('\r'));
    QCOMPARE(CaptureFormat::unescape(escaped), all);
    QCOMPARE(CaptureFormat::escape("a\\b\r\n"), QByteArray("a\\\\b\\r\\n"));
    QCOMPARE(CaptureFormat::unescape("\\q\\x4"), QByteArray("\\q\\x4")); // not ours: kept literally
}

void TestCapture::writerAndReaderRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.bc25cap"));
    const QList<CaptureRecord> records {
        {1764000000000, CaptureRecord::Direction::Transmit, "AT+QISTATE?\r"},
        {1764000000008, CaptureRecord::Direction::Receive, QByteArray("\r\n+QIRD: 2\r\n\x00\xff\r\nOK\r\n", 19)},
        {1764000000009, CaptureRecord::Direction::Note, "connected to /dev/ttyUSB0"},
    };
    {
        CaptureWriter writer;
        QVERIFY(writer.open(path));
        for (const CaptureRecord &r : records)
            QVERIFY(writer.write(r));
    }
    QList<CaptureRecord> read;
    QString error;
    QVERIFY(CaptureReader::readFile(path, &read, &error));
    QCOMPARE(read, records);
    QVERIFY(!CaptureReader::readFile(dir.filePath(QStringLiteral("missing")), &read, &error));
    QVERIFY(error.contains(QLatin1String("missing")));

    // Another version is refused with the reason; a damaged record is listed by its line.
    QFile next(dir.filePath(QStringLiteral("next.bc25cap")));
    QVERIFY(next.open(QIODevice::WriteOnly));
    next.write("#bc25-capture 2\n1 RX OK\n");
    next.close();
    QVERIFY(!CaptureReader::readFile(next.fileName(), &read, &error));
    QVERIFY(error.contains(QLatin1String("#bc25-capture 2")));
    QFile damaged(dir.filePath(QStringLiteral("damaged.bc25cap")));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(CaptureFormat::Magic.toByteArray() + "\n1 RX OK\nRX\n2 RX RDY\n");
    damaged.close();
    QList<CaptureRecord> partly;
    QList<CaptureReader::Problem> problems;
    QVERIFY(CaptureReader::readFile(damaged.fileName(), &partly, &error, &problems));
    QCOMPARE(partly.size(), 2);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).line, 3);
}

void TestCapture::fileCutShortByACrashIsReadAsFarAsItGoes()
{
    QByteArray file = CaptureFormat::Magic.toByteArray() + "\n"
            + CaptureFormat::formatRecord({1, CaptureRecord::Direction::Receive, "\r\nOK\r\n"})
            + "garbage line\n"
            + "12 RX \\r\\nRD"; // the crash cut this record
    QBuffer buffer(&file);
    buffer.open(QIODevice::ReadOnly);
    CaptureReader reader(&buffer);
    CaptureRecord record;
    QVERIFY(reader.next(&record));
    QCOMPARE(record.bytes, QByteArray("\r\nOK\r\n"));
    QVERIFY(reader.next(&record));
    QCOMPARE(record.bytes, QByteArray("\r\nRD"));
    QVERIFY(!reader.next(&record));
    QCOMPARE(reader.malformedLines(), 1);
    QCOMPARE(reader.problems().size(), 1);
    QCOMPARE(reader.problems().at(0).line, 3);

    // Cut inside an escape: what is whole is kept, and it is no damage.
    QByteArray cut = CaptureFormat::Magic.toByteArray() + "\n12 RX OK\\r\\x0";
    QBuffer cutBuffer(&cut);
    cutBuffer.open(QIODevice::ReadOnly);
    CaptureReader cutReader(&cutBuffer);
    QVERIFY(cutReader.next(&record));
    QCOMPARE(record.bytes, QByteArray("OK\r"));
    QVERIFY(cutReader.problems().isEmpty());
}

void TestCapture::damagedRecordsAreNamedByLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("what");
    QTest::newRow("no time") << QByteArray("x12 RX OK") << QStringLiteral("time");
    QTest::newRow("no direction") << QByteArray("12 QQ OK") << QStringLiteral("direction");
    QTest::newRow("time alone") << QByteArray("12") << QStringLiteral("direction");
    QTest::newRow("bad escape") << QByteArray("12 RX \\r\\nOK\\q") << QStringLiteral("escape");
    QTest::newRow("short hex escape") << QByteArray("12 RX \\x4G") << QStringLiteral("escape");
    // escape() writes printable ASCII only; the clock's time is never before the epoch.
    QTest::newRow("raw 0xFF") << QByteArray("12 RX O\xffK") << QStringLiteral("writes escaped");
    QTest::newRow("raw 0x00") << QByteArray("12 TX AT\0\\r", 11) << QStringLiteral("writes escaped");
    QTest::newRow("raw tab") << QByteArray("12 RX \tOK") << QStringLiteral("writes escaped");
    QTest::newRow("negative time") << QByteArray("-5 RX AT\\r\\r\\nOK\\r\\n") << QStringLiteral("negative");
}

void TestCapture::damagedRecordsAreNamedByLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, what);
    QByteArray file = CaptureFormat::Magic.toByteArray() + "\n# a comment\n"
            + CaptureFormat::formatRecord({1, CaptureRecord::Direction::Receive, "\r\nOK\r\n"})
            + line + "\n"
            + CaptureFormat::formatRecord({2, CaptureRecord::Direction::Receive, "\r\nRDY\r\n"});
    QBuffer buffer(&file);
    buffer.open(QIODevice::ReadOnly);
    CaptureReader reader(&buffer);
    CaptureRecord record;
    QList<QByteArray> read;
    while (reader.next(&record))
        read << record.bytes;
    // The damaged record is skipped, never silently: its line and what is wrong.
    QCOMPARE(read, (QList<QByteArray> {"\r\nOK\r\n", "\r\nRDY\r\n"}));
    QCOMPARE(reader.malformedLines(), 1);
    QCOMPARE(reader.problems().size(), 1);
    QCOMPARE(reader.problems().at(0).line, 4);
    QVERIFY2(reader.problems().at(0).what.contains(what), qPrintable(reader.problems().at(0).what));
}

void TestCapture::headerSaysWhatTheInputIs_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("kind");
    using Kind = CaptureFormat::Kind;
    QTest::newRow("capture") << QByteArray("#bc25-capture 1\n1 RX OK\n") << int(Kind::Capture);
    QTest::newRow("capture, CR LF") << QByteArray("#bc25-capture 1\r\n") << int(Kind::Capture);
    QTest::newRow("capture, trailing space") << QByteArray("#bc25-capture 1 \n1 RX x\n") << int(Kind::Capture);
    QTest::newRow("capture, trailing tab and CR") << QByteArray("#bc25-capture 1\t\r\n") << int(Kind::Capture);
    QTest::newRow("next version") << QByteArray("#bc25-capture 2\n1 RX OK\n") << int(Kind::OtherVersion);
    QTest::newRow("version 10") << QByteArray("#bc25-capture 10\n") << int(Kind::OtherVersion);
    QTest::newRow("flipped byte") << QByteArray("#bc25-captuRe 1\n1 RX OK\n") << int(Kind::DamagedHeader);
    QTest::newRow("header missing") << QByteArray("1764006663123 TX AT\\r\n") << int(Kind::DamagedHeader);
    QTest::newRow("raw log") << QByteArray("\r\nRDY\r\n") << int(Kind::RawLog);
    QTest::newRow("raw log with echo") << QByteArray("AT+QISTATE?\r\r\nOK\r\n") << int(Kind::RawLog);
    QTest::newRow("empty") << QByteArray() << int(Kind::RawLog);
}

void TestCapture::headerSaysWhatTheInputIs()
{
    QFETCH(QByteArray, head);
    QFETCH(int, kind);
    QCOMPARE(int(CaptureFormat::classify(head)), kind);
    QCOMPARE(CaptureReader::headerProblem(head).isEmpty(),
             kind == int(CaptureFormat::Kind::Capture) || kind == int(CaptureFormat::Kind::RawLog));
    if (kind == int(CaptureFormat::Kind::OtherVersion) || kind == int(CaptureFormat::Kind::DamagedHeader))
        QVERIFY(CaptureReader::headerProblem(head).startsWith(QLatin1String("line 1:")));
}

void TestCapture::textThatIsNotUtf8KeepsItsBytes()
{
    // Noise on the line (a wrong baud rate) and a Latin-1 answer: the text
    // shows U+FFFD, the bytes stay recoverable as hex.
    const QByteArray noise("\xff\xfe\x80garbage", 10);
    const QList<DecodedEvent> events = decodeRaw("\r\n" + noise + "\r\nAT+X=\"\xe9\"\r\r\nOK\r\n");
    QCOMPARE(kinds(events), (QStringList {"unknown", "echo", "final:OK"}));
    const QJsonObject unknown = events.at(0).toJson();
    QCOMPARE(unknown.value(QLatin1String("hex")).toString(), QString::fromLatin1(noise.toHex()));
    QVERIFY(unknown.value(QLatin1String("text")).toString().contains(QChar::ReplacementCharacter));
    QCOMPARE(QByteArray::fromHex(events.at(1).toJson().value(QLatin1String("hex")).toString().toLatin1()),
             QByteArray("AT+X=\"\xe9\""));
    // UTF-8 text needs no copy of its bytes.
    QVERIFY(!events.at(2).toJson().contains(QLatin1String("hex")));
    QVERIFY(!decodeRaw("\r\nCafé ☕\r\n").at(0).toJson().contains(QLatin1String("hex")));
}

void TestCapture::rawLogOfTheManualDecodesToKinds()
{
    const test::ManualExample example = test::manualExamples().at(2); // 4.1.3
    const QStringList got = kinds(decodeRaw(example.stream()));
    QCOMPARE(got.mid(0, 6), (QStringList {"urc:QIURC", "echo", "response:QIRD", "data", "final:OK", "echo"}));
    QVERIFY(!got.contains(QStringLiteral("unknown")));
    // the viewmode-1 read at the end is cut by the settings learnt from the echoed QICFG
    QCOMPARE(got.mid(got.size() - 4), (QStringList {"echo", "response:QIRD", "data", "final:OK"}));
    for (const test::ManualExample &each : test::manualExamples()) {
        const QStringList all = kinds(decodeRaw(each.stream()));
        QVERIFY2(!all.contains(QStringLiteral("unknown")), each.section);
    }
}

void TestCapture::decodedEventsAreSplitIndependent()
{
    for (const test::ManualExample &example : test::manualExamples()) {
        const QList<DecodedEvent> whole = decodeRaw(example.stream());
        const QList<DecodedEvent> bytes = decodeRaw(example.stream(), true);
        QCOMPARE(kinds(bytes), kinds(whole));
        for (int i = 0; i < whole.size(); ++i) {
            QCOMPARE(bytes.at(i).offset, whole.at(i).offset);
            QCOMPARE(bytes.at(i).data, whole.at(i).data);
        }
    }
}

void TestCapture::captureWithTransmitRecordsRecognisesEchoAndPayload()
{
    TrafficDecoder decoder(profile::ModuleProfile::bc25());
    QList<DecodedEvent> events;
    connect(&decoder, &TrafficDecoder::decoded, this, [&](const DecodedEvent &e) { events << e; });
    const QByteArray payload("AT+X\r\nOK\r\n", 10); // payload that looks like a command and a result
    decoder.transmitted("AT+QISEND=0,10\r");
    decoder.received("AT+QISEND=0,10\r\r\n> ");
    decoder.transmitted(payload);
    decoder.received(payload + "\r\nOK\r\n\r\nSEND OK\r\n");
    decoder.finish();
    QCOMPARE(kinds(events), (QStringList {"echo", "prompt", "echo", "final:OK", "final:SEND OK"}));
    QCOMPARE(events.at(0).text, QByteArray("AT+QISEND=0,10"));
    QCOMPARE(events.at(2).text, QByteArray("AT+X\r\nOK\r\n"));
}

void TestCapture::jsonCarriesNumbersAsNumbersAndErrorsInWords()
{
    const QList<DecodedEvent> events = decodeRaw(
            "\r\n+QIOPEN: 1,566\r\n\r\n+QIURC: \"incoming\",2,0,\"192.168.2.2\",36566\r\n\r\n+CME ERROR: 50\r\n");
    QCOMPARE(events.size(), 3);
    const QJsonObject open = events.at(0).toJson();
    QCOMPARE(open.value(QLatin1String("kind")).toString(), QStringLiteral("urc"));
    QCOMPARE(open.value(QLatin1String("name")).toString(), QStringLiteral("QIOPEN"));
    QCOMPARE(open.value(QLatin1String("fields")).toArray().at(1).toInt(), 566);
    QCOMPARE(open.value(QLatin1String("error")).toString(), QStringLiteral("Socket connect failed"));
    const QJsonArray incoming = events.at(1).toJson().value(QLatin1String("fields")).toArray();
    QCOMPARE(incoming.at(0).toString(), QStringLiteral("incoming"));
    QCOMPARE(incoming.at(3).toString(), QStringLiteral("192.168.2.2"));
    QCOMPARE(incoming.at(4).toInt(), 36566);
    QCOMPARE(events.at(2).toJson().value(QLatin1String("name")).toString(), QStringLiteral("CME ERROR"));
    QVERIFY(events.at(2).toJson().value(QLatin1String("error")).toString().contains(QLatin1String("Incorrect parameters")));
}

QTEST_GUILESS_MAIN(TestCapture)
// A record is bounded: the writer splits a larger write into records of
// CaptureRecord::MaxBytes, and the reader reports a longer line as damaged
// and reads on, never holding it whole (a 16 MiB record took 45 MB).
void TestCapture::aRecordHasABound()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.bc25cap"));
    QByteArray big(CaptureRecord::MaxBytes * 2 + 100, 'y');
    {
        CaptureWriter writer;
        QVERIFY(writer.open(path));
        QVERIFY(writer.write({1764000000000, CaptureRecord::Direction::Receive, big}));
    }
    QList<CaptureRecord> read;
    QString error;
    QVERIFY(CaptureReader::readFile(path, &read, &error));
    QCOMPARE(read.size(), 3);
    QCOMPARE(read.at(0).bytes + read.at(1).bytes + read.at(2).bytes, big);

    // The bound is the line's, and the refusal names it: a line of exactly
    // MaxLineLength characters is read, one more is damage.
    const QByteArray head = "1764000000000 RX ";
    const QByteArray longest = QByteArray(CaptureRecord::MaxLineLength - head.size(), 'w');
    QByteArray file = "#bc25-capture 1\n" + head + longest + '\n' + head + longest + "z\n1764000000001 RX OK\n";
    QBuffer buffer(&file);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    buffer.readLine();
    CaptureReader reader(&buffer);
    CaptureRecord record;
    QVERIFY(reader.next(&record));
    QCOMPARE(record.bytes, longest);
    QVERIFY(reader.next(&record));
    QCOMPARE(record.bytes, QByteArray("OK"));
    QVERIFY(!reader.next(&record));
    QCOMPARE(reader.malformedLines(), 1);
    QCOMPARE(reader.problems().size(), 1);
    QVERIFY2(reader.problems().at(0).what.contains(QLatin1String("longer than a capture holds")),
             qPrintable(reader.problems().at(0).what));
    QVERIFY2(reader.problems().at(0).what.contains(QString::number(CaptureRecord::MaxLineLength)),
             qPrintable(reader.problems().at(0).what));
    QCOMPARE(reader.problems().at(0).line, 2);
}

#include "tst_capture.moc"
