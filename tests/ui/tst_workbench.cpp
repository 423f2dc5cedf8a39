// SPDX-License-Identifier: MIT
// The workbench's panels, offscreen, against the in-process virtual module:
// open a TCP socket to the echo service, send text and hex and see the echo
// in both views; a ping puts points on the chart; a refused connect is shown
// as 566 in words; the URC log filters; every model passes the model tester.

#include "profile/moduleprofile.h"
#include "at/commandengine.h"
#include "link/modulestack.h"
#include "freeport.h"
#include "session/modulesession.h"
#include "link/connection.h"
#include "dialogs/captureviewer.h"
#include "connection/connectionbar.h"
#include "dialogs/opensocketdialog.h"
#include "views/statusline.h"
#include "dialogs/quickreference.h"
#include "bc25/commandcatalog.h"
#include "sim/virtualmodule.h"
#include "transport/ptytransport.h"
#include "link/simports.h"
#include "recipes/recipespanel.h"
#include "recipe/reciperunner.h"
#include "health/healthpanel.h"
#include "rawpty.h"
#include "views/logview.h"
#include "mainwindow.h"
#include "models/transactionmodel.h"
#include "panels/transactionspanel.h"
#include "tabletext.h"
#include "models/sockettablemodel.h"
#include "models/trafficmodel.h"
#include "models/urclogmodel.h"
#include "panels/consolepanel.h"
#include "panels/dnspanel.h"
#include "panels/modulesettingspanel.h"
#include "panels/ntppanel.h"
#include "panels/pingpanel.h"
#include "panels/socketpanel.h"
#include "panels/terminalpanel.h"
#include "panels/urclogpanel.h"
#include "soak/soakpanel.h"

#include <QProcess>
#include <QScreen>
#include <QHeaderView>
#include <QScrollBar>
#include <QStatusBar>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QClipboard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QValueAxis>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QAbstractButton>
#include <QAction>
#include <QTest>
#include <QTimer>
#include <QShortcut>
#include <QMenu>

using namespace bc25;
using namespace bc25::ui;

class TestWorkbench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void windowIsTitledAndConnectsToTheVirtualModule();
    void echoOverTcpInTextAndHex();
    void pingPutsPointsOnTheChart();
    void refusedConnectShowsTheCodeInWords();
    void urcLogFilters();
    void openDialogRefusesWhatTheManualForbids();
    void terminalSendsTypedCommandsThroughTheEngine();
    void modelsPassTheModelTester();
    void layoutSurvivesARestart();
    void firstStartShowsTheTabsOfTabbedDocks();
    void firstStartFitsTheWholeWindowOnTheScreen();
    void aRestoredWindowHangingOverTheEdgeComesBackOnTheScreen();
    void pulledCableIsShownAndReconnectsWhenThePortIsBack();
    void reconnectTickedAfterThePortWasLostWaitsForIt();
    void recordedSessionOpensDecoded();
    void oldCapturesAreRemoved();
    void ctrlKDisconnectsAndConnectsAgainAndF5RefreshesTheSockets();
    void refusedSendIsShownAsRefusedNotAsSent();
    void socketOpenedFromTheTerminalAppearsInTheTable();
    void whatNeedsAModuleIsDisabledWithoutOne();
    void clickingASocketRowShowsItsConsole();
    void ntpOnTheVirtualModuleNeedsNoNetworkAndSaysWhichClockIsAhead();
    void portsListPtysKeepANamedPortAndTakeATypedPath();
    void f1OpensASearchableQuickReferenceFromTheCatalog();
    void longSendShowsProgressAndStopEndsItAndARepeat();
    void ctrlShiftOOpensTheOpenDialogAndCtrlOTheCaptureChooser();
    void transactionsAndTerminalExportWithFullDates();
    void socketCountersStayInSightAt1280();
    void virtualModuleOptionsFromTheCommandLine();
    void tickingRepeatSendsNothingUntilSend();
    void failedSecondPhaseIsTheCommandsResultEverywhere();
    void closeSaysClosedInThePanelAndTheStatusBar();
    void everyListedShortcutWorksFromAnywhereInTheWindow_data();
    void everyListedShortcutWorksFromAnywhereInTheWindow();
    void anotherModuleStartsCleanWithMarkersAndAPortOpenIsNotAModule();
    void portListOffersKnownPtysOnlyAndEnterConnects();
    void utf8ReadsAsTextInTheTerminalEscapesOnlyWhatDoesNotDecode();
    void socketTableTakesItsRowsAndRemoteIsNotCutWhileOthersHaveRoom_data();
    void socketTableTakesItsRowsAndRemoteIsNotCutWhileOthersHaveRoom();

private:
    void openEcho(int id, AccessMode mode);

    QTemporaryDir m_dir;
    std::unique_ptr<link::ModuleStack> m_stack; // profile → engine → session → connection
    at::CommandEngine *m_engine = nullptr;
    ModuleSession *m_session = nullptr;
    link::Connection *m_connection = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkbench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workbench"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

void TestWorkbench::init()
{
    m_stack = std::make_unique<link::ModuleStack>(profile::ModuleProfile::bc25());
    m_engine = &m_stack->engine();
    m_session = &m_stack->session();
    m_connection = &m_stack->connection();
    m_connection->setCaptureFolder(m_dir.filePath(QStringLiteral("captures")));
    m_window = std::make_unique<MainWindow>(m_session, m_connection);
    m_window->show();
    // The built-in virtual module needs no pseudo-terminal (a pair in memory):
    // a connection that ends at once is a broken demo, never a reason to skip.
    m_connection->connectVirtual();
    QVERIFY2(m_connection->state() != link::Connection::State::Disconnected, qPrintable(m_window->statusText()));
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    QTRY_VERIFY(!m_session->moduleInfo().revision.isEmpty()); // synchronised
}

void TestWorkbench::cleanup()
{
    m_window.reset();
    m_connection = nullptr;
    m_session = nullptr;
    m_engine = nullptr;
    m_stack.reset();
}

void TestWorkbench::openEcho(int id, AccessMode mode)
{
    QSignalSpy opened(m_session->sockets(), &SocketTable::openFinished);
    OpenParameters p;
    p.connectId = id;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = m_connection->echoPort();
    p.accessMode = mode;
    QCOMPARE(m_window->socketPanel()->open(p), QString());
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(opened.at(0).at(1).toBool());
}

void TestWorkbench::windowIsTitledAndConnectsToTheVirtualModule()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("BC25 Workbench"));
    QVERIFY(m_window->statusText().contains(QLatin1String("Virtual BC25 (built-in)")));
    QTRY_VERIFY(m_window->statusText().contains(QLatin1String("Quectel_BC25")));
    QTRY_VERIFY(m_window->statusText().contains(QLatin1String("-69 dBm")));
    QTRY_VERIFY(m_window->statusText().contains(QLatin1String("registered, home")));
    QVERIFY(QFileInfo::exists(m_connection->capturePath()));
}

void TestWorkbench::echoOverTcpInTextAndHex()
{
    openEcho(0, AccessMode::Buffer);
    SocketConsole *console = m_window->consolePanel()->console(0);
    console->setInput(QStringLiteral("hello module"));
    QCOMPARE(console->sendInput(), QString());
    QTRY_VERIFY(console->receivedText().contains(QLatin1String("\nhello module")));
    QTRY_VERIFY(console->statusText().contains(QLatin1String("SEND OK")));
    QVERIFY(console->statusText().contains(QLatin1String("inline text")));

    console->setSendFormat(SocketConsole::Format::Hex);
    console->setInput(QStringLiteral("00 1A 0D 0A 22"));
    QCOMPARE(console->sendInput(), QString());
    QTRY_VERIFY(console->statusText().contains(QLatin1String("AT+QISENDEX")));
    console->setViewFormat(SocketConsole::Format::Hex);
    QTRY_VERIFY(console->receivedText().contains(QLatin1String("68 65 6C 6C 6F 20 6D 6F 64 75 6C 65")));
    // A row per line: the line feed ends the received row, the sent one is marked.
    QTRY_VERIFY(console->receivedText().contains(QLatin1String("\n  00 1A 0D 0A\n  22")));
    QVERIFY2(console->receivedText().contains(QStringLiteral("» 00 1A 0D 0A\n» 22")), qPrintable(console->receivedText()));
    console->setViewFormat(SocketConsole::Format::Text);
    QVERIFY(console->receivedText().contains(QLatin1String("hello module")));
    // Binary bytes in Text view are escapes a font cannot hide; the line feed stays one.
    QVERIFY2(console->receivedText().contains(QLatin1String("\\x00\\x1A\\r\n\"")), qPrintable(console->receivedText()));
    QCOMPARE(m_session->socket(0).bytesReceived, 12 + 5);

    console->setSendFormat(SocketConsole::Format::Hex);
    console->setInput(QStringLiteral("4G"));
    QVERIFY(console->sendInput().contains(QLatin1String("pairs of digits")));
}

void TestWorkbench::pingPutsPointsOnTheChart()
{
    PingPanel *ping = m_window->pingPanel();
    // One label per reply, whole numbers only, before and after a ping.
    auto *axis = qobject_cast<QValueAxis *>(ping->findChild<QChartView *>()->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->tickCount(), int(axis->max() - axis->min()) + 1);
    ping->setHost(QStringLiteral("localhost"));
    QCOMPARE(ping->start(), QString());
    QTRY_COMPARE(ping->pointCount(), 4);
    QTRY_VERIFY(ping->summaryText().contains(QLatin1String("Sent 4, received 4, lost 0")));
    QCOMPARE(axis->tickCount(), int(axis->max() - axis->min()) + 1);
}

void TestWorkbench::refusedConnectShowsTheCodeInWords()
{
    const quint16 closedPort = test::freeTcpPort();
    OpenParameters p;
    p.connectId = 2;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = closedPort;
    QCOMPARE(m_window->socketPanel()->open(p), QString());
    auto *model = m_window->socketPanel()->view()->model();
    QTRY_VERIFY(model->index(2, SocketTableModel::State).data().toString().contains(QLatin1String("566 (Socket connect failed)")));
    // Where it failed to connect stays in sight beside the code.
    QCOMPARE(model->index(2, SocketTableModel::Remote).data().toString(), QStringLiteral("127.0.0.1:%1").arg(closedPort));
    // An idle row shows no service (new-user pass 9 F2: "TCP LISTENER" on an idle row).
    QCOMPARE(model->index(2, SocketTableModel::Service).data().toString(), QString());
    // Disconnected, nothing of that module stays on show: the row is idle, without the old failure.
    m_connection->disconnectFromModule();
    QTRY_COMPARE(model->index(2, SocketTableModel::State).data().toString(), SocketTableModel::stateText(int(SocketState::Idle)));
}

void TestWorkbench::urcLogFilters()
{
    openEcho(1, AccessMode::Buffer);
    openEcho(3, AccessMode::Buffer);
    m_session->sends()->send(1, "one");
    m_session->sends()->send(3, "three");
    UrcLogModel *log = m_window->urcLog();
    QTRY_VERIFY(log->types().contains(QStringLiteral("recv")));
    QTRY_VERIFY(log->rowCount() >= 4); // two +QIOPEN, two recv
    UrcLogPanel *panel = m_window->urcLogPanel();
    panel->setTypeFilter(QStringLiteral("recv"));
    QTRY_VERIFY(panel->view()->model()->rowCount() >= 2);
    for (int row = 0; row < panel->view()->model()->rowCount(); ++row)
        QCOMPARE(panel->view()->model()->index(row, UrcLogModel::Type).data().toString(), QStringLiteral("recv"));
    panel->setSocketFilter(3);
    QTRY_COMPARE(panel->view()->model()->rowCount(), 1);
    QVERIFY(panel->view()->model()->index(0, UrcLogModel::Meaning).data().toString().contains(QLatin1String("Socket 3")));
    // Export writes what the view shows: the filter applies, a header, full dates.
    const QString path = m_dir.filePath(QStringLiteral("urc.csv"));
    QCOMPARE(panel->exportTo(path), 1);
    QFile filtered(path);
    QVERIFY(filtered.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = filtered.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // header, one row, the final line end
    QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFTime,Type,Socket")); // a BOM: spreadsheets read UTF-8
    QVERIFY(lines.at(1).startsWith(QDate::currentDate().toString(Qt::ISODate).toLatin1()));
    QVERIFY(lines.at(1).contains("\"+QIURC: \"\"recv\"\",3"));
    panel->setTypeFilter({});
    panel->setSocketFilter(-1);
    QCOMPARE(panel->view()->model()->rowCount(), log->rowCount());
    const QString all = m_dir.filePath(QStringLiteral("urc.tsv"));
    QCOMPARE(panel->exportTo(all), log->rowCount());
    QFile exported(all);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(exported.readAll().contains("\t+QIURC: \"recv\",3"));

    // Ctrl+C copies every selected row, not one cell.
    panel->view()->selectAll();
    panel->view()->setFocus();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(panel->view(), Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::clipboard()->text().count(QLatin1Char('\n')), log->rowCount());
}

void TestWorkbench::openDialogRefusesWhatTheManualForbids()
{
    OpenSocketDialog dialog(bc25::profile::ModuleProfile::bc25()->catalog());
    OpenParameters p;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = 80;
    dialog.setParameters(p);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    p.host.clear();
    dialog.setParameters(p);
    QVERIFY(ok->isEnabled()); // filled in, not typed: the refusal waits for Open
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!ok->isEnabled());
    p.host = QStringLiteral("127.0.0.1");
    p.service = ServiceType::TcpListener;
    p.localPort = 0;
    dialog.setParameters(p);
    QVERIFY(!ok->isEnabled()); // a listener needs a local port in 1-65535
    p.localPort = 2020;
    dialog.setParameters(p);
    QVERIFY(ok->isEnabled());

    // 70000 typed stays 70000 and is refused with the manual's range, readable in full.
    dialog.show();
    p.service = ServiceType::Tcp;
    dialog.setParameters(p);
    auto *remotePort = dialog.findChildren<QSpinBox *>().at(2);
    remotePort->selectAll();
    QTest::keyClicks(remotePort, QStringLiteral("70000"));
    QCOMPARE(dialog.parameters().remotePort, 70000);
    QVERIFY(!ok->isEnabled());
    StatusLine *problem = nullptr;
    for (StatusLine *line : dialog.findChildren<StatusLine *>()) {
        if (line->status().contains(QLatin1String("65535")))
            problem = line;
    }
    QVERIFY(problem);
    QVERIFY(problem->status().contains(QLatin1String("70000")));
    QVERIFY(!problem->isCut() || problem->toolTip() == problem->status()); // whole, or whole in its tooltip
}

void TestWorkbench::terminalSendsTypedCommandsThroughTheEngine()
{
    TerminalPanel *terminal = m_window->terminalPanel();
    QVERIFY(terminal->submit(QStringLiteral("AT+QICLOSE=9")).contains(QLatin1String("0-5")));
    QSignalSpy typed(m_session, &ModuleSession::typedCommandFinished);
    QCOMPARE(terminal->submit(QStringLiteral("AT+CSQ")), QString());
    QTRY_COMPARE(typed.count(), 1);
    QVERIFY(typed.at(0).at(0).value<at::CommandResult>().ok());
    TrafficModel *traffic = m_window->traffic();
    traffic->flush();
    bool sawCommand = false;
    bool sawAnswer = false;
    for (int row = 0; row < traffic->rowCount(); ++row) {
        sawCommand |= traffic->rowText(row).contains(QLatin1String("AT+CSQ\\r"));
        sawAnswer |= traffic->rowText(row).contains(QLatin1String("+CSQ: 22,0"));
    }
    QVERIFY(sawCommand && sawAnswer);
    // history: Up brings the last line back, and it survives a restart
    QTest::keyClick(terminal->commandLine(), Qt::Key_Up);
    QCOMPARE(terminal->commandLine()->text(), QStringLiteral("AT+CSQ"));
    TrafficModel otherTraffic;
    TerminalPanel restarted(m_session, &otherTraffic);
    QTest::keyClick(restarted.commandLine(), Qt::Key_Up);
    QCOMPARE(restarted.commandLine()->text(), QStringLiteral("AT+CSQ"));

    // Typing shows the command's syntax, ranges and manual section from the catalog.
    terminal->commandLine()->setText(QStringLiteral("AT+QICLOSE=1"));
    QVERIFY(terminal->hintText().contains(QLatin1String("AT+QICLOSE=<connectID>")));
    QVERIFY(terminal->hintText().contains(QLatin1String("<connectID> 0-5")));
    QVERIFY(terminal->hintText().contains(QLatin1String("2.1.2")));

    // Enter on a completion fills the line; only the next Enter sends.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    terminal->commandLine()->clear();
    terminal->commandLine()->setFocus();
    QSignalSpy written(m_engine, &at::CommandEngine::commandStarted);
    QTest::keyClicks(terminal->commandLine(), QStringLiteral("AT+QIGETERR"));
    QAbstractItemView *popup = terminal->commandLine()->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(terminal->commandLine()->text(), QStringLiteral("AT+QIGETERROR=?"));
    QCOMPARE(written.count(), 0); // the engine writes on its next turn: none is queued
    QCOMPARE(m_engine->queuedCount(), 0);
    QTest::keyClick(terminal->commandLine(), Qt::Key_Return);
    QTRY_COMPARE(written.count(), 1);
    QCOMPARE(written.at(0).at(1).toByteArray(), QByteArray("AT+QIGETERROR=?"));

    // A command typed whole while the completions show, none chosen: Enter sends it.
    QTRY_VERIFY(terminal->commandLine()->text().isEmpty());
    QTest::keyClicks(terminal->commandLine(), QStringLiteral("ATI"));
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(!popup->currentIndex().isValid());
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(written.count(), 2);
    QCOMPARE(written.at(1).at(1).toByteArray(), QByteArray("ATI"));
    QTRY_VERIFY(terminal->commandLine()->text().isEmpty());
    QVERIFY(!popup->isVisible());
}

void TestWorkbench::modelsPassTheModelTester()
{
    auto *sockets = m_window->socketPanel()->view()->model();
    QAbstractItemModelTester socketTester(sockets, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TrafficModel traffic;
    traffic.setCap(50);
    QAbstractItemModelTester trafficTester(&traffic, QAbstractItemModelTester::FailureReportingMode::QtTest);
    UrcLogModel urcs;
    urcs.setCap(30);
    QAbstractItemModelTester urcTester(&urcs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    UrcFilterModel filter;
    filter.setSourceModel(&urcs);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 200; ++i) {
        traffic.append(TrafficModel::Way::Receive, "line " + QByteArray::number(i) + "\r\n");
        urcs.append(at::ResultLine::parse("+QIURC: \"recv\"," + QByteArray::number(i % 6) + ",12"));
        if (i % 37 == 0) {
            traffic.flush();
            urcs.flush();
            filter.setSocketFilter(i % 6);
        }
    }
    traffic.flush();
    urcs.flush();
    QCOMPARE(traffic.rowCount(), 50);
    QCOMPARE(urcs.rowCount(), 30);
    QCOMPARE(traffic.rowText(49), QStringLiteral("line 199\\r\\n"));
    traffic.setHex(true);
    QCOMPARE(traffic.rowText(49), QStringLiteral("6c 69 6e 65 20 31 39 39 0d 0a"));
    openEcho(4, AccessMode::DirectPush);
    m_session->sends()->send(4, "x");
    QTRY_COMPARE(m_session->socket(4).bytesReceived, 1);
}

void TestWorkbench::layoutSurvivesARestart()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("dock.terminal"));
    QVERIFY(dock);
    dock->setFloating(true);
    m_window->pingPanel()->setHost(QStringLiteral("example.org"));
    m_window->close(); // saves
    cleanup();
    init();
    auto *restored = m_window->findChild<QDockWidget *>(QStringLiteral("dock.terminal"));
    QVERIFY(restored->isFloating());
    QCOMPARE(m_window->pingPanel()->host(), QStringLiteral("example.org"));
    for (const char *name : {"dock.consoles", "dock.tools", "dock.urclog", "dock.terminal"})
        QVERIFY2(m_window->findChild<QDockWidget *>(QLatin1String(name)), name);
}

void TestWorkbench::firstStartShowsTheTabsOfTabbedDocks()
{
    // No saved layout: the tabs that switch between tabbed docks must be there at once
    // (issue 8 saw the Tools/Terminal tab bar missing until View → Reset layout).
    cleanup();
    QSettings().clear();
    init();
    QStringList tabs;
    QTRY_VERIFY([&] {
        tabs.clear();
        for (const QTabBar *bar : m_window->findChildren<QTabBar *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (!bar->isVisible())
                continue;
            for (int i = 0; i < bar->count(); ++i)
                tabs << bar->tabText(i);
        }
        return tabs.size() >= 5;
    }());
    for (const QString &title : {tr("Tools"), tr("Terminal"), tr("URC log"), tr("Consoles"), tr("Transactions")})
        QVERIFY2(tabs.contains(title), qPrintable(tabs.join(QLatin1String(", "))));
}

void TestWorkbench::firstStartFitsTheWholeWindowOnTheScreen()
{
    // On a 1280×720 laptop the window manager's title bar came on top of a
    // 720-pixel window: the status bar was below the screen's edge. A screen
    // too small for the default size with a frame gets the window maximised.
    cleanup();
    QSettings().clear();
    init();
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(available.width() < 1340 || available.height() < 880, "the offscreen screen is small");
    QTRY_VERIFY(m_window->isMaximized());
    QTRY_VERIFY2(available.contains(m_window->frameGeometry()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4").arg(m_window->frameGeometry().x()).arg(m_window->frameGeometry().y())
                                    .arg(m_window->frameGeometry().width()).arg(m_window->frameGeometry().height())));
    QVERIFY(available.contains(m_window->statusBar()->mapTo(m_window.get(), QPoint(0, m_window->statusBar()->height() - 1))
                               + m_window->geometry().topLeft()));
}

void TestWorkbench::aRestoredWindowHangingOverTheEdgeComesBackOnTheScreen()
{
    // Saved on a larger screen, or restored where no window manager places it
    // (Xvfb put it 20 pixels down): the next start brings it back, status bar
    // and all. (The offscreen screen is 800 pixels wide, narrower than the
    // window can be: only its height and top-left can be checked here.)
    const QRect available = m_window->screen()->availableGeometry();
    m_window->showNormal();
    m_window->setGeometry(QRect(available.left() + 10, available.top() + 120, available.width(), available.height() - 60));
    QTRY_VERIFY(m_window->frameGeometry().bottom() > available.bottom());
    const int height = m_window->height();
    m_window->close(); // saves the geometry
    cleanup();
    init();
    auto onScreen = [&] {
        const QRect frame = m_window->frameGeometry();
        return frame.top() >= available.top() && frame.bottom() <= available.bottom() && frame.left() >= available.left();
    };
    QTRY_VERIFY2(onScreen(), qPrintable(QStringLiteral("%1,%2 %3x%4").arg(m_window->frameGeometry().x()).arg(m_window->frameGeometry().y())
                                              .arg(m_window->frameGeometry().width()).arg(m_window->frameGeometry().height())));
    QCOMPARE(m_window->height(), height); // moved, not shrunk: it fits once moved
    QVERIFY(available.contains(m_window->statusBar()->mapToGlobal(QPoint(0, m_window->statusBar()->height() - 1))));
}

void TestWorkbench::pulledCableIsShownAndReconnectsWhenThePortIsBack()
{
    // A module behind its own pty, reached through a stable path, like a udev name.
    auto pty = std::make_unique<transport::PtyTransport>();
    pty->open();
    auto module = std::make_unique<sim::VirtualModule>(profile::ModuleProfile::bc25(), sim::SimConfig {});
    module->attachTo(pty.get());
    const QString link = m_dir.filePath(QStringLiteral("ttyUSB-test"));
    QFile::remove(link);
    QVERIFY(QFile::link(pty->slavePath(), link));

    transport::SerialSettings settings;
    settings.portName = link;
    m_connection->setAutoReconnect(true);
    m_connection->setReconnectPollMs(50);
    m_connection->connectSerial(settings);
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    QSignalSpy opened(m_session->sockets(), &SocketTable::openFinished);
    OpenParameters p;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = 9;
    m_session->sockets()->open(p); // pending when the cable goes

    module.reset();
    pty.reset(); // pulled
    QFile::remove(link);
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Lost);
    QVERIFY(m_window->statusText().contains(QLatin1String("waiting for the port")));
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(!opened.at(0).at(1).toBool()); // failed clearly, not left hanging
    QVERIFY(m_window->isVisible());

    pty = std::make_unique<transport::PtyTransport>(); // plugged back in
    pty->open();
    module = std::make_unique<sim::VirtualModule>(profile::ModuleProfile::bc25(), sim::SimConfig {});
    module->attachTo(pty.get());
    QVERIFY(QFile::link(pty->slavePath(), link));
    QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), link::Connection::State::Connected, 10000);
    QSignalSpy typed(m_session, &ModuleSession::typedCommandFinished);
    m_session->sendTyped("AT");
    QTRY_COMPARE(typed.count(), 1);
    QVERIFY(typed.at(0).at(0).value<at::CommandResult>().ok());
    m_connection->disconnectFromModule();
}

void TestWorkbench::reconnectTickedAfterThePortWasLostWaitsForIt()
{
    // The cable is pulled with Reconnect off; the user then ticks it: the
    // workbench waits for the port from then on (it did nothing before).
    auto pty = std::make_unique<transport::PtyTransport>();
    pty->open();
    auto module = std::make_unique<sim::VirtualModule>(profile::ModuleProfile::bc25(), sim::SimConfig {});
    module->attachTo(pty.get());
    const QString link = m_dir.filePath(QStringLiteral("ttyUSB-late"));
    QFile::remove(link);
    QVERIFY(QFile::link(pty->slavePath(), link));
    transport::SerialSettings settings;
    settings.portName = link;
    m_connection->setAutoReconnect(false);
    m_connection->setReconnectPollMs(50);
    m_connection->connectSerial(settings);
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);

    module.reset();
    pty.reset(); // pulled
    QFile::remove(link);
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Lost);
    // Lost with Reconnect off: the status says what to do, not only what happened.
    QVERIFY2(m_window->statusText().contains(QLatin1String("tick Reconnect")), qPrintable(m_window->statusText()));
    m_window->connectionBar()->setReconnect(true);
    QVERIFY(m_connection->autoReconnect());
    QVERIFY(m_window->statusText().contains(QLatin1String("come back")));

    pty = std::make_unique<transport::PtyTransport>(); // plugged back in
    pty->open();
    module = std::make_unique<sim::VirtualModule>(profile::ModuleProfile::bc25(), sim::SimConfig {});
    module->attachTo(pty.get());
    QVERIFY(QFile::link(pty->slavePath(), link));
    QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), link::Connection::State::Connected, 10000);

    // Unticked while lost: it stops waiting.
    module.reset();
    pty.reset();
    QFile::remove(link);
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Lost);
    m_window->connectionBar()->setReconnect(false);
    pty = std::make_unique<transport::PtyTransport>();
    pty->open();
    module = std::make_unique<sim::VirtualModule>(profile::ModuleProfile::bc25(), sim::SimConfig {});
    module->attachTo(pty.get());
    QVERIFY(QFile::link(pty->slavePath(), link));
    QTest::qWait(300);
    QCOMPARE(m_connection->state(), link::Connection::State::Lost);
}

void TestWorkbench::recordedSessionOpensDecoded()
{
    openEcho(5, AccessMode::DirectPush);
    m_session->sends()->send(5, "recorded");
    QTRY_COMPARE(m_session->socket(5).bytesReceived, 8);
    const QString path = m_connection->capturePath();
    CaptureViewer viewer(profile::ModuleProfile::bc25());
    QString error;
    QVERIFY2(viewer.load(path, &error), qPrintable(error));
    bool sawOpen = false;
    bool sawRecv = false;
    for (int row = 0; row < viewer.urcs()->rowCount(); ++row) {
        const QString line = viewer.urcs()->index(row, UrcLogModel::Line).data().toString();
        sawOpen |= line == QLatin1String("+QIOPEN: 5,0");
        sawRecv |= line.startsWith(QLatin1String("+QIURC: \"recv\",5,8"));
    }
    QVERIFY(sawOpen);
    QVERIFY(sawRecv);
    QVERIFY(viewer.traffic()->rowCount() > 10);
    QVERIFY(!viewer.load(m_dir.filePath(QStringLiteral("missing.bc25cap")), &error));
}

void TestWorkbench::oldCapturesAreRemoved()
{
    const QDir folder(m_dir.filePath(QStringLiteral("captures")));
    for (int i = 0; i < link::Connection::MaxKeptCaptures + 5; ++i) {
        QFile old(folder.filePath(QStringLiteral("2000%1.bc25cap").arg(i, 4, 10, QLatin1Char('0'))));
        QVERIFY(old.open(QIODevice::WriteOnly));
    }
    m_connection->connectVirtual();
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    const QStringList kept = folder.entryList({QStringLiteral("*.bc25cap")}, QDir::Files, QDir::Name);
    QCOMPARE(kept.size(), link::Connection::MaxKeptCaptures);
    QVERIFY(!kept.contains(QStringLiteral("20000000.bc25cap"))); // the oldest went first
    QVERIFY(QFileInfo::exists(m_connection->capturePath()));
}


void TestWorkbench::ctrlKDisconnectsAndConnectsAgainAndF5RefreshesTheSockets()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QSignalSpy written(m_engine, &at::CommandEngine::commandStarted);
    // F5 is Module → Refresh sockets, and only that (an ambiguous shortcut runs nothing).
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY(std::any_of(written.cbegin(), written.cend(), [](const QList<QVariant> &args) {
        return args.at(1).toByteArray() == "AT+QISTATE?";
    }));
    // Ctrl+K, whatever the button says now.
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Disconnected);
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Disconnected);
}

void TestWorkbench::refusedSendIsShownAsRefusedNotAsSent()
{
    SocketConsole *console = m_window->consolePanel()->console(3); // idle
    console->setInput(QStringLiteral("never sent"));
    const QString refusal = console->sendInput();
    QVERIFY2(refusal.contains(QStringLiteral("not open. Open it with Open…")), qPrintable(refusal)); // what to do
    QVERIFY(!console->receivedText().contains(QLatin1String("never sent")));
    openEcho(3, AccessMode::DirectPush);
    m_connection->disconnectFromModule();
    // The user's own Disconnect: the link's end is said once, with no reason ("ended: Disconnected.").
    QVERIFY2(console->receivedText().contains(QStringLiteral("Link to Virtual BC25 (built-in) closed ———")), qPrintable(console->receivedText()));
    QVERIFY(!console->receivedText().contains(QLatin1String("ended: Disconnected")));
    QVERIFY(console->sendInput().contains(QLatin1String("no module")));
    QVERIFY(!console->receivedText().contains(QLatin1String("never sent")));
    QVERIFY(console->statusText().contains(QLatin1String("no module")));
}

void TestWorkbench::socketOpenedFromTheTerminalAppearsInTheTable()
{
    const QByteArray open = "AT+QIOPEN=1,2,\"TCP\",\"127.0.0.1\"," + QByteArray::number(m_connection->echoPort()) + ",0,1";
    QCOMPARE(m_session->sendTyped(open), QString());
    // The table asks the module (AT+QISTATE?) once the typed open is over.
    QTRY_VERIFY(m_session->socket(2).inUse && m_session->socket(2).state == SocketState::Connected);
    QCOMPARE(m_session->socket(2).accessMode, AccessMode::DirectPush);
    QCOMPARE(m_session->sendTyped("AT+QICLOSE=2"), QString());
    QTRY_VERIFY(!m_session->socket(2).inUse);
}

void TestWorkbench::whatNeedsAModuleIsDisabledWithoutOne()
{
    auto enabledControls = [this](const QString &text) {
        int enabled = 0;
        int total = 0;
        for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
            if (button->text() == text) {
                ++total;
                enabled += button->isEnabled();
            }
        }
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text() == text) {
                ++total;
                enabled += action->isEnabled();
            }
        }
        return std::make_pair(enabled, total);
    };
    QVERIFY(enabledControls(QStringLiteral("Open…")).second > 0);
    QCOMPARE(enabledControls(QStringLiteral("Open…")).first, enabledControls(QStringLiteral("Open…")).second);
    // The Diagnostics dock's soak monitor is told by the window, like the rest.
    auto *soakStart = m_window->soakPanel()->findChild<QAbstractButton *>(QStringLiteral("soak.start"));
    QVERIFY(soakStart && soakStart->isEnabled());
    QCOMPARE(m_window->diagnosticsTabs()->indexOf(m_window->soakPanel()), 1);
    m_connection->disconnectFromModule();
    QVERIFY(!soakStart->isEnabled());
    for (const QString &text : {QStringLiteral("Open…"), QStringLiteral("Send"), QStringLiteral("Look up"),
                                QStringLiteral("Synchronise"), QStringLiteral("Refresh")}) {
        const auto [enabled, total] = enabledControls(text);
        QVERIFY2(total > 0, qPrintable(text));
        QVERIFY2(enabled == 0, qPrintable(text));
    }
    // Viewing stays possible: the sockets table and the consoles' Clear.
    QVERIFY(enabledControls(QStringLiteral("Clear")).first > 0);
    // No module, no signal to speak of: not "Signal unknown · registration unknown".
    QVERIFY2(!m_window->statusText().contains(QLatin1String("Signal")), qPrintable(m_window->statusText()));
    QVERIFY(!m_window->statusText().contains(QLatin1String("unknown")));
    m_connection->connectVirtual();
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    QCOMPARE(enabledControls(QStringLiteral("Send")).first, enabledControls(QStringLiteral("Send")).second);
}

void TestWorkbench::clickingASocketRowShowsItsConsole()
{
    QTableView *view = m_window->socketPanel()->view();
    const QRect row4 = view->visualRect(view->model()->index(4, 1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row4.center());
    QCOMPARE(m_window->consolePanel()->findChild<QTabWidget *>()->currentIndex(), 4);
    const QRect row1 = view->visualRect(view->model()->index(1, 1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row1.center());
    QCOMPARE(m_window->consolePanel()->findChild<QTabWidget *>()->currentIndex(), 1);
}

void TestWorkbench::ntpOnTheVirtualModuleNeedsNoNetworkAndSaysWhichClockIsAhead()
{
    NtpPanel *ntp = m_window->ntpPanel();
    // The virtual module brings its own time service on loopback.
    QCOMPARE(ntp->server(), QStringLiteral("127.0.0.1"));
    QCOMPARE(ntp->port(), int(m_connection->timePort()));
    QCOMPARE(ntp->synchronize(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(ntp->resultText().contains(QLatin1String("agrees with this PC")), 10000);
}

void TestWorkbench::portsListPtysKeepANamedPortAndTakeATypedPath()
{
    ConnectionBar *bar = m_window->connectionBar();
    auto *box = bar->findChild<QComboBox *>();
    transport::PtyTransport pty;
    pty.open();
    if (!pty.isOpen())
        QSKIP("no pseudo-terminal here");
    // A pty nobody announced is someone's terminal: not offered (portListOffersKnownPtysOnlyAndEnterConnects).
    QTRY_COMPARE(box->findData(pty.slavePath()), -1);
    // A port named with --port, or a udev link, stays on offer though not listed.
    const QString link = m_dir.filePath(QStringLiteral("ttyBC25"));
    bar->selectPort(link);
    bar->refreshPorts();
    QCOMPARE(bar->settings().portName, link);
    QVERIFY(!bar->virtualSelected());
    // A path typed into the box is the port, and a rescan keeps it.
    box->setEditText(QStringLiteral("/dev/ttyUSB7"));
    QCOMPARE(bar->settings().portName, QStringLiteral("/dev/ttyUSB7"));
    bar->refreshPorts();
    QCOMPARE(bar->settings().portName, QStringLiteral("/dev/ttyUSB7"));
    bar->selectPort({});
    QVERIFY(bar->virtualSelected());
}

void TestWorkbench::f1OpensASearchableQuickReferenceFromTheCatalog()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QuickReference *reference = nullptr;
    QTRY_VERIFY((reference = m_window->findChild<QuickReference *>()) && reference->isVisible());
    const QAbstractItemModel *shown = reference->view()->model();
    QCOMPARE(shown->rowCount(), int(bc25::profile::ModuleProfile::bc25()->catalog().commands().size()));
    reference->setSearch(QStringLiteral("QICLOSE"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, QuickReference::Syntax).data().toString().split(u'\n').constLast(),
             QStringLiteral("AT+QICLOSE=<connectID>"));
    QCOMPARE(shown->index(0, QuickReference::Parameters).data().toString(), QStringLiteral("<connectID> 0-5"));
    QCOMPARE(shown->index(0, QuickReference::Section).data().toString(), QStringLiteral("2.1.2"));
    reference->setSearch(QStringLiteral("remote_port"));
    QVERIFY(shown->rowCount() >= 1); // found by a parameter's name
    reference->close();
}

void TestWorkbench::longSendShowsProgressAndStopEndsItAndARepeat()
{
    openEcho(2, AccessMode::DirectPush);
    SocketConsole *console = m_window->consolePanel()->console(2);
    console->setInput(QString(4000, QLatin1Char('x')));
    QCOMPARE(console->sendInput(), QString());
    QVERIFY(console->isSending()); // eight parts: progress and Stop are on show
    console->stopSending();
    QTRY_VERIFY2(console->statusText().contains(QLatin1String("stopped by the user")), qPrintable(console->statusText()));
    QVERIFY(console->statusText().contains(QLatin1String("of 4000 bytes")));
    QTRY_VERIFY(!console->isSending());
    QVERIFY(m_session->socket(2).bytesAcknowledged < 4000);

    // A repeat can be stopped with Stop, not only with its checkbox.
    QCheckBox *repeat = nullptr;
    for (QCheckBox *box : console->findChildren<QCheckBox *>()) {
        if (box->text() == QLatin1String("Repeat every"))
            repeat = box;
    }
    QVERIFY(repeat);
    console->setInput(QStringLiteral("ping"));
    repeat->setChecked(true);
    QVERIFY(!console->isSending()); // ticked, nothing sent: Send starts the repeat
    QCOMPARE(console->sendInput(), QString());
    QVERIFY(console->isSending());
    console->stopSending();
    QVERIFY(!repeat->isChecked());
    QTRY_VERIFY(!console->isSending());
}

void TestWorkbench::ctrlShiftOOpensTheOpenDialogAndCtrlOTheCaptureChooser()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Each shortcut opens a modal dialog; note which, then close it.
    QString opened;
    QTimer watcher; // runs inside the dialog's own event loop
    watcher.setInterval(20);
    connect(&watcher, &QTimer::timeout, this, [&opened, &watcher] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            opened = QString::fromLatin1(modal->metaObject()->className());
            watcher.stop();
            modal->close();
        }
    });
    auto closeNextModal = [&watcher] { watcher.start(); };
    closeNextModal();
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(opened, QStringLiteral("bc25::ui::OpenSocketDialog"));
    opened.clear();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    closeNextModal();
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QTRY_COMPARE(opened, QStringLiteral("QFileDialog"));
}

void TestWorkbench::transactionsAndTerminalExportWithFullDates()
{
    QSignalSpy typed(m_session, &ModuleSession::typedCommandFinished);
    QCOMPARE(m_session->sendTyped("AT+CSQ"), QString());
    QTRY_COMPARE(typed.count(), 1);
    m_window->transactions()->flush();
    m_window->traffic()->flush();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    // Transactions: what the view shows (the workbench's own polling hidden), as CSV.
    const QString transactions = m_dir.filePath(QStringLiteral("transactions.csv"));
    const QAbstractItemModel *shown = m_window->transactionsPanel()->view()->model();
    QCOMPARE(TableText::write(transactions, shown), shown->rowCount());
    QFile csv(transactions);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    QVERIFY(text.startsWith("\xEF\xBB\xBF"));
    QVERIFY(text.contains(("\n" + today).toLatin1()));
    QVERIFY(text.contains(",AT+CSQ,"));
    QVERIFY(!text.contains(",AT+CGMR,")); // polling stays hidden, as in the view
    // The terminal's traffic, as TSV.
    const QString terminal = m_dir.filePath(QStringLiteral("terminal.tsv"));
    QCOMPARE(TableText::write(terminal, m_window->traffic()), m_window->traffic()->rowCount());
    QFile tsv(terminal);
    QVERIFY(tsv.open(QIODevice::ReadOnly));
    const QByteArray traffic = tsv.readAll();
    QVERIFY(traffic.contains((today + " ").toLatin1()));
    QVERIFY(traffic.contains("AT+CSQ"));
}

// Found by a new user's pass: at 1280 wide the socket table scrolled sideways
// once sockets were open, Unread out of sight. The remote host elides instead.
void TestWorkbench::socketCountersStayInSightAt1280()
{
    m_window->showNormal();
    m_window->resize(1280, 720);
    openEcho(0, AccessMode::Buffer);
    openEcho(1, AccessMode::DirectPush);
    QTableView *view = m_window->socketPanel()->view();
    QTRY_VERIFY(view->isVisible());
    QCoreApplication::processEvents();
    const int unread = SocketTableModel::Unread;
    QTRY_VERIFY2(view->horizontalHeader()->sectionViewportPosition(unread) + view->columnWidth(unread)
                         <= view->viewport()->width(),
                 qPrintable(QStringLiteral("Unread ends at %1 of %2")
                                    .arg(view->horizontalHeader()->sectionViewportPosition(unread) + view->columnWidth(unread))
                                    .arg(view->viewport()->width())));
    QVERIFY(!view->horizontalScrollBar()->isVisible());
}

// bc25-workbench --sim-option: a demo of what the health check says of a
// fault. The connection gives the options to the module and says which.
void TestWorkbench::virtualModuleOptionsFromTheCommandLine()
{
    m_connection->disconnectFromModule();
    m_connection->setVirtualModuleOptions({QStringLiteral("csq=3")});
    m_connection->connectVirtual();
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    QVERIFY2(m_window->statusText().contains(QLatin1String("Virtual BC25 (built-in; csq=3)")), qPrintable(m_window->statusText()));
    m_session->status()->refresh();
    QTRY_COMPARE(m_session->moduleInfo().rssi, 3);
    m_connection->setVirtualModuleOptions({});

    // A mistyped option is refused before any window shows, with the known names.
    QProcess workbench;
    workbench.start(QStringLiteral(BC25_WORKBENCH_PATH), {QStringLiteral("--sim-option"), QStringLiteral("csq=300")});
    QVERIFY(workbench.waitForFinished(20000));
    QCOMPARE(workbench.exitCode(), 2); // bad usage, as every program says it
    QVERIFY(workbench.readAllStandardError().contains("csq takes a number in 0-99"));
    QProcess unknown;
    unknown.start(QStringLiteral(BC25_WORKBENCH_PATH), {QStringLiteral("--no-such-option")});
    QVERIFY(unknown.waitForFinished(20000));
    QCOMPARE(unknown.exitCode(), 2);
    QVERIFY(unknown.readAllStandardError().contains("bc25-workbench: Unknown option 'no-such-option'"));
}

// Ticking "Repeat every" only arms Send: nothing goes out until the user sends.
void TestWorkbench::tickingRepeatSendsNothingUntilSend()
{
    openEcho(1, AccessMode::Buffer);
    SocketConsole *console = m_window->consolePanel()->console(1);
    QCheckBox *repeat = nullptr;
    for (QCheckBox *box : console->findChildren<QCheckBox *>()) {
        if (box->text() == QLatin1String("Repeat every"))
            repeat = box;
    }
    QVERIFY(repeat);
    console->findChild<QSpinBox *>()->setValue(50);
    console->setInput(QStringLiteral("tick"));
    QSignalSpy started(m_engine, &at::CommandEngine::commandStarted);
    auto sends = [&started] {
        return std::count_if(started.cbegin(), started.cend(),
                             [](const QList<QVariant> &args) { return args.at(1).toByteArray().startsWith("AT+QISEND"); });
    };
    repeat->setChecked(true);
    // Six intervals pass with the box ticked: no send (what this test is about is an absence).
    QVERIFY(!started.wait(300) || sends() == 0);
    QCOMPARE(sends(), 0);
    QCOMPARE(m_session->socket(1).bytesSent, 0);
    QVERIFY(!console->isSending());
    // Send: at once, then every 50 ms until Stop.
    QCOMPARE(console->sendInput(), QString());
    QTRY_VERIFY(sends() >= 3);
    console->stopSending();
    QVERIFY(!repeat->isChecked());
    // A send already on its way when Stop came ends as it would (SEND OK):
    // count from when the engine has nothing left to start.
    QTRY_VERIFY(!m_engine->isBusy());
    // Unticking alone ends it too; ticking again sends nothing by itself.
    const auto before = sends();
    repeat->setChecked(true);
    QVERIFY(!started.wait(200) || sends() == before);
    QCOMPARE(sends(), before);
}

// AT+QIOPEN answers OK at once; +QIOPEN: <id>,566 says how it ended. That is
// the command's result in the terminal, the transactions dock and the status bar.
void TestWorkbench::failedSecondPhaseIsTheCommandsResultEverywhere()
{
    TerminalPanel *terminal = m_window->terminalPanel();
    QSignalSpy typed(m_session, &ModuleSession::typedCommandFinished);
    // An earlier failure is on show first: the next command's result replaces it.
    QCOMPARE(terminal->submit(QStringLiteral("AT+QIRD=5,10")), QString());
    QTRY_COMPARE(typed.count(), 1);
    QTRY_VERIFY(!m_window->statusBar()->currentMessage().isEmpty());
    const QString earlier = m_window->statusBar()->currentMessage();

    const QByteArray open = "AT+QIOPEN=1,3,\"TCP\",\"127.0.0.1\"," + QByteArray::number(test::freeTcpPort()) + ",0,0";
    QCOMPARE(terminal->submit(QString::fromLatin1(open)), QString());
    QTRY_COMPARE(typed.count(), 2);
    const auto t = typed.at(1).at(0).value<at::Transaction>();
    QCOMPARE(t.status, at::Transaction::Status::Ok); // the first phase
    QVERIFY(!CommandRunner::succeeded(t));
    QVERIFY2(terminal->statusText().contains(QLatin1String("566 (Socket connect failed)")), qPrintable(terminal->statusText()));
    QVERIFY(!terminal->statusText().endsWith(QLatin1String(": OK")));
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("566 (Socket connect failed)")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(m_window->statusBar()->currentMessage() != earlier);
    m_window->transactions()->flush();
    const QAbstractItemModel *shown = m_window->transactionsPanel()->view()->model();
    int row = -1;
    for (int r = 0; r < shown->rowCount(); ++r) {
        if (shown->index(r, TransactionModel::Command).data().toString() == QString::fromLatin1(open))
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(shown->index(row, TransactionModel::Result).data().toString(), QStringLiteral("566 (Socket connect failed)"));
    QVERIFY(shown->index(row, 0).data(TransactionModel::FailedRole).toBool());

    // A later success: the failure is no longer on show as if it were the latest.
    QCOMPARE(terminal->submit(QStringLiteral("AT+CSQ")), QString());
    QTRY_COMPARE(typed.count(), 3);
    QCOMPARE(terminal->statusText(), QStringLiteral("AT+CSQ: OK"));
    QVERIFY(!m_window->statusBar()->currentMessage().contains(QLatin1String("566")));
}

void TestWorkbench::closeSaysClosedInThePanelAndTheStatusBar()
{
    openEcho(0, AccessMode::Buffer);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Socket 0 is open")));
    m_window->socketPanel()->view()->selectRow(0);
    QAction *close = nullptr;
    for (QAction *action : m_window->socketPanel()->findChildren<QAction *>()) {
        if (action->text() == QLatin1String("Close"))
            close = action;
    }
    QVERIFY(close);
    close->trigger();
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("Socket 0 closed")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!m_window->statusBar()->currentMessage().contains(QLatin1String("open")));
    // A message about the module that was does not hide the link's state once it is gone.
    openEcho(1, AccessMode::Buffer);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Socket 1 is open")));
    m_connection->disconnectFromModule();
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
    QVERIFY(m_window->statusText().startsWith(QLatin1String("Disconnected")));
}

// Every shortcut the README lists for the whole window, with the focus in
// panels far from where its action lives: a console's input, the terminal's
// command line, the URC log, the health check's form.
void TestWorkbench::everyListedShortcutWorksFromAnywhereInTheWindow_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::newRow("Ctrl+K connect/disconnect") << QKeySequence(Qt::CTRL | Qt::Key_K);
    QTest::newRow("Ctrl+Shift+O open a socket") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    QTest::newRow("F5 refresh the sockets") << QKeySequence(Qt::Key_F5);
    QTest::newRow("Ctrl+O open a capture") << QKeySequence(Qt::CTRL | Qt::Key_O);
    QTest::newRow("F1 quick reference") << QKeySequence(Qt::Key_F1);
    QTest::newRow("Ctrl+R run the recipe") << QKeySequence(Qt::CTRL | Qt::Key_R);
    QTest::newRow("Ctrl+Shift+H health check") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
}

void TestWorkbench::everyListedShortcutWorksFromAnywhereInTheWindow()
{
    QFETCH(QKeySequence, keys);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // What the key does is counted where it is bound: one action (or shortcut) per key.
    QObject *bound = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcuts().contains(keys)) {
            QVERIFY2(!bound, "two actions share the key: Qt runs neither");
            bound = action;
        }
    }
    for (QShortcut *shortcut : m_window->findChildren<QShortcut *>()) {
        if (shortcut->key() == keys) {
            QVERIFY2(!bound, "an action and a shortcut share the key: Qt runs neither");
            bound = shortcut;
        }
    }
    QVERIFY(bound);
    QSignalSpy fired(bound, qobject_cast<QAction *>(bound) ? SIGNAL(triggered(bool)) : SIGNAL(activated()));
    // A dialog the key opens is closed at once (it runs its own event loop).
    QTimer closer;
    closer.setInterval(20);
    connect(&closer, &QTimer::timeout, this, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    closer.start();
    const QList<QWidget *> places {
        m_window->consolePanel()->console(3)->findChild<QLineEdit *>(QStringLiteral("input")),
        m_window->terminalPanel()->findChild<QLineEdit *>(),
        m_window->urcLogPanel()->findChild<QTableView *>(),
        m_window->transactionsPanel()->view(),
    };
    int expected = 0;
    for (QWidget *place : places) {
        QVERIFY(place);
        // The dock and the tab that hold it come to the front, as a click on them would.
        for (QWidget *w = place; w; w = w->parentWidget()) {
            if (auto *dock = qobject_cast<QDockWidget *>(w))
                dock->raise();
            if (auto *tabs = qobject_cast<QTabWidget *>(w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr))
                tabs->setCurrentWidget(w);
        }
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        place->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY2(place->hasFocus(), place->metaObject()->className());
        m_window->recipesPanel()->stop(); // a run from the place before ends first
        m_window->healthPanel()->stop();
        QTest::keySequence(QApplication::focusWidget(), keys);
        ++expected;
        QTRY_COMPARE_WITH_TIMEOUT(fired.count(), expected, 2000);
        for (QWidget *top : QApplication::topLevelWidgets()) { // the quick reference is a window of its own
            if (top != m_window.get() && top->isVisible() && !qobject_cast<QMenu *>(top))
                top->close();
        }
    }
}

// Another module after the virtual one: its sockets start from nothing, every
// console and the terminal mark where one link ended and the next began, the
// Open dialog no longer points at the virtual module's echo service, and an
// open port is not called connected before anything answers.
void TestWorkbench::anotherModuleStartsCleanWithMarkersAndAPortOpenIsNotAModule()
{
    openEcho(0, AccessMode::Buffer);
    SocketConsole *console = m_window->consolePanel()->console(0);
    console->setInput(QStringLiteral("before"));
    QCOMPARE(console->sendInput(), QString());
    QTRY_VERIFY(m_session->socket(0).bytesReceived > 0);
    QCOMPARE(m_window->socketPanel()->dialogDefaults().remotePort, int(m_connection->echoPort()));
    QVERIFY(m_window->statusText().startsWith(QLatin1String("Connected to Virtual BC25")));

    test::RawPty silent; // a port nobody answers on
    if (!silent.isOpen())
        QSKIP("no pseudo-terminal here");
    transport::SerialSettings serial;
    serial.portName = silent.slavePath();
    m_connection->connectSerial(serial);
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    QCOMPARE(m_session->socket(0).bytesSent, 0);
    QCOMPARE(m_session->socket(0).bytesReceived, 0);
    QCOMPARE(m_window->socketPanel()->view()->model()->index(0, SocketTableModel::Sent).data().toString(), QStringLiteral("0"));
    QVERIFY(m_window->socketPanel()->dialogDefaults().host.isEmpty());
    // The marks: the old link's end, the new one's start, after the old data.
    const QString text = console->receivedText();
    const qsizetype old = text.indexOf(QLatin1String("before"));
    const qsizetype ended = text.indexOf(QLatin1String("Link to Virtual BC25 (built-in) ended"));
    const qsizetype opened = text.indexOf(QStringLiteral("Link to %1 opened").arg(silent.slavePath()));
    QVERIFY2(old >= 0 && ended > old && opened > ended, qPrintable(text));
    m_window->traffic()->flush();
    bool marked = false;
    for (int row = 0; row < m_window->traffic()->rowCount(); ++row)
        marked = marked || m_window->traffic()->rowText(row).contains(QStringLiteral("Link to %1 opened").arg(silent.slavePath()));
    QVERIFY(marked);
    // Not green "Connected" while nothing answers; "No answer" once ATI has had its time.
    QVERIFY2(m_window->statusText().contains(QLatin1String("waiting for the module")), qPrintable(m_window->statusText()));
    QVERIFY(!m_window->statusText().contains(QLatin1String("Connected to")));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().contains(QLatin1String("The module does not answer")), 30000);
    QVERIFY2(m_window->minimumSizeHint().width() <= 1280, "the long message does not widen the window");
}

// /dev/pts holds every terminal on the machine: offered are the ptys a
// bc25-sim announces, those named or typed, and those that opened before.
void TestWorkbench::portListOffersKnownPtysOnlyAndEnterConnects()
{
    link::SimPorts::setFolder(m_dir.filePath(QStringLiteral("sim-ports")));
    // A window whose settings remember no port (an earlier test's pty number may come back).
    QSettings().remove(QStringLiteral("connection/port"));
    cleanup();
    init();
    ConnectionBar *bar = m_window->connectionBar();
    auto *box = bar->findChild<QComboBox *>();
    test::RawPty stranger; // someone's terminal
    test::RawPty simulated;
    if (!stranger.isOpen() || !simulated.isOpen())
        QSKIP("no pseudo-terminal here");
    bar->refreshPorts();
    QCOMPARE(box->findData(stranger.slavePath()), -1);
    QCOMPARE(box->findData(simulated.slavePath()), -1);
    {
        const link::SimPorts announced(simulated.slavePath(), {});
        bar->refreshPorts();
        QVERIFY(box->findData(simulated.slavePath()) >= 0);
        QCOMPARE(box->findData(stranger.slavePath()), -1);
    }
    bar->refreshPorts();
    QCOMPARE(box->findData(simulated.slavePath()), -1); // its simulator ended

    // Enter in the port field connects to the path typed there.
    m_connection->disconnectFromModule();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    box->setFocus();
    box->setEditText(stranger.slavePath());
    QTest::keyClick(box->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    QCOMPARE(m_connection->serialSettings().portName, stranger.slavePath());
    m_connection->disconnectFromModule();
    bar->refreshPorts();
    QVERIFY(box->findData(stranger.slavePath()) >= 0); // it opened: offered from now on
    link::SimPorts::setFolder({});
}

// UTF-8 text reads as text in the terminal; only bytes that do not decode
// are escapes, whichever way the module's output was cut.
void TestWorkbench::utf8ReadsAsTextInTheTerminalEscapesOnlyWhatDoesNotDecode()
{
    const QByteArray received = "+QIRD: 6\r\n\xe4\xbd\xa0\xe5\xa5\xbd \xff\xe4\xbd \xed\xa0\x80\r\n";
    const QString expected = QStringLiteral("+QIRD: 6\\r\\n") + QStringLiteral("你好") + QStringLiteral(" \\xff\\xe4\\xbd \\xed\\xa0\\x80\\r\\n");
    for (const int piece : {int(received.size()), 1, 2, 3}) {
        TrafficModel model;
        for (qsizetype at = 0; at < received.size(); at += piece)
            model.append(TrafficModel::Way::Receive, received.mid(at, piece));
        model.flush();
        QString rows;
        for (int row = 0; row < model.rowCount(); ++row)
            rows += model.rowText(row);
        QCOMPARE(rows, expected);
    }
    // What the user sends: the command row in the terminal and the transactions dock.
    openEcho(4, AccessMode::Buffer);
    SocketConsole *console = m_window->consolePanel()->console(4);
    console->setInput(QStringLiteral("你好"));
    QCOMPARE(console->sendInput(), QString());
    QTRY_VERIFY(console->statusText().contains(QLatin1String("SEND OK")));
    m_window->traffic()->flush();
    bool shown = false;
    for (int row = 0; row < m_window->traffic()->rowCount(); ++row)
        shown = shown || (m_window->traffic()->rowText(row).contains(QStringLiteral("你好"))
                          && !m_window->traffic()->rowText(row).contains(QLatin1String("\\x")));
    QVERIFY(shown);
    QTRY_VERIFY(console->receivedText().contains(QStringLiteral("\n你好")));
    // Typed in the terminal: the same six bytes go out, not "??".
    QSignalSpy typed(m_session, &ModuleSession::typedCommandFinished);
    QCOMPARE(m_window->terminalPanel()->submit(QStringLiteral("AT+QISEND=4,6,\"再见\"")), QString());
    QTRY_COMPARE(typed.count(), 1);
    QCOMPARE(m_window->terminalPanel()->statusText(), QStringLiteral("AT+QISEND=4,6,\"再见\": SEND OK")); // its second phase, manual 2.1.4
    QTRY_VERIFY(console->receivedText().contains(QStringLiteral("再见")));
}

// At 1600×1000 six socket rows took 430 px while the console showed four lines,
// and the Remote column was cut while the counters' columns had room.
void TestWorkbench::socketTableTakesItsRowsAndRemoteIsNotCutWhileOthersHaveRoom_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1600x1000") << QSize(1600, 1000);
    QTest::newRow("1280x720") << QSize(1280, 720);
}

void TestWorkbench::socketTableTakesItsRowsAndRemoteIsNotCutWhileOthersHaveRoom()
{
    QFETCH(QSize, size);
    m_window->showNormal();
    m_window->resize(size);
    openEcho(0, AccessMode::Buffer);
    QTableView *view = m_window->socketPanel()->view();
    QTRY_VERIFY(view->isVisible());
    QCoreApplication::processEvents();
    // The table is as tall as its rows (a scroll bar's height of slack at most); the console below has the rest.
    const int rows = view->verticalHeader()->length() + view->horizontalHeader()->height() + 2 * view->frameWidth();
    QTRY_VERIFY2(view->height() <= rows + view->horizontalScrollBar()->sizeHint().height() + 2,
                 qPrintable(QStringLiteral("%1 px for %2 px of rows").arg(view->height()).arg(rows)));
    LogView *console = m_window->consolePanel()->console(0)->view();
    QVERIFY2(console->height() >= 8 * console->verticalHeader()->defaultSectionSize(),
             qPrintable(QStringLiteral("the console is %1 px").arg(console->height())));
    // Every column shows its contents whole; Remote gets what is left, and nothing scrolls sideways.
    auto *table = static_cast<QAbstractItemView *>(view);
    for (int column = 0; column < view->model()->columnCount(); ++column)
        QVERIFY2(view->columnWidth(column) >= table->sizeHintForColumn(column),
                 qPrintable(view->model()->headerData(column, Qt::Horizontal).toString()));
    QVERIFY(!view->horizontalScrollBar()->isVisible());
    QVERIFY(view->model()->headerData(SocketTableModel::Acknowledged, Qt::Horizontal, Qt::ToolTipRole).toString()
            == QLatin1String("Acknowledged")); // a label that gives way is whole in its tooltip
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
