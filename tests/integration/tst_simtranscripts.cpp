// SPDX-License-Identifier: MIT
// The manual's chapter 4, reproduced byte for byte by the virtual module over
// a real pseudo-terminal with real loopback peers (addresses, ports and ping
// times aside: "{N}" in an expectation stands for any number).

#include "profile/moduleprofile.h"
#include "bc25/commandcatalog.h"
#include "bc25/errorcodes.h"
#include "sim/handlers/ntphandler.h"
#include "freeport.h"
#include "simharness.h"
#include "sntpresponder.h"

#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>
#include <QtEndian>

using namespace bc25;

namespace {

QRegularExpression pattern(const QByteArray &expected)
{
    QString regex;
    const QList<QByteArray> parts = expected.split('{');
    for (int i = 0; i < parts.size(); ++i) {
        QByteArray part = parts.at(i);
        if (i > 0) {
            if (part.startsWith("N}")) {
                regex += QStringLiteral("\\d+");
                part.remove(0, 2);
            } else {
                part.prepend('{');
            }
        }
        regex += QRegularExpression::escape(QString::fromLatin1(part));
    }
    return QRegularExpression(QLatin1Char('^') + regex + QLatin1Char('$'));
}

QString shown(const QByteArray &bytes)
{
    return QString::fromLatin1(QByteArray(bytes).replace("\r", "\\r").replace("\n", "\\n"));
}

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

} // namespace

class TestSimTranscripts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false")); }
    void init();
    void cleanup();
    void tcpClientInBufferAccessMode();       // 4.1
    void secondSendBeforeSendOkIsRefused();   // 4.1.2, last exchange
    void bufferFullIsReported();              // 4.1.3, "buff full"
    void tcpClientInDirectPushMode();         // 4.2
    void tcpServerInBufferAccessMode();       // 4.3
    void udpService();                        // 4.4
    void pingARemoteServer();                 // 4.5
    void synchronizeLocalTime();              // 4.6
    void gettingTheLastErrorCode();           // 4.7
    void testFormsAnswerTheManualsRanges();
    void sendDataModesWithPrompt();
    void sendThenCloseAtOnceStillEndsTheSend_data();
    void sendThenCloseAtOnceStillEndsTheSend();
    void listenerAndServiceReadRemotePortZero();
    void hexAfterThePromptMustBeHexPairs();
    void namesResolveAsAnIPv4ContextWould();
    void unansweredDnsServerFailsInTime();
    void detachTakesTheDataPathAway_data();
    void detachTakesTheDataPathAway();
    void backspaceEditsTheLineAndLowerCaseIsAccepted();
    void hostInitialisationIsAnswered();
    void cmeeDecidesHowThreeGppErrorsRead();

private:
    bool startSim(const sim::SimConfig &config = {});
    // Writes `command` and waits until the module has printed its echo and then `response`.
    void exchange(const QByteArray &command, const QByteArray &response);
    // Waits for output nobody asked for.
    void expectOutput(const QByteArray &output);

    std::unique_ptr<test::SimHarness> m_sim;
    std::unique_ptr<QTcpServer> m_listener;
    QTcpSocket *m_peer = nullptr;
};

void TestSimTranscripts::init()
{
    m_sim = std::make_unique<test::SimHarness>();
    m_listener = std::make_unique<QTcpServer>();
    QVERIFY(m_listener->listen(QHostAddress::LocalHost));
    connect(m_listener.get(), &QTcpServer::newConnection, this, [this] { m_peer = m_listener->nextPendingConnection(); });
}

void TestSimTranscripts::cleanup()
{
    m_sim.reset();
    m_listener.reset();
    m_peer = nullptr;
}

bool TestSimTranscripts::startSim(const sim::SimConfig &config)
{
    return m_sim->start(config, 115200, false);
}

void TestSimTranscripts::exchange(const QByteArray &command, const QByteArray &response)
{
    m_sim->received.clear();
    m_sim->serial->write(command + '\r');
    expectOutput(command + '\r' + response);
}

void TestSimTranscripts::expectOutput(const QByteArray &output)
{
    const QRegularExpression re = pattern(output);
    QTRY_VERIFY2_WITH_TIMEOUT(re.match(QString::fromLatin1(m_sim->received)).hasMatch(),
                              qPrintable(QStringLiteral("got  %1\nwant %2").arg(shown(m_sim->received), shown(output))), 5000);
    m_sim->received.clear();
}

void TestSimTranscripts::tcpClientInBufferAccessMode()
{
    if (!startSim())
        QSKIP("no pseudo-terminal here");
    const QByteArray port = number(m_listener->serverPort());
    const QByteArray local = number(test::freeTcpPort());

    // 4.1.1
    exchange(R"(AT+QIOPEN=1,0,"TCP","127.0.0.1",)" + port + ',' + local + ",0", "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n");
    QTRY_VERIFY(m_peer);
    exchange("AT+QISTATE=1,0", "\r\n+QISTATE: 0,\"TCP\",\"127.0.0.1\"," + port + ',' + local + ",2,1,0\r\n\r\nOK\r\n");
    // 4.1.2
    QByteArray atPeer;
    connect(m_peer, &QTcpSocket::readyRead, this, [&] { atPeer += m_peer->readAll(); });
    exchange(R"(AT+QISEND=0,10,"1234567890")", "\r\nOK\r\n\r\nSEND OK\r\n");
    exchange(R"(AT+QISENDEX=0,5,"3031323334")", "\r\nOK\r\n\r\nSEND OK\r\n");
    QTRY_COMPARE(atPeer, QByteArray("123456789001234"));
    // 4.1.3
    m_peer->write("1234567890");
    expectOutput("\r\n+QIURC: \"recv\",0\r\n");
    exchange("AT+QIRD=0,512", "\r\n+QIRD: 10\r\n1234567890\r\n\r\nOK\r\n");
    exchange("AT+QIRD=0,512", "\r\n+QIRD: 0\r\n\r\nOK\r\n");
    exchange(R"(AT+QICFG="showlength",1)", "\r\n+QICFG: \"showlength\",1\r\n\r\nOK\r\n");
    m_peer->write("123456789012");
    expectOutput("\r\n+QIURC: \"recv\",0,12\r\n");
    exchange("AT+QIRD=0,10", "\r\n+QIRD: 10,2\r\n1234567890\r\n\r\nOK\r\n");
    // (the manual leaves the last two bytes unread; read them so a new URC may come)
    exchange("AT+QIRD=0,10", "\r\n+QIRD: 2,0\r\n12\r\n\r\nOK\r\n");
    exchange(R"(AT+QICFG="viewmode",1)", "\r\n+QICFG: \"viewmode\",1\r\n\r\nOK\r\n");
    exchange(R"(AT+QISEND=0,12,"012345678901")", "\r\nOK\r\n\r\nSEND OK\r\n");
    QTRY_COMPARE(atPeer.right(12), QByteArray("012345678901"));
    m_peer->write("012345678901");
    expectOutput("\r\n+QIURC: \"recv\",0,12\r\n");
    exchange("AT+QIRD=0,10", "\r\n+QIRD: 10,2,0123456789\r\n\r\nOK\r\n");
    // 4.1.4
    exchange("AT+QICLOSE=0", "\r\nOK\r\n\r\nCLOSE OK\r\n");
    QTRY_COMPARE(m_peer->state(), QAbstractSocket::UnconnectedState);
}

void TestSimTranscripts::secondSendBeforeSendOkIsRefused()
{
    sim::SimConfig config;
    config.sendAckDelayMs = 300;
    config.stateFile.clear();
    if (!startSim(config))
        QSKIP("no pseudo-terminal here");
    exchange(R"(AT+QIOPEN=1,0,"TCP","127.0.0.1",)" + number(m_listener->serverPort()) + ",0,0",
             "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n");
    m_sim->received.clear();
    m_sim->serial->write("AT+QISEND=0,10,\"1234567890\"\rAT+QISEND=0,10,\"1234567890\"\r");
    expectOutput("AT+QISEND=0,10,\"1234567890\"\r\r\nOK\r\nAT+QISEND=0,10,\"1234567890\"\r\r\nERROR\r\n\r\nSEND OK\r\n");
}

void TestSimTranscripts::bufferFullIsReported()
{
    sim::SimConfig config;
    config.receiveBufferLimit = 16;
    if (!startSim(config))
        QSKIP("no pseudo-terminal here");
    exchange(R"(AT+QIOPEN=1,0,"TCP","127.0.0.1",)" + number(m_listener->serverPort()) + ",0,0",
             "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n");
    QTRY_VERIFY(m_peer);
    m_peer->write(QByteArray(40, 'x'));
    expectOutput("\r\n+QIURC: \"recv\",0\r\n\r\n+QIURC: \"recv\",0,\"buff full\"\r\n");
    // Nothing is lost: what did not fit waited in the kernel and comes with the next reads.
    QByteArray read;
    for (int i = 0; i < 10 && read.size() < 40; ++i) {
        m_sim->received.clear();
        m_sim->serial->write("AT+QIRD=0,512\r");
        QTRY_VERIFY(m_sim->received.contains("\r\nOK\r\n"));
        const QByteArray out = m_sim->received;
        const qsizetype header = out.indexOf("+QIRD: ");
        const qsizetype lineEnd = out.indexOf("\r\n", header);
        const int n = out.mid(header + 7, lineEnd - header - 7).toInt();
        read += out.mid(lineEnd + 2, n);
    }
    QCOMPARE(read, QByteArray(40, 'x'));
}

void TestSimTranscripts::tcpClientInDirectPushMode()
{
    if (!startSim())
        QSKIP("no pseudo-terminal here");
    const QByteArray port = number(m_listener->serverPort());
    // 4.2.1
    exchange(R"(AT+QIOPEN=1,0,"TCP","127.0.0.1",)" + port + ",0,1", "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n");
    exchange("AT+QISTATE=1,0", "\r\n+QISTATE: 0,\"TCP\",\"127.0.0.1\"," + port + ",0,2,1,1\r\n\r\nOK\r\n");
    QTRY_VERIFY(m_peer);
    // 4.2.2
    exchange(R"(AT+QISEND=0,10,"1234567890")", "\r\nOK\r\n\r\nSEND OK\r\n");
    exchange(R"(AT+QISENDEX=0,5,"3031323334")", "\r\nOK\r\n\r\nSEND OK\r\n");
    // 4.2.3
    m_peer->write("12345");
    expectOutput("\r\n+QIURC: \"recv\",0,5\r\n12345\r\n");
    exchange(R"(AT+QICFG="viewmode",1)", "\r\n+QICFG: \"viewmode\",1\r\n\r\nOK\r\n");
    exchange(R"(AT+QISEND=0,12,"012345678901")", "\r\nOK\r\n\r\nSEND OK\r\n");
    m_peer->write("012345678901");
    expectOutput("\r\n+QIURC: \"recv\",0,12,012345678901\r\n");
    // 4.2.4
    exchange("AT+QICLOSE=0", "\r\nOK\r\n\r\nCLOSE OK\r\n");
}

void TestSimTranscripts::tcpServerInBufferAccessMode()
{
    if (!startSim())
        QSKIP("no pseudo-terminal here");
    const quint16 port = test::freeTcpPort();
    // 4.3.1
    exchange(R"(AT+QIOPEN=1,0,"TCP LISTENER","127.0.0.1",0,)" + number(port) + ",0", "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n");
    exchange("AT+QISTATE?", "\r\n+QISTATE: 0,\"TCP LISTENER\",\"127.0.0.1\",0," + number(port) + ",2,1,0\r\n\r\nOK\r\n");
    // 4.3.2
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    expectOutput("\r\n+QIURC: \"incoming\",1,0,\"127.0.0.1\"," + number(client.localPort()) + "\r\n");
    // 4.3.3
    client.write("test");
    expectOutput("\r\n+QIURC: \"recv\",1\r\n");
    exchange("AT+QIRD=1,512", "\r\n+QIRD: 4\r\ntest\r\n\r\nOK\r\n");
    exchange("AT+QIRD=1,512", "\r\n+QIRD: 0\r\n\r\nOK\r\n");
    // 4.3.4
    exchange("AT+QICLOSE=1", "\r\nOK\r\n\r\nCLOSE OK\r\n");
    exchange("AT+QICLOSE=0", "\r\nOK\r\n\r\nCLOSE OK\r\n");
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
}

void TestSimTranscripts::udpService()
{
    if (!startSim())
        QSKIP("no pseudo-terminal here");
    const quint16 port = test::freeUdpPort();
    // 4.4.1
    exchange(R"(AT+QIOPEN=1,0,"UDP SERVICE","127.0.0.1",0,)" + number(port) + ",0", "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n");
    exchange("AT+QISTATE?", "\r\n+QISTATE: 0,\"UDP SERVICE\",\"127.0.0.1\",0," + number(port) + ",2,1,0\r\n\r\nOK\r\n");
    // 4.4.2
    QUdpSocket remote;
    remote.writeDatagram("AAAA", QHostAddress::LocalHost, port);
    expectOutput("\r\n+QIURC: \"recv\",0\r\n");
    exchange("AT+QIRD=0,4", "\r\n+QIRD: 4\r\nAAAA\r\n\r\nOK\r\n");
    // 4.4.3
    exchange("AT+QICLOSE=0", "\r\nOK\r\n\r\nCLOSE OK\r\n");
}

void TestSimTranscripts::pingARemoteServer()
{
    if (!startSim())
        QSKIP("no pseudo-terminal here");
    // 4.5, with a name that resolves without a network
    exchange(R"(AT+QPING=1,"localhost")",
             "\r\nOK\r\n"
             "\r\n+QPING: 0,127.0.0.1,32,{N},255\r\n\r\n+QPING: 0,127.0.0.1,32,{N},255\r\n"
             "\r\n+QPING: 0,127.0.0.1,32,{N},255\r\n\r\n+QPING: 0,127.0.0.1,32,{N},255\r\n"
             "\r\n+QPING: 2,4,4,0,{N},{N},{N}\r\n");
    exchange(R"(AT+QPING=1,"no-such-host.invalid")", "\r\nOK\r\n\r\n+QPING: 565\r\n");
}

void TestSimTranscripts::synchronizeLocalTime()
{
    test::SntpResponder responder(QDateTime(QDate(2018, 4, 20), QTime(11, 8, 20), Qt::UTC));
    QVERIFY(responder.start());
    if (!startSim())
        QSKIP("no pseudo-terminal here");
    exchange(R"(AT+QNTTP=1,"127.0.0.1",)" + number(responder.port()),
             "\r\nOK\r\n\r\n+QNTTP: 0,\"18/04/20,11:08:20+00\"\r\n");
}

void TestSimTranscripts::gettingTheLastErrorCode()
{
    if (!startSim())
        QSKIP("no pseudo-terminal here");
    // 4.7, verbatim
    exchange(R"(AT+QIOPEN=1,"UDP","220.18.39.22",8063,0,1)", "\r\nERROR\r\n");
    exchange("AT+QIGETERROR", "\r\n+QIGETERROR: 552,invalid parameters\r\n\r\nOK\r\n");
    exchange("AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",1,0,0", "\r\nOK\r\n\r\n+QIOPEN: 0,566\r\n");
    exchange("AT+QIGETERROR", "\r\n+QIGETERROR: 566,socket connect failed\r\n\r\nOK\r\n");
    exchange("AT+QICLOSE=9", "\r\nERROR\r\n");
    exchange("AT" + QByteArray(2000, 'X'), "\r\nERROR\r\n"); // longer than the command buffer
    exchange("AT+QBOGUS", "\r\nERROR\r\n");
    exchange("AT", "\r\nOK\r\n"); // and it goes on
}

void TestSimTranscripts::testFormsAnswerTheManualsRanges()
{
    if (!startSim())
        QSKIP("no pseudo-terminal here");
    exchange("AT+QIOPEN=?", "\r\n+QIOPEN: (1-3),(0-5),\"TCP/UDP/TCP LISTENER/UDP SERVICE\",\"<IP_address>/<domain_name>\","
                            "<remote_port>[,<local_port>[,(0-1)[,(0-1)]]]\r\n\r\nOK\r\n");
    exchange("AT+QICFG=?", "\r\n+QICFG: \"dataformat\",(0,1),(0,1)\r\n\r\n+QICFG: \"viewmode\",(0,1)\r\n"
                           "\r\n+QICFG: \"showlength\",(0,1)\r\n\r\nOK\r\n");
    exchange("AT+QIRD=?", "\r\n+QIRD: (0-5),(1-512)\r\n\r\nOK\r\n");
    exchange("AT+QISTATE=?", "\r\nOK\r\n");
    exchange("ATE0", "\r\nOK\r\n");
    m_sim->received.clear();
    m_sim->serial->write("AT\r");
    expectOutput("\r\nOK\r\n"); // no echo now
}

void TestSimTranscripts::sendDataModesWithPrompt()
{
    if (!startSim())
        QSKIP("no pseudo-terminal here");
    exchange(R"(AT+QIOPEN=1,0,"TCP","127.0.0.1",)" + number(m_listener->serverPort()) + ",0,0",
             "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n");
    QTRY_VERIFY(m_peer);
    QByteArray atPeer;
    connect(m_peer, &QTcpSocket::readyRead, this, [&] { atPeer += m_peer->readAll(); });
    // Ctrl+Z form: the data is echoed, then OK and SEND OK
    exchange("AT+QISEND=0", "\r\n> ");
    m_sim->serial->write("hello\x1a");
    expectOutput("hello\r\nOK\r\n\r\nSEND OK\r\n");
    // Esc cancels
    exchange("AT+QISEND=0", "\r\n> ");
    m_sim->serial->write("nope\x1b");
    expectOutput("nope\r\nOK\r\n");
    // fixed length, binary-safe
    const QByteArray binary("\r\nOK\r\n\x1a\x00\x1b", 9);
    exchange("AT+QISEND=0,9", "\r\n> ");
    m_sim->serial->write(binary);
    expectOutput(binary + "\r\nOK\r\n\r\nSEND OK\r\n");
    // hex with the prompt: 2 x length hex digits
    exchange("AT+QISENDEX=0,2", "\r\n> ");
    m_sim->serial->write("4142");
    expectOutput("4142\r\nOK\r\n\r\nSEND OK\r\n");
    QTRY_COMPARE(atPeer, QByteArray("hello") + binary + "AB");
    // empty data: SEND FAIL at once (manual 2.1.4, note 3)
    exchange("AT+QISEND=0", "\r\n> ");
    m_sim->serial->write("\x1a");
    expectOutput("\r\nSEND FAIL\r\n");
}

void TestSimTranscripts::sendThenCloseAtOnceStillEndsTheSend_data()
{
    QTest::addColumn<int>("ackDelayMs");
    QTest::addColumn<QByteArray>("send");
    QTest::newRow("inline, SEND OK at once") << 0 << QByteArray(R"(AT+QISEND=0,5,"hello")");
    QTest::newRow("inline, SEND OK delayed") << 300 << QByteArray(R"(AT+QISEND=0,5,"hello")");
    QTest::newRow("hex, SEND OK delayed") << 300 << QByteArray(R"(AT+QISENDEX=0,5,"68656C6C6F")");
}

void TestSimTranscripts::sendThenCloseAtOnceStillEndsTheSend()
{
    QFETCH(int, ackDelayMs);
    QFETCH(QByteArray, send);
    sim::SimConfig config;
    config.sendAckDelayMs = ackDelayMs;
    if (!startSim(config))
        QSKIP("no pseudo-terminal here");
    const QByteArray port = number(m_listener->serverPort());
    exchange(R"(AT+QIOPEN=1,0,"TCP","127.0.0.1",)" + port + ",0,0", "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n");
    exchange(R"(AT+QIOPEN=1,1,"TCP","127.0.0.1",)" + port + ",0,0", "\r\nOK\r\n\r\n+QIOPEN: 1,0\r\n");
    // Both lines in one write: the close arrives before the kernel has confirmed the send.
    m_sim->received.clear();
    m_sim->serial->write(send + "\rAT+QICLOSE=0\r");
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->received.contains("CLOSE OK\r\n"), 5000);
    const QByteArray out = m_sim->received;
    QCOMPARE(out.count("\r\nSEND OK\r\n") + out.count("\r\nSEND FAIL\r\n"), 1);
    QVERIFY2(out.indexOf("SEND ") < out.indexOf("CLOSE OK"), qPrintable(shown(out)));
    // Nothing is left pending: a send on another socket goes through, and the
    // late acknowledgement of the first send prints nothing more.
    exchange(R"(AT+QISEND=1,3,"abc")", "\r\nOK\r\n\r\nSEND OK\r\n");
    exchange("AT+QIGETERROR", "\r\n+QIGETERROR: 0,operation successful\r\n\r\nOK\r\n");
    exchange("AT+QISEND=1", "\r\n> ");
    m_sim->serial->write("xyz\x1a");
    expectOutput("xyz\r\nOK\r\n\r\nSEND OK\r\n");
    exchange("AT", "\r\nOK\r\n");
}

void TestSimTranscripts::listenerAndServiceReadRemotePortZero()
{
    if (!startSim())
        QSKIP("no pseudo-terminal here");
    // manual 2.1.3: for "TCP LISTENER" and "UDP SERVICE" <remote_port> is invalid, always 0
    const quint16 tcp = test::freeTcpPort();
    const quint16 udp = test::freeUdpPort();
    exchange(R"(AT+QIOPEN=1,0,"TCP LISTENER","127.0.0.1",8080,)" + number(tcp) + ",0", "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n");
    exchange(R"(AT+QIOPEN=1,1,"UDP SERVICE","127.0.0.1",9090,)" + number(udp) + ",0", "\r\nOK\r\n\r\n+QIOPEN: 1,0\r\n");
    exchange("AT+QISTATE?", "\r\n+QISTATE: 0,\"TCP LISTENER\",\"127.0.0.1\",0," + number(tcp) + ",2,1,0\r\n"
                            "\r\n+QISTATE: 1,\"UDP SERVICE\",\"127.0.0.1\",0," + number(udp) + ",2,1,0\r\n\r\nOK\r\n");
}

void TestSimTranscripts::hexAfterThePromptMustBeHexPairs()
{
    if (!startSim())
        QSKIP("no pseudo-terminal here");
    exchange(R"(AT+QIOPEN=1,0,"TCP","127.0.0.1",)" + number(m_listener->serverPort()) + ",0,0",
             "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n");
    QTRY_VERIFY(m_peer);
    QByteArray atPeer;
    connect(m_peer, &QTcpSocket::readyRead, this, [&] { atPeer += m_peer->readAll(); });
    // manual 2.1.6: "parameter is incorrect: ERROR", and the last error says why
    exchange("AT+QISENDEX=0,2", "\r\n> ");
    m_sim->serial->write("41G2");
    expectOutput("41G2\r\nERROR\r\n");
    exchange("AT+QIGETERROR", "\r\n+QIGETERROR: 552,invalid parameters\r\n\r\nOK\r\n");
    exchange("AT+QISENDEX=0", "\r\n> ");
    m_sim->serial->write("414\x1a"); // odd length
    expectOutput("414\r\nERROR\r\n");
    exchange("AT+QISENDEX=0", "\r\n> ");
    m_sim->serial->write("41 42\x1a");
    expectOutput("41 42\r\nERROR\r\n");
    // the module is not left busy: a good one goes through, and only its bytes arrive
    exchange("AT+QISENDEX=0", "\r\n> ");
    m_sim->serial->write("43a4\x1a");
    expectOutput("43a4\r\nOK\r\n\r\nSEND OK\r\n");
    exchange("AT+QISENDEX=0,1", "\r\n> ");
    m_sim->serial->write("45");
    expectOutput("45\r\nOK\r\n\r\nSEND OK\r\n");
    QTRY_COMPARE(atPeer, QByteArray("C\xa4" "E"));
}

void TestSimTranscripts::namesResolveAsAnIPv4ContextWould()
{
    // A fresh Debian 12 lists ::1 before 127.0.0.1; an IPv4 context must not care.
    QTemporaryFile hosts;
    QVERIFY(hosts.open());
    hosts.write("::1 localhost ip6-localhost ip6-loopback\n127.0.0.1 localhost\n"
                "::1 sensor.test\n127.0.0.1 sensor.test\n");
    hosts.flush();
    sim::SimConfig config;
    config.hostsFile = hosts.fileName();
    test::SntpResponder responder(QDateTime(QDate(2018, 4, 20), QTime(11, 8, 20), Qt::UTC));
    QVERIFY(responder.start());
    if (!startSim(config))
        QSKIP("no pseudo-terminal here");
    exchange(R"(AT+QPING=1,"localhost",1,1)",
             "\r\nOK\r\n\r\n+QPING: 0,127.0.0.1,32,{N},255\r\n\r\n+QPING: 2,1,1,0,{N},{N},{N}\r\n");
    exchange(R"(AT+QPING=1,"sensor.test",1,1)",
             "\r\nOK\r\n\r\n+QPING: 0,127.0.0.1,32,{N},255\r\n\r\n+QPING: 2,1,1,0,{N},{N},{N}\r\n");
    exchange(R"(AT+QIDNSGIP=1,"sensor.test")",
             "\r\nOK\r\n\r\n+QIURC: \"dnsgip\",0,1,{N}\r\n\r\n+QIURC: \"dnsgip\",\"127.0.0.1\"\r\n");
    exchange(R"(AT+QIDNSGIP=1,"localhost")",
             "\r\nOK\r\n\r\n+QIURC: \"dnsgip\",0,1,{N}\r\n\r\n+QIURC: \"dnsgip\",\"127.0.0.1\"\r\n");
    // the listener is on 127.0.0.1 only: a connect to ::1 would be refused
    exchange(R"(AT+QIOPEN=1,0,"TCP","sensor.test",)" + number(m_listener->serverPort()) + ",0,0",
             "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n");
    QTRY_VERIFY(m_peer);
    exchange(R"(AT+QNTTP=1,"localhost",)" + number(responder.port()),
             "\r\nOK\r\n\r\n+QNTTP: 0,\"18/04/20,11:08:20+00\"\r\n");
}

void TestSimTranscripts::unansweredDnsServerFailsInTime()
{
    QUdpSocket silent; // takes the queries and never answers: a DNS server out of reach
    if (!silent.bind(QHostAddress(QStringLiteral("127.0.0.78")), 53))
        QSKIP("cannot bind port 53 on the loopback range here");
    sim::SimConfig config;
    config.dnsTimeoutMs = 500;
    if (!startSim(config))
        QSKIP("no pseudo-terminal here");
    exchange(R"(AT+QIDNSCFG="127.0.0.78")", "\r\nOK\r\n");
    exchange(R"(AT+QIDNSGIP=1,"sensor.example")", "\r\nOK\r\n\r\n+QIURC: \"dnsgip\",565\r\n");
    exchange(R"(AT+QIOPEN=1,0,"TCP","sensor.example",80,0,0)", "\r\nOK\r\n\r\n+QIOPEN: 0,565\r\n");
    exchange(R"(AT+QPING=1,"sensor.example")", "\r\nOK\r\n\r\n+QPING: 565\r\n");
    exchange(R"(AT+QNTTP=1,"sensor.example")", "\r\nOK\r\n\r\n+QNTTP: 565\r\n");
    exchange("AT+QIGETERROR", "\r\n+QIGETERROR: 565,dns parse failed\r\n\r\nOK\r\n");
    QVERIFY(silent.hasPendingDatagrams()); // the server was asked
    // localhost needs no server (RFC 6761)
    exchange(R"(AT+QPING=1,"localhost",1,1)",
             "\r\nOK\r\n\r\n+QPING: 0,127.0.0.1,32,{N},255\r\n\r\n+QPING: 2,1,1,0,{N},{N},{N}\r\n");
}

void TestSimTranscripts::detachTakesTheDataPathAway_data()
{
    QTest::addColumn<QByteArray>("detach");
    QTest::addColumn<QByteArray>("attach");
    QTest::addColumn<bool>("context2Lost");
    QTest::newRow("CGATT") << QByteArray("AT+CGATT=0") << QByteArray("AT+CGATT=1") << true;
    QTest::newRow("CFUN") << QByteArray("AT+CFUN=0") << QByteArray("AT+CFUN=1") << true;
    QTest::newRow("CGACT") << QByteArray("AT+CGACT=0,1") << QByteArray("AT+CGACT=1,1") << false;
}

void TestSimTranscripts::detachTakesTheDataPathAway()
{
    QFETCH(QByteArray, detach);
    QFETCH(QByteArray, attach);
    QFETCH(bool, context2Lost);
    if (!startSim())
        QSKIP("no pseudo-terminal here");
    const QByteArray port = number(m_listener->serverPort());
    exchange(R"(AT+QIOPEN=1,0,"TCP","127.0.0.1",)" + port + ",0,0", "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n");
    QTRY_VERIFY(m_peer);
    QTcpSocket *peer0 = m_peer;
    exchange(R"(AT+QIOPEN=2,1,"TCP","127.0.0.1",)" + port + ",0,0", "\r\nOK\r\n\r\n+QIOPEN: 1,0\r\n");
    exchange("AT+CGPADDR", "\r\n+CGPADDR: 1,10.45.0.2\r\n\r\nOK\r\n");

    // The sockets on the lost contexts close after the OK, each with the BC25's
    // "closed" (manual 2.2.1: "due to network error"); "pdpdeact" is the LTE
    // modules' URC, which the BC25 manual does not list (a drift on a BC25).
    exchange(detach, "\r\nOK\r\n\r\n+QIURC: \"closed\",0\r\n"
                     + QByteArray(context2Lost ? "\r\n+QIURC: \"closed\",1\r\n" : ""));
    QTRY_COMPARE(peer0->state(), QAbstractSocket::UnconnectedState);
    exchange("AT+QISTATE=1,0", "\r\n+QISTATE: 0,\"TCP\",\"127.0.0.1\"," + port + ",{N},5,1,0\r\n\r\nOK\r\n");
    exchange("AT+QISTATE=1,1", "\r\n+QISTATE: 1,\"TCP\",\"127.0.0.1\"," + port + ",{N}," + (context2Lost ? "5" : "2")
                               + ",2,0\r\n\r\nOK\r\n");
    exchange(R"(AT+QISEND=0,3,"abc")", "\r\nERROR\r\n");
    exchange("AT+QIGETERROR", "\r\n+QIGETERROR: 570,pdp context broken down\r\n\r\nOK\r\n");
    if (!context2Lost)
        exchange(R"(AT+QISEND=1,3,"abc")", "\r\nOK\r\n\r\nSEND OK\r\n");
    exchange(R"(AT+QIOPEN=1,2,"TCP","127.0.0.1",)" + port + ",0,0", "\r\nOK\r\n\r\n+QIOPEN: 2,561\r\n");
    exchange("AT+QIGETERROR", "\r\n+QIGETERROR: 561,open pdp context failed\r\n\r\nOK\r\n");
    exchange(R"(AT+QPING=1,"127.0.0.1")", "\r\nOK\r\n\r\n+QPING: 5\r\n"); // Table 2: PING_PDP_ACT_FAIL
    exchange(R"(AT+QIDNSGIP=1,"localhost")", "\r\nOK\r\n\r\n+QIURC: \"dnsgip\",561\r\n");
    exchange(R"(AT+QNTTP=1,"127.0.0.1",123)", "\r\nOK\r\n\r\n+QNTTP: 561\r\n");
    exchange("AT+CGATT?", QByteArray("\r\n+CGATT: ") + (context2Lost ? "0" : "1") + "\r\n\r\nOK\r\n");
    exchange("AT+CGPADDR", "\r\n+CGPADDR: 1\r\n\r\nOK\r\n");
    exchange("AT+CGACT?", QByteArray("\r\n+CGACT: 1,0\r\n\r\n+CGACT: 2,") + (context2Lost ? "0" : "1")
                              + "\r\n\r\n+CGACT: 3," + (context2Lost ? "0" : "1") + "\r\n\r\nOK\r\n");

    // Attaching brings it back; the closed socket is closed by the host as usual.
    exchange(attach, "\r\nOK\r\n");
    exchange("AT+CGATT?", "\r\n+CGATT: 1\r\n\r\nOK\r\n");
    exchange("AT+CGPADDR", "\r\n+CGPADDR: 1,10.45.0.2\r\n\r\nOK\r\n");
    exchange("AT+QICLOSE=0", "\r\nOK\r\n\r\nCLOSE OK\r\n");
    exchange(R"(AT+QIOPEN=1,0,"TCP","127.0.0.1",)" + port + ",0,0", "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n");
    exchange(R"(AT+QISEND=0,3,"abc")", "\r\nOK\r\n\r\nSEND OK\r\n");
    exchange(R"(AT+QPING=1,"127.0.0.1",1,1)",
             "\r\nOK\r\n\r\n+QPING: 0,127.0.0.1,32,{N},255\r\n\r\n+QPING: 2,1,1,0,{N},{N},{N}\r\n");
}

void TestSimTranscripts::backspaceEditsTheLineAndLowerCaseIsAccepted()
{
    if (!startSim())
        QSKIP("no pseudo-terminal here");
    const quint16 udp = test::freeUdpPort();
    exchange(R"(AT+QIOPEN=1,0,"UDP SERVICE","127.0.0.1",0,)" + number(udp) + ",0", "\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n");
    // V.250 5.2.2: 0x08 deletes the character before it; the echo shows every byte typed
    exchange("AT+QISTATX\bE?", "\r\n+QISTATE: 0,\"UDP SERVICE\",\"127.0.0.1\",0," + number(udp) + ",2,1,0\r\n\r\nOK\r\n");
    exchange("ATI\b\b\b\bAT", "\r\nOK\r\n"); // more backspaces than characters: an empty line, then AT
    exchange("AT+QBOGUS\b\b\b\b\b\bCSQ", "\r\n+CSQ: 22,0\r\n\r\nOK\r\n");
    // lower case, as people type it
    exchange("at+qistate?", "\r\n+QISTATE: 0,\"UDP SERVICE\",\"127.0.0.1\",0," + number(udp) + ",2,1,0\r\n\r\nOK\r\n");
    exchange("at+cgatt?", "\r\n+CGATT: 1\r\n\r\nOK\r\n");
    exchange("ate0", "\r\nOK\r\n");
    m_sim->received.clear();
    m_sim->serial->write("at\r");
    expectOutput("\r\nOK\r\n");
}

void TestSimTranscripts::hostInitialisationIsAnswered()
{
    if (!startSim())
        QSKIP("no pseudo-terminal here");
    exchange("ATV1", "\r\nOK\r\n");
    exchange("ATE0", "\r\nOK\r\n");
    m_sim->received.clear();
    m_sim->serial->write("AT&F\r"); // echo back on: the answer comes after the unechoed command
    expectOutput("\r\nOK\r\n");
    exchange("AT", "\r\nOK\r\n");
    exchange("AT+CGSN", "\r\n866818039921448\r\n\r\nOK\r\n");
    exchange("AT+CGSN=1", "\r\n+CGSN: 866818039921448\r\n\r\nOK\r\n");
    exchange("AT+CIMI", "\r\n460001234567890\r\n\r\nOK\r\n");
    exchange("AT+CPIN?", "\r\n+CPIN: READY\r\n\r\nOK\r\n");
    exchange("AT+CESQ", "\r\n+CESQ: 99,99,255,255,19,61\r\n\r\nOK\r\n"); // csq 22: -69 dBm RSSI, RSRP -80 dBm
    exchange("AT+CGDCONT?", "\r\n+CGDCONT: 1,\"IP\",\"nbiot\",\"10.45.0.2\",0,0\r\n\r\nOK\r\n");
    exchange("AT+CMEE?", "\r\n+CMEE: 0\r\n\r\nOK\r\n");
    exchange("AT+CMEE=?", "\r\n+CMEE: (0-2)\r\n\r\nOK\r\n");
    m_sim->received.clear();
    m_sim->serial->write("AT+CCLK?\r");
    QTRY_VERIFY(m_sim->received.contains("OK\r\n"));
    const QRegularExpression clock(QStringLiteral(R"(\+CCLK: "(\d\d/\d\d/\d\d,\d\d:\d\d:\d\d)\+00")"));
    const QRegularExpressionMatch match = clock.match(QString::fromLatin1(m_sim->received));
    QVERIFY2(match.hasMatch(), qPrintable(shown(m_sim->received)));
    const QDateTime reported = QDateTime::fromString(QStringLiteral("20") + match.captured(1), QStringLiteral("yyyy/MM/dd,hh:mm:ss"));
    QVERIFY(qAbs(QDateTime(reported.date(), reported.time(), Qt::UTC).secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // V.250 6.2.6: ATV0 makes the result codes numbers, its own included, and
    // information text "<text>\r\n"; ATV1 words again.
    exchange("ATV0", "0\r");
    exchange("AT+CMEE?", "+CMEE: 0\r\n0\r");
    exchange("AT+CMEE=7", "4\r");
    exchange("ATV1", "\r\nOK\r\n");
    // The catalog knows all of them, so the workbench's terminal can complete and check them.
    for (const char *name : {"V", "&F", "+CMEE", "+CCLK", "+CGSN", "+CIMI", "+CPIN", "+CESQ", "+CGDCONT"})
        QVERIFY2(bc25::profile::ModuleProfile::bc25()->catalog().find(name), name);
}

void TestSimTranscripts::cmeeDecidesHowThreeGppErrorsRead()
{
    if (!startSim())
        QSKIP("no pseudo-terminal here");
    exchange("AT+CFUN=9", "\r\nERROR\r\n"); // 27.007 9.1: <n> 0, plain ERROR
    exchange("AT+CMEE=1", "\r\nOK\r\n");
    exchange("AT+CFUN=9", "\r\n+CME ERROR: 50\r\n");
    exchange("AT+CMEE=2", "\r\nOK\r\n");
    exchange("AT+CMEE?", "\r\n+CMEE: 2\r\n\r\nOK\r\n");
    exchange("AT+CFUN=9", "\r\n+CME ERROR: incorrect parameters\r\n");
    exchange("AT+CFUN=0", "\r\nOK\r\n");
    exchange("AT+CGATT=1", "\r\n+CME ERROR: operation not allowed\r\n"); // the radio is off
    exchange("AT+CSQ", "\r\n+CSQ: 99,99\r\n\r\nOK\r\n");
    exchange("AT+CESQ", "\r\n+CESQ: 99,99,255,255,255,255\r\n\r\nOK\r\n");
    exchange("AT+CEREG?", "\r\n+CEREG: 0,0\r\n\r\nOK\r\n");
    exchange("AT+CFUN=1", "\r\nOK\r\n");
    // TCP/IP commands keep the manual's plain ERROR and their last error (chapter 3)
    exchange("AT+QICLOSE=9", "\r\nERROR\r\n");
    exchange("AT+QIGETERROR", "\r\n+QIGETERROR: 552,invalid parameters\r\n\r\nOK\r\n");
    exchange("AT+QBOGUS", "\r\nERROR\r\n"); // an unknown command is no 3GPP error
    exchange("AT&F", "\r\nOK\r\n");
    exchange("AT+CFUN=9", "\r\nERROR\r\n");
}

QTEST_GUILESS_MAIN(TestSimTranscripts)
#include "tst_simtranscripts.moc"
