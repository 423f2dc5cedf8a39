// SPDX-License-Identifier: MIT
#pragma once

#include "transport.h"

#include <QByteArray>

class QSocketNotifier;

namespace bc25::transport {

// The master side of a pseudo-terminal: whatever opens slavePath() (a
// QSerialPort, socat, minicom) talks to this object. The virtual module sits
// behind it, and integration tests use it as a real serial line.
class PtyTransport final : public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PtyTransport)
public:
    explicit PtyTransport(QObject *parent = nullptr);
    ~PtyTransport() override;

    void open() override;
    void close() override;
    [[nodiscard]] bool isOpen() const override { return m_master >= 0; }
    void write(const QByteArray &bytes) override;
    [[nodiscard]] QString description() const override;

    // The device path a serial program opens, e.g. /dev/pts/7; empty until open.
    [[nodiscard]] QString slavePath() const { return m_slavePath; }
    // Bytes waiting because the pty buffer is full.
    [[nodiscard]] qint64 pendingBytes() const { return m_pending.size(); }

private:
    void onReadable();
    void onWritable();
    void flushPending();

    int m_master = -1;
    int m_slaveKeepAlive = -1; // keeps the line discipline raw and avoids EIO between clients
    QString m_slavePath;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_pending;
};

} // namespace bc25::transport
