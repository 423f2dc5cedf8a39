// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace bc25::power {

// A current trace of any length in bounded memory: hours of a meter
// sampling at 100 kS/s cannot be kept sample by sample, and need not be.
// What is kept exactly is the charge (the sum of current × time between
// samples, as the samples say: each holds until the next) in total and per
// bucket; what is kept for drawing is each bucket's minimum and maximum.
// Buckets start at `finestBucketNs` wide and double (neighbours merged)
// whenever there would be more than `maxBuckets`, so memory stays flat
// whatever the trace's length, and no sum is ever rounded away.
class CurrentTrace final
{
public:
    struct Bucket
    {
        double minMicroamps = 0;
        double maxMicroamps = 0;
        long double chargeMicroampNs = 0; // µA × ns, exact sums of the samples
        qint64 coveredNs = 0;             // the time the samples in it cover
        bool touched = false;             // a sample's time fell in it (else min and max mean nothing)
    };

    explicit CurrentTrace(qint64 finestBucketNs = 1'000'000, qsizetype maxBuckets = 1 << 19);

    // One sample: time in ns from the trace's start (non-decreasing; an
    // earlier one is refused and counted) and the current in µA.
    bool add(qint64 timeNs, double microamps);
    // No more samples: the last one holds for the typical interval before it.
    void finish();

    [[nodiscard]] qint64 sampleCount() const { return m_samples; }
    [[nodiscard]] qint64 refusedCount() const { return m_refused; }
    [[nodiscard]] qint64 startNs() const { return m_firstNs; }
    [[nodiscard]] qint64 durationNs() const { return m_coveredNs; }
    // The exact charge of the whole trace, in µA·s (µC).
    [[nodiscard]] double totalMicrocoulombs() const { return double(m_chargeMicroampNs / 1e9L); }
    [[nodiscard]] double averageMicroamps() const;
    [[nodiscard]] double minMicroamps() const { return m_min; }
    [[nodiscard]] double maxMicroamps() const { return m_max; }

    // The charge between two times (ns from the start), in µC: exact where
    // [from, to) falls on bucket edges, prorated inside the two end buckets.
    [[nodiscard]] double microcoulombsBetween(qint64 fromNs, qint64 toNs) const;
    // How wide the buckets are now: the resolution of microcoulombsBetween().
    [[nodiscard]] qint64 bucketNs() const { return m_bucketNs; }
    [[nodiscard]] const QList<Bucket> &buckets() const { return m_buckets; }

private:
    void account(qint64 fromNs, qint64 toNs, double microamps);
    void mergePairs();

    const qsizetype m_maxBuckets;
    qint64 m_bucketNs;
    QList<Bucket> m_buckets;
    qint64 m_samples = 0;
    qint64 m_refused = 0;
    qint64 m_firstNs = -1;
    qint64 m_lastNs = -1;
    double m_lastMicroamps = 0;
    qint64 m_lastIntervalNs = 0;
    qint64 m_coveredNs = 0;
    long double m_chargeMicroampNs = 0;
    double m_min = 0;
    double m_max = 0;
    bool m_finished = false;
};

} // namespace bc25::power
