// SPDX-License-Identifier: MIT
#include "serialtransport.h"

#include "translations.h"

#include <QSerialPort>

namespace bc25::transport {

namespace {
// Time allowed for the written backlog to drain before the port counts as
// stuck; generous, since 4 MiB at 9600 baud takes more than an hour and the
// timer restarts on every drained chunk.
constexpr int WriteStallMs = 5000;
}

SerialTransport::SerialTransport(const SerialSettings &settings, QObject *parent)
    : Transport(parent)
    , m_settings(settings)
    , m_port(new QSerialPort(this))
{
    m_writeTimeout.setSingleShot(true);
    m_writeTimeout.setInterval(WriteStallMs);
    connect(&m_writeTimeout, &QTimer::timeout, this, [this] {
        fail(Error::Write, tr("Writing to %1 timed out: the device accepts no data.").arg(m_settings.portName));
    });
    connect(m_port, &QSerialPort::readyRead, this, &SerialTransport::onReadyRead);
    connect(m_port, &QSerialPort::bytesWritten, this, &SerialTransport::onBytesWritten);
    connect(m_port, &QSerialPort::errorOccurred, this,
            [this](QSerialPort::SerialPortError error) { onPortError(error); });
}

SerialTransport::~SerialTransport() = default;

void SerialTransport::open()
{
    m_errorReported = false;
    m_port->setPortName(m_settings.portName);
    // Until the line is set up, each step's failure is its return value: one
    // OpenFailed with the step that failed, never a "lost link" for a refused setting.
    m_settingUp = true;
    if (!m_port->open(QIODevice::ReadWrite)) {
        m_settingUp = false;
        fail(Error::OpenFailed, Translations::joined(tr("Cannot open %1: %2").arg(m_settings.portName, systemReason()), openAdvice()));
        return;
    }
    const bool configured = m_port->setBaudRate(m_settings.baudRate)
            && m_port->setDataBits(m_settings.dataBits)
            && m_port->setParity(m_settings.parity)
            && m_port->setStopBits(m_settings.stopBits)
            && m_port->setFlowControl(m_settings.flowControl);
    if (!configured) {
        const QString reason = m_port->errorString();
        m_port->close();
        m_settingUp = false;
        fail(Error::OpenFailed, tr("Cannot configure %1: %2").arg(m_settings.portName, Translations::sentence(reason)));
        return;
    }
    applyControlSignals();
    m_settingUp = false;
    m_port->clearError();
    // Announce only once the line is configured, so nothing is written at a wrong rate.
    emit opened();
}

void SerialTransport::applyControlSignals()
{
    // Not fatal where they fail: a pseudo-terminal has no modem lines and still carries bytes.
    m_controlSignalProblem.clear();
    QStringList problems;
    if (m_settings.dataTerminalReady != ControlSignal::AsIs
        && !m_port->setDataTerminalReady(m_settings.dataTerminalReady == ControlSignal::On))
        problems << tr("DTR (%1)").arg(m_port->errorString());
    // With RTS/CTS flow control the driver drives RTS; Qt refuses to set it then.
    if (m_settings.requestToSend != ControlSignal::AsIs && m_settings.flowControl != QSerialPort::HardwareControl
        && !m_port->setRequestToSend(m_settings.requestToSend == ControlSignal::On))
        problems << tr("RTS (%1)").arg(m_port->errorString());
    if (!problems.isEmpty())
        m_controlSignalProblem = tr("%1 could not set %2.").arg(m_settings.portName, problems.join(tr(" and ")));
}

void SerialTransport::close()
{
    m_writeTimeout.stop();
    if (!m_port->isOpen())
        return;
    m_port->close();
    emit closed();
}

bool SerialTransport::isOpen() const
{
    return m_port->isOpen();
}

void SerialTransport::write(const QByteArray &bytes)
{
    if (!m_port->isOpen() || bytes.isEmpty())
        return;
    if (m_port->bytesToWrite() + bytes.size() > MaxBacklog) {
        fail(Error::Write, tr("The write backlog to %1 is full (%2 bytes): the device is not reading.")
                     .arg(m_settings.portName, QString::number(m_port->bytesToWrite())));
        return;
    }
    if (m_port->write(bytes) != bytes.size()) {
        fail(Error::Write, tr("Writing to %1 failed: %2").arg(m_settings.portName, systemReason()));
        return;
    }
    if (!m_writeTimeout.isActive())
        m_writeTimeout.start();
}

QString SerialTransport::description() const
{
    return m_settings.portName;
}

qint64 SerialTransport::pendingBytes() const
{
    return m_port->bytesToWrite();
}

void SerialTransport::onReadyRead()
{
    const QByteArray bytes = m_port->readAll();
    if (!bytes.isEmpty())
        emit bytesReceived(bytes);
}

void SerialTransport::onBytesWritten(qint64 count)
{
    if (m_port->bytesToWrite() == 0)
        m_writeTimeout.stop();
    else
        m_writeTimeout.start();
    emit bytesWritten(count);
}

void SerialTransport::onPortError(int error)
{
    if (m_settingUp)
        return; // open() reports it
    switch (static_cast<QSerialPort::SerialPortError>(error)) {
    case QSerialPort::NoError:
        return;
    case QSerialPort::ResourceError:
    case QSerialPort::ReadError:
        // The device went away under us (USB cable pulled: ResourceError; the far
        // end of a pty closed: a read error, EIO): close without further noise.
        fail(Error::DeviceRemoved, tr("%1 disappeared: %2").arg(m_settings.portName, systemReason()));
        return;
    case QSerialPort::WriteError:
    case QSerialPort::TimeoutError:
        fail(Error::Write, tr("Writing to %1 failed: %2").arg(m_settings.portName, systemReason()));
        return;
    default:
        fail(Error::Read, tr("Serial error on %1: %2").arg(m_settings.portName, systemReason()));
        return;
    }
}

QString SerialTransport::systemReason() const
{
    // A whole sentence: what follows it (the advice, the link marker) starts a new one.
    return Translations::sentence(m_port->errorString());
}

QString SerialTransport::openAdvice() const
{
    // Say what to do, not only what happened.
    switch (m_port->error()) {
    case QSerialPort::DeviceNotFoundError:
        // Most often a name mistyped or a module not plugged in: the fact here,
        // what to do where Reconnect is known (ui/connection/linkstatus.cpp, link/connection.cpp).
        return tr("No port has that name now.");
    case QSerialPort::PermissionError:
        return tr("Close the program that uses it, or get the right to use it (on Linux: the dialout group).");
    default:
        return {};
    }
}

void SerialTransport::fail(Error error, const QString &message)
{
    if (m_errorReported)
        return;
    m_errorReported = true;
    m_port->clearError();
    emit errorOccurred(error, message);
    if (error != Error::OpenFailed)
        close();
}

} // namespace bc25::transport
