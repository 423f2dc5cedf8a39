// SPDX-License-Identifier: MIT
// A long answer on a slow line (adversary pass 10, F13): AT+QIRD=0,1500 at
// 4800 baud takes 3.1 s on the wire, past the command's 3 s limit, while its
// bytes are still arriving. Bytes of the answer restart the limit, as a
// ping's lines restart its own; an answer that never ends still times out,
// within a bound. Live and decoded alike, the log cut anywhere.

#include "livesession.h"

#include "bc25/trafficdecoder.h"
#include "profile/moduleprofile.h"

#include <QTest>
#include <QTimer>

using namespace bc25;
using test::LiveSession;

namespace {

struct Record
{
    bool transmit;
    QByteArray bytes;
    qint64 time;
};

struct Decoded
{
    QList<at::Transaction> transactions;
    QByteArray data;
};

Decoded decode(const QList<Record> &capture, int piece, double timeoutScale = 1.0)
{
    TrafficDecoder decoder(profile::ModuleProfile::bc25());
    decoder.assembler().setTimeoutScale(timeoutScale);
    Decoded out;
    QObject::connect(&decoder, &TrafficDecoder::transactionDecoded,
                     [&out](const at::Transaction &t) { out.transactions << t; });
    QObject::connect(&decoder, &TrafficDecoder::decoded, [&out](const DecodedEvent &e) {
        if (e.kind == DecodedEvent::Kind::Data)
            out.data += e.data;
    });
    for (const Record &r : capture) {
        if (r.transmit) {
            decoder.transmitted(r.bytes, r.time);
            continue;
        }
        const qsizetype step = piece > 0 ? piece : r.bytes.size();
        for (qsizetype i = 0; i < r.bytes.size(); i += step)
            decoder.received(r.bytes.mid(i, step), r.time);
    }
    decoder.finish();
    return out;
}

} // namespace

class TestSlowAnswers : public QObject
{
    Q_OBJECT

private slots:
    void aReadStillArrivingIsNotTimedOut();
    void anAnswerThatNeverEndsStillTimesOut();
    void aSlowReadInALiveSession();
};

void TestSlowAnswers::aReadStillArrivingIsNotTimedOut()
{
    // 1500 bytes in parts of 100, 210 ms apart: the last at 3.25 s, the OK at 3.3 s.
    QList<Record> capture {{true, "AT+QIRD=0,1500\r", 0}, {false, "AT+QIRD=0,1500\r\r\n+QIRD: 1500\r\n", 100}};
    QByteArray payload;
    for (int i = 0; i < 15; ++i) {
        const QByteArray part(100, char('a' + i));
        payload += part;
        capture << Record {false, part, 100 + (i + 1) * 210};
    }
    capture << Record {false, "\r\n\r\nOK\r\n", 3300};
    for (const int piece : {0, 1, 7}) {
        const Decoded d = decode(capture, piece);
        QCOMPARE(d.transactions.size(), 1);
        QCOMPARE(d.transactions.at(0).status, at::Transaction::Status::Ok);
        QCOMPARE(d.data, payload);
    }
}

void TestSlowAnswers::anAnswerThatNeverEndsStillTimesOut()
{
    // A line every second, no final result: the limit restarts up to four
    // times its length from the command's writing (3 s: 12 s), not forever.
    QList<Record> capture {{true, "ATI\r", 0}, {false, "ATI\r\r\nQuectel\r\n", 10}};
    for (int t = 1000; t <= 20000; t += 1000)
        capture << Record {false, "BC25\r\n", t};
    const Decoded d = decode(capture, 0);
    QVERIFY(!d.transactions.isEmpty());
    QCOMPARE(d.transactions.at(0).status, at::Transaction::Status::Timeout);
    QVERIFY2(d.transactions.at(0).finalMs <= 12010, qPrintable(QString::number(d.transactions.at(0).finalMs)));
}

void TestSlowAnswers::aSlowReadInALiveSession()
{
    // The command's 3 s scaled to 150 ms; the answer's 40 bytes come in four
    // parts 70 ms apart (the slow line), 280 ms in all.
    LiveSession s;
    s.engine.setTimeoutScale(0.05);
    s.module->setScript({{"AT+QIRD=0,40", "\r\n+QIRD: 40\r\n"}});
    s.submit("AT+QIRD=0,40");
    QByteArray payload;
    QList<QByteArray> parts;
    for (int i = 0; i < 4; ++i) {
        parts << QByteArray(10, char('a' + i));
        payload += parts.last();
    }
    parts << "\r\n\r\nOK\r\n";
    QTimer slowLine;
    slowLine.setInterval(70);
    QObject::connect(&slowLine, &QTimer::timeout, [&] {
        if (parts.isEmpty())
            return slowLine.stop();
        s.module->send(parts.takeFirst());
    });
    slowLine.start();
    QTRY_COMPARE(s.transactions.size(), 1);
    QCOMPARE(s.transactions.at(0).status, at::Transaction::Status::Ok);
    QCOMPARE(s.data, payload);
    QList<Record> capture;
    for (const LiveSession::Record &r : s.capture)
        capture << Record {r.transmit, r.bytes, r.time};
    for (const int piece : {0, 1, 3}) {
        const Decoded d = decode(capture, piece, 0.05);
        QCOMPARE(d.transactions.size(), 1);
        QCOMPARE(d.transactions.at(0).status, at::Transaction::Status::Ok);
        QCOMPARE(d.data, payload);
    }
}

QTEST_MAIN(TestSlowAnswers)
#include "tst_slowanswers.moc"
