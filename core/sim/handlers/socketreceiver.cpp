// SPDX-License-Identifier: MIT
#include "socketreceiver.h"

#include "bc25/errorcodes.h"
#include "sim/virtualmodule.h"

#include <QScopedValueRollback>

namespace bc25::sim {

namespace {

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

} // namespace

SocketReceiver::SocketReceiver(VirtualModule *module, SocketSlots &table)
    : m_module(module)
    , m_slots(table)
{
}

void SocketReceiver::onOutputDrained()
{
    for (int id = 0; id < int(m_slots.size()); ++id) {
        const SocketSlot &slot = m_slots[size_t(id)];
        if (slot.socket && slot.accessMode == 1 && (!slot.nodes.empty() || slot.socket->hasData()))
            pushOut(id);
    }
}

void SocketReceiver::onReadable(int id)
{
    SocketSlot &slot = m_slots[size_t(id)];
    if (!slot.socket)
        return;
    if (slot.accessMode == 1) {
        pushOut(id);
        return;
    }
    // Buffer access mode: take what fits, one node per arrival.
    const qint64 limit = m_module->config().receiveBufferLimit;
    qint64 arrived = 0;
    while (slot.socket->hasData() && slot.buffered < limit) {
        const QByteArray node = slot.socket->take(limit - slot.buffered);
        if (node.isEmpty())
            break;
        slot.nodes.push_back(node);
        slot.buffered += node.size();
        arrived += node.size();
    }
    if (arrived > 0)
        reportRecv(id, arrived);
    if (slot.socket->hasData() && slot.buffered >= limit && !slot.fullReported) {
        // manual 2.2.3; the rest waits in the kernel (TCP) until the host reads
        slot.fullReported = true;
        m_module->urc("+QIURC: \"recv\"," + number(id) + ",\"buff full\"");
    }
    // A datagram has no flow control: one that finds the buffer full is lost, and counted.
    if (slot.socket->isDatagram() && slot.buffered >= limit) {
        while (slot.socket->hasData() && !slot.socket->take(limit).isNull())
            m_module->countDroppedDatagram();
    }
}

void SocketReceiver::reportRecv(int id, qint64 length)
{
    SocketSlot &slot = m_slots[size_t(id)];
    // manual 1.2: no new URC until the buffer has been read empty
    if (slot.urcPending)
        return;
    slot.urcPending = true;
    QByteArray line = "+QIURC: \"recv\"," + number(id);
    if (m_module->nv().showLength)
        line += ',' + number(length);
    m_module->urc(line);
}

void SocketReceiver::pushOut(int id)
{
    // Writing output can report a drained line at once; the loop below goes on by itself.
    if (m_pushing)
        return;
    const QScopedValueRollback<bool> pushing(m_pushing, true);
    SocketSlot &slot = m_slots[size_t(id)];
    const NvState &nv = m_module->nv();
    const int chunk = m_module->config().maxPushChunk;
    auto push = [&](const QByteArray &data) {
        for (qsizetype at = 0; at < data.size(); at += chunk) {
            const QByteArray part = data.mid(at, chunk);
            // manual 2.2.2 and 2.1.11: header, then CR LF (viewmode 0) or a comma (viewmode 1)
            const QByteArray header = "\r\n+QIURC: \"recv\"," + number(id) + ',' + number(part.size());
            m_module->unsolicited(header + (nv.viewMode ? "," : "\r\n") + payloadText(part) + "\r\n");
        }
    };
    auto lineTakesMore = [this] { return m_module->outputBacklog() < VirtualModule::PushBacklogLimit; };
    // Only as fast as the line drains: what was buffered first, a piece at a
    // time, then the socket's; what waits stays there (TCP flow control).
    while (!slot.nodes.empty() && lineTakesMore()) {
        QByteArray &node = slot.nodes.front();
        const QByteArray part = node.left(chunk);
        node.remove(0, part.size()); // from the front: Qt 6 moves its start, no copy
        slot.buffered -= part.size();
        if (node.isEmpty())
            slot.nodes.pop_front();
        push(part);
    }
    if (!slot.nodes.empty())
        return;
    slot.urcPending = false;
    while (slot.socket && slot.socket->hasData() && lineTakesMore())
        push(slot.socket->take(chunk));
}

QByteArray SocketReceiver::payloadText(const QByteArray &data) const
{
    return m_module->nv().recvHex ? data.toHex().toUpper() : data;
}

void SocketReceiver::read(int id, qint64 maxLength)
{
    SocketSlot &slot = m_slots[size_t(id)];
    if (!slot.socket) {
        m_module->replyError(ErrorCodes::SocketClosed);
        return;
    }
    if (slot.socket->kind() == SimSocket::Kind::TcpListener) {
        m_module->replyError(ErrorCodes::OperationNotAllowed);
        return;
    }
    const NvState &nv = m_module->nv();
    if (slot.nodes.empty()) {
        slot.urcPending = false;
        m_module->reply({"+QIRD: 0"});
        onReadable(id); // data held back by a full buffer comes in now, with a new URC
        return;
    }
    QByteArray &node = slot.nodes.front();
    const QByteArray data = node.left(maxLength);
    node.remove(0, data.size());
    const qint64 remaining = node.size();
    if (node.isEmpty())
        slot.nodes.pop_front();
    slot.buffered -= data.size();
    QByteArray header = "\r\n+QIRD: " + number(data.size());
    if (nv.showLength)
        header += ',' + number(remaining); // manual 2.1.5 note 3: what is left of this node
    m_module->replyFramed(header + (nv.viewMode ? "," : "\r\n") + payloadText(data) + "\r\n");
    if (slot.nodes.empty()) {
        slot.urcPending = false;
        slot.fullReported = false;
        onReadable(id);
    }
}

} // namespace bc25::sim
