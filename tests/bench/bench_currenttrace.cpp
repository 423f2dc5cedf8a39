// SPDX-License-Identifier: MIT
// Importing a current trace: a ten-minute Power Profiler export at 100 kS/s
// (60 million samples, written here as the app writes it) read by
// CurrentCsvReader in 1 MiB blocks, against `wc -l` reading the same file,
// in alternated pairs; samples per second, the ratio, the peak resident
// memory, and the charge checked against the sum written. Prints its figures;
// the README quotes them. BC25_TRACE_SECONDS shortens the trace for a try.

#include "power/currentcsvreader.h"
#include "power/currenttrace.h"
#include "residentmemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int SampleRate = 100'000;
constexpr int Pairs = 3;

// A device that sleeps at 3 µA and wakes every 10 s for 120 ms at 80 mA,
// with a 300 mA transmit burst of 2 ms: µA values with two decimals.
double currentAt(qint64 sample)
{
    const qint64 inPeriod = sample % (10 * SampleRate);
    if (inPeriod < SampleRate / 500)
        return 300'000.0;
    if (inPeriod < SampleRate * 12 / 100)
        return 80'000.0 + double(sample % 7) * 0.25;
    return 3.0 + double(sample % 5) * 0.01;
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 traceSeconds = qEnvironmentVariableIsSet("BC25_TRACE_SECONDS") ? qEnvironmentVariableIntValue("BC25_TRACE_SECONDS") : 600;
    const qint64 samples = traceSeconds * SampleRate;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trace.csv"));
    long double writtenCharge = 0; // µA × 10 µs, as the reader sums it
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QByteArray block;
        block.reserve(1 << 21);
        block += "Timestamp(ms),Current(uA),D0-D7\n";
        char line[64];
        for (qint64 i = 0; i < samples; ++i) {
            const double current = currentAt(i);
            writtenCharge += (long double)current * 10'000;
            block.append(line, std::snprintf(line, sizeof line, "%.2f,%.2f,00000000\n", double(i) / 100.0, current));
            if (block.size() > (1 << 20)) {
                file.write(block);
                block.clear();
            }
        }
        file.write(block);
    }
    const double megabytes = double(QFile(path).size()) / 1e6;

    QList<double> readerSeconds;
    QList<double> wcSeconds;
    double charge = 0;
    qint64 read = 0;
    qint64 buckets = 0;
    for (int pair = 0; pair < Pairs; ++pair) {
        QElapsedTimer timer;
        timer.start();
        QProcess wc;
        wc.start(QStringLiteral("wc"), {QStringLiteral("-l"), path});
        if (!wc.waitForFinished(600000) || wc.exitCode() != 0)
            return 1;
        wcSeconds << seconds(timer);

        timer.restart();
        bc25::power::CurrentTrace trace;
        bc25::power::CurrentCsvReader reader(&trace);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        QByteArray blockRead(1 << 20, Qt::Uninitialized);
        for (qint64 n; (n = file.read(blockRead.data(), blockRead.size())) > 0;)
            reader.feed(QByteArrayView(blockRead.constData(), n));
        reader.finish();
        readerSeconds << seconds(timer);
        charge = trace.totalMicrocoulombs();
        read = trace.sampleCount();
        buckets = trace.buckets().size();
        if (reader.badLineCount())
            std::printf("bench_currenttrace: %lld lines not read\n", static_cast<long long>(reader.badLineCount()));
    }
    std::sort(readerSeconds.begin(), readerSeconds.end());
    std::sort(wcSeconds.begin(), wcSeconds.end());
    const double reader = readerSeconds.at(Pairs / 2);
    const double wc = wcSeconds.at(Pairs / 2);
    const double expected = double(writtenCharge / 1e9L);
    std::printf("bench_currenttrace: %lld s at 100 kS/s, %lld samples read of %lld, %.0f MB: reader %.2f s "
                "(%.1f M samples/s, %.0f MB/s), wc -l %.2f s: %.1f× wc's time (medians of %d pairs)\n",
                static_cast<long long>(traceSeconds), static_cast<long long>(read), static_cast<long long>(samples), megabytes,
                reader, double(read) / reader / 1e6, megabytes / reader, wc, reader / wc, Pairs);
    std::printf("bench_currenttrace: charge %.6f µC read, %.6f µC written (relative difference %.2e); %lld buckets kept; "
                "resident %.1f MiB after the reads\n",
                charge, expected, std::abs(charge - expected) / expected, static_cast<long long>(buckets),
                double(bc25::test::residentBytes()) / 1048576.0);
    return read == samples && std::abs(charge - expected) <= 1e-9 * expected ? 0 : 1;
}
