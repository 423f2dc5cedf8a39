// SPDX-License-Identifier: MIT
// A read under ATV0 (adversary pass 10, F7 and F14). The read's trailer is
// then the data's line end and the number "0" (V.250 6.2.6: information text
// "<text>\r\n", the result code "0\r"), not "\r\n\r\nOK\r\n": a payload of
// the length announced and followed by it is whole, whatever lines it holds
// ("RDY", a command, "attribute=1"); a read that announced more than it
// printed ends before its "0" as it ends before its OK, and one rule takes
// off the same line ends whether the line went quiet or the next command
// came. Live (the engine against a scripted module, whole and byte by byte,
// its capture decoded) and from a raw log, cut at every byte.

#include "livesession.h"

#include <QTest>

using namespace bc25;
using test::LiveSession;
using test::RawDecode;

namespace {

QStringList statuses(const QList<at::Transaction> &transactions)
{
    QStringList out;
    for (const at::Transaction &t : transactions)
        out << QString::fromLatin1(t.command) + u' ' + QLatin1String(at::Transaction::statusName(t.status));
    return out;
}

// A raw log decoded in two pieces cut at `cut`: its payload bytes, how many were cut short, and the statuses.
struct CutDecode
{
    QByteArray data;
    int truncated = 0;
    QStringList finals;
    QStringList kinds;

    CutDecode(const QByteArray &log, qsizetype cut)
    {
        TrafficDecoder decoder(profile::ModuleProfile::bc25());
        QObject::connect(&decoder, &TrafficDecoder::transactionDecoded,
                         [this](const at::Transaction &t) { finals << statuses({t}); });
        QObject::connect(&decoder, &TrafficDecoder::decoded, [this](const DecodedEvent &e) {
            kinds << QLatin1String(DecodedEvent::kindName(e.kind));
            if (e.kind == DecodedEvent::Kind::Data) {
                data += e.data;
                truncated += e.truncated ? 1 : 0;
            }
        });
        decoder.received(log.first(cut));
        decoder.received(log.sliced(cut));
        decoder.finish();
    }
};

const QByteArray Read = "AT+QIRD=0,512";

} // namespace

class TestNumericReads : public QObject
{
    Q_OBJECT
private slots:
    void aTrueReadIsWholeWhateverItHolds_data();
    void aTrueReadIsWholeWhateverItHolds();
    void aRawLogsTrueReadIsWholeCutAnywhere_data();
    void aRawLogsTrueReadIsWholeCutAnywhere();
    void aLyingReadEndsBeforeItsNumber();
    void aLyingReadEndsAtTheSameByteInRawLogs_data();
    void aLyingReadEndsAtTheSameByteInRawLogs();
};

void TestNumericReads::aTrueReadIsWholeWhateverItHolds_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("byteByByte");
    for (const bool byteByByte : {false, true}) {
        const char *split = byteByByte ? "byte by byte" : "whole";
        // A remote peer may send "\r\nRDY\r\n": data, not the module restarting.
        QTest::addRow("RDY line, %s", split) << QByteArray("xx\r\nRDY\r\nyy") << byteByByte;
        QTest::addRow("our next command, %s", split) << QByteArray("hello\r\nAT\r\nbye") << byteByByte;
        QTest::addRow("numbers, %s", split) << QByteArray("\r\n0\r\n4\r") << byteByByte;
    }
}

void TestNumericReads::aTrueReadIsWholeWhateverItHolds()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, byteByByte);
    LiveSession s;
    s.module->setByteByByte(byteByByte);
    s.engine.setQuietFlushMs(50);
    s.module->setScript({{"ATV0", "0\r"},
                         {Read, "+QIRD: " + QByteArray::number(payload.size()) + "\r\n" + payload + "\r\n0\r"},
                         {"AT", "0\r"}});
    s.submit("ATV0");
    s.submit(Read);
    s.submit("AT");
    QTRY_COMPARE(s.transactions.size(), 3);
    const QStringList expected {"ATV0 OK", "AT+QIRD=0,512 OK", "AT OK"};
    QCOMPARE(statuses(s.transactions), expected);
    QCOMPARE(s.data, payload);
    QVERIFY(!s.engine.settings().verboseResults); // no restart was read into the data
    QCOMPARE(statuses(s.decoded()), expected);
}

void TestNumericReads::aRawLogsTrueReadIsWholeCutAnywhere_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("RDY line") << QByteArray("xx\r\nRDY\r\nyy");
    QTest::newRow("a command line") << QByteArray("hello\r\nAT+CSQ\r\nbye");
    QTest::newRow("a line starting at") << QByteArray("hello\r\nattribute=1\r\nbye");
}

void TestNumericReads::aRawLogsTrueReadIsWholeCutAnywhere()
{
    QFETCH(QByteArray, payload);
    const QByteArray log = "ATV0\r0\r" + Read + "\r+QIRD: " + QByteArray::number(payload.size()) + "\r\n" + payload
                           + "\r\n0\rAT+CSQ\r+CSQ: 22,0\r\n0\r";
    const QStringList expected {"ATV0 OK", "AT+QIRD=0,512 OK", "AT+CSQ OK"};
    for (qsizetype cut = 0; cut <= log.size(); ++cut) {
        const CutDecode d(log, cut);
        QVERIFY2(d.data == payload && d.truncated == 0, qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(QString::fromLatin1(d.data))));
        QCOMPARE(d.finals, expected);
        QVERIFY2(!d.kinds.contains(QLatin1String("unknown")), qPrintable(d.kinds.join(u',')));
    }
    const RawDecode byteByByte(log);
    QCOMPARE(byteByByte.data, payload);
    QCOMPARE(statuses(byteByByte.transactions), expected);
}

// "+QIRD: 100" and ten bytes, then the read's "0": the ten bytes, and the "0" is the read's final.
void TestNumericReads::aLyingReadEndsBeforeItsNumber()
{
    for (const bool byteByByte : {false, true}) {
        LiveSession s;
        s.module->setByteByByte(byteByByte);
        s.engine.setQuietFlushMs(50);
        s.module->setScript({{"ATV0", "0\r"}, {Read, "+QIRD: 100\r\n0123456789\r\n0\r"}, {"AT", "0\r"}});
        s.submit("ATV0");
        s.submit(Read);
        QTRY_COMPARE(s.transactions.size(), 2);
        s.submit("AT");
        QTRY_COMPARE(s.transactions.size(), 3);
        QCOMPARE(statuses(s.transactions), (QStringList {"ATV0 OK", "AT+QIRD=0,512 OK", "AT OK"}));
        QCOMPARE(s.data, QByteArray("0123456789"));
    }
}

// The next command's echo ends the lying count in a raw log: the data end
// where the quiet line ends them live, under ATV1 as under ATV0.
void TestNumericReads::aLyingReadEndsAtTheSameByteInRawLogs_data()
{
    QTest::addColumn<QByteArray>("log");
    QTest::newRow("ATV0") << QByteArray("ATV0\r0\rAT+QIRD=0,512\r+QIRD: 100\r\n0123456789\r\n0\rAT+CSQ\r+CSQ: 22,0\r\n0\r");
    QTest::newRow("ATV1") << QByteArray("AT+QIRD=0,512\r\r\n+QIRD: 100\r\n0123456789\r\n\r\nOK\r\nAT+CSQ\r\r\n+CSQ: 22,0\r\n\r\nOK\r\n");
}

void TestNumericReads::aLyingReadEndsAtTheSameByteInRawLogs()
{
    QFETCH(QByteArray, log);
    for (qsizetype cut = 0; cut <= log.size(); ++cut) {
        const CutDecode d(log, cut);
        QVERIFY2(d.data == "0123456789", qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(QString::fromLatin1(d.data.toHex()))));
        QCOMPARE(d.finals.value(d.finals.size() - 2), QStringLiteral("AT+QIRD=0,512 OK"));
        QCOMPARE(d.finals.constLast(), QStringLiteral("AT+CSQ OK"));
    }
}

QTEST_GUILESS_MAIN(TestNumericReads)
#include "tst_numericreads.moc"
