// SPDX-License-Identifier: MIT
// The serial path for real: a QSerialPort (SerialTransport) on the slave side
// of a pseudo-terminal, the other end a PtyTransport. Bytes both ways, 1 MiB
// compared byte for byte, the engine running a manual example over it, and
// a vanished device reported once while the program goes on.

#include "at/commandengine.h"
#include "bc25/catalogrules.h"
#include "link/enginelink.h"
#include "bc25/commands.h"
#include "manualexamples.h"
#include "scriptedmodule.h"
#include "transport/ptytransport.h"
#include "transport/serialtransport.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace bc25;
using namespace bc25::transport;

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
    at::CommandEngine engine(&CatalogRules::instance());
    link::EngineLink link(&engine);
    link.setTransport(m_serial);
    test::ScriptedModule module(m_pty);
    const test::ManualExample example = test::manualExamples().at(5); // 4.3 TCP server
    QList<test::ScriptStep> script;
    int commands = 0;
    for (const test::Exchange &exchange : example.exchanges) {
        script << test::ScriptStep {exchange.command, exchange.response, -1, {}, false};
        if (!exchange.command.isEmpty()) {
            engine.submit(Commands::fromText(exchange.command).command);
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
    QVERIFY(errors.at(0).at(1).toString().contains(QLatin1String("bc25-no-such-port")));
}

QTEST_GUILESS_MAIN(TestSerialTransport)
#include "tst_serialtransport.moc"
