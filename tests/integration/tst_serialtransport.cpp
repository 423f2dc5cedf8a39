// SPDX-License-Identifier: MIT
// The serial path for real: a QSerialPort (SerialTransport) on the slave side
// of a pseudo-terminal, the other end a PtyTransport. Bytes both ways, 1 MiB
// compared byte for byte, the engine running a manual example over it, and
// a vanished device reported once while the program goes on; a port's
// profile (baud, framing) applied to the line and read back from the pty,
// and RTS/DTR tried as asked without ending the link where there are none.

#include "at/commandengine.h"
#include "profile/moduleprofile.h"
#include "link/enginelink.h"
#include "bc25/commands.h"
#include "manualexamples.h"
#include "rawpty.h"
#include "scriptedmodule.h"
#include "transport/ptytransport.h"
#include "transport/serialtransport.h"
#include "translations.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace bc25;
using namespace bc25::transport;

Q_DECLARE_METATYPE(bc25::transport::ControlSignal)

class TestSerialTransport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bytesTravelBothWays();
    void oneMebibyteArrivesIntact();
    void engineRunsAManualExampleOverTheLine();
    void vanishedDeviceIsReportedOnceAndClosesQuietly();
    void missingPortFailsToOpenWithItsName();
    void systemTextEndsAsASentence_data();
    void systemTextEndsAsASentence();
    void lineSettingsReachTheLine();
    void controlSignalsAreTriedAsAskedAndAPtyWithoutThemStaysOpen_data();
    void controlSignalsAreTriedAsAskedAndAPtyWithoutThemStaysOpen();

private:
    PtyTransport *m_pty = nullptr;
    SerialTransport *m_serial = nullptr;
};

void TestSerialTransport::init()
{
    m_pty = new PtyTransport;
    QSignalSpy failed(m_pty, &Transport::errorOccurred);
    m_pty->open();
    if (!m_pty->isOpen())
        QSKIP("no pseudo-terminal on this machine");
    SerialSettings settings;
    settings.portName = m_pty->slavePath();
    settings.baudRate = 115200;
    m_serial = new SerialTransport(settings);
    QSignalSpy opened(m_serial, &Transport::opened);
    m_serial->open();
    QCOMPARE(opened.count(), 1);
    QVERIFY(m_serial->isOpen());
}

void TestSerialTransport::cleanup()
{
    delete m_serial;
    m_serial = nullptr;
    delete m_pty;
    m_pty = nullptr;
}

void TestSerialTransport::bytesTravelBothWays()
{
    QByteArray atHost;
    QByteArray atModule;
    connect(m_serial, &Transport::bytesReceived, this, [&](const QByteArray &b) { atHost += b; });
    connect(m_pty, &Transport::bytesReceived, this, [&](const QByteArray &b) { atModule += b; });
    m_serial->write("AT\r");
    QTRY_COMPARE(atModule, QByteArray("AT\r"));
    m_pty->write(QByteArray("\r\nOK\r\n\x00\xff", 8));
    QTRY_COMPARE(atHost, QByteArray("\r\nOK\r\n\x00\xff", 8));
}

void TestSerialTransport::oneMebibyteArrivesIntact()
{
    QByteArray data(1 << 20, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char &c : data)
        c = char(random.bounded(256));
    QByteArray atHost;
    connect(m_serial, &Transport::bytesReceived, this, [&](const QByteArray &b) { atHost += b; });
    m_pty->write(data);
    QTRY_COMPARE_WITH_TIMEOUT(atHost.size(), data.size(), 20000);
    QVERIFY(atHost == data);

    QByteArray atModule;
    connect(m_pty, &Transport::bytesReceived, this, [&](const QByteArray &b) { atModule += b; });
    m_serial->write(data.left(256 * 1024));
    QTRY_COMPARE_WITH_TIMEOUT(atModule.size(), 256 * 1024, 20000);
    QVERIFY(atModule == data.left(256 * 1024));
}

void TestSerialTransport::engineRunsAManualExampleOverTheLine()
{
    at::CommandEngine engine(profile::ModuleProfile::bc25());
    link::EngineLink link(&engine);
    link.setTransport(m_serial);
    test::ScriptedModule module(m_pty);
    const test::ManualExample example = test::manualExamples().at(5); // 4.3 TCP server
    QList<test::ScriptStep> script;
    int commands = 0;
    for (const test::Exchange &exchange : example.exchanges) {
        script << test::ScriptStep {exchange.command, exchange.response, -1, {}, false};
        if (!exchange.command.isEmpty()) {
            engine.submit(Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), exchange.command).command);
            ++commands;
        }
    }
    QSignalSpy finished(&engine, &at::CommandEngine::commandFinished);
    QSignalSpy unknown(&engine, &at::CommandEngine::unknownLine);
    QByteArray data;
    connect(&engine, &at::CommandEngine::dataReceived, this, [&](int, const QByteArray &b) { data += b; });
    module.setScript(script);
    QTRY_COMPARE(finished.count(), commands);
    QTRY_COMPARE(engine.pendingOperationCount(), 0);
    QVERIFY2(module.mismatches().isEmpty(), qPrintable(module.mismatches().join(u'\n')));
    QCOMPARE(data, QByteArray("test"));
    QCOMPARE(unknown.count(), 0);
}

void TestSerialTransport::vanishedDeviceIsReportedOnceAndClosesQuietly()
{
    QSignalSpy errors(m_serial, &Transport::errorOccurred);
    QSignalSpy closed(m_serial, &Transport::closed);
    m_pty->close(); // the other end is gone, as when a USB adapter is pulled
    QTRY_COMPARE(closed.count(), 1);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<Transport::Error>(), Transport::Error::DeviceRemoved);
    // A whole sentence: the advice that follows it starts a new one.
    const QString message = errors.at(0).at(1).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("disappeared: .+[.\u3002]$")).match(message).hasMatch(), qPrintable(message));
    QVERIFY(!m_serial->isOpen());
    m_serial->write("AT\r"); // harmless after the loss
    QCOMPARE(errors.count(), 1);
}

void TestSerialTransport::missingPortFailsToOpenWithItsName()
{
    SerialSettings settings;
    settings.portName = QStringLiteral("/dev/bc25-no-such-port");
    SerialTransport serial(settings);
    QSignalSpy errors(&serial, &Transport::errorOccurred);
    serial.open();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<Transport::Error>(), Transport::Error::OpenFailed);
    const QString message = errors.at(0).at(1).toString();
    QVERIFY(message.contains(QLatin1String("bc25-no-such-port")));
    // The system's words end as a sentence, then what to do (whatever the system's language).
    QVERIFY2(QRegularExpression(QStringLiteral("^Cannot open /dev/bc25-no-such-port: .+[.\u3002] No port has that name now\\.$"))
                     .match(message).hasMatch(), qPrintable(message));
}

void TestSerialTransport::systemTextEndsAsASentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("bare") << QStringLiteral("No such file or directory") << QStringLiteral("No such file or directory.");
    QTest::newRow("ended") << QStringLiteral("Broken pipe.") << QStringLiteral("Broken pipe.");
    QTest::newRow("zh ended") << QStringLiteral("不存在。") << QStringLiteral("不存在。");
    QTest::newRow("spaces") << QStringLiteral(" Input/output error \n") << QStringLiteral("Input/output error.");
    QTest::newRow("empty") << QString() << QString();
}

void TestSerialTransport::systemTextEndsAsASentence()
{
    QFETCH(QString, text);
    QFETCH(QString, sentence);
    QCOMPARE(Translations::sentence(text), sentence);
}

void TestSerialTransport::lineSettingsReachTheLine()
{
    test::RawPty pty;
    if (!pty.isOpen())
        QSKIP("no pseudo-terminal here");
    SerialSettings settings;
    settings.portName = pty.slavePath();
    settings.baudRate = 9600;
    settings.stopBits = QSerialPort::TwoStop;
    {
        SerialTransport serial(settings);
        QSignalSpy opened(&serial, &Transport::opened);
        serial.open();
        QCOMPARE(opened.count(), 1);
        const termios tio = pty.lineSettings();
        QCOMPARE(cfgetospeed(&tio), speed_t(B9600));
        QCOMPARE(cfgetispeed(&tio), speed_t(B9600));
        QVERIFY(tio.c_cflag & CSTOPB);
        serial.write("AT\r");
        QByteArray atModule;
        QTRY_COMPARE((atModule += pty.readAvailable()), QByteArray("AT\r"));
    }
    // A pty is always 8 bits without parity: 7E1 is refused there, clearly, at open.
    settings.dataBits = QSerialPort::Data7;
    settings.parity = QSerialPort::EvenParity;
    SerialTransport serial(settings);
    QSignalSpy errors(&serial, &Transport::errorOccurred);
    serial.open();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<Transport::Error>(), Transport::Error::OpenFailed);
    QVERIFY(errors.at(0).at(1).toString().startsWith(QLatin1String("Cannot configure ") + pty.slavePath()));
    QVERIFY(!serial.isOpen());
}

void TestSerialTransport::controlSignalsAreTriedAsAskedAndAPtyWithoutThemStaysOpen_data()
{
    QTest::addColumn<ControlSignal>("rts");
    QTest::addColumn<ControlSignal>("dtr");
    QTest::addColumn<QSerialPort::FlowControl>("flow");
    QTest::addColumn<QStringList>("tried");
    using F = QSerialPort::FlowControl;
    QTest::newRow("as is: nothing tried") << ControlSignal::AsIs << ControlSignal::AsIs << F::NoFlowControl << QStringList {};
    QTest::newRow("RTS on") << ControlSignal::On << ControlSignal::AsIs << F::NoFlowControl << QStringList {"RTS"};
    QTest::newRow("both off") << ControlSignal::Off << ControlSignal::Off << F::NoFlowControl << QStringList {"DTR", "RTS"};
    QTest::newRow("RTS/CTS drives RTS") << ControlSignal::On << ControlSignal::On << F::HardwareControl << QStringList {"DTR"};
}

void TestSerialTransport::controlSignalsAreTriedAsAskedAndAPtyWithoutThemStaysOpen()
{
    // A pty has no modem lines: every attempt fails there, which shows which
    // were attempted. The link is up all the same.
    QFETCH(ControlSignal, rts);
    QFETCH(ControlSignal, dtr);
    QFETCH(QSerialPort::FlowControl, flow);
    QFETCH(QStringList, tried);
    test::RawPty pty;
    if (!pty.isOpen())
        QSKIP("no pseudo-terminal here");
    SerialSettings settings;
    settings.portName = pty.slavePath();
    settings.requestToSend = rts;
    settings.dataTerminalReady = dtr;
    settings.flowControl = flow;
    SerialTransport serial(settings);
    QSignalSpy opened(&serial, &Transport::opened);
    QSignalSpy errors(&serial, &Transport::errorOccurred);
    serial.open();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(errors.count(), 0);
    QVERIFY(serial.isOpen());
    const QString problem = serial.controlSignalProblem();
    QCOMPARE(problem.isEmpty(), tried.isEmpty());
    for (const QString &line : {QStringLiteral("RTS"), QStringLiteral("DTR")})
        QCOMPARE(problem.contains(line), tried.contains(line));
    if (!tried.isEmpty())
        QVERIFY2(problem.contains(pty.slavePath()), qPrintable(problem));
    serial.write("AT\r");
    QByteArray atModule;
    QTRY_COMPARE((atModule += pty.readAvailable()), QByteArray("AT\r"));
    QSignalSpy received(&serial, &Transport::bytesReceived);
    pty.write("\r\nOK\r\n");
    QTRY_VERIFY(!received.isEmpty());
    QCOMPARE(errors.count(), 0);
}

QTEST_GUILESS_MAIN(TestSerialTransport)
#include "tst_serialtransport.moc"
