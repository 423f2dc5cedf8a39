// SPDX-License-Identifier: MIT
#include "socketpanel.h"

#include "erroradvice.h"

#include "profile/moduleprofile.h"
#include "tabletext.h"

#include "modulecontrols.h"

#include "session/contextactivation.h"
#include "session/modulesession.h"
#include "bc25/errorcodes.h"
#include "bc25/operations.h"
#include "dialogs/opensocketdialog.h"
#include "models/sockettablemodel.h"
#include "panels/sockettableview.h"
#include "views/columnfit.h"
#include "views/statusline.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <algorithm>

namespace bc25::ui {

namespace {

// The local port first offered to a listener or a UDP service on a link
// where none was opened yet: any port the module takes (1-65535, manual 2.1.1).
constexpr int DefaultListenerPort = 5000;
// How far listenerPort() looks for a free one before it offers the last it tried.
constexpr int MaxPortsTried = 100;

// A TCP LISTENER or a UDP SERVICE: a local port of its own, no remote (manual 2.1.1).
bool isServer(ServiceType service)
{
    return service == ServiceType::TcpListener || service == ServiceType::UdpService;
}

} // namespace

void SocketPanel::setMostRowsShown(int rows)
{
    rows = std::clamp(rows, 1, std::max(1, m_model->rowCount()));
    m_view->setRowsAskedFor(rows);
    m_view->setMaximumHeight(m_view->horizontalHeader()->sizeHint().height() + rows * m_view->verticalHeader()->defaultSectionSize()
                             + 2 * m_view->frameWidth());
}

SocketPanel::SocketPanel(ModuleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SocketTableModel(session, this))
    , m_view(new SocketTableView(this))
    , m_progress(new QProgressBar(this))
    , m_status(new StatusLine(2, this)) // a refusal and its advice whole at 1280 px (561's is ~170 characters)
    , m_activate(new QPushButton(this))
    , m_activation(new ContextActivation(session->commands(), this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // The remote host takes what is left and elides last: a long name must not push
    // the counters (Unread above all) out of sight on a 1280-wide screen, and it is
    // not cut while a counter's wide label has room to give.
    // An open's failure in the State cell ("idle — 561 (…)") elides, whole in its
    // tooltip, before the other headers are shortened (a 1280-pixel screen).
    (new ColumnFit(m_view, SocketTableModel::Remote, this))->setYieldingColumn(SocketTableModel::State);
    m_view->setTextElideMode(Qt::ElideMiddle);
    // As many rows as the window gives it (setMostRowsShown), and no taller:
    // the height beyond them goes to the consoles under it, not to empty rows.
    // At 1280×720 the consoles keep theirs and the table scrolls the rest.
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMostRowsShown(m_model->rowCount());
    m_view->selectRow(0);
    TableText::installCopy(m_view);

    auto *tools = new QToolBar(this);
    tools->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // the panel's spare height is not the toolbar's
    QAction *openAction = tools->addAction(tr("Open…"), this, &SocketPanel::openWithDialog);
    ModuleControls::mark(openAction);
    openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O | Qt::SHIFT));
    openAction->setToolTip(tr("Open a socket (AT+QIOPEN)"));
    QAction *close = tools->addAction(tr("Close"), this, [this] {
        if (const QString error = m_session->sockets()->close(currentSocket()); !error.isEmpty())
            say(error);
    });
    close->setToolTip(tr("Close the selected socket (AT+QICLOSE)"));
    ModuleControls::mark(close);
    QAction *switchMode = tools->addAction(tr("Switch mode"), this, [this] {
        const int id = currentSocket();
        const AccessMode next = m_session->socket(id).accessMode == AccessMode::Buffer ? AccessMode::DirectPush
                                                                                        : AccessMode::Buffer;
        if (const QString error = m_session->sockets()->switchAccessMode(id, next); !error.isEmpty())
            say(error);
    });
    switchMode->setToolTip(tr("Switch between buffer access and direct push (AT+QISWTMD)"));
    ModuleControls::mark(switchMode);
    QAction *readNow = tools->addAction(tr("Read now"), this, [this] {
        if (const QString error = m_session->sockets()->readNow(currentSocket()); !error.isEmpty())
            say(error);
    });
    ModuleControls::mark(readNow);
    readNow->setToolTip(tr("Read the selected socket's buffer until it is empty (AT+QIRD)"));
    QAction *refresh = tools->addAction(tr("Refresh"), m_session->sockets(), &SocketTable::refreshAsked);
    ModuleControls::mark(refresh);
    // F5 belongs to Module → Refresh sockets: one action per shortcut, or Qt runs neither.
    refresh->setToolTip(tr("Ask the module for every socket's state (AT+QISTATE?, F5)"));

    m_progress->hide();
    m_progress->setTextVisible(true);
    // Two lines, whatever it says (the status bar says it whole too): the table does not move.
    m_status->setObjectName(QStringLiteral("sockets.status"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    // No taller than its parts: the main window gives the rest to the docks.
    layout->setSizeConstraint(QLayout::SetMinAndMaxSize);
    layout->addWidget(tools);
    layout->addWidget(m_view);
    // The open's progress beside the status line, no taller than its two
    // lines: the table does not jump when an open starts or ends. While no
    // open runs, the line has the progress's width too (a refusal's advice is long).
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 3);
    statusRow->addWidget(m_progress, 2);
    // The way out of a refused open, where the refusal is said (offerActivation).
    m_activate->setObjectName(QStringLiteral("sockets.activateContext"));
    ModuleControls::mark(m_activate); // it asks the module: off without one
    m_activate->hide();
    statusRow->addWidget(m_activate);
    layout->addLayout(statusRow);
    connect(m_activate, &QPushButton::clicked, this, &SocketPanel::activateContext);
    connect(m_activation, &ContextActivation::activated, this, [this](int contextId) {
        say(tr("Context %1 is active (AT+QIACT=%1 answered OK): open the socket again.").arg(contextId));
    });
    connect(m_activation, &ContextActivation::failed, this, [this](int contextId, const QString &text) {
        say(tr("Context %1 could not be activated: %2").arg(contextId).arg(text));
    });

    m_progressTimer.setInterval(200);
    connect(&m_progressTimer, &QTimer::timeout, this, &SocketPanel::updateProgress);
    connect(session->sockets(), &SocketTable::openFinished, this, &SocketPanel::onOpenFinished);
    // The news is what just happened, not the open before it (manual 2.1.7).
    connect(session->sockets(), &SocketTable::accessModeSwitched, this, [this](int id, AccessMode mode) {
        sayOfSocket(id, mode == AccessMode::DirectPush ? tr("Socket %1 now in direct push mode.").arg(id)
                                                       : tr("Socket %1 now in buffer access mode.").arg(id));
    });
    // "Socket 2 is open" is out of date once it is not, whoever closed it (the
    // terminal's or a recipe's AT+QICLOSE, the module's restart, the link's loss).
    connect(session->sockets(), &SocketTable::socketChanged, this, [this](int id) {
        const SocketInfo &socket = m_session->socket(id);
        if (id == m_lineAbout && !socket.inUse) {
            m_lineAbout = -1;
            forgetLine();
        }
        // "Socket 0 could not be opened: 561" is out of date once it is open (the
        // health check, a recipe or the terminal opened it since).
        if (id == m_refusedOpen && socket.inUse && socket.state != SocketState::Connecting) {
            m_refusedOpen = -1;
            forgetLine();
            offerActivation(-1);
        }
    });
    connect(session->sockets(), &SocketTable::closeFinished, this, [this](int id, bool ok, const QString &text) {
        say(ok ? tr("Socket %1 closed.").arg(id) : tr("Closing socket %1 failed: %2").arg(id).arg(text));
    });
}

void SocketPanel::setDefaultTarget(const QString &host, quint16 port)
{
    m_defaultHost = host;
    m_defaultPort = port;
    m_lastOpened.reset();
    m_lastClientRemotePort = 0;
    m_lastListenerPort = 0;
    m_failedServerPorts.clear();
}

int SocketPanel::currentSocket() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : 0;
}

OpenParameters SocketPanel::dialogDefaults() const
{
    const profile::ModuleLimits &limits = m_session->profile().limits();
    // What the dialog opened last on this link is what one opens again (the
    // same server, a second socket); a real module has no service of ours to
    // point at: the address is the user's to type.
    OpenParameters p;
    if (m_lastOpened)
        p = *m_lastOpened;
    else
        p.host = m_defaultHost;
    // Each type its own ports: after a listener (remote 0, a local port of its
    // own) a client is offered the peer's port again, and a listener never a client's 0.
    p.remotePort = m_lastClientRemotePort > 0 ? m_lastClientRemotePort : m_defaultPort > 0 ? m_defaultPort : 7;
    if (isServer(p.service)) {
        p.localPort = listenerPort();
        // A server's <IP_address> is the module's own (manual 2.1.1), when it has been read.
        if (p.host.isEmpty())
            p.host = m_session->moduleInfo().pdpAddress;
    }
    // The model's contexts, not the BC25's 1 (the BC660K has only 0).
    if (p.contextId < limits.firstContext || p.contextId > limits.lastContext)
        p.contextId = limits.firstContext;
    // The socket selected (the one its console shows) when it is free, else the first free one.
    const int selected = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    p.connectId = selected >= 0 && !m_session->socket(selected).inUse ? selected : m_session->sockets()->firstFreeSocket();
    return p;
}

int SocketPanel::listenerPort() const
{
    // A port the module already listens on, or one that just failed (574, port
    // busy), would only fail again (new-user pass 9 F2): the next one is offered.
    int port = m_lastListenerPort > 0 ? m_lastListenerPort : DefaultListenerPort;
    for (int tried = 0; tried < MaxPortsTried && !localPortIsFree(port); ++tried)
        port = port % 65535 + 1;
    return port;
}

bool SocketPanel::localPortIsFree(int port) const
{
    if (m_failedServerPorts.contains(port))
        return false;
    // A listener's port is its incoming connections' too: the table shows it on each.
    for (int id = 0; id < m_session->sockets()->socketCount(); ++id) {
        const SocketInfo &socket = m_session->socket(id);
        if (socket.inUse && socket.localPort == port)
            return false;
    }
    return !m_portIsFree || m_portIsFree(port);
}

void SocketPanel::openWithDialog()
{
    OpenSocketDialog dialog(m_session->profile().catalog(), this);
    dialog.setListenerPort(listenerPort());
    dialog.setModuleAddress(m_session->moduleInfo().pdpAddress);
    // A default target is the virtual module's own echo service (setDefaultTarget): only it has one.
    dialog.setAddressSource(m_session->profile().answers().activatesContexts, !m_defaultHost.isEmpty());
    dialog.setParameters(dialogDefaults());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const OpenParameters opened = dialog.parameters();
    if (!open(opened).isEmpty())
        return;
    m_lastOpened = opened;
    if (isServer(opened.service))
        m_lastListenerPort = opened.localPort;
    else
        m_lastClientRemotePort = opened.remotePort;
}

QString SocketPanel::open(const OpenParameters &parameters)
{
    const QString error = m_session->sockets()->open(parameters);
    if (!error.isEmpty()) {
        say(error);
        return error;
    }
    m_opening = parameters.connectId;
    m_openContexts.insert(parameters.connectId, parameters.contextId);
    m_openingServerPort = isServer(parameters.service) ? parameters.localPort : 0;
    m_openLimitMs = OpenOperation::timeoutMsFor(m_session->profile().catalog().spec(CommandId::Open), parameters.host);
    m_openClock.start();
    m_progress->setRange(0, m_openLimitMs);
    m_progress->setValue(0);
    m_progress->show();
    m_progressTimer.start();
    updateProgress();
    m_view->selectRow(parameters.connectId);
    return {};
}

void SocketPanel::updateProgress()
{
    const qint64 elapsed = m_openClock.elapsed();
    m_progress->setValue(int(qMin<qint64>(elapsed, m_openLimitMs)));
    m_progress->setFormat(tr("Opening socket %1: %2 s of up to %3 s").arg(m_opening).arg(elapsed / 1000)
                                  .arg(m_openLimitMs / 1000));
}

void SocketPanel::onOpenFinished(int connectId, bool ok, const QString &text)
{
    const int serverPort = connectId == m_opening ? std::exchange(m_openingServerPort, 0) : 0;
    if (connectId == m_opening) {
        m_progressTimer.stop();
        m_progress->hide();
        m_opening = -1;
    }
    if (!ok && serverPort > 0)
        m_failedServerPorts.insert(serverPort);
    if (ok) {
        sayOfSocket(connectId, tr("Socket %1 is open.").arg(connectId));
        return;
    }
    // What to do about it, in the model's terms (561 on a model whose
    // contexts are activated by hand: AT+QIACT, not AT+CGDCONT).
    const int code = m_session->socket(connectId).lastError;
    say(ErrorAdvice::withAdvice(tr("Socket %1 could not be opened: %2").arg(connectId).arg(text), code,
                                m_session->profile(), connectId));
    m_refusedOpen = connectId;
    // The module said the context is not up, on a model where bringing it up is
    // the host's part: the one command that does it, a click away.
    const bool noContext = code == ErrorCodes::OpenPdpContextFailed || code == ErrorCodes::PdpContextBrokenDown;
    if (noContext && m_session->profile().answers().activatesContexts)
        offerActivation(m_openContexts.value(connectId, -1));
}

void SocketPanel::offerActivation(int contextId)
{
    m_offeredContext = contextId;
    if (contextId < 0) {
        m_activate->hide();
        return;
    }
    m_activate->setText(tr("Activate context %1").arg(contextId));
    // The line beside it may be cut: the advice whole here, and what the button sends.
    m_activate->setToolTip(tr("%1\nSends AT+QIACT=%2; once the module answers OK, open the socket again.")
                                   .arg(ErrorAdvice::advice(ErrorCodes::OpenPdpContextFailed, m_session->profile()))
                                   .arg(contextId));
    m_activate->show();
}

void SocketPanel::activateContext()
{
    const int contextId = m_offeredContext;
    if (contextId < 0 || m_activation->isBusy())
        return;
    if (const QString refusal = m_activation->activate(contextId); !refusal.isEmpty()) {
        say(refusal);
        return;
    }
    // AT+QIACT may take long (the model's limit is in its command table): said, the offer gone meanwhile.
    say(tr("Activating context %1 (AT+QIACT=%1)…").arg(contextId));
}

QString SocketPanel::statusText() const
{
    return m_status->status();
}

void SocketPanel::sayOfSocket(int connectId, const QString &line)
{
    say(line);
    m_lineAbout = connectId;
}

void SocketPanel::say(const QString &line)
{
    m_lineAbout = -1;
    m_refusedOpen = -1;
    offerActivation(-1); // news of something else: the offer spoke of the refusal it replaces
    // The panel's line and the status bar tell the same news: never "closed" here and "open" there.
    m_status->setStatus(line);
    emit message(line);
}

void SocketPanel::forgetLine()
{
    // The status bar told the same news (say()): "Socket 0 is open." stayed
    // there after the terminal's AT+QICLOSE=0 (new-user pass 10, EN F6).
    const QString outdated = m_status->status();
    m_status->setStatus({});
    if (!outdated.isEmpty())
        emit messageOutdated(outdated);
}

void SocketPanel::clearMessage()
{
    offerActivation(-1);
    m_lineAbout = -1;
    m_status->setStatus({});
}

} // namespace bc25::ui
