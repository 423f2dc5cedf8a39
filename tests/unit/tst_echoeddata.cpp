// SPDX-License-Identifier: MIT
// The data phase of a send, as logs show it: a raw log of the virtual
// module's own output (it echoes the data, not the Ctrl+Z), real logs where
// the module echoed no data, AT+QISENDEX's hex digits, and captures whose
// write holds the command and its data. Every log reads the same whole and
// byte by byte.

#include "livesession.h"
#include "profile/moduleprofile.h"
#include "sim/virtualmodule.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace bc25;
using test::RawDecode;

namespace {

QStringList outcomes(const QList<at::Transaction> &transactions)
{
    QStringList out;
    for (const at::Transaction &t : transactions)
        out << QString::fromLatin1(t.command) + u' ' + QLatin1String(at::Transaction::statusName(t.status))
                        + u'/' + QLatin1String(at::Transaction::operationStatusName(t.operation.status));
    return out;
}

// Decoded whole and byte by byte: both must agree; the byte-by-byte one is returned.
QStringList decodedBothWays(const QByteArray &log, QStringList *kinds = nullptr)
{
    const RawDecode whole(log, false);
    const RawDecode bytes(log, true);
    if (whole.kinds != bytes.kinds || outcomes(whole.transactions) != outcomes(bytes.transactions))
        return {QStringLiteral("split-dependent")};
    for (qsizetype i = 0; i < whole.events.size(); ++i) {
        if (whole.events.at(i).offset != bytes.events.at(i).offset || whole.events.at(i).text != bytes.events.at(i).text)
            return {QStringLiteral("split-dependent at event %1").arg(i)};
    }
    if (kinds)
        *kinds = bytes.kinds;
    return outcomes(bytes.transactions);
}

} // namespace

class TestEchoedData : public QObject
{
    Q_OBJECT
private slots:
    void virtualModulesOwnOutputWithCtrlZ();
    void dataTheModuleDidNotEcho_data();
    void dataTheModuleDidNotEcho();
    void noEchoAtAnyLength_data();
    void noEchoAtAnyLength();
    void countedEchoHoldsWhatLooksLikeTheAnswer_data();
    void countedEchoHoldsWhatLooksLikeTheAnswer();
    void countedEchoInACapture_data();
    void countedEchoInACapture();
    void sendHexPromptFormIsCountedInHexDigits();
    void captureWriteHoldsTheCommandAndItsData_data();
    void captureWriteHoldsTheCommandAndItsData();
    void theNextCommandInTheDatasWriteWaitsForTheSend_data();
    void theNextCommandInTheDatasWriteWaitsForTheSend();
    void aCommandHeldBehindASendThatNeverEnds();
    void aShortReadEndsAtTheNextEchoedCommand_data();
    void aShortReadEndsAtTheNextEchoedCommand();
    void aUrcBeforeTheEchoedDataIsAUrc_data();
    void aUrcBeforeTheEchoedDataIsAUrc();
};

void TestEchoedData::virtualModulesOwnOutputWithCtrlZ()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QByteArray peerGot;
    QTcpSocket *peer = nullptr;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        peer = server.nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, this, [&] { peerGot += peer->readAll(); });
    });
    sim::VirtualModule module {profile::ModuleProfile::bc25(), sim::SimConfig {}};
    QByteArray log;
    connect(&module, &sim::VirtualModule::output, this, [&log](const QByteArray &bytes) { log += bytes; });
    module.receive("AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\"," + QByteArray::number(server.serverPort()) + ",0,0\r");
    QTRY_VERIFY(log.contains("+QIOPEN: 0,0"));
    module.receive("AT+QISEND=0\r");
    QTRY_VERIFY(log.endsWith("> "));
    module.receive("hello\x1a");
    QTRY_VERIFY(log.contains("SEND OK"));
    QTRY_COMPARE(peerGot, QByteArray("hello"));
    module.receive("AT+QICLOSE=0\r");
    QTRY_VERIFY(log.contains("CLOSE OK"));
    module.receive("AT\r");
    QTRY_VERIFY(log.endsWith("OK\r\n"));

    QStringList kinds;
    QCOMPARE(decodedBothWays(log, &kinds), (QStringList {
            QStringLiteral("AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",%1,0,0 OK/done").arg(server.serverPort()),
            "AT+QISEND=0 OK/done", "AT+QICLOSE=0 OK/done", "AT OK/"}));
    QVERIFY(!kinds.contains(QStringLiteral("unknown")));
    const RawDecode raw(log);
    for (const DecodedEvent &e : raw.events) {
        if (e.kind == DecodedEvent::Kind::Echo && e.offset > 0 && log.mid(e.offset - 2, 2) == "> ")
            QCOMPARE(e.text, QByteArray("hello")); // the echoed data, and no more
    }
}

void TestEchoedData::dataTheModuleDidNotEcho_data()
{
    QTest::addColumn<QByteArray>("log");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("fixed length, nothing echoed")
            << QByteArray("AT+QISEND=0,5\r\r\n> \r\nOK\r\n\r\nSEND OK\r\nAT\r\r\nOK\r\n")
            << QStringList {"AT+QISEND=0,5 OK/done", "AT OK/"};
    QTest::newRow("fixed length, nothing echoed, send failed")
            << QByteArray("AT+QISEND=0,100\r\r\n> \r\nOK\r\n\r\nSEND FAIL\r\nAT+QISTATE?\r\r\nOK\r\n")
            << QStringList {"AT+QISEND=0,100 OK/failed", "AT+QISTATE? OK/"};
    QTest::newRow("fixed length, refused")
            << QByteArray("AT+QISEND=0,512\r\r\n> \r\nERROR\r\nAT\r\r\nOK\r\n")
            << QStringList {"AT+QISEND=0,512 ERROR/", "AT OK/"};
    QTest::newRow("Ctrl+Z, nothing echoed")
            << QByteArray("AT+QISEND=0\r\r\n> \r\nOK\r\n\r\nSEND OK\r\nAT\r\r\nOK\r\n")
            << QStringList {"AT+QISEND=0 OK/done", "AT OK/"};
    QTest::newRow("Ctrl+Z not echoed, the data was")
            << QByteArray("AT+QISENDEX=0\r\r\n> 414243\r\nOK\r\n\r\nSEND OK\r\nAT\r\r\nOK\r\n")
            << QStringList {"AT+QISENDEX=0 OK/done", "AT OK/"};
    QTest::newRow("Esc not echoed, then the next command")
            << QByteArray("AT+QISEND=0\r\r\n> text\r\nAT+QIRD=0,512\r\r\n+QIRD: 0\r\n\r\nOK\r\n")
            << QStringList {"AT+QISEND=0 timeout/", "AT+QIRD=0,512 OK/"};
    QTest::newRow("a reboot in the data phase")
            << QByteArray("AT+QISEND=0\r\r\n> abc\r\nRDY\r\nAT\r\r\nOK\r\n")
            << QStringList {"AT+QISEND=0 aborted/", "AT OK/"};
    // A reboot partway through a counted echo: the answer does not follow the count,
    // so the restart line ends the data; the send is aborted, later commands are theirs.
    QTest::newRow("a reboot partway through a counted echo")
            << QByteArray("AT+QISEND=0,10\r\r\n> ab\r\nRDY\r\nAT\r\r\nOK\r\n")
            << QStringList {"AT+QISEND=0,10 aborted/", "AT OK/"};
    QTest::newRow("a reboot partway through a counted echo, the log ends before the count")
            << QByteArray("AT+QISEND=0,100\r\r\n> ab\r\nRDY\r\nATI\r\r\nQuectel\r\nBC25\r\n\r\nOK\r\n"
                          "AT+QISTATE?\r\r\n\r\nOK\r\n")
            << QStringList {"AT+QISEND=0,100 aborted/", "ATI OK/", "AT+QISTATE? OK/"};
    QTest::newRow("a reboot partway through a hex echo")
            << QByteArray("AT+QISENDEX=0,50\r\r\n> 4142\r\nRDY\r\nATI\r\r\nQuectel\r\nBC25\r\n\r\nOK\r\n")
            << QStringList {"AT+QISENDEX=0,50 aborted/", "ATI OK/"};
    QTest::newRow("RDY in the counted data, the answer after the count")
            << QByteArray("AT+QISEND=0,7\r\r\n> ab\r\nRDY\r\nOK\r\n\r\nSEND OK\r\nAT\r\r\nOK\r\n")
            << QStringList {"AT+QISEND=0,7 OK/done", "AT OK/"};
    // No echo, and a length that the answer's own bytes fill: a bare SEND OK after them is not the answer.
    for (const QByteArray &command : {QByteArray("AT+QISEND=0,6"), QByteArray("AT+QISEND=0,7"), QByteArray("AT+QISENDEX=0,3"),
                                     QByteArray("AT+QISENDEX=0,1")}) {
        QTest::newRow((command + ", nothing echoed, the answer as long as the data").constData())
                << command + "\r\r\n> \r\nOK\r\n\r\nSEND OK\r\nAT+CSQ\r\r\n+CSQ: 7,0\r\n\r\nOK\r\n"
                << QStringList {QString::fromLatin1(command) + " OK/done", "AT+CSQ OK/"};
    }
    // What the module did echo keeps its lines: text with OK on a line of its own.
    QTest::newRow("echoed text holding OK, ended by Ctrl+Z")
            << QByteArray("AT+QISEND=0\r\r\n> OK\r\nfake\x1a\r\nOK\r\n\r\nSEND OK\r\n")
            << QStringList {"AT+QISEND=0 OK/done"};
    QTest::newRow("echoed binary data holding OK, counted")
            << QByteArray("AT+QISEND=0,8\r\r\n> a\r\nOK\r\nb\r\nOK\r\n\r\nSEND OK\r\n")
            << QStringList {"AT+QISEND=0,8 OK/done"};
}

void TestEchoedData::dataTheModuleDidNotEcho()
{
    QFETCH(QByteArray, log);
    QFETCH(QStringList, expected);
    QStringList kinds;
    QCOMPARE(decodedBothWays(log, &kinds), expected);
    QVERIFY(!kinds.contains(QStringLiteral("unknown")));
}

// A module that echoes no data, at every length: its answer is never taken for the data.
void TestEchoedData::noEchoAtAnyLength_data()
{
    QTest::addColumn<QByteArray>("log");
    QTest::addColumn<QString>("expected");
    const QList<std::pair<QByteArray, QString>> answers {{"\r\nOK\r\n\r\nSEND OK\r\n", "OK/done"},
                                                         {"\r\nOK\r\n\r\nSEND FAIL\r\n", "OK/failed"},
                                                         {"\r\nERROR\r\n", "ERROR/"}};
    for (const QByteArray &send : {QByteArray("AT+QISEND=0,"), QByteArray("AT+QISENDEX=0,")}) {
        for (int length = 1; length <= 24; ++length) {
            for (const auto &[answer, outcome] : answers) {
                const QByteArray command = send + QByteArray::number(length);
                QTest::addRow("%s %s", command.constData(), qPrintable(outcome))
                        << command + "\r\r\n> " + answer << QString::fromLatin1(command) + u' ' + outcome;
            }
        }
    }
}

void TestEchoedData::noEchoAtAnyLength()
{
    QFETCH(QByteArray, log);
    QFETCH(QString, expected);
    QStringList kinds;
    QCOMPARE(decodedBothWays(log, &kinds), QStringList {expected});
    QCOMPARE(kinds.count(QStringLiteral("echo")), 1); // the command's; no data echo
}

// manual 2.1.5: AT+QISEND=<connectID>,<send_length> takes exactly <send_length>
// bytes after "> ", whatever they hold; the virtual module echoes them, then
// answers "\r\nOK\r\n". Data whose first line is an answer (OK, SEND OK, a
// restart, a URC, a command) was echoed when the answer follows the count.
void TestEchoedData::countedEchoHoldsWhatLooksLikeTheAnswer_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("result");
    for (const QByteArray &line : {QByteArray("OK"), QByteArray("SEND OK"), QByteArray("SEND FAIL"), QByteArray("ERROR"),
                                   QByteArray("RDY"), QByteArray("> "), QByteArray("+QIURC: \"closed\",0"),
                                   QByteArray("AT+CSQ")}) {
        QTest::newRow(("\\r\\n" + line + "\\r\\nab").constData()) << "\r\n" + line + "\r\nab" << QByteArray("SEND OK");
        QTest::newRow(("\\r\\n" + line + ", send failed").constData()) << "\r\n" + line << QByteArray("SEND FAIL");
    }
    QTest::newRow("only line ends") << QByteArray("\r\n\r\n") << QByteArray("SEND OK");
    QTest::newRow("a lone LF, then OK") << QByteArray("\nOK\n") << QByteArray("SEND OK");
}

void TestEchoedData::countedEchoHoldsWhatLooksLikeTheAnswer()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, result);
    const QByteArray command = "AT+QISEND=0," + QByteArray::number(data.size());
    const QByteArray log = command + "\r\r\n> " + data + "\r\nOK\r\n\r\n" + result + "\r\nAT\r\r\nOK\r\n";
    QStringList kinds;
    const QString sent = result == "SEND OK" ? QStringLiteral(" OK/done") : QStringLiteral(" OK/failed");
    QCOMPARE(decodedBothWays(log, &kinds), (QStringList {QString::fromLatin1(command) + sent, "AT OK/"}));
    QCOMPARE(kinds, (QStringList {"echo", "prompt", "echo", "final:OK", "final:" + QString::fromLatin1(result), "echo", "final:OK"}));
    for (const bool byteByByte : {false, true}) {
        const RawDecode raw(log, byteByByte);
        QCOMPARE(raw.events.at(2).text, data);
        QCOMPARE(raw.transactions.at(0).payload, data); // the raw log's data, as a capture has it
    }
}

// The same sends in a capture: the TX record is the data, the RX the module's echo and answer.
void TestEchoedData::countedEchoInACapture_data()
{
    countedEchoHoldsWhatLooksLikeTheAnswer_data();
}

void TestEchoedData::countedEchoInACapture()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, result);
    const QByteArray command = "AT+QISEND=0," + QByteArray::number(data.size());
    for (const bool byteByByte : {false, true}) {
        TrafficDecoder decoder(profile::ModuleProfile::bc25());
        QList<at::Transaction> transactions;
        QList<DecodedEvent> events;
        connect(&decoder, &TrafficDecoder::transactionDecoded, this,
                [&transactions](const at::Transaction &t) { transactions << t; });
        connect(&decoder, &TrafficDecoder::decoded, this, [&events](const DecodedEvent &e) { events << e; });
        qint64 time = 1000;
        auto receive = [&](const QByteArray &bytes) {
            for (qsizetype i = 0; i < bytes.size(); i += byteByByte ? 1 : bytes.size())
                decoder.received(bytes.mid(i, byteByByte ? 1 : bytes.size()), time);
        };
        decoder.transmitted(command + '\r', time++);
        receive(command + "\r\r\n> ");
        decoder.transmitted(data, ++time);
        receive(data + "\r\nOK\r\n\r\n" + result + "\r\n");
        decoder.transmitted("AT\r", ++time);
        receive("AT\r\r\nOK\r\n");
        decoder.finish();
        QCOMPARE(outcomes(transactions), (QStringList {QString::fromLatin1(command) + (result == "SEND OK" ? " OK/done" : " OK/failed"),
                                                       "AT OK/"}));
        QCOMPARE(transactions.at(0).payload, data);
        QCOMPARE(events.at(2).kind, DecodedEvent::Kind::Echo);
        QCOMPARE(events.at(2).text, data);
    }
}

void TestEchoedData::sendHexPromptFormIsCountedInHexDigits()
{
    // manual 2.1.6: <send_length> counts bytes, the prompt takes them as hex text.
    QStringList kinds;
    QCOMPARE(decodedBothWays("AT+QISENDEX=0,3\r\r\n> 414243\r\nOK\r\n\r\nSEND OK\r\n", &kinds),
             QStringList {"AT+QISENDEX=0,3 OK/done"});
    QCOMPARE(kinds, (QStringList {"echo", "prompt", "echo", "final:OK", "final:SEND OK"}));
    const RawDecode raw("AT+QISENDEX=0,3\r\r\n> 414243\r\nOK\r\n\r\nSEND OK\r\n");
    QCOMPARE(raw.events.at(2).text, QByteArray("414243"));
}

void TestEchoedData::captureWriteHoldsTheCommandAndItsData_data()
{
    QTest::addColumn<QByteArrayList>("writes");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("fixed length in one write") << QByteArrayList {"AT+QISEND=0,5\rhello"} << QByteArray("hello");
    QTest::newRow("Ctrl+Z in one write") << QByteArrayList {"AT+QISEND=0\rhello\x1a"} << QByteArray("hello");
    QTest::newRow("data split over writes") << QByteArrayList {"AT+QISEND=0,5\rhe", "llo"} << QByteArray("hello");
    QTest::newRow("data looking like a command") << QByteArrayList {"AT+QISEND=0,4\rAT\r\n"} << QByteArray("AT\r\n");
}

void TestEchoedData::captureWriteHoldsTheCommandAndItsData()
{
    QFETCH(QByteArrayList, writes);
    QFETCH(QByteArray, payload);
    const QByteArray command = writes.first().first(writes.first().indexOf('\r'));
    const QByteArray module = command + "\r\r\n> " + payload + "\r\nOK\r\n\r\nSEND OK\r\n";
    for (const bool byteByByte : {false, true}) {
        TrafficDecoder decoder(profile::ModuleProfile::bc25());
        QList<at::Transaction> transactions;
        connect(&decoder, &TrafficDecoder::transactionDecoded, this,
                [&transactions](const at::Transaction &t) { transactions << t; });
        qint64 time = 1000;
        // The host wrote the data before the prompt came (a fast writer).
        for (const QByteArray &write : std::as_const(writes))
            decoder.transmitted(write, time++);
        auto receive = [&](const QByteArray &bytes) {
            if (!byteByByte) {
                decoder.received(bytes, time);
                return;
            }
            for (const char c : bytes)
                decoder.received(QByteArray(1, c), time);
        };
        receive(module);
        // The next command, in a write of its own: never glued to the data.
        decoder.transmitted("AT\r", ++time);
        receive("AT\r\r\nOK\r\n");
        decoder.finish();
        QCOMPARE(outcomes(transactions), (QStringList {QString::fromLatin1(command + " OK/done"), "AT OK/"}));
        QCOMPARE(transactions.at(0).payload, payload.endsWith('\x1a') ? payload.chopped(1) : payload);
        QVERIFY(transactions.at(1).echoSeen);
    }
}

// A capture whose TX record holds a send's data and the next command: the
// data ends at its length (or its Ctrl+Z); the command is the module's once
// the send has its result, as the engine writes it then. Begun at once, it
// would time the send out.
void TestEchoedData::theNextCommandInTheDatasWriteWaitsForTheSend_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("withCommand"); // written with the command, before the prompt
    QTest::addColumn<QByteArray>("afterPrompt"); // written after the prompt
    QTest::addColumn<QByteArray>("result");
    QTest::addColumn<QStringList>("expected");
    const QStringList sentThenCsq {"AT+QISEND=0,5 OK/done", "AT+CSQ OK/"};
    const QStringList ctrlZThenCsq {"AT+QISEND=0 OK/done", "AT+CSQ OK/"};
    QTest::newRow("fixed length, after the prompt")
            << QByteArray("AT+QISEND=0,5") << QByteArray() << QByteArray("helloAT+CSQ\r") << QByteArray("SEND OK") << sentThenCsq;
    QTest::newRow("Ctrl+Z, after the prompt")
            << QByteArray("AT+QISEND=0") << QByteArray() << QByteArray("hello\x1a" "AT+CSQ\r") << QByteArray("SEND OK") << ctrlZThenCsq;
    QTest::newRow("fixed length, with the command")
            << QByteArray("AT+QISEND=0,5") << QByteArray("helloAT+CSQ\r") << QByteArray() << QByteArray("SEND OK") << sentThenCsq;
    QTest::newRow("Ctrl+Z, with the command")
            << QByteArray("AT+QISEND=0") << QByteArray("hello\x1a" "AT+CSQ\r") << QByteArray() << QByteArray("SEND OK") << ctrlZThenCsq;
    QTest::newRow("send failed")
            << QByteArray("AT+QISEND=0,5") << QByteArray() << QByteArray("helloAT+CSQ\r") << QByteArray("SEND FAIL")
            << QStringList {"AT+QISEND=0,5 OK/failed", "AT+CSQ OK/"};
    QTest::newRow("two commands after the data")
            << QByteArray("AT+QISEND=0,5") << QByteArray() << QByteArray("helloAT\rAT+CSQ\r") << QByteArray("SEND OK")
            << QStringList {"AT+QISEND=0,5 OK/done", "AT OK/", "AT+CSQ OK/"};
}

void TestEchoedData::theNextCommandInTheDatasWriteWaitsForTheSend()
{
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, withCommand);
    QFETCH(QByteArray, afterPrompt);
    QFETCH(QByteArray, result);
    QFETCH(QStringList, expected);
    QByteArray module = "hello\r\nOK\r\n\r\n" + result + "\r\n";
    if (expected.contains("AT OK/"))
        module += "AT\r\r\nOK\r\n";
    module += "AT+CSQ\r\r\n+CSQ: 7,0\r\n\r\nOK\r\n";
    for (const bool byteByByte : {false, true}) {
        TrafficDecoder decoder(profile::ModuleProfile::bc25());
        QList<at::Transaction> transactions;
        connect(&decoder, &TrafficDecoder::transactionDecoded, this,
                [&transactions](const at::Transaction &t) { transactions << t; });
        qint64 time = 1000;
        auto receive = [&](const QByteArray &bytes) {
            for (qsizetype i = 0; i < bytes.size(); i += byteByByte ? 1 : bytes.size())
                decoder.received(bytes.mid(i, byteByByte ? 1 : bytes.size()), time);
        };
        decoder.transmitted(command + '\r' + withCommand, time++);
        receive(command + "\r\r\n> ");
        if (!afterPrompt.isEmpty())
            decoder.transmitted(afterPrompt, time++);
        receive(module);
        decoder.finish();
        QCOMPARE(outcomes(transactions), expected);
        QCOMPARE(transactions.at(0).payload, QByteArray("hello"));
        QVERIFY(transactions.last().echoSeen);
        QCOMPARE(transactions.last().lines.first().text, QByteArray("+CSQ: 7,0"));
    }
}

QTEST_GUILESS_MAIN(TestEchoedData)
// A raw log with echo: +QIRD: 512 then 100 bytes and OK. Counted to 512,
// the read ate the next commands, and the count ended inside a later record
// again and again: one transaction swallowed the log. The next command's
// echo at a line start, with no trailer after the count, ends the read
// before its OK (payloadrestart.cpp); data that holds "AT…" and is followed
// by its trailer stays whole.
// The send's time-out is its result: the command held behind it begins then and
// takes its own answer; a link closed while it is held fails it with the send.
void TestEchoedData::aCommandHeldBehindASendThatNeverEnds()
{
    for (const bool byteByByte : {false, true}) {
        for (const bool linkCloses : {false, true}) {
            TrafficDecoder decoder(profile::ModuleProfile::bc25());
            QList<at::Transaction> transactions;
            connect(&decoder, &TrafficDecoder::transactionDecoded, this,
                    [&transactions](const at::Transaction &t) { transactions << t; });
            auto receive = [&](const QByteArray &bytes, qint64 time) {
                for (qsizetype i = 0; i < bytes.size(); i += byteByByte ? 1 : bytes.size())
                    decoder.received(bytes.mid(i, byteByByte ? 1 : bytes.size()), time);
            };
            decoder.transmitted("AT+QISEND=0,4\r", 1000);
            receive("AT+QISEND=0,4\r\r\n> ", 1000);
            decoder.transmitted("abcdAT+CSQ\r", 1001);
            receive("abcd", 1001);
            if (linkCloses) {
                decoder.noted(TrafficDecoder::linkClosedNote(QStringLiteral("pulled")), 1002);
                decoder.transmitted("ATI\r", 1003);
                receive("ATI\r\r\nQuectel\r\n\r\nOK\r\n", 1003);
            } else {
                receive("AT+CSQ\r\r\n+CSQ: 7,0\r\n\r\nOK\r\n", 200000); // long after the send's time limit
            }
            decoder.finish();
            QCOMPARE(outcomes(transactions), linkCloses ? (QStringList {"AT+QISEND=0,4 aborted/", "AT+CSQ aborted/", "ATI OK/"})
                                                        : (QStringList {"AT+QISEND=0,4 timeout/", "AT+CSQ OK/"}));
            if (linkCloses)
                QCOMPARE(transactions.at(1).message, QStringLiteral("pulled"));
        }
    }
}

void TestEchoedData::aShortReadEndsAtTheNextEchoedCommand_data()
{
    QTest::addColumn<bool>("byteByByte");
    QTest::newRow("whole") << false;
    QTest::newRow("byte by byte") << true;
}

void TestEchoedData::aShortReadEndsAtTheNextEchoedCommand()
{
    QFETCH(bool, byteByByte);
    const QByteArray shortRead = "AT+QIRD=0,512\r\r\n+QIRD: 512\r\n" + QByteArray(100, 'y') + "\r\nOK\r\n";
    const QByteArray log = "AT+QIRD=0,12\r\r\n+QIRD: 12\r\nAT+CSQ\r\nabcd\r\nOK\r\n" + shortRead.repeated(6)
            + "AT+CSQ\r\r\n+CSQ: 7,0\r\n\r\nOK\r\n";
    const RawDecode decoded(log, byteByByte);
    QCOMPARE(decoded.transactions.size(), 8);
    QCOMPARE(decoded.transactions.at(0).data, QByteArray("AT+CSQ\r\nabcd")); // the trailer followed: data
    QCOMPARE(decoded.transactions.at(0).status, at::Transaction::Status::Ok);
    for (int i = 1; i <= 6; ++i) {
        const at::Transaction &read = decoded.transactions.at(i);
        QCOMPARE(read.command, QByteArray("AT+QIRD=0,512"));
        QCOMPARE(read.status, at::Transaction::Status::Ok);
        QCOMPARE(read.data, QByteArray(100, 'y'));
    }
    QCOMPARE(decoded.transactions.at(7).command, QByteArray("AT+CSQ"));
    QCOMPARE(decoded.transactions.at(7).status, at::Transaction::Status::Ok);
    QCOMPARE(decoded.data, QByteArray("AT+CSQ\r\nabcd") + QByteArray(600, 'y'));
}

void TestEchoedData::aUrcBeforeTheEchoedDataIsAUrc_data()
{
    QTest::addColumn<QByteArray>("log");
    QTest::addColumn<QStringList>("expected"); // each transaction: outcome, then its payload
    QTest::addColumn<int>("urcs");
    // The adversary's closedsend.log: the socket closed while the prompt waited;
    // the module printed its URC as "\r\n+QIURC: ...\r\n", then echoed the data.
    QTest::newRow("Ctrl+Z form")
            << QByteArray("AT+QISEND=0\r\r\n> \r\n+QIURC: \"closed\",0\r\nabc\x1a\r\nERROR\r\nAT\r\r\nOK\r\n")
            << QStringList {"AT+QISEND=0 ERROR/ abc", "AT OK/ "} << 1;
    QTest::newRow("fixed length")
            << QByteArray("AT+QISEND=1,5\r\r\n> \r\n+QIURC: \"closed\",1\r\nhello\r\nERROR\r\nAT+QISTATE?\r\r\nOK\r\n")
            << QStringList {"AT+QISEND=1,5 ERROR/ hello", "AT+QISTATE? OK/ "} << 1;
    QTest::newRow("two URCs, then the data")
            << QByteArray("AT+QISEND=1,5\r\r\n> \r\n+QIURC: \"closed\",1\r\n\r\n+QIURC: \"recv\",0\r\nhello\r\nERROR\r\n")
            << QStringList {"AT+QISEND=1,5 ERROR/ hello"} << 2;
    // Not a URC: the data itself begins with a line end (any bytes are data).
    QTest::newRow("data that starts with CR LF")
            << QByteArray("AT+QISEND=0,6\r\r\n> \r\nabcd\r\nOK\r\n\r\nSEND OK\r\n")
            << QStringList {"AT+QISEND=0,6 OK/done \r\nabcd"} << 0;
    QTest::newRow("a line the model has no URC of")
            << QByteArray("AT+QISEND=0,11\r\r\n> \r\n+QIURC: x\r\n\r\nOK\r\n\r\nSEND OK\r\n")
            << QStringList {"AT+QISEND=0,11 OK/done \r\n+QIURC: x"} << 0;
    // A socket the BC25 does not have (0-5): not its URC, data.
    QTest::newRow("a socket the model has not")
            << QByteArray("AT+QISEND=0,20\r\r\n> \r\n+QIURC: \"closed\",9\r\n\r\nOK\r\n\r\nSEND OK\r\n")
            << QStringList {"AT+QISEND=0,20 OK/done \r\n+QIURC: \"closed\",9"} << 0;
    // The module answered at once (nothing echoed): its answer, as before.
    QTest::newRow("the answer at once")
            << QByteArray("AT+QISEND=0\r\r\n> \r\nERROR\r\nAT\r\r\nOK\r\n")
            << QStringList {"AT+QISEND=0 ERROR/ ", "AT OK/ "} << 0;
    // The log ends inside the line looked at: its bytes are data after all.
    QTest::newRow("cut inside the line")
            << QByteArray("AT+QISEND=0\r\r\n> \r\n+QIURC: \"clo")
            << QStringList {"AT+QISEND=0 aborted/ \r\n+QIURC: \"clo"} << 0;
}

void TestEchoedData::aUrcBeforeTheEchoedDataIsAUrc()
{
    QFETCH(QByteArray, log);
    QFETCH(QStringList, expected);
    QFETCH(int, urcs);
    // Whole, byte by byte, and cut in two at every byte: the same transactions and events.
    auto decode = [&log](qsizetype cut, QStringList *kinds) {
        TrafficDecoder decoder(profile::ModuleProfile::bc25());
        QStringList out;
        QObject::connect(&decoder, &TrafficDecoder::transactionDecoded, [&out](const at::Transaction &t) {
            out << QString::fromLatin1(t.command) + u' ' + QLatin1String(at::Transaction::statusName(t.status)) + u'/'
                            + QLatin1String(at::Transaction::operationStatusName(t.operation.status)) + u' '
                            + QString::fromLatin1(t.payload);
        });
        QObject::connect(&decoder, &TrafficDecoder::decoded, [kinds](const DecodedEvent &e) {
            *kinds << QLatin1String(DecodedEvent::kindName(e.kind)) + u'@' + QString::number(e.offset);
        });
        if (cut < 0) {
            for (qsizetype i = 0; i < log.size(); ++i)
                decoder.received(log.mid(i, 1));
        } else {
            decoder.received(log.first(cut));
            decoder.received(log.sliced(cut));
        }
        decoder.finish();
        return out;
    };
    QStringList wholeKinds;
    QCOMPARE(decode(log.size(), &wholeKinds), expected);
    QCOMPARE(wholeKinds.filter(QStringLiteral("urc@")).size(), urcs);
    for (qsizetype cut = -1; cut < log.size(); ++cut) {
        QStringList kinds;
        const QStringList got = decode(cut, &kinds);
        QVERIFY2(got == expected && kinds == wholeKinds, qPrintable(QStringLiteral("cut at %1: ").arg(cut) + got.join(u'|')));
    }
}

#include "tst_echoeddata.moc"
