// SPDX-License-Identifier: MIT
#include "radiotimeline.h"

#include <algorithm>

namespace bc25::power {

RadioTimeline::RadioTimeline(qsizetype maxIntervals)
    : m_maxIntervals(std::max<qsizetype>(2, maxIntervals))
{
}

void RadioTimeline::observe(qint64 atMs, RadioState state)
{
    if (!m_intervals.empty()) {
        Interval &last = m_intervals.back();
        if (last.state == state)
            return; // said again (a +CSCON read, a second URC): nothing changed
        atMs = std::max(atMs, last.fromMs);
        last.toMs = atMs;
        m_closedTotals[size_t(last.state)] += atMs - last.fromMs;
        if (last.state == RadioState::Idle && state == RadioState::Psm)
            m_idleToPsmMs = atMs - last.fromMs;
    }
    m_intervals.push_back({atMs, -1, state});
    while (qsizetype(m_intervals.size()) > m_maxIntervals)
        m_intervals.pop_front();
}

qint64 RadioTimeline::totalMs(RadioState state, qint64 nowMs) const
{
    qint64 total = m_closedTotals[size_t(state)];
    if (!m_intervals.empty() && m_intervals.back().state == state)
        total += std::max<qint64>(0, nowMs - m_intervals.back().fromMs);
    return total;
}

qint64 RadioTimeline::tailAfter(qint64 sentMs) const
{
    // The interval holding sentMs must be a connected one; the tail ends where it does.
    const auto holding = std::upper_bound(m_intervals.cbegin(), m_intervals.cend(), sentMs,
                                          [](qint64 at, const Interval &i) { return at < i.fromMs; });
    if (holding == m_intervals.cbegin())
        return -1;
    const Interval &connected = *std::prev(holding);
    if (connected.state != RadioState::Connected || connected.toMs < 0)
        return -1;
    return connected.toMs - sentMs;
}

QString RadioTimeline::name(RadioState state)
{
    switch (state) {
    case RadioState::Unknown: return tr("unknown");
    case RadioState::Connected: return tr("connected");
    case RadioState::Idle: return tr("idle");
    case RadioState::Psm: return tr("PSM");
    case RadioState::NoAnswer: return tr("no answer");
    }
    return {};
}

} // namespace bc25::power
