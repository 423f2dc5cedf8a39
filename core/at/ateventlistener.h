// SPDX-License-Identifier: MIT
#pragma once

#include "atevent.h"

namespace bc25::at {

// Takes the AtParser's events by a direct call. The TransactionAssembler is
// the parser's listener: on bc25-decode's hot path a Qt signal per event
// costs more than routing the event (the eventParsed signal stays for tests).
class AtEventListener
{
public:
    virtual ~AtEventListener() = default;
    virtual void atEventParsed(const AtEvent &event) = 0;
};

} // namespace bc25::at
