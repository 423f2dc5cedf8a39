// SPDX-License-Identifier: MIT
// What the module does in the middle of an operation, live and decoded: it
// restarts (RDY, POWERED DOWN) in every phase of every operation, a socket
// closes under a pending operation, an answer comes after its command or
// operation timed out, and a reboot cuts a payload counted by length short.
// Each case runs through the engine against a scripted module; its capture
// and its raw log (whole and byte by byte) are decoded the same way.

#include "livesession.h"
#include "transactionshape.h"

#include "bc25/commands.h"
#include "profile/moduleprofile.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace bc25;
using test::LiveSession;
using test::RawDecode;
using test::ScriptStep;
using test::shapes;

namespace {

QStringList outcomes(const QList<at::Transaction> &transactions)
{
    QStringList out;
    for (const at::Transaction &t : transactions)
        out << QLatin1String(at::Transaction::statusName(t.status)) + u'/'
                        + QLatin1String(at::Transaction::operationStatusName(t.operation.status));
    return out;
}

QByteArray rawLog(const LiveSession &s)
{
    QByteArray log;
    for (const LiveSession::Record &r : s.capture) {
        if (!r.transmit)
            log += r.bytes;
    }
    return log;
}

// The transactions whose command went out (a capture shows no other).
QList<at::Transaction> written(const QList<at::Transaction> &transactions)
{
    QList<at::Transaction> out;
    for (const at::Transaction &t : transactions) {
        if (!t.message.startsWith(QLatin1String("Not sent")))
            out << t;
    }
    return out;
}

struct Step
{
    at::AtCommand command;
    ScriptStep script;
};

at::AtCommand commandFor(const QByteArray &text, const QByteArray &payload = {})
{
    // One rule book for the whole test, like a session's.
    static const std::unique_ptr<at::ProtocolRules> rules = profile::ModuleProfile::bc25()->newRules();
    at::AtCommand command = rules->commandFor(text);
    command.payload = payload;
    return command;
}

const QByteArray Open0 = R"(AT+QIOPEN=1,0,"TCP","10.0.0.1",80,0,0)";
const QByteArray OpenPush0 = R"(AT+QIOPEN=1,0,"TCP","10.0.0.1",80,0,1)";
const QByteArray Ping = R"(AT+QPING=1,"10.0.0.1")";
const QByteArray Ntp = R"(AT+QNTTP=1,"10.0.0.2")";
const QByteArray Dns = R"(AT+QIDNSGIP=1,"example.com")";
const QByteArray PingLine = "\r\n+QPING: 0,\"10.0.0.1\",32,40,255\r\n";

} // namespace

class TestInterruptions : public QObject
{
    Q_OBJECT
private slots:
    void restartEndsEveryPhaseAtOnce_data();
    void restartEndsEveryPhaseAtOnce();
    void socketClosedEndsWhatWaitsOnIt_data();
    void socketClosedEndsWhatWaitsOnIt();
    void lateOperationAnswerIsTiedToItsCommand();
    void latePromptAfterTheEscDoesNotTakeTheNextCommand();
    void aLostFixedLengthPromptIsNeverLeftWithEsc_data();
    void aLostFixedLengthPromptIsNeverLeftWithEsc();
    void restartInsidePayload_data();
    void restartInsidePayload();
    void aReadShorterThanAnnouncedEndsAtItsOk();
    void ourEchoEndsALateReadsLyingCount();
    void ourEchoEndsALyingPushCount();
};

void TestInterruptions::restartEndsEveryPhaseAtOnce_data()
{
    QTest::addColumn<at::AtCommand>("command");
    QTest::addColumn<ScriptStep>("step");
    QTest::addColumn<QString>("expected");

    const QByteArray rdy = "\r\nRDY\r\n";
    const QByteArray binary("\x00\x01\r\nRDY\r\n", 9); // a payload may hold RDY
    const at::AtCommand fixed = Commands::send(bc25::profile::ModuleProfile::bc25()->catalog(), 0, binary, SendForm::FixedLength).command;
    const at::AtCommand inlineSend = Commands::send(bc25::profile::ModuleProfile::bc25()->catalog(), 0, "hello", SendForm::InlineText).command;
    const at::AtCommand hexSend = Commands::send(bc25::profile::ModuleProfile::bc25()->catalog(), 0, "AB", SendForm::Hex).command;
    const at::AtCommand ctrlZ = commandFor("AT+QISEND=0", "hi");
    const at::AtCommand ctrlZHex = commandFor("AT+QISENDEX=0", "4142");
    struct Operation
    {
        const char *name;
        at::AtCommand command;
        QByteArray secondPhase; // lines of the second phase before the restart
        int dataLength = -1;    // the data phase's bytes (-1: none)
    };
    const QList<Operation> operations = {
        {"open", commandFor(Open0), {}},
        {"send inline", inlineSend, {}},
        {"sendex inline", hexSend, {}},
        {"send fixed", fixed, {}, int(binary.size())},
        {"send ctrl-z", ctrlZ, {}, 3},
        {"sendex ctrl-z", ctrlZHex, {}, 5},
        {"close", commandFor("AT+QICLOSE=0"), {}},
        {"ping", commandFor(Ping), PingLine},
        {"ntp", commandFor(Ntp), {}},
        {"dns", commandFor(Dns), "\r\n+QIURC: \"dnsgip\",0,2,600\r\n\r\n+QIURC: \"dnsgip\",\"10.0.0.3\"\r\n"},
        {"read", commandFor("AT+QIRD=0,512"), {}},
        {"csq", commandFor("AT+CSQ"), {}},
    };
    // What a session that went on would print after the restart: it must not
    // pass for the answer of anything asked before it.
    const QByteArray after = "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n\r\nSEND OK\r\n\r\nCLOSE OK\r\n"
                             "\r\n+QPING: 2,4,4,0,40,40,40\r\n\r\n+QNTTP: 0,\"2026/12/06,22:00:00\"\r\n"
                             "\r\n+QIURC: \"dnsgip\",\"10.0.0.4\"\r\n";
    for (const QByteArray &restart : {QByteArray("\r\nRDY\r\n"), QByteArray("\r\nPOWERED DOWN\r\n")}) {
        const QByteArray tag = restart.trimmed();
        for (const Operation &op : operations) {
            const QByteArray text = op.command.text;
            const bool hasData = op.dataLength >= 0;
            // In the first phase, before OK (and before the prompt).
            QTest::addRow("%s, %s waiting for OK", tag.constData(), op.name)
                    << op.command << ScriptStep {text, restart + after} << QStringLiteral("aborted/");
            if (hasData) {
                // At the prompt: the data went out, the module restarted instead of answering.
                QTest::addRow("%s, %s at the prompt", tag.constData(), op.name)
                        << op.command << ScriptStep {text, "\r\n> ", op.dataLength, restart + after}
                        << QStringLiteral("aborted/");
            }
            if (op.command.text.startsWith("AT+QIRD")) {
                // Inside the payload it announced: the count never completes; the
                // line goes quiet, the payload is cut short at the restart line.
                QTest::addRow("%s, %s inside its payload", tag.constData(), op.name)
                        << op.command << ScriptStep {text, "\r\n+QIRD: 512\r\nabc" + restart + after}
                        << QStringLiteral("aborted/");
            }
            if (!op.command.operation)
                continue;
            // While the second phase waits (after some of its lines, for ping and dns).
            const QByteArray ok = "\r\nOK\r\n" + op.secondPhase + restart + after;
            QTest::addRow("%s, %s waiting for its second phase", tag.constData(), op.name)
                    << op.command << (hasData ? ScriptStep {text, "\r\n> ", op.dataLength, ok} : ScriptStep {text, ok})
                    << QStringLiteral("OK/aborted");
        }
    }
}

void TestInterruptions::restartEndsEveryPhaseAtOnce()
{
    QFETCH(at::AtCommand, command);
    QFETCH(ScriptStep, step);
    QFETCH(QString, expected);
    for (const bool byteByByte : {false, true}) {
        LiveSession s;
        s.module->setByteByByte(byteByByte);
        s.module->setScript({step, {"AT", "\r\nOK\r\n"}});
        QSignalSpy late(&s.engine, &at::CommandEngine::lateResult);
        QElapsedTimer clock;
        clock.start();
        // A second phase keeps state of its own (a matcher per command written).
        s.engine.submit(commandFor(command.text, command.payload));
        // Queued behind it, not yet written when the module restarted: not sent.
        s.submit("AT+CGMR");
        QTRY_COMPARE(s.transactions.size(), 2);
        QVERIFY2(clock.elapsed() < 2500, "a restart ends what was pending at once, not at its time limit");
        QCOMPARE(outcomes(s.transactions), (QStringList {expected, "aborted/"}));
        const at::Transaction &t = s.transactions.at(0);
        const QString words = t.operation.status == at::OperationResult::Status::Aborted ? t.operation.message : t.message;
        QVERIFY2(words.contains(QLatin1String("module restarted")), qPrintable(words));
        QVERIFY(s.transactions.at(1).message.startsWith(QLatin1String("Not sent: the module restarted")));
        QCOMPARE(s.engine.pendingOperationCount(), 0);
        // The restarted module's state: no socket in direct push, nothing late awaited.
        QCOMPARE(s.engine.settings().directPush[0], false);
        QCOMPARE(late.count(), 0);
        // The next command gets its own answer, not one printed after the restart.
        s.submit("AT");
        QTRY_COMPARE(s.transactions.size(), 3);
        QCOMPARE(outcomes(s.transactions).constLast(), QStringLiteral("OK/"));
        QCOMPARE(s.module->mismatches(), QStringList {}); // AT+CGMR never went out
        // The capture and the raw log read as the session went.
        QCOMPARE(shapes(s.decoded()), shapes(written(s.transactions)));
        for (const bool rawByteByByte : {true, false}) {
            const RawDecode raw(rawLog(s), rawByteByByte);
            QCOMPARE(outcomes(raw.transactions), outcomes(written(s.transactions)));
        }
    }
}

void TestInterruptions::socketClosedEndsWhatWaitsOnIt_data()
{
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<QStringList>("expected");

    const QByteArray closed0 = "\r\n+QIURC: \"closed\",0\r\n";
    auto step = [](const QByteArray &text, const QByteArray &response, int dataLength = -1,
                   const QByteArray &after = {}) {
        return Step {commandFor(text), ScriptStep {text, response, dataLength, after}};
    };
    QTest::newRow("open not yet answered") << QList<Step> {step(Open0, "\r\nOK\r\n" + closed0)}
                                           << QStringList {"OK/failed"};
    QTest::newRow("send waiting for SEND OK")
            << QList<Step> {step("AT+QISEND=0,5,hello", "\r\nOK\r\n" + closed0)} << QStringList {"OK/failed"};
    const at::AtCommand fixed = Commands::send(bc25::profile::ModuleProfile::bc25()->catalog(), 0, QByteArray("\x00\x01", 2), SendForm::FixedLength).command;
    QTest::newRow("fixed send waiting for SEND OK")
            << QList<Step> {{fixed, ScriptStep {fixed.text, "\r\n> ", 2, "\r\nOK\r\n" + closed0}}}
            << QStringList {"OK/failed"};
    // Another socket's close ends nothing here.
    QTest::newRow("other socket")
            << QList<Step> {step("AT+QISEND=1,5,hello", "\r\nOK\r\n" + closed0 + "\r\nSEND OK\r\n")}
            << QStringList {"OK/done"};
    // The module still answers the command in flight: the data it holds can be
    // read (manual 2.2.1), and a send to a closed socket is refused (manual 2.1.4).
    QTest::newRow("read in flight")
            << QList<Step> {step("AT+QIRD=0,512", closed0 + "\r\n+QIRD: 2\r\nhi\r\n\r\nOK\r\n")} << QStringList {"OK/"};
    QTest::newRow("send before the prompt")
            << QList<Step> {step("AT+QISEND=0,5", closed0 + "\r\nERROR\r\n")} << QStringList {"ERROR/"};
    // The host's own close, confirmed, ends the send pending on that socket.
    QTest::newRow("host closes")
            << QList<Step> {step("AT+QISEND=0,5,hello", "\r\nOK\r\n"),
                            step("AT+QICLOSE=0", "\r\nOK\r\n\r\nCLOSE OK\r\n")}
            << QStringList {"OK/aborted", "OK/done"};
    // A close pending when the remote side closes too still gets its CLOSE OK.
    QTest::newRow("close pending")
            << QList<Step> {step("AT+QICLOSE=0", "\r\nOK\r\n" + closed0 + "\r\nCLOSE OK\r\n")} << QStringList {"OK/done"};
}

void TestInterruptions::socketClosedEndsWhatWaitsOnIt()
{
    QFETCH(QList<Step>, steps);
    QFETCH(QStringList, expected);
    for (const bool byteByByte : {false, true}) {
        LiveSession s;
        s.module->setByteByByte(byteByByte);
        QList<ScriptStep> script;
        for (const Step &step : steps)
            script << step.script;
        s.module->setScript(script);
        QElapsedTimer clock;
        clock.start();
        for (const Step &step : steps)
            s.engine.submit(step.command);
        QTRY_COMPARE(s.transactions.size(), steps.size());
        QVERIFY2(clock.elapsed() < 2500, "a closed socket ends its operations at once");
        QCOMPARE(outcomes(s.transactions), expected);
        QCOMPARE(s.engine.pendingOperationCount(), 0);
        for (const at::Transaction &t : std::as_const(s.transactions)) {
            if (t.operation.status == at::OperationResult::Status::Failed)
                QVERIFY2(t.operation.message.contains(QLatin1String("Socket 0 was closed")), qPrintable(t.operation.message));
        }
        QCOMPARE(shapes(s.decoded()), shapes(s.transactions));
        const RawDecode raw(rawLog(s), byteByByte);
        QCOMPARE(outcomes(raw.transactions), expected);
    }
}

void TestInterruptions::lateOperationAnswerIsTiedToItsCommand()
{
    // An open whose +QIOPEN comes after its time limit: the late answer is
    // shown as late, for that open, and still opens the socket (in direct
    // push, as asked); a newer open on another socket keeps its own answer.
    LiveSession s;
    s.engine.setTimeoutScale(0.05); // 36 s: 1.8 s, a command's 3 s: 150 ms
    const QByteArray open1 = R"(AT+QIOPEN=1,1,"TCP","10.0.0.1",80,0,0)";
    s.module->setScript({{OpenPush0, "\r\nOK\r\n"}, {open1, "\r\nOK\r\n"}});
    QSignalSpy late(&s.engine, &at::CommandEngine::lateResult);
    QSignalSpy urcs(&s.engine, &at::CommandEngine::urcReceived);
    s.submit(OpenPush0);
    QTRY_COMPARE(s.transactions.size(), 1);
    QCOMPARE(outcomes(s.transactions), QStringList {"OK/timeout"});
    QVERIFY(!s.engine.settings().directPush[0]);
    s.submit(open1);
    QTRY_COMPARE(s.engine.pendingOperationCount(), 1);
    s.module->send("\r\n+QIOPEN: 0,0\r\n");
    QTRY_COMPARE(late.count(), 1);
    QCOMPARE(late.at(0).at(1).toByteArray(), OpenPush0);
    QCOMPARE(urcs.count(), 0);
    QVERIFY(s.engine.settings().directPush[0]); // the module's confirmation, late
    QCOMPARE(s.engine.pendingOperationCount(), 1); // the newer open still waits for its own
    s.module->send("\r\n+QIOPEN: 1,0\r\n");
    QTRY_COMPARE(s.transactions.size(), 2);
    QCOMPARE(outcomes(s.transactions), (QStringList {"OK/timeout", "OK/done"}));
    // A second late +QIOPEN: 0,0 has no timed-out open left: a URC.
    s.module->send("\r\n+QIOPEN: 0,0\r\n");
    QTRY_COMPARE(urcs.count(), 1);
    QCOMPARE(late.count(), 1);
}

void TestInterruptions::latePromptAfterTheEscDoesNotTakeTheNextCommand()
{
    // The prompt of the form ended by Ctrl+Z did not come in time: the engine
    // gave up and wrote Esc, which leaves that data mode (manual 2.1.4). The
    // module's "> " comes late (it has no line end), then the next command
    // goes out: its echo and OK are its own, whole and byte by byte.
    for (const bool byteByByte : {false, true}) {
        LiveSession s;
        s.module->setByteByByte(byteByByte);
        s.engine.setTimeoutScale(0.05); // a command's 3 s: 150 ms
        // The "> " must still be unread when the next command goes out (it comes
        // late in the 1 s window, less than the quiet time before its end).
        s.engine.setQuietFlushMs(5000);
        at::AtCommand send = s.engine.assembler().rules().commandFor("AT+QISEND=0");
        QCOMPARE(send.dataPhase, at::AtCommand::DataPhase::CtrlZ);
        send.payload = "ab";
        ScriptStep silent {send.text};
        silent.silent = true;
        s.module->setScript({silent, {"AT", "\r\nOK\r\n"}});
        s.engine.submit(send);
        QTRY_COMPARE(s.transactions.size(), 1);
        QCOMPARE(outcomes(s.transactions), QStringList {"timeout/"});
        QTRY_VERIFY(s.module->received().endsWith('\x1b'));
        s.module->send("\r\n> ");
        s.submit("AT");
        QTRY_COMPARE(s.transactions.size(), 2);
        QCOMPARE(outcomes(s.transactions), (QStringList {"timeout/", "OK/"}));
        QVERIFY(s.transactions.at(1).echoSeen);
        QCOMPARE(s.module->mismatches(), QStringList {});
    }
}

void TestInterruptions::aLostFixedLengthPromptIsNeverLeftWithEsc_data()
{
    QTest::addColumn<bool>("byteByByte");
    QTest::addColumn<QByteArray>("answer");   // what the module says at last
    QTest::addColumn<QByteArray>("written");  // what the engine then writes before the next command
    QTest::newRow("late prompt") << false << QByteArray("\r\n> ") << QByteArray("\x00\x1b", 2);
    QTest::newRow("late prompt, byte by byte") << true << QByteArray("\r\n> ") << QByteArray("\x00\x1b", 2);
    QTest::newRow("refused") << false << QByteArray("\r\nERROR\r\n") << QByteArray();
    QTest::newRow("refused, byte by byte") << true << QByteArray("\r\nERROR\r\n") << QByteArray();
}

void TestInterruptions::aLostFixedLengthPromptIsNeverLeftWithEsc()
{
    // AT+QISEND=<id>,<len>: the module takes exactly <len> bytes after "> ",
    // Esc among them, and the next command's bytes too, which it would send
    // to the peer. So the engine writes no Esc when the prompt does not come
    // in time, and no next command until the module answers: a late prompt
    // gets the send's own data (the count completed), an ERROR ends the wait.
    QFETCH(bool, byteByByte);
    QFETCH(QByteArray, answer);
    QFETCH(QByteArray, written);
    LiveSession s;
    s.module->setByteByByte(byteByByte);
    s.engine.setTimeoutScale(0.05); // a command's 3 s: 150 ms
    s.engine.setLateWindowMs(20);
    const QByteArray data("\x00\x1b", 2); // an Esc of its own, as data
    at::AtCommand send = Commands::send(bc25::profile::ModuleProfile::bc25()->catalog(), 0, data, SendForm::FixedLength).command;
    const QByteArray line = send.text + '\r';
    ScriptStep silent {send.text};
    silent.silent = true;
    s.module->setScript({silent, {"AT", "\r\nOK\r\n"}});
    s.engine.submit(send);
    QTRY_COMPARE(s.transactions.size(), 1);
    QCOMPARE(outcomes(s.transactions), QStringList {"timeout/"});
    s.submit("AT");
    // Absence cannot be waited for: ten late windows pass, and nothing went out.
    QTest::qWait(200);
    QCOMPARE(s.module->received(), line);
    QCOMPARE(s.transactions.size(), 1);
    s.module->send(answer);
    if (!written.isEmpty()) {
        QTRY_COMPARE(s.module->received(), line + written);
        QCOMPARE(s.transactions.size(), 1); // still waiting: the module has not answered the data
        s.module->send("\r\nOK\r\n\r\nSEND OK\r\n");
    }
    QTRY_COMPARE(s.transactions.size(), 2);
    QCOMPARE(outcomes(s.transactions), (QStringList {"timeout/", "OK/"}));
    QCOMPARE(s.module->received(), line + written + "AT\r");
    QVERIFY(!s.module->received().contains(line + '\x1b'));
}

void TestInterruptions::restartInsidePayload_data()
{
    QTest::addColumn<QByteArray>("log");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<int>("restarts");

    const QByteArray read = "AT+QIRD=0,512\r\r\n";
    // A payload may hold RDY: with the trailer the manual shows after it, it is data.
    QTest::newRow("read, RDY as data") << read + "+QIRD: 9\r\nab\r\nRDY\r\n\r\n\r\nOK\r\n"
                                       << QByteArray("ab\r\nRDY\r\n") << false << 0;
    QTest::newRow("push, RDY as data") << QByteArray("\r\n+QIURC: \"recv\",0,9\r\nab\r\nRDY\r\n\r\n\r\nOK\r\n")
                                       << QByteArray("ab\r\nRDY\r\n") << false << 0;
    // The count completes in what the restarted module printed: no trailer.
    QTest::newRow("read, cut, count completes")
            << read + "+QIRD: 12\r\nab\r\nRDY\r\n\r\n+CFUN: 1\r\n\r\nOK\r\n" << QByteArray("ab") << true << 1;
    QTest::newRow("push, cut, count completes")
            << QByteArray("\r\n+QIURC: \"recv\",0,12\r\nab\r\nRDY\r\n\r\n+CFUN: 1\r\n") << QByteArray("ab") << true << 1;
    // The count ends inside the restart line.
    QTest::newRow("read, count ends inside RDY") << read + "+QIRD: 5\r\nab\r\nRDY\r\n\r\nOK\r\n" << QByteArray("ab") << true << 1;
    QTest::newRow("push, count ends inside RDY") << QByteArray("\r\n+QIURC: \"recv\",0,6\r\nab\r\nRDY\r\n")
                                                 << QByteArray("ab") << true << 1;
    QTest::newRow("read, unfinished line as data") << read + "+QIRD: 4\r\nab\r\n\r\n\r\nOK\r\n"
                                                   << QByteArray("ab\r\n") << false << 0;
    QTest::newRow("read, binary tail as data") << read + "+QIRD: 5\r\nab\r\nR\r\n\r\nOK\r\n"
                                               << QByteArray("ab\r\nR") << false << 0;
    QTest::newRow("read, cut at the start") << read + "+QIRD: 40\r\n\r\nRDY\r\n" << QByteArray() << true << 1;
    // The count never completes: the input ends (or goes quiet) first.
    QTest::newRow("read, cut, input ends") << read + "+QIRD: 512\r\nabc\r\nRDY\r\n" << QByteArray("abc") << true << 1;
    QTest::newRow("push, POWERED DOWN") << QByteArray("\r\n+QIURC: \"recv\",0,512\r\nabc\r\nPOWERED DOWN\r\n")
                                        << QByteArray("abc") << true << 1;
    // An echoed data phase in a log ends at a restart on its first line (the module's answer).
    QTest::newRow("echoed send") << QByteArray("AT+QISEND=0,5\r\r\n> \r\nRDY\r\n") << QByteArray() << false << 1;
}

void TestInterruptions::restartInsidePayload()
{
    QFETCH(QByteArray, log);
    QFETCH(QByteArray, data);
    QFETCH(bool, truncated);
    QFETCH(int, restarts);
    for (const bool byteByByte : {true, false}) {
        const RawDecode raw(log, byteByByte);
        QCOMPARE(raw.data, data);
        bool cut = false;
        for (const DecodedEvent &e : raw.events) {
            if (e.kind == DecodedEvent::Kind::Data)
                cut = cut || e.truncated;
        }
        QCOMPARE(cut, truncated);
        QCOMPARE(int(raw.kinds.count(QStringLiteral("urc:RDY")) + raw.kinds.count(QStringLiteral("urc:POWERED DOWN"))),
                 restarts);
        if (restarts > 0 && log.startsWith("AT+QIRD"))
            QCOMPARE(outcomes(raw.transactions), QStringList {"aborted/"});
    }
}

// Adversary pass 9 F4: a payload shorter than its announced length, live.
// "+QIRD: 100" then 10 bytes, the blank line and OK: the read's OK standing
// at the end of what came, when the line goes quiet, ends the read — not its
// trailer delivered as socket data and the read timed out.
void TestInterruptions::aReadShorterThanAnnouncedEndsAtItsOk()
{
    for (const bool byteByByte : {false, true}) {
        LiveSession s;
        s.module->setByteByByte(byteByByte);
        s.engine.setQuietFlushMs(50);
        s.module->setScript({{"AT+QIRD=0,512", "\r\n+QIRD: 100\r\n0123456789\r\n\r\nOK\r\n"}});
        s.submit("AT+QIRD=0,512");
        QTRY_COMPARE(s.transactions.size(), 1);
        QCOMPARE(outcomes(s.transactions), QStringList {"OK/"});
        QCOMPARE(s.data, QByteArray("0123456789"));
    }
}

// The same lying read answered after its command timed out, glued before the
// next command's echo: our own echo (the bytes we wrote) ends the count; the
// next command keeps its answer (it timed out with it counted as payload).
void TestInterruptions::ourEchoEndsALateReadsLyingCount()
{
    LiveSession s;
    s.engine.setTimeoutScale(0.2); // a command's 3 s: 600 ms
    s.engine.setQuietFlushMs(50);
    ScriptStep silentRead {"AT+QIRD=0,512"};
    silentRead.silent = true;
    s.module->setScript({silentRead, {"AT+CGATT?", "\r\n+CGATT: 1\r\n\r\nOK\r\n"}});
    s.submit("AT+QIRD=0,512");
    QTRY_COMPARE(s.transactions.size(), 1);
    s.module->send("\r\n+QIRD: 100\r\n0123456789\r\n\r\nOK\r\n");
    s.submit("AT+CGATT?");
    QTRY_COMPARE(s.transactions.size(), 2);
    QCOMPARE(s.transactions.at(1).command, QByteArray("AT+CGATT?"));
    QCOMPARE(outcomes(s.transactions).at(1), QStringLiteral("OK/"));
    QVERIFY(s.data.startsWith("0123456789"));
    QVERIFY2(!s.data.contains("AT+CGATT") && !s.data.contains("OK"), s.data.constData());
}

// Direct push announcing 100 bytes and printing 10: the session's own
// command written meanwhile is echoed inside the count; its echo ends the
// count, and neither the echo nor its answer become the socket's data.
void TestInterruptions::ourEchoEndsALyingPushCount()
{
    for (const bool byteByByte : {false, true}) {
        LiveSession s;
        s.module->setByteByByte(byteByByte);
        s.engine.setQuietFlushMs(50);
        s.module->setScript({{OpenPush0, "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n"},
                             {"AT+CEREG?", "\r\n+CEREG: 0,1\r\n\r\nOK\r\n"}});
        s.submit(OpenPush0);
        QTRY_COMPARE(s.transactions.size(), 1);
        QVERIFY(s.engine.settings().directPush[0]);
        s.module->send("\r\n+QIURC: \"recv\",0,100\r\n0123456789\r\n");
        s.submit("AT+CEREG?");
        QTRY_COMPARE(s.transactions.size(), 2);
        QCOMPARE(outcomes(s.transactions).at(1), QStringLiteral("OK/"));
        QCOMPARE(s.transactions.at(1).lines.value(0).text, QByteArray("+CEREG: 0,1"));
        QCOMPARE(s.data, QByteArray("0123456789"));
    }
}

QTEST_GUILESS_MAIN(TestInterruptions)
#include "tst_interruptions.moc"
