// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace bc25::at {

// One setting of the module that decides how its output is cut, as a
// command or an answer changes it. The catalog says which command changes
// what; the assembler applies a change only once the module has confirmed it.
struct SettingChange
{
    enum class Setting : quint8 {
        ViewMode,    // AT+QICFG="viewmode"
        ShowLength,  // AT+QICFG="showlength"
        SendHex,     // AT+QICFG="dataformat",<send>,…
        RecvHex,     // AT+QICFG="dataformat",…,<recv>
        AccessMode,  // a socket's access mode: on = direct push
        AllBuffer,   // every socket back to buffer access (the module restarted)
        SocketClosed, // one socket gone: its access mode is said again by its next open
        Echo,        // ATE
        RecvIndication, // AT+QICFG="recvind" (EC200U): the buffer access "recv" URC carries a length
        VerboseResults, // ATV: on = ATV1, result codes as words; off = ATV0, as numbers (V.250 6.2.6)
    };

    Setting setting = Setting::ViewMode;
    int socket = -1;
    bool on = false;

    bool operator==(const SettingChange &) const = default;
};

} // namespace bc25::at
