// SPDX-License-Identifier: MIT
// The module session against a scripted module: socket state from results
// and URCs, buffer-mode draining until "+QIRD: 0", 512-byte send splitting
// that waits for SEND OK, binary-safe forms, errors in words, reboots.

#include "profile/moduleprofile.h"
#include "session/modulesession.h"
#include "link/enginelink.h"
#include "manualexamples.h"
#include "scriptedmodule.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace bc25;
using test::ScriptStep;

namespace {

// What a module answers to the reads after a connect (ModuleSession::synchronize),
// with the values the tests look at.
QList<ScriptStep> synchronisation(const QByteArray &qicfgDataformat, const QByteArray &viewmode, const QByteArray &showlength,
                                  const QByteArray &keepAlive, const QByteArray &dns, const QByteArray &state,
                                  const QByteArray &csq)
{
    return {{"AT", "\r\nOK\r\n"},
            {"ATI", "\r\nQuectel_Ltd\r\nQuectel_BC25\r\nRevision: BC25JAR01A04\r\n\r\nOK\r\n"},
            {"AT+CGMR", "\r\nRevision: BC25JAR01A04\r\n\r\nOK\r\n"},
            {R"(AT+QICFG="dataformat")", "\r\n+QICFG: \"dataformat\"," + qicfgDataformat + "\r\n\r\nOK\r\n"},
            {R"(AT+QICFG="viewmode")", "\r\n+QICFG: \"viewmode\"," + viewmode + "\r\n\r\nOK\r\n"},
            {R"(AT+QICFG="showlength")", "\r\n+QICFG: \"showlength\"," + showlength + "\r\n\r\nOK\r\n"},
            {"AT+QIKALIVE?", "\r\n+QIKALIVE: " + keepAlive + "\r\n\r\nOK\r\n"},
            {"AT+QIDNSCFG?", "\r\n+QIDNSCFG: " + dns + "\r\n\r\nOK\r\n"},
            {"AT+QISTATE?", "\r\n" + state + "OK\r\n"},
            {"AT+CSQ", "\r\n+CSQ: " + csq + "\r\n\r\nOK\r\n"},
            {"AT+CEREG?", "\r\n+CEREG: 0,1\r\n\r\nOK\r\n"},
            {"AT+CGATT?", "\r\n+CGATT: 1\r\n\r\nOK\r\n"},
            {"AT+CGPADDR", "\r\n+CGPADDR: 1,10.45.0.2\r\n\r\nOK\r\n"}};
}

} // namespace

class TestModuleSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.warning=false")); }
    void init();
    void cleanup();
    void openTracksTheSocketFromConnectingToConnected();
    void refusedConnectIsReportedInWords();
    void bufferModeReadsUntilTheBufferIsEmpty();
    void directPushDataIsCountedPerSocket();
    void largeSendIsSplitAndEachPartWaitsForSendOk();
    void binaryPayloadGoesOutInTheFixedLengthForm();
    void sendFailStopsTheRestOfThatSend();
    void incomingConnectionTakesAFreeSocket();
    void remoteCloseKeepsUnreadDataReadable();
    void rebootClosesEverySocketAndFailsPendingOperations();
    void rebootFailsQueuedSendsWithoutWritingThem();
    void poweredDownClosesEverySocket();
    void lateOpenAnswerIsTheModulesWordOnTheSocket();
    void pingReportsRepliesAndSummary();
    void errorIsExplainedWithTheLastErrorCode();
    void refusalBeforeSendingQuotesTheRange();
    void synchronizeLearnsSettingsAndSockets();
    void aSilentModuleIsReadNoFurtherUntilItSpeaks();
    void aModuleThatAnswersAtButNotAtiIsToldApart();
    void aRestartedModuleIsIdentifiedAndReadAgain();
    void typedCommandsResultIsItsSecondPhase_data();
    void typedCommandsResultIsItsSecondPhase();
    void typedSendAndCloseSayTheirSecondPhase_data();
    void typedSendAndCloseSayTheirSecondPhase();
    void forgetClearsEveryCounterOfTheModuleThatWent();

private:
    transport::MemoryTransport *m_host = nullptr;
    transport::MemoryTransport *m_device = nullptr;
    at::CommandEngine *m_engine = nullptr;
    link::EngineLink *m_link = nullptr;
    ModuleSession *m_session = nullptr;
    test::ScriptedModule *m_module = nullptr;
};

void TestModuleSession::init()
{
    m_host = new transport::MemoryTransport;
    m_device = new transport::MemoryTransport;
    transport::MemoryTransport::connectPair(m_host, m_device);
    m_host->open();
    m_device->open();
    m_engine = new at::CommandEngine(profile::ModuleProfile::bc25());
    m_link = new link::EngineLink(m_engine);
    m_link->setTransport(m_host);
    m_session = new ModuleSession(m_engine);
    m_module = new test::ScriptedModule(m_device);
}

void TestModuleSession::cleanup()
{
    delete m_session;
    delete m_link;
    delete m_engine;
    delete m_module;
    delete m_host;
    delete m_device;
}

void TestModuleSession::openTracksTheSocketFromConnectingToConnected()
{
    QSignalSpy opened(m_session->sockets(), &SocketTable::openFinished);
    m_module->setScript({{R"(AT+QIOPEN=1,0,"TCP","220.18.39.22",8062,1234,0)", "\r\nOK\r\n"}});
    OpenParameters p;
    p.host = QStringLiteral("220.18.39.22");
    p.remotePort = 8062;
    p.localPort = 1234;
    QCOMPARE(m_session->sockets()->open(p), QString());
    QCOMPARE(m_session->socket(0).state, SocketState::Connecting);
    QTRY_VERIFY(m_module->finished());
    QTRY_COMPARE(m_engine->pendingOperationCount(), 1);
    m_module->send("\r\n+QIOPEN: 0,0\r\n");
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(1).toBool(), true);
    QCOMPARE(m_session->socket(0).state, SocketState::Connected);
    QCOMPARE(m_session->socket(0).service, QByteArray("TCP"));
    QCOMPARE(m_session->socket(0).localPort, 1234);
}

void TestModuleSession::refusedConnectIsReportedInWords()
{
    QSignalSpy opened(m_session->sockets(), &SocketTable::openFinished);
    m_module->setScript({{R"(AT+QIOPEN=1,3,"TCP","127.0.0.1",9,0,0)", "\r\nOK\r\n\r\n+QIOPEN: 3,566\r\n"}});
    OpenParameters p;
    p.connectId = 3;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = 9;
    m_session->sockets()->open(p);
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(1).toBool(), false);
    QCOMPARE(opened.at(0).at(2).toString(), QStringLiteral("566 (Socket connect failed)"));
    QCOMPARE(m_session->socket(3).state, SocketState::Idle);
    QCOMPARE(m_session->socket(3).lastError, 566);
    QVERIFY(!m_session->socket(3).inUse);
}

void TestModuleSession::bufferModeReadsUntilTheBufferIsEmpty()
{
    const QByteArray first(512, 'a');
    const QByteArray second("\r\nOK\r\n+QIURC: \"recv\",0\r\n");
    QByteArray received;
    connect(m_session->sockets(), &SocketTable::dataReceived, this, [&](int id, const QByteArray &bytes) {
        QCOMPARE(id, 0);
        received += bytes;
    });
    m_module->setScript({{"", "\r\n+QIURC: \"recv\",0\r\n"},
                         {"AT+QIRD=0,512", "\r\n+QIRD: 512\r\n" + first + "\r\n\r\nOK\r\n"},
                         {"AT+QIRD=0,512", "\r\n+QIRD: " + QByteArray::number(second.size()) + "\r\n" + second + "\r\n\r\nOK\r\n"},
                         {"AT+QIRD=0,512", "\r\n+QIRD: 0\r\n\r\nOK\r\n"}});
    QTRY_VERIFY(m_module->finished());
    QTRY_VERIFY(!m_engine->isBusy());
    QVERIFY2(m_module->mismatches().isEmpty(), qPrintable(m_module->mismatches().join(u'\n')));
    QCOMPARE(received, first + second);
    QCOMPARE(m_session->socket(0).bytesReceived, first.size() + second.size());
}

void TestModuleSession::directPushDataIsCountedPerSocket()
{
    const test::ManualExample example = test::manualExamples().at(4); // 4.2 direct push
    QList<ScriptStep> script;
    for (const test::Exchange &exchange : example.exchanges) {
        script << ScriptStep {exchange.command, exchange.response};
        if (!exchange.command.isEmpty())
            QCOMPARE(m_session->sendTyped(exchange.command), QString());
    }
    // The typed open and close each make the socket table ask the module (AT+QISTATE?).
    script << ScriptStep {"AT+QISTATE?", "\r\nOK\r\n"} << ScriptStep {"AT+QISTATE?", "\r\nOK\r\n"};
    QByteArray received;
    connect(m_session->sockets(), &SocketTable::dataReceived, this, [&](int, const QByteArray &bytes) { received += bytes; });
    m_module->setScript(script);
    QTRY_VERIFY(m_module->finished());
    QVERIFY2(m_module->mismatches().isEmpty(), qPrintable(m_module->mismatches().join(u'\n')));
    QTRY_VERIFY(!m_engine->isBusy());
    QCOMPARE(received, QByteArray("12345012345678901"));
    QCOMPARE(m_session->socket(0).bytesReceived, 17);
    QVERIFY(m_session->settings().viewMode);
}

void TestModuleSession::largeSendIsSplitAndEachPartWaitsForSendOk()
{
    const QByteArray payload = QByteArray("0123456789").repeated(120); // 1200 bytes
    QSignalSpy finished(m_session->sends(), &SendQueue::sendFinished);
    m_module->setScript({{"AT+QISEND=1,512,\"" + payload.left(512) + '"', "\r\nOK\r\n"},
                         {"AT+QISEND=1,512,\"" + payload.mid(512, 512) + '"', "\r\nOK\r\n\r\nSEND OK\r\n"},
                         {"AT+QISEND=1,176,\"" + payload.mid(1024) + '"', "\r\nOK\r\n\r\nSEND OK\r\n"}});
    QCOMPARE(m_session->sends()->send(1, payload), QString());
    QCOMPARE(m_session->sends()->pendingBytes(), 1200);
    // The first part is answered OK but not yet SEND OK: nothing more goes out.
    QTRY_COMPARE(m_engine->pendingOperationCount(), 1);
    QVERIFY(!m_engine->isBusy());
    QCOMPARE(m_session->socket(1).bytesSent, 512);
    QCOMPARE(m_session->socket(1).bytesAcknowledged, 0);
    m_module->send("\r\nSEND OK\r\n");
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(m_module->mismatches().isEmpty(), qPrintable(m_module->mismatches().join(u'\n')));
    QCOMPARE(finished.at(0).at(1).toLongLong(), 1200);
    QCOMPARE(finished.at(0).at(3).toBool(), true);
    QCOMPARE(m_session->socket(1).bytesAcknowledged, 1200);
    QCOMPARE(m_session->sends()->pendingBytes(), 0);
}

void TestModuleSession::binaryPayloadGoesOutInTheFixedLengthForm()
{
    const QByteArray payload("a\"\r\n\x1a", 5);
    QSignalSpy chunks(m_session->sends(), &SendQueue::chunkFinished);
    m_module->setScript({{"AT+QISEND=2,5", "\r\n> ", 5, "\r\nOK\r\n\r\nSEND OK\r\n"}});
    QSignalSpy sent(m_session->sockets(), &SocketTable::dataSent);
    m_session->sends()->send(2, payload);
    QTRY_COMPARE(chunks.count(), 1);
    QCOMPARE(chunks.at(0).at(3).value<SendForm>(), SendForm::FixedLength);
    QCOMPARE(m_module->received(), QByteArray("AT+QISEND=2,5\r") + payload);
    // Its last byte 0x1A is data in this form (not the Ctrl+Z of the form without
    // a length): shown and counted, all five bytes.
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(1).toByteArray(), payload);
    QCOMPARE(m_session->socket(2).bytesSent, 5);
    QCOMPARE(m_session->socket(2).bytesAcknowledged, 5);
}

void TestModuleSession::sendFailStopsTheRestOfThatSend()
{
    const QByteArray payload(700, 'x');
    QSignalSpy finished(m_session->sends(), &SendQueue::sendFinished);
    m_module->setScript({{"AT+QISEND=0,512,\"" + payload.left(512) + '"', "\r\nOK\r\n\r\nSEND FAIL\r\n"}});
    m_session->sends()->send(0, payload);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).toLongLong(), 0);
    QCOMPARE(finished.at(0).at(3).toBool(), false);
    QVERIFY(finished.at(0).at(4).toString().contains(QLatin1String("SEND FAIL")));
    QCOMPARE(m_session->sends()->pendingBytes(), 0);
}

void TestModuleSession::incomingConnectionTakesAFreeSocket()
{
    const test::ManualExample example = test::manualExamples().at(5); // 4.3 TCP server
    m_module->setScript({{example.exchanges.at(0).command, example.exchanges.at(0).response},
                         {"", example.exchanges.at(2).response}});
    OpenParameters p;
    p.service = ServiceType::TcpListener;
    p.host = QStringLiteral("192.168.2.6");
    p.localPort = 2020;
    m_session->sockets()->open(p);
    QTRY_COMPARE(m_session->socket(2).state, SocketState::Connected);
    QCOMPARE(m_session->socket(2).service, QByteArray("TCP INCOMING"));
    QCOMPARE(m_session->socket(2).remoteAddress, QStringLiteral("192.168.2.2"));
    QCOMPARE(m_session->socket(2).remotePort, 36566);
    QCOMPARE(m_session->socket(2).serverId, 0);
    QCOMPARE(m_session->socket(2).localPort, 2020);
}

void TestModuleSession::remoteCloseKeepsUnreadDataReadable()
{
    QByteArray received;
    connect(m_session->sockets(), &SocketTable::dataReceived, this, [&](int, const QByteArray &bytes) { received += bytes; });
    m_module->setScript({{"", "\r\n+QIURC: \"closed\",4\r\n"},
                         {"AT+QIRD=4,512", "\r\n+QIRD: 3\r\nbye\r\n\r\nOK\r\n"},
                         {"AT+QIRD=4,512", "\r\n+QIRD: 0\r\n\r\nOK\r\n"}});
    QTRY_VERIFY(m_module->finished());
    QTRY_COMPARE(received, QByteArray("bye"));
    QCOMPARE(m_session->socket(4).state, SocketState::RemoteClosing);
}

void TestModuleSession::rebootClosesEverySocketAndFailsPendingOperations()
{
    QSignalSpy opened(m_session->sockets(), &SocketTable::openFinished);
    QSignalSpy restarted(m_session->sockets(), &SocketTable::moduleRestarted);
    m_module->setScript({{R"(AT+QIOPEN=1,0,"TCP","10.1.1.1",80,0,0)", "\r\nOK\r\n"}});
    OpenParameters p;
    p.host = QStringLiteral("10.1.1.1");
    p.remotePort = 80;
    m_session->sockets()->open(p);
    QTRY_COMPARE(m_engine->pendingOperationCount(), 1);
    m_module->send("\r\nRDY\r\n");
    QTRY_COMPARE(restarted.count(), 1);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(1).toBool(), false);
    QVERIFY(opened.at(0).at(2).toString().contains(QLatin1String("RDY")));
    QCOMPARE(m_session->socket(0).state, SocketState::Idle);
}

void TestModuleSession::rebootFailsQueuedSendsWithoutWritingThem()
{
    // The session hears of the reboot before the send in flight fails with
    // it: the send queued behind it is failed, never written to the new module.
    QSignalSpy finished(m_session->sends(), &SendQueue::sendFinished);
    // After RDY the session identifies the module again: this one stays silent, briefly.
    m_engine->setTimeoutScale(0.01);
    m_module->setScript({{"AT+QISEND=0,5,\"hello\"", "\r\nOK\r\n"}});
    QCOMPARE(m_session->sends()->send(0, "hello"), QString());
    QCOMPARE(m_session->sends()->send(1, "world"), QString());
    QTRY_COMPARE(m_engine->pendingOperationCount(), 1);
    m_module->send("\r\nRDY\r\n");
    QTRY_COMPARE(finished.count(), 2);
    QTRY_VERIFY(!m_engine->isBusy());
    QVERIFY(!finished.at(0).at(3).toBool());
    QVERIFY(!finished.at(1).at(3).toBool());
    QVERIFY2(!m_module->received().contains("world"), m_module->received().constData());
}

void TestModuleSession::poweredDownClosesEverySocket()
{
    // Every restart line the catalog knows, not RDY alone, leaves the table
    // as the restarted module is: no socket open.
    QSignalSpy restarted(m_session->sockets(), &SocketTable::moduleRestarted);
    m_module->setScript({{R"(AT+QIOPEN=1,0,"TCP","10.1.1.1",80,0,0)", "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n"}});
    OpenParameters p;
    p.host = QStringLiteral("10.1.1.1");
    p.remotePort = 80;
    m_session->sockets()->open(p);
    QTRY_COMPARE(m_session->socket(0).state, SocketState::Connected);
    m_module->send("\r\nPOWERED DOWN\r\n");
    QTRY_COMPARE(restarted.count(), 1);
    QVERIFY(restarted.at(0).at(0).toString().contains(QLatin1String("POWERED DOWN")));
    QCOMPARE(m_session->socket(0).state, SocketState::Idle);
    QVERIFY(!m_session->socket(0).inUse);
}

void TestModuleSession::lateOpenAnswerIsTheModulesWordOnTheSocket()
{
    // The open timed out (the table let the socket go); its +QIOPEN: 0,0
    // comes late: the socket IS open, and the table asks the module for it.
    m_engine->setTimeoutScale(0.05); // 36 s: 1.8 s
    QSignalSpy opened(m_session->sockets(), &SocketTable::openFinished);
    m_module->setScript({{R"(AT+QIOPEN=1,0,"TCP","10.1.1.1",80,0,0)", "\r\nOK\r\n"},
                         {"AT+QISTATE?", "\r\n+QISTATE: 0,\"TCP\",\"10.1.1.1\",80,5000,2,1,0\r\n\r\nOK\r\n"}});
    OpenParameters p;
    p.host = QStringLiteral("10.1.1.1");
    p.remotePort = 80;
    m_session->sockets()->open(p);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    QCOMPARE(opened.at(0).at(1).toBool(), false);
    QVERIFY(!m_session->socket(0).inUse);
    m_module->send("\r\n+QIOPEN: 0,0\r\n");
    QTRY_VERIFY(m_module->finished());
    QTRY_COMPARE(m_session->socket(0).state, SocketState::Connected);
    QCOMPARE(m_session->socket(0).localPort, 5000);
    QCOMPARE(opened.count(), 1); // the open's own result stays the timeout
}

void TestModuleSession::pingReportsRepliesAndSummary()
{
    const test::ManualExample example = test::manualExamples().at(7); // 4.5
    QSignalSpy replies(m_session->tools(), &NetworkTools::pingReply);
    QSignalSpy finished(m_session->tools(), &NetworkTools::pingFinished);
    m_module->setScript({{R"(AT+QPING=1,"sh.quectel.com",4,4,32)", example.exchanges.at(0).response}});
    PingParameters p(*profile::ModuleProfile::bc25());
    p.host = QStringLiteral("sh.quectel.com");
    m_session->tools()->ping(p);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(replies.count(), 4);
    QCOMPARE(replies.at(3).at(0).value<PingReply>().timeMs, 479);
    const PingSummary summary = finished.at(0).at(1).value<PingSummary>();
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(summary.sent, 4);
    QCOMPARE(summary.minMs, 192);
    QCOMPARE(summary.avgMs, 287);
}

void TestModuleSession::errorIsExplainedWithTheLastErrorCode()
{
    QSignalSpy failed(m_session->commands(), &CommandRunner::commandFailed);
    m_module->setScript({{"AT+QICLOSE=5", "\r\nERROR\r\n"},
                         {"AT+QIGETERROR", "\r\n+QIGETERROR: 552,invalid parameters\r\n\r\nOK\r\n"}});
    QSignalSpy closed(m_session->sockets(), &SocketTable::closeFinished);
    m_session->sockets()->close(5);
    QTRY_COMPARE(closed.count(), 1);
    QCOMPARE(closed.at(0).at(2).toString(), QStringLiteral("AT+QICLOSE=5 answered ERROR."));
    QTRY_VERIFY(m_module->finished());
    QTRY_COMPARE(m_session->settings().lastError.code, 552);
    QTRY_VERIFY(!failed.isEmpty());
    QCOMPARE(failed.constLast().at(0).toString(), QStringLiteral("Last error: 552 (Invalid parameters)"));
}

void TestModuleSession::refusalBeforeSendingQuotesTheRange()
{
    QVERIFY(m_session->sockets()->close(7).contains(QLatin1String("0-5")));
    // An empty send names no parameter the user never typed: it is said plainly.
    QCOMPARE(m_session->sends()->send(0, QByteArray()), QStringLiteral("Nothing to send."));
    PingParameters p(*profile::ModuleProfile::bc25());
    p.host = QStringLiteral("example.com");
    p.timeoutSeconds = 256;
    QVERIFY(m_session->tools()->ping(p).contains(QLatin1String("1-255")));
    QVERIFY(m_session->sendTyped("AT+QIRD=0,0").contains(QLatin1String("1-512")));
    QVERIFY(m_host->writtenData().isEmpty());
}

void TestModuleSession::synchronizeLearnsSettingsAndSockets()
{
    QSignalSpy sockets(m_session->sockets(), &SocketTable::socketChanged);
    m_module->setScript(synchronisation("0,1", "1", "1", "1,120,15,5", "\"8.8.8.8\",\"1.1.1.1\"",
                                        "+QISTATE: 5,\"UDP\",\"10.0.0.9\",53,4000,2,1,1\r\n\r\n", "22,0"));
    m_session->synchronize();
    QTRY_VERIFY(m_module->finished());
    QTRY_VERIFY(!m_engine->isBusy());
    QVERIFY2(m_module->mismatches().isEmpty(), qPrintable(m_module->mismatches().join(u'\n')));
    const ModuleInfo &info = m_session->moduleInfo();
    QCOMPARE(info.identification, (QStringList {"Quectel_Ltd", "Quectel_BC25", "Revision: BC25JAR01A04"}));
    QCOMPARE(info.revision, QStringLiteral("BC25JAR01A04")); // the module's label is not the revision
    QCOMPARE(info.rssi, 22);
    QCOMPARE(info.registration, 1);
    QCOMPARE(info.attached, 1);
    QCOMPARE(info.pdpAddress, QStringLiteral("10.45.0.2"));
    const ModuleSettings &settings = m_session->settings();
    QVERIFY(settings.viewMode && settings.showLength && settings.recvHex);
    QCOMPARE(settings.keepAlive.idleSeconds, 120);
    QCOMPARE(settings.secondaryDns, QStringLiteral("1.1.1.1"));
    QCOMPARE(m_session->socket(5).accessMode, AccessMode::DirectPush);
    QVERIFY(m_engine->parser().settings().directPush[5]);
    QCOMPARE(m_session->socket(5).localPort, 4000);
}

// A module that is off behind its USB adapter: after AT and ATI go
// unanswered nothing more is queued (each read would hold the user's commands
// for its time limit), the session says so, and RDY has it read from the start.
void TestModuleSession::aSilentModuleIsReadNoFurtherUntilItSpeaks()
{
    delete m_module; // nothing answers, nothing echoes
    m_module = nullptr;
    QByteArray written;
    connect(m_device, &transport::Transport::bytesReceived, this, [&written](const QByteArray &bytes) { written += bytes; });
    m_engine->setTimeoutScale(0.01);
    QSignalSpy silent(m_session, &ModuleSession::moduleNotAnswering);
    m_session->synchronize();
    QTRY_COMPARE(silent.count(), 1);
    QVERIFY(silent.first().first().toString().contains(QLatin1String("does not answer")));
    QCOMPARE(silent.first().at(1).toString(), QStringLiteral("The module does not answer: check its power, the cable and the baud rate."));
    QVERIFY(m_session->moduleSilent());
    QTRY_VERIFY(!m_engine->isBusy());
    QCOMPARE(written, QByteArray("AT\rATI\r"));
    // A command of the user's goes out at once and times out alone.
    QVERIFY(m_session->sendTyped("AT+CSQ").isEmpty());
    QTRY_VERIFY(!m_engine->isBusy());
    QCOMPARE(written, QByteArray("AT\rATI\rAT+CSQ\r"));
    QVERIFY(m_session->moduleSilent());
    // Switched on: it prints RDY, and is read from the start.
    m_engine->setTimeoutScale(1);
    written.clear();
    m_module = new test::ScriptedModule(m_device);
    QList<ScriptStep> script {{{}, "\r\nRDY\r\n"}};
    script << synchronisation("0,0", "0", "0", "0,60,10,9", "\"0.0.0.0\",\"0.0.0.0\"", {}, "18,0");
    m_module->setScript(script);
    QTRY_VERIFY(m_module->finished());
    QTRY_VERIFY(!m_engine->isBusy());
    QVERIFY2(m_module->mismatches().isEmpty(), qPrintable(m_module->mismatches().join(u'\n')));
    QVERIFY(!m_session->moduleSilent());
    QCOMPARE(m_session->moduleInfo().rssi, 18);
    QCOMPARE(m_session->moduleInfo().pdpAddress, QStringLiteral("10.45.0.2"));
    QCOMPARE(silent.count(), 1);
}

// After RDY the module may be another (a board swapped, a firmware changed):
// what it said of itself is forgotten, ATI and AT+CGMR are asked again and the
// rest read again. Its words are kept printable: ESC and a non-ASCII byte read \xHH.
void TestModuleSession::aRestartedModuleIsIdentifiedAndReadAgain()
{
    QSignalSpy identified(m_session->status(), &ModuleStatus::modelIdentified);
    QList<ScriptStep> script = synchronisation("0,0", "0", "0", "0,60,10,9", "\"0.0.0.0\",\"0.0.0.0\"", {}, "18,0");
    m_module->setScript(script);
    m_session->synchronize();
    QTRY_VERIFY(m_module->finished());
    QTRY_COMPARE(m_session->moduleInfo().model, QByteArray("bc25"));
    QTRY_VERIFY(!m_engine->isBusy());
    QList<ScriptStep> swapped = synchronisation("0,0", "0", "0", "0,60,10,9", "\"0.0.0.0\",\"0.0.0.0\"", {}, "7,0");
    swapped[1].response = "\r\nQuectel\r\nEC21\x1b[2J\xe9\r\nRevision: EC21EFAR06A01M4G\r\n\r\nOK\r\n";
    swapped[2].response = "\r\nRevision: EC21EFAR06A01M4G\r\n\r\nOK\r\n";
    swapped.prepend({{}, "\r\nRDY\r\n"});
    m_module->setScript(swapped);
    QTRY_VERIFY(m_module->finished());
    QTRY_VERIFY(!m_engine->isBusy());
    QVERIFY2(m_module->mismatches().isEmpty(), qPrintable(m_module->mismatches().join(u'\n')));
    const ModuleInfo &info = m_session->moduleInfo();
    QCOMPARE(info.model, QByteArray("unknown"));
    QCOMPARE(info.modelLine(), QStringLiteral("EC21\\x1b[2J\\xe9"));
    QCOMPARE(info.revision, QStringLiteral("EC21EFAR06A01M4G"));
    QCOMPARE(info.rssi, 7);
    // Forgotten at the restart, then the new module's word.
    QCOMPARE(identified.count(), 3);
    QCOMPARE(identified.at(1).at(0).toByteArray(), QByteArray());
    QCOMPARE(identified.at(2).at(0).toByteArray(), QByteArray("unknown"));
}

// AT answered and ATI not: the cable and the baud rate are right, so the
// session says what it heard instead of "does not answer"; the window's
// message adds that it is read as soon as it speaks, the program's part not.
void TestModuleSession::aModuleThatAnswersAtButNotAtiIsToldApart()
{
    m_engine->setTimeoutScale(0.01);
    m_module->setScript({{"AT", "AT\r\r\nOK\r\n"}, {"ATI", {}, -1, {}, true}});
    QSignalSpy silent(m_session, &ModuleSession::moduleNotAnswering);
    m_session->synchronize();
    QTRY_COMPARE(silent.count(), 1);
    const QString message = silent.first().at(0).toString();
    const QString what = silent.first().at(1).toString();
    QVERIFY2(what.startsWith(QLatin1String("The module answers AT but not ATI;")), qPrintable(what));
    QVERIFY2(!what.contains(QLatin1String("read as soon as")), qPrintable(what));
    QVERIFY2(message.startsWith(what) && message.contains(QLatin1String("read as soon as it says anything")), qPrintable(message));
    QVERIFY(m_session->moduleSilent());
    QTRY_VERIFY(!m_engine->isBusy());
    QVERIFY2(m_module->mismatches().isEmpty(), qPrintable(m_module->mismatches().join(u'\n')));
}

// AT+QIOPEN's OK only says the attempt began (manual 2.1.4): the typed command
// ends with its second phase, whose result is the command's, in words. The same
// bytes cut anywhere give the same result.
void TestModuleSession::typedCommandsResultIsItsSecondPhase_data()
{
    QTest::addColumn<QByteArray>("urc");
    QTest::addColumn<int>("piece");
    QTest::addColumn<bool>("succeeded");
    QTest::addColumn<QString>("words");
    for (const int piece : {0, 1, 2, 5}) {
        const QByteArray cut = piece == 0 ? QByteArray("whole") : "in pieces of " + QByteArray::number(piece);
        QTest::newRow("connected, " + cut) << QByteArray("\r\n+QIOPEN: 0,0\r\n") << piece << true
                                           << QStringLiteral(R"(AT+QIOPEN=1,0,"TCP","10.0.0.9",7,0,0: Socket 0 is open.)");
        QTest::newRow("566, " + cut) << QByteArray("\r\n+QIOPEN: 0,566\r\n") << piece << false
                                     << QStringLiteral(R"(AT+QIOPEN=1,0,"TCP","10.0.0.9",7,0,0: 566 (Socket connect failed))");
    }
}

void TestModuleSession::typedCommandsResultIsItsSecondPhase()
{
    QFETCH(QByteArray, urc);
    QFETCH(int, piece);
    QFETCH(bool, succeeded);
    QFETCH(QString, words);
    QSignalSpy typed(m_session, &ModuleSession::typedCommandFinished);
    m_module->setScript({{R"(AT+QIOPEN=1,0,"TCP","10.0.0.9",7,0,0)", "\r\nOK\r\n"}, {"AT+QISTATE?", "\r\nOK\r\n"}});
    QCOMPARE(m_session->sendTyped(R"(AT+QIOPEN=1,0,"TCP","10.0.0.9",7,0,0)"), QString());
    QTRY_COMPARE(m_engine->pendingOperationCount(), 1);
    QCOMPARE(typed.count(), 0); // OK alone is not the command's result
    if (piece == 0) {
        m_module->send(urc);
    } else {
        for (qsizetype at = 0; at < urc.size(); at += piece)
            m_module->send(urc.mid(at, piece));
    }
    QTRY_COMPARE(typed.count(), 1);
    const auto t = typed.at(0).at(0).value<at::Transaction>();
    QCOMPARE(CommandRunner::succeeded(t), succeeded);
    QCOMPARE(CommandRunner::resultText(t), words);
}

// SEND OK, SEND FAIL and CLOSE OK are their command's result, not the OK
// before them (manual 2.1.4, 2.1.2): the typed command's result line says
// them, whatever the send's form, the bytes whole or cut anywhere.
void TestModuleSession::typedSendAndCloseSayTheirSecondPhase_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("ending");
    QTest::addColumn<int>("piece");
    QTest::addColumn<QString>("words");
    for (const int piece : {0, 1, 3}) {
        const QByteArray cut = piece == 0 ? QByteArray("whole") : "in pieces of " + QByteArray::number(piece);
        QTest::newRow("inline send, " + cut) << QByteArray(R"(AT+QISEND=0,5,"term1")") << QByteArray("\r\nSEND OK\r\n")
                                             << piece << QStringLiteral(R"(AT+QISEND=0,5,"term1": SEND OK)");
        QTest::newRow("send fail, " + cut) << QByteArray(R"(AT+QISEND=0,5,"term1")") << QByteArray("\r\nSEND FAIL\r\n")
                                           << piece << QStringLiteral(R"(AT+QISEND=0,5,"term1": SEND FAIL)");
        QTest::newRow("close, " + cut) << QByteArray("AT+QICLOSE=0") << QByteArray("\r\nCLOSE OK\r\n") << piece
                                       << QStringLiteral("AT+QICLOSE=0: CLOSE OK");
    }
}

void TestModuleSession::typedSendAndCloseSayTheirSecondPhase()
{
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, ending);
    QFETCH(int, piece);
    QFETCH(QString, words);
    OpenParameters p;
    p.host = QStringLiteral("10.0.0.9");
    p.remotePort = 7;
    m_module->setScript({{R"(AT+QIOPEN=1,0,"TCP","10.0.0.9",7,0,0)", "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n"},
                         {command, "\r\nOK\r\n"}});
    QCOMPARE(m_session->sockets()->open(p), QString());
    QTRY_COMPARE(m_session->socket(0).state, SocketState::Connected);
    QSignalSpy typed(m_session, &ModuleSession::typedCommandFinished);
    QCOMPARE(m_session->sendTyped(command), QString());
    QTRY_COMPARE(m_engine->pendingOperationCount(), 1);
    if (piece == 0) {
        m_module->send(ending);
    } else {
        for (qsizetype at = 0; at < ending.size(); at += piece)
            m_module->send(ending.mid(at, piece));
    }
    QTRY_COMPARE(typed.count(), 1);
    const auto t = typed.at(0).at(0).value<at::Transaction>();
    QVERIFY(CommandRunner::resultText(t).startsWith(words));
}

// The module is gone: its sockets' counters go with it, not onto the next one's.
void TestModuleSession::forgetClearsEveryCounterOfTheModuleThatWent()
{
    OpenParameters p;
    p.connectId = 2;
    p.host = QStringLiteral("10.0.0.9");
    p.remotePort = 7;
    m_module->setScript({{R"(AT+QIOPEN=1,2,"TCP","10.0.0.9",7,0,0)", "\r\nOK\r\n\r\n+QIOPEN: 2,0\r\n"},
                         {"AT+QISEND=2,5,\"hello\"", "\r\nOK\r\n\r\nSEND OK\r\n"},
                         {"AT+QICLOSE=2", "\r\nOK\r\n\r\nCLOSE OK\r\n"}});
    QCOMPARE(m_session->sockets()->open(p), QString());
    QTRY_COMPARE(m_session->socket(2).state, SocketState::Connected);
    QCOMPARE(m_session->sends()->send(2, "hello"), QString());
    QTRY_COMPARE(m_session->socket(2).bytesAcknowledged, 5);
    QCOMPARE(m_session->sockets()->close(2), QString());
    QTRY_VERIFY(!m_session->socket(2).inUse);
    QCOMPARE(m_session->socket(2).bytesSent, 5); // the closed socket's history, while this module is there
    QSignalSpy changed(m_session->sockets(), &SocketTable::socketChanged);
    m_session->forget();
    QCOMPARE(m_session->socket(2).bytesSent, 0);
    QCOMPARE(m_session->socket(2).bytesAcknowledged, 0);
    QCOMPARE(m_session->socket(2).remotePort, 0);
    QCOMPARE(m_session->socket(2).connectId, 2);
    QVERIFY(changed.count() >= 1);
}

QTEST_GUILESS_MAIN(TestModuleSession)
#include "tst_modulesession.moc"
