// SPDX-License-Identifier: MIT
// The soak monitor's statistics on crafted samples: p50/p95 exact to a
// histogram bucket and max exact, outages with start and length, registration
// changes marked, merging that halves resolution and keeps min and max, a
// million samples in bounded structures and flat memory, and the CSV line.

#include "residentmemory.h"

#include "soak/soakcsvwriter.h"
#include "soak/soakstatistics.h"

#include <QTest>

using namespace bc25;
using namespace bc25::soak;
using test::residentBytes;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;

SoakSample ping(qint64 timeMs, int roundTripMs)
{
    SoakSample s;
    s.kind = SoakSample::Kind::Ping;
    s.timeMs = timeMs;
    s.roundTripMs = roundTripMs;
    return s;
}

SoakSample signal(qint64 timeMs, int rssi, int stat)
{
    SoakSample s;
    s.kind = SoakSample::Kind::Signal;
    s.timeMs = timeMs;
    s.rssi = rssi;
    s.ber = 0;
    s.registration = stat;
    return s;
}

} // namespace

class TestSoakStatistics : public QObject
{
    Q_OBJECT

private slots:
    void percentilesAreExactToABucketAndMaxIsExact()
    {
        SoakStatistics stats;
        stats.reset(0);
        // 1..100 ms: nearest rank p50 = 50, p95 = 95; one long echo of 12345 ms.
        for (int ms = 1; ms <= 100; ++ms)
            stats.add(ping(ms * Second, ms));
        SoakSummary s = stats.summary(100 * Second);
        QCOMPARE(s.p50Ms, 50);
        QCOMPARE(s.p95Ms, 95);
        QCOMPARE(s.minMs, 1);
        QCOMPARE(s.maxMs, 100);
        stats.add(ping(101 * Second, 12345));
        s = stats.summary(101 * Second);
        QCOMPARE(s.maxMs, 12345);       // exact
        QCOMPARE(s.p50Ms, 51);
        QCOMPARE(RoundTripHistogram::lowerEdge(RoundTripHistogram::bucketOf(12345)), 12300);
        QCOMPARE(RoundTripHistogram::lowerEdge(RoundTripHistogram::bucketOf(2345)), 2340);
        QCOMPARE(s.lost, 0);
        QCOMPARE(s.pings, 101);
    }

    void consecutiveLostEchoesAreOneOutageWithStartAndLength()
    {
        SoakStatistics stats;
        stats.reset(0);
        stats.add(ping(0, 40));
        stats.add(ping(10 * Second, SoakSample::Lost));
        stats.add(ping(20 * Second, SoakSample::Lost));
        stats.add(ping(30 * Second, SoakSample::Lost));
        stats.add(ping(40 * Second, 45));
        stats.add(ping(50 * Second, SoakSample::Lost)); // still open at the end
        const QList<SoakOutage> outages = stats.outages(55 * Second);
        QCOMPARE(outages.size(), 2);
        QCOMPARE(outages.at(0).startMs, 10 * Second);
        QCOMPARE(outages.at(0).lengthMs, 30 * Second);
        QCOMPARE(outages.at(0).lostPings, 3);
        QVERIFY(!outages.at(0).open);
        QVERIFY(outages.at(1).open);
        QCOMPARE(outages.at(1).lengthMs, 5 * Second);
        const SoakSummary s = stats.summary(55 * Second);
        QCOMPARE(s.lost, 4);
        QCOMPARE(s.lossPercent, 4 * 100.0 / 6);
        QCOMPARE(s.outages, 2);
        QCOMPARE(s.longestOutageMs, 30 * Second);
        QCOMPARE(stats.loss().points().size(), 6);
    }

    // The module failed the ping (its context not active): its echoes are
    // neither answered nor lost, no outage, counted apart; the CSV says "failed".
    void aFailedPingIsCountedApartNotLost()
    {
        SoakStatistics stats;
        stats.reset(0);
        stats.add(ping(0, 40));
        stats.add(ping(10 * Second, SoakSample::Failed));
        stats.add(ping(20 * Second, SoakSample::Failed));
        stats.add(ping(30 * Second, 42));
        const SoakSummary s = stats.summary(40 * Second);
        QCOMPARE(s.pings, 2);
        QCOMPARE(s.lost, 0);
        QCOMPARE(s.failed, 2);
        QCOMPARE(s.lossPercent, 0.0);
        QCOMPARE(s.outages, 0);
        QCOMPARE(stats.loss().samples(), qint64(2));
        QCOMPARE(SoakCsvWriter::line(ping(1700000000123, SoakSample::Failed)),
                 QByteArray("2023-11-14T22:13:20.123Z,ping,failed,,,\n"));
    }

    void registrationChangesAreMarkedAndNotRegisteredIsAnOutage()
    {
        SoakStatistics stats;
        stats.reset(0);
        QVERIFY(!stats.add(signal(0, 20, 1)));            // the first reading is no change
        QVERIFY(!stats.add(signal(1 * Minute, 21, 1)));
        const auto lost = stats.add(signal(2 * Minute, 99, 2));
        QVERIFY(lost);
        QCOMPARE(lost->from, 1);
        QCOMPARE(lost->to, 2);
        QVERIFY(stats.add(signal(5 * Minute, 18, 5)));
        QCOMPARE(stats.registrationChanges().size(), 2);
        const QList<SoakOutage> outages = stats.outages(6 * Minute);
        QCOMPARE(outages.size(), 1);
        QCOMPARE(outages.at(0).cause, SoakOutage::Cause::NotRegistered);
        QCOMPARE(outages.at(0).startMs, 2 * Minute);
        QCOMPARE(outages.at(0).lengthMs, 3 * Minute);
        QCOMPARE(stats.signal().points().size(), 3); // rssi 99 is not a point
    }

    void mergingHalvesResolutionAndKeepsMinAndMax()
    {
        SoakSeries series(8);
        for (int i = 0; i < 64; ++i)
            series.add(i, i == 37 ? 1000 : (i == 50 ? -5 : 10));
        QVERIFY(series.points().size() <= 8);
        QCOMPARE(series.samplesPerPoint(), 8);
        double max = 0, min = 1e9;
        qint64 count = 0;
        for (const SoakPoint &p : series.points()) {
            max = std::max(max, p.max);
            min = std::min(min, p.min);
            count += p.count;
        }
        QCOMPARE(max, 1000.0);
        QCOMPARE(min, -5.0);
        QCOMPARE(count, 64);
        QCOMPARE(series.points().constFirst().firstMs, 0);
        QCOMPARE(series.points().constLast().lastMs, 63);
        const SoakPoint spike = series.points().at(37 / 8);
        QCOMPARE(spike.mean, (7 * 10 + 1000) / 8.0);
    }

    void aMillionCraftedSamplesKeepTheStructuresBounded()
    {
        SoakStatistics stats(600);
        stats.reset(0);
        qint64 residentAtTenth = 0;
        for (int i = 0; i < 1000000; ++i) {
            if (i == 100000)
                residentAtTenth = residentBytes();
            stats.add(ping(i * 10 * Second, i % 7 == 0 ? SoakSample::Lost : 30 + i % 50));
            if (i % 6 == 0)
                stats.add(signal(i * 10 * Second, 10 + i % 20, (i / 6) % 50 == 0 ? 2 : 1));
        }
        // From a tenth of the samples to all of them, nothing grows (1 M samples kept would be 40 MB).
        const qint64 growth = residentBytes() - residentAtTenth;
        qInfo() << "a million samples: resident memory grew by" << growth << "bytes after the first 100 000";
        QVERIFY2(growth < 64 * 1024, qPrintable(QString::number(growth)));
        QVERIFY(stats.roundTrip().points().size() <= 600);
        QVERIFY(stats.loss().points().size() <= 600);
        QVERIFY(stats.signal().points().size() <= 600);
        // The latest closed ones, and the one still open (the last echo was lost).
        QCOMPARE(stats.outages(0).size(), SoakStatistics::OutagesKept + 1);
        QCOMPARE(stats.registrationChanges().size(), SoakStatistics::ChangesKept);
        const SoakSummary s = stats.summary(0);
        QCOMPARE(s.pings, 1000000);
        QCOMPARE(s.lost, 142858);
        QCOMPARE(s.maxMs, 79);
        QCOMPARE(s.minMs, 30);
        QVERIFY(s.outages > SoakStatistics::OutagesKept);
        QCOMPARE(stats.droppedOutages() + SoakStatistics::OutagesKept + 1, s.outages);
    }

    void theCsvLineHasTimeKindAndEmptyRoundTripWhenLost()
    {
        QCOMPARE(SoakCsvWriter::line(ping(1700000000123, 42)), QByteArray("2023-11-14T22:13:20.123Z,ping,42,,,\n"));
        QCOMPARE(SoakCsvWriter::line(ping(1700000000123, SoakSample::Lost)), QByteArray("2023-11-14T22:13:20.123Z,ping,,,,\n"));
        QCOMPARE(SoakCsvWriter::line(signal(1700000000000, 17, 5)), QByteArray("2023-11-14T22:13:20.000Z,signal,,17,0,5\n"));
    }
};

QTEST_GUILESS_MAIN(TestSoakStatistics)
#include "tst_soakstatistics.moc"
