// SPDX-License-Identifier: MIT
#include "soakstatistics.h"

#include <algorithm>

namespace bc25::soak {

SoakStatistics::SoakStatistics(int chartPoints)
    : m_roundTrip(chartPoints)
    , m_loss(chartPoints)
    , m_signal(chartPoints)
{
}

void SoakStatistics::reset(qint64 startMs)
{
    *this = SoakStatistics(m_roundTrip.capacity());
    m_startMs = startMs;
    m_lastMs = startMs;
}

std::optional<RegistrationChange> SoakStatistics::add(const SoakSample &sample)
{
    m_lastMs = std::max(m_lastMs, sample.timeMs);
    switch (sample.kind) {
    case SoakSample::Kind::Ping:
        addPing(sample);
        return std::nullopt;
    case SoakSample::Kind::Signal:
        return addSignal(sample);
    case SoakSample::Kind::Registration:
        return noteRegistration(sample);
    }
    return std::nullopt;
}

void SoakStatistics::addPing(const SoakSample &sample)
{
    if (sample.aborted())
        return; // never asked for: neither answered nor lost
    if (sample.failed()) {
        ++m_failed; // the module's failure, not the network's: apart from the loss
        return;
    }
    ++m_pings;
    m_loss.add(sample.timeMs, sample.lost() ? 1.0 : 0.0);
    if (sample.lost()) {
        ++m_lost;
        if (!m_pingOutage)
            m_pingOutage = SoakOutage {SoakOutage::Cause::PingLoss, sample.timeMs, 0, 0, true};
        ++m_pingOutage->lostPings;
        return;
    }
    m_histogram.add(sample.roundTripMs);
    m_roundTrip.add(sample.timeMs, sample.roundTripMs);
    closeOutage(m_pingOutage, sample.timeMs);
}

std::optional<RegistrationChange> SoakStatistics::addSignal(const SoakSample &sample)
{
    ++m_signalReadings;
    m_lastRssi = sample.rssi;
    if (sample.rssi != 99) // 99: not known or not detectable (27.007 8.5)
        m_signal.add(sample.timeMs, sample.rssi);
    return noteRegistration(sample);
}

std::optional<RegistrationChange> SoakStatistics::noteRegistration(const SoakSample &sample)
{
    if (sample.registration < 0)
        return std::nullopt;
    if (!sample.registered() && !m_registrationOutage)
        m_registrationOutage = SoakOutage {SoakOutage::Cause::NotRegistered, sample.timeMs, 0, 0, true};
    else if (sample.registered())
        closeOutage(m_registrationOutage, sample.timeMs);
    const int before = m_lastRegistration;
    m_lastRegistration = sample.registration;
    if (before < 0 || before == sample.registration)
        return std::nullopt;
    const RegistrationChange change {sample.timeMs, before, sample.registration};
    ++m_changeCount;
    if (m_changes.size() == ChangesKept) {
        m_changes.removeFirst();
        ++m_droppedChanges;
    }
    m_changes << change;
    return change;
}

void SoakStatistics::closeOutage(std::optional<SoakOutage> &outage, qint64 endMs)
{
    if (!outage)
        return;
    outage->open = false;
    outage->lengthMs = endMs - outage->startMs;
    m_longestOutageMs = std::max(m_longestOutageMs, outage->lengthMs);
    ++m_outageCount;
    if (m_outages.size() == OutagesKept) {
        m_outages.removeFirst();
        ++m_droppedOutages;
    }
    m_outages << *outage;
    outage.reset();
}

QList<SoakOutage> SoakStatistics::outages(qint64 nowMs) const
{
    QList<SoakOutage> all = m_outages;
    for (const std::optional<SoakOutage> &open : {m_registrationOutage, m_pingOutage}) {
        if (open) {
            all << *open;
            all.last().lengthMs = std::max<qint64>(0, nowMs - open->startMs);
        }
    }
    // In the order they began (a long loss of registration may hold several echo outages).
    std::stable_sort(all.begin(), all.end(), [](const SoakOutage &a, const SoakOutage &b) { return a.startMs < b.startMs; });
    return all;
}

SoakSummary SoakStatistics::summary(qint64 nowMs) const
{
    SoakSummary s;
    s.startMs = m_startMs;
    s.durationMs = std::max<qint64>(0, std::max(nowMs, m_lastMs) - m_startMs);
    s.pings = m_pings;
    s.lost = m_lost;
    s.failed = m_failed;
    s.lossPercent = m_pings == 0 ? 0 : 100.0 * m_lost / m_pings;
    s.p50Ms = m_histogram.percentile(50);
    s.p95Ms = m_histogram.percentile(95);
    s.minMs = m_histogram.minMs();
    s.maxMs = m_histogram.maxMs();
    s.signalReadings = m_signalReadings;
    s.lastRssi = m_lastRssi;
    s.lastRegistration = m_lastRegistration;
    s.outages = m_outageCount;
    s.longestOutageMs = m_longestOutageMs;
    for (const std::optional<SoakOutage> &open : {m_registrationOutage, m_pingOutage}) {
        if (open) {
            ++s.outages;
            s.longestOutageMs = std::max(s.longestOutageMs, nowMs - open->startMs);
        }
    }
    s.registrationChanges = m_changeCount;
    s.skippedRounds = m_skipped;
    s.delayedRounds = m_delayed;
    return s;
}

qint64 SoakStatistics::retainedElements() const
{
    return m_roundTrip.points().size() + m_loss.points().size() + m_signal.points().size()
         + m_outages.size() + m_changes.size() + RoundTripHistogram::bucketCount();
}

} // namespace bc25::soak
