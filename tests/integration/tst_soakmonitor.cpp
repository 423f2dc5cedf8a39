// SPDX-License-Identifier: MIT
// The soak monitor on the real core and the in-process virtual module, time
// scaled so that minutes and an hour of its schedule run in seconds: a short
// run with lost echoes and a lost registration gives the right samples,
// summary, outages and markers, and the CSV holds every sample; an hour of
// samples leaves memory flat; the statistics on crafted samples (percentiles,
// outages, merging that keeps min and max) and a refused setting sends nothing.

#include "recipeharness.h"

#include "sim/virtualmodule.h"
#include "soak/soakmonitor.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace bc25;
using namespace bc25::soak;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;

// Resident memory of this process (/proc/self/statm, second field), in bytes.
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

qint64 lineCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().count('\n');
}

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

class TestSoakMonitor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.warning=false"));
    }

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

    void anOutOfRangeSettingIsRefusedAndNothingIsSent()
    {
        test::RecipeHarness h;
        QVERIFY(h.connect({}));
        SoakMonitor monitor(h.session.commands());
        SoakSettings settings;
        settings.host = QStringLiteral("localhost");
        settings.pingTimeoutSeconds = 0; // manual 2.1.8: 1-255
        h.written.clear();
        const QString refused = monitor.start(settings);
        QVERIFY2(refused.contains(QLatin1String("255")), qPrintable(refused));
        QVERIFY(!monitor.isRunning());
        settings.pingTimeoutSeconds = 4;
        settings.pingsPerRound = 0;
        QVERIFY(!monitor.start(settings).isEmpty());
        settings.pingsPerRound = 1;
        settings.host.clear();
        QVERIFY(!monitor.start(settings).isEmpty());
        QVERIFY(h.written.isEmpty());
    }

    void aShortRunCountsLossOutagesAndARegistrationChange()
    {
        test::RecipeHarness h;
        // A weak cell (rssi 7, -99 dBm) that loses every fourth echo.
        QVERIFY(h.connect({QStringLiteral("ping-delay=3"), QStringLiteral("ping-loss=4"), QStringLiteral("csq=7")}));
        QTemporaryDir dir;
        SoakMonitor monitor(h.session.commands());
        SoakSettings settings;
        settings.host = QStringLiteral("localhost");
        settings.pingIntervalMs = 10 * Second;
        settings.signalIntervalMs = 1 * Minute;
        settings.durationMs = 10 * Minute;
        settings.timeScale = 500; // 10 minutes in 1.2 s
        settings.csvPath = dir.filePath(QStringLiteral("soak.csv"));
        // The cell is lost after the third signal reading and found after the fifth.
        int readings = 0;
        connect(&monitor, &SoakMonitor::sampleTaken, this, [&](const SoakSample &s) {
            if (s.kind != SoakSample::Kind::Signal)
                return;
            ++readings;
            if (readings == 3)
                h.connection.virtualModule()->setRegistration(2);
            if (readings == 5)
                h.connection.virtualModule()->setRegistration(1);
        });
        QSignalSpy running(&monitor, &SoakMonitor::runningChanged);
        QCOMPARE(monitor.start(settings), QString());
        QVERIFY(test::waitUntil([&] { return !monitor.isRunning(); }, 15000));
        QCOMPARE(running.count(), 2);

        const SoakSummary s = monitor.summary();
        qInfo() << "short run: pings" << s.pings << "lost" << s.lost << "signal" << s.signalReadings
                << "skipped" << s.skippedRounds << "delayed" << s.delayedRounds << "p50" << s.p50Ms << "max" << s.maxMs;
        // Every due round ran or was counted as skipped: 60 pings and 10 readings were due.
        QCOMPARE(s.pings + s.signalReadings + s.skippedRounds, 70);
        QVERIFY(s.pings >= 50);
        QCOMPARE(s.lost, s.pings / 4);  // every fourth echo of the module's life
        QCOMPARE(s.lossPercent, 100.0 * s.lost / s.pings);
        QVERIFY(s.p50Ms >= 3 && s.p50Ms <= 3 + 1);
        QVERIFY(s.maxMs >= s.p95Ms && s.p95Ms >= s.p50Ms);
        QCOMPARE(s.registrationChanges, 2);
        QCOMPARE(s.lastRssi, 7);
        QCOMPARE(monitor.statistics().signal().points().constFirst().max, 7.0);
        const QList<RegistrationChange> &changes = monitor.statistics().registrationChanges();
        QCOMPARE(changes.at(0).from, 1);
        QCOMPARE(changes.at(0).to, 2);
        QCOMPARE(changes.at(1).to, 1);
        int pingOutages = 0;
        for (const SoakOutage &o : monitor.statistics().outages(monitor.nowMs())) {
            QVERIFY(o.startMs >= s.startMs);
            if (o.cause == SoakOutage::Cause::NotRegistered) {
                // Two signal intervals, give or take the scaled timer's jitter.
                QVERIFY2(o.lengthMs > 90 * Second && o.lengthMs < 150 * Second, qPrintable(QString::number(o.lengthMs)));
                QCOMPARE(o.startMs, changes.at(0).timeMs);
            } else {
                ++pingOutages;
                QCOMPARE(o.lostPings, 1);
                QVERIFY(o.open || (o.lengthMs > 0 && o.lengthMs < 40 * Second));
            }
        }
        QCOMPARE(pingOutages, s.lost);
        QCOMPARE(s.outages, s.lost + 1);
        // The CSV: a header and one line per sample, marks included.
        QCOMPARE(monitor.csvRows(), qint64(s.pings + s.signalReadings + s.registrationChanges));
        QCOMPARE(lineCount(settings.csvPath), monitor.csvRows() + 1);
        const QString exported = dir.filePath(QStringLiteral("export.csv"));
        QCOMPARE(monitor.exportCsv(exported), QString());
        QFile csv(exported);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith(QByteArrayView(SoakCsvWriter::Header)));
        QCOMPARE(text.count(",ping,,"), s.lost);
        QCOMPARE(text.count(",registration,"), 2);
        QCOMPARE(text.count(",signal,,7,0,"), s.signalReadings);
    }

    void aRoundStillRunningWhenTheNextIsDueIsSkippedNeverOverlapped()
    {
        test::RecipeHarness h;
        // Echoes take 25-31 ms of wall time; rounds are due every 10 ms (10 s at 1000×).
        QVERIFY(h.connect({QStringLiteral("ping-delay=25")}));
        QTemporaryDir dir;
        SoakMonitor monitor(h.session.commands());
        SoakSettings settings;
        settings.host = QStringLiteral("localhost");
        settings.signalIntervalMs = 30 * Second;
        settings.durationMs = 10 * Minute;
        settings.timeScale = 1000;
        settings.csvPath = dir.filePath(QStringLiteral("busy.csv"));
        int open = 0;
        int mostOpen = 0;
        connect(&h.engine, &at::CommandEngine::commandStarted, this, [&](quint64, const QByteArray &, at::Source source) {
            if (source == at::Source::Panel)
                mostOpen = std::max(mostOpen, ++open);
        });
        connect(&h.engine, &at::CommandEngine::transactionFinished, this, [&](const at::Transaction &t) {
            if (t.source == at::Source::Panel)
                --open;
        });
        QCOMPARE(monitor.start(settings), QString());
        QVERIFY(test::waitUntil([&] { return !monitor.isRunning(); }, 10000));
        const SoakSummary s = monitor.summary();
        qInfo() << "busy run: pings" << s.pings << "signal" << s.signalReadings << "skipped" << s.skippedRounds
                << "delayed" << s.delayedRounds;
        QCOMPARE(mostOpen, 1);
        QVERIFY(s.skippedRounds > 0);
        QVERIFY(s.delayedRounds > 0);
        QCOMPARE(s.pings + s.signalReadings + s.skippedRounds, 60 + 20);
        QCOMPARE(s.lost, 0);
    }

    void aRegistrationUrcIsMarkedBetweenReadings()
    {
        test::RecipeHarness h;
        QVERIFY(h.connect({QStringLiteral("ping-delay=2")}));
        QTemporaryDir dir;
        SoakMonitor monitor(h.session.commands());
        SoakSettings settings;
        settings.host = QStringLiteral("localhost");
        settings.durationMs = 3 * Minute;
        settings.timeScale = 500;
        settings.csvPath = dir.filePath(QStringLiteral("urc.csv"));
        // After the first reading the network reports "searching" on its own.
        connect(&monitor, &SoakMonitor::sampleTaken, this, [&](const SoakSample &s) {
            if (s.kind == SoakSample::Kind::Signal && monitor.summary().signalReadings == 1)
                h.connection.virtualModule()->urc("+CEREG: 2");
        });
        QCOMPARE(monitor.start(settings), QString());
        QVERIFY(test::waitUntil([&] { return !monitor.isRunning(); }, 10000));
        // 1 → 2 from the URC, 2 → 1 at the next reading (the module still says 1).
        const QList<RegistrationChange> &changes = monitor.statistics().registrationChanges();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).to, 2);
        QCOMPARE(changes.at(1).to, 1);
        QVERIFY(changes.at(1).timeMs - changes.at(0).timeMs > 30 * Second);
        QCOMPARE(lineCount(settings.csvPath), monitor.csvRows() + 1);
        QFile csv(settings.csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count(",registration,"), 2);
    }

    void anHourOfSamplesLeavesMemoryFlat()
    {
        test::RecipeHarness h;
        QVERIFY(h.connect({QStringLiteral("ping-delay=1")}));
        QTemporaryDir dir;
        SoakMonitor monitor(h.session.commands());
        SoakSettings settings;
        settings.host = QStringLiteral("localhost");
        settings.pingIntervalMs = 10 * Second;
        settings.signalIntervalMs = 1 * Minute;
        settings.durationMs = 60 * Minute;
        settings.timeScale = 1000; // an hour in 3.6 s
        settings.chartPoints = 32; // small, so that merging happens several times
        settings.csvPath = dir.filePath(QStringLiteral("hour.csv"));
        QList<qint64> retained;
        QList<qint64> resident;
        QList<int> pingsAt;
        int quarter = 1;
        // At each quarter hour: what the monitor retains, and the process's
        // resident memory once the session's own log (bounded at 100 000
        // transactions, ~1.6 kB each: not the monitor's) is emptied, so that
        // what remains is what the soak run keeps.
        auto measure = [&] {
            h.session.log()->clear();
            h.written.clear();
            h.written.squeeze();
            retained << monitor.statistics().retainedElements();
            resident << residentBytes();
            pingsAt << monitor.statistics().summary(monitor.nowMs()).pings;
        };
        connect(&monitor, &SoakMonitor::sampleTaken, this, [&](const SoakSample &s) {
            if (s.timeMs - monitor.summary().startMs < quarter * 15 * Minute)
                return;
            ++quarter;
            QMetaObject::invokeMethod(this, measure, Qt::QueuedConnection); // out of the engine's callback
        });
        QElapsedTimer wall;
        wall.start();
        QCOMPARE(monitor.start(settings), QString());
        QVERIFY(test::waitUntil([&] { return !monitor.isRunning(); }, 20000));
        measure();
        const SoakSummary s = monitor.summary();
        qInfo() << "hour run:" << wall.elapsed() << "ms wall; pings" << s.pings << "signal" << s.signalReadings
                << "skipped" << s.skippedRounds << "delayed" << s.delayedRounds
                << "p50/p95/max" << s.p50Ms << s.p95Ms << s.maxMs << "logical duration" << s.durationMs;
        qInfo() << "per quarter: pings" << pingsAt << "retained elements" << retained << "resident bytes" << resident;

        QCOMPARE(s.pings + s.signalReadings + s.skippedRounds, 360 + 60);
        QVERIFY2(s.pings >= 300, "most rounds ran: the scaled schedule is not starved");
        QVERIFY(s.durationMs >= 60 * Minute);
        // Bounded: each series at most chartPoints, lists capped, the histogram fixed.
        const qint64 bound = 3 * settings.chartPoints + SoakStatistics::OutagesKept + SoakStatistics::ChangesKept
                           + RoundTripHistogram::bucketCount();
        for (const qint64 r : std::as_const(retained))
            QVERIFY(r <= bound);
        QVERIFY(monitor.statistics().roundTrip().points().size() <= settings.chartPoints);
        QVERIFY(monitor.statistics().roundTrip().samplesPerPoint() >= 8); // merged, not grown
        // Flat: from the first quarter to the end resident memory stays within
        // allocator noise (measured: 0-4 KiB; the session's log alone, not
        // emptied, grows some 200 KiB a quarter).
        QVERIFY(resident.size() >= 2);
        const qint64 growth = resident.constLast() - resident.constFirst();
        QVERIFY2(growth < 256 * 1024, qPrintable(QStringLiteral("grew by %1 bytes").arg(growth)));
        // Every sample is in the CSV.
        QCOMPARE(lineCount(settings.csvPath), qint64(s.pings + s.signalReadings + s.registrationChanges) + 1);
    }
};

QTEST_GUILESS_MAIN(TestSoakMonitor)
#include "tst_soakmonitor.moc"
