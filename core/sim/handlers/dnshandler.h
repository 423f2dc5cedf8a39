// SPDX-License-Identifier: MIT
#pragma once

#include "commandhandler.h"

namespace bc25::sim {

// AT+QIDNSCFG and AT+QIDNSGIP (manual 2.1.10, 2.1.14): a real DNS query
// through the module's HostResolver, to the configured servers, or through
// the hosts file and the system's resolver when none is set.
class DnsHandler final : public CommandHandler
{
    Q_OBJECT
public:
    using CommandHandler::CommandHandler;
    bool handle(const ParsedCommand &command) override;
    void reset() override;

private:
    void lookUp(const QString &host);
    void report(int error, int ttl, const QStringList &addresses);

    int m_generation = 0;
};

} // namespace bc25::sim
