// SPDX-License-Identifier: MIT
// bc25-decode as a user runs it, on a 64 MiB raw log of a busy module with
// echo on (echoed commands and their answers, 512-byte reads with OK inside
// the payload, direct push, pings, sends): --stats and --transactions, best
// of three, the program's own figure and the wall clock (process start
// included). Also the parser benchmark's stream, which has no commands, and
// a log whose second phases never end (pings cut short without their summary
// line, as after a reset) at 2, 4 and 8 MiB: seconds per MiB that stay flat
// show the cost is linear. And the stream as a capture (#bc25-capture 1, RX
// records of 64 to 256 bytes): a capture costs what a raw log does, per byte,
// not an 8 MiB line buffer per record. Prints its figures; the README quotes them.
// With BC25_DECODE_BASELINE=<an older bc25-decode>, also ten alternated pairs
// of --stats on the same log, old then new: the ratio of their times.
// Build type Release.

#include "capture/captureformat.h"
#include "capture/capturerecord.h"
#include "mixedlog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int Repeats = 64; // 64 × 1 MiB

struct Timing
{
    double wallSeconds = 0;
    double reportedMBps = 0; // --stats measures itself, without the process start
    bool ok = false;
};

Timing run(const QStringList &arguments, const QString &path, const QString &program = QStringLiteral(BC25_DECODE_PATH))
{
    QProcess process;
    process.setStandardOutputFile(arguments.contains(QStringLiteral("--stats")) ? QString() : QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments + QStringList {path});
    Timing timing;
    if (!process.waitForFinished(300000) || process.exitCode() != 0)
        return timing;
    timing.wallSeconds = clock.nsecsElapsed() / 1e9;
    timing.ok = true;
    if (arguments.contains(QStringLiteral("--stats"))) {
        const QJsonObject stats = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        timing.reportedMBps = stats.value(QLatin1String("megabytesPerSecond")).toDouble();
    }
    return timing;
}

Timing best(const QStringList &arguments, const QString &path)
{
    Timing best;
    for (int i = 0; i < 3; ++i) {
        const Timing t = run(arguments, path);
        if (!t.ok)
            return t;
        if (!best.ok || t.wallSeconds < best.wallSeconds)
            best = t;
    }
    return best;
}

// Alternated pairs (old, new) so that a busy machine slows both alike; the median ratio of the pairs.
bool compareWithBaseline(const QString &baseline, const QString &path)
{
    constexpr int Pairs = 10;
    QList<double> ratios;
    double oldSum = 0;
    double newSum = 0;
    for (int i = 0; i < Pairs; ++i) {
        const Timing before = run({QStringLiteral("--stats")}, path, baseline);
        const Timing after = run({QStringLiteral("--stats")}, path);
        if (!before.ok || !after.ok || after.reportedMBps <= 0)
            return false;
        ratios << before.reportedMBps / after.reportedMBps; // time new / time old
        oldSum += before.reportedMBps;
        newSum += after.reportedMBps;
    }
    std::sort(ratios.begin(), ratios.end());
    std::printf("bench_decode: --stats against %s, %d alternated pairs: %.1f MB/s against %.1f MB/s (means), "
                "time ratio new/old median %.3f (%.3f–%.3f)\n",
                qPrintable(baseline), Pairs, newSum / Pairs, oldSum / Pairs, (ratios[4] + ratios[5]) / 2,
                ratios.first(), ratios.last());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto writeLog = [&dir](const QString &name, const QByteArray &pattern) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            for (int i = 0; i < Repeats; ++i)
                file.write(pattern);
        }
        return path;
    };
    const QString path = writeLog(QStringLiteral("mixed.log"), bc25::test::mixedLogPattern());
    const QString stream = writeLog(QStringLiteral("stream.log"), bc25::test::mixedStreamPattern());
    const double megabytes = QFileInfo(path).size() / 1e6;
    if (const QString baseline = qEnvironmentVariable("BC25_DECODE_BASELINE"); !baseline.isEmpty()) {
        if (!compareWithBaseline(baseline, path)) {
            std::printf("bench_decode: bc25-decode failed\n");
            return 1;
        }
    }
    const Timing stats = best({QStringLiteral("--stats")}, path);
    const Timing streamStats = best({QStringLiteral("--stats")}, stream);
    const Timing transactions = best({QStringLiteral("--transactions")}, path);
    if (!stats.ok || !transactions.ok || !streamStats.ok) {
        std::printf("bench_decode: bc25-decode failed\n");
        return 1;
    }
    std::printf("bench_decode: %.1f MB raw log with echo (commands, reads, pushes, pings, sends), best of 3\n", megabytes);
    std::printf("bench_decode: --stats %.1f MB/s (its own figure), %.1f MB/s wall with process start\n",
                stats.reportedMBps, megabytes / stats.wallSeconds);
    std::printf("bench_decode: --transactions %.1f MB/s wall with process start, output to /dev/null\n",
                megabytes / transactions.wallSeconds);
    std::printf("bench_decode: the parser benchmark's 64 MiB stream (no commands): --stats %.1f MB/s (its own figure), %.1f MB/s wall\n",
                streamStats.reportedMBps, QFileInfo(stream).size() / 1e6 / streamStats.wallSeconds);

    // The stream as a capture: one RX record per 64..256 bytes, as a serial port's reads come.
    {
        const QString capture = dir.filePath(QStringLiteral("stream.bc25cap"));
        QFile file(capture);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(bc25::capture::CaptureFormat::Magic.toByteArray() + '\n');
        const QByteArray pattern = bc25::test::mixedStreamPattern();
        qint64 time = 1764000000000;
        for (int i = 0; i < 16; ++i) { // 16 MiB of records
            for (qsizetype at = 0, size = 64; at < pattern.size(); at += size, size = 64 + (size * 7) % 193) {
                bc25::capture::CaptureRecord record;
                record.timestampMs = time++;
                record.direction = bc25::capture::CaptureRecord::Direction::Receive;
                record.bytes = pattern.mid(at, size);
                file.write(bc25::capture::CaptureFormat::formatRecord(record));
            }
        }
        file.close();
        const Timing t = best({QStringLiteral("--stats")}, capture);
        if (!t.ok) {
            std::printf("bench_decode: bc25-decode failed on the capture\n");
            return 1;
        }
        std::printf("bench_decode: the stream as a %.1f MB capture of RX records: --stats %.1f MB/s (its own figure), %.1f MB/s wall\n",
                    QFileInfo(capture).size() / 1e6, t.reportedMBps, QFileInfo(capture).size() / 1e6 / t.wallSeconds);
    }

    // Second phases that never end: the open operations stay as few as the module allows.
    const QByteArray cutPing = "AT+QPING=1,\"10.0.0.1\"\r\r\nOK\r\n\r\n+QPING: 0,\"10.0.0.1\",32,40,255\r\n";
    for (const int mebibytes : {2, 4, 8}) {
        const QString cut = dir.filePath(QStringLiteral("cut-pings-%1.log").arg(mebibytes));
        QFile file(cut);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QByteArray block;
        while (block.size() < (1 << 20) - cutPing.size())
            block += cutPing;
        for (int i = 0; i < mebibytes; ++i)
            file.write(block);
        file.close();
        const Timing t = best({QStringLiteral("--transactions")}, cut);
        if (!t.ok) {
            std::printf("bench_decode: bc25-decode failed on the cut-short pings\n");
            return 1;
        }
        std::printf("bench_decode: pings cut short, %d MiB: --transactions %.3f s, %.3f s/MiB wall\n",
                    mebibytes, t.wallSeconds, t.wallSeconds / mebibytes);
    }
    // A send's TX record glued to as many AT+CSQ as 1, 2 and 4 MiB hold, the
    // send never answered: each command waits behind it, and the record is read
    // once (it was re-copied per command: 1 MiB 16.5 s, 2 MiB 84 s).
    for (const int mebibytes : {1, 2, 4}) {
        const QString glued = dir.filePath(QStringLiteral("glued-%1.bc25cap").arg(mebibytes));
        QFile file(glued);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(bc25::capture::CaptureFormat::Magic.toByteArray() + '\n');
        const qint64 time = 1764000000000;
        for (const auto &[transmit, bytes] : {std::pair<bool, QByteArray> {true, "AT+QISEND=0,4\r"},
                                             {false, "AT+QISEND=0,4\r\r\n> "},
                                             {true, "abcd" + QByteArray("AT+CSQ\r").repeated((qsizetype(mebibytes) << 20) / 9)},
                                             {false, "abcd"}}) {
            using Direction = bc25::capture::CaptureRecord::Direction;
            file.write(bc25::capture::CaptureFormat::formatRecord({time, transmit ? Direction::Transmit : Direction::Receive, bytes}));
        }
        file.close();
        const Timing t = best({QStringLiteral("--stats")}, glued);
        if (!t.ok) {
            std::printf("bench_decode: bc25-decode failed on the glued record\n");
            return 1;
        }
        std::printf("bench_decode: a send's record glued to %d MiB of commands: --stats %.3f s, %.3f s/MiB wall\n",
                    mebibytes, t.wallSeconds, t.wallSeconds / mebibytes);
    }
    return 0;
}
