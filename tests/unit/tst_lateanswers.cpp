// SPDX-License-Identifier: MIT
// Answers that come after their command timed out, later than the late-answer
// window (a loaded host: try-nu8 ZH F9, EN F1): an answer line is a late
// answer tied to its command, never a URC without meaning; a read's payload
// is still its socket's data; a send's late SEND OK still counts its bytes;
// and a read that timed out is read again, once. Live and decoded alike.

#include "livesession.h"

#include "bc25/commands.h"
#include "bc25/trafficdecoder.h"
#include "profile/moduleprofile.h"
#include "session/commandrunner.h"
#include "session/sessionlog.h"
#include "session/sendqueue.h"
#include "session/sockettable.h"

#include <QSignalSpy>
#include <QTest>

using namespace bc25;
using test::LiveSession;
using test::ScriptStep;

namespace {

// The recording decoded event by event, as bc25-decode and File → Open capture read it.
QList<DecodedEvent> decodedEvents(const LiveSession &s)
{
    TrafficDecoder decoder(profile::ModuleProfile::bc25());
    decoder.assembler().setTimeoutScale(0.05); // the live engine's limits: the same time-outs
    QList<DecodedEvent> out;
    QObject::connect(&decoder, &TrafficDecoder::decoded, [&out](const DecodedEvent &e) { out << e; });
    for (const LiveSession::Record &r : s.capture) {
        if (r.transmit)
            decoder.transmitted(r.bytes, r.time);
        else
            decoder.received(r.bytes, r.time);
    }
    decoder.finish();
    return out;
}

int countOf(const QList<DecodedEvent> &events, DecodedEvent::Kind kind)
{
    return int(std::count_if(events.cbegin(), events.cend(), [kind](const DecodedEvent &e) { return e.kind == kind; }));
}

ScriptStep silent(const QByteArray &command)
{
    ScriptStep step;
    step.command = command;
    step.silent = true;
    return step;
}

} // namespace

class TestLateAnswers : public QObject
{
    Q_OBJECT

private slots:
    void lateAnswerLineIsNoUrc();
    void lateAnswerBeforeTheNextEchoIsNoUrc();
    void aLateEchoThatBeginsTheNextCommandIsNotItsAnswer();
    void lateReadPayloadReachesItsSocket();
    void lateSendOkIsCounted();
    void aTimedOutReadIsReadAgainOnce();
    void aLateSendOkIsTheOlderSendsNotTheNewers_data();
    void aLateSendOkIsTheOlderSendsNotTheNewers();
    void theSendQueueCountsALateSendOkToo();
};

void TestLateAnswers::lateAnswerLineIsNoUrc()
{
    // EN F1: the poll's AT+CGATT? timed out; "+CGATT: 1" came seconds later,
    // after the late window: it answers that command, it is no URC.
    for (const bool byteByByte : {false, true}) {
        LiveSession s;
        s.module->setByteByByte(byteByByte);
        s.engine.setTimeoutScale(0.05); // a command's 3 s: 150 ms
        SessionLog log;
        log.follow(&s.engine);
        QSignalSpy urcLog(&log, &SessionLog::urcAdded);
        QSignalSpy late(&s.engine, &at::CommandEngine::lateResult);
        QSignalSpy urcs(&s.engine, &at::CommandEngine::urcReceived);
        s.module->setScript({silent("AT+CGATT?")});
        s.submit("AT+CGATT?");
        QTRY_COMPARE(s.transactions.size(), 1);
        QCOMPARE(s.transactions.at(0).status, at::Transaction::Status::Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(s.engine.assembler().readyForCommand(), 3000); // the late window ran out
        s.module->send("\r\n+CGATT: 1\r\n\r\nOK\r\n");
        QTRY_COMPARE(late.count(), 2);
        QCOMPARE(late.at(0).at(1).toByteArray(), QByteArray("AT+CGATT?"));
        QCOMPARE(late.at(1).at(1).toByteArray(), QByteArray("AT+CGATT?"));
        QCOMPARE(urcs.count(), 0);
        QCOMPARE(urcLog.count(), 0);
        QCOMPARE(s.unknownLines, 0);
        const QList<DecodedEvent> events = decodedEvents(s);
        QCOMPARE(countOf(events, DecodedEvent::Kind::Urc), 0);
        QCOMPARE(countOf(events, DecodedEvent::Kind::Unknown), 0);
        QCOMPARE(countOf(events, DecodedEvent::Kind::Response), 1);
    }
}

void TestLateAnswers::lateAnswerBeforeTheNextEchoIsNoUrc()
{
    // With echo on, the module prints the timed-out command's answer before
    // the next command's echo (main 77dd0a6: not that command's answer): it
    // reads as the late answer it is, and the next command keeps its own.
    LiveSession s(false); // the script writes the echoes, where the module prints them
    s.engine.setTimeoutScale(0.05);
    QSignalSpy late(&s.engine, &at::CommandEngine::lateResult);
    QSignalSpy urcs(&s.engine, &at::CommandEngine::urcReceived);
    s.module->setScript({{"ATE1", "ATE1\r\r\nOK\r\n"},
                         {"AT+CGATT?", "AT+CGATT?\r"},
                         {"AT+CSQ", "\r\n+CGATT: 1\r\n\r\nOK\r\nAT+CSQ\r\r\n+CSQ: 22,0\r\n\r\nOK\r\n"}});
    s.submit("ATE1");
    s.submit("AT+CGATT?");
    QTRY_COMPARE(s.transactions.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(s.engine.assembler().readyForCommand(), 3000);
    s.submit("AT+CSQ");
    QTRY_COMPARE(s.transactions.size(), 3);
    QCOMPARE(s.transactions.at(1).status, at::Transaction::Status::Timeout);
    QCOMPARE(s.transactions.at(2).status, at::Transaction::Status::Ok);
    QCOMPARE(s.transactions.at(2).lines.size(), 2);
    QCOMPARE(s.transactions.at(2).lines.at(0).text, QByteArray("+CSQ: 22,0"));
    QCOMPARE(late.count(), 2);
    QCOMPARE(late.at(0).at(1).toByteArray(), QByteArray("AT+CGATT?"));
    QCOMPARE(urcs.count(), 0);
    QCOMPARE(s.module->mismatches(), QStringList {});
    QCOMPARE(countOf(decodedEvents(s), DecodedEvent::Kind::Urc), 0);
}

void TestLateAnswers::aLateEchoThatBeginsTheNextCommandIsNotItsAnswer()
{
    // tst_modelswitch on a loaded host: the session's first AT timed out, then
    // its echo and OK came just before ATI's. "AT" begins "ATI", so it is no
    // garbled echo of ATI's; it was read as ATI's first answer line and the
    // late OK as ATI's final: the model line read "AT", and ATI's own answer
    // was left over. The timed-out AT's late echo and OK are its own.
    LiveSession s(false); // the script writes the echoes, where the module prints them
    s.engine.setTimeoutScale(0.05);
    QSignalSpy late(&s.engine, &at::CommandEngine::lateResult);
    QSignalSpy urcs(&s.engine, &at::CommandEngine::urcReceived);
    s.module->setScript({silent("AT"),
                         {"ATI", "AT\r\r\nOK\r\nATI\r\r\nQuectel\r\nBG96\r\nRevision: BG96MAR02A07M1G\r\n\r\nOK\r\n"}});
    s.submit("AT");
    s.submit("ATI"); // queued: sent when AT's time is up, as the session's identification
    QTRY_COMPARE(s.transactions.size(), 1);
    QCOMPARE(s.transactions.at(0).status, at::Transaction::Status::Timeout);
    QTRY_COMPARE(s.transactions.size(), 2);
    const at::Transaction &ati = s.transactions.at(1);
    QCOMPARE(ati.status, at::Transaction::Status::Ok);
    QStringList lines;
    for (const at::ResultLine &line : ati.lines)
        lines << QString::fromLatin1(line.text);
    QCOMPARE(lines, (QStringList {"Quectel", "BG96", "Revision: BG96MAR02A07M1G", "OK"}));
    QVERIFY(ati.echoSeen);
    QCOMPARE(urcs.count(), 0);
    QCOMPARE(s.unknownLines, 0);
    QCOMPARE(s.module->mismatches(), QStringList {});

    // The same command again: its echo is its own, not the timed-out one's.
    LiveSession again(false);
    again.engine.setTimeoutScale(0.05);
    again.module->setScript({silent("AT"), {"AT", "AT\r\r\nOK\r\n"}});
    again.submit("AT");
    again.submit("AT");
    QTRY_COMPARE(again.transactions.size(), 2);
    QCOMPARE(again.transactions.at(1).status, at::Transaction::Status::Ok);
    QVERIFY(again.transactions.at(1).echoSeen);
    QCOMPARE(again.unknownLines, 0);
}

void TestLateAnswers::lateReadPayloadReachesItsSocket()
{
    // ZH F9: the session's AT+QIRD=0,512 timed out and its whole answer came
    // 2 s later: the bytes left the module's buffer; they are socket 0's.
    for (const bool byteByByte : {false, true}) {
        LiveSession s;
        s.module->setByteByByte(byteByByte);
        s.engine.setTimeoutScale(0.05);
        QSignalSpy data(&s.engine, &at::CommandEngine::dataReceived);
        QSignalSpy urcs(&s.engine, &at::CommandEngine::urcReceived);
        s.module->setScript({silent("AT+QIRD=0,512")});
        s.submit("AT+QIRD=0,512");
        QTRY_COMPARE(s.transactions.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(s.engine.assembler().readyForCommand(), 3000);
        s.module->send("\r\n+QIRD: 5\r\nhello\r\n\r\nOK\r\n");
        QTRY_COMPARE(data.count(), 1);
        QCOMPARE(data.at(0).at(0).toInt(), 0);
        QCOMPARE(data.at(0).at(1).toByteArray(), QByteArray("hello"));
        QCOMPARE(urcs.count(), 0);
        const QList<DecodedEvent> events = decodedEvents(s);
        QCOMPARE(countOf(events, DecodedEvent::Kind::Urc), 0);
        const auto payload = std::find_if(events.cbegin(), events.cend(),
                                          [](const DecodedEvent &e) { return e.kind == DecodedEvent::Kind::Data; });
        QVERIFY(payload != events.cend());
        QCOMPARE(payload->connectId, 0);
        QCOMPARE(payload->data, QByteArray("hello"));
    }
}

void TestLateAnswers::lateSendOkIsCounted()
{
    // ZH F9: a send part timed out after its data was written; the module's
    // OK and SEND OK came later: the peer has the bytes, the table says so.
    LiveSession s;
    s.engine.setTimeoutScale(0.05);
    CommandRunner runner(&s.engine);
    SocketTable table(&runner);
    QSignalSpy confirmed(&table, &SocketTable::lateSendConfirmed);
    const at::AtCommand send = Commands::send(s.engine.profile().catalog(), 0, "hello", SendForm::FixedLength).command;
    s.module->setScript({{send.text, "\r\n> ", 5, {}}});
    s.engine.submit(send);
    QTRY_COMPARE(s.transactions.size(), 1);
    QCOMPARE(s.transactions.at(0).status, at::Transaction::Status::Timeout);
    QCOMPARE(table.socket(0).bytesAcknowledged, 0);
    s.module->send("\r\nOK\r\n\r\nSEND OK\r\n");
    QTRY_COMPARE(confirmed.count(), 1);
    QCOMPARE(confirmed.at(0).at(1).toLongLong(), 5);
    QCOMPARE(table.socket(0).bytesSent, 5);
    QCOMPARE(table.socket(0).bytesAcknowledged, 5);
    QCOMPARE(s.unknownLines, 0);
    // A second SEND OK confirms nothing more.
    s.module->send("\r\nSEND OK\r\n");
    QTRY_COMPARE(s.unknownLines, 1);
    QCOMPARE(table.socket(0).bytesAcknowledged, 5);
}

void TestLateAnswers::aTimedOutReadIsReadAgainOnce()
{
    // ZH F9: after a read that timed out, 1 KB stayed in the module, which
    // says nothing more until its buffer is empty (manual 1.2): the session
    // reads again — once, not in a loop when the module stays silent.
    {
        LiveSession s;
        s.engine.setTimeoutScale(0.05);
        CommandRunner runner(&s.engine);
        SocketTable table(&runner);
        QByteArray received;
        QObject::connect(&table, &SocketTable::dataReceived, [&received](int, const QByteArray &b) { received += b; });
        s.module->setScript({silent("AT+QIRD=0,512"), {"AT+QIRD=0,512", "\r\n+QIRD: 5\r\nhello\r\n\r\nOK\r\n"},
                             {"AT+QIRD=0,512", "\r\n+QIRD: 0\r\n\r\nOK\r\n"}});
        QCOMPARE(table.readNow(0), QString());
        QTRY_VERIFY_WITH_TIMEOUT(s.module->finished(), 5000);
        QTRY_COMPARE(s.transactions.size(), 3);
        QCOMPARE(received, QByteArray("hello"));
        QCOMPARE(s.module->mismatches(), QStringList {});
    }
    {
        LiveSession s;
        s.engine.setTimeoutScale(0.05);
        CommandRunner runner(&s.engine);
        SocketTable table(&runner);
        s.module->setScript({silent("AT+QIRD=0,512"), silent("AT+QIRD=0,512")});
        QCOMPARE(table.readNow(0), QString());
        QTRY_COMPARE_WITH_TIMEOUT(s.transactions.size(), 2, 5000);
        QCOMPARE(s.transactions.at(1).status, at::Transaction::Status::Timeout);
        QVERIFY(!s.engine.isBusy()); // no third read
        QCOMPARE(s.module->mismatches(), QStringList {});
    }
}

void TestLateAnswers::aLateSendOkIsTheOlderSendsNotTheNewers_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<bool>("byteByByte");
    QTest::addColumn<bool>("lostForGood");
    // The BC25 answers OK then SEND OK (manual 2.1.4); the BG96 SEND OK alone,
    // which is then the newer send's final result as well.
    for (const char *model : {"bc25", "bg96"}) {
        for (const bool lostForGood : {false, true}) {
            const char *what = lostForGood ? "lost" : "late";
            QTest::addRow("%s, %s, whole", model, what) << QByteArray(model) << false << lostForGood;
            QTest::addRow("%s, %s, byte by byte", model, what) << QByteArray(model) << true << lostForGood;
        }
    }
}

void TestLateAnswers::aLateSendOkIsTheOlderSendsNotTheNewers()
{
    // late19: send A waited past its limit for SEND OK; send B was written,
    // and A's SEND OK came before B's prompt: it is A's (late), and B ends by
    // its own. Once the module took B (its prompt), A had ended (one send at
    // a time, manual 4.1.2): a SEND OK then is B's, A's having been lost
    // (adversary pass 10, F6: it shifted every later send by one).
    QFETCH(QByteArray, model);
    QFETCH(bool, byteByByte);
    QFETCH(bool, lostForGood);
    const auto profile = profile::ModuleProfile::byId(model);
    at::TransactionAssembler assembler(profile->newRules());
    assembler.setSettings(profile->parserDefaults()); // echo off: no echo to wait for
    const auto feed = [&](const QByteArray &bytes, qint64 now) {
        if (byteByByte) {
            for (const char c : bytes)
                assembler.feed(QByteArrayView(&c, 1), now);
        } else {
            assembler.feed(bytes, now);
        }
    };
    QObject::connect(&assembler, &at::TransactionAssembler::promptReceived, [&assembler](quint64, const QByteArray &) {
        assembler.dataWritten("hello", 0);
    });
    QList<quint64> late;
    QObject::connect(&assembler, &at::TransactionAssembler::lateOperationResult, [&late](quint64 id, bool done) {
        if (done)
            late << id;
    });
    QList<at::OperationResult> operations;
    QObject::connect(&assembler, &at::TransactionAssembler::operationFinished,
                     [&operations](const at::OperationResult &r) { operations << r; });
    int unknown = 0;
    QObject::connect(&assembler, &at::TransactionAssembler::unknownLine, [&unknown] { ++unknown; });

    const bool okFirst = model == "bc25";
    const QByteArray send = "AT+QISEND=0,5";
    const quint64 a = assembler.begin(assembler.rules().commandFor(send), 0);
    feed("\r\n> ", 0);
    if (okFirst)
        feed("\r\nOK\r\n", 10);
    // A's SEND OK does not come in time (the BG96's is its final result: the command times out).
    assembler.advance(120000);
    const auto done = [&operations] {
        QList<quint64> ids;
        for (const at::OperationResult &r : std::as_const(operations)) {
            if (r.status == at::OperationResult::Status::Done)
                ids << r.id;
        }
        return ids;
    };
    QCOMPARE(done(), QList<quint64> {});

    const quint64 b = assembler.begin(assembler.rules().commandFor(send), 120000);
    if (!lostForGood)
        feed("\r\nSEND OK\r\n", 120005); // before B's prompt: A's
    QCOMPARE(late, lostForGood ? QList<quint64> {} : QList<quint64> {a});
    feed("\r\n> ", 120010);
    if (okFirst)
        feed("\r\nOK\r\n", 120020); // B confirmed: its SEND OK is awaited
    QCOMPARE(done(), QList<quint64> {});
    feed("\r\nSEND OK\r\n", 120030);
    QCOMPARE(done(), QList<quint64> {b});
    QCOMPARE(late, lostForGood ? QList<quint64> {} : QList<quint64> {a});
    QCOMPARE(unknown, 0);
}

void TestLateAnswers::theSendQueueCountsALateSendOkToo()
{
    // late19 noted: the socket table counted a timed-out part's late SEND OK,
    // while the send queue still said the send had stopped. Both agree now.
    LiveSession s;
    s.engine.setTimeoutScale(0.05);
    CommandRunner runner(&s.engine);
    SocketTable table(&runner);
    SendQueue queue(&runner, &table);
    QSignalSpy stopped(&queue, &SendQueue::sendFinished);
    QSignalSpy settled(&queue, &SendQueue::sendSettledLate);
    const CommandCatalog &catalog = s.engine.profile().catalog();
    const at::AtCommand part = Commands::send(catalog, 0, "hello", Commands::chooseSendForm(catalog, "hello")).command;
    s.module->setScript({silent(part.text)});
    QCOMPARE(queue.send(0, "hello"), QString());
    QTRY_COMPARE(stopped.count(), 1);
    QCOMPARE(stopped.at(0).at(3).toBool(), false); // timed out: stopped, 0 of 5
    QCOMPARE(stopped.at(0).at(1).toLongLong(), 0);
    s.module->send("\r\nOK\r\n\r\nSEND OK\r\n");
    QTRY_COMPARE(settled.count(), 1);
    QCOMPARE(settled.at(0).at(0).toInt(), 0);
    QCOMPARE(settled.at(0).at(1).toLongLong(), 5); // acknowledged
    QCOMPARE(settled.at(0).at(2).toLongLong(), 5); // of the send's 5
    QCOMPARE(settled.at(0).at(3).toBool(), true);  // the whole send went
    QCOMPARE(table.socket(0).bytesAcknowledged, 5);
}

QTEST_MAIN(TestLateAnswers)
#include "tst_lateanswers.moc"
