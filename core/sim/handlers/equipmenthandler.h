// SPDX-License-Identifier: MIT
#pragma once

#include "commandhandler.h"

namespace bc25::sim {

// What a host's initialisation asks before the TCP/IP commands (V.250, 3GPP
// TS 27.007): ATV0/ATV1, AT&F, AT+CMEE, AT+CCLK?, AT+CGSN, AT+CIMI, AT+CPIN?,
// AT+CESQ, AT+CGDCONT?, answered with the plausible values of SimConfig.
class EquipmentHandler final : public CommandHandler
{
    Q_OBJECT
public:
    using CommandHandler::CommandHandler;
    bool handle(const ParsedCommand &command) override;

private:
    void serialNumber(const ParsedCommand &command);
};

} // namespace bc25::sim
