// SPDX-License-Identifier: MIT
// The PSM and eDRX timer encodings of TS 24.008, read and written: every
// unit of both GPRS timers, the values a network grants in +CEREG, the
// eDRX tables per radio, and the nearest value a form may ask for.

#include "power/powertimers.h"

#include <QTest>

using namespace bc25::power;

class TestPowerTimers : public QObject
{
    Q_OBJECT

private slots:
    void psmTimersReadAsTheStandardSays_data();
    void psmTimersReadAsTheStandardSays();
    void malformedBitsAreRefused_data();
    void malformedBitsAreRefused();
    void everyEncodingReadsBackToItself();
    void nearestIsTheClosestEncodableValue_data();
    void nearestIsTheClosestEncodableValue();
    void nearestNeverPicksAnUnitWithoutDuration();
    void edrxCyclesPerRadio_data();
    void edrxCyclesPerRadio();
    void pagingWindowsPerRadio_data();
    void pagingWindowsPerRadio();
    void nearestCycleIsDefinedForTheRadio_data();
    void nearestCycleIsDefinedForTheRadio();
    void durationsInWords_data();
    void durationsInWords();
};

void TestPowerTimers::psmTimersReadAsTheStandardSays_data()
{
    QTest::addColumn<PsmTimerKind>("kind");
    QTest::addColumn<QByteArray>("bits");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<bool>("deactivated");
    QTest::addColumn<QString>("words");
    const auto active = PsmTimerKind::ActiveTime;
    const auto tau = PsmTimerKind::PeriodicTau;
    // GPRS timer 2 (T3324), TS 24.008 10.5.7.4.
    QTest::newRow("T3324 2 s × 5") << active << QByteArray("00000101") << qint64(10) << false << QStringLiteral("10 s");
    QTest::newRow("T3324 1 min × 4 (POWER.md)") << active << QByteArray("00100100") << qint64(240) << false << QStringLiteral("4 min");
    QTest::newRow("T3324 decihours × 3") << active << QByteArray("01000011") << qint64(1080) << false << QStringLiteral("18 min");
    QTest::newRow("T3324 deactivated") << active << QByteArray("11100000") << qint64(0) << true << QStringLiteral("deactivated");
    QTest::newRow("T3324 deactivated, value ignored") << active << QByteArray("11111111") << qint64(0) << true << QStringLiteral("deactivated");
    QTest::newRow("T3324 011 read as minutes") << active << QByteArray("01100010") << qint64(120) << false << QStringLiteral("2 min");
    QTest::newRow("T3324 110 read as minutes") << active << QByteArray("11000001") << qint64(60) << false << QStringLiteral("1 min");
    QTest::newRow("T3324 zero") << active << QByteArray("00000000") << qint64(0) << false << QStringLiteral("0 s");
    QTest::newRow("T3324 largest") << active << QByteArray("01011111") << qint64(31 * 360) << false << QStringLiteral("186 min");
    // GPRS timer 3 (T3412 extended), TS 24.008 10.5.7.4a.
    QTest::newRow("T3412 10 min × 3") << tau << QByteArray("00000011") << qint64(1800) << false << QStringLiteral("30 min");
    QTest::newRow("T3412 1 h × 2") << tau << QByteArray("00100010") << qint64(7200) << false << QStringLiteral("2 h");
    QTest::newRow("T3412 10 h × 7 (POWER.md)") << tau << QByteArray("01000111") << qint64(252000) << false << QStringLiteral("70 h");
    QTest::newRow("T3412 2 s × 31") << tau << QByteArray("01111111") << qint64(62) << false << QStringLiteral("62 s");
    QTest::newRow("T3412 30 s × 3") << tau << QByteArray("10000011") << qint64(90) << false << QStringLiteral("90 s");
    QTest::newRow("T3412 1 min × 9") << tau << QByteArray("10101001") << qint64(540) << false << QStringLiteral("9 min");
    QTest::newRow("T3412 320 h × 1") << tau << QByteArray("11000001") << qint64(1152000) << false << QStringLiteral("320 h");
    QTest::newRow("T3412 320 h × 31") << tau << QByteArray("11011111") << qint64(31 * 1152000) << false << QStringLiteral("9920 h");
    // Not "no TAU": the T3412 extended value is "considered as not included" (24.008 table 10.5.163a).
    QTest::newRow("T3412 111 not given") << tau << QByteArray("11100000") << qint64(0) << false
                                         << QStringLiteral("not given (the network's T3412 applies)");
    // The same bits mean different things in the two timers: "01000111" above.
    QTest::newRow("T3324 same bits as the 70 h TAU") << active << QByteArray("01000111") << qint64(2520) << false << QStringLiteral("42 min");
}

void TestPowerTimers::psmTimersReadAsTheStandardSays()
{
    QFETCH(PsmTimerKind, kind);
    QFETCH(QByteArray, bits);
    QFETCH(qint64, seconds);
    QFETCH(bool, deactivated);
    QFETCH(QString, words);
    const std::optional<PsmTimer> timer = PsmTimer::fromBits(kind, bits);
    QVERIFY(timer);
    QCOMPARE(timer->seconds(), seconds);
    QCOMPARE(timer->isDeactivated(), deactivated);
    QCOMPARE(timer->words(), words);
    QCOMPARE(timer->bits(), bits); // what was read is what is written back
    QCOMPARE(timer->kind(), kind);
}

void TestPowerTimers::malformedBitsAreRefused_data()
{
    QTest::addColumn<QByteArray>("bits");
    QTest::newRow("empty (a +CEREG field left out)") << QByteArray();
    QTest::newRow("seven bits") << QByteArray("0010010");
    QTest::newRow("nine bits") << QByteArray("001001001");
    QTest::newRow("quoted") << QByteArray("\"00100100\"");
    QTest::newRow("a two") << QByteArray("00100120");
    QTest::newRow("hex") << QByteArray("24");
    QTest::newRow("spaces") << QByteArray("0010 0100");
    QTest::newRow("NUL inside") << QByteArray("0010\0" "100", 8);
}

void TestPowerTimers::malformedBitsAreRefused()
{
    QFETCH(QByteArray, bits);
    QVERIFY(!PsmTimer::fromBits(PsmTimerKind::ActiveTime, bits));
    QVERIFY(!PsmTimer::fromBits(PsmTimerKind::PeriodicTau, bits));
    QVERIFY(!EdrxValue::cycle(EdrxAccess::NbIot, bits.left(4) + bits.mid(5)));
}

// All 256 octets of both timers: read, written, read again the same.
void TestPowerTimers::everyEncodingReadsBackToItself()
{
    for (const PsmTimerKind kind : {PsmTimerKind::ActiveTime, PsmTimerKind::PeriodicTau}) {
        for (int octet = 0; octet < 256; ++octet) {
            QByteArray bits(8, '0');
            for (int i = 0; i < 8; ++i)
                bits[7 - i] = (octet >> i) & 1 ? '1' : '0';
            const std::optional<PsmTimer> timer = PsmTimer::fromBits(kind, bits);
            QVERIFY(timer);
            QCOMPARE(timer->bits(), bits);
            QCOMPARE(timer->isDeactivated(), kind == PsmTimerKind::ActiveTime && octet >> 5 == 7);
            QCOMPARE(timer->isNotGiven(), kind == PsmTimerKind::PeriodicTau && octet >> 5 == 7);
            QVERIFY(timer->seconds() >= 0);
        }
    }
}

void TestPowerTimers::nearestIsTheClosestEncodableValue_data()
{
    QTest::addColumn<PsmTimerKind>("kind");
    QTest::addColumn<qint64>("asked");
    QTest::addColumn<QByteArray>("bits");
    QTest::addColumn<qint64>("seconds");
    const auto active = PsmTimerKind::ActiveTime;
    const auto tau = PsmTimerKind::PeriodicTau;
    QTest::newRow("active 0 s") << active << qint64(0) << QByteArray("00000000") << qint64(0);
    QTest::newRow("active 10 s exact") << active << qint64(10) << QByteArray("00000101") << qint64(10);
    QTest::newRow("active 11 s: 12 s (as near, longer)") << active << qint64(11) << QByteArray("00000110") << qint64(12);
    QTest::newRow("active 60 s: 1 min, not 30 × 2 s") << active << qint64(60) << QByteArray("00100001") << qint64(60);
    QTest::newRow("active 300 s exact (5 min)") << active << qint64(300) << QByteArray("00100101") << qint64(300);
    QTest::newRow("active 100 s: 2 min") << active << qint64(100) << QByteArray("00100010") << qint64(120);
    QTest::newRow("active 31 min exact") << active << qint64(1860) << QByteArray("00111111") << qint64(1860);
    QTest::newRow("active 33 min: 31 min, nearer than 36") << active << qint64(1980) << QByteArray("00111111") << qint64(1860);
    QTest::newRow("active 35 min: 36 min (6 decihours)") << active << qint64(2100) << QByteArray("01000110") << qint64(2160);
    QTest::newRow("active past the largest") << active << qint64(100000) << QByteArray("01011111") << qint64(11160);
    QTest::newRow("active negative: 0") << active << qint64(-5) << QByteArray("00000000") << qint64(0);
    QTest::newRow("TAU 70 h") << tau << qint64(252000) << QByteArray("01000111") << qint64(252000);
    QTest::newRow("TAU 1 h: 1 h, not 6 × 10 min") << tau << qint64(3600) << QByteArray("00100001") << qint64(3600);
    QTest::newRow("TAU 24 h") << tau << qint64(86400) << QByteArray("00111000") << qint64(86400);
    QTest::newRow("TAU 45 s: 46 s in 2 s steps (as near as 44, longer)") << tau << qint64(45) << QByteArray("01110111") << qint64(46);
    QTest::newRow("TAU 80 s: 90 s, not 62 s") << tau << qint64(80) << QByteArray("10000011") << qint64(90);
    QTest::newRow("TAU 640 h: 2 × 320 h") << tau << qint64(640 * 3600) << QByteArray("11000010") << qint64(640 * 3600);
    QTest::newRow("TAU past the largest") << tau << qint64(1LL << 40) << QByteArray("11011111") << qint64(31 * 1152000);
}

void TestPowerTimers::nearestIsTheClosestEncodableValue()
{
    QFETCH(PsmTimerKind, kind);
    QFETCH(qint64, asked);
    QFETCH(QByteArray, bits);
    QFETCH(qint64, seconds);
    const PsmTimer timer = PsmTimer::nearest(kind, asked);
    QCOMPARE(timer.bits(), bits);
    QCOMPARE(timer.seconds(), seconds);
    QVERIFY(!timer.isDeactivated());
    // No encodable value is nearer (brute force over all 256 octets).
    for (int octet = 0; octet < 224; ++octet) {
        const PsmTimer other = *PsmTimer::fromBits(kind, QByteArray::number(octet | 0x100, 2).right(8));
        QVERIFY2(std::llabs(other.seconds() - asked) >= std::llabs(seconds - asked), other.bits().constData());
    }
}

// Timer 2's units 011-110 read as minutes, but a form never writes them: a
// receiver of another version could read them otherwise.
void TestPowerTimers::nearestNeverPicksAnUnitWithoutDuration()
{
    for (qint64 asked = 0; asked <= 12000; asked += 7) {
        const int unit = PsmTimer::nearest(PsmTimerKind::ActiveTime, asked).bits().left(3).toInt(nullptr, 2);
        QVERIFY2(unit <= 2, qPrintable(QString::number(asked)));
    }
}

void TestPowerTimers::edrxCyclesPerRadio_data()
{
    QTest::addColumn<EdrxAccess>("access");
    QTest::addColumn<QByteArray>("bits");
    QTest::addColumn<qint64>("milliseconds");
    QTest::addColumn<QString>("words");
    const auto nb = EdrxAccess::NbIot;
    const auto m = EdrxAccess::LteM;
    QTest::newRow("NB 0010") << nb << QByteArray("0010") << qint64(20480) << QStringLiteral("20.48 s");
    QTest::newRow("NB 0101") << nb << QByteArray("0101") << qint64(81920) << QStringLiteral("81.92 s");
    QTest::newRow("NB 1111") << nb << QByteArray("1111") << qint64(10485760) << QStringLiteral("10485.76 s");
    // TS 24.008 table 10.5.5.32's notes: what the module makes of the values NB-S1 does not define.
    QTest::newRow("NB 0000 undefined") << nb << QByteArray("0000") << qint64(0) << QStringLiteral("0000 (NB-IoT reads it as no eDRX)");
    QTest::newRow("NB 0001 undefined") << nb << QByteArray("0001") << qint64(0) << QStringLiteral("0001 (NB-IoT reads it as no eDRX)");
    QTest::newRow("NB 0110 undefined") << nb << QByteArray("0110") << qint64(0) << QStringLiteral("0110 (NB-IoT reads it as 20.48 s)");
    QTest::newRow("NB 1000 undefined") << nb << QByteArray("1000") << qint64(0) << QStringLiteral("1000 (NB-IoT reads it as 20.48 s)");
    QTest::newRow("M 0000") << m << QByteArray("0000") << qint64(5120) << QStringLiteral("5.12 s");
    QTest::newRow("M 0110") << m << QByteArray("0110") << qint64(102400) << QStringLiteral("102.4 s");
    QTest::newRow("M 1101") << m << QByteArray("1101") << qint64(2621440) << QStringLiteral("2621.44 s");
    QTest::newRow("M 1110 undefined") << m << QByteArray("1110") << qint64(0) << QStringLiteral("1110 (LTE-M reads it as 2621.44 s)");
    QTest::newRow("M 1111 undefined") << m << QByteArray("1111") << qint64(0) << QStringLiteral("1111 (LTE-M reads it as 2621.44 s)");
}

void TestPowerTimers::edrxCyclesPerRadio()
{
    QFETCH(EdrxAccess, access);
    QFETCH(QByteArray, bits);
    QFETCH(qint64, milliseconds);
    QFETCH(QString, words);
    const std::optional<EdrxValue> cycle = EdrxValue::cycle(access, bits);
    QVERIFY(cycle);
    QCOMPARE(cycle->milliseconds(), milliseconds);
    QCOMPARE(cycle->isDefined(), milliseconds > 0);
    QCOMPARE(cycle->words(), words);
    QCOMPARE(cycle->bits(), bits);
}

void TestPowerTimers::pagingWindowsPerRadio_data()
{
    QTest::addColumn<EdrxAccess>("access");
    QTest::addColumn<QByteArray>("bits");
    QTest::addColumn<qint64>("milliseconds");
    QTest::newRow("NB 0000") << EdrxAccess::NbIot << QByteArray("0000") << qint64(2560);
    QTest::newRow("NB 0011") << EdrxAccess::NbIot << QByteArray("0011") << qint64(10240);
    QTest::newRow("NB 1111") << EdrxAccess::NbIot << QByteArray("1111") << qint64(40960);
    QTest::newRow("M 0000") << EdrxAccess::LteM << QByteArray("0000") << qint64(1280);
    QTest::newRow("M 1111") << EdrxAccess::LteM << QByteArray("1111") << qint64(20480);
}

void TestPowerTimers::pagingWindowsPerRadio()
{
    QFETCH(EdrxAccess, access);
    QFETCH(QByteArray, bits);
    QFETCH(qint64, milliseconds);
    const std::optional<EdrxValue> window = EdrxValue::pagingWindow(access, bits);
    QVERIFY(window);
    QCOMPARE(window->milliseconds(), milliseconds);
    QVERIFY(!EdrxValue::pagingWindow(access, "00000"));
}

void TestPowerTimers::nearestCycleIsDefinedForTheRadio_data()
{
    QTest::addColumn<EdrxAccess>("access");
    QTest::addColumn<qint64>("asked");
    QTest::addColumn<QByteArray>("bits");
    QTest::newRow("NB 5 s: 20.48 s, the shortest NB-IoT cycle") << EdrxAccess::NbIot << qint64(5000) << QByteArray("0010");
    QTest::newRow("M 5 s: 5.12 s") << EdrxAccess::LteM << qint64(5000) << QByteArray("0000");
    QTest::newRow("NB 100 s: 81.92 s") << EdrxAccess::NbIot << qint64(100000) << QByteArray("0101");
    QTest::newRow("M 100 s: 102.4 s") << EdrxAccess::LteM << qint64(100000) << QByteArray("0110");
    QTest::newRow("NB 3 h: 10485.76 s") << EdrxAccess::NbIot << qint64(3 * 3600 * 1000) << QByteArray("1111");
    QTest::newRow("M 3 h: 2621.44 s, the longest LTE-M cycle") << EdrxAccess::LteM << qint64(3 * 3600 * 1000) << QByteArray("1101");
}

void TestPowerTimers::nearestCycleIsDefinedForTheRadio()
{
    QFETCH(EdrxAccess, access);
    QFETCH(qint64, asked);
    QFETCH(QByteArray, bits);
    const EdrxValue cycle = EdrxValue::nearestCycle(access, asked);
    QCOMPARE(cycle.bits(), bits);
    QVERIFY(cycle.isDefined());
}

void TestPowerTimers::durationsInWords_data()
{
    QTest::addColumn<qint64>("milliseconds");
    QTest::addColumn<QString>("words");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("seconds") << qint64(45000) << QStringLiteral("45 s");
    QTest::newRow("minutes") << qint64(120000) << QStringLiteral("2 min");
    QTest::newRow("90 min stays minutes") << qint64(5400000) << QStringLiteral("90 min");
    QTest::newRow("hours") << qint64(7200000) << QStringLiteral("2 h");
    QTest::newRow("two decimals") << qint64(20480) << QStringLiteral("20.48 s");
    QTest::newRow("one decimal") << qint64(102400) << QStringLiteral("102.4 s");
    QTest::newRow("a millisecond rounds to two decimals") << qint64(1001) << QStringLiteral("1 s");
}

void TestPowerTimers::durationsInWords()
{
    QFETCH(qint64, milliseconds);
    QFETCH(QString, words);
    QCOMPARE(durationWords(milliseconds), words);
}

QTEST_GUILESS_MAIN(TestPowerTimers)
#include "tst_powertimers.moc"
