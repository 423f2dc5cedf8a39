// SPDX-License-Identifier: MIT
#pragma once

#include "commandhandler.h"

namespace bc25::sim {

// The basic commands a bring-up uses (V.250, 3GPP TS 27.007): AT, ATE, ATI,
// AT+CGMR, AT+CSQ, AT+CEREG, AT+CGATT, AT+CGPADDR, AT+CFUN, AT+CGACT, with
// the plausible values of SimConfig. AT+CFUN=1,1 reboots the module.
class BasicHandler final : public CommandHandler
{
    Q_OBJECT
public:
    using CommandHandler::CommandHandler;
    bool handle(const ParsedCommand &command) override;
    void reset() override;

private:
    int m_ceregMode = 0;
    int m_functionality = 1;
    int m_attached = -1; // -1: as configured
    int m_contextActive = 1;
};

} // namespace bc25::sim
