// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayList>

namespace bc25::at {

// A V.250 command line taken apart into its commands (V.250 5.3, 5.4):
// "ATE1V1" is ATE1 and ATV1, "AT+CMEE=1;+QICFG=\"viewmode\"" is AT+CMEE=1
// and AT+QICFG="viewmode". Basic commands are a letter (or & and a letter)
// with an optional number; an extended command runs to the next ';' outside
// quotes. The virtual module executes them in order, one final result for
// the line. Syntax only: what each command is, the catalog says.
class CommandChain final
{
public:
    // `line` starts with "AT" (any case); each command comes back as its own "AT…" line.
    [[nodiscard]] static QByteArrayList split(const QByteArray &line);
};

} // namespace bc25::at
