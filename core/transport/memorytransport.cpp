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
    QMetaObject::invokeMethod(this, [this, count] { emit bytesWritten(count); }, Qt::QueuedConnection);
    if (!m_peer)
        return;
    QPointer<MemoryTransport> peer = m_peer;
    QMetaObject::invokeMethod(peer, [peer, bytes] {
        if (peer && peer->m_open)
            emit peer->bytesReceived(bytes);
    }, Qt::QueuedConnection);
}

void MemoryTransport::flushHeld()
{
    if (m_held.isEmpty())
        return;
    deliver(std::exchange(m_held, {}));
}

} // namespace bc25::transport
