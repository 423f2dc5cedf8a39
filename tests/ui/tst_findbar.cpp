// SPDX-License-Identifier: MIT
// Search (Ctrl+F) in the workbench window, offscreen: Ctrl+F opens the bar of
// the panel that has the focus (terminal, URC log, transactions), typing
// counts and selects, Enter / Shift+Enter / F3 / Shift+F3 step with
// wrap-around, the count follows rows as they arrive and go (the cap, the hex
// switch, a filter), an invalid regular expression says why, Esc closes, and
// the view paints every match, the current one distinct.

#include "at/commandengine.h"
#include "link/connection.h"
#include "mainwindow.h"
#include "workbenchundertest.h"
#include "models/consolemodel.h"
#include "models/trafficmodel.h"
#include "models/transactionmodel.h"
#include "models/urclogmodel.h"
#include "panels/consolepanel.h"
#include "panels/terminalpanel.h"
#include "panels/transactionspanel.h"
#include "panels/urclogpanel.h"
#include "search/findbar.h"
#include "views/statusline.h"
#include "search/highlightedtext.h"
#include "session/modulesession.h"
#include "translations.h"
#include "views/logview.h"
#include "viewpixels.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace bc25;
using namespace bc25::ui;

class TestFindBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlFInTheTerminalOpensItsBarAndStepsThroughMatches();
    void countFollowsRowsAsTheyArriveAndGo();
    void invalidRegularExpressionIsShownAndEscCloses();
    void anErrorTakesOneLineAndTheFieldTheWidth();
    void theCountIsWholeInTheTerminalsDock_data();
    void theCountIsWholeInTheTerminalsDock();
    void ctrlFInTheUrcLogSearchesWhatTheFilterShows();
    void ctrlFInTheTransactionsShowsTheLog();
    void ctrlFInAConsoleSearchesItsLines();
    void everyMatchIsPaintedTheCurrentOneDistinct();

private:
    // Raises the panel's dock, puts the focus in `view` and presses Ctrl+F there.
    FindBar *pressCtrlF(const char *dock, QTableView *view, FindBar *bar);
    void appendTerminalSession();

    std::unique_ptr<test::WorkbenchUnderTest> m_workbench; // the stack, its window, captures of its own
    at::CommandEngine *m_engine = nullptr;
    ModuleSession *m_session = nullptr;
    link::Connection *m_connection = nullptr;
    MainWindow *m_window = nullptr;
};

void TestFindBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_findbar"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

void TestFindBar::init()
{
    // No module: the logs are filled by hand, as the engine and the session would.
    m_workbench = std::make_unique<test::WorkbenchUnderTest>();
    m_engine = &m_workbench->engine();
    m_session = &m_workbench->session();
    m_connection = &m_workbench->connection();
    m_window = &m_workbench->window();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestFindBar::cleanup()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    m_window = nullptr;
    m_connection = nullptr;
    m_session = nullptr;
    m_engine = nullptr;
    m_workbench.reset();
}

FindBar *TestFindBar::pressCtrlF(const char *dock, QTableView *view, FindBar *bar)
{
    m_window->findChild<QDockWidget *>(QLatin1String(dock))->raise();
    if (!QTest::qWaitForWindowExposed(m_window))
        return nullptr;
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    return bar;
}

void TestFindBar::appendTerminalSession()
{
    TrafficModel *traffic = m_window->traffic();
    using Way = TrafficModel::Way;
    for (const char *line : {"AT\r", "OK\r\n", "AT+CSQ\r", "+CSQ: 20,0\r\n", "OK\r\n", "AT+QISTATE?\r",
                             "+QISTATE: 0,\"TCP\",\"127.0.0.1\",7,0,2,1,0,0,\"usbmodem\"\r\n", "OK\r\n",
                             "AT+CSQ\r", "+CSQ: 99,99\r\n", "OK\r\n"})
        traffic->append(line[0] == 'A' ? Way::Transmit : Way::Receive, QByteArray(line));
    traffic->flush();
    QCOMPARE(traffic->rowCount(), 11);
}

void TestFindBar::ctrlFInTheTerminalOpensItsBarAndStepsThroughMatches()
{
    appendTerminalSession();
    TerminalPanel *terminal = m_window->terminalPanel();
    QTableView *view = terminal->view();
    FindBar *bar = pressCtrlF("dock.terminal", view, terminal->findBar());
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(QApplication::focusWidget(), bar->field());
    QVERIFY(!m_window->urcLogPanel()->findBar()->isVisible()); // the terminal's bar, not every bar
    QVERIFY(!m_window->transactionsPanel()->findBar()->isVisible());

    // Typing finds the first match from the top: AT+CSQ in row 2; +CSQ, AT+CSQ, +CSQ follow.
    QTest::keyClicks(bar->field(), QStringLiteral("csq"));
    QCOMPARE(bar->matches()->count(), 4);
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 4 matches"));
    QCOMPARE(view->currentIndex().row(), 2);
    QVERIFY(view->selectionModel()->isRowSelected(2, {}));

    QTest::keyClick(bar->field(), Qt::Key_Return);
    QCOMPARE(view->currentIndex().row(), 3);
    QCOMPARE(bar->statusText(), QStringLiteral("2 of 4 matches"));
    QTest::keyClick(bar->field(), Qt::Key_Enter);
    QCOMPARE(view->currentIndex().row(), 8);
    QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex().row(), 3);
    QCOMPARE(bar->statusText(), QStringLiteral("2 of 4 matches"));
    QTest::keyClick(bar->field(), Qt::Key_F3);
    QCOMPARE(view->currentIndex().row(), 8);
    QTest::keyClick(view, Qt::Key_F3); // F3 works from the table too
    QCOMPARE(view->currentIndex().row(), 9);
    QCOMPARE(bar->statusText(), QStringLiteral("4 of 4 matches"));
    QTest::keyClick(view, Qt::Key_F3);
    QCOMPARE(view->currentIndex().row(), 2);
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 4 matches, wrapped to the top"));
    QTest::keyClick(bar->field(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex().row(), 9);
    QCOMPARE(bar->statusText(), QStringLiteral("4 of 4 matches, wrapped to the bottom"));

    // A row picked by hand is where the next search starts.
    view->setCurrentIndex(view->model()->index(5, TrafficModel::Bytes)); // the view shows a filter of the traffic
    QTest::keyClick(view, Qt::Key_F3);
    QCOMPARE(view->currentIndex().row(), 8);
    QCOMPARE(bar->statusText(), QStringLiteral("3 of 4 matches"));
}

void TestFindBar::countFollowsRowsAsTheyArriveAndGo()
{
    appendTerminalSession();
    TerminalPanel *terminal = m_window->terminalPanel();
    QTableView *view = terminal->view();
    FindBar *bar = pressCtrlF("dock.terminal", view, terminal->findBar());
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QTest::keyClicks(bar->field(), QStringLiteral("CSQ"));
    QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier); // round to the last: row 9
    QCOMPARE(view->currentIndex().row(), 9);
    QCOMPARE(bar->statusText(), QStringLiteral("4 of 4 matches, wrapped to the bottom"));
    QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClick(bar->field(), Qt::Key_Return);
    QCOMPARE(view->currentIndex().row(), 9);

    // Live: a batch arrives with the next frame, and the count follows.
    TrafficModel *traffic = m_window->traffic();
    traffic->append(TrafficModel::Way::Transmit, "AT+CSQ\r");
    traffic->append(TrafficModel::Way::Receive, "+CSQ: 18,0\r\nOK\r\n");
    QTRY_COMPARE(bar->matches()->count(), 6);
    QCOMPARE(bar->statusText(), QStringLiteral("4 of 6 matches"));

    // The cap drops the oldest rows (two matches among them); the current match moves up with its row.
    traffic->setCap(8);
    traffic->append(TrafficModel::Way::Transmit, "AT\r");
    traffic->flush();
    QCOMPARE(traffic->rowCount(), 8);
    QCOMPARE(bar->matches()->count(), 4);
    QCOMPARE(bar->statusText(), QStringLiteral("2 of 4 matches"));
    QCOMPARE(bar->matches()->currentRow(), 9 - 7);

    // In hex the bytes read differently: every row is counted again.
    traffic->setHex(true);
    QCOMPARE(bar->matches()->count(), 0);
    QCOMPARE(bar->statusText(), QStringLiteral("No matches"));
    traffic->setHex(false);
    QCOMPARE(bar->matches()->count(), 4);
    QCOMPARE(bar->statusText(), QStringLiteral("4 matches"));

    traffic->clear();
    QCOMPARE(bar->statusText(), QStringLiteral("No matches"));
    traffic->append(TrafficModel::Way::Transmit, "AT+CSQ\r");
    QTRY_COMPARE(bar->statusText(), QStringLiteral("1 match"));
    QTest::keyClick(bar->field(), Qt::Key_F3);
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 1 match"));
}

// New-user pass 8, F9: at 1280×720 the field held ~10 characters and a regex
// error wrapped into four lines beside it, growing the bar.
void TestFindBar::anErrorTakesOneLineAndTheFieldTheWidth()
{
    appendTerminalSession();
    TerminalPanel *terminal = m_window->terminalPanel();
    FindBar *bar = pressCtrlF("dock.terminal", terminal->view(), terminal->findBar());
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QCoreApplication::processEvents();
    const int height = bar->height();
    QVERIFY2(bar->field()->width() * 3 >= bar->width(), // a third at least (it was ~100 px of 430)
             qPrintable(QStringLiteral("field %1 of %2").arg(bar->field()->width()).arg(bar->width())));
    QTest::mouseClick(bar->findChild<QToolButton *>(QStringLiteral("findBar.regularExpression")), Qt::LeftButton);
    bar->field()->setFocus();
    QTest::keyClicks(bar->field(), QStringLiteral("QI(OPEN"));
    QCoreApplication::processEvents();
    QVERIFY(bar->statusText().startsWith(QLatin1String("Invalid regular expression")));
    QCOMPARE(bar->height(), height);
    auto *status = bar->findChild<StatusLine *>();
    QVERIFY(status);
    QVERIFY(!status->text().contains(QLatin1Char('\n')));
    if (status->isCut()) // whole in its tooltip
        QCOMPARE(status->toolTip(), bar->statusText());
    else
        QCOMPARE(status->text(), bar->statusText());
}

void TestFindBar::theCountIsWholeInTheTerminalsDock_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    for (const QSize size : {QSize(1280, 720), QSize(1600, 1000)}) {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
            QTest::addRow("%dx%d %s", size.width(), size.height(), qPrintable(language)) << size << language;
    }
}

// "1 of 1 match,…" at 1280×720 and "第 2 个，共…" at 1600×1000 (new-user
// pass 9): the count is whole beside the field; what follows it ("wrapped
// to the top") may be cut, whole in the tooltip.
void TestFindBar::theCountIsWholeInTheTerminalsDock()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    QCOMPARE(Translations::install(QCoreApplication::instance(), language), language);
    m_window->showNormal();
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    appendTerminalSession();
    TerminalPanel *terminal = m_window->terminalPanel();
    FindBar *bar = pressCtrlF("dock.terminal", terminal->view(), terminal->findBar());
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QTest::keyClicks(bar->field(), QStringLiteral("csq"));
    for (int step = 0; step < 4; ++step) // the fourth comes round to the first
        QTest::keyClick(bar->field(), Qt::Key_Return);
    const QString count = QCoreApplication::translate("bc25::ui::FindBar", "%1 of %2 matches").arg(1).arg(4);
    QVERIFY2(bar->statusText().startsWith(count) && bar->statusText() != count, qPrintable(bar->statusText()));
    auto *status = bar->findChild<StatusLine *>();
    QVERIFY(status);
    QTRY_VERIFY2(status->text().startsWith(count),
                 qPrintable(QStringLiteral("\"%1\" in %2 px").arg(status->text()).arg(status->width())));
    if (status->isCut())
        QCOMPARE(status->toolTip(), bar->statusText());
    QVERIFY2(bar->field()->width() * 4 >= bar->width(),
             qPrintable(QStringLiteral("field %1 of %2").arg(bar->field()->width()).arg(bar->width())));
}

void TestFindBar::invalidRegularExpressionIsShownAndEscCloses()
{
    appendTerminalSession();
    TerminalPanel *terminal = m_window->terminalPanel();
    QTableView *view = terminal->view();
    FindBar *bar = pressCtrlF("dock.terminal", view, terminal->findBar());
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    auto *regularExpression = bar->findChild<QToolButton *>(QStringLiteral("findBar.regularExpression"));
    QVERIFY(regularExpression);
    QTest::mouseClick(regularExpression, Qt::LeftButton);
    QVERIFY(regularExpression->isChecked());
    bar->field()->setFocus();
    QTest::keyClicks(bar->field(), QStringLiteral("CSQ: (\\d+"));
    QVERIFY2(bar->statusText().startsWith(QStringLiteral("Invalid regular expression: missing closing parenthesis")),
             qPrintable(bar->statusText()));
    QVERIFY(bar->statusText().endsWith(QStringLiteral("(at the end)")));
    QCOMPARE(bar->matches()->count(), 0);
    auto *next = bar->findChild<QToolButton *>(QStringLiteral("findBar.next"));
    QVERIFY(!next->isEnabled());

    // A wrong character inside: its place, counted from 1.
    QTest::keyClick(bar->field(), Qt::Key_Home);
    QTest::keyClick(bar->field(), Qt::Key_Asterisk);
    QVERIFY2(bar->statusText().endsWith(QStringLiteral("(at character 1)")), qPrintable(bar->statusText()));
    QTest::keyClick(bar->field(), Qt::Key_Backspace);
    QTest::keyClick(bar->field(), Qt::Key_End);
    QTest::keyClick(bar->field(), Qt::Key_ParenRight);
    QCOMPARE(bar->matches()->count(), 2); // +CSQ: 20 and +CSQ: 99
    QCOMPARE(view->currentIndex().row(), 3);
    QVERIFY(next->isEnabled());

    // Match case: the module prints capitals.
    QTest::mouseClick(bar->findChild<QToolButton *>(QStringLiteral("findBar.matchCase")), Qt::LeftButton);
    bar->field()->setFocus();
    QTest::keyClick(bar->field(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(bar->field(), QStringLiteral("at\\+csq"));
    QCOMPARE(bar->statusText(), QStringLiteral("No matches"));
    QTest::keyClick(bar->field(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(bar->field(), QStringLiteral("AT\\+CSQ"));
    QCOMPARE(bar->statusText(), QStringLiteral("2 of 2 matches")); // the first from the selected row (3) on
    QCOMPARE(view->currentIndex().row(), 8);

    // Esc closes: no highlights, nothing counted, the focus back in the table.
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(bar->matches()->count(), 0);
    QVERIFY(!bar->matches()->matcher().isActive());

    // Ctrl+F again: the last search, selected to be typed over.
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->field()->selectedText(), QStringLiteral("AT\\+CSQ"));
    QCOMPARE(bar->matches()->count(), 2);
}

void TestFindBar::ctrlFInTheUrcLogSearchesWhatTheFilterShows()
{
    UrcLogModel *log = m_window->urcLog();
    for (int i = 0; i < 30; ++i)
        log->append(at::ResultLine::parse("+QIURC: \"recv\"," + QByteArray::number(i % 3) + ",12"));
    log->append(at::ResultLine::parse("+QIURC: \"closed\",1"));
    log->flush();
    UrcLogPanel *panel = m_window->urcLogPanel();
    FindBar *bar = pressCtrlF("dock.urclog", panel->view(), panel->findBar());
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(QApplication::focusWidget(), bar->field());
    QVERIFY(!m_window->terminalPanel()->findBar()->isVisible());

    QTest::keyClicks(bar->field(), QStringLiteral("recv"));
    // "recv" in the type and in the line as printed (the meaning reads "data received").
    const int perRow = bar->matches()->countInRow(0);
    QVERIFY(perRow >= 2);
    QCOMPARE(bar->matches()->count(), 30 * perRow);
    QCOMPARE(bar->statusText(), QStringLiteral("1 of %1 matches").arg(30 * perRow));

    // The filter hides rows: only what the view shows is counted.
    panel->setSocketFilter(1);
    QCOMPARE(panel->view()->model()->rowCount(), 11);
    QCOMPARE(bar->matches()->count(), 10 * perRow);
    QTest::keyClick(bar->field(), Qt::Key_F3);
    QVERIFY(bar->matches()->hasCurrent());
    QCOMPARE(panel->view()->currentIndex().row(), bar->matches()->currentRow());
    panel->setSocketFilter(-1);
    QCOMPARE(bar->matches()->count(), 30 * perRow);

    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QCOMPARE(QApplication::focusWidget(), panel->view());
}

void TestFindBar::ctrlFInTheTransactionsShowsTheLog()
{
    TransactionModel *transactions = m_window->transactions();
    for (int i = 0; i < 6; ++i) {
        at::Transaction t;
        t.source = at::Source::Terminal;
        t.command = i % 2 ? "AT+CSQ" : "AT+CGATT?";
        t.writtenMs = 1000 * i;
        t.finalMs = 1000 * i + 40;
        t.status = at::Transaction::Status::Ok;
        t.lines = {at::ResultLine::parse("OK")};
        transactions->append(t);
    }
    transactions->flush();
    TransactionsPanel *panel = m_window->transactionsPanel();
    m_window->findChild<QDockWidget *>(QStringLiteral("dock.transactions"))->raise();
    panel->tabs()->setCurrentWidget(panel->statisticsView());
    FindBar *bar = pressCtrlF("dock.transactions", panel->statisticsView(), panel->findBar());
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(panel->tabs()->currentWidget(), panel->view()); // the bar searches the log: it is shown
    QCOMPARE(QApplication::focusWidget(), bar->field());

    QTest::keyClicks(bar->field(), QStringLiteral("at+csq"));
    QCOMPARE(bar->matches()->count(), 3);
    QCOMPARE(panel->view()->currentIndex().row(), 1);
    QCOMPARE(panel->view()->currentIndex().column(), int(TransactionModel::Command));
    QTest::keyClick(bar->field(), Qt::Key_Return);
    QCOMPARE(panel->view()->currentIndex().row(), 3);
    panel->tabs()->setCurrentWidget(panel->statisticsView()); // the bar goes with the log
    QVERIFY(!bar->isVisible());
}

void TestFindBar::ctrlFInAConsoleSearchesItsLines()
{
    SocketConsole *console = m_window->consolePanel()->console(2);
    m_window->consolePanel()->showConsole(2);
    console->model()->append(true, "sensor?\n");
    for (int i = 0; i < 20; ++i)
        console->model()->append(false, "sensor " + QByteArray::number(i) + " t=21.5\n");
    console->model()->flush();
    FindBar *bar = pressCtrlF("dock.consoles", console->view(), console->findBar());
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(QApplication::focusWidget(), bar->field());
    QTest::keyClicks(bar->field(), QStringLiteral("sensor"));
    QCOMPARE(bar->matches()->count(), 21);
    // "Show sent" off: the view shows a filter of the log, and the search follows it.
    const QList<QCheckBox *> boxes = console->findChildren<QCheckBox *>();
    const auto showSent = std::find_if(boxes.begin(), boxes.end(),
                                       [](const QCheckBox *box) { return box->text() == SocketConsole::tr("Show sent"); });
    QVERIFY(showSent != boxes.end());
    (*showSent)->setChecked(false);
    QCOMPARE(bar->matches()->count(), 20);
    console->model()->append(false, "sensor 20 t=21.5\n");
    console->model()->flush();
    QCOMPARE(bar->matches()->count(), 21);
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestFindBar::everyMatchIsPaintedTheCurrentOneDistinct()
{
    appendTerminalSession();
    TerminalPanel *terminal = m_window->terminalPanel();
    QTableView *view = terminal->view();
    auto pixels = [view](QRgb colour) { return pixelsOf(view, colour); };
    QCOMPARE(pixels(HighlightedText::MatchBackground), 0);

    FindBar *bar = pressCtrlF("dock.terminal", view, terminal->findBar());
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QTest::keyClicks(bar->field(), QStringLiteral("csq"));
    const int current = pixels(HighlightedText::CurrentMatchBackground);
    const int others = pixels(HighlightedText::MatchBackground);
    QVERIFY(current > 0);
    QVERIFY2(others >= 2 * current, qPrintable(QStringLiteral("%1 %2").arg(others).arg(current))); // three more

    // Closed: the rows are painted as before.
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QCOMPARE(pixels(HighlightedText::MatchBackground), 0);
    QCOMPARE(pixels(HighlightedText::CurrentMatchBackground), 0);
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
