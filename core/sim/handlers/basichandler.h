// SPDX-License-Identifier: MIT
#pragma once

#include "commandhandler.h"

namespace bc25::sim {

// The basic commands a bring-up uses (V.250, 3GPP TS 27.007): AT, ATE, ATI,
// AT+CGMR, AT+CSQ, AT+CEREG, and the packet domain (AT+CFUN, AT+CGATT,
// AT+CGACT, AT+CGPADDR) on the module's PacketDomain. AT+CFUN=1,1 reboots.
class BasicHandler final : public CommandHandler
{
    Q_OBJECT
public:
    using CommandHandler::CommandHandler;
    bool handle(const ParsedCommand &command) override;
    void reset() override;

private:
    bool handlePacketDomain(const ParsedCommand &command);

    int m_ceregMode = 0;
};

} // namespace bc25::sim
