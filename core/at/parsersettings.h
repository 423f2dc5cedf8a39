// SPDX-License-Identifier: MIT
#pragma once

#include "bc25/limits.h"
#include "settingchange.h"

#include <array>

namespace bc25::at {

// What the parser must know to find payload in the stream: the QICFG
// settings, each socket's access mode and whether commands are echoed. The
// assembler changes them only when the module confirms a command (or states
// them in an answer); unasked, they follow the manual's defaults.
struct ParserSettings
{
    static constexpr int SocketCount = Limits::SocketCount;

    bool viewMode = false;   // AT+QICFG="viewmode",1: payload after a comma on the header line
    bool showLength = false; // AT+QICFG="showlength",1: +QIRD carries <remaining_length>
    bool recvHex = false;    // AT+QICFG="dataformat",x,1: payload printed as hex text
    bool sendHex = false;    // AT+QICFG="dataformat",1,x: QISEND data is hex text
    // ATE1 is the module's default, but a session may meet it after ATE0:
    // echo counts as on from the first echo seen (and off after an answer without one).
    bool echo = false;
    // true = direct push (1), false = buffer access (0, the QIOPEN default)
    std::array<bool, SocketCount> directPush {};

    void apply(const SettingChange &change)
    {
        using S = SettingChange::Setting;
        switch (change.setting) {
        case S::ViewMode: viewMode = change.on; break;
        case S::ShowLength: showLength = change.on; break;
        case S::SendHex: sendHex = change.on; break;
        case S::RecvHex: recvHex = change.on; break;
        case S::Echo: echo = change.on; break;
        case S::AllBuffer: directPush.fill(false); break;
        case S::AccessMode:
            if (change.socket >= 0 && change.socket < SocketCount)
                directPush[size_t(change.socket)] = change.on;
            break;
        }
    }

    bool operator==(const ParserSettings &) const = default;
};

} // namespace bc25::at
