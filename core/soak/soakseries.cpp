// SPDX-License-Identifier: MIT
#include "soakseries.h"

#include <algorithm>

namespace bc25::soak {

SoakSeries::SoakSeries(int capacity)
    : m_capacity(std::max(2, capacity + capacity % 2)) // even: merging pairs leaves half
{
    m_points.reserve(m_capacity);
}

void SoakSeries::clear()
{
    m_points.clear();
    m_samplesPerPoint = 1;
    m_samples = 0;
}

SoakPoint SoakSeries::merged(const SoakPoint &a, const SoakPoint &b)
{
    SoakPoint m;
    m.firstMs = std::min(a.firstMs, b.firstMs);
    m.lastMs = std::max(a.lastMs, b.lastMs);
    m.min = std::min(a.min, b.min);
    m.max = std::max(a.max, b.max);
    m.count = a.count + b.count;
    m.mean = m.count == 0 ? 0 : (a.mean * a.count + b.mean * b.count) / m.count;
    return m;
}

void SoakSeries::add(qint64 timeMs, double value)
{
    ++m_samples;
    const SoakPoint sample {timeMs, timeMs, value, value, value, 1};
    if (!m_points.isEmpty() && m_points.constLast().count < m_samplesPerPoint) {
        m_points.last() = merged(m_points.constLast(), sample);
        return;
    }
    if (m_points.size() == m_capacity)
        halveResolution();
    if (!m_points.isEmpty() && m_points.constLast().count < m_samplesPerPoint)
        m_points.last() = merged(m_points.constLast(), sample);
    else
        m_points.append(sample);
}

void SoakSeries::halveResolution()
{
    // In place: point i takes points 2i and 2i+1; the list never grows past capacity.
    const qsizetype half = m_points.size() / 2;
    for (qsizetype i = 0; i < half; ++i)
        m_points[i] = merged(m_points.at(2 * i), m_points.at(2 * i + 1));
    m_points.resize(half);
    m_samplesPerPoint *= 2;
}

} // namespace bc25::soak
