// SPDX-License-Identifier: MIT
#pragma once

#include "at/assemblylistener.h"
#include "boundedcounts.h"
#include "transactionstatistics.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

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
    static constexpr qsizetype MaxNames = 1000;
    static constexpr const char *OtherNames = "(other names)";

    // {"OK": 40, "QIURC": 12, …}; "(other names)": the count past MaxNames.
    [[nodiscard]] QJsonObject byName() const;
    [[nodiscard]] const TransactionStatistics &commands() const { return m_commands; }
    // Lines the model did not expect (RoutedEvent::drift), and how often each reason came.
    [[nodiscard]] qint64 drifts() const { return m_drifts; }
    static constexpr qsizetype MaxDriftReasons = 100;
    static constexpr const char *OtherReasons = "(other reasons)";
    // {"not expected for BC25: …": 3}; "(other reasons)": the count past MaxDriftReasons.
    [[nodiscard]] QJsonObject driftByReason() const;

private:
    static constexpr int RoleCount = int(at::RoutedEvent::Role::Overflow) + 1;

    qint64 m_events = 0;
    std::array<qint64, RoleCount> m_byRole {};
    // Any number of distinct names can arrive (a log of garbage): each is
    // found in constant time, and past MaxNames the rest are counted as one
    // OtherNames entry, so memory stays bounded.
    BoundedCounts<QByteArray, MaxNames> m_byName;
    qint64 m_drifts = 0;
    BoundedCounts<QString, MaxDriftReasons> m_driftReasons;
    TransactionStatistics m_commands;
};

} // namespace bc25
