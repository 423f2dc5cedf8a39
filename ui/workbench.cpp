// SPDX-License-Identifier: MIT
#include "workbench.h"

#include "connection/connectionbar.h"
#include "connection/modelcontrols.h"
#include "link/connection.h"
#include "link/modulestack.h"
#include "mainwindow.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>

namespace bc25::ui {

Workbench::Workbench(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
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
    m_window = std::make_unique<MainWindow>(&m_stack->session(), &connection);
    m_controls = new ModelControls(m_window.get(), &m_stack->session(), std::move(reading));
    connect(m_controls, &ModelControls::switchRequested, this, &Workbench::switchModel);
    m_window->show();
    m_window->connectionBar()->selectPort(port); // with its profile, if it has one
    // Another port chosen in the bar is read with the model it keeps: the
    // stack is built again for it once it has connected (not under --model).
    connect(&connection, &link::Connection::stateChanged, this, [this](link::Connection::State state) {
        if (state != link::Connection::State::Connected || !m_options.commandLineModel.isEmpty())
            return;
        const QString port = currentPort();
        if (port == m_builtFor || decide(port).reading().id() == m_stack->profile().id()) {
            m_builtFor = port;
            return;
        }
        QTimer::singleShot(0, this, [this, port] { rebuild(port); });
    });
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
    if (!profile::ModuleProfile::byId(model))
        return;
    const QString port = currentPort();
    QSettings settings;
    link::PortModel {model, basis}.save(settings, port);
    // Not inside the menu's or the bar's own signal: they belong to the window destroyed.
    QTimer::singleShot(0, this, [this, port] { rebuild(port); });
}

void Workbench::rebuild(const QString &port)
{
    // Closing saves the layout; the last window closing must not end the program here.
    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    m_window->close();
    m_controls = nullptr;
    m_window.reset();
    m_stack.reset();
    build(port);
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
    connectNow();
    emit rebuilt();
}

} // namespace bc25::ui
