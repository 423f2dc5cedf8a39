// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <deque>

namespace bc25::power {

// What the radio was doing, as the module said it: +CSCON (27.007 10.1.32:
// 1 connected, 0 idle), +QNBIOTEVENT "ENTER PSM" / "EXIT PSM" (Quectel), and
// what the host saw (no answer: asleep or dead). The states the Power tab
// draws on the transactions' time axis.
enum class RadioState : quint8 { Unknown, Connected, Idle, Psm, NoAnswer };

// The radio's states as intervals on one time line, and what they measure:
// the time in each state, the RX tail after a send (connected until the
// network releases it), the time from idle to PSM. Intervals are kept up to
// a bound (the oldest dropped first); the totals are kept whole.
class RadioTimeline final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::power::RadioTimeline)
public:
    struct Interval
    {
        qint64 fromMs;
        qint64 toMs; // -1 while it lasts
        RadioState state;
    };

    explicit RadioTimeline(qsizetype maxIntervals = 100'000);

    // The state from `atMs` on; a time before the last one's counts as the
    // last one's (lines are read in order; a clock may step back).
    void observe(qint64 atMs, RadioState state);

    [[nodiscard]] const std::deque<Interval> &intervals() const { return m_intervals; }
    [[nodiscard]] RadioState state() const { return m_intervals.empty() ? RadioState::Unknown : m_intervals.back().state; }
    // Time spent in `state` up to `nowMs` (the current interval up to then).
    [[nodiscard]] qint64 totalMs(RadioState state, qint64 nowMs) const;
    // From `sentMs` (a send's end) to the radio's next idle or PSM: the RX
    // tail. -1 when the radio has not idled since (or was not connected).
    [[nodiscard]] qint64 tailAfter(qint64 sentMs) const;
    // From the last time the radio idled to its entering PSM right after; -1: never.
    [[nodiscard]] qint64 idleToPsmMs() const { return m_idleToPsmMs; }

    [[nodiscard]] static QString name(RadioState state);

private:
    const qsizetype m_maxIntervals;
    std::deque<Interval> m_intervals;
    std::array<qint64, 5> m_closedTotals {}; // per state, the intervals that ended
    qint64 m_idleToPsmMs = -1;
};

} // namespace bc25::power
