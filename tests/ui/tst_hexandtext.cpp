// SPDX-License-Identifier: MIT
// "Hex + text" in the consoles and the terminal: each row's offset in its
// stream and its hex, its text in a column beside, a hex editor's dump as the
// tooltip; the column comes and goes with the mode, and the rows are the same
// however the bytes arrived (byte by byte included).

#include "at/commandengine.h"
#include "link/modulestack.h"
#include "models/consolemodel.h"
#include "models/trafficmodel.h"
#include "panels/bytetext.h"
#include "panels/consolepanel.h"
#include "panels/terminalpanel.h"
#include "session/modulesession.h"
#include "views/logview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace bc25;
using namespace bc25::ui;

class TestHexAndText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hexDumpIsAHexEditorsLines();
    void consoleRowsShowOffsetHexAndText_data();
    void consoleRowsShowOffsetHexAndText();
    void terminalRowsShowOffsetHexAndText();
    void thePanelsOfferTheMode();
};

void TestHexAndText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_hexandtext"));
    QSettings().clear();
}

void TestHexAndText::hexDumpIsAHexEditorsLines()
{
    const QString dump = ByteText::hexDump("+QIURC: \"recv\",0\r\n", 0x20);
    const QStringList lines = dump.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("00000020  2B 51 49 55 52 43 3A 20 22 72 65 63 76 22 2C 30  |+QIURC: \"recv\",0|"));
    QCOMPARE(lines.at(1), QStringLiteral("00000030  0D 0A                                            |..|"));
    QCOMPARE(ByteText::offsetAndHex("AT", 26), QStringLiteral("0000001A  41 54"));
    QCOMPARE(ByteText::offsetAndHex("AT", -1), QStringLiteral("          41 54")); // no offset counted
}

void TestHexAndText::consoleRowsShowOffsetHexAndText_data()
{
    QTest::addColumn<int>("piece");
    QTest::newRow("as one read") << 1000;
    QTest::newRow("byte by byte") << 1;
    QTest::newRow("in threes") << 3;
}

void TestHexAndText::consoleRowsShowOffsetHexAndText()
{
    QFETCH(int, piece);
    ConsoleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray received = QByteArray("hello\n\x01\xff" "bye\n", 12);
    for (qsizetype at = 0; at < received.size(); at += piece)
        model.append(false, received.mid(at, piece), 1000);
    model.append(true, "hi", 1000);
    model.flush();
    QCOMPARE(model.columnCount(), int(ConsoleModel::ColumnCount));
    model.setViewMode(ByteText::ViewMode::HexAndText);
    QCOMPARE(model.columnCount(), int(ConsoleModel::ColumnCount) + 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ConsoleModel::Data).data().toString(), QStringLiteral("00000000  68 65 6C 6C 6F 0A"));
    QCOMPARE(model.index(0, ConsoleModel::Text).data().toString(), QStringLiteral("hello"));
    QCOMPARE(model.index(1, ConsoleModel::Data).data().toString(), QStringLiteral("00000006  01 FF 62 79 65 0A"));
    QCOMPARE(model.index(1, ConsoleModel::Text).data().toString(), QStringLiteral("\\x01\\xFFbye"));
    // What was sent counts in its own stream.
    QCOMPARE(model.index(2, ConsoleModel::Data).data().toString(), QStringLiteral("» 00000000  68 69"));
    QVERIFY(model.index(1, ConsoleModel::Data).data(Qt::ToolTipRole).toString().endsWith(QLatin1String("|..bye.|")));
    QCOMPARE(model.headerData(ConsoleModel::Text, Qt::Horizontal).toString(), QStringLiteral("Text"));
    model.setViewMode(ByteText::ViewMode::Hex);
    QCOMPARE(model.columnCount(), int(ConsoleModel::ColumnCount));
    QCOMPARE(model.index(0, ConsoleModel::Data).data().toString(), QStringLiteral("68 65 6C 6C 6F 0A"));
    model.setViewMode(ByteText::ViewMode::Text);
    QCOMPARE(model.index(0, ConsoleModel::Data).data().toString(), QStringLiteral("hello"));
}

void TestHexAndText::terminalRowsShowOffsetHexAndText()
{
    TrafficModel traffic;
    QAbstractItemModelTester tester(&traffic, QAbstractItemModelTester::FailureReportingMode::QtTest);
    traffic.append(TrafficModel::Way::Transmit, "AT+CSQ\r", 1);
    const QByteArray answer = "\r\n+CSQ: 20,99\r\n\r\nOK\r\n";
    for (const char c : answer)
        traffic.append(TrafficModel::Way::Receive, QByteArray(1, c), 2);
    traffic.setViewMode(ByteText::ViewMode::HexAndText);
    traffic.flush();
    QCOMPARE(traffic.columnCount(), int(TrafficModel::ColumnCount) + 1);
    QCOMPARE(traffic.index(0, TrafficModel::Bytes).data().toString(), QStringLiteral("          41 54 2B 43 53 51 0D"));
    QCOMPARE(traffic.index(0, TrafficModel::Text).data().toString(), QStringLiteral("AT+CSQ\\r"));
    QCOMPARE(traffic.index(2, TrafficModel::Bytes).data().toString(),
             QStringLiteral("00000002  2B 43 53 51 3A 20 32 30 2C 39 39 0D 0A"));
    QCOMPARE(traffic.index(2, TrafficModel::Text).data().toString(), QStringLiteral("+CSQ: 20,99\\r\\n"));
    traffic.setViewMode(ByteText::ViewMode::Text);
    QCOMPARE(traffic.columnCount(), int(TrafficModel::ColumnCount));
}

void TestHexAndText::thePanelsOfferTheMode()
{
    link::ModuleStack stack(profile::ModuleProfile::bc25());
    at::CommandEngine &engine = stack.engine();
    ModuleSession &session = stack.session();
    TrafficModel traffic;
    TerminalPanel terminal(&session, &traffic);
    terminal.viewFormat()->setCurrentIndex(int(ByteText::ViewMode::HexAndText));
    QCOMPARE(traffic.viewMode(), ByteText::ViewMode::HexAndText);
    QCOMPARE(terminal.view()->model()->columnCount(), int(TrafficModel::ColumnCount) + 1);
    QVERIFY(!terminal.view()->isColumnHidden(TrafficModel::Text));
    terminal.setHidePolling(true); // through the filter too
    QCOMPARE(terminal.view()->model()->columnCount(), int(TrafficModel::ColumnCount) + 1);
    terminal.setHidePolling(false);

    SocketConsole console(&session, 0);
    console.setViewFormat(SocketConsole::Format::HexAndText);
    QCOMPARE(console.model()->viewMode(), ByteText::ViewMode::HexAndText);
    QCOMPARE(console.view()->model()->columnCount(), int(ConsoleModel::ColumnCount) + 1);
    console.setViewFormat(SocketConsole::Format::Hex);
    QCOMPARE(console.model()->viewMode(), ByteText::ViewMode::Hex);
}

QTEST_MAIN(TestHexAndText)
#include "tst_hexandtext.moc"
