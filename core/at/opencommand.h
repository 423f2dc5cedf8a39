// SPDX-License-Identifier: MIT
#pragma once

#include "atcommand.h"

namespace bc25::at {

// A command the assembler follows: its expectation, its record so far, and
// when it runs out of time (-1: never, in a log without times).
struct OpenCommand
{
    AtCommand command;
    Transaction transaction;
    bool promptSeen = false;
    bool dataSent = false;
    qint64 deadline = -1;
};

} // namespace bc25::at
