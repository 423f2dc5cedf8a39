// SPDX-License-Identifier: MIT
// The command engine against a scripted module on an in-memory transport:
// the manual's examples, two-phase operations, URCs inside responses, the
// binary-safe prompt form, every timeout, late answers, lying lengths and a
// pulled cable.

#include "at/commandengine.h"
#include "bc25/commands.h"
#include "bc25/operations.h"
#include "profile/moduleprofile.h"
#include "link/enginelink.h"
#include "manualexamples.h"
#include "scriptedmodule.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace bc25;
using at::CommandResult;
using at::OperationResult;
using test::ScriptStep;

class TestCommandEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("bc25.at.warning=false")); }
    void init();
    void cleanup();
    void manualExamplesRunThroughTheEngine_data();
    void manualExamplesRunThroughTheEngine();
    void manualExamplesWithEchoOff();
    void openReportsTheErrorCodeOfItsSecondPhase();
    void pingReportsEveryEchoThenTheSummary();
    void dnsCollectsTheAnnouncedAddresses();
    void urcInsideAResponseIsRoutedOut();
    void fixedLengthSendIsBinarySafe();
    void everyTwoPhaseTimeoutFailsClearly_data();
    void everyTwoPhaseTimeoutFailsClearly();
    void commandTimeoutThenLateAnswerNeverCompletesTheNext();
    void lateAnswerAfterTheWindowIsCaughtByTheEcho();
    void lyingLengthDeliversWhatArrivedThenTimesOut();
    void pulledCableFailsEverythingAndLosesNoData();
    void overflowIsReportedAndTheStreamGoesOn();
    void nothingIsSentWhenNotConnected();
    void aCommandNoLongerWantedAtItsTurnIsNotWritten();

private:
    quint64 submit(const BuildResult &built);

    transport::MemoryTransport *m_host = nullptr;
    transport::MemoryTransport *m_device = nullptr;
    at::CommandEngine *m_engine = nullptr;
    test::ScriptedModule *m_module = nullptr;
    link::EngineLink *m_link = nullptr;
    QList<CommandResult> m_commands;
    QList<OperationResult> m_operations;
};

void TestCommandEngine::init()
{
    m_host = new transport::MemoryTransport(this);
    m_device = new transport::MemoryTransport(this);
    transport::MemoryTransport::connectPair(m_host, m_device);
    m_host->open();
    m_device->open();
    m_engine = new at::CommandEngine(profile::ModuleProfile::bc25(), this);
    m_link = new link::EngineLink(m_engine);
    m_link->setTransport(m_host);
    m_module = new test::ScriptedModule(m_device);
    m_commands.clear();
    m_operations.clear();
    connect(m_engine, &at::CommandEngine::commandFinished, this, [this](const CommandResult &r) { m_commands << r; });
    connect(m_engine, &at::CommandEngine::operationFinished, this, [this](const OperationResult &r) { m_operations << r; });
}

void TestCommandEngine::cleanup()
{
    delete m_link;
    delete m_engine;
    delete m_module;
    delete m_host;
    delete m_device;
}

quint64 TestCommandEngine::submit(const BuildResult &built)
{
    if (!built.ok())
        qFatal("test builds an invalid command: %s", qPrintable(built.error));
    return m_engine->submit(built.command);
}

void TestCommandEngine::manualExamplesRunThroughTheEngine_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("byteByByte");
    const QList<test::ManualExample> examples = test::manualExamples();
    for (int i = 0; i < examples.size(); ++i) {
        QTest::addRow("%s whole", examples.at(i).section) << i << false;
        QTest::addRow("%s byte by byte", examples.at(i).section) << i << true;
    }
}

void TestCommandEngine::manualExamplesRunThroughTheEngine()
{
    QFETCH(int, index);
    QFETCH(bool, byteByByte);
    m_module->setByteByByte(byteByByte);
    const test::ManualExample example = test::manualExamples().at(index);
    QSignalSpy unknown(m_engine, &at::CommandEngine::unknownLine);
    QByteArray data;
    connect(m_engine, &at::CommandEngine::dataReceived, this,
            [&](int, const QByteArray &bytes, bool truncated) { QVERIFY(!truncated); data += bytes; });

    QList<ScriptStep> script;
    QList<CommandResult::Status> expected;
    for (const test::Exchange &exchange : example.exchanges) {
        script << ScriptStep {exchange.command, exchange.response};
        if (exchange.command.isEmpty())
            continue;
        expected << (exchange.response.contains("\r\nERROR\r\n") ? CommandResult::Status::Error : CommandResult::Status::Ok);
        // 4.7 is invalid on purpose: the builders refuse it, so it goes out raw here.
        const BuildResult built = Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), exchange.command);
        at::AtCommand command = built.ok() ? built.command : at::AtCommand {};
        if (!built.ok())
            command.text = exchange.command;
        m_engine->submit(command);
    }
    m_module->setScript(script);

    QTRY_COMPARE(m_commands.size(), expected.size());
    QTRY_COMPARE(m_engine->pendingOperationCount(), 0);
    QVERIFY2(m_module->mismatches().isEmpty(), qPrintable(m_module->mismatches().join(u'\n')));
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(m_commands.at(i).status, expected.at(i));
    for (const OperationResult &op : std::as_const(m_operations))
        QCOMPARE(op.status, OperationResult::Status::Done);
    QCOMPARE(unknown.count(), 0);
    QVERIFY(m_engine->echoDetected());

    QByteArray expectedData;
    for (const QString &event : example.events) {
        if (event.startsWith(u'D'))
            expectedData += event.section(u':', 1).toLatin1();
    }
    QCOMPARE(data, expectedData);
}

void TestCommandEngine::manualExamplesWithEchoOff()
{
    auto *quiet = new test::ScriptedModule(m_device, false);
    delete m_module;
    m_module = quiet;
    const test::ManualExample example = test::manualExamples().at(1); // 4.1.2: SEND OK after ERROR
    QList<ScriptStep> script;
    for (const test::Exchange &exchange : example.exchanges) {
        script << ScriptStep {exchange.command, exchange.response};
        submit(Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), exchange.command));
    }
    m_module->setScript(script);
    QTRY_COMPARE(m_commands.size(), 4);
    QTRY_COMPARE(m_operations.size(), 3);
    QCOMPARE(m_commands.at(3).status, CommandResult::Status::Error);
    QVERIFY(!m_engine->echoDetected());
    // The third send's SEND OK arrives after the fourth send's ERROR and still ends it.
    QCOMPARE(m_operations.at(2).id, m_commands.at(2).id);
    QCOMPARE(m_operations.at(2).status, OperationResult::Status::Done);
}

void TestCommandEngine::openReportsTheErrorCodeOfItsSecondPhase()
{
    OpenParameters open;
    open.host = QStringLiteral("127.0.0.1");
    open.remotePort = 9;
    const BuildResult built = Commands::open(bc25::profile::ModuleProfile::bc25()->catalog(), open);
    m_module->setScript({{built.command.text, "\r\nOK\r\n\r\n+QIOPEN: 0,566\r\n"}});
    submit(built);
    QTRY_COMPARE(m_operations.size(), 1);
    QCOMPARE(m_commands.at(0).status, CommandResult::Status::Ok);
    QCOMPARE(m_operations.at(0).status, OperationResult::Status::Failed);
    QCOMPARE(m_operations.at(0).lines.constFirst().integer(1), 566);
}

void TestCommandEngine::pingReportsEveryEchoThenTheSummary()
{
    const test::ManualExample example = test::manualExamples().at(7); // 4.5
    QCOMPARE(QByteArray(example.section), QByteArray("4.5"));
    QSignalSpy progress(m_engine, &at::CommandEngine::operationProgress);
    m_module->setScript({{example.exchanges.at(0).command, example.exchanges.at(0).response}});
    submit(Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), example.exchanges.at(0).command));
    QTRY_COMPARE(m_operations.size(), 1);
    QCOMPARE(progress.count(), 4);
    QCOMPARE(m_operations.at(0).status, OperationResult::Status::Done);
    QCOMPARE(m_operations.at(0).lines.constLast().fieldCount(), 7);
}

void TestCommandEngine::dnsCollectsTheAnnouncedAddresses()
{
    const BuildResult built = Commands::lookUpHost(bc25::profile::ModuleProfile::bc25()->catalog(), 1, QStringLiteral("example.com"));
    QSignalSpy urcs(m_engine, &at::CommandEngine::urcReceived);
    m_module->setScript({{built.command.text,
                          "\r\nOK\r\n\r\n+QIURC: \"dnsgip\",0,2,600\r\n\r\n+QIURC: \"dnsgip\",\"1.2.3.4\"\r\n"
                          "\r\n+QIURC: \"dnsgip\",\"5.6.7.8\"\r\n\r\n+QIURC: \"closed\",1\r\n"}});
    submit(built);
    QTRY_COMPARE(m_operations.size(), 1);
    QCOMPARE(m_operations.at(0).status, OperationResult::Status::Done);
    QCOMPARE(m_operations.at(0).lines.size(), 3);
    QTRY_COMPARE(urcs.count(), 1); // the closed URC after the addresses is not the lookup's
}

void TestCommandEngine::urcInsideAResponseIsRoutedOut()
{
    const BuildResult built = Commands::queryState(bc25::profile::ModuleProfile::bc25()->catalog());
    QSignalSpy urcs(m_engine, &at::CommandEngine::urcReceived);
    m_module->setScript({{built.command.text,
                          "\r\n+QISTATE: 0,\"TCP\",\"1.2.3.4\",80,0,2,1,0\r\n\r\n+QIURC: \"closed\",0\r\n"
                          "\r\n+QISTATE: 1,\"UDP\",\"1.2.3.4\",53,0,2,1,1\r\n\r\nOK\r\n"}});
    submit(built);
    QTRY_COMPARE(m_commands.size(), 1);
    QCOMPARE(m_commands.at(0).lines.size(), 3); // two +QISTATE and the OK
    QCOMPARE(urcs.count(), 1);
    QCOMPARE(urcs.at(0).at(0).value<at::ResultLine>().field(0).text, QByteArray("closed"));
    QVERIFY(m_engine->parser().settings().directPush[1]); // learned from the second +QISTATE
}

void TestCommandEngine::fixedLengthSendIsBinarySafe()
{
    const QByteArray payload("\r\nOK\r\n\x1a\x00+QIURC: \"recv\",0\r\n> ", 32);
    const BuildResult built = Commands::send(bc25::profile::ModuleProfile::bc25()->catalog(), 0, payload);
    QCOMPARE(built.command.dataPhase, at::AtCommand::DataPhase::FixedLength);
    QSignalSpy unknown(m_engine, &at::CommandEngine::unknownLine);
    QSignalSpy urcs(m_engine, &at::CommandEngine::urcReceived);
    m_module->setScript({{built.command.text, "\r\n> ", int(payload.size()), "\r\nOK\r\n\r\nSEND OK\r\n"}});
    submit(built);
    QTRY_COMPARE(m_operations.size(), 1);
    QCOMPARE(m_commands.at(0).status, CommandResult::Status::Ok);
    QCOMPARE(m_operations.at(0).status, OperationResult::Status::Done);
    QCOMPARE(m_module->received(), built.command.text + '\r' + payload);
    QCOMPARE(unknown.count(), 0); // the echoed payload was recognised as echo
    QCOMPARE(urcs.count(), 0);
}

void TestCommandEngine::everyTwoPhaseTimeoutFailsClearly_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QString>("seconds");
    QTest::newRow("open by IP") << QByteArray(R"(AT+QIOPEN=1,0,"TCP","220.18.39.22",8062,0,0)") << QStringLiteral("36 s");
    QTest::newRow("open by name") << QByteArray(R"(AT+QIOPEN=1,0,"TCP","sh.quectel.com",8062,0,0)") << QStringLiteral("176 s");
    QTest::newRow("send") << QByteArray(R"(AT+QISEND=0,3,"abc")") << QStringLiteral("30 s");
    QTest::newRow("sendex") << QByteArray(R"(AT+QISENDEX=0,1,"41")") << QStringLiteral("30 s");
    QTest::newRow("close") << QByteArray("AT+QICLOSE=0") << QStringLiteral("12 s");
    QTest::newRow("ping") << QByteArray(R"(AT+QPING=1,"1.2.3.4",4,4,32)") << QStringLiteral("14 s");
    QTest::newRow("ntp") << QByteArray(R"(AT+QNTTP=1,"pool.ntp.org")") << QStringLiteral("125 s");
    QTest::newRow("dns") << QByteArray(R"(AT+QIDNSGIP=1,"example.com")") << QStringLiteral("60 s");
}

void TestCommandEngine::everyTwoPhaseTimeoutFailsClearly()
{
    QFETCH(QByteArray, command);
    QFETCH(QString, seconds);
    m_engine->setTimeoutScale(0.001);
    m_module->setScript({{command, "\r\nOK\r\n"}, {"AT", "\r\nOK\r\n"}});
    submit(Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), command));
    QTRY_COMPARE(m_operations.size(), 1);
    QCOMPARE(m_operations.at(0).status, OperationResult::Status::Timeout);
    QVERIFY2(m_operations.at(0).message.contains(seconds), qPrintable(m_operations.at(0).message));
    // The engine goes on: the next command works.
    submit(Commands::attention(bc25::profile::ModuleProfile::bc25()->catalog()));
    QTRY_COMPARE(m_commands.size(), 2);
    QCOMPARE(m_commands.at(1).status, CommandResult::Status::Ok);
}

void TestCommandEngine::commandTimeoutThenLateAnswerNeverCompletesTheNext()
{
    m_engine->setTimeoutScale(0.02); // 3 s → 60 ms
    QSignalSpy late(m_engine, &at::CommandEngine::lateResult);
    m_module->setScript({{"AT+QIGETERROR", {}, -1, {}, true}, {"AT+QISTATE?", "\r\nOK\r\n"}});
    submit(Commands::lastError(bc25::profile::ModuleProfile::bc25()->catalog()));
    submit(Commands::queryState(bc25::profile::ModuleProfile::bc25()->catalog()));
    QTRY_COMPARE(m_commands.size(), 1);
    QCOMPARE(m_commands.at(0).status, CommandResult::Status::Timeout);
    // The late answer arrives while the next command waits behind the window.
    m_module->send("\r\n+QIGETERROR: 0,operation successful\r\n\r\nOK\r\n");
    QTRY_COMPARE(late.count(), 2); // its answer line and its OK, both late
    QCOMPARE(late.at(0).at(1).toByteArray(), QByteArray("AT+QIGETERROR"));
    QTRY_COMPARE(m_commands.size(), 2);
    QCOMPARE(m_commands.at(1).command, QByteArray("AT+QISTATE?"));
    QCOMPARE(m_commands.at(1).status, CommandResult::Status::Ok);
    QCOMPARE(m_commands.at(1).lines.size(), 1); // its own OK only
}

void TestCommandEngine::lateAnswerAfterTheWindowIsCaughtByTheEcho()
{
    m_engine->setTimeoutScale(0.02);
    m_engine->setLateWindowMs(1);
    // Teach the engine that echo is on.
    m_module->setScript({{"AT", "\r\nOK\r\n"}, {"AT+QIGETERROR", {}, -1, {}, true}});
    submit(Commands::attention(bc25::profile::ModuleProfile::bc25()->catalog()));
    submit(Commands::lastError(bc25::profile::ModuleProfile::bc25()->catalog()));
    QTRY_COMPARE(m_commands.size(), 2);
    QCOMPARE(m_commands.at(1).status, CommandResult::Status::Timeout);
    // Next command goes out, but its echo is still on the way when the late OK lands.
    QSignalSpy late(m_engine, &at::CommandEngine::lateResult);
    m_device->setStalled(true);
    m_module->setScript({{"AT+CSQ", "\r\n+CSQ: 20,99\r\n\r\nOK\r\n"}});
    submit(Commands::signalQuality(bc25::profile::ModuleProfile::bc25()->catalog()));
    QTRY_VERIFY(m_host->writtenData().endsWith("AT+CSQ\r"));
    m_engine->receive("\r\nOK\r\n"); // the late answer to AT+QIGETERROR
    m_device->setStalled(false);
    QTRY_COMPARE(m_commands.size(), 3);
    QCOMPARE(late.count(), 1);
    QCOMPARE(m_commands.at(2).status, CommandResult::Status::Ok);
    QCOMPARE(m_commands.at(2).lines.constFirst().name, QByteArray("CSQ"));
}

void TestCommandEngine::lyingLengthDeliversWhatArrivedThenTimesOut()
{
    m_engine->setTimeoutScale(0.05);
    m_engine->setQuietFlushMs(20);
    QList<QPair<QByteArray, bool>> data;
    connect(m_engine, &at::CommandEngine::dataReceived, this,
            [&](int id, const QByteArray &bytes, bool truncated) { QCOMPARE(id, 0); data.append({bytes, truncated}); });
    m_module->setScript({{"AT+QIRD=0,512", "\r\n+QIRD: 10\r\nabcd"}, {"AT", "\r\nOK\r\n"}});
    submit(Commands::read(bc25::profile::ModuleProfile::bc25()->catalog(), 0, 512));
    QTRY_COMPARE(data.size(), 1);
    QCOMPARE(data.at(0).first, QByteArray("abcd"));
    QVERIFY(data.at(0).second);
    QTRY_COMPARE(m_commands.size(), 1);
    QCOMPARE(m_commands.at(0).status, CommandResult::Status::Timeout);
    submit(Commands::attention(bc25::profile::ModuleProfile::bc25()->catalog()));
    QTRY_COMPARE(m_commands.size(), 2);
    QCOMPARE(m_commands.at(1).status, CommandResult::Status::Ok);
}

void TestCommandEngine::pulledCableFailsEverythingAndLosesNoData()
{
    delete m_module;
    m_module = new test::ScriptedModule(m_device, false);
    m_engine->parser().setDirectPush(0, true);
    OpenParameters open;
    open.connectId = 1;
    open.host = QStringLiteral("10.0.0.1");
    open.remotePort = 80;
    const BuildResult built = Commands::open(bc25::profile::ModuleProfile::bc25()->catalog(), open);
    m_module->setScript({{built.command.text, "\r\nOK\r\n\r\n+QIURC: \"recv\",0,10\r\nabc"}, {"AT", {}, -1, {}, true}});
    QByteArray data;
    bool truncated = false;
    connect(m_engine, &at::CommandEngine::dataReceived, this, [&](int, const QByteArray &bytes, bool cut) {
        data += bytes;
        truncated = cut;
    });
    submit(built);
    submit(Commands::attention(bc25::profile::ModuleProfile::bc25()->catalog()));
    QTRY_COMPARE(m_commands.size(), 1);
    QTRY_VERIFY(m_engine->parser().isInPayload());
    submit(Commands::identify(bc25::profile::ModuleProfile::bc25()->catalog())); // queued behind AT
    m_host->injectError(transport::Transport::Error::DeviceRemoved);
    QCOMPARE(data, QByteArray("abc"));
    QVERIFY(truncated);
    QCOMPARE(m_commands.size(), 3);
    QCOMPARE(m_commands.at(1).status, CommandResult::Status::Aborted);
    QCOMPARE(m_commands.at(2).status, CommandResult::Status::Aborted);
    QVERIFY(!m_commands.at(2).message.isEmpty());
    QCOMPARE(m_operations.size(), 1);
    QCOMPARE(m_operations.at(0).status, OperationResult::Status::Aborted);
    QVERIFY(!m_engine->isBusy());
    QCOMPARE(m_engine->pendingOperationCount(), 0);
}

void TestCommandEngine::overflowIsReportedAndTheStreamGoesOn()
{
    QSignalSpy overflow(m_engine, &at::CommandEngine::overflowed);
    m_module->setScript({{"AT", QByteArray(10000, 'x') + "\r\nOK\r\n"}});
    submit(Commands::attention(bc25::profile::ModuleProfile::bc25()->catalog()));
    QTRY_COMPARE(m_commands.size(), 1);
    QCOMPARE(m_commands.at(0).status, CommandResult::Status::Ok);
    QCOMPARE(overflow.count(), 1);
    QCOMPARE(overflow.at(0).at(1).toLongLong(), 10000 - at::AtParser::MaxLineLength);
}

void TestCommandEngine::nothingIsSentWhenNotConnected()
{
    m_host->close();
    submit(Commands::attention(bc25::profile::ModuleProfile::bc25()->catalog()));
    QTRY_COMPARE(m_commands.size(), 1);
    QCOMPARE(m_commands.at(0).status, CommandResult::Status::Aborted);
    QVERIFY(m_host->writtenData().isEmpty());
}

// Asked at its turn, not when queued: the first command (an AT+QICLOSE) makes
// the second (a read of that socket) pointless; it is dropped unwritten, with
// the reason, and the third goes out as usual.
void TestCommandEngine::aCommandNoLongerWantedAtItsTurnIsNotWritten()
{
    bool closed = false;
    m_module->setScript({{"AT+QICLOSE=0", "\r\nOK\r\n"}, {"AT", "\r\nOK\r\n"}});
    at::AtCommand close = Commands::close(profile::ModuleProfile::bc25()->catalog(), 0).command;
    close.onFinished = [&closed](const at::Transaction &) { closed = true; };
    close.operation.reset(); // the script answers OK only
    m_engine->submit(std::move(close));
    at::AtCommand read = Commands::read(profile::ModuleProfile::bc25()->catalog(), 0, 512).command;
    read.notSentBecause = [&closed] { return closed ? QStringLiteral("socket 0 was closed") : QString(); };
    m_engine->submit(std::move(read));
    submit(Commands::attention(bc25::profile::ModuleProfile::bc25()->catalog()));
    QTRY_COMPARE(m_commands.size(), 3);
    QCOMPARE(m_commands.at(0).status, CommandResult::Status::Ok);
    QCOMPARE(m_commands.at(1).status, CommandResult::Status::Aborted);
    QCOMPARE(m_commands.at(1).message, QStringLiteral("socket 0 was closed"));
    QCOMPARE(m_commands.at(2).status, CommandResult::Status::Ok);
    QVERIFY(!m_host->writtenData().contains("AT+QIRD"));
}

QTEST_GUILESS_MAIN(TestCommandEngine)
#include "tst_commandengine.moc"
