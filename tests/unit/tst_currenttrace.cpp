// SPDX-License-Identifier: MIT
// Current traces read from text (the Power Profiler's export, named
// columns, a sketch's bare pairs), fed whole and split anywhere, kept in
// bounded memory with the charge summed exactly.

#include "power/currentcsvreader.h"
#include "power/currenttrace.h"

#include <QTest>

using namespace bc25::power;

namespace {

// The same text fed whole, in pieces of `piece` bytes, then finished.
struct Read
{
    CurrentTrace trace;
    CurrentCsvReader reader;
    explicit Read(QByteArrayView text, qsizetype piece = 0, CurrentCsvReader::Units units = CurrentCsvReader::Units())
        : reader(&trace, units)
    {
        if (piece <= 0)
            piece = text.size() + 1;
        for (qsizetype at = 0; at < text.size(); at += piece)
            reader.feed(text.sliced(at, std::min(piece, text.size() - at)));
        reader.finish();
    }
};

} // namespace

class TestCurrentTrace : public QObject
{
    Q_OBJECT

private slots:
    void formatsAndUnitsAreRecognised_data();
    void formatsAndUnitsAreRecognised();
    void theSameTextSplitAnywhereReadsTheSame();
    void linesThatAreNotSamplesAreCountedAndSkipped();
    void aLineBeyondTheBoundIsOneBadLine();
    void timeGoingBackIsRefused();
    void memoryStaysBoundedAndTheChargeExact();
    void chargeBetweenTwoTimes();
    void aHugeGapStaysBounded();
};

void TestCurrentTrace::formatsAndUnitsAreRecognised_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("format");
    QTest::addColumn<qint64>("samples");
    QTest::addColumn<double>("microcoulombs"); // each sample holds until the next; the last for the interval before it
    QTest::addColumn<QString>("description");
    QTest::newRow("Power Profiler, digital channels")
            << QByteArray("Timestamp(ms),Current(uA),D0-D7\n0.00,100,00000000\n0.01,300,00000001\n0.02,200,00000000\n")
            << int(CurrentCsvReader::Format::PowerProfiler) << qint64(3) << 0.006
            << QStringLiteral("Power Profiler export (ms, µA)");
    QTest::newRow("Power Profiler, old header")
            << QByteArray("Timestamp(ms),Current(uA)\r\n0,1000\r\n1,1000\r\n")
            << int(CurrentCsvReader::Format::PowerProfiler) << qint64(2) << 2.0
            << QStringLiteral("Power Profiler export (ms, µA)");
    QTest::newRow("named columns, seconds and milliamps, semicolons")
            << QByteArray("time_s;current_mA\n0;1\n0.5;3\n") << int(CurrentCsvReader::Format::NamedColumns) << qint64(2) << 2000.0
            << QStringLiteral("CSV with named columns (s, mA)");
    QTest::newRow("named columns in another order, tabs")
            << QByteArray("current [uA]\ttime (us)\n10\t0\n10\t100\n") << int(CurrentCsvReader::Format::NamedColumns) << qint64(2) << 0.002
            << QStringLiteral("CSV with named columns (µs, µA)");
    QTest::newRow("a sketch's bare pairs (ms, mA chosen)")
            << QByteArray("0, 2.5\n10, 2.5\n20, 2.5\n") << int(CurrentCsvReader::Format::Bare) << qint64(3) << 75.0
            << QStringLiteral("time and current pairs without a header (ms, mA, as chosen)");
}

void TestCurrentTrace::formatsAndUnitsAreRecognised()
{
    QFETCH(QByteArray, text);
    QFETCH(int, format);
    QFETCH(qint64, samples);
    QFETCH(double, microcoulombs);
    QFETCH(QString, description);
    Read read(text);
    QCOMPARE(int(read.reader.format()), format);
    QCOMPARE(read.trace.sampleCount(), samples);
    QCOMPARE(read.reader.badLineCount(), 0);
    QVERIFY2(qAbs(read.trace.totalMicrocoulombs() - microcoulombs) < 1e-9 * qMax(1.0, microcoulombs),
             qPrintable(QString::number(read.trace.totalMicrocoulombs(), 'g', 17)));
    QCOMPARE(read.reader.description(), description);
}

void TestCurrentTrace::theSameTextSplitAnywhereReadsTheSame()
{
    QByteArray text("Timestamp(ms),Current(uA),D0-D7\r\n");
    for (int i = 0; i < 500; ++i)
        text += QByteArray::number(i * 0.01, 'f', 2) + ',' + QByteArray::number(100 + (i * 37) % 900) + ",00000000\r\n";
    text += "garbage\r\n4.99"; // a bad line, and a last line without its newline
    const Read whole(text);
    for (const qsizetype piece : {1, 2, 3, 7, 64, 1000}) {
        const Read split(text, piece);
        QCOMPARE(split.trace.sampleCount(), whole.trace.sampleCount());
        QCOMPARE(split.trace.totalMicrocoulombs(), whole.trace.totalMicrocoulombs());
        QCOMPARE(split.reader.badLineCount(), 2); // "garbage", and "4.99" without a current
        QCOMPARE(split.reader.firstBadLine(), 502);
    }
    QCOMPARE(whole.trace.sampleCount(), 500);
}

void TestCurrentTrace::linesThatAreNotSamplesAreCountedAndSkipped()
{
    const Read read("0,1\nCurrent: 12 mA\n1,1\n\n2,x\n3,1\n4,inf\n5,1\n");
    QCOMPARE(read.trace.sampleCount(), 4);
    QCOMPARE(read.reader.badLineCount(), 3);
    QCOMPARE(read.reader.firstBadLine(), 2);
    QCOMPARE(read.reader.problems(), QStringLiteral("3 line(s) are not samples; the first is line 2"));
    // A text with no header it knows and no numbers: nothing read, said so.
    const Read nothing("hello\nworld\n");
    QCOMPARE(nothing.trace.sampleCount(), 0);
    QCOMPARE(nothing.reader.description(), QStringLiteral("no samples read"));
}

void TestCurrentTrace::aLineBeyondTheBoundIsOneBadLine()
{
    QByteArray text("0,1\n");
    text += QByteArray(10 * CurrentCsvReader::MaxLineLength, '7') + ",1\n";
    text += "1,1\n";
    for (const qsizetype piece : {0, 1, 100, 5000}) {
        const Read read(text, piece);
        QCOMPARE(read.trace.sampleCount(), 2);
        QCOMPARE(read.reader.badLineCount(), 1);
        QCOMPARE(read.reader.firstBadLine(), 2);
        QCOMPARE(read.reader.lineCount(), 3);
    }
}

void TestCurrentTrace::timeGoingBackIsRefused()
{
    const Read read("0,1\n10,1\n5,1\n20,1\n");
    QCOMPARE(read.trace.sampleCount(), 3);
    QCOMPARE(read.trace.refusedCount(), 1);
    QCOMPARE(read.reader.firstBadLine(), 3);
}

// 10 s at 100 kS/s of 1000 µA, then 10 s of 10 µA, into at most 64 buckets.
void TestCurrentTrace::memoryStaysBoundedAndTheChargeExact()
{
    CurrentTrace trace(1000, 64);
    const qint64 step = 10'000; // ns
    qint64 t = 0;
    for (int i = 0; i < 1'000'000; ++i, t += step)
        QVERIFY(trace.add(t, 1000));
    for (int i = 0; i < 1'000'000; ++i, t += step)
        QVERIFY(trace.add(t, 10));
    trace.finish();
    QVERIFY(trace.buckets().size() <= 64);
    QCOMPARE(trace.totalMicrocoulombs(), 10'000.0 + 100.0);
    QCOMPARE(trace.durationNs(), 20'000'000'000);
    QCOMPARE(trace.averageMicroamps(), 505.0);
    QCOMPARE(trace.minMicroamps(), 10.0);
    QCOMPARE(trace.maxMicroamps(), 1000.0);
    // Each bucket knows its extremes for drawing: the first 1000, the last 10.
    QCOMPARE(trace.buckets().first().maxMicroamps, 1000.0);
    QCOMPARE(trace.buckets().last().minMicroamps, 10.0);
}

void TestCurrentTrace::chargeBetweenTwoTimes()
{
    CurrentTrace trace(1'000'000); // 1 ms buckets
    for (qint64 ms = 0; ms < 100; ++ms)
        trace.add(ms * 1'000'000, ms < 50 ? 2000 : 100);
    trace.finish();
    // On bucket edges: exact.
    QCOMPARE(trace.microcoulombsBetween(0, 50'000'000), 100.0);
    QCOMPARE(trace.microcoulombsBetween(50'000'000, 100'000'000), 5.0);
    // Inside a bucket: prorated (half of a 2000 µA millisecond).
    QCOMPARE(trace.microcoulombsBetween(0, 500'000), 1.0);
    QCOMPARE(trace.microcoulombsBetween(40'000'000, 40'000'000), 0.0);
    QCOMPARE(trace.microcoulombsBetween(-5, 200'000'000), trace.totalMicrocoulombs());
}

// A meter left on for years between two samples (or a garbled time): the
// buckets widen, their count stays under the bound, nothing loops for long.
void TestCurrentTrace::aHugeGapStaysBounded()
{
    CurrentTrace trace(1000, 4096);
    QVERIFY(trace.add(-7, 5));
    QVERIFY(trace.add(1'000'000'000'000'000'000, 5)); // about 32 years later
    QVERIFY(trace.add(1'000'000'000'000'000'001, 7));
    trace.finish();
    QVERIFY(trace.buckets().size() <= 4096);
    QCOMPARE(trace.durationNs(), 1'000'000'000'000'000'009); // the last sample holds for the interval before it
    QCOMPARE(trace.maxMicroamps(), 7.0);
}

QTEST_GUILESS_MAIN(TestCurrentTrace)
#include "tst_currenttrace.moc"
