// SPDX-License-Identifier: MIT
#pragma once

#include "commandhandler.h"

#include <QByteArray>
#include <QMap>

namespace bc25::sim {

// The context set-up of the LTE modules (BG9x, EC200U): AT+QICSGP stores a
// context's APN, AT+QIACT activates it on the module's PacketDomain (its
// sockets, pings and lookups need it), AT+QIDEACT takes it down. Only the
// models whose profile says so have it (ModuleProfile::answers()).
class ContextHandler final : public CommandHandler
{
    Q_OBJECT
public:
    using CommandHandler::CommandHandler;
    bool handle(const ParsedCommand &command) override;
    void reset() override { m_settings.clear(); }

private:
    struct Settings
    {
        int type = 1; // IPv4
        QByteArray apn, username, password;
        int authentication = 0;
    };
    void configure(const ParsedCommand &command);
    void activate(const ParsedCommand &command);

    QMap<int, Settings> m_settings;
};

} // namespace bc25::sim
