// SPDX-License-Identifier: MIT
#include "currenttrace.h"

#include <algorithm>

namespace bc25::power {

CurrentTrace::CurrentTrace(qint64 finestBucketNs, qsizetype maxBuckets)
    : m_maxBuckets(std::max<qsizetype>(2, maxBuckets))
    , m_bucketNs(std::max<qint64>(1, finestBucketNs))
{
}

bool CurrentTrace::add(qint64 timeNs, double microamps)
{
    if (m_finished || (m_samples && timeNs < m_lastNs)) {
        ++m_refused;
        return false;
    }
    if (!m_samples) {
        m_firstNs = timeNs;
        m_min = m_max = microamps;
    } else {
        // The last sample's current held until this one came.
        account(m_lastNs - m_firstNs, timeNs - m_firstNs, m_lastMicroamps);
        m_lastIntervalNs = timeNs - m_lastNs;
    }
    m_min = std::min(m_min, microamps);
    m_max = std::max(m_max, microamps);
    account(timeNs - m_firstNs, timeNs - m_firstNs, microamps); // drawn where it is
    m_lastNs = timeNs;
    m_lastMicroamps = microamps;
    ++m_samples;
    return true;
}

void CurrentTrace::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_samples)
        account(m_lastNs - m_firstNs, m_lastNs - m_firstNs + m_lastIntervalNs, m_lastMicroamps);
}

void CurrentTrace::account(qint64 fromNs, qint64 toNs, double microamps)
{
    do {
        qsizetype index = qsizetype(fromNs / m_bucketNs);
        while (index >= m_maxBuckets) {
            mergePairs();
            index = qsizetype(fromNs / m_bucketNs);
        }
        if (index >= m_buckets.size())
            m_buckets.resize(index + 1);
        Bucket &bucket = m_buckets[index];
        const qint64 end = std::min(toNs, qint64(index + 1) * m_bucketNs);
        const qint64 span = end - fromNs;
        bucket.chargeMicroampNs += (long double)microamps * span;
        bucket.coveredNs += span;
        if (!bucket.touched) {
            bucket.minMicroamps = bucket.maxMicroamps = microamps;
            bucket.touched = true;
        } else {
            bucket.minMicroamps = std::min(bucket.minMicroamps, microamps);
            bucket.maxMicroamps = std::max(bucket.maxMicroamps, microamps);
        }
        m_chargeMicroampNs += (long double)microamps * span;
        m_coveredNs += span;
        fromNs = end;
    } while (fromNs < toNs);
}

void CurrentTrace::mergePairs()
{
    QList<Bucket> merged((m_buckets.size() + 1) / 2);
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        const Bucket &from = m_buckets.at(i);
        Bucket &to = merged[i / 2];
        if (from.touched) {
            to.minMicroamps = to.touched ? std::min(to.minMicroamps, from.minMicroamps) : from.minMicroamps;
            to.maxMicroamps = to.touched ? std::max(to.maxMicroamps, from.maxMicroamps) : from.maxMicroamps;
            to.touched = true;
        }
        to.chargeMicroampNs += from.chargeMicroampNs;
        to.coveredNs += from.coveredNs;
    }
    m_buckets = std::move(merged);
    m_bucketNs *= 2;
}

double CurrentTrace::averageMicroamps() const
{
    return m_coveredNs ? double(m_chargeMicroampNs / m_coveredNs) : m_lastMicroamps;
}

double CurrentTrace::microcoulombsBetween(qint64 fromNs, qint64 toNs) const
{
    fromNs = std::max<qint64>(0, fromNs);
    if (toNs <= fromNs || m_buckets.isEmpty())
        return 0;
    long double charge = 0;
    const qsizetype first = qsizetype(fromNs / m_bucketNs);
    const qsizetype last = std::min(m_buckets.size() - 1, qsizetype((toNs - 1) / m_bucketNs));
    for (qsizetype i = first; i <= last; ++i) {
        const Bucket &bucket = m_buckets.at(i);
        const qint64 begin = qint64(i) * m_bucketNs;
        const qint64 overlap = std::min(toNs, begin + m_bucketNs) - std::max(fromNs, begin);
        charge += overlap == m_bucketNs ? bucket.chargeMicroampNs
                                        : bucket.chargeMicroampNs * overlap / m_bucketNs; // prorated
    }
    return double(charge / 1e9L);
}

} // namespace bc25::power
