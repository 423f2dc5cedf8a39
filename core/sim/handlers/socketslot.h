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
    std::deque<QByteArray> nodes;
    qint64 buffered = 0;
    bool urcPending = false;
    bool fullReported = false;
};

using SocketSlots = std::vector<SocketSlot>;

} // namespace bc25::sim
