// SPDX-License-Identifier: MIT
// The workbench's core (engine and session) driving the virtual module over
// a real pseudo-terminal, with real sockets on loopback: six sockets at
// once, 1 MiB through a TCP echo with the output cut in random pieces,
// incoming connections, DNS, NTP, ping, errors, a reboot and a dead link.

#include "bc25/trafficdecoder.h"
#include "profile/moduleprofile.h"
#include "freeport.h"
#include "dnsresponder.h"
#include "sim/simsocket.h"
#include "simharness.h"
#include "transactionshape.h"
#include "sntpresponder.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QFile>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>
#include <QtEndian>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace bc25;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

// Payload bytes in what the module printed, decoded independently of the session.
qint64 payloadBytesIn(const QByteArray &stream, int connectId)
{
    TrafficDecoder decoder(profile::ModuleProfile::bc25());
    qint64 total = 0;
    QObject::connect(&decoder, &TrafficDecoder::decoded, [&](const DecodedEvent &e) {
        if (e.kind == DecodedEvent::Kind::Data && e.connectId == connectId)
            total += e.data.size();
    });
    decoder.received(stream);
    decoder.finish();
    return total;
}

} // namespace

class TestSimSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false")); }
    void init() { m_sim = std::make_unique<test::SimHarness>(); }
    void cleanup();
    void sixSocketsAtOnceMixedTcpUdpAndBothModes();
    void oneMebibyteThroughTcpEchoWithRandomSplits_data();
    void oneMebibyteThroughTcpEchoWithRandomSplits();
    void listenerAcceptsAndRemoteCloseIsSeen();
    void refusedConnectIsReportedInWords();
    void dnsNtpAndPing();
    void dnsFailFailsAPingOfAName();
    void lastErrorAfterAnError();
    void recvRacingARecipesCloseIsNotReadNorTheUsersError();
    void eachOpenCountsFromZeroWhoeverOpensIt();
    void openSocketsLeaveOutOneBeingClosed();
    void rebootMidTransferFailsPendingWorkAndLosesNothing();
    void deadLinkMidTransferFailsClearlyAndLosesNothing();
    void vanishedPortFailsEverythingAtOnce();
    void engineRunsEveryCommandAndFormOfTheCatalog();
    void incomingConnectionWithNoFreeSocketIsRefused();
    void latencyFaultDelaysButLosesNothing();
    void directPushWaitsForTheLineAndLosesNothing();
    void lookupAsksTheConfiguredDnsServer();
    void keepaliveSetsTheSocketOptions();
    void switchOnAClosedSocketThenOpenWithoutModeAgree();

private:
    bool start(const sim::SimConfig &config = {});
    void open(int id, ServiceType service, AccessMode mode, quint16 port, quint16 localPort = 0);

    std::unique_ptr<test::SimHarness> m_sim;
};

// Every session here also checks the property "a capture decodes to the
// transactions the live session showed".
void TestSimSession::cleanup()
{
    // A command dropped unwritten at its turn (a read behind a close) is no
    // traffic: a capture cannot show it.
    if (m_sim)
        m_sim->liveTransactions.removeIf([](const at::Transaction &t) { return t.writtenMs < 0; });
    if (m_sim && !m_sim->timeScaled && !m_sim->liveTransactions.isEmpty() && !QTest::currentTestFailed()) {
        const QStringList live = test::shapes(m_sim->liveTransactions);
        const QStringList decoded = test::shapes(m_sim->decodedTransactions());
        m_sim.reset();
        QCOMPARE(decoded, live);
    }
    m_sim.reset();
}

bool TestSimSession::start(const sim::SimConfig &config)
{
    return m_sim->start(config);
}

void TestSimSession::open(int id, ServiceType service, AccessMode mode, quint16 port, quint16 localPort)
{
    QSignalSpy opened(m_sim->session->sockets(), &SocketTable::openFinished);
    OpenParameters p;
    p.connectId = id;
    p.service = service;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = port;
    p.localPort = localPort;
    p.accessMode = mode;
    QCOMPARE(m_sim->session->sockets()->open(p), QString());
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY2(opened.at(0).at(1).toBool(), qPrintable(opened.at(0).at(2).toString()));
}

void TestSimSession::sixSocketsAtOnceMixedTcpUdpAndBothModes()
{
    if (!start())
        QSKIP("no pseudo-terminal here");
    ModuleSession &session = *m_sim->session;
    const quint16 echo = m_sim->echo.port();
    const quint16 listenPort = test::freeTcpPort();

    open(0, ServiceType::Tcp, AccessMode::Buffer, echo);
    open(1, ServiceType::Tcp, AccessMode::DirectPush, echo);
    open(2, ServiceType::Udp, AccessMode::Buffer, echo);
    open(3, ServiceType::Udp, AccessMode::DirectPush, echo);
    open(4, ServiceType::TcpListener, AccessMode::Buffer, 0, listenPort);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, listenPort);
    QTRY_COMPARE(session.socket(5).service, QByteArray("TCP INCOMING"));

    QMap<int, QByteArray> received;
    connect(session.sockets(), &SocketTable::dataReceived, this, [&](int id, const QByteArray &b) { received[id] += b; });
    for (int id = 0; id < 4; ++id)
        QCOMPARE(session.sends()->send(id, "socket " + QByteArray::number(id) + " says hello"), QString());
    client.write("to socket 5");
    for (int id = 0; id < 4; ++id)
        QTRY_COMPARE(received.value(id), "socket " + QByteArray::number(id) + " says hello");
    QTRY_COMPARE(received.value(5), QByteArray("to socket 5"));
    QByteArray atClient;
    connect(&client, &QTcpSocket::readyRead, this, [&] { atClient += client.readAll(); });
    QCOMPARE(session.sends()->send(5, "back to you"), QString());
    QTRY_COMPARE(atClient, QByteArray("back to you"));
    for (int id = 0; id < 6; ++id) {
        QCOMPARE(session.socket(id).state, SocketState::Connected);
        QVERIFY(session.socket(id).inUse);
    }
    QCOMPARE(session.socket(1).bytesReceived, 19);
    QCOMPARE(session.socket(3).bytesAcknowledged, 19);

    // QISTATE agrees with what the session tracked.
    session.sockets()->refresh();
    QTRY_VERIFY(!m_sim->engine.isBusy());
    QCOMPARE(session.socket(3).service, QByteArray("UDP"));
    QCOMPARE(session.socket(3).accessMode, AccessMode::DirectPush);
    QCOMPARE(session.socket(4).service, QByteArray("TCP LISTENER"));
    QCOMPARE(session.socket(4).localPort, listenPort);
}

void TestSimSession::oneMebibyteThroughTcpEchoWithRandomSplits_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("size");
    QTest::newRow("direct push, 1 MiB") << int(AccessMode::DirectPush) << (1 << 20);
    QTest::newRow("buffer access, 256 KiB") << int(AccessMode::Buffer) << (256 << 10);
}

void TestSimSession::oneMebibyteThroughTcpEchoWithRandomSplits()
{
    QFETCH(int, mode);
    QFETCH(int, size);
    sim::SimConfig config;
    config.faults.maxSplit = 64;
    config.faults.splitSeed = 11;
    if (!start(config))
        QSKIP("no pseudo-terminal here");
    open(0, ServiceType::Tcp, AccessMode(mode), m_sim->echo.port());
    const QByteArray payload = randomBytes(size, 3);
    QByteArray received;
    QSignalSpy finished(m_sim->session->sends(), &SendQueue::sendFinished);
    connect(m_sim->session->sockets(), &SocketTable::dataReceived, this,
            [&](int id, const QByteArray &b, bool truncated) { QCOMPARE(id, 0); QVERIFY(!truncated); received += b; });
    QCOMPARE(m_sim->session->sends()->send(0, payload), QString());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY(finished.at(0).at(3).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), payload.size(), 60000);
    QVERIFY(received == payload);
    QCOMPARE(m_sim->session->socket(0).bytesReceived, size);
    QCOMPARE(m_sim->session->socket(0).bytesAcknowledged, size);
}

void TestSimSession::listenerAcceptsAndRemoteCloseIsSeen()
{
    if (!start())
        QSKIP("no pseudo-terminal here");
    ModuleSession &session = *m_sim->session;
    const quint16 port = test::freeTcpPort();
    open(0, ServiceType::TcpListener, AccessMode::Buffer, 0, port);

    QByteArray received;
    connect(session.sockets(), &SocketTable::dataReceived, this, [&](int id, const QByteArray &b) {
        QCOMPARE(id, 1);
        received += b;
    });
    auto *client = new QTcpSocket(this);
    client->connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(session.socket(1).service, QByteArray("TCP INCOMING"));
    QCOMPARE(session.socket(1).remotePort, client->localPort());
    client->write("last words");
    client->disconnectFromHost();
    QTRY_COMPARE(session.socket(1).state, SocketState::RemoteClosing);
    QTRY_COMPARE(received, QByteArray("last words"));
    QSignalSpy closed(session.sockets(), &SocketTable::closeFinished);
    session.sockets()->close(1);
    QTRY_COMPARE(closed.count(), 1);
    QVERIFY(closed.at(0).at(1).toBool());
    QVERIFY(!session.socket(1).inUse);
    delete client;
}

void TestSimSession::refusedConnectIsReportedInWords()
{
    if (!start())
        QSKIP("no pseudo-terminal here");
    const quint16 closedPort = test::freeTcpPort();
    QSignalSpy opened(m_sim->session->sockets(), &SocketTable::openFinished);
    OpenParameters p;
    p.connectId = 2;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = closedPort;
    m_sim->session->sockets()->open(p);
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(2).toString(), QStringLiteral("566 (Socket connect failed)"));
    QCOMPARE(m_sim->session->socket(2).lastError, 566);

    // The same socket ID twice: 563.
    open(0, ServiceType::Tcp, AccessMode::Buffer, m_sim->echo.port());
    opened.clear();
    p.connectId = 0;
    p.remotePort = m_sim->echo.port();
    m_sim->session->sockets()->open(p);
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(2).toString(), QStringLiteral("563 (Socket identity has been used)"));
}

void TestSimSession::dnsNtpAndPing()
{
    test::SntpResponder responder(QDateTime(QDate(2026, 11, 24), QTime(8, 0, 0), Qt::UTC));
    QVERIFY(responder.start());
    if (!start())
        QSKIP("no pseudo-terminal here");
    ModuleSession &session = *m_sim->session;

    QSignalSpy looked(session.tools(), &NetworkTools::hostLookedUp);
    session.tools()->lookUpHost(1, QStringLiteral("localhost"));
    QTRY_COMPARE(looked.count(), 1);
    QVERIFY(looked.at(0).at(0).toBool());
    QVERIFY(looked.at(0).at(2).value<DnsResult>().addresses.contains(QStringLiteral("127.0.0.1")));

    QSignalSpy synced(session.tools(), &NetworkTools::timeSynchronized);
    session.tools()->synchronizeTime(1, QStringLiteral("127.0.0.1"), responder.port());
    QTRY_COMPARE(synced.count(), 1);
    QVERIFY(synced.at(0).at(0).toBool());
    QCOMPARE(synced.at(0).at(1).value<NtpTime>().utc, QDateTime(QDate(2026, 11, 24), QTime(8, 0, 0), Qt::UTC));

    QSignalSpy replies(session.tools(), &NetworkTools::pingReply);
    QSignalSpy pinged(session.tools(), &NetworkTools::pingFinished);
    PingParameters ping(*profile::ModuleProfile::bc25());
    ping.host = QStringLiteral("localhost");
    ping.count = 3;
    session.tools()->ping(ping);
    QTRY_COMPARE(pinged.count(), 1);
    QCOMPARE(replies.count(), 3);
    QVERIFY(pinged.at(0).at(0).toBool());
    QCOMPARE(pinged.at(0).at(1).value<PingSummary>().received, 3);

    looked.clear();
    session.tools()->lookUpHost(1, QStringLiteral("no-such-host.invalid"));
    QTRY_COMPARE(looked.count(), 1);
    QVERIFY(!looked.at(0).at(0).toBool());
    QCOMPARE(looked.at(0).at(3).toString(), QStringLiteral("565 (DNS parse failed)"));
}

// The dns-fail fault is the resolver's: a ping of a name needs DNS and fails
// as AT+QIDNSGIP does (+QPING: 565); a ping of an address still goes out.
void TestSimSession::dnsFailFailsAPingOfAName()
{
    QTemporaryDir dir;
    QFile hosts(dir.filePath(QStringLiteral("hosts")));
    QVERIFY(hosts.open(QIODevice::WriteOnly));
    hosts.write("127.0.0.1 pinged.example\n"); // resolves without the fault, whatever the machine's resolver
    hosts.close();
    sim::SimConfig config;
    config.hostsFile = hosts.fileName();
    config.faults.dnsNoAnswer = true;
    if (!start(config))
        QSKIP("no pseudo-terminal here");
    ModuleSession &session = *m_sim->session;
    QSignalSpy pinged(session.tools(), &NetworkTools::pingFinished);
    PingParameters ping(*profile::ModuleProfile::bc25());
    ping.host = QStringLiteral("pinged.example");
    ping.count = 1;
    session.tools()->ping(ping);
    QTRY_COMPARE(pinged.count(), 1);
    QVERIFY(!pinged.at(0).at(0).toBool());
    QVERIFY2(pinged.at(0).at(2).toString().contains(QLatin1String("565")), qPrintable(pinged.at(0).at(2).toString()));
    ping.host = QStringLiteral("127.0.0.1");
    session.tools()->ping(ping);
    QTRY_COMPARE(pinged.count(), 2);
    QVERIFY(pinged.at(1).at(0).toBool());
}

void TestSimSession::lastErrorAfterAnError()
{
    if (!start())
        QSKIP("no pseudo-terminal here");
    QSignalSpy failed(m_sim->session->commands(), &CommandRunner::commandFailed);
    QCOMPARE(m_sim->session->sockets()->readNow(3), QString()); // nothing open there: ERROR
    QTRY_COMPARE(m_sim->session->settings().lastError.code, 567);
    QTRY_VERIFY(!failed.isEmpty());
    QCOMPARE(failed.constLast().at(0).toString(), QStringLiteral("Last error: 567 (Socket has been closed)"));
}

// A recipe sends on socket 2 then closes it; the echo's recv URC arrives with
// the close already asked: the session's read would come after the close and
// fail 567. It is not sent, and nothing of it reaches the user's last error.
void TestSimSession::recvRacingARecipesCloseIsNotReadNorTheUsersError()
{
    if (!start())
        QSKIP("no pseudo-terminal here");
    ModuleSession &session = *m_sim->session;
    open(2, ServiceType::Tcp, AccessMode::Buffer, m_sim->echo.port());
    QSignalSpy failed(session.commands(), &CommandRunner::commandFailed);
    QSignalSpy lastError(session.commands(), &CommandRunner::lastErrorRead);
    const CommandCatalog &catalog = m_sim->engine.profile().catalog();
    auto fromRecipe = [](BuildResult built) {
        built.command.source = at::Source::Recipe;
        return built;
    };
    // The close is asked the moment the module's recv URC reaches the host,
    // before the session reads it: the race, every time.
    bool closeAsked = false;
    bool closeOk = false;
    QByteArray seen;
    connect(&m_sim->engine, &at::CommandEngine::rawReceived, this, [&](const QByteArray &bytes) {
        seen += bytes;
        if (closeAsked || !seen.contains("\"recv\""))
            return;
        closeAsked = true;
        session.commands()->submit(fromRecipe(Commands::close(catalog, 2)),
                                   [&](const at::Transaction &t) { closeOk = t.ok(); });
    });
    bool sent = false;
    session.commands()->submit(fromRecipe(Commands::send(catalog, 2, "ping")),
                               [&](const at::Transaction &t) { sent = t.ok(); });
    QTRY_VERIFY(closeAsked);
    QTRY_VERIFY(closeOk);
    QVERIFY(sent);
    QTRY_VERIFY(!session.socket(2).inUse);
    QTRY_VERIFY(!m_sim->engine.isBusy());
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().at(0).toString()));
    QVERIFY(lastError.isEmpty());
    QCOMPARE(session.settings().lastError.code, 0);
    // Nothing read socket 2 after its close was written.
    QByteArray written;
    for (const test::SimHarness::Record &r : std::as_const(m_sim->capture)) {
        if (r.transmit)
            written += r.bytes;
    }
    const qsizetype closeAt = written.indexOf("AT+QICLOSE=2");
    QVERIFY(closeAt >= 0);
    QVERIFY2(written.indexOf("AT+QIRD=2", closeAt) < 0, written.constData());
}

void TestSimSession::rebootMidTransferFailsPendingWorkAndLosesNothing()
{
    sim::SimConfig config;
    config.faults.baudRate = 115200; // slow enough to be caught mid-transfer
    if (!start(config))
        QSKIP("no pseudo-terminal here");
    ModuleSession &session = *m_sim->session;
    open(0, ServiceType::Tcp, AccessMode::DirectPush, m_sim->echo.port());
    qint64 received = 0;
    connect(session.sockets(), &SocketTable::dataReceived, this, [&](int, const QByteArray &b) { received += b.size(); });
    QSignalSpy finished(session.sends(), &SendQueue::sendFinished);
    QSignalSpy restarted(session.sockets(), &SocketTable::moduleRestarted);
    session.sends()->send(0, randomBytes(64 << 10, 5));
    QTRY_VERIFY(received > 4096);
    m_sim->module->reboot();
    QTRY_COMPARE(restarted.count(), 1);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(3).toBool());
    QTRY_VERIFY(!m_sim->engine.isBusy());
    QCOMPARE(m_sim->engine.pendingOperationCount(), 0);
    QCOMPARE(session.socket(0).state, SocketState::Idle);
    QCOMPARE(received, payloadBytesIn(m_sim->received, 0));
    // and the module answers again
    QSignalSpy typed(&session, &ModuleSession::typedCommandFinished);
    session.sendTyped("AT");
    QTRY_COMPARE(typed.count(), 1);
    QVERIFY(typed.at(0).at(0).value<at::CommandResult>().ok());
}

void TestSimSession::deadLinkMidTransferFailsClearlyAndLosesNothing()
{
    sim::SimConfig config;
    config.faults.baudRate = 115200;
    if (!start(config))
        QSKIP("no pseudo-terminal here");
    m_sim->engine.setTimeoutScale(0.3);
    m_sim->timeScaled = true; // its timeouts are not the manual's: a capture could not show them
    ModuleSession &session = *m_sim->session;
    open(0, ServiceType::Tcp, AccessMode::DirectPush, m_sim->echo.port());
    qint64 received = 0;
    connect(session.sockets(), &SocketTable::dataReceived, this, [&](int, const QByteArray &b) { received += b.size(); });
    QSignalSpy finished(session.sends(), &SendQueue::sendFinished);
    session.sends()->send(0, randomBytes(64 << 10, 6));
    QTRY_VERIFY(received > 4096);
    m_sim->module->setLinkDead(true);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(!finished.at(0).at(3).toBool());
    QVERIFY2(finished.at(0).at(4).toString().contains(QLatin1String("within")), qPrintable(finished.at(0).at(4).toString()));
    QTRY_VERIFY(!m_sim->engine.isBusy());
    QTRY_COMPARE(m_sim->engine.pendingOperationCount(), 0);
    QCOMPARE(received, payloadBytesIn(m_sim->received, 0));
}

void TestSimSession::vanishedPortFailsEverythingAtOnce()
{
    // Paced like a real line: 64 KiB take seconds, so the cable is pulled mid-send
    // however busy the machine is (unpaced, a loaded machine saw it all go first).
    sim::SimConfig config;
    config.faults.baudRate = 115200;
    if (!start(config))
        QSKIP("no pseudo-terminal here");
    ModuleSession &session = *m_sim->session;
    open(0, ServiceType::Tcp, AccessMode::DirectPush, m_sim->echo.port());
    QSignalSpy finished(session.sends(), &SendQueue::sendFinished);
    QSignalSpy errors(m_sim->serial.get(), &transport::Transport::errorOccurred);
    session.sends()->send(0, randomBytes(64 << 10, 7));
    QTRY_VERIFY(session.socket(0).bytesReceived > 0);
    m_sim->pty.close(); // the cable is pulled
    QTRY_COMPARE(errors.count(), 1);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(3).toBool());
    QVERIFY2(finished.at(0).at(4).toString().contains(QLatin1String("disappeared")), qPrintable(finished.at(0).at(4).toString()));
    QVERIFY(!m_sim->engine.isBusy());
    QCOMPARE(m_sim->engine.pendingOperationCount(), 0);
}

void TestSimSession::engineRunsEveryCommandAndFormOfTheCatalog()
{
    if (!start())
        QSKIP("no pseudo-terminal here");
    const QByteArray echo = QByteArray::number(m_sim->echo.port());
    // One valid write of every command (and every shape of the multi-shape ones).
    const QList<QByteArray> writes {
        R"(AT+QIOPEN=1,0,"TCP","127.0.0.1",)" + echo + ",0,0",
        R"(AT+QIOPEN=1,1,"UDP","127.0.0.1",)" + echo + ",0,1",
        "AT+QISTATE=0,1", "AT+QISTATE=1,0", R"(AT+QISEND=0,3,"abc")", R"(AT+QISENDEX=0,2,"4142")",
        "AT+QIRD=0,512", "AT+QISWTMD=0,1", "AT+QISWTMD=0,0", R"(AT+QPING=1,"127.0.0.1",1,1,32)",
        R"(AT+QIDNSGIP=1,"localhost")", R"(AT+QICFG="dataformat",0,0)", R"(AT+QICFG="viewmode",0)",
        R"(AT+QICFG="showlength",0)", R"(AT+QICFG="viewmode")", "AT+QIKALIVE=1,60,10,9", "AT+QIKALIVE=0",
        R"(AT+QIDNSCFG="8.8.8.8","1.1.1.1")", "AT+QICLOSE=0", "AT+QICLOSE=1", "ATE1", "AT+CEREG=0",
        "AT+CGATT=1", "AT+CGPADDR=1", "AT+CFUN=1", "AT+CGACT=1,1", "AT",
    };
    QList<QByteArray> lines = writes;
    for (const CommandSpec &spec : bc25::profile::ModuleProfile::bc25()->catalog().commands()) {
        if (spec.forms.testFlag(CommandForm::Test))
            lines << spec.commandText() + "=?";
        if (spec.forms.testFlag(CommandForm::Read))
            lines << spec.commandText() + '?';
        if (spec.forms.testFlag(CommandForm::Execute))
            lines << spec.commandText();
    }
    QList<at::CommandResult> results;
    QList<at::OperationResult> operations;
    for (const QByteArray &line : std::as_const(lines)) {
        const BuildResult built = Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), line);
        QVERIFY2(built.ok() || built.command.dataPhase != at::AtCommand::DataPhase::None, qPrintable(built.error));
        at::AtCommand command = built.command;
        command.onFinished = [&](const at::CommandResult &r) { results << r; };
        command.onOperationFinished = [&](const at::OperationResult &r) { operations << r; };
        m_sim->engine.submit(command);
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), lines.size(), 30000);
    for (const at::CommandResult &r : std::as_const(results))
        QVERIFY2(r.ok(), qPrintable(QString::fromLatin1(r.command) + QStringLiteral(": ") + r.message));
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->engine.pendingOperationCount(), 0, 30000);
    for (const at::OperationResult &r : std::as_const(operations))
        QVERIFY2(r.ok(), qPrintable(QString::fromLatin1(r.command)));
}

void TestSimSession::incomingConnectionWithNoFreeSocketIsRefused()
{
    if (!start())
        QSKIP("no pseudo-terminal here");
    const quint16 port = test::freeTcpPort();
    open(0, ServiceType::TcpListener, AccessMode::Buffer, 0, port);
    for (int id = 1; id < 6; ++id)
        open(id, ServiceType::Udp, AccessMode::Buffer, m_sim->echo.port());
    QSignalSpy refused(m_sim->session->sockets(), &SocketTable::incomingConnectionRefused);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(refused.count(), 1);
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
}

void TestSimSession::latencyFaultDelaysButLosesNothing()
{
    sim::SimConfig config;
    config.faults.latencyMs = 50;
    if (!start(config))
        QSKIP("no pseudo-terminal here");
    open(0, ServiceType::Tcp, AccessMode::Buffer, m_sim->echo.port());
    const QByteArray payload = randomBytes(3000, 9);
    QByteArray received;
    connect(m_sim->session->sockets(), &SocketTable::dataReceived, this, [&](int, const QByteArray &b) { received += b; });
    QElapsedTimer clock;
    clock.start();
    m_sim->session->sends()->send(0, payload);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), payload.size(), 30000);
    QVERIFY(received == payload);
    QVERIFY(clock.elapsed() >= 6 * 50); // six sends, each answered 50 ms late
}

void TestSimSession::directPushWaitsForTheLineAndLosesNothing()
{
    sim::SimConfig config;
    config.faults.baudRate = 921600;
    if (!start(config))
        QSKIP("no pseudo-terminal here");
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    open(0, ServiceType::Tcp, AccessMode::DirectPush, server.serverPort());
    QTRY_VERIFY(server.hasPendingConnections());
    QTcpSocket *peer = server.nextPendingConnection();
    const QByteArray payload = randomBytes(256 << 10, 12);
    peer->write(payload); // far faster than the line
    qint64 worstBacklog = 0;
    connect(m_sim->module.get(), &sim::VirtualModule::output, this,
            [&] { worstBacklog = qMax(worstBacklog, m_sim->module->outputBacklog()); });
    QByteArray received;
    connect(m_sim->session->sockets(), &SocketTable::dataReceived, this, [&](int, const QByteArray &b) { received += b; });
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), payload.size(), 60000);
    QVERIFY(received == payload);
    // The module took from the socket only as the line drained.
    QVERIFY2(worstBacklog < 4 * sim::VirtualModule::PushBacklogLimit, qPrintable(QString::number(worstBacklog)));
}

void TestSimSession::lookupAsksTheConfiguredDnsServer()
{
    test::DnsResponder dns(QHostAddress(QStringLiteral("10.9.8.7")), 321);
    const QHostAddress server(QStringLiteral("127.0.0.77"));
    if (!dns.start(server))
        QSKIP("cannot bind port 53 on the loopback range here");
    if (!start())
        QSKIP("no pseudo-terminal here");
    ModuleSession &session = *m_sim->session;
    QCOMPARE(session.configuration()->setDnsServers(server.toString(), {}), QString());
    QSignalSpy looked(session.tools(), &NetworkTools::hostLookedUp);
    session.tools()->lookUpHost(1, QStringLiteral("sensor.example"));
    QTRY_COMPARE(looked.count(), 1);
    QVERIFY2(looked.at(0).at(0).toBool(), qPrintable(looked.at(0).at(3).toString()));
    const DnsResult result = looked.at(0).at(2).value<DnsResult>();
    QCOMPARE(result.addresses, QStringList {QStringLiteral("10.9.8.7")});
    QCOMPARE(result.ttl, 321);
    QCOMPARE(dns.queries(), 1);
}

void TestSimSession::keepaliveSetsTheSocketOptions()
{
    sim::EchoService echo;
    QVERIFY(echo.start(0));
    sim::SimSocket socket(sim::SimSocket::Kind::TcpClient);
    QSignalSpy opened(&socket, &sim::SimSocket::opened);
    socket.connectTo(QStringLiteral("127.0.0.1"), echo.port(), 0);
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toInt(), 0);
    // AT+QIKALIVE=1,30,15,5 (manual 2.1.13) as the handler applies it
    socket.setKeepAlive(true, 30, 15, 5);
    const int fd = int(socket.descriptor());
    QVERIFY(fd >= 0);
    auto option = [fd](int level, int name) {
        int value = -1;
        socklen_t size = sizeof value;
        return ::getsockopt(fd, level, name, &value, &size) == 0 ? value : -1;
    };
    QCOMPARE(option(SOL_SOCKET, SO_KEEPALIVE), 1);
    QCOMPARE(option(IPPROTO_TCP, TCP_KEEPIDLE), 30);
    QCOMPARE(option(IPPROTO_TCP, TCP_KEEPINTVL), 15);
    QCOMPARE(option(IPPROTO_TCP, TCP_KEEPCNT), 5);
    socket.setKeepAlive(false, 60, 10, 9);
    QCOMPARE(option(SOL_SOCKET, SO_KEEPALIVE), 0);
}

QTEST_GUILESS_MAIN(TestSimSession)
#include "tst_simsession.moc"

void TestSimSession::switchOnAClosedSocketThenOpenWithoutModeAgree()
{
    if (!start())
        QSKIP("no pseudo-terminal here");
    QSignalSpy typed(m_sim->session, &ModuleSession::typedCommandFinished);
    QCOMPARE(m_sim->session->sendTyped("AT+QISWTMD=3,1"), QString());
    QTRY_COMPARE(typed.count(), 1);
    const QByteArray open = "AT+QIOPEN=1,3,\"TCP\",\"127.0.0.1\"," + QByteArray::number(m_sim->echo.port()) + ",0";
    QSignalSpy opened(&m_sim->engine, &at::CommandEngine::transactionFinished);
    QCOMPARE(m_sim->session->sendTyped(open), QString());
    QTRY_VERIFY(std::any_of(opened.cbegin(), opened.cend(), [](const QList<QVariant> &args) {
        return args.at(0).value<at::Transaction>().operation.ok();
    }));
    // Both sides: buffer access, the QIOPEN default (manual 2.1.1); the module
    // says so itself in AT+QISTATE, whose answer the core takes as confirmation.
    const qsizetype before = opened.count();
    m_sim->session->sockets()->refresh();
    QTRY_VERIFY(opened.count() > before);
    QVERIFY(!m_sim->engine.settings().directPush[3]);
    QByteArray received;
    connect(m_sim->session->sockets(), &SocketTable::dataReceived, this,
            [&](int id, const QByteArray &b) { if (id == 3) received += b; });
    QCOMPARE(m_sim->session->sends()->send(3, "agreed\r\nOK\r\n"), QString());
    QTRY_COMPARE(received, QByteArray("agreed\r\nOK\r\n"));
    QCOMPARE(m_sim->session->socket(3).accessMode, AccessMode::Buffer);
}

// The table's Sent / Acknowledged / Received are the connection's, as the
// console's offsets are: a socket opened again from the terminal (or a
// recipe) starts from 0, not from what its slot carried before.
void TestSimSession::eachOpenCountsFromZeroWhoeverOpensIt()
{
    if (!start())
        QSKIP("no pseudo-terminal here");
    ModuleSession &session = *m_sim->session;
    open(0, ServiceType::Tcp, AccessMode::Buffer, m_sim->echo.port());
    QCOMPARE(session.sends()->send(0, "first"), QString());
    QTRY_COMPARE(session.socket(0).bytesReceived, qint64(5));
    QCOMPARE(session.socket(0).bytesAcknowledged, qint64(5));
    QSignalSpy closed(session.sockets(), &SocketTable::closeFinished);
    QCOMPARE(session.sockets()->close(0), QString());
    QTRY_COMPARE(closed.count(), 1);

    QSignalSpy typed(&session, &ModuleSession::typedCommandFinished);
    const QByteArray open = "AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\"," + QByteArray::number(m_sim->echo.port()) + ",0,0";
    QCOMPARE(session.sendTyped(open), QString());
    QTRY_VERIFY(session.socket(0).inUse && session.socket(0).state == SocketState::Connected);
    QCOMPARE(session.socket(0).bytesSent, qint64(0));
    QCOMPARE(session.socket(0).bytesAcknowledged, qint64(0));
    QCOMPARE(session.socket(0).bytesReceived, qint64(0));
    QCOMPARE(session.sends()->send(0, "ab"), QString());
    QTRY_COMPARE(session.socket(0).bytesReceived, qint64(2));
    QCOMPARE(session.socket(0).bytesSent, qint64(2));
}

// What a model switch and a recipe's restart ask about (LeaveQuestion,
// RecipeLauncher): one count, the sockets in use and not already closing.
void TestSimSession::openSocketsLeaveOutOneBeingClosed()
{
    if (!start())
        QSKIP("no pseudo-terminal here");
    ModuleSession &session = *m_sim->session;
    QCOMPARE(session.sockets()->openSockets(), 0);
    open(0, ServiceType::Tcp, AccessMode::Buffer, m_sim->echo.port());
    open(2, ServiceType::Udp, AccessMode::Buffer, m_sim->echo.port());
    QCOMPARE(session.sockets()->openSockets(), 2);
    QSignalSpy closed(session.sockets(), &SocketTable::closeFinished);
    QCOMPARE(session.sockets()->close(0), QString());
    QCOMPARE(session.socket(0).state, SocketState::Closing); // AT+QICLOSE on its way
    QCOMPARE(session.sockets()->openSockets(), 1);
    QTRY_COMPARE(closed.count(), 1);
    QCOMPARE(session.sockets()->openSockets(), 1);
}
