// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace bc25::transport {

// The byte pipe between the command engine and a module: a serial port, a
// pseudo-terminal or an in-memory pair. The engine sees only this interface,
// so tests can stand any transport in for a real cable.
class Transport : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        OpenFailed,       // the device could not be opened or configured
        Write,            // a write failed or timed out
        Read,
        DeviceRemoved,    // the cable was pulled / the device vanished
    };
    Q_ENUM(Error)

    using QObject::QObject;
    ~Transport() override = default;

    // Starts opening. Success is reported by opened(), failure by errorOccurred().
    virtual void open() = 0;
    virtual void close() = 0;
    [[nodiscard]] virtual bool isOpen() const = 0;
    // Queues bytes for the device; never blocks.
    virtual void write(const QByteArray &bytes) = 0;
    // A human-readable name of the endpoint ("/dev/ttyUSB0", "virtual module").
    [[nodiscard]] virtual QString description() const = 0;

signals:
    void opened();
    void bytesReceived(const QByteArray &bytes);
    void bytesWritten(qint64 count);
    // At most one error per open cycle; after DeviceRemoved the transport is closed.
    void errorOccurred(bc25::transport::Transport::Error error, const QString &message);
    void closed();
};

} // namespace bc25::transport
