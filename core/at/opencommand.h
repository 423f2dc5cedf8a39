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
    bool answerSeen = false; // a response line it owns came (after its echo, intact or garbled)
    bool garbledEchoSeen = false; // its echo came garbled on the line (AT+CSP for AT+CSQ)
    // Before its echo, another command's echo came (one that timed out, or bytes
    // written before the link opened): that command's answer runs to its final result.
    bool foreignAnswer = false;
    // Data the host wrote before the prompt came (one write with the command):
    // written after the prompt, as far as the module is concerned. After the
    // prompt: the part of the data written so far (a capture cuts it anywhere).
    QByteArray earlyData;
    bool earlyDataComplete = false;
    qint64 deadline = -1;
    // A second phase confirmed while an older one of its kind waited past its
    // limit, whose late answer no line tells from this one's (a lookup's, a
    // CLOSE OK): that command. The answer then says it may be the older's.
    QByteArray mayTakeLateAnswerOf;
};

} // namespace bc25::at
