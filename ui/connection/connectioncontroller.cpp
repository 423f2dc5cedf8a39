// SPDX-License-Identifier: MIT
#include "connectioncontroller.h"

#include "at/commandengine.h"
#include "session/modulesession.h"
#include "capture/capturewriter.h"
#include "link/enginelink.h"
#include "sim/echoservice.h"
#include "sim/virtualmodule.h"
#include "transport/ptytransport.h"
#include "transport/serialtransport.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSerialPortInfo>

namespace bc25::ui {

namespace {
constexpr int ReconnectPollMs = 1000;
}

ConnectionController::ConnectionController(at::CommandEngine *engine, ModuleSession *session, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_session(session)
    , m_link(std::make_unique<link::EngineLink>(engine))
{
    m_reconnect.setInterval(ReconnectPollMs);
    connect(&m_reconnect, &QTimer::timeout, this, &ConnectionController::tryReconnect);
    connect(engine, &at::CommandEngine::rawTransmitted, this, [this](const QByteArray &bytes) {
        if (m_capture && !m_capture->write(capture::CaptureRecord::Direction::Transmit, bytes))
            emit captureFailed(m_capture->errorString());
    });
    connect(engine, &at::CommandEngine::rawReceived, this, [this](const QByteArray &bytes) {
        if (m_capture && !m_capture->write(capture::CaptureRecord::Direction::Receive, bytes))
            emit captureFailed(m_capture->errorString());
    });
}

ConnectionController::~ConnectionController()
{
    m_userDisconnect = true;
    teardown();
}

QString ConnectionController::portDescription() const
{
    if (m_virtual)
        return tr("Virtual BC25 (built-in)");
    return m_settings.portName;
}

quint16 ConnectionController::echoPort() const
{
    return m_echo ? m_echo->port() : 0;
}

QString ConnectionController::capturePath() const
{
    return m_capture ? m_capture->path() : QString();
}

void ConnectionController::connectSerial(const transport::SerialSettings &settings)
{
    teardown();
    m_userDisconnect = false;
    m_virtual = false;
    m_settings = settings;
    setState(State::Connecting, tr("Opening %1 at %2 baud…").arg(settings.portName).arg(settings.baudRate));
    m_serial = std::make_unique<transport::SerialTransport>(settings);
    attach(m_serial.get());
    m_serial->open();
}

void ConnectionController::connectVirtual()
{
    teardown();
    m_userDisconnect = false;
    m_virtual = true;
    setState(State::Connecting, tr("Starting the virtual BC25…"));
    m_pty = std::make_unique<transport::PtyTransport>();
    m_pty->open();
    if (!m_pty->isOpen()) {
        setState(State::Disconnected, tr("The virtual module needs a pseudo-terminal, and none could be created."));
        return;
    }
    sim::SimConfig config;
    m_module = std::make_unique<sim::VirtualModule>(config);
    m_module->attachTo(m_pty.get());
    m_echo = std::make_unique<sim::EchoService>();
    m_echo->start(0);
    transport::SerialSettings settings;
    settings.portName = m_pty->slavePath();
    settings.baudRate = 921600;
    m_settings = settings;
    m_serial = std::make_unique<transport::SerialTransport>(settings);
    attach(m_serial.get());
    m_serial->open();
}

void ConnectionController::disconnectFromModule()
{
    m_userDisconnect = true;
    m_reconnect.stop();
    teardown();
    setState(State::Disconnected, tr("Disconnected."));
}

void ConnectionController::attach(transport::Transport *transport)
{
    connect(transport, &transport::Transport::opened, this, &ConnectionController::onOpened);
    connect(transport, &transport::Transport::errorOccurred, this,
            [this](transport::Transport::Error error, const QString &message) { onError(int(error), message); });
    m_link->setTransport(transport);
}

void ConnectionController::onOpened()
{
    startCapture();
    setState(State::Connected, tr("Connected to %1.").arg(portDescription()));
    m_session->synchronize();
}

void ConnectionController::onError(int error, const QString &message)
{
    using Error = transport::Transport::Error;
    if (Error(error) == Error::OpenFailed) {
        setState(State::Disconnected, message);
        if (m_autoReconnect && !m_virtual && !m_userDisconnect)
            m_reconnect.start();
        return;
    }
    // The engine has already failed everything pending; keep the window, say what happened.
    setState(State::Lost, m_autoReconnect && !m_virtual
                 ? tr("%1 — waiting for the port to come back.").arg(message)
                 : message);
    if (m_autoReconnect && !m_virtual && !m_userDisconnect)
        m_reconnect.start();
}

void ConnectionController::tryReconnect()
{
    if (m_state == State::Connected || m_userDisconnect) {
        m_reconnect.stop();
        return;
    }
    // A USB adapter that comes back is listed again; a device path (a pty, a
    // udev symlink) simply exists again.
    bool back = QFileInfo::exists(m_settings.portName);
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts())
        back = back || info.portName() == m_settings.portName || info.systemLocation() == m_settings.portName;
    if (back) {
        m_reconnect.stop();
        connectSerial(m_settings);
    }
}

void ConnectionController::teardown()
{
    m_link->setTransport(nullptr);
    m_engine->abortAll(tr("Disconnected from the module."));
    if (m_capture)
        m_capture->close();
    m_capture.reset();
    m_serial.reset();
    m_module.reset();
    m_pty.reset();
    m_echo.reset();
}

void ConnectionController::setState(State state, const QString &message)
{
    m_state = state;
    emit stateChanged(state, message);
}

void ConnectionController::startCapture()
{
    if (m_captureFolder.isEmpty())
        return;
    QDir folder(m_captureFolder);
    folder.mkpath(QStringLiteral("."));
    // Names start with the time, so name order is age order.
    QStringList old = folder.entryList({QStringLiteral("*.bc25cap")}, QDir::Files, QDir::Name);
    while (old.size() >= MaxKeptCaptures)
        folder.remove(old.takeFirst());
    const QString name = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
            + QStringLiteral(".bc25cap");
    m_capture = std::make_unique<capture::CaptureWriter>();
    if (!m_capture->open(QDir(m_captureFolder).filePath(name))) {
        emit captureFailed(m_capture->errorString());
        m_capture.reset();
        return;
    }
    m_capture->write(capture::CaptureRecord::Direction::Note, portDescription().toUtf8());
}

} // namespace bc25::ui
