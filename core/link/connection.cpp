// SPDX-License-Identifier: MIT
#include "connection.h"

#include "sim/simoptions.h"

#include "at/commandengine.h"
#include "enginelink.h"
#include "session/modulesession.h"
#include "bc25/trafficdecoder.h"
#include "capture/capturewriter.h"
#include "profile/moduleprofile.h"
#include "sim/echoservice.h"
#include "sim/simoptions.h"
#include "sim/timeservice.h"
#include "sim/virtualmodule.h"
#include "transport/memorytransport.h"
#include "transport/serialtransport.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSerialPortInfo>

namespace bc25::link {

namespace {

// What Reconnect waits for after an open failed, as a sentence: a name no port
// has may be mistyped, so what is waited for, and what to check if it never comes.
QString waitingToOpen(const QString &portName)
{
    if (!QFileInfo::exists(portName))
        return Connection::tr("Waiting for a port called %1 to appear (its module plugged in); if none will, check the name.")
                .arg(portName);
    return Connection::tr("Trying %1 again until it opens.").arg(portName);
}

constexpr int ReconnectPollMs = 1000;
}

Connection::Connection(at::CommandEngine *engine, ModuleSession *session, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_session(session)
    , m_link(std::make_unique<EngineLink>(engine))
{
    m_reconnect.setInterval(ReconnectPollMs);
    connect(&m_reconnect, &QTimer::timeout, this, &Connection::tryReconnect);
    // Who wrote each command, so that a capture's transactions keep their source.
    connect(engine, &at::CommandEngine::commandStarted, this, [this](quint64, const QByteArray &, at::Source source) {
        record(capture::CaptureRecord::Direction::Note, TrafficDecoder::sourceNote(source));
    });
    connect(engine, &at::CommandEngine::rawTransmitted, this,
            [this](const QByteArray &bytes) { record(capture::CaptureRecord::Direction::Transmit, bytes); });
    connect(engine, &at::CommandEngine::rawReceived, this,
            [this](const QByteArray &bytes) { record(capture::CaptureRecord::Direction::Receive, bytes); });
}

Connection::~Connection()
{
    m_userDisconnect = true;
    teardown();
}

QString Connection::portDescription() const
{
    if (m_virtual && !m_activeOptions.isEmpty())
        return tr("Virtual %1 (built-in; %2)").arg(modelName(), m_activeOptions.join(QStringLiteral(", ")));
    if (m_virtual)
        return virtualModuleName();
    return m_settings.portName;
}

QString Connection::virtualModuleName() const
{
    return tr("Virtual %1 (built-in)").arg(modelName());
}

QString Connection::modelName() const
{
    return m_engine->profile().name();
}

QString Connection::lineNote() const
{
    return m_serial ? m_serial->controlSignalProblem() : QString();
}

quint16 Connection::echoPort() const
{
    return m_echo ? m_echo->port() : 0;
}

quint16 Connection::timePort() const
{
    return m_time ? m_time->port() : 0;
}

QString Connection::capturePath() const
{
    return m_capture ? m_capture->path() : QString();
}

void Connection::connectSerial(const transport::SerialSettings &settings, at::LineEnding typedLineEnding)
{
    teardown();
    m_session->forget(); // the previous module's sockets and status are not this one's
    m_userDisconnect = false;
    m_openFailed = false;
    m_virtual = false;
    m_settings = settings;
    m_typedLineEnding = typedLineEnding;
    m_session->setTypedLineEnding(typedLineEnding);
    setState(State::Connecting, tr("Opening %1 at %2 baud…").arg(settings.portName, QString::number(settings.baudRate)));
    m_serial = std::make_unique<transport::SerialTransport>(settings);
    attach(m_serial.get());
    m_serial->open();
}

void Connection::connectVirtual()
{
    sim::SimConfig config;
    for (const QString &option : std::as_const(m_virtualOptions))
        sim::SimOptions::apply(config, option);
    startVirtual(config, m_virtualOptions);
}

void Connection::connectVirtual(const sim::SimConfig &config)
{
    startVirtual(config, {});
}

void Connection::startVirtual(const sim::SimConfig &config, const QStringList &options)
{
    teardown();
    m_session->forget(); // the previous module's sockets and status are not this one's
    m_userDisconnect = false;
    m_openFailed = false;
    m_virtual = true;
    m_activeOptions = options;
    setState(State::Connecting, tr("Starting the virtual %1…").arg(modelName()));
    m_hostEnd = std::make_unique<transport::MemoryTransport>();
    m_moduleEnd = std::make_unique<transport::MemoryTransport>();
    transport::MemoryTransport::connectPair(m_hostEnd.get(), m_moduleEnd.get());
    // A demo may run for hours: keep no copy of what went through.
    m_hostEnd->setRecording(false);
    m_moduleEnd->setRecording(false);
    m_module = std::make_unique<sim::VirtualModule>(m_engine->sharedProfile(), config);
    m_module->attachTo(m_moduleEnd.get());
    m_echo = std::make_unique<sim::EchoService>();
    m_echo->start(0);
    m_time = std::make_unique<sim::TimeService>();
    m_time->start(0);
    m_settings = transport::SerialSettings {};
    m_session->setTypedLineEnding(at::LineEnding::Cr); // a profile is a serial port's
    attach(m_hostEnd.get());
    m_moduleEnd->open();
    m_hostEnd->open();
}

void Connection::disconnectFromModule()
{
    m_userDisconnect = true;
    m_openFailed = false;
    m_reconnect.stop();
    teardown();
    m_session->forget();
    setState(State::Disconnected, tr("Disconnected."));
}

void Connection::attach(transport::Transport *transport)
{
    connect(transport, &transport::Transport::opened, this, &Connection::onOpened);
    connect(transport, &transport::Transport::errorOccurred, this,
            [this](transport::Transport::Error error, const QString &message) { onError(int(error), message); });
    m_link->setTransport(transport);
}

void Connection::onOpened()
{
    startCapture();
    QString message = tr("Connected to %1.").arg(portDescription());
    // A port without modem lines (a pseudo-terminal) still carries bytes: say it, go on.
    if (!lineNote().isEmpty())
        message += QLatin1Char(' ') + lineNote();
    setState(State::Connected, message);
    m_session->synchronize();
}

void Connection::onError(int error, const QString &message)
{
    using Error = transport::Transport::Error;
    if (Error(error) == Error::OpenFailed) {
        // Reconnect ticked waits for a port that is not there yet, as for one pulled out.
        m_openFailed = true;
        const bool retrying = m_autoReconnect && !m_virtual && !m_userDisconnect;
        setState(State::Disconnected, retrying ? tr("%1 %2").arg(message, waitingToOpen(m_settings.portName)) : message);
        if (retrying)
            m_reconnect.start();
        return;
    }
    // The engine has already failed everything pending; keep the window, say
    // what happened, and show nothing of the module that may be stale.
    noteLinkClosed(message);
    m_session->forget();
    setState(State::Lost, m_autoReconnect && !m_virtual
                 ? tr("%1 — waiting for the port to come back.").arg(message)
                 : message);
    if (m_autoReconnect && !m_virtual && !m_userDisconnect)
        m_reconnect.start();
}

void Connection::setAutoReconnect(bool on)
{
    if (m_autoReconnect == on)
        return;
    m_autoReconnect = on;
    // A port lost, or one that would not open: ticked now, it is waited for.
    const bool failed = m_state == State::Lost || (m_state == State::Disconnected && m_openFailed);
    if (!failed || m_virtual || m_userDisconnect)
        return;
    if (on) {
        m_reconnect.start();
        setState(m_state, m_state == State::Lost ? tr("Waiting for %1 to come back.").arg(m_settings.portName)
                                                 : waitingToOpen(m_settings.portName));
    } else {
        m_reconnect.stop();
    }
}

void Connection::tryReconnect()
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
        connectSerial(m_settings, m_typedLineEnding);
    }
}

void Connection::noteLinkClosed(const QString &reason)
{
    // The decoder fails what was open at this note, as the engine did live.
    record(capture::CaptureRecord::Direction::Note, TrafficDecoder::linkClosedNote(reason));
}

void Connection::record(capture::CaptureRecord::Direction direction, const QByteArray &bytes)
{
    if (!m_capture || m_capture->write(direction, bytes))
        return;
    // Said once, and the recording ends there: records after a lost one would
    // decode as if nothing were missing between them (a command without its
    // answer, data without its length).
    const QString why = m_capture->errorString();
    m_capture.reset();
    emit captureFailed(why);
}

void Connection::teardown()
{
    m_link->setTransport(nullptr);
    const QString reason = tr("Disconnected from the module.");
    m_engine->abortAll(reason);
    noteLinkClosed(reason); // a failed note ends the recording itself
    m_capture.reset();      // closes the file
    m_serial.reset();
    m_module.reset();
    m_hostEnd.reset();
    m_moduleEnd.reset();
    m_echo.reset();
    m_time.reset();
}

void Connection::setState(State state, const QString &message)
{
    m_state = state;
    emit stateChanged(state, message);
}

void Connection::startCapture()
{
    if (!m_captureFile.isEmpty()) {
        openCapture(m_captureFile);
        return;
    }
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
    openCapture(QDir(m_captureFolder).filePath(name));
}

void Connection::openCapture(const QString &path)
{
    m_capture = std::make_unique<capture::CaptureWriter>();
    if (!m_capture->open(path, m_engine->profile().id())) {
        emit captureFailed(m_capture->errorString());
        m_capture.reset();
        return;
    }
    record(capture::CaptureRecord::Direction::Note, portDescription().toUtf8());
}

} // namespace bc25::link
