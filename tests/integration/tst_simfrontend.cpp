// SPDX-License-Identifier: MIT
// The virtual module's serial front end, sans-IO (bytes into receive(),
// output() collected) with real loopback peers: the same bytes give the same
// answers and the same bytes at the peer however they are split; the longest
// valid command fits; V.250 chains; every buffer stays bounded; strict mode
// follows the manual's notes; the radio's answers agree with each other.

#include "bc25/commandcatalog.h"
#include "profile/moduleprofile.h"
#include "bc25/errorcodes.h"
#include "at/commandchain.h"
#include "sim/radiosignal.h"
#include "sim/serialinput.h"
#include "sim/simoptions.h"
#include "sim/virtualmodule.h"
#include "freeport.h"
#include "simharness.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

#include <memory>

using namespace bc25;
using sim::VirtualModule;

namespace {

QString shown(const QByteArray &bytes)
{
    return QString::fromLatin1(QByteArray(bytes).replace("\r", "\\r").replace("\n", "\\n").replace("\x1a", "^Z").replace("\x1b", "^["));
}

// One virtual module, its output, and a TCP peer on loopback for socket 0.
struct Rig
{
    std::unique_ptr<VirtualModule> module;
    QByteArray out;
    QTcpServer listener;
    QTcpSocket *peer = nullptr;
    QByteArray atPeer;

    explicit Rig(sim::SimConfig config = {})
    {
        config.reach = sim::SimConfig::Reach::LoopbackOnly;
        module = std::make_unique<VirtualModule>(profile::ModuleProfile::bc25(), config);
        QObject::connect(module.get(), &VirtualModule::output, [this](const QByteArray &b) { out += b; });
        listener.listen(QHostAddress::LocalHost);
        QObject::connect(&listener, &QTcpServer::newConnection, [this] {
            peer = listener.nextPendingConnection();
            QObject::connect(peer, &QTcpSocket::readyRead, [this] { atPeer += peer->readAll(); });
        });
    }
    // Writes a command line and waits for its final result; returns what the module printed.
    QByteArray ask(const QByteArray &line)
    {
        out.clear();
        module->receive(line + "\r\n");
        if (!QTest::qWaitFor([this] { return out.endsWith("OK\r\n") || out.endsWith("ERROR\r\n") || out.contains("+CME ERROR"); }, 5000))
            qWarning("no final result for %s: %s", line.constData(), qPrintable(shown(out)));
        return std::exchange(out, {});
    }
    bool openSocket(int accessMode = 0)
    {
        ask("AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\"," + QByteArray::number(listener.serverPort()) + ",0,"
            + QByteArray::number(accessMode));
        const bool ok = QTest::qWaitFor([this] { return out.contains("+QIOPEN: 0,0") && peer; }, 5000);
        out.clear();
        return ok;
    }
};

} // namespace

class TestSimFrontEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.sim.warning=false")); }
    void sameBytesSameResultHoweverSplit_data();
    void sameBytesSameResultHoweverSplit();
    void lateLfOfCrLfNeverBecomesData_data();
    void lateLfOfCrLfNeverBecomesData();
    void lateLfOverAPseudoTerminal();
    void aCommandWrittenWhileBootingIsLost();
    void longestLineOfEachCommandIsTaken();
    void largestSendsGoWhole_data();
    void largestSendsGoWhole();
    void lineBeyondTheBoundIsRefusedWithoutGrowing();
    void whatPrecedesAtIsIgnored_data();
    void whatPrecedesAtIsIgnored();
    void chainedCommandsAnswerAsAModule_data();
    void chainedCommandsAnswerAsAModule();
    void ctrlZSendWithoutItsEndStaysBounded();
    void directPushWhileAtThePromptStaysBounded();
    void bufferedDataPushedAtThePromptIsHeldNotLost();
    void inputHeldWhileOutputPilesUpStaysBounded();
    void oneHugeWriteIsBoundedOnceHeld();
    void datagramsPastTheBufferAreDroppedAndCounted();
    void strictModeFollowsTheManualsNotes_data();
    void strictModeFollowsTheManualsNotes();
    void signalAnswersAgree_data();
    void signalAnswersAgree();
    void registrationAnswersAgree_data();
    void registrationAnswersAgree();
};

void TestSimFrontEnd::sameBytesSameResultHoweverSplit_data()
{
    QTest::addColumn<QByteArray>("transcript");
    QTest::addColumn<QByteArray>("peer");
    QTest::newRow("fixed length, CR LF") << QByteArray("AT\r\nAT+QISEND=0,5\r\nhelloAT+CSQ\r\n") << QByteArray("hello");
    QTest::newRow("Ctrl+Z, CR LF") << QByteArray("AT+QISEND=0\r\nhi\r\nthere\x1a" "AT\r\n") << QByteArray("hi\r\nthere");
    QTest::newRow("hex, CR LF") << QByteArray("AT+QISENDEX=0,2\r\n4142AT+CSQ\r\n") << QByteArray("AB");
    QTest::newRow("inline, then a chain") << QByteArray("AT+QISEND=0,3,\"abc\"\r\nATE1V1\r\nAT+CMEE=1;+QICFG=\"viewmode\"\r\n") << QByteArray("abc");
    QTest::newRow("Esc before AT, CR only") << QByteArray("\x1b" "AT+QISEND=0,2\rhiAT\r") << QByteArray("hi");
    QTest::newRow("LF only, backspace") << QByteArray("AT+QISEND=0,4\n\nabcAT+CSX\bQ\n") << QByteArray("\nabc");
}

void TestSimFrontEnd::sameBytesSameResultHoweverSplit()
{
    QFETCH(QByteArray, transcript);
    QFETCH(QByteArray, peer);
    // Each cut: whole, then byte by byte, then in two at every position.
    QList<QList<qsizetype>> cuts {{}};
    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < transcript.size(); ++i) {
        everyByte << i;
        cuts << QList<qsizetype> {i};
    }
    cuts.insert(1, everyByte);
    QByteArray wholeOutput;
    for (const QList<qsizetype> &cut : std::as_const(cuts)) {
        Rig rig;
        QVERIFY(rig.openSocket());
        qsizetype from = 0;
        for (const qsizetype at : cut) {
            rig.module->receive(transcript.mid(from, at - from));
            from = at;
        }
        rig.module->receive(transcript.mid(from));
        QTRY_COMPARE(rig.atPeer, peer);
        QTRY_VERIFY(rig.out.contains("SEND OK"));
        QTest::qWait(5); // a stray answer would come now
        if (cut.isEmpty())
            wholeOutput = rig.out;
        else
            QVERIFY2(rig.out == wholeOutput, qPrintable(QStringLiteral("cut %1:\n got %2\nwant %3").arg(cut.size() == 1 ? QString::number(cut.first()) : QStringLiteral("byte by byte"), shown(rig.out), shown(wholeOutput))));
    }
    QVERIFY2(!wholeOutput.contains("ERROR"), qPrintable(shown(wholeOutput)));
}

void TestSimFrontEnd::lateLfOfCrLfNeverBecomesData_data()
{
    QTest::addColumn<QByteArray>("ending");
    QTest::addColumn<QByteArray>("send");
    QTest::addColumn<QByteArray>("peer");
    // The LF comes after the module has printed its prompt (another read, another turn of the loop).
    QTest::newRow("CR LF host") << QByteArray("\r\n") << QByteArray("AT+QISEND=0,5") << QByteArray("hello");
    QTest::newRow("CR LF host, Ctrl+Z") << QByteArray("\r\n") << QByteArray("AT+QISEND=0") << QByteArray("hello");
    // A host that ends its lines with CR alone and waits for the prompt: an LF is data.
    QTest::newRow("CR host") << QByteArray("\r") << QByteArray("AT+QISEND=0,6") << QByteArray("\nhello");
}

void TestSimFrontEnd::lateLfOfCrLfNeverBecomesData()
{
    QFETCH(QByteArray, ending);
    QFETCH(QByteArray, send);
    QFETCH(QByteArray, peer);
    Rig rig;
    QVERIFY(rig.openSocket());
    rig.module->receive("AT" + ending);
    QTRY_VERIFY(rig.out.endsWith("OK\r\n"));
    // Twice: the second send's line follows one whose LF came late too (adv8
    // F5: the first late LF was taken but not remembered as a CR LF ending, so
    // the second one became data: "\nx" at the peer, the "y" lost).
    for (int send_ = 1; send_ <= 2; ++send_) {
        rig.out.clear();
        rig.module->receive(send + '\r');
        QTRY_VERIFY(rig.out.endsWith("> "));
        rig.module->receive("\nhello");
        if (!send.contains(','))
            rig.module->receive("\x1a");
        QTRY_VERIFY(rig.out.contains("SEND OK"));
        QTRY_COMPARE(rig.atPeer, peer.repeated(send_));
    }
}

// Between a reboot and its RDY the module takes nothing from its UART: an
// AT+QIOPEN written then never opens a socket that outlives the RDY the host
// reads as "every socket gone" (adversary pass 8, F10).
void TestSimFrontEnd::aCommandWrittenWhileBootingIsLost()
{
    Rig rig;
    QSignalSpy rebooted(rig.module.get(), &VirtualModule::rebooted);
    rig.module->reboot();
    rig.module->receive("AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\"," + QByteArray::number(rig.listener.serverPort()) + ",0,0\r\n");
    QTRY_COMPARE(rebooted.count(), 1);
    QVERIFY2(!rig.out.contains("QIOPEN") && !rig.out.contains("OK"), qPrintable(shown(rig.out)));
    QVERIFY(rig.out.contains("RDY"));
    // Awake: it answers, and socket 0 is free (563 if the lost open had run).
    QVERIFY(rig.ask("AT").endsWith("OK\r\n"));
    QVERIFY(rig.openSocket());
}

void TestSimFrontEnd::lateLfOverAPseudoTerminal()
{
    // The same through a real pty and QSerialPort: CR and LF in two writes, the prompt between them.
    test::SimHarness h;
    if (!h.start({}, 115200, false))
        QSKIP("no pseudo-terminal here");
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QByteArray atPeer;
    connect(&listener, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *peer = listener.nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, this, [&atPeer, peer] { atPeer += peer->readAll(); });
    });
    h.serial->write("AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\"," + QByteArray::number(listener.serverPort()) + ",0,0\r\n");
    QTRY_VERIFY(h.received.contains("+QIOPEN: 0,0"));
    h.received.clear();
    h.serial->write("AT+QISEND=0,5\r");
    QTRY_VERIFY(h.received.endsWith("> "));
    h.serial->write("\nhello");
    QTRY_VERIFY(h.received.contains("SEND OK"));
    QCOMPARE(atPeer, QByteArray("hello"));
    QVERIFY2(!h.received.contains("ERROR"), h.received.constData());
}

void TestSimFrontEnd::longestLineOfEachCommandIsTaken()
{
    // The line bound is the catalog's longest command: AT+QISENDEX's 1024 hex digits at least.
    QVERIFY(bc25::profile::ModuleProfile::bc25()->catalog().longestCommandLine() >= qsizetype(QByteArray("AT+QISENDEX=5,512,\"\"").size() + 2 * profile::ModuleProfile::bc25()->limits().maxSendLength));
    for (const CommandSpec &spec : bc25::profile::ModuleProfile::bc25()->catalog().commands()) {
        const QByteArray line = CommandCatalog::longestLine(spec);
        QVERIFY2(line.size() <= bc25::profile::ModuleProfile::bc25()->catalog().longestCommandLine(), line.constData());
        sim::SerialInput input;
        input.setMaxLineLength(bc25::profile::ModuleProfile::bc25()->catalog().longestCommandLine());
        QSignalSpy lines(&input, &sim::SerialInput::lineReceived);
        input.receive(line + "\r\n");
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).at(0).toByteArray(), line);
        QCOMPARE(lines.at(0).at(1).toBool(), false);
    }
}

void TestSimFrontEnd::largestSendsGoWhole_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("data");
    const QByteArray data(profile::ModuleProfile::bc25()->limits().maxSendLength, 'x');
    QTest::newRow("QISENDEX, 1024 hex digits") << "AT+QISENDEX=0,512,\"" + data.toHex() + '"' << data;
    QTest::newRow("QISEND, 512 quoted") << "AT+QISEND=0,512,\"" + data + '"' << data;
}

void TestSimFrontEnd::largestSendsGoWhole()
{
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, data);
    Rig rig;
    QVERIFY(rig.openSocket());
    QCOMPARE(rig.ask(command), command + "\r\n\r\nOK\r\n");
    QTRY_COMPARE(rig.atPeer, data);
    QTRY_COMPARE(rig.out, QByteArray("\r\nSEND OK\r\n"));
}

void TestSimFrontEnd::lineBeyondTheBoundIsRefusedWithoutGrowing()
{
    sim::SimConfig config;
    Rig rig(config);
    rig.ask("ATE0");
    // One byte past the bound: ERROR, and the module is fine afterwards.
    QCOMPARE(rig.ask("AT+QISEND=0,1,\"" + QByteArray(bc25::profile::ModuleProfile::bc25()->catalog().longestCommandLine(), 'a') + '"'), QByteArray("\r\nERROR\r\n"));
    // Megabytes without a line end keep nothing beyond the bound.
    const QByteArray chunk(64 * 1024, '0');
    rig.module->receive("AT+QISENDEX=0,512,\"");
    for (int i = 0; i < 64; ++i) {
        rig.module->receive(chunk);
        QVERIFY(rig.module->bufferedBytes() <= bc25::profile::ModuleProfile::bc25()->catalog().longestCommandLine() + sim::SerialInput::InputLimit);
    }
    QCOMPARE(rig.ask("\""), QByteArray("\r\nERROR\r\n"));
    QCOMPARE(rig.ask("AT"), QByteArray("\r\nOK\r\n"));
}

void TestSimFrontEnd::whatPrecedesAtIsIgnored_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<bool>("control");
    QTest::newRow("Esc") << QByteArray("\x1b") << true;
    QTest::newRow("Ctrl+Z") << QByteArray("\x1a") << true;
    QTest::newRow("Esc, Ctrl+Z") << QByteArray("\x1b\x1a") << true;
    QTest::newRow("noise") << QByteArray("\x00\xff~", 3) << false;
}

void TestSimFrontEnd::whatPrecedesAtIsIgnored()
{
    QFETCH(QByteArray, before);
    QFETCH(bool, control);
    Rig rig;
    rig.ask("ATE0");
    QCOMPARE(rig.ask(before + "AT+CSQ"), QByteArray("\r\n+CSQ: 22,0\r\n\r\nOK\r\n"));
    if (!control)
        return; // text without AT on a line of its own is a bad command (ERROR)
    // The engine's Esc on a line of its own, then the next command: nothing but its answer.
    rig.module->receive(before + "\r");
    QCOMPARE(rig.ask("AT"), QByteArray("\r\nOK\r\n"));
}

void TestSimFrontEnd::chainedCommandsAnswerAsAModule_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("basic commands") << QByteArray("ATE0V1") << QByteArray("\r\nOK\r\n");
    QTest::newRow("extended, in order") << QByteArray("AT+CMEE=1;+QICFG=\"viewmode\"") << QByteArray("\r\n+QICFG: \"viewmode\",0\r\n\r\nOK\r\n");
    QTest::newRow("information in order") << QByteArray("AT+CSQ;+CMEE?;+CGATT?") << QByteArray("\r\n+CSQ: 22,0\r\n\r\n+CMEE: 0\r\n\r\n+CGATT: 1\r\n\r\nOK\r\n");
    QTest::newRow("stops at the first error") << QByteArray("AT+CSQ;+CFUN=9;+CGMR") << QByteArray("\r\n+CSQ: 22,0\r\n\r\nERROR\r\n");
    QTest::newRow("basic then extended") << QByteArray("ATE0;+CMEE=2;+CFUN=9") << QByteArray("\r\n+CME ERROR: incorrect parameters\r\n");
    QTest::newRow("quoted ';' is data") << QByteArray("AT+QIDNSCFG=\"1.1.1.1\";+QIDNSCFG?") << QByteArray("\r\n+QIDNSCFG: \"1.1.1.1\",\"0.0.0.0\"\r\n\r\nOK\r\n");
    QTest::newRow("unknown ends it") << QByteArray("ATE0Z;+CSQ") << QByteArray("\r\nERROR\r\n");
}

void TestSimFrontEnd::chainedCommandsAnswerAsAModule()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, answer);
    Rig rig;
    rig.ask("ATE0");
    QCOMPARE(rig.ask(line), answer);
    QCOMPARE(at::CommandChain::split("ATE1V1"), QByteArrayList({"ATE1", "ATV1"}));
}

void TestSimFrontEnd::ctrlZSendWithoutItsEndStaysBounded()
{
    Rig rig;
    QVERIFY(rig.openSocket());
    rig.ask("ATE0");
    rig.module->receive("AT+QISEND=0\r");
    QTRY_VERIFY(rig.out.endsWith("> "));
    const QByteArray chunk(64 * 1024, 'z');
    for (int i = 0; i < 128; ++i) { // 8 MiB, never a Ctrl+Z
        rig.module->receive(chunk);
        QVERIFY2(rig.module->bufferedBytes() <= 2 * profile::ModuleProfile::bc25()->limits().maxSendLength, qPrintable(QString::number(rig.module->bufferedBytes())));
    }
    rig.out.clear();
    rig.module->receive("\x1a");
    QTRY_COMPARE(rig.out, QByteArray("\r\nERROR\r\n")); // past the manual's 512 bytes
    QCOMPARE(rig.ask("AT+QIGETERROR"), QByteArray("\r\n+QIGETERROR: 552,invalid parameters\r\n\r\nOK\r\n"));
    QTest::qWait(20);
    QVERIFY(rig.atPeer.isEmpty());
}

void TestSimFrontEnd::directPushWhileAtThePromptStaysBounded()
{
    Rig rig;
    QVERIFY(rig.openSocket(1));
    rig.ask("ATE0");
    rig.module->receive("AT+QISEND=0\r");
    QTRY_VERIFY(rig.out.endsWith("> "));
    rig.out.clear();
    // The peer pushes 16 MiB while the host sits at the prompt: the module
    // holds back no more than its push backlog, the rest waits in TCP.
    const QByteArray chunk(256 * 1024, 'p');
    qint64 pushed = 0;
    for (int i = 0; i < 64; ++i) {
        rig.peer->write(chunk);
        pushed += chunk.size();
        QTest::qWait(2);
        QVERIFY2(rig.module->bufferedBytes() <= 2 * VirtualModule::PushBacklogLimit, qPrintable(QString::number(rig.module->bufferedBytes())));
    }
    QVERIFY(rig.out.isEmpty()); // nothing interrupts the prompt
    QVERIFY(rig.peer->bytesToWrite() > 0); // flow control: the peer is held back
    rig.module->receive("\x1b"); // Esc: the send is cancelled, the data flows again
    qint64 received = 0;
    QTRY_VERIFY_WITH_TIMEOUT((received = rig.out.count('p')) == pushed, 20000);
}

void TestSimFrontEnd::bufferedDataPushedAtThePromptIsHeldNotLost()
{
    // A big buffer switched to direct push just before a send's prompt: it goes
    // out as the line takes it, after the send, none of it dropped.
    sim::SimConfig config;
    config.receiveBufferLimit = 1 << 20;
    Rig rig(config);
    QVERIFY(rig.openSocket(0));
    rig.ask("ATE0");
    const QByteArray data(512 * 1024, 'b');
    rig.peer->write(data);
    QTRY_VERIFY(rig.out.contains("+QIURC: \"recv\",0"));
    QTest::qWait(50); // the rest of it into the buffer
    rig.out.clear();
    rig.module->receive("AT+QISWTMD=0,1\rAT+QISEND=0\r");
    QTRY_VERIFY(rig.out.endsWith("> "));
    QTest::qWait(20);
    QVERIFY2(rig.module->bufferedBytes() <= 2 * VirtualModule::PushBacklogLimit, qPrintable(QString::number(rig.module->bufferedBytes())));
    rig.module->receive("\x1b");
    QTRY_COMPARE_WITH_TIMEOUT(rig.out.count('b'), data.size(), 10000);
    QCOMPARE(rig.module->droppedUrcBytes(), 0);
}

void TestSimFrontEnd::inputHeldWhileOutputPilesUpStaysBounded()
{
    // A host that writes commands and never reads: the module stops taking input.
    sim::SimConfig config;
    config.faults.baudRate = 1200; // the line drains 120 bytes a second
    Rig rig(config);
    for (int i = 0; i < 4000; ++i)
        rig.module->receive("AT+CGMR;+CGMR;+CGMR;+CGMR\r");
    QTest::qWait(20);
    QVERIFY2(rig.module->bufferedBytes() <= VirtualModule::OutputBacklogLimit + 1024 + sim::SerialInput::InputLimit,
             qPrintable(QString::number(rig.module->bufferedBytes())));
    QVERIFY(rig.module->inputOverrunBytes() > 0); // lost, as on a UART whose host does not listen
}

void TestSimFrontEnd::oneHugeWriteIsBoundedOnceHeld()
{
    // The same host, its commands arriving in one read (an in-memory pair, a
    // large pty buffer): what comes after the point where the module stops
    // taking input is bounded like a read that came later.
    sim::SimConfig config;
    config.faults.baudRate = 1200;
    Rig rig(config);
    rig.module->receive(QByteArray("AT+CGMR;+CGMR;+CGMR;+CGMR\r").repeated(40000)); // 1 MiB
    QVERIFY2(rig.module->bufferedBytes() <= VirtualModule::OutputBacklogLimit + 1024 + sim::SerialInput::InputLimit,
             qPrintable(QString::number(rig.module->bufferedBytes())));
    QVERIFY(rig.module->inputOverrunBytes() > 0);
}

void TestSimFrontEnd::datagramsPastTheBufferAreDroppedAndCounted()
{
    sim::SimConfig config;
    config.receiveBufferLimit = 1000;
    Rig rig(config);
    QUdpSocket sender;
    const quint16 port = test::freeUdpPort();
    QVERIFY(rig.ask("AT+QIOPEN=1,2,\"UDP SERVICE\",\"127.0.0.1\",0," + QByteArray::number(port) + ",0").endsWith("OK\r\n"));
    QTRY_VERIFY(rig.out.contains("+QIOPEN: 2,0"));
    for (int i = 0; i < 50; ++i)
        sender.writeDatagram(QByteArray(100, char('a' + i % 26)), QHostAddress::LocalHost, port);
    QTRY_VERIFY(rig.module->droppedDatagrams() >= 40);
    QVERIFY(rig.out.contains("\"buff full\""));
}

void TestSimFrontEnd::strictModeFollowsTheManualsNotes_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<int>("error");
    QTest::newRow("UDP SERVICE (2.1.1 note 3)") << QStringList {} << QByteArray("AT+QIOPEN=1,0,\"UDP SERVICE\",\"127.0.0.1\",0,5683,0") << int(ErrorCodes::OperationNotSupported);
    QTest::newRow("hex sending (2.1.11 note 3)") << QStringList {} << QByteArray("AT+QICFG=\"dataformat\",1,0") << int(ErrorCodes::OperationNotSupported);
    QTest::newRow("keepalive data (2.1.13)") << QStringList {} << QByteArray("AT+QIKALIVE=1,60,10,9,\"AB\"") << int(ErrorCodes::OperationNotSupported);
    QTest::newRow("DNS servers before registration (2.1.14)") << QStringList {"registration=2"} << QByteArray("AT+QIDNSCFG=\"8.8.8.8\"") << int(ErrorCodes::OperationNotAllowed);
}

void TestSimFrontEnd::strictModeFollowsTheManualsNotes()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, command);
    QFETCH(int, error);
    for (const bool strict : {false, true}) {
        sim::SimConfig config;
        config.stateFile.clear();
        for (const QString &option : options + (strict ? QStringList {"strict"} : QStringList {}))
            QVERIFY(sim::SimOptions::apply(config, option).isEmpty());
        QCOMPARE(config.strict, strict);
        Rig rig(config);
        rig.ask("ATE0");
        const QByteArray answer = rig.ask(command);
        if (!strict) {
            QVERIFY2(answer.endsWith("OK\r\n"), qPrintable(shown(answer)));
            continue;
        }
        QCOMPARE(answer, QByteArray("\r\nERROR\r\n"));
        QCOMPARE(rig.ask("AT+QIGETERROR").left(18), "\r\n+QIGETERROR: " + QByteArray::number(error));
        QCOMPARE(rig.ask("AT+QISTATE?"), QByteArray("\r\nOK\r\n")); // nothing opened, nothing changed
    }
}

void TestSimFrontEnd::signalAnswersAgree_data()
{
    QTest::addColumn<int>("csq");
    QTest::newRow("csq=3") << 3;
    QTest::newRow("csq=7") << 7;
    QTest::newRow("csq=22") << 22;
    QTest::newRow("csq=31") << 31;
    QTest::newRow("csq=99") << 99;
    QTest::newRow("csq=0") << 0;
}

void TestSimFrontEnd::signalAnswersAgree()
{
    QFETCH(int, csq);
    sim::SimConfig config;
    QVERIFY(sim::SimOptions::apply(config, QStringLiteral("csq=%1").arg(csq)).isEmpty());
    Rig rig(config);
    rig.ask("ATE0");
    const QByteArray csqAnswer = rig.ask("AT+CSQ");
    QCOMPARE(csqAnswer, "\r\n+CSQ: " + QByteArray::number(csq) + (csq == 99 ? ",99" : ",0") + "\r\n\r\nOK\r\n");
    const QByteArray cesq = rig.ask("AT+CESQ");
    const QList<QByteArray> f = cesq.mid(cesq.indexOf(": ") + 2, cesq.indexOf("\r\n\r\nOK") - cesq.indexOf(": ") - 2).split(',');
    QCOMPARE(f.size(), 6);
    const int rsrq = f.at(4).toInt();
    const int rsrp = f.at(5).toInt();
    if (csq == 99) { // nothing measured: unknown on both
        QCOMPARE(rsrq, 255);
        QCOMPARE(rsrp, 255);
        return;
    }
    // The RSSI AT+CSQ states (27.007 8.5) is RSRP over one resource block plus 11 dB.
    const int rssiDbm = -113 + 2 * csq;
    QVERIFY2(qAbs((rsrp - 141) + 11 - rssiDbm) <= 1 || rsrp == 0 || rsrp == 97, qPrintable(shown(cesq)));
    QVERIFY(rsrq >= 0 && rsrq <= 34);
    if (csq < 10)
        QVERIFY2(rsrq < sim::RadioSignal(22).rsrqIndex(), "a weak cell has a poorer RSRQ");
    // The radio off: both say nothing is measured.
    rig.ask("AT+CFUN=0");
    QCOMPARE(rig.ask("AT+CSQ"), QByteArray("\r\n+CSQ: 99,99\r\n\r\nOK\r\n"));
    QCOMPARE(rig.ask("AT+CESQ"), QByteArray("\r\n+CESQ: 99,99,255,255,255,255\r\n\r\nOK\r\n"));
}

void TestSimFrontEnd::registrationAnswersAgree_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("cereg");
    QTest::addColumn<QByteArray>("cgatt");
    QTest::addColumn<QByteArray>("cgpaddr");
    QTest::newRow("registered") << "registration=1" << QByteArray("+CEREG: 0,1") << QByteArray("+CGATT: 1") << QByteArray("+CGPADDR: 1,10.45.0.2");
    QTest::newRow("roaming") << "registration=5" << QByteArray("+CEREG: 0,5") << QByteArray("+CGATT: 1") << QByteArray("+CGPADDR: 1,10.45.0.2");
    QTest::newRow("searching") << "registration=2" << QByteArray("+CEREG: 0,2") << QByteArray("+CGATT: 0") << QByteArray("+CGPADDR: 1");
    QTest::newRow("denied") << "registration=3" << QByteArray("+CEREG: 0,3") << QByteArray("+CGATT: 0") << QByteArray("+CGPADDR: 1");
    QTest::newRow("not searching") << "registration=0" << QByteArray("+CEREG: 0,0") << QByteArray("+CGATT: 0") << QByteArray("+CGPADDR: 1");
    QTest::newRow("detached") << "attached=0" << QByteArray("+CEREG: 0,0") << QByteArray("+CGATT: 0") << QByteArray("+CGPADDR: 1");
}

void TestSimFrontEnd::registrationAnswersAgree()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, cereg);
    QFETCH(QByteArray, cgatt);
    QFETCH(QByteArray, cgpaddr);
    sim::SimConfig config;
    QVERIFY(sim::SimOptions::apply(config, option).isEmpty());
    Rig rig(config);
    rig.ask("ATE0");
    QCOMPARE(rig.ask("AT+CEREG?"), "\r\n" + cereg + "\r\n\r\nOK\r\n");
    QCOMPARE(rig.ask("AT+CGATT?"), "\r\n" + cgatt + "\r\n\r\nOK\r\n");
    QCOMPARE(rig.ask("AT+CGPADDR=1"), "\r\n" + cgpaddr + "\r\n\r\nOK\r\n");
    // A module the network does not register stays detached when asked to attach.
    rig.ask("AT+CGATT=1");
    QCOMPARE(rig.ask("AT+CGATT?"), "\r\n" + QByteArray(cgatt == "+CGATT: 1" || option == "attached=0" ? "+CGATT: 1" : "+CGATT: 0") + "\r\n\r\nOK\r\n");
}

QTEST_GUILESS_MAIN(TestSimFrontEnd)
#include "tst_simfrontend.moc"
