// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace bc25::soak {

// One point of a bounded series: the samples of a span of time folded into
// their minimum, maximum and mean, so a merged chart still shows the spikes.
struct SoakPoint
{
    qint64 firstMs = 0;         // logical time of the first and last sample folded in
    qint64 lastMs = 0;
    double min = 0;
    double max = 0;
    double mean = 0;
    int count = 0;
};

// A chart series whose memory is bounded however long a soak runs: at most
// `capacity` points. While there is room each point holds samplesPerPoint()
// samples; when full, neighbours are merged pairwise (min of mins, max of
// maxes, weighted mean) and each point holds twice as many from then on, so
// the resolution halves but stays even along the whole run. Used by
// SoakStatistics for round trip, loss and signal.
class SoakSeries final
{
public:
    explicit SoakSeries(int capacity = 600);

    void add(qint64 timeMs, double value);
    void clear();
    [[nodiscard]] const QList<SoakPoint> &points() const { return m_points; }
    [[nodiscard]] int capacity() const { return m_capacity; }
    [[nodiscard]] int samplesPerPoint() const { return m_samplesPerPoint; }
    [[nodiscard]] qint64 samples() const { return m_samples; }

    static SoakPoint merged(const SoakPoint &a, const SoakPoint &b);

private:
    void halveResolution();

    QList<SoakPoint> m_points;
    int m_capacity;
    int m_samplesPerPoint = 1;
    qint64 m_samples = 0;
};

} // namespace bc25::soak
