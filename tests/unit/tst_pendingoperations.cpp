// SPDX-License-Identifier: MIT
// What ends a pending command or second phase, live and decoded: a reboot
// (RDY) ends everything the module was doing, and an operation the module
// confirmed ends the stale one it leaves no room for (a socket closed and
// opened again, one ping at a time). Each case runs through the engine
// against a scripted module, then its capture and its raw log are decoded.

#include "livesession.h"
#include "transactionshape.h"

#include <QElapsedTimer>
#include <QTest>

using namespace bc25;
using test::LiveSession;
using test::RawDecode;
using test::ScriptStep;
using test::shapes;

namespace {

// A transaction's two outcomes: "OK/done", "aborted/", "OK/aborted".
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

const QByteArray OpenBuffer = R"(AT+QIOPEN=1,0,"TCP","10.0.0.1",80,0,0)";
const QByteArray OpenPush = R"(AT+QIOPEN=1,0,"TCP","10.0.0.1",80,0,1)";

} // namespace

class TestPendingOperations : public QObject
{
    Q_OBJECT
private slots:
    void restartEndsWhatWasPending_data();
    void restartEndsWhatWasPending();
    void socketClosedBeforeItOpenedThenOpenedAgain();
    void cutShortPingsStayBoundedAndLinear();
    void whatNeverEndsKeepsABoundedRecord();
};

void TestPendingOperations::restartEndsWhatWasPending_data()
{
    QTest::addColumn<QList<ScriptStep>>("script");
    QTest::addColumn<QByteArrayList>("commands");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("directPush0");

    // The stale open (buffer access) must not take the new open's +QIOPEN
    // and its access mode (direct push).
    QTest::newRow("open") << QList<ScriptStep> {
            {OpenBuffer, "\r\nOK\r\n"},
            {{}, "\r\nRDY\r\n"},
            {OpenPush, "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n"},
            {"AT", "\r\nOK\r\n"},
        } << QByteArrayList {OpenBuffer, OpenPush, "AT"}
          << QStringList {"OK/aborted", "OK/done", "OK/"} << true;
    QTest::newRow("send") << QList<ScriptStep> {
            {"AT+QISEND=0,5,hello", "\r\nOK\r\n"},
            {{}, "\r\nRDY\r\n"},
            {"AT+QISEND=1,2,hi", "\r\nOK\r\n\r\nSEND FAIL\r\n"},
        } << QByteArrayList {"AT+QISEND=0,5,hello", "AT+QISEND=1,2,hi"}
          << QStringList {"OK/aborted", "OK/failed"} << false;
    QTest::newRow("close") << QList<ScriptStep> {
            {"AT+QICLOSE=0", "\r\nOK\r\n"},
            {{}, "\r\nRDY\r\n"},
            {"AT+QICLOSE=1", "\r\nOK\r\n\r\nCLOSE OK\r\n"},
        } << QByteArrayList {"AT+QICLOSE=0", "AT+QICLOSE=1"}
          << QStringList {"OK/aborted", "OK/done"} << false;
    // The command in flight ends at once, not after its time limit.
    QTest::newRow("command in flight") << QList<ScriptStep> {
            {"AT+QIRD=0,512", "\r\nRDY\r\n"},
            {"AT", "\r\nOK\r\n"},
        } << QByteArrayList {"AT+QIRD=0,512", "AT"}
          << QStringList {"aborted/", "OK/"} << false;
    // A direct-push socket is gone after the reboot: the next URC is read as the manual's default.
    QTest::newRow("access mode") << QList<ScriptStep> {
            {OpenPush, "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n\r\nRDY\r\n"},
            {R"(AT+QICFG="showlength",1)", "\r\n+QICFG: \"showlength\",1\r\n\r\nOK\r\n\r\n+QIURC: \"recv\",0,4\r\n"},
            {"AT", "\r\nOK\r\n"},
        } << QByteArrayList {OpenPush, R"(AT+QICFG="showlength",1)", "AT"}
          << QStringList {"OK/done", "OK/", "OK/"} << false;
}

void TestPendingOperations::restartEndsWhatWasPending()
{
    QFETCH(QList<ScriptStep>, script);
    QFETCH(QByteArrayList, commands);
    QFETCH(QStringList, expected);
    QFETCH(bool, directPush0);
    LiveSession s;
    s.module->setScript(script);
    QElapsedTimer clock;
    clock.start();
    int restarts = 0;
    QObject::connect(&s.engine, &at::CommandEngine::urcReceived, [&restarts](const at::ResultLine &line) {
        restarts += line.text == "RDY";
    });
    // The rest is asked of the restarted module: commands queued before the
    // RDY are not sent (tst_interruptions).
    s.submit(commands.constFirst());
    QTRY_COMPARE(restarts, 1);
    for (const QByteArray &command : commands.sliced(1))
        s.submit(command);
    QTRY_COMPARE(s.transactions.size(), commands.size());
    QVERIFY2(clock.elapsed() < 2500, "a reboot ends what was pending at once, not at its time limit");
    // Finished in completion order: the aborted ones at the RDY, before the next.
    QCOMPARE(outcomes(s.transactions), expected);
    QCOMPARE(s.engine.settings().directPush[0], directPush0);
    QVERIFY(s.data.isEmpty());
    for (const at::Transaction &t : std::as_const(s.transactions)) {
        if (t.status == at::Transaction::Status::Aborted)
            QVERIFY(t.message.contains(QLatin1String("RDY")));
        if (t.operation.status == at::OperationResult::Status::Aborted)
            QVERIFY(t.operation.message.contains(QLatin1String("RDY")));
    }
    // The capture and the raw log read as the session went.
    QCOMPARE(shapes(s.decoded()), shapes(s.transactions));
    for (const bool byteByByte : {true, false}) {
        const RawDecode raw(rawLog(s), byteByByte);
        QCOMPARE(outcomes(raw.transactions), expected);
        QVERIFY(raw.data.isEmpty());
    }
}

void TestPendingOperations::socketClosedBeforeItOpenedThenOpenedAgain()
{
    LiveSession s;
    s.module->setScript({
        {OpenBuffer, "\r\nOK\r\n"},
        {"AT+QICLOSE=0", "\r\nOK\r\n\r\nCLOSE OK\r\n"},
        {OpenPush, "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n"},
    });
    s.submit(OpenBuffer);
    s.submit("AT+QICLOSE=0");
    s.submit(OpenPush);
    // The new open finishes with its own result at once (it used to wait 36 s
    // while the stale open took its +QIOPEN).
    QTRY_COMPARE(s.transactions.size(), 3);
    QCOMPARE(outcomes(s.transactions), (QStringList {"OK/aborted", "OK/done", "OK/done"}));
    QCOMPARE(s.transactions.at(0).command, OpenBuffer);
    QVERIFY(s.transactions.at(0).operation.message.contains(QLatin1String("AT+QICLOSE=0")));
    QCOMPARE(s.transactions.at(2).command, OpenPush);
    QCOMPARE(s.transactions.at(2).operation.lines.at(0).text, QByteArray("+QIOPEN: 0,0"));
    QVERIFY(s.engine.settings().directPush[0]); // the new open's access mode
    QCOMPARE(s.engine.pendingOperationCount(), 0);
    QCOMPARE(shapes(s.decoded()), shapes(s.transactions));
    const RawDecode raw(rawLog(s));
    QCOMPARE(outcomes(raw.transactions), outcomes(s.transactions));
}

void TestPendingOperations::cutShortPingsStayBoundedAndLinear()
{
    // Pings cut short without their summary line (a reset the log did not
    // show): each new ping the module confirmed ends the one before, so the
    // open operations stay as few as the module allows and the cost linear.
    const QByteArray ping = "AT+QPING=1,\"10.0.0.1\"\r\r\nOK\r\n\r\n+QPING: 0,\"10.0.0.1\",32,40,255\r\n";
    auto decodeTime = [&ping](int count, int *pending, int *transactions) {
        QByteArray log;
        log.reserve(ping.size() * count);
        for (int i = 0; i < count; ++i)
            log += ping;
        QElapsedTimer clock;
        clock.start();
        const RawDecode raw(log, false);
        *pending = raw.pendingOperations;
        *transactions = int(raw.transactions.size());
        return clock.nsecsElapsed();
    };
    int pending = 0;
    int transactions = 0;
    const qint64 small = decodeTime(5000, &pending, &transactions);
    QCOMPARE(pending, 1);
    QCOMPARE(transactions, 5000);
    const qint64 large = decodeTime(40000, &pending, &transactions);
    QCOMPARE(pending, 1);
    QCOMPARE(transactions, 40000);
    // Eight times the input: linear is 8x; the quadratic search was 64x.
    QVERIFY2(large < 24 * small, qPrintable(QStringLiteral("%1 ns against %2 ns").arg(large).arg(small)));
}

void TestPendingOperations::whatNeverEndsKeepsABoundedRecord()
{
    // A raw log has no times: an unknown command owning text lines and an
    // open whose +QIOPEN never came stay open to the end of the log.
    QByteArray log = "AT+QIOPEN=1,3,\"TCP\",\"10.0.0.1\",80,0,0\r\r\nOK\r\nAT+XYZ\r\r\n";
    for (int i = 0; i < 20000; ++i)
        log += "line " + QByteArray::number(i) + "\r\n\r\n+QIURC: \"closed\",1\r\n";
    const RawDecode raw(log, false);
    QCOMPARE(raw.transactions.size(), 2);
    for (const at::Transaction &t : raw.transactions) {
        QVERIFY(t.lines.size() <= 4096);
        QVERIFY(t.urcs.size() <= 4096);
        QCOMPARE(t.status, t.command == "AT+XYZ" ? at::Transaction::Status::Aborted : at::Transaction::Status::Ok);
    }
    QCOMPARE(raw.transactions.at(0).lines.constLast().text, QByteArray("line 4095"));
}

QTEST_GUILESS_MAIN(TestPendingOperations)
#include "tst_pendingoperations.moc"
