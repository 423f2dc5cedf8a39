// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>

namespace bc25::at {

// A line the module printed that is a command's echo: the TransactionAssembler
// tells its own command's echo, garbled on the line, from another command's.

// Whether `text` starts as a command does ("AT", either case). Asked of every line.
[[nodiscard]] inline bool startsLikeCommand(QByteArrayView text)
{
    return text.size() >= 2 && (text[0] == 'A' || text[0] == 'a') && (text[1] == 'T' || text[1] == 't');
}

// Whether `line` is the echo of `command` as the line can bring it (see echoline.cpp).
[[nodiscard]] bool isOurEchoOnTheLine(QByteArrayView line, QByteArrayView command);

} // namespace bc25::at
