// SPDX-License-Identifier: MIT
#include "socketreceiver.h"

#include "bc25/errorcodes.h"
#include "profile/moduleprofile.h"
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
        if (slot.socket->kind() == SimSocket::Kind::UdpService)
            slot.senders.emplace_back(slot.socket->lastSender().toString().toLatin1(), slot.socket->lastSenderPort());
        slot.buffered += node.size();
        slot.receivedTotal += node.size();
        arrived += node.size();
    }
    if (arrived > 0)
        reportRecv(id, arrived);
    if (slot.socket->hasData() && slot.buffered >= limit && !slot.fullReported) {
        // manual 2.2.3; the rest waits in the kernel (TCP) until the host reads
        slot.fullReported = true;
        if (m_module->profile().answers().reportsBufferFull)
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
    if (m_module->nv().showLength || m_recvIndication)
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
    const profile::AnswerForms &forms = m_module->profile().answers();
    auto push = [&](const QByteArray &data, const QByteArray &peer) {
        for (qsizetype at = 0; at < data.size(); at += chunk) {
            const QByteArray part = data.mid(at, chunk);
            // manual 2.2.2 and 2.1.11: header, then CR LF (viewmode 0) or a comma (viewmode 1)
            const QByteArray header = "\r\n+QIURC: \"recv\"," + number(id) + ',' + number(part.size()) + peer;
            if (forms.hexPushOnOneLine && nv.recvHex) // the BC660K's "recv",<id>,<len>,"<hex>"
                m_module->unsolicited(header + ",\"" + payloadText(part) + "\"\r\n");
            else
                m_module->unsolicited(header + (nv.viewMode ? "," : "\r\n") + payloadText(part) + "\r\n");
        }
    };
    // The LTE modules name a UDP SERVICE's peer after the length: ,"<ip>",<port>.
    const bool namesPeer = forms.udpServiceNamesPeer && slot.socket && slot.socket->kind() == SimSocket::Kind::UdpService;
    auto peerOf = [&](const std::pair<QByteArray, quint16> &sender) {
        return namesPeer ? ",\"" + sender.first + "\"," + number(sender.second) : QByteArray();
    };
    auto lineTakesMore = [this] { return m_module->outputBacklog() < VirtualModule::PushBacklogLimit; };
    // Only as fast as the line drains: what was buffered first, a piece at a
    // time, then the socket's; what waits stays there (TCP flow control).
    while (!slot.nodes.empty() && lineTakesMore()) {
        QByteArray &node = slot.nodes.front();
        const QByteArray part = node.left(chunk);
        const QByteArray peer = slot.senders.empty() ? QByteArray() : peerOf(slot.senders.front());
        node.remove(0, part.size()); // from the front: Qt 6 moves its start, no copy
        slot.buffered -= part.size();
        if (node.isEmpty()) {
            slot.nodes.pop_front();
            if (!slot.senders.empty())
                slot.senders.pop_front();
        }
        push(part, peer);
    }
    if (!slot.nodes.empty())
        return;
    slot.urcPending = false;
    while (slot.socket && slot.socket->hasData() && lineTakesMore()) {
        const QByteArray data = slot.socket->take(chunk);
        push(data, peerOf({slot.socket->lastSender().toString().toLatin1(), slot.socket->lastSenderPort()}));
    }
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
    const profile::AnswerForms &forms = m_module->profile().answers();
    if (maxLength == 0 && forms.readLengthsQuery) {
        // AT+QIRD=<connectID>,0 → +QIRD: <total_receive_length>,<have_read_length>,<unread_length>
        m_module->reply({"+QIRD: " + number(slot.receivedTotal) + ',' + number(slot.readTotal) + ','
                         + number(slot.buffered)});
        return;
    }
    if (maxLength < 0)
        maxLength = m_module->profile().limits().maxReadLength;
    if (slot.nodes.empty()) {
        slot.urcPending = false;
        m_module->reply({"+QIRD: 0"});
        onReadable(id); // data held back by a full buffer comes in now, with a new URC
        return;
    }
    QByteArray &node = slot.nodes.front();
    const QByteArray data = node.left(maxLength);
    QByteArray peer;
    if (forms.udpServiceNamesPeer && !slot.senders.empty()) // +QIRD: <length>,"<ip>",<port>
        peer = ",\"" + slot.senders.front().first + "\"," + number(slot.senders.front().second);
    node.remove(0, data.size());
    const qint64 remaining = node.size();
    if (node.isEmpty()) {
        slot.nodes.pop_front();
        if (!slot.senders.empty())
            slot.senders.pop_front();
    }
    slot.buffered -= data.size();
    slot.readTotal += data.size();
    QByteArray header = "+QIRD: " + number(data.size()) + peer;
    if (peer.isEmpty() && nv.showLength) // no <remaining_length> after a peer
        header += ',' + number(remaining); // manual 2.1.5 note 3: what is left of this node
    m_module->reply({header + (nv.viewMode ? "," : "\r\n") + payloadText(data)});
    if (slot.nodes.empty()) {
        slot.urcPending = false;
        slot.fullReported = false;
        onReadable(id);
    }
}

} // namespace bc25::sim
