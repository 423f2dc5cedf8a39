// SPDX-License-Identifier: MIT
#include "memorytransport.h"

#include <QMetaObject>

namespace bc25::transport {

MemoryTransport::MemoryTransport(QObject *parent)
    : Transport(parent)
{
}

void MemoryTransport::connectPair(MemoryTransport *a, MemoryTransport *b)
{
    a->m_peer = b;
    b->m_peer = a;
}

void MemoryTransport::open()
{
    m_open = true;
    QMetaObject::invokeMethod(this, &MemoryTransport::opened, Qt::QueuedConnection);
}

void MemoryTransport::close()
{
    if (!m_open)
        return;
    m_open = false;
    emit closed();
}

void MemoryTransport::write(const QByteArray &bytes)
{
    if (!m_open || bytes.isEmpty())
        return;
    if (m_recording)
        m_written += bytes;
    if (m_stalled) {
        m_held += bytes;
        return;
    }
    deliver(bytes);
}

QString MemoryTransport::description() const
{
    return tr("in-memory pipe");
}

void MemoryTransport::setStalled(bool stalled)
{
    m_stalled = stalled;
    if (!stalled)
        flushHeld();
}

void MemoryTransport::injectError(Error error)
{
    emit errorOccurred(error, tr("injected error"));
    if (error == Error::DeviceRemoved)
        close();
}

void MemoryTransport::deliver(const QByteArray &bytes)
{
    const qint64 count = bytes.size();
    m_inFlight += count;
    QPointer<MemoryTransport> self = this;
    QPointer<MemoryTransport> peer = m_peer;
    // Delivered on the next turn; "written" once the other end has it.
    QMetaObject::invokeMethod(this, [self, peer, bytes, count] {
        if (peer && peer->m_open)
            emit peer->bytesReceived(bytes);
        if (self) {
            self->m_inFlight -= count;
            emit self->bytesWritten(count);
        }
    }, Qt::QueuedConnection);
}

void MemoryTransport::flushHeld()
{
    if (m_held.isEmpty())
        return;
    deliver(std::exchange(m_held, {}));
}

} // namespace bc25::transport
