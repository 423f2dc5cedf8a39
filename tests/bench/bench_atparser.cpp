// SPDX-License-Identifier: MIT
// Parser throughput on a 64 MiB mixed stream (URCs, responses, payload
// blocks in both access modes), fed in 4 KiB reads as a serial port delivers
// them, and the parser's memory as the stream grows. Prints its figures; the
// README quotes them. Build type Release.

#include "at/atparser.h"
#include "profile/moduleprofile.h"
#include "mixedlog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

using bc25::at::AtEvent;
using bc25::at::AtParser;

namespace {

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Run
{
    double seconds;
    qint64 events;
    qint64 payloadBytes;
};

Run parse(const QByteArray &pattern, qint64 total)
{
    AtParser parser(bc25::profile::ModuleProfile::bc25()->payloadGrammar());
    parser.setDirectPush(1, true);
    qint64 events = 0;
    qint64 payload = 0;
    QObject::connect(&parser, &AtParser::eventParsed, [&](const AtEvent &e) {
        ++events;
        if (e.kind == AtEvent::Kind::Data)
            payload += e.bytes.size();
    });
    constexpr qsizetype Read = 4096;
    QElapsedTimer clock;
    clock.start();
    qint64 fed = 0;
    qsizetype at = 0;
    while (fed < total) {
        const qsizetype n = qMin<qsizetype>(Read, pattern.size() - at);
        parser.feed(QByteArrayView(pattern).sliced(at, n));
        fed += n;
        at = (at + n) % pattern.size();
    }
    parser.finish();
    return {clock.nsecsElapsed() / 1e9, events, payload};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray pattern = bc25::test::mixedStreamPattern();
    constexpr qint64 Total = 64LL << 20;

    parse(pattern, 8LL << 20); // warm up, and the memory baseline at 8 MiB
    const qint64 rssAfter8 = peakRssKiB();
    Run best {1e9, 0, 0};
    for (int i = 0; i < 3; ++i) {
        const Run run = parse(pattern, Total);
        if (run.seconds < best.seconds)
            best = run;
    }
    const qint64 rssAfter64 = peakRssKiB();
    const double mbps = Total / 1e6 / best.seconds;
    std::printf("bench_atparser: 64 MiB mixed stream in 4 KiB reads: %.1f MB/s (best of 3, %.3f s), "
                "%lld events, %lld payload bytes\n",
                mbps, best.seconds, static_cast<long long>(best.events), static_cast<long long>(best.payloadBytes));
    std::printf("bench_atparser: peak RSS %lld KiB after 8 MiB, %lld KiB after 3 x 64 MiB (growth %lld KiB)\n",
                static_cast<long long>(rssAfter8), static_cast<long long>(rssAfter64),
                static_cast<long long>(rssAfter64 - rssAfter8));
    return 0;
}
