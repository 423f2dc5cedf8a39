// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bc25::power {

// How long a battery lasts for a device that reports every `interval`: one
// report costs the charge measured between two marks (the transaction and
// its RX tail), and the rest of the interval the device draws its sleep
// current. Average current = (report charge + sleep current × the rest of
// the interval) / interval; life = capacity / average current. No
// self-discharge, no temperature: said in the result, so nobody reads it as
// a guarantee.
class BatteryEstimate final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::power::BatteryEstimate)
public:
    struct Inputs
    {
        double capacityMilliampHours = 0;
        double reportMicrocoulombs = 0; // measured between the marks
        qint64 reportMs = 0;            // how long that took
        double sleepMicroamps = 0;      // measured in PSM, or the datasheet's
        qint64 intervalMs = 0;          // one report every…
    };

    // Nothing when the inputs cannot make an estimate (no capacity, an
    // interval shorter than the report, a negative figure): `why` says which.
    [[nodiscard]] static std::optional<BatteryEstimate> estimate(const Inputs &inputs, QString *why = nullptr);

    [[nodiscard]] double averageMicroamps() const { return m_averageMicroamps; }
    [[nodiscard]] double hours() const { return m_hours; }
    // "2.3 years (average 41.2 µA; no self-discharge counted)"
    [[nodiscard]] QString words() const;

private:
    double m_averageMicroamps = 0;
    double m_hours = 0;
};

} // namespace bc25::power
