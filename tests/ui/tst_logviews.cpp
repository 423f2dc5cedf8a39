// SPDX-License-Identifier: MIT
// The log views' machinery, which the display-cost benchmark leans on: lines
// kept whole across reads and frames, sends standing alone, one tick for
// many requests and a slower one in a flood, scroll bars that repaint only
// when they look different, the end followed, the shaped-text cache bounded.

#include "models/consolemodel.h"
#include "tabletext.h"
#include "models/trafficmodel.h"
#include "views/frameclock.h"
#include "views/logitemdelegate.h"
#include "views/logview.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QHelpEvent>
#include <QStandardItemModel>
#include <QToolTip>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace bc25::ui;

namespace {

// Counts the paint events a widget gets.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestLogViews : public QObject
{
    Q_OBJECT
private slots:
    void aLineInPiecesStaysOneRowWithItsFirstTime();
    void writesAndSendsStandAlone();
    void aLineWithoutEndIsCutAtTheRowLength();
    void aLongLineSaysItsCutAndIsWholeInEachRowsTooltip();
    void aLongSendIsOneSendWithItsPlaceInTheLine();
    void manyRequestsGiveOneTickAndAFloodASlowerOne();
    void scrollBarRepaintsOnlyWhenItLooksDifferent();
    void viewFollowsTheEndUnlessScrolledAway();
    void viewAtTheEndStaysThereWhenItGetsShorter();
    void viewAtTheEndStaysThereWhenItsRowsGrowTaller();
    void shapedTextsStayBounded();
    void cutTextEndsInAnEllipsis();
    void aCutCellHasItsWholeTextAsATooltip();
};

void TestLogViews::aLineInPiecesStaysOneRowWithItsFirstTime()
{
    TrafficModel model;
    model.append(TrafficModel::Way::Receive, "+QIURC: \"re", 1000);
    model.flush();
    QCOMPARE(model.rowCount(), 1); // shown before its end came: a prompt, a slow line
    QSignalSpy grew(&model, &QAbstractItemModel::dataChanged);
    model.append(TrafficModel::Way::Receive, "cv\",0,5\r\nhel", 1250);
    model.append(TrafficModel::Way::Receive, "lo", 1300);
    QCOMPARE(grew.count(), 0); // announced with the frame, not with every read
    model.flush();
    QCOMPARE(grew.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, TrafficModel::Bytes), QStringLiteral("+QIURC: \"recv\",0,5\\r\\n"));
    QCOMPARE(model.index(0, TrafficModel::Time).data().toString(),
             QDateTime::fromMSecsSinceEpoch(1000).toString(QStringLiteral("HH:mm:ss.zzz")));
    QCOMPARE(cell(model, 1, TrafficModel::Bytes), QStringLiteral("hello"));
    QCOMPARE(model.index(1, TrafficModel::Time).data().toString(),
             QDateTime::fromMSecsSinceEpoch(1250).toString(QStringLiteral("HH:mm:ss.zzz")));

    ConsoleModel console;
    console.append(false, "sensor 0001 t=2", 1000);
    console.flush();
    console.append(false, "1.5\nsensor 0002", 2000);
    console.flush();
    QCOMPARE(console.rowCount(), 2);
    QCOMPARE(cell(console, 0, ConsoleModel::Data), QStringLiteral("sensor 0001 t=21.5"));
    QCOMPARE(cell(console, 1, ConsoleModel::Data), QStringLiteral("sensor 0002"));
    console.setHex(true);
    QCOMPARE(cell(console, 1, ConsoleModel::Data), QStringLiteral("  73 65 6E 73 6F 72 20 30 30 30 32"));
}

void TestLogViews::writesAndSendsStandAlone()
{
    TrafficModel traffic;
    traffic.append(TrafficModel::Way::Receive, "AT", 1);
    traffic.append(TrafficModel::Way::Transmit, "AT+QISTATE?\r", 2);
    traffic.append(TrafficModel::Way::Transmit, "AT\r", 3);
    traffic.append(TrafficModel::Way::Receive, "OK\r\n", 4);
    traffic.flush();
    QCOMPARE(traffic.rowCount(), 4); // the received "AT" is not continued past the writes
    QCOMPARE(cell(traffic, 3, TrafficModel::Bytes), QStringLiteral("OK\\r\\n"));
    QCOMPARE(traffic.findTransmit(3, "AT"), 2);

    ConsoleModel console;
    console.append(true, "abc", 1);
    console.append(true, "def", 2);
    console.append(false, "x", 3);
    console.flush();
    QCOMPARE(console.rowCount(), 3);
    QCOMPARE(cell(console, 0, ConsoleModel::Data), QStringLiteral("» abc"));
    QCOMPARE(cell(console, 1, ConsoleModel::Data), QStringLiteral("» def"));
    QCOMPARE(console.index(1, 0).data(ConsoleModel::SentRole).toBool(), true);
    QCOMPARE(console.index(2, 0).data(ConsoleModel::SentRole).toBool(), false);
}

void TestLogViews::aLineWithoutEndIsCutAtTheRowLength()
{
    ConsoleModel console;
    console.append(false, QByteArray(200, 'a'));
    console.append(false, QByteArray(100, 'b'));
    console.flush();
    QCOMPARE(console.rowCount(), 2);
    QCOMPARE(cell(console, 0, ConsoleModel::Data).size(), LineLogModel::MaxRowBytes);
    QCOMPARE(cell(console, 1, ConsoleModel::Data), QStringLiteral("↪ ") + QString(44, QLatin1Char('b'))); // goes on from the row above
}

// A 600-byte line received (new-user pass 8): three rows of at most 256 bytes,
// the cut said (the rows after the first show their place in the line, not a
// time of their own) and the whole line, every byte, in each row's tooltip.
void TestLogViews::aLongLineSaysItsCutAndIsWholeInEachRowsTooltip()
{
    ConsoleModel console;
    QByteArray line;
    for (int i = 0; i < 600; ++i)
        line += char('a' + i % 26);
    console.append(false, line.left(250), 1000);
    console.append(false, line.mid(250) + "\r\n", 1001);
    console.append(false, "short\r\n", 1002);
    console.flush();
    QCOMPARE(console.rowCount(), 4);
    // The first row keeps the line's time; the next two say where in the line they start.
    QVERIFY(!cell(console, 0, ConsoleModel::Time).contains(QLatin1String("byte")));
    QCOMPARE(cell(console, 1, ConsoleModel::Time), QStringLiteral("↪ byte 257"));
    QCOMPARE(cell(console, 2, ConsoleModel::Time), QStringLiteral("↪ byte 513"));
    QVERIFY(!cell(console, 3, ConsoleModel::Time).contains(QLatin1String("byte")));
    // With the time hidden (the default), the row's text says it too; a copy has the bytes alone.
    QCOMPARE(cell(console, 1, ConsoleModel::Data), QStringLiteral("↪ ") + QString::fromLatin1(line.mid(256, 256)));
    QCOMPARE(console.index(1, ConsoleModel::Data).data(TableText::ExportRole).toString(), QString::fromLatin1(line.mid(256, 256)));
    QVERIFY(!cell(console, 0, ConsoleModel::Data).startsWith(QStringLiteral("↪")));
    // Each row of the line: its bytes' place and the whole line (no LF, split in tooltip lines).
    for (int row = 0; row < 3; ++row) {
        const QString tip = console.index(row, ConsoleModel::Data).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("a line of 602 bytes")), qPrintable(tip));
        QString whole = tip.section(QLatin1Char('\n'), 1);
        whole.remove(QLatin1Char('\n'));
        QCOMPARE(whole, QString::fromLatin1(line) + QStringLiteral("\\r"));
    }
    QVERIFY(console.index(0, ConsoleModel::Data).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Bytes 1–256 ")));
    QVERIFY(console.index(2, ConsoleModel::Data).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Bytes 513–602 ")));
    // A line that fits a row has no such tooltip.
    QVERIFY(!console.index(3, ConsoleModel::Data).data(Qt::ToolTipRole).isValid());
}

// A 311-byte send (new-user pass 10, EN F1 / ZH F2): its second row was a
// second "» " with a time of its own, read as two sends. One time and one
// "» ", then "↪ byte 257" as a received line's; two sends stay two.
void TestLogViews::aLongSendIsOneSendWithItsPlaceInTheLine()
{
    ConsoleModel console;
    QByteArray line;
    for (int i = 0; i < 311; ++i)
        line += char('A' + i % 26);
    console.append(true, line, 1000);
    console.append(true, QByteArray(256, 'x'), 2000); // follows the last send's bytes, a row long: still a send
    console.append(true, "next", 3000);
    console.flush();
    QCOMPARE(console.rowCount(), 4);
    QCOMPARE(cell(console, 0, ConsoleModel::Data), QStringLiteral("» ") + QString::fromLatin1(line.left(256)));
    QCOMPARE(cell(console, 1, ConsoleModel::Time), QStringLiteral("↪ byte 257"));
    QCOMPARE(cell(console, 1, ConsoleModel::Data), QStringLiteral("↪ ") + QString::fromLatin1(line.mid(256)));
    QVERIFY(console.index(1, ConsoleModel::Data).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Bytes 257–311 of a line of 311 bytes")));
    QCOMPARE(console.index(1, ConsoleModel::Data).data(ConsoleModel::SentRole).toBool(), true);
    // A copy keeps the bytes and their direction, not the "↪ ".
    QCOMPARE(console.index(1, ConsoleModel::Data).data(TableText::ExportRole).toString(),
             QStringLiteral("» ") + QString::fromLatin1(line.mid(256)));
    for (int row : {2, 3}) {
        QVERIFY(!cell(console, row, ConsoleModel::Time).contains(QLatin1String("byte")));
        QVERIFY(cell(console, row, ConsoleModel::Data).startsWith(QStringLiteral("» ")));
    }
    // In hex, the sent mark's gutter says it goes on too.
    console.setHex(true);
    QVERIFY(cell(console, 0, ConsoleModel::Data).startsWith(QStringLiteral("» 41 42")));
    QVERIFY(cell(console, 1, ConsoleModel::Data).startsWith(QStringLiteral("↪ ")));
    QCOMPARE(cell(console, 1, ConsoleModel::Time), QStringLiteral("↪ byte 257"));
}

void TestLogViews::manyRequestsGiveOneTickAndAFloodASlowerOne()
{
    FrameClock *clock = FrameClock::instance();
    QSignalSpy ticks(clock, &FrameClock::tick);
    QElapsedTimer running;
    running.start();
    QList<qint64> tickTimes;
    connect(clock, &FrameClock::tick, this, [&] { tickTimes << running.elapsed(); });
    for (int i = 0; i < 100; ++i)
        clock->request();
    QTRY_COMPARE(ticks.count(), 1);
    QVERIFY(!clock->isPending()); // one tick for the hundred requests

    // Asked again soon after a tick: busy, so the next one comes a flood interval after it.
    clock->request();
    QTRY_COMPARE(ticks.count(), 2);
    QVERIFY2(tickTimes.at(1) - tickTimes.at(0) >= FrameClock::FloodIntervalMs - 1,
             qPrintable(QString::number(tickTimes.at(1) - tickTimes.at(0))));
    disconnect(clock, &FrameClock::tick, this, nullptr);
}

void TestLogViews::scrollBarRepaintsOnlyWhenItLooksDifferent()
{
    TrafficModel model;
    LogView view;
    view.setModel(&model);
    view.resize(500, 300);
    for (int i = 0; i < 20000; ++i)
        model.append(TrafficModel::Way::Note, QByteArray("line ") + QByteArray::number(i));
    model.flush();
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    PaintCounter bar(view.verticalScrollBar());
    PaintCounter rows(view.viewport());
    // Twenty frames of a flood: the rows move every time, the handle at the end does not.
    for (int frame = 0; frame < 20; ++frame) {
        for (int i = 0; i < 100; ++i)
            model.append(TrafficModel::Way::Note, QByteArray("more ") + QByteArray::number(i));
        model.flush();
        const int painted = rows.paints;
        QTRY_VERIFY(rows.paints > painted);
    }
    QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    QVERIFY2(bar.paints <= 2, qPrintable(QString::number(bar.paints)));
}

// Show as "Hex + text" makes the rows taller (a line per 16 bytes): a view at
// its end was left mid-log, and what came after it out of sight (new-user
// pass 10, ZH F3). It stays at its end, and goes on following it.
void TestLogViews::viewAtTheEndStaysThereWhenItsRowsGrowTaller()
{
    ConsoleModel console;
    LogView view;
    view.setModel(&console);
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 100; ++i)
        console.append(i % 2 == 0, QByteArray("line ") + QByteArray::number(i) + QByteArray(40, '.') + '\n', i);
    console.flush();
    QScrollBar *bar = view.verticalScrollBar();
    QTRY_COMPARE(bar->value(), bar->maximum());
    const int textMaximum = bar->maximum();

    console.setViewMode(ByteText::ViewMode::HexAndText);
    QTRY_VERIFY(bar->maximum() > textMaximum); // fewer rows fit
    QTRY_COMPARE(bar->value(), bar->maximum());
    console.append(false, "after\n", 200);
    console.flush();
    QTRY_COMPARE(bar->value(), bar->maximum());
    const QRect last = view.visualRect(console.index(console.rowCount() - 1, ConsoleModel::Data));
    QVERIFY2(view.viewport()->rect().contains(last.topLeft()), "the newest row is in sight");

    // Back to a line a row: still at the end.
    console.setViewMode(ByteText::ViewMode::Text);
    console.append(false, "again\n", 300);
    console.flush();
    QTRY_COMPARE(bar->value(), bar->maximum());
}

void TestLogViews::viewFollowsTheEndUnlessScrolledAway()
{
    TrafficModel model;
    LogView view;
    view.setModel(&model);
    view.resize(400, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 500; ++i)
        model.append(TrafficModel::Way::Note, QByteArray::number(i));
    model.flush();
    QTRY_COMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    QVERIFY(view.verticalScrollBar()->maximum() > 0);

    view.verticalScrollBar()->setValue(10); // the user reads something further up
    for (int i = 0; i < 100; ++i)
        model.append(TrafficModel::Way::Note, QByteArray::number(i));
    model.flush();
    QCoreApplication::processEvents();
    QCOMPARE(view.verticalScrollBar()->value(), 10);
}

void TestLogViews::viewAtTheEndStaysThereWhenItGetsShorter()
{
    // The terminal's syntax hint or a search bar takes height from the view:
    // a view that showed the end must go on showing it, and following it.
    TrafficModel model;
    LogView view;
    view.setModel(&model);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 500; ++i)
        model.append(TrafficModel::Way::Note, QByteArray::number(i));
    model.flush();
    QTRY_COMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());

    view.resize(400, 150);
    QTRY_COMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    model.append(TrafficModel::Way::Note, "the answer");
    model.flush();
    QTRY_COMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    QVERIFY(view.viewport()->rect().contains(view.visualRect(model.index(model.rowCount() - 1, 0)).center()));

    view.verticalScrollBar()->setValue(10); // scrolled away: a resize leaves it there
    view.resize(400, 120);
    QCoreApplication::processEvents();
    QCOMPARE(view.verticalScrollBar()->value(), 10);
}

void TestLogViews::shapedTextsStayBounded()
{
    TrafficModel model;
    LogView view;
    view.setModel(&model);
    view.resize(400, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *delegate = qobject_cast<LogItemDelegate *>(view.itemDelegate());
    QVERIFY(delegate);
    // Far more distinct lines than a view shows, each on screen once.
    for (int frame = 0; frame < 400; ++frame) {
        for (int i = 0; i < 20; ++i)
            model.append(TrafficModel::Way::Note, QByteArray("frame ") + QByteArray::number(frame) + ' ' + QByteArray::number(i));
        model.flush();
        view.viewport()->repaint();
    }
    QVERIFY(delegate->shapedCount() > 0);
    QVERIFY2(delegate->shapedCount() <= 2 * LogItemDelegate::GenerationSize, qPrintable(QString::number(delegate->shapedCount())));
}

// Ink in the upper half of the ellipsis-wide strip of a painted cell that ends
// at `end`: capital W's fill it, an ellipsis (three dots on the baseline) leaves it empty.
int inkBefore(int end, const QString &text, int cellWidth)
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), text);
    LogItemDelegate delegate;
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, cellWidth, 24);
    option.palette.setColor(QPalette::Text, Qt::black);
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    QImage image(cellWidth, 24, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
    }
    const int ellipsisWidth = int(QFontMetricsF(option.font).horizontalAdvance(QChar(0x2026)));
    int ink = 0;
    for (int x = end - ellipsisWidth + 1; x < end; ++x) {
        for (int y = 0; y < 10; ++y)
            ink += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    return ink;
}

void TestLogViews::cutTextEndsInAnEllipsis()
{
    // A line that fits is drawn whole: its last W has ink where the strip is measured.
    const int width = 160;
    const QFontMetricsF metrics{QStyleOptionViewItem().font};
    QString fits;
    while (metrics.horizontalAdvance(fits + QLatin1Char('W')) < width - 2 * LogItemDelegate::Padding)
        fits += QLatin1Char('W');
    const int fitsEnd = LogItemDelegate::Padding + int(metrics.horizontalAdvance(fits));
    QVERIFY2(inkBefore(fitsEnd, fits, width) > 0, "the last W of a line that fits should have ink");
    // A line too long for the cell ends in an ellipsis, not in half a letter.
    QCOMPARE(inkBefore(width - LogItemDelegate::Padding, QString(200, QLatin1Char('W')), width), 0);
}

// A long terminal line in Text view, cut by its column: the whole text is its
// tooltip (in lines a tooltip can show); a line that fits has none.
void TestLogViews::aCutCellHasItsWholeTextAsATooltip()
{
    QStandardItemModel model(2, 1);
    const QString longLine = QStringLiteral("+QIURC: \"recv\",0,") + QString(230, QLatin1Char('x'));
    model.setData(model.index(0, 0), longLine);
    model.setData(model.index(1, 0), QStringLiteral("OK"));
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 300, 20);
    const QString whole = LogItemDelegate::cutText(option, model.index(0, 0));
    QCOMPARE(QString(whole).remove(QLatin1Char('\n')), longLine);
    QVERIFY(whole.count(QLatin1Char('\n')) >= 2);
    QVERIFY(LogItemDelegate::cutText(option, model.index(1, 0)).isEmpty());
    // Shown by the view's help event.
    LogView view;
    view.setModel(&model);
    view.resize(320, 120);
    view.setColumnWidth(0, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect cell = view.visualRect(model.index(0, 0));
    QHelpEvent help(QEvent::ToolTip, cell.center(), view.viewport()->mapToGlobal(cell.center()));
    QCoreApplication::sendEvent(view.viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QString(QToolTip::text()).remove(QLatin1Char('\n')), longLine);
}

QTEST_MAIN(TestLogViews)
#include "tst_logviews.moc"
