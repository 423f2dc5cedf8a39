// SPDX-License-Identifier: MIT
#pragma once

#include "settingchange.h"

#include <QList>

namespace bc25::at {

// What the parser must know to find payload in the stream: the QICFG
// settings, each socket's access mode and whether commands are echoed. The
// assembler changes them only when the module confirms a command (or states
// them in an answer); unasked, they follow the manual's defaults. As many
// sockets as the module profile has (ModuleProfile::parserDefaults()).
struct ParserSettings
{
    ParserSettings() = default;
    explicit ParserSettings(int socketCount)
        : directPush(qMax(0, socketCount), false)
        , accessModeKnown(qMax(0, socketCount), false)
    {
    }

    bool viewMode = false;   // AT+QICFG="viewmode",1: payload after a comma on the header line
    bool showLength = false; // AT+QICFG="showlength",1: +QIRD carries <remaining_length>
    bool recvHex = false;    // AT+QICFG="dataformat",x,1: payload printed as hex text
    bool sendHex = false;    // AT+QICFG="dataformat",1,x: QISEND data is hex text
    // AT+QICFG="recvind",1 (EC200U note 2.4.1): "+QIURC: "recv",<id>,<length>"
    // in buffer access announces a length and no data. Not saved: off after a restart.
    bool recvIndication = false;
    // ATE1 is the module's default, but a session may meet it after ATE0:
    // echo counts as on from the first echo seen (and off after an answer without one).
    bool echo = false;
    // ATV1 (V.250 6.2.6, the default): result codes as words, "\r\nOK\r\n". After a
    // confirmed ATV0 they are numbers, "0\r" for OK and "4\r" for ERROR.
    bool verboseResults = true;
    // One per socket: true = direct push (1), false = buffer access (0, the QIOPEN default)
    QList<bool> directPush;
    // One per socket: whether its access mode is the module's word (a confirmed
    // AT+QIOPEN or AT+QISWTMD, a +QISTATE answer, an "incoming" URC), not the
    // default assumed for a socket opened before the log began.
    QList<bool> accessModeKnown;

    [[nodiscard]] int socketCount() const { return int(directPush.size()); }
    [[nodiscard]] bool isDirectPush(int connectId) const
    {
        return connectId >= 0 && connectId < directPush.size() && directPush.at(connectId);
    }
    // A socket the module said is in buffer access: there, a "recv" URC never
    // carries data (manual 1.2: the host reads it with AT+QIRD), whatever
    // showlength (or the EC200U's recvind) is thought to be.
    [[nodiscard]] bool isKnownBufferAccess(int connectId) const
    {
        return connectId >= 0 && connectId < accessModeKnown.size() && accessModeKnown.at(connectId)
               && !directPush.at(connectId);
    }
    // The module's word on one socket's access mode.
    void setDirectPush(int connectId, bool on)
    {
        if (connectId >= 0 && connectId < directPush.size()) {
            directPush[connectId] = on;
            accessModeKnown[connectId] = true;
        }
    }

    void apply(const SettingChange &change)
    {
        using S = SettingChange::Setting;
        switch (change.setting) {
        case S::ViewMode: viewMode = change.on; break;
        case S::ShowLength: showLength = change.on; break;
        case S::SendHex: sendHex = change.on; break;
        case S::RecvHex: recvHex = change.on; break;
        case S::Echo: echo = change.on; break;
        case S::RecvIndication: recvIndication = change.on; break;
        case S::VerboseResults: verboseResults = change.on; break;
        case S::AllBuffer: // every socket closed: each one's mode is said again by its open
            directPush.fill(false);
            accessModeKnown.fill(false);
            break;
        case S::AccessMode: setDirectPush(change.socket, change.on); break;
        case S::SocketClosed: // a closed socket has no access mode (adversary pass 10, F12)
            if (change.socket >= 0 && change.socket < directPush.size()) {
                directPush[change.socket] = false;
                accessModeKnown[change.socket] = false;
            }
            break;
        }
    }

    bool operator==(const ParserSettings &) const = default;
};

} // namespace bc25::at
