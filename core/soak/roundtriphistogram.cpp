// SPDX-License-Identifier: MIT
#include "roundtriphistogram.h"

#include <algorithm>
#include <cmath>

namespace bc25::soak {

namespace {
constexpr int FineEndMs = 1000;     // 1 ms buckets below
constexpr int MediumEndMs = 10000;  // 10 ms buckets below
constexpr int FineBuckets = FineEndMs;
constexpr int MediumBuckets = (MediumEndMs - FineEndMs) / 10;
constexpr int CoarseBuckets = (RoundTripHistogram::LongestMs - MediumEndMs) / 100 + 1;
} // namespace

RoundTripHistogram::RoundTripHistogram()
    : m_buckets(bucketCount(), 0)
{
}

int RoundTripHistogram::bucketCount()
{
    return FineBuckets + MediumBuckets + CoarseBuckets;
}

int RoundTripHistogram::bucketOf(int ms)
{
    ms = std::clamp(ms, 0, LongestMs);
    if (ms < FineEndMs)
        return ms;
    if (ms < MediumEndMs)
        return FineBuckets + (ms - FineEndMs) / 10;
    return FineBuckets + MediumBuckets + (ms - MediumEndMs) / 100;
}

int RoundTripHistogram::lowerEdge(int bucket)
{
    if (bucket < FineBuckets)
        return bucket;
    if (bucket < FineBuckets + MediumBuckets)
        return FineEndMs + (bucket - FineBuckets) * 10;
    return MediumEndMs + (bucket - FineBuckets - MediumBuckets) * 100;
}

void RoundTripHistogram::add(int ms)
{
    ++m_buckets[bucketOf(ms)];
    m_min = m_count == 0 ? ms : std::min(m_min, ms);
    m_max = m_count == 0 ? ms : std::max(m_max, ms);
    ++m_count;
}

void RoundTripHistogram::clear()
{
    std::fill(m_buckets.begin(), m_buckets.end(), 0);
    m_count = 0;
}

int RoundTripHistogram::percentile(double percent) const
{
    if (m_count == 0)
        return -1;
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(percent / 100.0 * double(m_count))));
    qint64 seen = 0;
    for (int bucket = 0; bucket < m_buckets.size(); ++bucket) {
        seen += m_buckets.at(bucket);
        if (seen >= rank) // never below the exact minimum nor above the exact maximum
            return std::clamp(lowerEdge(bucket), m_min, m_max);
    }
    return m_max;
}

} // namespace bc25::soak
