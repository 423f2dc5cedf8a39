// SPDX-License-Identifier: MIT
#pragma once

#include "transport.h"

#include <QPointer>

namespace bc25::transport {

// One end of an in-memory byte pipe. Bytes written on one end arrive on the
// other on the next event-loop turn, like a real port. The workbench's built-in
// virtual module sits behind one; tests use it to stand in for a cable, to
// stall delivery and to inject errors (a pulled cable).
class MemoryTransport final : public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryTransport)
public:
    explicit MemoryTransport(QObject *parent = nullptr);

    // Connects two ends; each one's writes arrive on the other.
    static void connectPair(MemoryTransport *a, MemoryTransport *b);

    void open() override;
    void close() override;
    [[nodiscard]] bool isOpen() const override { return m_open; }
    void write(const QByteArray &bytes) override;
    [[nodiscard]] QString description() const override;

    // While stalled, written bytes are held back and delivered on release.
    void setStalled(bool stalled);
    // Reports an error as a real port would; DeviceRemoved also closes the end.
    void injectError(Error error);
    // Everything written on this end since construction, while recording (tests).
    [[nodiscard]] QByteArray writtenData() const { return m_written; }
    void setRecording(bool on) { m_recording = on; }
    // Bytes written and not yet delivered to the other end (the line's backlog).
    [[nodiscard]] qint64 pendingBytes() const { return m_inFlight + m_held.size(); }

private:
    void deliver(const QByteArray &bytes);
    void flushHeld();

    QPointer<MemoryTransport> m_peer;
    QByteArray m_written;
    QByteArray m_held;
    qint64 m_inFlight = 0;
    bool m_open = false;
    bool m_stalled = false;
    bool m_recording = true;
};

} // namespace bc25::transport
