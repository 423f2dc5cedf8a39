// SPDX-License-Identifier: MIT
#pragma once

#include "bc25/responses.h"
#include "sim/simsocket.h"

#include <QByteArray>
#include <QPointer>

#include <deque>
#include <vector>

namespace bc25::sim {

// One of the module's sockets as AT+QISTATE shows it, with its receive buffer
// (one node per arrival, manual 2.1.5). SocketHandler owns the table, one per socket of the profile;
// SocketSender and SocketReceiver work on the same entries.
struct SocketSlot
{
    QPointer<SimSocket> socket;
    int contextId = 1;
    int accessMode = 0;
    QByteArray address;     // as QISTATE prints it
    int remotePort = 0;
    int localPort = 0;
    SocketState state = SocketState::Idle;
    // The LTE modules' QISTATE <serverID>: a listener's or service's own
    // connectID, an accepted connection's listener, 0 for a client.
    int serverId = 0;
    // AT+QIRD=<connectID>,0 on the LTE modules: bytes received and read so far.
    qint64 receivedTotal = 0;
    qint64 readTotal = 0;
    // AT+QISEND=<connectID>,0 on the LTE modules: bytes sent so far.
    qint64 sentTotal = 0;
    // A UDP SERVICE's datagrams: where each node came from (QIRD prints it).
    std::deque<std::pair<QByteArray, quint16>> senders;
    std::deque<QByteArray> nodes;
    qint64 buffered = 0;
    bool urcPending = false;
    bool fullReported = false;
};

using SocketSlots = std::vector<SocketSlot>;

} // namespace bc25::sim
