// SPDX-License-Identifier: MIT
// The radio's states on one time line: totals per state, the RX tail after a
// send, idle to PSM, repeated reports, a clock stepping back, the bound.

#include "power/radiotimeline.h"

#include <QTest>

using namespace bc25::power;

class TestRadioTimeline : public QObject
{
    Q_OBJECT

private slots:
    void aReportCycle();
    void repeatsAndStepsBack();
    void intervalsAreBoundedTotalsKept();
};

void TestRadioTimeline::aReportCycle()
{
    RadioTimeline timeline;
    timeline.observe(1'000, RadioState::Connected); // +CSCON: 1
    timeline.observe(21'500, RadioState::Idle);     // +CSCON: 0, 20.5 s after
    timeline.observe(81'500, RadioState::Psm);      // +QNBIOTEVENT: "ENTER PSM"
    timeline.observe(3'600'000, RadioState::Idle);  // "EXIT PSM"
    QCOMPARE(timeline.state(), RadioState::Idle);
    QCOMPARE(timeline.intervals().size(), size_t(4));
    QCOMPARE(timeline.totalMs(RadioState::Connected, 3'700'000), 20'500);
    QCOMPARE(timeline.totalMs(RadioState::Psm, 3'700'000), 3'600'000 - 81'500);
    QCOMPARE(timeline.totalMs(RadioState::Idle, 3'700'000), 60'000 + 100'000); // the open interval up to now
    QCOMPARE(timeline.idleToPsmMs(), 60'000);
    // A send ended at 1.5 s: connected 20 s more (the RX tail).
    QCOMPARE(timeline.tailAfter(1'500), 20'000);
    QCOMPARE(timeline.tailAfter(500), -1);     // before anything was known
    QCOMPARE(timeline.tailAfter(30'000), -1);  // the radio was idle then
    QCOMPARE(RadioTimeline::name(RadioState::NoAnswer), QStringLiteral("no answer"));
}

void TestRadioTimeline::repeatsAndStepsBack()
{
    RadioTimeline timeline;
    timeline.observe(1'000, RadioState::Connected);
    timeline.observe(2'000, RadioState::Connected); // said again: one interval
    timeline.observe(500, RadioState::Idle);        // a clock stepping back: at the last one's start
    QCOMPARE(timeline.intervals().size(), size_t(2));
    QCOMPARE(timeline.intervals().back().fromMs, 1'000);
    QCOMPARE(timeline.totalMs(RadioState::Connected, 5'000), 0);
    QCOMPARE(timeline.tailAfter(1'000), -1); // connected for no time: no tail after its start
    // The open connected interval has no tail yet.
    timeline.observe(6'000, RadioState::Connected);
    QCOMPARE(timeline.tailAfter(6'500), -1);
}

void TestRadioTimeline::intervalsAreBoundedTotalsKept()
{
    RadioTimeline timeline(10);
    for (int i = 0; i < 1000; ++i)
        timeline.observe(i * 100, i % 2 ? RadioState::Idle : RadioState::Connected);
    QCOMPARE(timeline.intervals().size(), size_t(10));
    QCOMPARE(timeline.totalMs(RadioState::Connected, 99'900), 500 * 100);
    QCOMPARE(timeline.totalMs(RadioState::Idle, 99'900), 499 * 100);
}

QTEST_GUILESS_MAIN(TestRadioTimeline)
#include "tst_radiotimeline.moc"
