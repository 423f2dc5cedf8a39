// SPDX-License-Identifier: MIT
#include "sleepschedule.h"

#include <algorithm>

namespace bc25::sim {

SleepSchedule::SleepSchedule(const Timers &timers, qint64 nowMs)
    : m_timers(timers)
    , m_idleFromMs(nowMs + std::max<qint64>(0, timers.inactivityMs))
{
    // A period of 0 would be a schedule that never moves on: 1 ms at least.
    m_timers.periodicTauMs = std::max<qint64>(1, m_timers.periodicTauMs);
    m_timers.tauProcedureMs = std::max<qint64>(1, m_timers.tauProcedureMs);
    // T3324 as long as T3412 or longer: the update comes first, never PSM.
    if (sleeps())
        m_timers.activeTimeMs = std::min(m_timers.activeTimeMs, m_timers.periodicTauMs);
}

void SleepSchedule::activity(qint64 nowMs)
{
    m_idleFromMs = std::max(m_idleFromMs, nowMs + std::max<qint64>(0, m_timers.inactivityMs));
}

bool SleepSchedule::uartByte(qint64 nowMs)
{
    if (stateAt(nowMs) != State::Psm)
        return false;
    m_idleFromMs = nowMs; // awake and idle: T3324 and T3412 from now
    return true;
}

qint64 SleepSchedule::cycleMs() const
{
    return m_timers.periodicTauMs + m_timers.tauProcedureMs;
}

SleepSchedule::State SleepSchedule::stateAt(qint64 nowMs) const
{
    if (nowMs < m_idleFromMs)
        return State::Connected;
    const qint64 offset = (nowMs - m_idleFromMs) % cycleMs();
    if (offset >= m_timers.periodicTauMs)
        return State::Connected; // the tracking area update
    if (sleeps() && offset >= m_timers.activeTimeMs)
        return State::Psm;
    return State::Idle;
}

qint64 SleepSchedule::nextChangeAfter(qint64 nowMs) const
{
    const QList<Transition> next = transitions(nowMs, nowMs + cycleMs() + std::max(m_idleFromMs - nowMs, qint64(0)), 1);
    return next.isEmpty() ? -1 : next.first().atMs;
}

QList<SleepSchedule::Transition> SleepSchedule::transitions(qint64 fromMs, qint64 toMs, qsizetype limit) const
{
    QList<Transition> changes;
    const auto add = [&](qint64 at, State state) {
        if (at <= fromMs || at > toMs)
            return;
        if (!changes.isEmpty() && changes.last().atMs == at)
            changes.last().state = state; // T3324 of 0: PSM as soon as idle
        else if (changes.size() < limit)
            changes.append({at, state});
    };
    add(m_idleFromMs, State::Idle);
    // The cycles that overlap (fromMs, toMs], from the first that can.
    const qint64 cycle = cycleMs();
    qint64 start = m_idleFromMs;
    if (fromMs > start)
        start += (fromMs - start) / cycle * cycle;
    for (; start <= toMs && changes.size() < limit; start += cycle) {
        if (start != m_idleFromMs)
            add(start, State::Idle); // back to idle after an update
        if (sleeps() && m_timers.activeTimeMs < m_timers.periodicTauMs)
            add(start + m_timers.activeTimeMs, State::Psm);
        add(start + m_timers.periodicTauMs, State::Connected);
    }
    return changes;
}

} // namespace bc25::sim
