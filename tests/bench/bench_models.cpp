// SPDX-License-Identifier: MIT
// Decoding speed per model: bc25-decode --stats --model <id> on the parser
// benchmark's 64 MiB stream (URCs, responses, 512-byte reads, direct push), the
// same bytes for every model, against the BC25 in alternated pairs of one run
// (after a warm-up pair that is not counted)
// (reference first, then the model, so that a busy machine slows both alike);
// the median ratio of the pairs' speeds. With BC25_DECODE_BASELINE=<a
// bc25-decode built before module profiles existed>, that program (which knows
// the BC25 only, and takes no --model) is the reference instead: the issue asks
// that no model decode slower than 0.9 of the BC25-only figure. Prints its
// figures; the README quotes them. Build type Release.

#include "mixedlog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int Repeats = 64; // 64 × 1 MiB
constexpr int Pairs = 7;

struct Decoded
{
    double megabytesPerSecond = 0; // --stats measures itself, without the process start; 0 when it failed
    qint64 events = 0;
};

Decoded decode(const QString &program, const QStringList &modelArguments, const QString &path)
{
    QProcess process;
    process.start(program, modelArguments + QStringList {QStringLiteral("--stats"), path});
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    const QJsonObject stats = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    return {stats.value(QLatin1String("megabytesPerSecond")).toDouble(),
            stats.value(QLatin1String("events")).toInteger()};
}

QStringList modelIds()
{
    QProcess process;
    process.start(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--list-models")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    QStringList ids;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QByteArray id = line.trimmed().split(' ').value(0).split('\t').value(0);
        if (!id.isEmpty())
            ids << QString::fromLatin1(id);
    }
    return ids;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString stream = dir.filePath(QStringLiteral("stream.log"));
    {
        QFile file(stream);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        const QByteArray pattern = bc25::test::mixedStreamPattern();
        for (int i = 0; i < Repeats; ++i)
            file.write(pattern);
    }
    const QString program = QStringLiteral(BC25_DECODE_PATH);
    const QString baseline = qEnvironmentVariable("BC25_DECODE_BASELINE");
    const QString reference = baseline.isEmpty() ? QStringLiteral("bc25-decode --model bc25")
                                                 : QStringLiteral("%1 (before module profiles)").arg(baseline);
    const QStringList ids = modelIds();
    if (ids.size() < 2) {
        std::printf("bench_models: bc25-decode --list-models failed\n");
        return 1;
    }
    // One pair first, not counted: the first runs read a cold file and a cold program.
    decode(program, {QStringLiteral("--model"), QStringLiteral("bc25")}, stream);
    decode(program, {QStringLiteral("--model"), ids.constLast()}, stream);
    bool allWithin = true;
    for (const QString &id : ids) {
        QList<double> ratios;
        double modelSum = 0;
        double referenceSum = 0;
        qint64 events = 0;
        for (int i = 0; i < Pairs; ++i) {
            const double before = (baseline.isEmpty() ? decode(program, {QStringLiteral("--model"), QStringLiteral("bc25")}, stream)
                                                      : decode(baseline, {}, stream)).megabytesPerSecond;
            const Decoded decoded = decode(program, {QStringLiteral("--model"), id}, stream);
            const double after = decoded.megabytesPerSecond;
            events = decoded.events;
            if (before <= 0 || after <= 0) {
                std::printf("bench_models: bc25-decode failed for %s\n", qPrintable(id));
                return 1;
            }
            ratios << after / before;
            modelSum += after;
            referenceSum += before;
        }
        std::sort(ratios.begin(), ratios.end());
        const double median = ratios[Pairs / 2];
        allWithin = allWithin && median >= 0.9;
        std::printf("bench_models: 64 MiB stream, --model %-7s %6.1f MB/s against %6.1f MB/s for %s "
                    "(means of %d alternated pairs), speed ratio median %.3f (%.3f–%.3f), %lld events\n",
                    qPrintable(id), modelSum / Pairs, referenceSum / Pairs, qPrintable(reference), Pairs, median,
                    ratios.first(), ratios.last(), static_cast<long long>(events));
    }
    std::printf("bench_models: every model %s 0.9 of the reference\n", allWithin ? "at or above" : "NOT at");
    return 0;
}
