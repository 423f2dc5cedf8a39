// SPDX-License-Identifier: MIT
#pragma once

#include "atcommand.h"
#include "routedevent.h"

namespace bc25::at {

// Takes what the TransactionAssembler decides by a direct call, before its
// signals: bc25-decode's TrafficDecoder, where a Qt signal per routed event
// cost more than the decoding. Views keep using the signals.
class AssemblyListener
{
public:
    virtual ~AssemblyListener() = default;
    virtual void eventRouted(const RoutedEvent &event) = 0;
    virtual void transactionAssembled(const Transaction &transaction) = 0;
};

} // namespace bc25::at
