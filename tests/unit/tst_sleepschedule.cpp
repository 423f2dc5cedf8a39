// SPDX-License-Identifier: MIT
// The virtual module's radio over time from the granted timers: connected,
// the RX tail, idle, PSM at T3324's end, the tracking area update at T3412's,
// a UART byte that wakes a sleeping module and is lost.

#include "sim/sleepschedule.h"

#include <QTest>

using namespace bc25::sim;
using State = SleepSchedule::State;
using Transition = SleepSchedule::Transition;

class TestSleepSchedule : public QObject
{
    Q_OBJECT

private slots:
    void psmCycle();
    void noPsmWhenTheActiveTimeIsDeactivated();
    void aUartByteWakesAndIsLost();
    void activityRestartsTheTail();
    void anActiveTimeOfZeroSleepsAtOnce();
    void odditiesAreBounded();
};

namespace {

SleepSchedule::Timers timers(qint64 active, qint64 tau = 3'600'000)
{
    SleepSchedule::Timers t;
    t.inactivityMs = 20'000;
    t.activeTimeMs = active;
    t.periodicTauMs = tau;
    t.tauProcedureMs = 2'000;
    return t;
}

} // namespace

void TestSleepSchedule::psmCycle()
{
    const SleepSchedule schedule(timers(60'000), 0);
    QCOMPARE(schedule.stateAt(0), State::Connected);
    QCOMPARE(schedule.stateAt(19'999), State::Connected);
    QCOMPARE(schedule.stateAt(20'000), State::Idle);
    QCOMPARE(schedule.stateAt(79'999), State::Idle);
    QCOMPARE(schedule.stateAt(80'000), State::Psm);
    QCOMPARE(schedule.stateAt(3'620'000), State::Connected); // the update
    QCOMPARE(schedule.stateAt(3'622'000), State::Idle);
    QCOMPARE(schedule.stateAt(3'682'000), State::Psm);
    const QList<Transition> expected {{20'000, State::Idle}, {80'000, State::Psm}, {3'620'000, State::Connected},
                                      {3'622'000, State::Idle}, {3'682'000, State::Psm}};
    QCOMPARE(schedule.transitions(0, 3'700'000), expected);
    QCOMPARE(schedule.transitions(80'000, 3'621'000), expected.mid(2, 1)); // (from, to]
    QCOMPARE(schedule.nextChangeAfter(0), 20'000);
    QCOMPARE(schedule.nextChangeAfter(80'000), 3'620'000);
    // Every state a transition says is the state stateAt() gives from then on.
    for (const Transition &t : expected)
        QCOMPARE(schedule.stateAt(t.atMs), t.state);
}

void TestSleepSchedule::noPsmWhenTheActiveTimeIsDeactivated()
{
    const SleepSchedule schedule(timers(-1, 600'000), 0);
    for (qint64 t = 20'000; t < 5'000'000; t += 7'919) {
        const qint64 offset = (t - 20'000) % 602'000;
        QCOMPARE(schedule.stateAt(t), offset >= 600'000 ? State::Connected : State::Idle);
    }
    for (const Transition &t : schedule.transitions(0, 5'000'000))
        QVERIFY(t.state != State::Psm);
}

void TestSleepSchedule::aUartByteWakesAndIsLost()
{
    SleepSchedule schedule(timers(60'000), 0);
    QVERIFY(!schedule.uartByte(50'000)); // idle: the UART works
    QVERIFY(schedule.uartByte(100'000)); // asleep: woken, the byte lost
    QCOMPARE(schedule.stateAt(100'000), State::Idle);
    QVERIFY(!schedule.uartByte(100'001)); // the next one is heard
    QCOMPARE(schedule.stateAt(159'999), State::Idle);
    QCOMPARE(schedule.stateAt(160'000), State::Psm); // T3324 again from the wake
    QCOMPARE(schedule.nextChangeAfter(100'000), 160'000);
}

void TestSleepSchedule::activityRestartsTheTail()
{
    SleepSchedule schedule(timers(60'000), 0);
    schedule.activity(30'000);
    QCOMPARE(schedule.stateAt(49'999), State::Connected);
    QCOMPARE(schedule.stateAt(50'000), State::Idle);
    QCOMPARE(schedule.stateAt(110'000), State::Psm);
    schedule.activity(10'000); // an older report changes nothing
    QCOMPARE(schedule.stateAt(50'000), State::Idle);
}

void TestSleepSchedule::anActiveTimeOfZeroSleepsAtOnce()
{
    const SleepSchedule schedule(timers(0), 0);
    QCOMPARE(schedule.stateAt(20'000), State::Psm);
    const QList<Transition> changes = schedule.transitions(0, 30'000);
    QCOMPARE(changes, QList<Transition>({{20'000, State::Psm}}));
}

// T3324 past T3412, a T3412 of 0, a year asked of a one-millisecond cycle:
// no PSM, moving on, and the list capped.
void TestSleepSchedule::odditiesAreBounded()
{
    const SleepSchedule longActive(timers(7'200'000, 3'600'000), 0);
    // The update comes before T3324 ends: never PSM (the network granted what cannot sleep).
    QCOMPARE(longActive.stateAt(3'619'999), State::Idle);
    for (const Transition &t : longActive.transitions(0, 20'000'000))
        QVERIFY(t.state != State::Psm);
    const SleepSchedule zero(timers(0, 0), 0);
    QVERIFY(zero.nextChangeAfter(20'000) > 20'000);
    const QList<Transition> many = zero.transitions(0, 365LL * 24 * 3'600'000, 500);
    QCOMPARE(many.size(), 500);
    for (qsizetype i = 1; i < many.size(); ++i)
        QVERIFY(many.at(i).atMs > many.at(i - 1).atMs);
}

QTEST_GUILESS_MAIN(TestSleepSchedule)
#include "tst_sleepschedule.moc"
