// SPDX-License-Identifier: MIT
#pragma once

#include "commandhandler.h"

#include <QHostAddress>

namespace bc25::sim {

// AT+QPING (manual 2.1.8). Raw ICMP needs privileges, so the echoes are
// simulated with the configured delay; the name is resolved for real, and a
// name that does not resolve fails like the module does.
class PingHandler final : public CommandHandler
{
    Q_OBJECT
public:
    using CommandHandler::CommandHandler;
    bool handle(const ParsedCommand &command) override;
    void reset() override;

private:
    void start(const QHostAddress &address, int count, int size);
    void echo(int remaining);

    bool m_running = false;
    int m_generation = 0;
    QHostAddress m_address;
    int m_size = 32;
    int m_sent = 0;
    int m_echoes = 0;      // of the module's life: which one ping-loss drops
    QList<int> m_times;
};

} // namespace bc25::sim
