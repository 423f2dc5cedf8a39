// SPDX-License-Identifier: MIT
#pragma once

#include "at/assemblylistener.h"
#include "transactionstatistics.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <array>
#include <utility>

namespace bc25 {

// What bc25-decode --stats counts while a stream is decoded: events by role
// and by result name, and the transactions' per-command figures. It listens
// to the TrafficDecoder by direct calls: counting is the whole work per event.
class DecodeStatistics final : public at::AssemblyListener
{
public:
    void eventRouted(const at::RoutedEvent &event) override;
    void transactionAssembled(const at::Transaction &transaction) override { m_commands.add(transaction); }

    [[nodiscard]] qint64 events() const { return m_events; }
    // {"urc": 12, "final": 40, …}: the roles that occurred.
    [[nodiscard]] QJsonObject byKind() const;
    // {"OK": 40, "QIURC": 12, …}
    [[nodiscard]] QJsonObject byName() const;
    [[nodiscard]] const TransactionStatistics &commands() const { return m_commands; }

private:
    static constexpr int RoleCount = int(at::RoutedEvent::Role::Overflow) + 1;

    qint64 m_events = 0;
    std::array<qint64, RoleCount> m_byRole {};
    // A few names, most of them interned by ResultLine: a scan that compares
    // the shared data pointer first beats hashing.
    QList<std::pair<QByteArray, qint64>> m_byName;
    TransactionStatistics m_commands;
};

} // namespace bc25
