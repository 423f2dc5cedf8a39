// SPDX-License-Identifier: MIT
#pragma once

#include <array>

namespace bc25::at {

// What the parser must know to find payload in the stream: the QICFG
// settings and each socket's access mode. The session (or bc25-decode)
// learns them from the commands it sees and keeps the parser up to date.
struct ParserSettings
{
    static constexpr int SocketCount = 6;

    bool viewMode = false;   // AT+QICFG="viewmode",1: payload after a comma on the header line
    bool showLength = false; // AT+QICFG="showlength",1: +QIRD carries <remaining_length>
    bool recvHex = false;    // AT+QICFG="dataformat",x,1: payload printed as hex text
    // true = direct push (1), false = buffer access (0, the QIOPEN default)
    std::array<bool, SocketCount> directPush {};

    bool operator==(const ParserSettings &) const = default;
};

} // namespace bc25::at
