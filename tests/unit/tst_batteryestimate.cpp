// SPDX-License-Identifier: MIT
// Battery life from one measured report and the sleep current, and the
// inputs that cannot make an estimate.

#include "power/batteryestimate.h"

#include <QTest>

using namespace bc25::power;

class TestBatteryEstimate : public QObject
{
    Q_OBJECT

private slots:
    void lifeFromAReportAndTheSleepCurrent_data();
    void lifeFromAReportAndTheSleepCurrent();
    void inputsThatCannotEstimate_data();
    void inputsThatCannotEstimate();
};

void TestBatteryEstimate::lifeFromAReportAndTheSleepCurrent_data()
{
    QTest::addColumn<double>("capacity");
    QTest::addColumn<double>("report");
    QTest::addColumn<qint64>("reportMs");
    QTest::addColumn<double>("sleep");
    QTest::addColumn<qint64>("intervalMs");
    QTest::addColumn<double>("average");
    QTest::addColumn<QString>("words");
    // A report of 10 s at 100 mA average (1 C) every hour, 3 µA asleep:
    // (1e6 + 3 × 3590) / 3600 = 280.769… µA; 2400 mAh lasts 8548 h.
    QTest::newRow("hourly NB-IoT report") << 2400.0 << 1e6 << qint64(10'000) << 3.0 << qint64(3'600'000) << 280.76944444444445
                                          << QStringLiteral("356.2 days (average 281 µA; no self-discharge counted)");
    QTest::newRow("daily: years") << 2400.0 << 1e6 << qint64(10'000) << 3.0 << qint64(86'400'000) << 14.573726851851851
                                  << QStringLiteral("18.8 years (average 14.6 µA; no self-discharge counted)");
    QTest::newRow("reporting all the time: hours") << 100.0 << 1e6 << qint64(10'000) << 3.0 << qint64(10'000) << 100'000.0
                                                   << QStringLiteral("1.0 hours (average 100000 µA; no self-discharge counted)");
}

void TestBatteryEstimate::lifeFromAReportAndTheSleepCurrent()
{
    QFETCH(double, capacity);
    QFETCH(double, report);
    QFETCH(qint64, reportMs);
    QFETCH(double, sleep);
    QFETCH(qint64, intervalMs);
    QFETCH(double, average);
    QFETCH(QString, words);
    const std::optional<BatteryEstimate> estimate = BatteryEstimate::estimate({capacity, report, reportMs, sleep, intervalMs});
    QVERIFY(estimate);
    QVERIFY(qAbs(estimate->averageMicroamps() - average) < 1e-9 * average);
    QVERIFY(qAbs(estimate->hours() - capacity * 1000.0 / average) < 1e-9 * estimate->hours());
    QCOMPARE(estimate->words(), words);
}

void TestBatteryEstimate::inputsThatCannotEstimate_data()
{
    QTest::addColumn<double>("capacity");
    QTest::addColumn<double>("report");
    QTest::addColumn<qint64>("reportMs");
    QTest::addColumn<double>("sleep");
    QTest::addColumn<qint64>("intervalMs");
    QTest::addColumn<QString>("why");
    QTest::newRow("no capacity") << 0.0 << 1.0 << qint64(1) << 1.0 << qint64(10) << QStringLiteral("Give the battery's capacity in mAh.");
    QTest::newRow("NaN capacity") << qQNaN() << 1.0 << qint64(1) << 1.0 << qint64(10) << QStringLiteral("Give the battery's capacity in mAh.");
    QTest::newRow("no interval") << 10.0 << 1.0 << qint64(1) << 1.0 << qint64(0) << QStringLiteral("Give how often the device reports.");
    QTest::newRow("report longer than the interval") << 10.0 << 1.0 << qint64(20) << 1.0 << qint64(10)
                                                     << QStringLiteral("The report takes longer than the interval between reports.");
    QTest::newRow("negative sleep current") << 10.0 << 1.0 << qint64(1) << -1.0 << qint64(10)
                                            << QStringLiteral("A measured figure is negative or not a number.");
    QTest::newRow("nothing drawn") << 10.0 << 0.0 << qint64(1) << 0.0 << qint64(10) << QStringLiteral("Nothing was drawn: measure a report first.");
}

void TestBatteryEstimate::inputsThatCannotEstimate()
{
    QFETCH(double, capacity);
    QFETCH(double, report);
    QFETCH(qint64, reportMs);
    QFETCH(double, sleep);
    QFETCH(qint64, intervalMs);
    QFETCH(QString, why);
    QString said;
    QVERIFY(!BatteryEstimate::estimate({capacity, report, reportMs, sleep, intervalMs}, &said));
    QCOMPARE(said, why);
}

QTEST_GUILESS_MAIN(TestBatteryEstimate)
#include "tst_batteryestimate.moc"
