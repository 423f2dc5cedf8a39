// SPDX-License-Identifier: MIT
// The capture format: every byte survives, a file cut short by a crash stays
// readable, and the decoder turns captures and raw logs into the same events.

#include "bc25/trafficdecoder.h"
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
    TrafficDecoder decoder;
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
    void fileCutShortByACrashIsReadAsFarAsItGoes();
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
    TrafficDecoder decoder;
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
#include "tst_capture.moc"
