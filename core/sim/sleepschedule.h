// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace bc25::sim {

// When a virtual module's radio is connected, idle or in PSM, from the
// timers the network granted (3GPP TS 24.301 5.3.11 and 23.682 4.5.4): the
// radio stays connected for the inactivity time after the last data (the
// "RX tail"), then idles; T3324 (Active-Time) and T3412 (Periodic-TAU)
// start when it idles; at T3324's end it enters PSM, at T3412's end it wakes
// for a tracking area update (connected again, briefly) and the cycle
// restarts. A byte on the UART wakes a module in PSM and is lost (POWER.md:
// "that first command is lost"). Times in ms of the module's clock; pure,
// so the simulator drives it with its timers and the tests with numbers.
class SleepSchedule final
{
public:
    enum class State : quint8 { Connected, Idle, Psm };

    struct Timers
    {
        qint64 inactivityMs = 20'000;   // RRC release after the last data
        qint64 activeTimeMs = -1;       // T3324; < 0 deactivated: no PSM
        qint64 periodicTauMs = 3'600'000; // T3412 extended
        qint64 tauProcedureMs = 2'000;  // connected for the update itself
    };

    struct Transition
    {
        qint64 atMs;
        State state;
        bool operator==(const Transition &) const = default;
    };

    // Connected at `nowMs` (the module just attached).
    SleepSchedule(const Timers &timers, qint64 nowMs);

    // Data sent or received: connected now, the timers start again at idle.
    void activity(qint64 nowMs);
    // A byte reached the UART: true when the module was in PSM, which it
    // leaves (idle, T3324 again) — and the byte is lost.
    bool uartByte(qint64 nowMs);

    [[nodiscard]] State stateAt(qint64 nowMs) const;
    // The next change after `nowMs` (for the simulator's timer), or -1: none.
    [[nodiscard]] qint64 nextChangeAfter(qint64 nowMs) const;
    // Every change in (fromMs, toMs], at most `limit` of them: the URCs to
    // print and the synthetic current trace to write.
    [[nodiscard]] QList<Transition> transitions(qint64 fromMs, qint64 toMs, qsizetype limit = 10'000) const;

private:
    [[nodiscard]] bool sleeps() const { return m_timers.activeTimeMs >= 0; }
    // From the start of the idle phase: the length of one idle → PSM → TAU cycle.
    [[nodiscard]] qint64 cycleMs() const;

    Timers m_timers;
    qint64 m_idleFromMs; // when the radio idles (after the last activity's tail)
};

} // namespace bc25::sim
