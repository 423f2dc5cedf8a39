// SPDX-License-Identifier: MIT
// SocketTable's reading side: AT+QIRD until the buffer is empty after each
// recv URC (manual 1.2), never once a close is written, and the socket URCs
// of chapter 2.2.
#include "sockettable.h"

#include "at/commandengine.h"
#include "bc25/catalogrules.h"
#include "bc25/commandcatalog.h"
#include "commandrunner.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSockets)

namespace bc25 {

QString SocketTable::readNow(int connectId)
{
    if (connectId < 0 || connectId >= m_socketCount)
        return Commands::read(catalog(), connectId, m_readChunk).error;
    if (const QString why = notReadable(connectId); !why.isEmpty())
        return why;
    drain(connectId, at::Source::Panel);
    return {};
}

void SocketTable::drain(int connectId, at::Source source)
{
    const size_t i = size_t(connectId);
    if (m_draining[i]) {
        m_drainAgain[i] = true;
        return;
    }
    if (const QString why = notReadable(connectId); !why.isEmpty()) {
        qCInfo(lcSockets).noquote() << why;
        return;
    }
    m_draining[i] = true;
    m_drainAgain[i] = false;
    BuildResult read = Commands::read(catalog(), connectId, m_readChunk);
    read.command.source = source;
    // A close written while the read waited its turn (a recipe's AT+QISEND then
    // AT+QICLOSE, a recv URC between them): the read would only fail (567).
    read.command.notSentBecause = [this, connectId] { return notReadable(connectId); };
    m_runner->submit(std::move(read), [this, connectId, i, source](const at::Transaction &t) {
        m_draining[i] = false;
        if (t.status == at::Transaction::Status::Timeout && !m_readAgainAfterTimeout[i]) {
            // Its answer may still come (late, delivered to this socket), and
            // more may wait in the module, which says nothing until its buffer
            // is empty (manual 1.2): read again, once.
            m_readAgainAfterTimeout[i] = true;
            qCInfo(lcSockets).noquote() << CommandRunner::failureText(t);
            drain(connectId);
            return;
        }
        if (t.ok())
            m_readAgainAfterTimeout[i] = false;
        if (!t.ok()) {
            // The workbench's own read failing is not the user's failure: the log says it.
            if (source == at::Source::Session)
                qCInfo(lcSockets).noquote() << CommandRunner::failureText(t);
            else
                emit m_runner->commandFailed(CommandRunner::failureText(t));
            return;
        }
        if (!t.data.isEmpty() || m_drainAgain[i]) {
            drain(connectId); // manual 1.2: no new URC until the buffer is empty
            return;
        }
        SocketInfo &s = mutableSocket(connectId);
        if (s.bufferFull || s.bytesUnread != 0) {
            s.bufferFull = false;
            s.bytesUnread = 0;
            emit socketChanged(connectId);
        }
    });
}

void SocketTable::onData(int connectId, const QByteArray &bytes, bool truncated)
{
    if (connectId >= 0 && connectId < m_socketCount) {
        SocketInfo &s = mutableSocket(connectId);
        s.bytesReceived += bytes.size();
        s.bytesUnread = qMax<qint64>(0, s.bytesUnread - bytes.size());
        emit socketChanged(connectId);
    }
    if (truncated)
        qCWarning(lcSockets) << "payload for socket" << connectId << "ended early after" << bytes.size() << "bytes";
    emit dataReceived(connectId, bytes, truncated);
}

void SocketTable::onUrc(const at::ResultLine &line)
{
    if (m_runner->engine()->assembler().rules().restartedBy(line)) {
        // The module rebooted (RDY) or went down (POWERED DOWN): every socket is
        // gone, and so is every pending second phase.
        m_draining.fill(false);
        m_drainAgain.fill(false);
        m_readAgainAfterTimeout.fill(false);
        m_unconfirmedSends.clear();
        m_closeWritten.fill(false);
        for (int id = 0; id < m_socketCount; ++id)
            resetSocket(id);
        emit moduleRestarted(tr("The module restarted (%1): its sockets were closed.").arg(QString::fromLatin1(line.text)));
        return;
    }
    const std::optional<Urc> urc = Urc::parse(line);
    if (!urc)
        return;
    onSocketUrc(*urc);
    emit urcReceived(*urc, line);
}

void SocketTable::onSocketUrc(const Urc &urc)
{
    const bool validId = urc.connectId >= 0 && urc.connectId < m_socketCount;
    switch (urc.type) {
    case Urc::Type::Recv:
        if (validId && !directPush(urc.connectId)) {
            if (urc.length > 0) {
                mutableSocket(urc.connectId).bytesUnread += urc.length;
                emit socketChanged(urc.connectId);
            }
            drain(urc.connectId);
        }
        break;
    case Urc::Type::BufferFull:
        if (!validId)
            break;
        mutableSocket(urc.connectId).bufferFull = true;
        emit socketChanged(urc.connectId);
        drain(urc.connectId);
        break;
    case Urc::Type::Closed:
        if (!validId)
            break;
        // manual 2.2.1: the socket is closing; the host must AT+QICLOSE it, and may still read.
        mutableSocket(urc.connectId).state = SocketState::RemoteClosing;
        emit socketChanged(urc.connectId);
        if (!directPush(urc.connectId))
            drain(urc.connectId);
        break;
    case Urc::Type::Incoming: {
        if (!validId)
            break;
        SocketInfo &s = mutableSocket(urc.connectId);
        s.inUse = true;
        m_closeWritten[urc.connectId] = false;
        s.service = "TCP INCOMING";
        s.remoteAddress = urc.remoteAddress;
        s.remotePort = urc.remotePort;
        s.serverId = urc.serverId;
        s.localPort = socket(urc.serverId).localPort;
        s.contextId = socket(urc.serverId).contextId;
        s.state = SocketState::Connected;
        s.accessMode = AccessMode::Buffer; // manual 2.2.5
        s.bytesSent = s.bytesAcknowledged = s.bytesReceived = s.bytesUnread = 0;
        emit socketChanged(urc.connectId);
        break;
    }
    case Urc::Type::IncomingFull:
        emit incomingConnectionRefused();
        break;
    case Urc::Type::PdpDeactivated:
        for (SocketInfo &s : m_sockets) {
            if (s.inUse && s.contextId == urc.contextId) {
                s.state = SocketState::Closed;
                emit socketChanged(s.connectId);
            }
        }
        break;
    case Urc::Type::DnsGip:
    case Urc::Type::Other:
        break;
    }
}

} // namespace bc25
