// SPDX-License-Identifier: MIT
// The terminal's line ending, for real: typed commands end with CR, CR LF or
// LF as the port's profile says, travel through a real QSerialPort on a
// pseudo-terminal to the virtual module, which understands each like a real
// module, echoes it, and answers; the engine knows the echo, the command
// completes, and the recording decodes to the same transactions. The
// workbench's own commands keep V.250's CR.

#include "at/lineending.h"
#include "simharness.h"

#include <QSignalSpy>
#include <QTest>

using namespace bc25;
using at::LineEnding;

Q_DECLARE_METATYPE(bc25::at::LineEnding)

class TestLineEndings : public QObject
{
    Q_OBJECT

private slots:
    void virtualModuleTakesEachLineEnding_data();
    void virtualModuleTakesEachLineEnding();
    void typedCommandEndsAsChosenAndCompletes_data();
    void typedCommandEndsAsChosenAndCompletes();
    void workbenchCommandsKeepCr();
    void lineEndingNamesRoundTrip();

private:
    static void addEndings();
};

void TestLineEndings::addEndings()
{
    QTest::addColumn<LineEnding>("ending");
    QTest::newRow("CR") << LineEnding::Cr;
    QTest::newRow("CR LF") << LineEnding::CrLf;
    QTest::newRow("LF") << LineEnding::Lf;
}

void TestLineEndings::virtualModuleTakesEachLineEnding_data()
{
    addEndings();
}

void TestLineEndings::virtualModuleTakesEachLineEnding()
{
    // Byte for byte, straight to the module behind its pty: the echo (the
    // line as sent, its ending included) and then the answer.
    QFETCH(LineEnding, ending);
    test::SimHarness h;
    if (!h.start({}, 115200, false))
        QSKIP("no pseudo-terminal here");
    const QByteArray end = at::lineEndingBytes(ending);
    h.serial->write("AT+CSQ" + end);
    const QByteArray expected = "AT+CSQ" + end + "\r\n+CSQ: 22,0\r\n\r\nOK\r\n";
    QTRY_COMPARE(h.received, expected);
    // Two lines in one write: each ending ends one command, none runs into the next.
    h.received.clear();
    h.serial->write("AT" + end + "AT+CGATT?" + end);
    QTRY_VERIFY2(h.received.endsWith("+CGATT: 1\r\n\r\nOK\r\n"), h.received.constData());
    QCOMPARE(h.received.count("OK\r\n"), 2);
    QVERIFY(!h.received.contains("ERROR"));
}

void TestLineEndings::typedCommandEndsAsChosenAndCompletes_data()
{
    addEndings();
}

void TestLineEndings::typedCommandEndsAsChosenAndCompletes()
{
    QFETCH(LineEnding, ending);
    test::SimHarness h;
    if (!h.start())
        QSKIP("no pseudo-terminal here");
    QByteArray written;
    connect(&h.engine, &at::CommandEngine::rawTransmitted, this, [&written](const QByteArray &b) { written += b; });
    h.session->setTypedLineEnding(ending);
    QSignalSpy typed(h.session, &ModuleSession::typedCommandFinished);

    QCOMPARE(h.session->sendTyped("AT+CSQ"), QString());
    QTRY_COMPARE(typed.count(), 1);
    const at::Transaction first = typed.at(0).at(0).value<at::Transaction>();
    QVERIFY2(first.ok(), qPrintable(first.message));
    QVERIFY(first.echoSeen); // the echo, its ending included, was known as the echo
    QCOMPARE(first.command, QByteArray("AT+CSQ"));
    QCOMPARE(first.lines.size(), 2); // its answer, then its final result
    QCOMPARE(first.lines.at(0).text, QByteArray("+CSQ: 22,0"));
    QCOMPARE(first.lines.at(1).text, QByteArray("OK"));
    QCOMPARE(written, "AT+CSQ" + at::lineEndingBytes(ending));

    // Nothing of the ending is left over to spoil the next command.
    QCOMPARE(h.session->sendTyped("AT+CGATT?"), QString());
    QTRY_COMPARE(typed.count(), 2);
    const at::Transaction second = typed.at(1).at(0).value<at::Transaction>();
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(second.lines.at(0).text, QByteArray("+CGATT: 1"));
    QVERIFY(written.endsWith("AT+CGATT?" + at::lineEndingBytes(ending)));

    // A capture of it decodes to what the engine finished live.
    const QList<at::Transaction> decoded = h.decodedTransactions();
    QCOMPARE(decoded.size(), h.liveTransactions.size());
    for (qsizetype i = 0; i < decoded.size(); ++i) {
        QCOMPARE(decoded.at(i).command, h.liveTransactions.at(i).command);
        QCOMPARE(decoded.at(i).status, h.liveTransactions.at(i).status);
        QCOMPARE(decoded.at(i).echoSeen, h.liveTransactions.at(i).echoSeen);
    }
}

void TestLineEndings::workbenchCommandsKeepCr()
{
    test::SimHarness h;
    if (!h.start())
        QSKIP("no pseudo-terminal here");
    QList<QByteArray> writes;
    connect(&h.engine, &at::CommandEngine::rawTransmitted, this, [&writes](const QByteArray &b) { writes << b; });
    h.session->setTypedLineEnding(LineEnding::CrLf);
    QSignalSpy finished(&h.engine, &at::CommandEngine::transactionFinished);
    h.session->status()->refresh(); // the workbench's own polling
    QTRY_VERIFY(!finished.isEmpty() && h.engine.queuedCount() == 0 && !h.engine.isBusy());
    QVERIFY(!writes.isEmpty());
    for (const QByteArray &w : std::as_const(writes))
        QVERIFY2(w.endsWith('\r') && !w.contains('\n'), w.constData());
}

void TestLineEndings::lineEndingNamesRoundTrip()
{
    for (const LineEnding ending : {LineEnding::Cr, LineEnding::CrLf, LineEnding::Lf})
        QCOMPARE(at::lineEndingNamed(at::lineEndingName(ending)), ending);
    QCOMPARE(at::lineEndingNamed("crlf"), LineEnding::CrLf);
    QCOMPARE(at::lineEndingNamed("nonsense", LineEnding::Lf), LineEnding::Lf);
}

QTEST_GUILESS_MAIN(TestLineEndings)
#include "tst_lineendings.moc"
