// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "commandstatus.h"
#include "driftstatus.h"
#include "modulecontrols.h"
#include "views/elidingstatusbar.h"

#include "session/commandrunner.h"
#include "session/modulesession.h"
#include "session/modulestatus.h"
#include "profile/moduleprofile.h"
#include "connection/connectionbar.h"
#include "connection/linkstatus.h"
#include "link/connection.h"
#include "dialogs/captureviewer.h"
#include "dialogs/quickreference.h"
#include "health/healthpanel.h"
#include "soak/soakpanel.h"
#include "models/trafficmodel.h"
#include "models/transactionmodel.h"
#include "models/urclogmodel.h"
#include "panels/consolepanel.h"
#include "panels/dnspanel.h"
#include "panels/modulesettingspanel.h"
#include "panels/ntppanel.h"
#include "panels/pingpanel.h"
#include "panels/socketpanel.h"
#include "panels/terminalpanel.h"
#include "panels/transactionspanel.h"
#include "panels/urclogpanel.h"
#include "quick/quickcommandspanel.h"
#include "recipes/recipespanel.h"
#include "sim/virtualmodule.h"
#include "views/dockfit.h"
#include "views/statusline.h"
#include "views/screenfit.h"
#include "views/tabmemory.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QGuiApplication>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>

namespace bc25::ui {

namespace {
// The consoles' height in the default layout, and the least a fit leaves them.
constexpr int ConsolesHeight = 230;
// Below this window height the socket table keeps to LaptopSocketRows rows.
constexpr int TallWindowHeight = 900;
constexpr int LaptopSocketRows = 6;
constexpr int SignalRefreshMs = 30000;
// Room for a window manager's title bar and borders around the window.
constexpr int FrameAllowance = 60;
} // namespace

MainWindow::MainWindow(ModuleSession *session, link::Connection *connection, QWidget *parent, ViewHistory *kept)
    : QMainWindow(parent)
    , m_session(session)
    , m_connection(connection)
    , m_traffic(kept ? kept->traffic : new TrafficModel(this))
    , m_urcLog(kept ? kept->urcLog : new UrcLogModel(this))
    , m_transactions(kept ? kept->transactions : new TransactionModel(this))
    // One line each, cut with "…" and whole in a tooltip when the bar is too
    // narrow for them (Chinese, a 1600-pixel screen): never clipped unsaid.
    , m_stateLabel(new StatusLine(1, this))
    , m_moduleLabel(new StatusLine(1, this))
    , m_signalLabel(new StatusLine(1, this))
{
    setWindowTitle(tr("BC25 Workbench"));
    setObjectName(QStringLiteral("window.main"));
    setDockNestingEnabled(true);
    m_kept = kept;
    m_connectionBar = new ConnectionBar(connection, this);
    addToolBar(m_connectionBar);

    m_sockets = new SocketPanel(session, this);
    setCentralWidget(m_sockets);
    createDocks();
    createMenus();

    setStatusBar(new ElidingStatusBar(this)); // a message elided left of the permanent fields
    m_commandStatus = new CommandStatus(statusBar(), session, this);
    statusBar()->addWidget(m_stateLabel, 1);
    for (StatusLine *summary : {m_moduleLabel, m_signalLabel}) {
        summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // its text's width while there is room
        statusBar()->addPermanentWidget(summary);
    }
    auto *driftLabel = new QLabel(this);
    statusBar()->addPermanentWidget(driftLabel);
    m_driftStatus = new DriftStatus(driftLabel, session, this);
    m_linkStatus = new LinkStatus(m_stateLabel, connection, session, this);
    // Where one link ended and the next began, in the terminal, every console and the URC log.
    connect(m_linkStatus, &LinkStatus::marker, this, &MainWindow::markViews);

    // Raw traffic, each row known as the workbench's own or not by the engine's routing.
    m_traffic->follow(session);
    // The session's log: every URC and every transaction, as the capture viewer shows them too.
    m_urcLog->follow(session->log());
    m_transactions->setSession(session);
    // The model, not the window: a kept history outlives this window.
    connect(session->log(), &SessionLog::transactionAdded, m_transactions,
            [transactions = m_transactions](const at::Transaction &t) { transactions->appendLive(t); });
    // A bare ERROR's reason, read next with AT+QIGETERROR, in the failed command's row.
    connect(session->commands(), &CommandRunner::errorExplained, m_transactions, &TransactionModel::explain);
    connect(session, &ModuleSession::overflowed, this, [this](qint64, qint64 discarded) {
        statusBar()->showMessage(tr("The module printed a line longer than the parser keeps; its start is in the "
                                    "terminal, %n further byte(s) were skipped up to the line end.", nullptr, int(discarded)), 10000);
    });
    connect(session, &ModuleSession::unknownLine, this, [this](const QByteArray &line) {
        statusBar()->showMessage(tr("Unrecognised output shown raw in the terminal: %1").arg(QString::fromLatin1(line.left(80))), 5000);
    });

    connect(connection, &link::Connection::stateChanged, this,
            [this](link::Connection::State state, const QString &message) {
        // A message of the link before ("Socket 1 is open.") would hide the link's new state.
        statusBar()->clearMessage();
        ModuleControls::setEnabled(this, state == link::Connection::State::Connected);
        m_soak->setModuleConnected(state == link::Connection::State::Connected, message,
                                   state == link::Connection::State::Disconnected);
        if (state == link::Connection::State::Connected) {
            m_driftStatus->reset(); // counted since this link opened
            m_signalRefresh.start();
            useLinkServices();
        } else {
            m_signalRefresh.stop();
            m_sockets->clearMessage();
        }
        updateModuleStatus();
    });
    connect(connection, &link::Connection::captureFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(session->status(), &ModuleStatus::changed, this, &MainWindow::updateModuleStatus);
    connect(session->sockets(), &SocketTable::moduleRestarted, this,
            [this] { statusBar()->showMessage(tr("The module restarted (RDY); every socket was closed."), 10000); });
    connect(m_sockets, &SocketPanel::message, this, [this](const QString &m) { m_commandStatus->show(m); });
    connect(m_sockets, &SocketPanel::messageOutdated, m_commandStatus, &CommandStatus::withdraw);
    m_signalRefresh.setInterval(SignalRefreshMs);
    connect(&m_signalRefresh, &QTimer::timeout, session->status(), &ModuleStatus::refresh);

    // The default size, on a laptop's 1280×720 too (a saved geometry replaces it).
    // The window manager's title bar and borders come on top of the size asked
    // for: a screen that cannot hold the default with them gets the window
    // maximised, so the status bar is never below the screen's edge.
    const QSize available = QGuiApplication::primaryScreen()->availableSize();
    const QSize preferred(1280, 820);
    resize(preferred.boundedTo(available));
    if (available.width() < preferred.width() + FrameAllowance || available.height() < preferred.height() + FrameAllowance)
        setWindowState(windowState() | Qt::WindowMaximized);
    m_defaultState = saveState();
    // Whatever needs a module is off, with the reason, until one is connected.
    ModuleControls::setEnabled(this, connection->state() == link::Connection::State::Connected);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::markViews(const QString &line)
{
    m_traffic->append(TrafficModel::Way::Note, line.toUtf8());
    m_consoles->markLink(line);
    m_urcLog->appendMarker(line);
}

void MainWindow::markNextLinkAs(const QString &modelName)
{
    m_linkStatus->markNextLinkAs(modelName);
}

void MainWindow::useLinkServices()
{
    if (m_connection->isVirtual()) {
        // The demo needs no network: its own echo and time services.
        m_sockets->setDefaultTarget(QStringLiteral("127.0.0.1"), m_connection->echoPort());
        // Its listeners take this computer's ports: another workbench's demo may hold 5000.
        m_sockets->setLocalPortTest([this](int port) {
            return !m_connection->virtualModule() || m_connection->virtualModule()->localPortIsFree(quint16(port));
        });
        m_ntp->setServer(QStringLiteral("127.0.0.1"), m_connection->timePort());
        m_virtualTimePort = m_connection->timePort();
        return;
    }
    // Another module: the virtual one's loopback services mean nothing to it.
    m_sockets->setDefaultTarget({}, 0);
    m_sockets->setLocalPortTest({});
    if (m_virtualTimePort != 0 && m_ntp->server() == QLatin1String("127.0.0.1") && m_ntp->port() == m_virtualTimePort) {
        QSettings settings;
        m_ntp->setServer(settings.value(QStringLiteral("tools/ntpServer"), QStringLiteral("pool.ntp.org")).toString(),
                         settings.value(QStringLiteral("tools/ntpPort"), 123).toInt());
    }
    m_virtualTimePort = 0;
}

void MainWindow::createDocks()
{
    auto dock = [this](QWidget *content, const QString &title, const char *name, Qt::DockWidgetArea area) {
        auto *widget = new QDockWidget(title, this);
        widget->setObjectName(QLatin1String(name)); // ASCII, stable across languages (STYLE.md rule 12)
        widget->setWidget(content);
        addDockWidget(area, widget);
        return widget;
    };
    m_consoles = new ConsolePanel(m_session, this, m_kept && m_kept->owner ? m_kept : nullptr);
    auto *tools = new QTabWidget(this);
    m_ping = new PingPanel(m_session, tools);
    m_ntp = new NtpPanel(m_session, tools);
    m_dns = new DnsPanel(m_session, tools);
    m_settings = new ModuleSettingsPanel(m_session, tools);
    tools->addTab(m_ping, tr("Ping"));
    tools->addTab(m_ntp, tr("NTP"));
    tools->addTab(m_dns, tr("DNS"));
    // The settings form is the tallest tab: it scrolls rather than make the window taller than 720.
    auto *settingsScroll = new QScrollArea(tools);
    settingsScroll->setWidget(m_settings);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    tools->addTab(settingsScroll, tr("Settings"));
    TabMemory::remember(tools, QStringLiteral("tools"));
    m_urcPanel = new UrcLogPanel(m_urcLog, m_session->sockets()->socketCount(), this);
    connect(m_urcPanel, &UrcLogPanel::message, this, [this](const QString &m) { m_commandStatus->show(m); });
    m_terminal = new TerminalPanel(m_session, m_traffic, this);
    m_transactionsPanel = new TransactionsPanel(m_transactions, this);
    m_recipes = new RecipesPanel(m_session, m_connection, this);
    connect(m_recipes, &RecipesPanel::message, this, [this](const QString &m) { m_commandStatus->show(m); });
    m_diagnostics = new QTabWidget(this);
    m_diagnostics->setObjectName(QStringLiteral("diagnostics.tabs"));
    m_health = new HealthPanel(m_session, m_connection, m_diagnostics);
    addDiagnosticsTab(m_health, tr("Health check"));
    m_soak = new SoakPanel(m_session, m_diagnostics);
    addDiagnosticsTab(m_soak, tr("Soak monitor"));
    TabMemory::remember(m_diagnostics, QStringLiteral("diagnostics"));
    connect(m_health, &HealthPanel::message, this, [this](const QString &m) { m_commandStatus->show(m); });

    QDockWidget *consoles = dock(m_consoles, tr("Consoles"), "dock.consoles", Qt::BottomDockWidgetArea);
    QDockWidget *toolsDock = dock(tools, tr("Tools"), "dock.tools", Qt::RightDockWidgetArea);
    QDockWidget *urcs = dock(m_urcPanel, tr("URC log"), "dock.urclog", Qt::BottomDockWidgetArea);
    QDockWidget *terminal = dock(m_terminal, tr("Terminal"), "dock.terminal", Qt::RightDockWidgetArea);
    QDockWidget *transactions = dock(m_transactionsPanel, tr("Transactions"), "dock.transactions",
                                     Qt::BottomDockWidgetArea);
    tabifyDockWidget(urcs, consoles);
    tabifyDockWidget(consoles, transactions); // a tab of the bottom area, not a new column
    tabifyDockWidget(toolsDock, terminal);
    // Saved commands a click away, beside the terminal whose engine they go through.
    tabifyDockWidget(terminal, dock(new QuickCommandsPanel(m_session, QuickCommandStore::defaultPath(), this),
                                    tr("Quick commands"), "dock.quick", Qt::RightDockWidgetArea));
    QDockWidget *recipes = dock(m_recipes, tr("Recipes"), "dock.recipes", Qt::RightDockWidgetArea);
    tabifyDockWidget(terminal, recipes);
    tabifyDockWidget(recipes, dock(m_diagnostics, tr("Diagnostics"), "dock.diagnostics", Qt::RightDockWidgetArea));
    consoles->raise();
    toolsDock->raise();
    // The right-hand docks (the tools, the recipes, the diagnostics: lists and
    // forms) take the window's whole height; the consoles sit under the sockets.
    // On a 720-pixel screen the health check's plan and evidence need it more
    // than the consoles need the width.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    resizeDocks({consoles}, {ConsolesHeight}, Qt::Vertical); // the sockets and the tools keep the rest of a 720 screen
    // A click on a socket's row shows its console.
    connect(m_sockets->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, consoles](const QModelIndex &current) {
        if (!current.isValid())
            return;
        m_consoles->showConsole(current.row());
        consoles->raise();
    });
    // A socket opened or closed from the terminal shows its console too, as a
    // click on its row does (a recipe's or a quick command's do not take the view).
    connect(m_session->sockets(), &SocketTable::openedOrClosedBy, this, [this, consoles](int id, at::Source source) {
        if (source != at::Source::Terminal && source != at::Source::Raw)
            return;
        m_sockets->view()->selectRow(id);
        m_consoles->showConsole(id);
        consoles->raise();
    });
    connect(m_transactionsPanel, &TransactionsPanel::showBytesRequested, this, &MainWindow::showTransactionBytes);
    connect(m_transactionsPanel, &TransactionsPanel::message, this,
            [this](const QString &m) { m_commandStatus->show(m); });
}

int MainWindow::addDiagnosticsTab(QWidget *tab, const QString &title)
{
    return m_diagnostics->addTab(tab, title);
}

void MainWindow::showTransactionBytes(qint64 writtenMs, const QByteArray &command)
{
    const int row = m_traffic->findTransmit(writtenMs, command);
    if (row < 0) {
        statusBar()->showMessage(tr("The bytes of %1 are no longer in the terminal.").arg(QString::fromLatin1(command)),
                                 5000);
        return;
    }
    if (!m_terminal->showRow(row)) {
        statusBar()->showMessage(tr("The bytes of %1 are hidden by Hide polling in the terminal.")
                                         .arg(QString::fromLatin1(command)), 5000);
        return;
    }
    if (auto *terminal = findChild<QDockWidget *>(QStringLiteral("dock.terminal"))) {
        terminal->show();
        terminal->raise();
    }
}

void MainWindow::updateModuleStatus()
{
    const ModuleInfo &info = m_session->moduleInfo();
    const QString model = info.identification.size() > 1 ? info.identification.at(1) : info.identification.value(0);
    // The module's words (its model, its revision) inside the window's: "Revision" is said in the window's language.
    if (model.isEmpty())
        m_moduleLabel->setStatus({});
    else if (info.revision.isEmpty())
        m_moduleLabel->setStatus(model);
    else
        m_moduleLabel->setStatus(tr("%1, revision %2").arg(model, info.revision));
    // Without a module there is no signal or registration to speak of, not even "unknown".
    if (m_connection->state() != link::Connection::State::Connected) {
        m_signalLabel->setStatus({});
        return;
    }
    QString signal;
    if (info.rssi >= 0 && info.rssi <= 31)
        signal = tr("Signal %1 dBm (CSQ %2)").arg(-113 + 2 * info.rssi).arg(info.rssi);
    else
        signal = tr("Signal unknown");
    signal += QStringLiteral(" · ") + ModuleStatus::registrationText(info.registration);
    if (info.attached == 1)
        signal += QStringLiteral(" · ") + tr("attached");
    if (!info.pdpAddress.isEmpty())
        signal += QStringLiteral(" · ") + info.pdpAddress;
    m_signalLabel->setStatus(signal);
}

QString MainWindow::statusText() const
{
    return m_stateLabel->status() + QLatin1Char('|') + m_moduleLabel->status() + QLatin1Char('|') + m_signalLabel->status();
}

void MainWindow::openCapture(const QString &path)
{
    // Read with the rules of the model it was made with (its header's), as bc25-decode reads it;
    // a capture that names none is a BC25's (CaptureFormat).
    const auto named = CaptureViewer::modelOf(path);
    auto *viewer = new CaptureViewer(named ? named : profile::ModuleProfile::bc25(), this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!viewer->load(path, &error)) {
        delete viewer;
        QMessageBox::warning(this, tr("Open capture"), error);
        return;
    }
    viewer->show();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // Restored as for a normal window: a hidden maximised one has Qt keep the
    // saved dock sizes and lay them out again at each resize until the state
    // "fits" (QMainWindowLayout's restored state), which undid DockFit's
    // rows for the socket table when a maximised window from a larger
    // screen opened on a 1280×720 one.
    const Qt::WindowStates states = windowState();
    setWindowState(states & ~(Qt::WindowMaximized | Qt::WindowFullScreen));
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    setWindowState(states);
    m_connectionBar->setBaudRate(settings.value(QStringLiteral("connection/baud"), 115200).toInt());
    // The last port that opened stays on offer, listed or not (a pulled adapter, a udev path).
    m_connectionBar->addUsedPort(settings.value(QStringLiteral("connection/port")).toString());
    m_connectionBar->setReconnect(settings.value(QStringLiteral("connection/reconnect"), false).toBool());
    m_ping->setHost(settings.value(QStringLiteral("tools/pingHost"), QStringLiteral("localhost")).toString());
    m_ntp->setServer(settings.value(QStringLiteral("tools/ntpServer"), QStringLiteral("pool.ntp.org")).toString(),
                     settings.value(QStringLiteral("tools/ntpPort"), 123).toInt());
    m_transactionsPanel->setShowSession(settings.value(QStringLiteral("transactions/showSession"), false).toBool());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    // The port itself is remembered when it opens, with its profile (ConnectionBar).
    settings.setValue(QStringLiteral("connection/baud"), m_connectionBar->settings().baudRate);
    settings.setValue(QStringLiteral("connection/reconnect"), m_connection->autoReconnect());
    settings.setValue(QStringLiteral("tools/pingHost"), m_ping->host());
    // The virtual module's own time service moves with each start: not a choice to keep.
    if (!(m_connection->isVirtual() && m_ntp->port() == m_connection->timePort())) {
        settings.setValue(QStringLiteral("tools/ntpServer"), m_ntp->server());
        settings.setValue(QStringLiteral("tools/ntpPort"), m_ntp->port());
    }
    settings.setValue(QStringLiteral("transactions/showSession"), m_transactionsPanel->showsSession());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Checked once the window is mapped, where the window manager has placed it.
    if (!std::exchange(m_shownOnce, true))
        QMetaObject::invokeMethod(this, [this] { ScreenFit::keepOnScreen(this); }, Qt::QueuedConnection);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // Once the layout has followed the new size: a smaller window (or a layout
    // restored from a larger screen) still shows the six sockets whole.
    // A laptop's 720 pixels keep the consoles' height: six socket rows, the
    // rest scroll; a taller window shows a twelve-socket model's rows whole.
    m_sockets->setMostRowsShown(height() >= TallWindowHeight ? m_session->sockets()->socketCount() : LaptopSocketRows);
    QMetaObject::invokeMethod(this, [this] {
        if (isVisible())
            DockFit::giveCentralItsRows(this, m_sockets->view(), ConsolesHeight);
    }, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace bc25::ui
