// SPDX-License-Identifier: MIT
// The window around a model switch, as a new user met it at 1280×720 and
// 1600×1000 in English and Chinese (new-user pass 8): the offer to read the
// module as the model it says it is ("The module identifies itself as BG96; … [Read
// as BG96]") takes no socket row; the switch's marker is read whole in the
// consoles, the terminal and the URC log (it wraps) instead of cut with "…";
// and a console longer than its view shows the marker after the switch, at
// its end, instead of its first line.

#include "connection/connectionbar.h"
#include "connection/modelcontrols.h"
#include "link/connection.h"
#include "link/modulestack.h"
#include "link/simports.h"
#include "mainwindow.h"
#include "models/consolemodel.h"
#include "models/trafficmodel.h"
#include "models/urclogmodel.h"
#include "panels/consolepanel.h"
#include "panels/socketpanel.h"
#include "panels/terminalpanel.h"
#include "panels/urclogpanel.h"
#include "session/modulesession.h"
#include "session/sockettable.h"
#include "sim/virtualmodule.h"
#include "translations.h"
#include "transport/ptytransport.h"
#include "views/logitemdelegate.h"
#include "views/logview.h"
#include "workbench.h"
#include "workbenchswitch.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace bc25;
using namespace bc25::ui;
using State = link::Connection::State;

namespace {

using test::modelAction;
using test::waitIdentified;

// The socket rows not wholly in the table's viewport, in words (empty: all in sight).
QString rowsOutOfSight(const QTableView *view)
{
    QStringList out;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QRect cell = view->visualRect(view->model()->index(row, 0));
        if (cell.isEmpty() || !view->viewport()->rect().contains(cell))
            out << QStringLiteral("row %1 at %2..%3 of %4 px").arg(row).arg(cell.top()).arg(cell.bottom())
                        .arg(view->viewport()->height());
    }
    return out.join(QStringLiteral(", "));
}

// The first row of `view` whose cell in `column` holds `text`, or -1.
int rowWith(const QTableView *view, int column, const QString &text)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, column).data().toString().contains(text))
            return row;
    }
    return -1;
}

// Why the words of `row` (in `column`, across its span) are not all on show: empty when they are.
QString cutMarker(const QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    const QRect cell = view->visualRect(index);
    const QString text = index.data().toString();
    const QVariant fontData = index.data(Qt::FontRole);
    const QFontMetrics metrics(fontData.isValid() ? qvariant_cast<QFont>(fontData).resolve(view->font()) : view->font());
    const QRect area = cell.adjusted(LogItemDelegate::Padding, 0, -LogItemDelegate::Padding, 0);
    const QRect needed = metrics.boundingRect(QRect(0, 0, area.width(), QWIDGETSIZE_MAX), Qt::TextWordWrap, text);
    if (needed.height() <= area.height() && needed.width() <= area.width())
        return {};
    return QStringLiteral("\"%1\" needs %2×%3 px in a cell of %4×%5")
        .arg(text).arg(needed.width()).arg(needed.height()).arg(area.width()).arg(area.height());
}

} // namespace

class TestModelSwitchViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theOfferLeavesEverySocketRowInSight_data();
    void theOfferLeavesEverySocketRowInSight();
    void theSwitchsMarkerIsReadWhole_data();
    void theSwitchsMarkerIsReadWhole();
    void aLongConsoleShowsTheMarkerAfterTheSwitch_data();
    void aLongConsoleShowsTheMarkerAfterTheSwitch();

private:
    void sized(Workbench &workbench, QSize size);

    QTemporaryDir m_dir;
};

void TestModelSwitchViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_modelswitchviews"));
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
    link::SimPorts::setFolder(m_dir.filePath(QStringLiteral("sim-ports")));
    QApplication::setQuitOnLastWindowClosed(false);
    // A Latin font, as a system whose LANG is not Chinese gives: its Chinese comes from the fallback.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(9);
    QApplication::setFont(font);
}

void TestModelSwitchViews::init()
{
    QSettings().clear();
}

void TestModelSwitchViews::cleanup()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
}

void TestModelSwitchViews::sized(Workbench &workbench, QSize size)
{
    MainWindow *window = workbench.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->showNormal();
    window->resize(size);
    QTRY_COMPARE(window->size(), size);
}

void TestModelSwitchViews::theOfferLeavesEverySocketRowInSight_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    for (const QSize size : {QSize(1280, 720), QSize(1600, 1000)}) {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
            QTest::addRow("%dx%d %s", size.width(), size.height(), qPrintable(language)) << size << language;
    }
}

// The offer was a bar of its own under the connection bar: the socket table
// lost a row to it (5 of 6 at 1280×720 and at 1600×1000). It is in the
// connection bar's line now, its button in sight and answering a click.
void TestModelSwitchViews::theOfferLeavesEverySocketRowInSight()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    QCOMPARE(Translations::install(QCoreApplication::instance(), language), language);
    // A BG96 on a real pty, read as the default BC25: it is offered.
    transport::PtyTransport pty;
    pty.open();
    QVERIFY(pty.isOpen());
    sim::VirtualModule module(profile::ModuleProfile::byId("bg96"), sim::SimConfig {});
    module.attachTo(&pty);
    link::SimPorts announced(pty.slavePath(), QString());
    Workbench workbench({});
    workbench.build(pty.slavePath());
    sized(workbench, size);
    if (QTest::currentTestFailed())
        return;
    QTableView *table = workbench.window()->socketPanel()->view();
    QTRY_VERIFY2(rowsOutOfSight(table).isEmpty(), qPrintable(rowsOutOfSight(table)));
    workbench.connectNow();
    waitIdentified(workbench);
    ModelControls *controls = workbench.modelControls();
    QTRY_VERIFY(controls->offer()->isVisible());
    QCOMPARE(table->model()->rowCount(), 6);
    QTRY_VERIFY2(rowsOutOfSight(table).isEmpty(), qPrintable(rowsOutOfSight(table)));
    // Nothing else asked for a row: the window is the size it was.
    QCOMPARE(workbench.window()->size(), size);

    // The button whole in the window, its words whole; the offer's words whole or in its tooltip.
    auto *button = controls->offer()->findChild<QToolButton *>();
    QVERIFY(button && button->isVisible());
    const QRect inWindow(button->mapTo(workbench.window(), QPoint(0, 0)), button->size());
    QVERIFY2(workbench.window()->rect().contains(inWindow), qPrintable(QStringLiteral("the button at %1,%2")
                                                                        .arg(inWindow.left()).arg(inWindow.top())));
    QVERIFY(button->width() >= button->sizeHint().width());
    QVERIFY(button->text().contains(QLatin1String("BG96")));
    auto *words = controls->offer()->findChild<QLabel *>(QStringLiteral("modelOfferText"));
    QVERIFY(words && words->isVisible());
    QVERIFY(words->text() == controls->offerText() || words->toolTip() == controls->offerText());
    QSignalSpy rebuilt(&workbench, &Workbench::rebuilt);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(rebuilt.count(), 1);
    QCOMPARE(workbench.stack()->profile().id(), QByteArray("bg96"));
    waitIdentified(workbench);
}

void TestModelSwitchViews::theSwitchsMarkerIsReadWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

// "——— Now read as BC25 (sockets 0–5: the consoles of sockets 6–11 are gone):
// link to Virtual BC25 (built-i…" at 1280: the marker's words wrap in the
// consoles, the terminal and the URC log, the row as tall as they need.
void TestModelSwitchViews::theSwitchsMarkerIsReadWhole()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(QCoreApplication::instance(), language), language);
    Workbench workbench({"bg96", {}, {}});
    workbench.build({});
    sized(workbench, QSize(1280, 720));
    if (QTest::currentTestFailed())
        return;
    workbench.connectNow();
    waitIdentified(workbench);
    QSignalSpy rebuilt(&workbench, &Workbench::rebuilt);
    modelAction(workbench, "bc25")->trigger();
    QTRY_COMPARE(rebuilt.count(), 1);
    waitIdentified(workbench);
    MainWindow *window = workbench.window();
    sized(workbench, QSize(1280, 720)); // the offscreen screen is smaller: the geometry kept is fitted to it

    // Each view where the marker is, shown as the user shows it: its dock raised.
    struct Shown { QTableView *view; int column; const char *dock; };
    const Shown views[] = {
        {window->consolePanel()->console(0)->view(), ConsoleModel::Data, "dock.consoles"},
        {window->terminalPanel()->view(), TrafficModel::Bytes, "dock.terminal"},
        {window->urcLogPanel()->view(), UrcLogModel::Meaning, "dock.urclog"},
    };
    for (const Shown &shown : views) {
        auto *dock = window->findChild<QDockWidget *>(QLatin1String(shown.dock));
        QVERIFY(dock);
        dock->raise();
        QTRY_VERIFY(shown.view->isVisible());
        int row = -1;
        // The switch's marker: the one that names the consoles gone (sockets 6–11).
        QTRY_VERIFY((row = rowWith(shown.view, shown.column, QStringLiteral("11"))) >= 0);
        QVERIFY(shown.view->model()->index(row, shown.column).data().toString().contains(QLatin1String("BC25")));
        QTRY_VERIFY2(cutMarker(shown.view, row, shown.column).isEmpty(),
                     qPrintable(QLatin1String(shown.dock) + QStringLiteral(": ") + cutMarker(shown.view, row, shown.column)));
    }
}

void TestModelSwitchViews::aLongConsoleShowsTheMarkerAfterTheSwitch_data()
{
    QTest::addColumn<bool>("connected");
    QTest::newRow("connected: reconnects") << true;
    QTest::newRow("disconnected") << false;
}

// A console holding more lines than its view, at its end before the switch,
// was shown from its first line after it (the marker out of sight): it is
// shown at its end, the marker in sight.
void TestModelSwitchViews::aLongConsoleShowsTheMarkerAfterTheSwitch()
{
    QFETCH(bool, connected);
    Workbench workbench({});
    workbench.build({});
    sized(workbench, QSize(1280, 720));
    if (QTest::currentTestFailed())
        return;
    workbench.connectNow();
    waitIdentified(workbench);
    if (!connected) {
        workbench.stack()->connection().disconnectFromModule();
        QTRY_COMPARE(workbench.stack()->connection().state(), State::Disconnected);
    }
    SocketConsole *console = workbench.window()->consolePanel()->console(0);
    workbench.window()->consolePanel()->showConsole(0);
    for (int line = 0; line < 200; ++line)
        console->model()->append(false, QByteArray("line ") + QByteArray::number(line) + '\n');
    console->model()->flush();
    LogView *view = console->view();
    QTRY_VERIFY(view->isVisible());
    QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
    QTRY_COMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());

    QSignalSpy rebuilt(&workbench, &Workbench::rebuilt);
    modelAction(workbench, "bc660k")->trigger();
    QTRY_COMPARE(rebuilt.count(), 1);
    if (connected)
        waitIdentified(workbench);
    console = workbench.window()->consolePanel()->console(0);
    view = console->view();
    QTRY_VERIFY(view->isVisible());
    const QString marker = QStringLiteral("Now read as BC660K-GL");
    int row = -1;
    QTRY_VERIFY((row = rowWith(view, ConsoleModel::Data, marker)) >= 0);
    QVERIFY(row > 200);
    QTRY_VERIFY2(view->viewport()->rect().contains(view->visualRect(view->model()->index(row, ConsoleModel::Data))),
                 qPrintable(QStringLiteral("the marker at %1 px, the view scrolled to %2 of %3")
                                .arg(view->visualRect(view->model()->index(row, ConsoleModel::Data)).top())
                                .arg(view->verticalScrollBar()->value()).arg(view->verticalScrollBar()->maximum())));
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
}

QTEST_MAIN(TestModelSwitchViews)
#include "tst_modelswitchviews.moc"
