// SPDX-License-Identifier: MIT
#include "sendqueue.h"

#include "commandrunner.h"
#include "sockettable.h"

#include "at/commandengine.h"
#include "profile/moduleprofile.h"

#include <algorithm>

namespace bc25 {

SendQueue::SendQueue(CommandRunner *runner, SocketTable *sockets, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_sockets(sockets)
    , m_maxChunk(runner->engine()->profile().limits().maxSendLength)
{
    // After the socket table's own count of the same late SEND OK (it connected first).
    connect(runner->engine(), &at::CommandEngine::lateOperationResult, this, &SendQueue::onLateOperationResult);
}

QString SendQueue::send(int connectId, const QByteArray &payload, Mode mode, at::Source source)
{
    // Said plainly: "<send_length> is 0; the manual allows 1-512" would blame a
    // parameter the user never typed (an empty send field, an empty file).
    if (payload.isEmpty())
        return tr("Nothing to send.");
    const CommandCatalog &catalog = m_runner->engine()->profile().catalog();
    const int maxChunk = this->maxChunk(mode);
    const quint64 sendId = m_nextSendId++;
    std::deque<Chunk> chunks;
    for (qsizetype at = 0; at < payload.size(); at += maxChunk) {
        Chunk chunk;
        chunk.sendId = sendId;
        chunk.connectId = connectId;
        chunk.bytes = payload.mid(at, maxChunk);
        chunk.form = mode == Mode::Hex ? SendForm::Hex : Commands::chooseSendForm(catalog, chunk.bytes);
        chunk.source = source;
        chunk.total = payload.size();
        chunk.last = at + maxChunk >= payload.size();
        const BuildResult check = Commands::send(catalog, connectId, chunk.bytes, chunk.form);
        if (!check.ok())
            return check.error;
        chunks.push_back(std::move(chunk));
    }
    for (Chunk &chunk : chunks)
        m_queue.push_back(std::move(chunk));
    sendNext();
    return {};
}

int SendQueue::maxChunk(Mode mode) const
{
    // A hex send's part is what one AT+QISENDEX carries in the model's form (at
    // least a byte: a model without AT+QISENDEX refuses the first part).
    if (mode == Mode::Hex)
        return std::max(1, std::min(m_maxChunk, Commands::maxHexSendBytes(m_runner->engine()->profile().catalog())));
    return m_maxChunk;
}

qint64 SendQueue::pendingBytes() const
{
    qint64 total = 0;
    for (const Chunk &chunk : m_queue)
        total += chunk.bytes.size();
    return total;
}

void SendQueue::sendNext()
{
    // manual 4.1.2: a second send before SEND OK is refused, so one at a time.
    if (m_inFlight || m_queue.empty())
        return;
    const Chunk chunk = m_queue.front();
    BuildResult built = Commands::send(m_runner->engine()->profile().catalog(), chunk.connectId, chunk.bytes, chunk.form);
    built.command.source = chunk.source;
    m_inFlight = true;
    built.command.onOperationFinished = [this, chunk](const at::OperationResult &r) {
        m_inFlight = false;
        if (!r.ok()) {
            if (r.status == at::OperationResult::Status::Timeout)
                rememberTimedOut(r.id, chunk);
            chunkFailed(chunk, CommandRunner::failureText(r));
            return;
        }
        if (!m_queue.empty() && m_queue.front().sendId == chunk.sendId)
            m_queue.pop_front();
        const qint64 acknowledged = m_acknowledged[chunk.sendId] += chunk.bytes.size();
        emit chunkFinished(chunk.connectId, chunk.bytes.size(), true, chunk.form, {}, chunk.sendId, chunk.source);
        if (chunk.last) {
            m_acknowledged.remove(chunk.sendId);
            emit sendFinished(chunk.connectId, chunk.total, chunk.total, true, {}, chunk.sendId, chunk.source);
        } else if (m_stopped.contains(chunk.sendId)) {
            m_acknowledged.remove(chunk.sendId);
            emit sendFinished(chunk.connectId, acknowledged, chunk.total, false, m_stopped.take(chunk.sendId), chunk.sendId,
                              chunk.source);
        }
        sendNext();
    };
    const quint64 command = m_runner->submit(std::move(built), [this, chunk](const at::Transaction &t) {
        if (t.ok())
            return; // the socket table counts it, as every send (SocketTable::bytesSent)
        m_inFlight = false;
        if (t.status == at::Transaction::Status::Timeout)
            rememberTimedOut(t.id, chunk); // its data may have gone: a late SEND OK says so
        chunkFailed(chunk, CommandRunner::failureText(t));
    });
    m_sockets->carriedByQueue(command); // its end is told by chunkFinished, not SocketTable::sendEnded
}

void SendQueue::chunkFailed(const Chunk &chunk, const QString &message)
{
    emit chunkFinished(chunk.connectId, chunk.bytes.size(), false, chunk.form, message, chunk.sendId, chunk.source);
    failSend(chunk.sendId, message);
    sendNext();
}

void SendQueue::rememberTimedOut(quint64 commandId, const Chunk &chunk)
{
    if (m_timedOutParts.size() >= MaxTimedOutParts)
        m_timedOutParts.erase(std::min_element(m_timedOutParts.keyBegin(), m_timedOutParts.keyEnd()).base());
    m_timedOutParts.insert(commandId, {chunk, m_acknowledged.value(chunk.sendId)});
}

void SendQueue::onLateOperationResult(quint64 commandId, bool done)
{
    // The socket table counted the bytes (SocketTable::lateSendConfirmed); the
    // send those bytes were part of says so too, instead of "stopped" alone.
    const auto it = m_timedOutParts.constFind(commandId);
    if (it == m_timedOutParts.cend())
        return;
    const TimedOutPart part = *it;
    m_timedOutParts.erase(it);
    if (!done)
        return; // SEND FAIL, late: the send stopped there, as it said
    const Chunk &chunk = part.chunk;
    const qint64 acknowledged = part.acknowledgedBefore + chunk.bytes.size();
    emit sendSettledLate(chunk.connectId, acknowledged, chunk.total, chunk.last && acknowledged == chunk.total,
                         chunk.sendId, chunk.source);
}

void SendQueue::failSend(quint64 sendId, const QString &message)
{
    qint64 unsent = 0;
    int connectId = -1;
    qint64 total = 0;
    at::Source source = at::Source::Panel;
    while (!m_queue.empty() && m_queue.front().sendId == sendId) {
        unsent += m_queue.front().bytes.size();
        connectId = m_queue.front().connectId;
        total = m_queue.front().total;
        source = m_queue.front().source;
        m_queue.pop_front();
    }
    m_acknowledged.remove(sendId);
    m_stopped.remove(sendId);
    if (connectId >= 0)
        emit sendFinished(connectId, total - unsent, total, false, message, sendId, source);
}

void SendQueue::cancel(int connectId, const QString &reason)
{
    // The front part may be on its way (m_inFlight): it stays and ends with
    // SEND OK or SEND FAIL, and its send ends then, stopped.
    const auto first = m_inFlight && !m_queue.empty() ? std::next(m_queue.begin()) : m_queue.begin();
    const quint64 inFlight = m_inFlight && !m_queue.empty() ? m_queue.front().sendId : 0;
    struct Stopped
    {
        quint64 sendId;
        qint64 total;
        at::Source source;
    };
    QList<Stopped> stopped;
    for (auto it = first; it != m_queue.end();) {
        if (it->connectId != connectId) {
            ++it;
            continue;
        }
        if (std::none_of(stopped.cbegin(), stopped.cend(), [&it](const Stopped &s) { return s.sendId == it->sendId; }))
            stopped.append({it->sendId, it->total, it->source});
        it = m_queue.erase(it);
    }
    for (const Stopped &send : std::as_const(stopped)) {
        if (send.sendId == inFlight) {
            m_stopped.insert(send.sendId, reason);
            continue;
        }
        emit sendFinished(connectId, m_acknowledged.take(send.sendId), send.total, false, reason, send.sendId, send.source);
    }
}

void SendQueue::failAll(const QString &reason, const std::function<void()> &abort)
{
    // Take the queue first, so that the aborted send does not start the next one.
    std::deque<Chunk> unsent;
    unsent.swap(m_queue);
    if (abort)
        abort();
    m_inFlight = false;
    m_queue.swap(unsent);
    while (!m_queue.empty())
        failSend(m_queue.front().sendId, reason);
}

} // namespace bc25
