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
#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QHeaderView>
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
    void theTextColumnHasACharacterAByte_data();
    void theTextColumnHasACharacterAByte();
    void aMarkWithNothingToSitOnIsShownAsItsBytes_data();
    void aMarkWithNothingToSitOnIsShownAsItsBytes();
    void linkMarkersAreDrawnOnceAcrossTheRow();
    void aLongLineIsLinesOfSixteenBytesAsHexdumpShowsIt();
    void aLongLinesTimeStandsOnItsFirstRow();
    void sentAndReceivedRowsShareTheirColumns_data();
    void sentAndReceivedRowsShareTheirColumns();
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
    QCOMPARE(model.index(0, ConsoleModel::Data).data().toString(), QStringLiteral("  00000000  68 65 6C 6C 6F 0A"));
    QCOMPARE(model.index(0, ConsoleModel::Text).data().toString(), QStringLiteral("hello."));
    QCOMPARE(model.index(1, ConsoleModel::Data).data().toString(), QStringLiteral("  00000006  01 FF 62 79 65 0A"));
    QCOMPARE(model.index(1, ConsoleModel::Text).data().toString(), QStringLiteral("..bye."));
    // What was sent counts in its own stream.
    QCOMPARE(model.index(2, ConsoleModel::Data).data().toString(), QStringLiteral("» 00000000  68 69"));
    QVERIFY(model.index(1, ConsoleModel::Data).data(Qt::ToolTipRole).toString().endsWith(QLatin1String("|..bye.|")));
    QCOMPARE(model.headerData(ConsoleModel::Text, Qt::Horizontal).toString(), QStringLiteral("Text"));
    model.setViewMode(ByteText::ViewMode::Hex);
    QCOMPARE(model.columnCount(), int(ConsoleModel::ColumnCount));
    QCOMPARE(model.index(0, ConsoleModel::Data).data().toString(), QStringLiteral("  68 65 6C 6C 6F 0A"));
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
    QCOMPARE(traffic.index(0, TrafficModel::Text).data().toString(), QStringLiteral("AT+CSQ."));
    QCOMPARE(traffic.index(2, TrafficModel::Bytes).data().toString(),
             QStringLiteral("00000002  2B 43 53 51 3A 20 32 30 2C 39 39 0D 0A"));
    QCOMPARE(traffic.index(2, TrafficModel::Text).data().toString(), QStringLiteral("+CSQ: 20,99.."));
    traffic.setViewMode(ByteText::ViewMode::Text);
    QCOMPARE(traffic.columnCount(), int(TrafficModel::ColumnCount));
}

void TestHexAndText::thePanelsOfferTheMode()
{
    link::ModuleStack stack(profile::ModuleProfile::bc25());
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

// In Hex + text a link marker is words, not bytes: one cell across the hex
// and the text (a span), not the same words in both columns; before and
// after it, and in the other modes, the rows are as they were.
void TestHexAndText::linkMarkersAreDrawnOnceAcrossTheRow()
{
    at::CommandEngine engine(profile::ModuleProfile::bc25());
    ModuleSession session(&engine);
    SocketConsole console(&session, 0);
    const QString marker = QStringLiteral("——— Link to /dev/ttyUSB0 opened ———");
    console.model()->append(false, "before\n", 1);
    console.setViewFormat(SocketConsole::Format::HexAndText);
    console.model()->appendNote(marker); // while Hex + text is on show
    console.model()->append(false, "after\n", 3);
    console.model()->flush();
    QTableView *view = console.view();
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->columnSpan(1, ConsoleModel::Data), 2);
    QCOMPARE(view->columnSpan(0, ConsoleModel::Data), 1);
    QCOMPARE(view->columnSpan(2, ConsoleModel::Data), 1);
    QCOMPARE(view->model()->index(1, ConsoleModel::Data).data().toString(), marker);
    QCOMPARE(view->model()->index(1, ConsoleModel::Text).data().toString(), QString());
    QCOMPARE(view->model()->index(2, ConsoleModel::Text).data().toString(), QStringLiteral("after."));
    console.setViewFormat(SocketConsole::Format::Text);
    QCOMPARE(view->columnSpan(1, ConsoleModel::Data), 1);
    console.setViewFormat(SocketConsole::Format::HexAndText); // a marker that came before the switch too
    QCOMPARE(view->columnSpan(1, ConsoleModel::Data), 2);

    TrafficModel traffic;
    TerminalPanel terminal(&session, &traffic);
    terminal.viewFormat()->setCurrentIndex(int(ByteText::ViewMode::HexAndText));
    traffic.append(TrafficModel::Way::Transmit, "AT\r", 1);
    traffic.append(TrafficModel::Way::Note, marker.toUtf8(), 2);
    traffic.flush();
    QCOMPARE(terminal.view()->columnSpan(1, TrafficModel::Bytes), 2);
    QCOMPARE(terminal.view()->columnSpan(0, TrafficModel::Bytes), 1);
    terminal.setHidePolling(true); // through the filter too
    QCOMPARE(terminal.view()->columnSpan(1, TrafficModel::Bytes), 2);
}

// The new-user pass read a cut hex column (16 bytes in a console, 6 in the
// terminal at 1280 px). In Hex + text a long line is lines of 16 bytes, the
// hex and the text beside, as hexdump -C: the row is as many lines tall and
// the hex column as wide as one line, so nothing is cut.
// The time of a line several rows of 16 bytes long is beside its first row
// (where the line begins), not beside a middle one.
void TestHexAndText::aLongLinesTimeStandsOnItsFirstRow()
{
    at::CommandEngine engine(profile::ModuleProfile::bc25());
    ModuleSession session(&engine);
    SocketConsole console(&session, 0);
    console.resize(700, 300);
    console.show();
    for (QCheckBox *box : console.findChildren<QCheckBox *>()) {
        if (box->text() == QLatin1String("Timestamps"))
            box->setChecked(true);
    }
    console.model()->append(false, QByteArray(40, 'x') + '\n', 1); // three rows of 16
    console.setViewFormat(SocketConsole::Format::HexAndText);
    console.model()->flush();
    QTableView *view = console.view();
    QVERIFY(!view->isColumnHidden(ConsoleModel::Time));
    const int lineHeight = view->verticalHeader()->defaultSectionSize();
    QTRY_COMPARE(view->rowHeight(0), 3 * lineHeight);
    const QRect cell = view->visualRect(view->model()->index(0, ConsoleModel::Time));
    const QImage image = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const qreal scale = image.width() / qreal(view->viewport()->width());
    auto inkBetween = [&](int top, int bottom) {
        int ink = 0;
        for (int y = int(top * scale); y < int(bottom * scale) && y < image.height(); ++y) {
            for (int x = int(cell.left() * scale); x < int(cell.right() * scale) && x < image.width(); ++x)
                ink += qGray(image.pixel(x, y)) < 128;
        }
        return ink;
    };
    QVERIFY(inkBetween(cell.top(), cell.top() + lineHeight) > 0);
    QCOMPARE(inkBetween(cell.top() + lineHeight, cell.bottom()), 0);
}

void TestHexAndText::aLongLineIsLinesOfSixteenBytesAsHexdumpShowsIt()
{
    at::CommandEngine engine(profile::ModuleProfile::bc25());
    ModuleSession session(&engine);
    SocketConsole console(&session, 0);
    console.resize(500, 300);
    console.show();
    const QByteArray line = QByteArray("0123456789abcdefGHIJKLMNOPQRSTUVwxyz\n"); // 37 bytes: three lines
    console.model()->append(false, line, 1);
    console.model()->append(false, "short\n", 2);
    console.setViewFormat(SocketConsole::Format::HexAndText);
    console.model()->flush();
    QTableView *view = console.view();
    const QAbstractItemModel *shown = view->model();
    QCOMPARE(shown->index(0, ConsoleModel::Data).data().toString(),
             QStringLiteral("  00000000  30 31 32 33 34 35 36 37 38 39 61 62 63 64 65 66\n"
                            "  00000010  47 48 49 4A 4B 4C 4D 4E 4F 50 51 52 53 54 55 56\n"
                            "  00000020  77 78 79 7A 0A"));
    QCOMPARE(shown->index(0, ConsoleModel::Text).data().toString(),
             QStringLiteral("0123456789abcdef\nGHIJKLMNOPQRSTUV\nwxyz."));
    QCOMPARE(shown->index(1, ConsoleModel::Data).data().toString(), QStringLiteral("  00000025  73 68 6F 72 74 0A"));
    const int lineHeight = view->verticalHeader()->defaultSectionSize();
    QCOMPARE(view->rowHeight(0), 3 * lineHeight);
    QCOMPARE(view->rowHeight(1), lineHeight);
    const QFontMetrics metrics(view->font());
    QVERIFY(view->columnWidth(ConsoleModel::Data)
            >= metrics.horizontalAdvance(QStringLiteral("00000000  30 31 32 33 34 35 36 37 38 39 61 62 63 64 65 66")));
    // A line still coming grows its row in place.
    console.model()->append(false, QByteArray(20, 'z'), 3);
    console.model()->flush();
    QTRY_COMPARE(view->rowHeight(2), 2 * lineHeight);
    console.model()->append(false, QByteArray(20, 'z'), 4);
    console.model()->flush();
    QTRY_COMPARE(view->rowHeight(2), 3 * lineHeight);
    // Text again: a line a row.
    console.setViewFormat(SocketConsole::Format::Text);
    QCOMPARE(view->rowHeight(0), lineHeight);
    QCOMPARE(view->rowHeight(2), lineHeight);

    TrafficModel traffic;
    TerminalPanel terminal(&session, &traffic);
    terminal.viewFormat()->setCurrentIndex(int(ByteText::ViewMode::HexAndText));
    traffic.append(TrafficModel::Way::Receive, "\r\n+QIURC: \"recv\",0,5\r\n", 1);
    traffic.flush();
    const QAbstractItemModel *terminalShown = terminal.view()->model();
    QCOMPARE(terminalShown->index(1, TrafficModel::Bytes).data().toString(),
             QStringLiteral("00000002  2B 51 49 55 52 43 3A 20 22 72 65 63 76 22 2C 30\n00000012  2C 35 0D 0A"));
    QCOMPARE(terminalShown->index(1, TrafficModel::Text).data().toString(), QStringLiteral("+QIURC: \"recv\",0\n,5.."));
    QCOMPARE(terminal.view()->rowHeight(1), 2 * terminal.view()->verticalHeader()->defaultSectionSize());
}

void TestHexAndText::theTextColumnHasACharacterAByte_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("controls") << QByteArray("\x00\x01" "AB\r", 5) << QStringLiteral("..AB.");
    QTest::newRow("high bytes") << QByteArray("\xff\x80z") << QStringLiteral("..z");
    QTest::newRow("UTF-8 whole") << QByteArray("caf\xc3\xa9!") << QStringLiteral("caf\u00e9!");
    // A character cut by the 16-byte line: a dot for each of its bytes on either side.
    QTest::newRow("UTF-8 across lines") << QByteArray("0123456789abcde\xe4\xb8\xad") << QStringLiteral("0123456789abcde.\n..");
    // DE AD is U+07AD, a combining mark: with nothing to sit on it joined the
    // dots after it into boxes (new-user pass 9); after a letter one is text.
    QTest::newRow("mark with nothing before it") << QByteArray("\xde\xad\xbe\xef\x00" "A\r\n", 8) << QStringLiteral(".....A..");
    QTest::newRow("mark after a dot") << QByteArray("\x01\xcc\x81z") << QStringLiteral("...z");
    QTest::newRow("mark on a letter") << QByteArray("e\xcc\x81!") << QStringLiteral("e\u0301!");
}

void TestHexAndText::aMarkWithNothingToSitOnIsShownAsItsBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("console");
    QTest::addColumn<QString>("terminal");
    QTest::newRow("DE AD first") << QByteArray("\xde\xad\xbe\xef\x00" "A\r\n", 8)
                                 << QStringLiteral("\\xDE\\xAD\\xBE\\xEF\\x00A\\r")
                                 << QStringLiteral("\\xde\\xad\\xbe\\xef\\x00A\\r\\n");
    QTest::newRow("after a space") << QByteArray("a \xcc\x81.") << QStringLiteral("a \\xCC\\x81.")
                                   << QStringLiteral("a \\xcc\\x81.");
    QTest::newRow("on a letter") << QByteArray("cafe\xcc\x81 \xe4\xbd\xa0") << QStringLiteral("cafe\u0301 \u4f60")
                                 << QStringLiteral("cafe\u0301 \u4f60");
}

// In Text view too: the console's row and the terminal's, the sent mark
// "» " whole before them (it was drawn as a box with the mark).
void TestHexAndText::aMarkWithNothingToSitOnIsShownAsItsBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, console);
    QFETCH(QString, terminal);
    ConsoleModel consoleModel;
    consoleModel.append(true, bytes, 1);
    consoleModel.flush();
    QCOMPARE(consoleModel.index(0, ConsoleModel::Data).data().toString(), QStringLiteral("» ") + console);
    TrafficModel traffic;
    traffic.append(TrafficModel::Way::Receive, bytes, 1);
    traffic.flush();
    QCOMPARE(traffic.index(traffic.rowCount() - 1, TrafficModel::Bytes).data().toString(), terminal);
}

// Like hexdump -C: one character a byte, never an escape, so the column's width is fixed.
void TestHexAndText::theTextColumnHasACharacterAByte()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    ConsoleModel console;
    console.setViewMode(ByteText::ViewMode::HexAndText);
    console.append(false, bytes, 1);
    console.flush();
    QCOMPARE(console.index(0, ConsoleModel::Text).data().toString(), text);
    TrafficModel traffic;
    traffic.setViewMode(ByteText::ViewMode::HexAndText);
    traffic.append(TrafficModel::Way::Receive, bytes, 1);
    traffic.flush();
    QCOMPARE(traffic.index(traffic.rowCount() - 1, TrafficModel::Text).data().toString(), text);
}

QTEST_MAIN(TestHexAndText)
#include "tst_hexandtext.moc"

void TestHexAndText::sentAndReceivedRowsShareTheirColumns_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("hex + text") << int(ByteText::ViewMode::HexAndText);
    QTest::newRow("hex") << int(ByteText::ViewMode::Hex);
}

// The "» " of a sent row is a gutter every row has ("  " when received): the
// offsets and bytes of both kinds stand in the same columns, on every line of
// a row of several lines too.
void TestHexAndText::sentAndReceivedRowsShareTheirColumns()
{
    QFETCH(int, mode);
    ConsoleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray bytes("0123456789abcdefGHIJ\n"); // two lines of the dump
    model.append(false, bytes, 1000);
    model.append(true, bytes, 1000);
    model.flush();
    model.setViewMode(ByteText::ViewMode(mode));
    const QStringList received = model.index(0, ConsoleModel::Data).data().toString().split(QLatin1Char('\n'));
    const QStringList sent = model.index(1, ConsoleModel::Data).data().toString().split(QLatin1Char('\n'));
    QCOMPARE(sent.size(), received.size());
    for (qsizetype i = 0; i < sent.size(); ++i) {
        QCOMPARE(sent.at(i).size(), received.at(i).size());
        QCOMPARE(sent.at(i).mid(2), received.at(i).mid(2));
        QCOMPARE(received.at(i).left(2), QStringLiteral("  "));
        QCOMPARE(sent.at(i).left(2), i == 0 ? QStringLiteral("» ") : QStringLiteral("  "));
    }
    // The text beside has no mark: the same columns too.
    QCOMPARE(model.index(1, ConsoleModel::Text).data(), model.index(0, ConsoleModel::Text).data());
}
