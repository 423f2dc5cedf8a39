// SPDX-License-Identifier: MIT
#pragma once

#include "serialsettings.h"
#include "transport.h"

#include <QTimer>

class QSerialPort;

namespace bc25::transport {

// A Transport on a QSerialPort: a USB-serial cable or a pseudo-terminal.
// Asynchronous only (readyRead/bytesWritten, never waitFor*); a write that
// does not drain within the write timeout is an error, and ResourceError
// (the cable was pulled) closes quietly after one errorOccurred().
class SerialTransport final : public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SerialTransport)
public:
    explicit SerialTransport(const SerialSettings &settings, QObject *parent = nullptr);
    ~SerialTransport() override;

    void open() override;
    void close() override;
    [[nodiscard]] bool isOpen() const override;
    void write(const QByteArray &bytes) override;
    [[nodiscard]] QString description() const override;

    [[nodiscard]] const SerialSettings &settings() const { return m_settings; }
    // Why RTS or DTR could not be set as the settings ask, empty when they were
    // (or were left as is). Not fatal: a pseudo-terminal has no modem lines.
    [[nodiscard]] QString controlSignalProblem() const { return m_controlSignalProblem; }
    // Bytes accepted by write() but not yet handed to the device.
    [[nodiscard]] qint64 pendingBytes() const;

    // Bound of the write backlog: writes beyond it fail instead of growing memory.
    static constexpr qint64 MaxBacklog = 4 * 1024 * 1024;

private:
    void onReadyRead();
    void onBytesWritten(qint64 count);
    void onPortError(int error);
    void applyControlSignals();
    void fail(Error error, const QString &message);
    [[nodiscard]] QString systemReason() const;
    [[nodiscard]] QString openAdvice() const;

    SerialSettings m_settings;
    QSerialPort *m_port = nullptr;
    QTimer m_writeTimeout;
    QString m_controlSignalProblem;
    bool m_errorReported = false;
    bool m_settingUp = false; // opening and configuring: failures come back as return values
};

} // namespace bc25::transport
