// SPDX-License-Identifier: MIT
#include "workbench.h"

#include "connection/connectionbar.h"
#include "connection/modelcontrols.h"
#include "leavequestion.h"
#include "link/connection.h"
#include "link/modulestack.h"
#include "mainwindow.h"
#include "models/trafficmodel.h"
#include "models/transactionmodel.h"
#include "models/urclogmodel.h"
#include "session/modulesession.h"
#include "session/sockettable.h"

#include <QApplication>
#include <QCloseEvent>
#include <QSettings>
#include <QTimer>

namespace bc25::ui {

Workbench::Workbench(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_history {new TrafficModel(&m_historyOwner), new UrcLogModel(&m_historyOwner), new TransactionModel(&m_historyOwner),
                 {}, &m_historyOwner}
{
}

Workbench::~Workbench()
{
    // The window reads the stack: it goes first.
    m_window.reset();
    m_stack.reset();
}

link::ModelReading Workbench::decide(const QString &port) const
{
    const auto named = profile::ModuleProfile::byId(m_options.commandLineModel);
    if (!m_commandLineUsed && named)
        return {named, link::ModelBasis::Chosen};
    if (const auto kept = link::PortModel::load(QSettings(), port))
        return {profile::ModuleProfile::byId(kept->id), kept->basis};
    // A port that keeps nothing, opened later: --model is still what the user asked for.
    if (named)
        return {named, link::ModelBasis::Chosen};
    return {profile::ModuleProfile::bc25(), link::ModelBasis::Default};
}

void Workbench::build(const QString &port)
{
    // --model wins once, at start; a switch afterwards is the port's choice.
    link::ModelReading reading = decide(port);
    m_commandLineUsed = true;
    m_builtFor = port;

    m_stack = std::make_unique<link::ModuleStack>(profile::ModuleProfile::byId(reading.reading().id()));
    link::Connection &connection = m_stack->connection();
    connection.setVirtualModuleOptions(m_options.virtualOptions);
    if (!m_options.captureFolder.isEmpty())
        connection.setCaptureFolder(m_options.captureFolder);
    connection.setAutoReconnect(QSettings().value(QStringLiteral("connection/reconnect"), false).toBool());
    m_window = std::make_unique<MainWindow>(&m_stack->session(), &connection, nullptr, &m_history);
    m_controls = new ModelControls(m_window.get(), &m_stack->session(), std::move(reading));
    connect(m_controls, &ModelControls::switchRequested, this, &Workbench::switchModel);
    m_question = new LeaveQuestion(m_window.get(), &m_stack->session());
    m_closeAgreed = false;
    m_window->installEventFilter(this);
    m_window->show();
    m_window->connectionBar()->selectPort(port); // with its profile, if it has one
    m_window->connectionBar()->setConnectGate([this](const QString &chosen) { return beforeConnect(chosen); });
}

bool Workbench::beforeConnect(const QString &port)
{
    // Another port chosen in the bar — picked or typed — is read with the model it
    // keeps (--model is the start's): the stack is built again for it before it
    // opens, so it opens once.
    if (port == m_builtFor)
        return true;
    const link::ModelReading reading = decide(port);
    if (reading.reading().id() == m_stack->profile().id()) {
        m_builtFor = port;
        return true;
    }
    // The baud and line settings the bar shows now go with it.
    const link::PortProfile shown = m_window->connectionBar()->profile();
    m_question->askBeforeSwitch(reading.reading().name(), false, [this, port, shown] {
        m_rebuildQueued = true;
        QTimer::singleShot(0, this, [this, port, shown] { rebuild(port, true, shown); });
    });
    return false;
}

bool Workbench::eventFilter(QObject *watched, QEvent *event)
{
    // Quit, Ctrl+Q and the window's close button: a recipe not saved is asked about first.
    if (watched != m_window.get() || event->type() != QEvent::Close || m_closeAgreed || !m_question->closeLosesWork())
        return QObject::eventFilter(watched, event);
    event->ignore();
    m_question->askBeforeClose([this] {
        m_closeAgreed = true;
        QTimer::singleShot(0, m_window.get(), [this] { m_window->close(); });
    });
    return true;
}

void Workbench::connectNow(std::optional<qint32> baud)
{
    if (baud)
        m_window->connectionBar()->setBaudRate(*baud);
    m_window->connectionBar()->connectNow();
}

QString Workbench::currentPort() const
{
    const ConnectionBar *bar = m_window->connectionBar();
    return bar->virtualSelected() ? QString() : bar->profile().serial.portName;
}

void Workbench::switchModel(const QByteArray &model, link::ModelBasis basis)
{
    const auto chosen = profile::ModuleProfile::byId(model);
    if (!chosen || m_rebuildQueued)
        return;
    const QString port = currentPort();
    // Deliberately disconnected: nothing is opened or sent; the model is read from the next Connect.
    const link::Connection &connection = m_stack->connection();
    const bool reconnect = connection.state() == link::Connection::State::Connected
        || connection.state() == link::Connection::State::Connecting
        || (connection.state() == link::Connection::State::Lost && connection.autoReconnect());
    m_question->askBeforeSwitch(chosen->name(), reconnect, [this, port, model, basis, reconnect] {
        QSettings settings;
        link::PortModel {model, basis}.save(settings, port);
        // Not inside the menu's or the bar's own signal: they belong to the window destroyed.
        m_rebuildQueued = true;
        QTimer::singleShot(0, this, [this, port, reconnect] { rebuild(port, reconnect); });
    });
}

void Workbench::rebuild(const QString &port, bool reconnect, std::optional<link::PortProfile> profile)
{
    // Closing saves the layout; the last window closing must not end the program here.
    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    m_rebuildQueued = false;
    m_closeAgreed = true; // asked before the switch
    // The link ends here, and the sockets with it: the consoles say so
    // before the switch's marker, as when a link is closed by hand.
    if (m_stack->connection().state() != link::Connection::State::Disconnected)
        m_stack->connection().disconnectFromModule();
    m_window->close();
    m_controls = nullptr;
    m_question = nullptr;
    m_window.reset();
    m_stack.reset();
    const qsizetype consolesBefore = m_history.consoles.size();
    build(port);
    // The history stays, the consoles' too; one line says where the module began
    // to be read as another model: the next link's marker, or a line of its own
    // when nothing reconnects. Consoles of sockets the model lacks go, and it says so.
    QString model = m_stack->profile().name();
    if (const int sockets = m_stack->session().sockets()->socketCount(); consolesBefore > sockets) {
        //: a model switch's marker: "BC25 (sockets 0–5: the consoles of sockets 6–11 are gone)"
        model = consolesBefore - sockets > 1
                ? tr("%1 (sockets 0–%2: the consoles of sockets %3–%4 are gone)")
                          .arg(model).arg(sockets - 1).arg(sockets).arg(consolesBefore - 1)
                //: a model switch's marker: "BC660K-GL (sockets 0–4: the console of socket 5 is gone)"
                : tr("%1 (sockets 0–%2: the console of socket %3 is gone)").arg(model).arg(sockets - 1).arg(sockets);
    }
    if (reconnect)
        m_window->markNextLinkAs(model);
    else
        m_window->markViews(tr("——— Now read as %1 ———").arg(model));
    if (profile)
        m_window->connectionBar()->setProfile(*profile);
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
    if (reconnect)
        connectNow();
    emit rebuilt();
}

} // namespace bc25::ui
