// SPDX-License-Identifier: MIT
// The marker rows of the logs ("——— Link to … opened ———", "——— Socket 3
// opened ———", "——— Now read as BC25 ———"), as new-user pass 9 met them: a
// console whose tab was hidden when its markers came showed each in a row as
// tall as the view (its height measured at the hidden tab's width and never
// again); a marker that wraps broke a path after its first "/" and left its
// closing rule alone on a line; the search's current match in a wrapped
// marker was not highlighted.

#include "link/connection.h"
#include "link/modulestack.h"
#include "link/simports.h"
#include "mainwindow.h"
#include "models/consolemodel.h"
#include "models/trafficmodel.h"
#include "panels/consolepanel.h"
#include "panels/terminalpanel.h"
#include "search/findbar.h"
#include "search/highlightedtext.h"
#include "viewpixels.h"
#include "views/logitemdelegate.h"
#include "views/logview.h"
#include "views/markerlines.h"
#include "workbench.h"
#include "workbenchswitch.h"

#include <QApplication>
#include <QDockWidget>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace bc25;
using namespace bc25::ui;

namespace {

const QString LongMarker = QStringLiteral("——— Now read as BG96: link to /work/try-nu9-en/ttySIM opened ———");

// The rows of `view` whose words wrap and that are not as tall as their words
// need at the view's width, in words (empty: every one is): one line for a
// marker that fits, as many as MarkerLines sets it in otherwise.
QString misSizedMarkers(const QTableView *view)
{
    const QAbstractItemModel *model = view->model();
    const int line = view->verticalHeader()->defaultSectionSize();
    QStringList wrong;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant column = model->index(row, 0).data(LogView::WrapsRole);
        if (!column.isValid())
            continue;
        const QModelIndex index = model->index(row, column.toInt());
        const QString text = index.data().toString();
        const int width = view->visualRect(index).width() - 2 * LogItemDelegate::Padding;
        const QVariant font = index.data(Qt::FontRole);
        const QFontMetricsF metrics(font.isValid() ? qvariant_cast<QFont>(font).resolve(view->font()) : view->font());
        const int lines = metrics.horizontalAdvance(text) <= width
                ? 1 : int(MarkerLines::lengths(text, metrics, width).size());
        if (view->rowHeight(row) != lines * line)
            wrong << QStringLiteral("row %1 \"%2\": %3 px, %4 line(s) of %5 px at %6 px wide")
                             .arg(row).arg(text).arg(view->rowHeight(row)).arg(lines).arg(line).arg(width);
    }
    return wrong.join(QStringLiteral("; "));
}

// The lines MarkerLines sets `text` in at `width`.
QStringList linesOf(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    QStringList lines;
    qsizetype at = 0;
    for (const int length : MarkerLines::lengths(text, metrics, width)) {
        lines << text.mid(at, length);
        at += length;
    }
    return lines;
}

} // namespace

class TestMarkerRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aRowIsSizedAgainWhenShownAndWhenItsWidthChanges();
    void aConsoleShownLaterHasItsMarkersOneLineTall_data();
    void aConsoleShownLaterHasItsMarkersOneLineTall();
    void aHiddenTerminalsMarkerIsSizedWhenShown();
    void aWrappedMarkerBreaksOnlyBetweenWords();
    void theCurrentMatchInAWrappedMarkerIsHighlighted();

private:
    QTemporaryDir m_dir;
};

void TestMarkerRows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_markerrows"));
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
    link::SimPorts::setFolder(m_dir.filePath(QStringLiteral("sim-ports")));
    QApplication::setQuitOnLastWindowClosed(false);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(9);
    QApplication::setFont(font);
}

void TestMarkerRows::init()
{
    QSettings().clear();
}

// A view given its markers while hidden (a console's tab not in front), then
// shown, made narrower and wider again: each time the rows are as tall as
// their words need at the width they have then.
void TestMarkerRows::aRowIsSizedAgainWhenShownAndWhenItsWidthChanges()
{
    ConsoleModel model;
    QWidget panel;
    auto *layout = new QVBoxLayout(&panel);
    auto *view = new LogView(&panel);
    layout->addWidget(view);
    view->setModel(&model);
    model.appendNote(QStringLiteral("——— Socket 3 opened (TCP LISTENER :5000) ———"));
    model.appendNote(LongMarker);
    model.append(false, "hello\n");
    model.flush();
    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY2(misSizedMarkers(view).isEmpty(), qPrintable(misSizedMarkers(view)));
    const int line = view->verticalHeader()->defaultSectionSize();
    QCOMPARE(view->rowHeight(0), line);
    QCOMPARE(view->rowHeight(1), line);

    panel.resize(260, 300); // the long marker on three lines or more
    QTRY_VERIFY2(view->rowHeight(1) >= 3 * line, qPrintable(misSizedMarkers(view)));
    QTRY_VERIFY2(misSizedMarkers(view).isEmpty(), qPrintable(misSizedMarkers(view)));
    panel.resize(900, 300); // and back on one
    QTRY_COMPARE(view->rowHeight(1), line);
    QTRY_VERIFY2(misSizedMarkers(view).isEmpty(), qPrintable(misSizedMarkers(view)));
}

void TestMarkerRows::aConsoleShownLaterHasItsMarkersOneLineTall_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x720") << QSize(1280, 720);
    QTest::newRow("1600x1000") << QSize(1600, 1000);
}

// Socket 1's console, not in front when the link opened: its "Link to …
// opened" marker was in a row as tall as the view, its text centred, until
// "Show as" changed (new-user pass 9, English F1 and Chinese F1/F1d).
void TestMarkerRows::aConsoleShownLaterHasItsMarkersOneLineTall()
{
    QFETCH(QSize, size);
    Workbench workbench({});
    workbench.build({});
    MainWindow *window = workbench.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->showNormal();
    window->resize(size);
    QTRY_COMPARE(window->size(), size);
    workbench.connectNow();
    test::waitIdentified(workbench);
    ConsolePanel *consoles = window->consolePanel();
    consoles->showConsole(0);
    SocketConsole *console = consoles->console(1);
    QTRY_VERIFY(!console->view()->isVisible());
    QTRY_VERIFY(console->model()->rowCount() > 0);
    console->model()->flush();
    consoles->showConsole(1);
    QTRY_VERIFY(console->view()->isVisible());
    const LogView *view = console->view();
    QTRY_VERIFY2(misSizedMarkers(view).isEmpty(), qPrintable(misSizedMarkers(view)));
    QCOMPARE(view->rowHeight(0), view->verticalHeader()->defaultSectionSize());
}

// The terminal's rows (TrafficModel, whose markers are in a font of their
// own) behind another tab when a long marker comes: shown, each marker row
// is as tall as its words need at the view's width, and follows it.
void TestMarkerRows::aHiddenTerminalsMarkerIsSizedWhenShown()
{
    TrafficModel traffic;
    QTabWidget tabs;
    tabs.addTab(new QWidget, QStringLiteral("Tools"));
    auto *view = new LogView;
    tabs.addTab(view, QStringLiteral("Terminal"));
    view->setModel(&traffic);
    tabs.resize(420, 300);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    QVERIFY(!view->isVisible());
    traffic.append(TrafficModel::Way::Note, LongMarker.toUtf8());
    traffic.append(TrafficModel::Way::Transmit, "AT\r");
    traffic.append(TrafficModel::Way::Note, QStringLiteral("——— Link to Virtual BC25 (built-in) opened ———").toUtf8());
    traffic.flush();
    tabs.setCurrentIndex(1);
    QTRY_VERIFY(view->isVisible());
    QTRY_VERIFY2(misSizedMarkers(view).isEmpty(), qPrintable(misSizedMarkers(view)));
    tabs.resize(900, 300);
    QTRY_VERIFY2(misSizedMarkers(view).isEmpty(), qPrintable(misSizedMarkers(view)));
}

// "——— Now read as BG96: link to /" | "work/…/ttySIM opened ———" (new-user
// pass 9, English F4), and "——" alone on the next line (Chinese F10): lines
// break between words, a path stays whole, the rules stay with their words.
void TestMarkerRows::aWrappedMarkerBreaksOnlyBetweenWords()
{
    const QFontMetricsF metrics(QApplication::font());
    const QString path = QStringLiteral("/work/try-nu9-en/ttySIM");
    const QStringList markers {LongMarker, QStringLiteral("——— Link to Virtual BG96 (built-in) closed. ———"),
                               QStringLiteral("—— 与 虚拟 BG96（内置） 的连接已关闭 ——")};
    for (const QString &marker : markers) {
        for (int width = int(metrics.horizontalAdvance(path)) + 1; width < metrics.horizontalAdvance(marker); width += 7) {
            const QStringList lines = linesOf(marker, metrics, width);
            QCOMPARE(lines.join(QString()), marker);
            QVERIFY2(lines.size() > 1, qPrintable(lines.join(QLatin1Char('|'))));
            const QString shown = lines.join(QLatin1Char('|'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QVERIFY2(metrics.horizontalAdvance(lines.at(i).trimmed()) <= width, qPrintable(shown));
                // Each line but the last ends at a space or after Chinese punctuation: no word, path or rule is cut.
                if (i + 1 < lines.size())
                    QVERIFY2(lines.at(i).endsWith(QLatin1Char(' ')) || lines.at(i).back().unicode() >= 0x3000, qPrintable(shown));
                // No line is a rule alone.
                QVERIFY2(!lines.at(i).trimmed().remove(QChar(0x2014)).isEmpty(), qPrintable(shown));
            }
            if (marker.contains(path))
                QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.contains(path); }),
                         qPrintable(shown));
        }
    }
}

// Ctrl+F "Now read" in the terminal selected the wrapped marker's row but
// drew no highlight in it (new-user pass 9, English F3, Chinese F10).
void TestMarkerRows::theCurrentMatchInAWrappedMarkerIsHighlighted()
{
    ConsoleModel model;
    QWidget panel;
    auto *layout = new QVBoxLayout(&panel);
    auto *view = new LogView(&panel);
    auto *bar = new FindBar(&panel);
    layout->addWidget(view);
    layout->addWidget(bar);
    view->setModel(&model);
    bar->attach(view, {ConsoleModel::Data});
    model.append(false, "hello\n");
    model.appendNote(LongMarker);
    model.flush();
    panel.resize(260, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY(view->rowHeight(1) > view->verticalHeader()->defaultSectionSize()); // it wraps
    bar->open();
    QTest::keyClicks(bar->field(), QStringLiteral("ttySIM"));
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 1 match"));
    QCOMPARE(view->currentIndex().row(), 1);
    QTRY_VERIFY(pixelsOf(view, HighlightedText::CurrentMatchBackground) > 0);
}

QTEST_MAIN(TestMarkerRows)
#include "tst_markerrows.moc"
