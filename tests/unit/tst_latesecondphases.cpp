// SPDX-License-Identifier: MIT
// Second phases that timed out, and the newer ones after them (adversary pass
// 10, F6 and F10): a timed-out operation's late line is its own only while it
// can still come. A newer send the module accepted ends an older send's claim
// (one send at a time, manual 4.1.2); a ping's echo naming another address is
// not this ping's; where the lines cannot tell two operations apart (CLOSE OK,
// a lookup's answer, an NTP time) the answer says so, and a close asks the
// module which sockets are open. Live and decoded alike, the log cut anywhere.

#include "livesession.h"

#include "bc25/commands.h"
#include "bc25/trafficdecoder.h"
#include "profile/moduleprofile.h"
#include "session/commandrunner.h"
#include "session/sockettable.h"

#include <QSignalSpy>
#include <QTest>

using namespace bc25;
using test::LiveSession;
using test::ScriptStep;

namespace {

struct Record
{
    bool transmit;
    QByteArray bytes;
    qint64 time;
};
using Capture = QList<Record>;

// What the decoder made of a capture: its transactions and its late results.
struct Decoded
{
    QList<at::Transaction> transactions;
    QList<QByteArray> lateFor; // the command each late line was tied to
    int unknownLines = 0;

    // The transaction of `command` (the n-th written with that text).
    [[nodiscard]] at::Transaction of(const QByteArray &command, int n = 0) const
    {
        for (const at::Transaction &t : transactions) {
            if (t.command == command && n-- == 0)
                return t;
        }
        return {};
    }
};

// The capture decoded as bc25-decode reads it, the module's output cut into
// pieces of `piece` bytes (0: each record whole): a capture may cut anywhere.
Decoded decode(const Capture &capture, int piece, double timeoutScale = 1.0)
{
    TrafficDecoder decoder(profile::ModuleProfile::bc25());
    decoder.assembler().setTimeoutScale(timeoutScale);
    Decoded out;
    QObject::connect(&decoder, &TrafficDecoder::transactionDecoded,
                     [&out](const at::Transaction &t) { out.transactions << t; });
    QObject::connect(&decoder.assembler(), &at::TransactionAssembler::lateResult,
                     [&out](const at::ResultLine &, const QByteArray &command) { out.lateFor << command; });
    QObject::connect(&decoder.assembler(), &at::TransactionAssembler::unknownLine, [&out] { ++out.unknownLines; });
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

Capture captureOf(const LiveSession &s)
{
    Capture out;
    for (const LiveSession::Record &r : s.capture)
        out << Record {r.transmit, r.bytes, r.time};
    return out;
}

// A command written at `time` and its echo, then the module's answer 10 ms later.
void exchange(Capture &capture, qint64 time, const QByteArray &command, const QByteArray &answer)
{
    capture << Record {true, command + '\r', time} << Record {false, command + "\r" + answer, time + 10};
}

const QList<int> Pieces {0, 1, 2, 3, 7};

} // namespace

class TestLateSecondPhases : public QObject
{
    Q_OBJECT

private slots:
    void aNewerSendAcceptedEndsALostSendOksClaim_data();
    void aNewerSendAcceptedEndsALostSendOksClaim();
    void aLostSendOkDoesNotShiftTheLiveSessionsSends();
    void lateAnswersOfLookupsPingsClosesAndTimes();
    void anAmbiguousCloseAsksTheModule();
    void aLatePingEchoFromAnotherAddressIsTheOlderPings();
};

void TestLateSecondPhases::aNewerSendAcceptedEndsALostSendOksClaim_data()
{
    QTest::addColumn<int>("secondSocket");
    QTest::addColumn<bool>("closeBetween");
    QTest::addRow("same socket") << 0 << false;
    QTest::addRow("another socket") << 1 << false;
    QTest::addRow("another socket, the first closed") << 1 << true;
}

void TestLateSecondPhases::aNewerSendAcceptedEndsALostSendOksClaim()
{
    // F6: socket 0's SEND OK was lost on the line (its send timed out); every
    // later send, minutes apart, is answered SEND OK 20 ms after its OK. Each
    // is the later send's own: the module took it, so the first had ended.
    QFETCH(int, secondSocket);
    QFETCH(bool, closeBetween);
    Capture capture;
    exchange(capture, 0, "AT+QIOPEN=1,0,\"TCP\",\"1.2.3.4\",80,0,0", "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n");
    exchange(capture, 100, "AT+QIOPEN=1,1,\"TCP\",\"1.2.3.4\",81,0,0", "\r\nOK\r\n\r\n+QIOPEN: 1,0\r\n");
    exchange(capture, 1000, "AT+QISEND=0,3,\"aaa\"", "\r\nOK\r\n"); // its SEND OK lost
    qint64 t = 1000;
    if (closeBetween) {
        t += 60000;
        exchange(capture, t, "AT+QICLOSE=0", "\r\nOK\r\n\r\nCLOSE OK\r\n");
        capture << Record {false, "\r\nSEND OK\r\n", t + 100}; // no send waits: not aaa's either
    }
    const QByteArray socket = QByteArray::number(secondSocket);
    const QList<QByteArray> later {"AT+QISEND=" + socket + ",3,\"bbb\"", "AT+QISEND=" + socket + ",3",
                                   "AT+QISEND=" + socket + ",3,\"ddd\""};
    for (const QByteArray &send : later) {
        t += 300000;
        if (send.endsWith(",3")) { // the form with a prompt: accepted by its "> "
            exchange(capture, t, send, "\r\n> ");
            capture << Record {true, "ccc", t + 20} << Record {false, "ccc\r\nOK\r\n\r\nSEND OK\r\n", t + 30};
        } else {
            exchange(capture, t, send, "\r\nOK\r\n");
            capture << Record {false, "\r\nSEND OK\r\n", t + 30};
        }
    }
    for (const int piece : Pieces) {
        const Decoded d = decode(capture, piece);
        QCOMPARE(d.of("AT+QISEND=0,3,\"aaa\"").operation.status, at::OperationResult::Status::Timeout);
        for (const QByteArray &send : later)
            QCOMPARE(d.of(send).operation.status, at::OperationResult::Status::Done);
        QCOMPARE(d.lateFor, QList<QByteArray> {});
        QCOMPARE(d.unknownLines, closeBetween ? 1 : 0);
    }
}

void TestLateSecondPhases::aLostSendOkDoesNotShiftTheLiveSessionsSends()
{
    // F6 in a session that goes on after a failed send (the GUI's): the next
    // sends, on another socket and on the same one, end by their own SEND OK.
    LiveSession s;
    s.engine.setTimeoutScale(0.05); // a send's 30 s: 1.5 s
    QSignalSpy late(&s.engine, &at::CommandEngine::lateOperationResult);
    const CommandCatalog &catalog = s.engine.profile().catalog();
    const at::AtCommand lost = Commands::send(catalog, 0, "aaa", SendForm::FixedLength).command;
    const at::AtCommand prompted = Commands::send(catalog, 1, "bbb", SendForm::FixedLength).command;
    const at::AtCommand inlined = Commands::send(catalog, 0, "ccc", SendForm::InlineText).command;
    s.module->setScript({{lost.text, "\r\n> ", 3, "\r\nOK\r\n"}});
    s.engine.submit(lost);
    QTRY_COMPARE_WITH_TIMEOUT(s.transactions.size(), 1, 5000);
    QCOMPARE(s.transactions.at(0).operation.status, at::OperationResult::Status::Timeout);
    s.module->setScript({{prompted.text, "\r\n> ", 3, "\r\nOK\r\n\r\nSEND OK\r\n"},
                         {inlined.text, "\r\nOK\r\n\r\nSEND OK\r\n"}});
    s.engine.submit(prompted);
    s.engine.submit(inlined);
    QTRY_COMPARE(s.transactions.size(), 3);
    QCOMPARE(s.transactions.at(1).command, prompted.text);
    QCOMPARE(s.transactions.at(1).operation.status, at::OperationResult::Status::Done);
    QCOMPARE(s.transactions.at(2).command, inlined.text);
    QCOMPARE(s.transactions.at(2).operation.status, at::OperationResult::Status::Done);
    QCOMPARE(late.count(), 0);
    QCOMPARE(s.unknownLines, 0);
    QCOMPARE(s.module->mismatches(), QStringList {});
    for (const int piece : Pieces) {
        const Decoded d = decode(captureOf(s), piece, 0.05);
        QCOMPARE(d.of(lost.text).operation.status, at::OperationResult::Status::Timeout);
        QCOMPARE(d.of(prompted.text).operation.status, at::OperationResult::Status::Done);
        QCOMPARE(d.of(inlined.text).operation.status, at::OperationResult::Status::Done);
        QCOMPARE(d.lateFor, QList<QByteArray> {});
        QCOMPARE(d.unknownLines, 0);
    }
}

void TestLateSecondPhases::lateAnswersOfLookupsPingsClosesAndTimes()
{
    // F10: a lookup, a ping, a close and a time sync each timed out, and their
    // late answer came while a newer one of the same kind waited. A ping's
    // echo names its address: the late one is told apart. A lookup's answer,
    // a CLOSE OK and an NTP time name nothing: the newer one takes the first
    // and says in words that it may be the older's (not paired silently).
    Capture capture;
    exchange(capture, 0, "AT+QIDNSGIP=1,\"a.example\"", "\r\nOK\r\n"); // no answer in time
    exchange(capture, 100000, "AT+QIDNSGIP=1,\"b.example\"", "\r\nOK\r\n");
    capture << Record {false, "\r\n+QIURC: \"dnsgip\",0,1,600\r\n\r\n+QIURC: \"dnsgip\",\"10.0.0.1\"\r\n", 100500}
            << Record {false, "\r\n+QIURC: \"dnsgip\",0,1,600\r\n\r\n+QIURC: \"dnsgip\",\"10.0.0.2\"\r\n", 100900};
    exchange(capture, 200000, "AT+QPING=1,\"10.9.9.9\",1,1", "\r\nOK\r\n"); // no answer in time
    exchange(capture, 300000, "AT+QPING=1,\"10.0.0.2\",1,1", "\r\nOK\r\n");
    capture << Record {false, "\r\n+QPING: 0,10.9.9.9,32,900,255\r\n\r\n+QPING: 2,1,1,0,900,900,900\r\n", 300100}
            << Record {false, "\r\n+QPING: 0,10.0.0.2,32,30,255\r\n\r\n+QPING: 2,1,1,0,30,30,30\r\n", 300200};
    for (const int i : {0, 1}) {
        const QByteArray id = QByteArray::number(i);
        exchange(capture, 400000 + i * 100, "AT+QIOPEN=1," + id + ",\"TCP\",\"1.2.3.4\",80,0,0",
                 "\r\nOK\r\n\r\n+QIOPEN: " + id + ",0\r\n");
    }
    exchange(capture, 401000, "AT+QICLOSE=0", "\r\nOK\r\n"); // no CLOSE OK in time
    exchange(capture, 420000, "AT+QICLOSE=1", "\r\nOK\r\n");
    capture << Record {false, "\r\nCLOSE OK\r\n", 420500} << Record {false, "\r\nCLOSE OK\r\n", 421000};
    exchange(capture, 430000, "AT+QNTTP=1,\"10.9.9.9\"", "\r\nOK\r\n"); // no answer in time
    exchange(capture, 600000, "AT+QNTTP=1,\"10.0.0.2\"", "\r\nOK\r\n");
    capture << Record {false, "\r\n+QNTTP: 0,\"20/01/01,00:00:00+00\"\r\n", 600100};
    const auto lines = [](const at::Transaction &t) {
        QList<QByteArray> out;
        for (const at::ResultLine &line : t.operation.lines)
            out << line.text;
        return out;
    };
    for (const int piece : Pieces) {
        const Decoded d = decode(capture, piece);
        QCOMPARE(d.of("AT+QIDNSGIP=1,\"a.example\"").operation.status, at::OperationResult::Status::Timeout);
        const at::Transaction b = d.of("AT+QIDNSGIP=1,\"b.example\"");
        QCOMPARE(b.operation.status, at::OperationResult::Status::Done);
        QVERIFY2(b.operation.message.contains("Ambiguous") && b.operation.message.contains("a.example"),
                 qPrintable(b.operation.message));

        QCOMPARE(d.of("AT+QPING=1,\"10.9.9.9\",1,1").operation.status, at::OperationResult::Status::Timeout);
        const at::Transaction ping = d.of("AT+QPING=1,\"10.0.0.2\",1,1");
        QCOMPARE(ping.operation.status, at::OperationResult::Status::Done);
        QCOMPARE(lines(ping), (QList<QByteArray> {"+QPING: 0,10.0.0.2,32,30,255", "+QPING: 2,1,1,0,30,30,30"}));
        QCOMPARE(ping.operation.message, QString());
        QCOMPARE(d.lateFor.count("AT+QPING=1,\"10.9.9.9\",1,1"), 2); // its echo and summary, late

        QCOMPARE(d.of("AT+QICLOSE=0").operation.status, at::OperationResult::Status::Timeout);
        const at::Transaction close = d.of("AT+QICLOSE=1");
        QCOMPARE(close.operation.status, at::OperationResult::Status::Done);
        QVERIFY2(close.operation.message.contains("AT+QICLOSE=0"), qPrintable(close.operation.message));
        QCOMPARE(d.lateFor.count("AT+QICLOSE=0"), 1); // the second CLOSE OK: both sockets closed

        const at::Transaction ntp = d.of("AT+QNTTP=1,\"10.0.0.2\"");
        QCOMPARE(ntp.operation.status, at::OperationResult::Status::Done);
        QVERIFY2(ntp.operation.message.contains("AT+QNTTP=1,\"10.9.9.9\""), qPrintable(ntp.operation.message));
        QCOMPARE(d.unknownLines, 0);
    }
}

void TestLateSecondPhases::anAmbiguousCloseAsksTheModule()
{
    // F10, live: socket 0's close timed out; socket 1's close took the next
    // CLOSE OK, which may have been socket 0's: the table asks AT+QISTATE?.
    LiveSession s;
    s.engine.setTimeoutScale(0.05); // a close's 12 s: 0.6 s
    CommandRunner runner(&s.engine);
    SocketTable table(&runner);
    QSignalSpy ambiguous(&s.engine, &at::CommandEngine::ambiguousOperationAnswer);
    s.module->setScript({{"AT+QICLOSE=0", "\r\nOK\r\n"}});
    s.submit("AT+QICLOSE=0");
    QTRY_COMPARE_WITH_TIMEOUT(s.transactions.size(), 1, 5000);
    QCOMPARE(s.transactions.at(0).operation.status, at::OperationResult::Status::Timeout);
    s.module->setScript({{"AT+QICLOSE=1", "\r\nOK\r\n\r\nCLOSE OK\r\n"},
                         {"AT+QISTATE?", "\r\n+QISTATE: 1,\"TCP\",\"1.2.3.4\",80,0,2,1,0\r\n\r\nOK\r\n"}});
    s.submit("AT+QICLOSE=1");
    QTRY_COMPARE(ambiguous.count(), 1);
    QCOMPARE(ambiguous.at(0).at(1).toInt(), 1);
    QTRY_VERIFY(s.module->finished()); // AT+QISTATE? asked and answered
    QCOMPARE(s.module->mismatches(), QStringList {});
    const Decoded d = decode(captureOf(s), 1, 0.05);
    QVERIFY(d.of("AT+QICLOSE=1").operation.message.contains("AT+QICLOSE=0"));
}

void TestLateSecondPhases::aLatePingEchoFromAnotherAddressIsTheOlderPings()
{
    // F10, live: the ping of 10.9.9.9 timed out; its echo and summary came
    // while the ping of 10.0.0.2 waited. They are the older ping's, late.
    LiveSession s;
    s.engine.setTimeoutScale(0.05); // a ping's (1 + 10) s: 0.55 s
    QSignalSpy late(&s.engine, &at::CommandEngine::lateResult);
    s.module->setScript({{"AT+QPING=1,\"10.9.9.9\",1,1", "\r\nOK\r\n"}});
    s.submit("AT+QPING=1,\"10.9.9.9\",1,1");
    QTRY_COMPARE_WITH_TIMEOUT(s.transactions.size(), 1, 5000);
    s.module->setScript({{"AT+QPING=1,\"10.0.0.2\",1,1",
                          "\r\nOK\r\n\r\n+QPING: 0,10.9.9.9,32,900,255\r\n\r\n+QPING: 2,1,1,0,900,900,900\r\n"
                          "\r\n+QPING: 0,10.0.0.2,32,30,255\r\n\r\n+QPING: 2,1,1,0,30,30,30\r\n"}});
    s.submit("AT+QPING=1,\"10.0.0.2\",1,1");
    QTRY_COMPARE(s.transactions.size(), 2);
    QCOMPARE(s.transactions.at(1).operation.status, at::OperationResult::Status::Done);
    QCOMPARE(s.transactions.at(1).operation.lines.size(), 2);
    QCOMPARE(s.transactions.at(1).operation.lines.at(1).text, QByteArray("+QPING: 2,1,1,0,30,30,30"));
    QCOMPARE(late.count(), 2);
    QCOMPARE(s.unknownLines, 0);
    for (const int piece : Pieces) {
        const Decoded d = decode(captureOf(s), piece, 0.05);
        QCOMPARE(d.of("AT+QPING=1,\"10.0.0.2\",1,1").operation.lines.size(), 2);
        QCOMPARE(d.lateFor.size(), 2);
    }
}

QTEST_MAIN(TestLateSecondPhases)
#include "tst_latesecondphases.moc"
