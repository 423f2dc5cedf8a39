// SPDX-License-Identifier: MIT
#pragma once

#include "commandhandler.h"

#include <QHostAddress>

namespace bc25::sim {

// AT+QIDNSCFG and AT+QIDNSGIP (manual 2.1.10, 2.1.14): a real DNS query,
// to the configured servers with QDnsLookup, or through the system's
// resolver when none is set.
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

    QHostAddress m_primary;
    QHostAddress m_secondary;
    int m_generation = 0;
};

} // namespace bc25::sim
