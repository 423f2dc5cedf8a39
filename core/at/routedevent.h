// SPDX-License-Identifier: MIT
#pragma once

#include "atevent.h"
#include "resultline.h"

#include <QString>

namespace bc25::at {

// A parser event and what it turned out to be; the decoder prints it, the
// traffic view colours it. Valid only during the call or signal that carries it.
struct RoutedEvent
{
    enum class Role : quint8 {
        Echo, Response, Final, Prompt, Operation, Urc, Data, Unknown, Late, Overflow,
    };

    Role role = Role::Unknown;
    const AtEvent *event = nullptr;
    const ResultLine *line = nullptr; // for text lines
    quint64 transactionId = 0;        // 0: none
    int connectId = -1;               // Data: the socket, where known
    // Why the module's model does not expect this line (ProtocolRules::driftOf),
    // empty when it does: the line is still delivered as `role`.
    QString drift;
};

} // namespace bc25::at
