// SPDX-License-Identifier: MIT
// One byte of an echo garbled on the line (AT+CSP for AT+CSQ): the command's
// own answer lines and its final result still belong to it when nothing else
// waits for an answer. Before, the OK was taken for a late answer, the
// command timed out after 3 s and the decoder reported 3900 ms.

#include "bc25/commands.h"
#include "profile/moduleprofile.h"
#include "livesession.h"

#include <QSignalSpy>
#include <QTest>

using namespace bc25;

class TestGarbledEcho : public QObject
{
    Q_OBJECT

private slots:
    void theFinalAfterItsOwnLinesIsItsOwn_data();
    void theFinalAfterItsOwnLinesIsItsOwn();
    void anotherCommandsEchoBeforeOursIsNotOurAnswer_data();
    void anotherCommandsEchoBeforeOursIsNotOurAnswer();
    void withEchoOffALineStartingAtIsAnAnswer();
    void aCommandOursBeginsWithIsAnothers_data();
    void aCommandOursBeginsWithIsAnothers();
    void anEchoOneParameterApartIsAnotherCommands_data();
    void anEchoOneParameterApartIsAnotherCommands();
    void withEchoOnALineBeforeOurEchoIsNotOurAnswer_data();
    void withEchoOnALineBeforeOurEchoIsNotOurAnswer();
};

namespace {

QStringList linesOf(const at::Transaction &transaction)
{
    QStringList lines;
    for (const at::ResultLine &line : transaction.lines)
        lines << QString::fromLatin1(line.text);
    return lines;
}

} // namespace

void TestGarbledEcho::theFinalAfterItsOwnLinesIsItsOwn_data()
{
    QTest::addColumn<bool>("byteByByte");
    QTest::addColumn<QByteArray>("echo"); // AT+CSQ's echo as the line brought it
    // A byte replaced, lost, doubled; bytes kept from before the link opened in front (adv7 1, 2).
    for (const QByteArray &echo : {QByteArray("AT+CSP"), QByteArray("AT+SQ"), QByteArray("AT+CSSQ"), QByteArray("AT+CGAT+CSQ")}) {
        QTest::addRow("%s, whole", echo.constData()) << false << echo;
        QTest::addRow("%s, byte by byte", echo.constData()) << true << echo;
    }
}

void TestGarbledEcho::theFinalAfterItsOwnLinesIsItsOwn()
{
    QFETCH(bool, byteByByte);
    QFETCH(QByteArray, echo);
    test::LiveSession session(false); // the script writes the echoes itself
    session.module->setByteByByte(byteByByte);
    session.module->setScript({{"AT", "AT\r\r\nOK\r\n"},
                               {"AT+CSQ", echo + "\r\r\n+CSQ: 7,0\r\n\r\nOK\r\n"},
                               {"AT+CGMR", "AT+CGMR\r\r\nRevision: X\r\n\r\nOK\r\n"}});
    QSignalSpy late(&session.engine, &at::CommandEngine::lateResult);
    session.engine.submit(Commands::attention(bc25::profile::ModuleProfile::bc25()->catalog()).command);
    session.engine.submit(Commands::signalQuality(bc25::profile::ModuleProfile::bc25()->catalog()).command);
    session.submit("AT+CGMR");
    QTRY_COMPARE(session.transactions.size(), 3);
    QCOMPARE(late.count(), 0);

    for (const QList<at::Transaction> &transactions : {session.transactions, session.decoded()}) {
        QCOMPARE(transactions.size(), 3);
        const at::Transaction &csq = transactions.at(1);
        QCOMPARE(csq.command, QByteArray("AT+CSQ"));
        QCOMPARE(csq.status, at::Transaction::Status::Ok);
        QVERIFY(csq.echoDiffered);
        QCOMPARE(csq.lines.size(), 2);
        QCOMPARE(csq.lines.constFirst().name, QByteArray("CSQ"));
        QVERIFY(!transactions.at(0).echoDiffered);
        QCOMPARE(transactions.at(2).status, at::Transaction::Status::Ok);
        QVERIFY(!transactions.at(2).echoDiffered);
    }
    // Echo stays on: a garbled echo is not the ATE0 an unechoed answer means.
    QVERIFY(session.engine.echoDetected());
}

// What a pseudo-terminal or a UART kept from before the link opened (the last
// link's AT+CGMR, answered after it closed) comes in front of the first answers.
// Before, the stale echo was taken for AT's (its "+CGMR" a line), the real "AT"
// echo for ATI's first line, and the module was identified as "AT".
void TestGarbledEcho::anotherCommandsEchoBeforeOursIsNotOurAnswer_data()
{
    QTest::addColumn<bool>("byteByByte");
    QTest::addColumn<QByteArray>("staleBefore"); // the command whose answer the stale bytes come with
    for (const QByteArray &command : {QByteArray("AT"), QByteArray("ATI")}) {
        QTest::addRow("before %s, whole", command.constData()) << false << command;
        QTest::addRow("before %s, byte by byte", command.constData()) << true << command;
    }
}

void TestGarbledEcho::anotherCommandsEchoBeforeOursIsNotOurAnswer()
{
    QFETCH(bool, byteByByte);
    QFETCH(QByteArray, staleBefore);
    const QByteArray stale = "AT+CGMR\r\r\nBG96MAR02A07M1G\r\n\r\nOK\r\n";
    QByteArray attention = "AT\r\r\nOK\r\n";
    QByteArray identify = "ATI\r\r\nQuectel\r\nBG96\r\nRevision: BG96MAR02A07M1G\r\n\r\nOK\r\n";
    (staleBefore == "AT" ? attention : identify).prepend(stale);

    test::LiveSession session(false); // the script writes the echoes itself
    session.module->setByteByByte(byteByByte);
    session.module->setScript({{"AT", attention}, {"ATI", identify}});
    QSignalSpy late(&session.engine, &at::CommandEngine::lateResult);
    const CommandCatalog &catalog = bc25::profile::ModuleProfile::bc25()->catalog();
    session.engine.submit(Commands::attention(catalog).command);
    session.engine.submit(Commands::identify(catalog).command);
    QTRY_COMPARE(session.transactions.size(), 2);
    QCOMPARE(late.count(), 1); // the stale OK, said to be another's

    for (const QList<at::Transaction> &transactions : {session.transactions, session.decoded()}) {
        QCOMPARE(transactions.size(), 2);
        QCOMPARE(transactions.at(0).status, at::Transaction::Status::Ok);
        QVERIFY(!transactions.at(0).echoDiffered);
        const at::Transaction &ati = transactions.at(1);
        QCOMPARE(ati.status, at::Transaction::Status::Ok);
        QVERIFY(!ati.echoDiffered);
        QStringList lines;
        for (const at::ResultLine &line : ati.lines)
            lines << QString::fromLatin1(line.text);
        QCOMPARE(lines, (QStringList {"Quectel", "BG96", "Revision: BG96MAR02A07M1G", "OK"}));
    }
}

// With echo off (ATE0 answered without an echo), no line is an echo: an
// answer that starts "AT" is the command's (adv7 3: it was read as another's
// echo, and the next command's answer was given to this one).
void TestGarbledEcho::withEchoOffALineStartingAtIsAnAnswer()
{
    test::LiveSession session(false);
    session.module->setScript({{"ATE0", "\r\nOK\r\n"},
                               {"AT+CGMR", "\r\nATLAS_R01A02\r\n\r\nOK\r\n"},
                               {"AT+CGSN", "\r\n866\r\n\r\nOK\r\n"}});
    session.submit("ATE0");
    session.submit("AT+CGMR");
    session.submit("AT+CGSN");
    QTRY_COMPARE(session.transactions.size(), 3);
    for (const QList<at::Transaction> &transactions : {session.transactions, session.decoded()}) {
        QCOMPARE(transactions.size(), 3);
        QCOMPARE(transactions.at(1).status, at::Transaction::Status::Ok);
        QCOMPARE(transactions.at(1).lines.constFirst().text, QByteArray("ATLAS_R01A02"));
        QCOMPARE(transactions.at(2).status, at::Transaction::Status::Ok);
        QCOMPARE(transactions.at(2).lines.constFirst().text, QByteArray("866"));
    }
}

// A stale AT's echo and OK before ATI's: AT is a command of its own, not
// ATI's echo with its last byte lost (new-user pass 8: the status bar named
// the module "AT", from ATI's answer lines "AT", "OK").
void TestGarbledEcho::aCommandOursBeginsWithIsAnothers_data()
{
    QTest::addColumn<bool>("byteByByte");
    QTest::newRow("whole") << false;
    QTest::newRow("byte by byte") << true;
}

void TestGarbledEcho::aCommandOursBeginsWithIsAnothers()
{
    QFETCH(bool, byteByByte);
    test::LiveSession session(false);
    session.module->setByteByByte(byteByByte);
    session.module->setScript({{"AT", "AT\r\r\nOK\r\n"},
                               {"ATI", "AT\r\r\nOK\r\nATI\r\r\nQuectel\r\nBC25\r\nRevision: BC25JAR01A04\r\n\r\nOK\r\n"}});
    QSignalSpy late(&session.engine, &at::CommandEngine::lateResult);
    session.submit("AT");
    session.submit("ATI");
    QTRY_COMPARE(session.transactions.size(), 2);
    QCOMPARE(late.count(), 1); // the stale AT's OK
    for (const QList<at::Transaction> &transactions : {session.transactions, session.decoded()}) {
        QCOMPARE(transactions.size(), 2);
        QCOMPARE(transactions.at(1).status, at::Transaction::Status::Ok);
        QVERIFY(!transactions.at(1).echoDiffered);
        QCOMPARE(linesOf(transactions.at(1)), (QStringList {"Quectel", "BC25", "Revision: BC25JAR01A04", "OK"}));
    }
}

// An echo one edit from ours where the edit is a parameter's digit or a
// query mark is another command's (adv8 F1: AT+QIRD=1,512's answer, socket
// 1's bytes, was taken for our AT+QIRD=0,512's): its answer is late, ours
// comes after our own echo.
void TestGarbledEcho::anEchoOneParameterApartIsAnotherCommands_data()
{
    QTest::addColumn<bool>("byteByByte");
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("foreign"); // another command's echo and answer, before ours
    QTest::addColumn<QByteArray>("answer");  // ours, after our echo
    QTest::addColumn<QStringList>("lines");
    const struct
    {
        const char *name;
        QByteArray command, foreign, answer;
        QStringList lines;
    } rows[] = {
        {"QIRD socket 1 before socket 0", "AT+QIRD=0,512", "AT+QIRD=1,512\r\r\n+QIRD: 5\r\nSOCK1\r\nOK\r\n",
         "\r\n+QIRD: 5\r\nsock0\r\nOK\r\n", {"+QIRD: 5", "OK"}},
        {"CEREG test form before the read", "AT+CEREG?", "AT+CEREG=?\r\r\n+CEREG: (0-5)\r\n\r\nOK\r\n",
         "\r\n+CEREG: 0,1\r\n\r\nOK\r\n", {"+CEREG: 0,1", "OK"}},
        {"CSQ read before CSQ test", "AT+CSQ=?", "AT+CSQ\r\r\n+CSQ: 9,0\r\n\r\nOK\r\n",
         "\r\n+CSQ: (0-31,99),(0-7,99)\r\n\r\nOK\r\n", {"+CSQ: (0-31,99),(0-7,99)", "OK"}},
    };
    for (const auto &row : rows) {
        for (const bool byteByByte : {false, true})
            QTest::addRow("%s, %s", row.name, byteByByte ? "byte by byte" : "whole")
                << byteByByte << row.command << row.foreign << row.answer << row.lines;
    }
}

void TestGarbledEcho::anEchoOneParameterApartIsAnotherCommands()
{
    QFETCH(bool, byteByByte);
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, foreign);
    QFETCH(QByteArray, answer);
    QFETCH(QStringList, lines);
    test::LiveSession session(false); // the script writes the echoes itself
    session.module->setByteByByte(byteByByte);
    session.module->setScript({{"AT", "AT\r\r\nOK\r\n"}, {command, foreign + command + "\r" + answer}});
    QSignalSpy late(&session.engine, &at::CommandEngine::lateResult);
    session.submit("AT");
    session.submit(command);
    QTRY_COMPARE(session.transactions.size(), 2);
    QCOMPARE(late.count(), 1); // the other command's OK

    for (const QList<at::Transaction> &transactions : {session.transactions, session.decoded()}) {
        QCOMPARE(transactions.size(), 2);
        const at::Transaction &ours = transactions.at(1);
        QCOMPARE(ours.status, at::Transaction::Status::Ok);
        QVERIFY(!ours.echoDiffered);
        QCOMPARE(linesOf(ours), lines);
    }
}

// With echo known on, a line of our answer's name before our echo is not
// ours: a URC of that name or an earlier command's late answer (adv8 F2: the
// health check passed "attached" on a stale +CGATT: 1 while the module said 0).
void TestGarbledEcho::withEchoOnALineBeforeOurEchoIsNotOurAnswer_data()
{
    QTest::addColumn<bool>("byteByByte");
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("before"); // before our echo
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QStringList>("lines");
    const struct
    {
        const char *name;
        QByteArray command, before, answer;
        QStringList lines;
    } rows[] = {
        {"CGATT", "AT+CGATT?", "\r\n+CGATT: 1\r\n", "\r\n+CGATT: 0\r\n\r\nOK\r\n", {"+CGATT: 0", "OK"}},
        {"CPIN", "AT+CPIN?", "\r\n+CPIN: READY\r\n", "\r\n+CPIN: SIM PIN\r\n\r\nOK\r\n", {"+CPIN: SIM PIN", "OK"}},
        {"CSQ", "AT+CSQ", "\r\n+CSQ: 22,0\r\n", "\r\n+CSQ: 99,99\r\n\r\nOK\r\n", {"+CSQ: 99,99", "OK"}},
    };
    for (const auto &row : rows) {
        for (const bool byteByByte : {false, true})
            QTest::addRow("%s, %s", row.name, byteByByte ? "byte by byte" : "whole")
                << byteByByte << row.command << row.before << row.answer << row.lines;
    }
}

void TestGarbledEcho::withEchoOnALineBeforeOurEchoIsNotOurAnswer()
{
    QFETCH(bool, byteByByte);
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, answer);
    QFETCH(QStringList, lines);
    test::LiveSession session(false);
    session.module->setByteByByte(byteByByte);
    session.module->setScript({{"AT", "AT\r\r\nOK\r\n"}, {command, before + command + "\r" + answer}});
    session.submit("AT");
    session.submit(command);
    QTRY_COMPARE(session.transactions.size(), 2);
    for (const QList<at::Transaction> &transactions : {session.transactions, session.decoded()}) {
        QCOMPARE(transactions.size(), 2);
        QCOMPARE(transactions.at(1).status, at::Transaction::Status::Ok);
        QCOMPARE(linesOf(transactions.at(1)), lines);
    }
}

QTEST_GUILESS_MAIN(TestGarbledEcho)
#include "tst_garbledecho.moc"
