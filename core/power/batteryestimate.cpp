// SPDX-License-Identifier: MIT
#include "batteryestimate.h"

#include <cmath>

namespace bc25::power {

std::optional<BatteryEstimate> BatteryEstimate::estimate(const Inputs &in, QString *why)
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (!(in.capacityMilliampHours > 0) || !std::isfinite(in.capacityMilliampHours))
        return refuse(tr("Give the battery's capacity in mAh."));
    if (in.intervalMs <= 0)
        return refuse(tr("Give how often the device reports."));
    if (in.reportMs < 0 || in.reportMs > in.intervalMs)
        return refuse(tr("The report takes longer than the interval between reports."));
    if (in.reportMicrocoulombs < 0 || in.sleepMicroamps < 0 || !std::isfinite(in.reportMicrocoulombs) || !std::isfinite(in.sleepMicroamps))
        return refuse(tr("A measured figure is negative or not a number."));
    const double intervalSeconds = double(in.intervalMs) / 1000.0;
    const double restSeconds = double(in.intervalMs - in.reportMs) / 1000.0;
    const double average = (in.reportMicrocoulombs + in.sleepMicroamps * restSeconds) / intervalSeconds;
    if (!(average > 0))
        return refuse(tr("Nothing was drawn: measure a report first."));
    BatteryEstimate result;
    result.m_averageMicroamps = average;
    result.m_hours = in.capacityMilliampHours * 1000.0 / average;
    return result;
}

QString BatteryEstimate::words() const
{
    const QString average = QString::number(m_averageMicroamps, 'f', m_averageMicroamps < 100 ? 1 : 0);
    constexpr double HoursPerYear = 24 * 365.25;
    if (m_hours >= HoursPerYear)
        return tr("%1 years (average %2 µA; no self-discharge counted)").arg(QString::number(m_hours / HoursPerYear, 'f', 1), average);
    if (m_hours >= 48)
        return tr("%1 days (average %2 µA; no self-discharge counted)").arg(QString::number(m_hours / 24, 'f', 1), average);
    return tr("%1 hours (average %2 µA; no self-discharge counted)").arg(QString::number(m_hours, 'f', 1), average);
}

} // namespace bc25::power
