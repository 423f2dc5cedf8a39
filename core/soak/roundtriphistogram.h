// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace bc25::soak {

// Round trips counted in fixed buckets, so that p50 and p95 of a run of any
// length cost the same few kilobytes: 1 ms wide below 1 s, 10 ms below 10 s,
// 100 ms up to AT+QPING's longest timeout (255 s, manual 2.1.8). A
// percentile is exact to its bucket (the bucket's lower edge); min and max
// are kept exactly. Used by SoakStatistics.
class RoundTripHistogram final
{
public:
    static constexpr int LongestMs = 255000;

    RoundTripHistogram();

    void add(int ms);
    void clear();
    [[nodiscard]] qint64 count() const { return m_count; }
    [[nodiscard]] int minMs() const { return m_count ? m_min : -1; }
    [[nodiscard]] int maxMs() const { return m_count ? m_max : -1; }
    // The nearest-rank percentile (0 < percent <= 100), -1 when empty.
    [[nodiscard]] int percentile(double percent) const;
    [[nodiscard]] static int bucketOf(int ms);
    [[nodiscard]] static int lowerEdge(int bucket);
    [[nodiscard]] static int bucketCount();

private:
    QList<qint64> m_buckets;
    qint64 m_count = 0;
    int m_min = 0;
    int m_max = 0;
};

} // namespace bc25::soak
