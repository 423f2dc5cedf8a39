// SPDX-License-Identifier: MIT
#pragma once

#include "roundtriphistogram.h"
#include "soaksample.h"
#include "soakseries.h"

#include <QList>

#include <optional>

namespace bc25::soak {

// Everything a soak run keeps, in memory that stays flat however long it
// runs: bounded chart series (round trip, loss, signal), a round-trip
// histogram for the percentiles, counters, and capped lists of outages and
// registration changes with a count of those no longer listed. The samples
// themselves go to the CSV (SoakCsvWriter). Fed by SoakMonitor, read by the
// panel; unit-tested on crafted samples.
class SoakStatistics final
{
public:
    static constexpr int OutagesKept = 100;     // the latest; older ones only counted
    static constexpr int ChangesKept = 200;

    explicit SoakStatistics(int chartPoints = 600);

    void reset(qint64 startMs);
    // Folds one sample in. For a Signal or Registration sample whose +CEREG
    // <stat> differs from the last one known, the change is recorded and returned.
    std::optional<RegistrationChange> add(const SoakSample &sample);

    [[nodiscard]] SoakSummary summary(qint64 nowMs) const;
    [[nodiscard]] const SoakSeries &roundTrip() const { return m_roundTrip; }
    [[nodiscard]] const SoakSeries &loss() const { return m_loss; }      // 1 lost, 0 answered
    [[nodiscard]] const SoakSeries &signal() const { return m_signal; }  // rssi 0..31 (99 left out)
    [[nodiscard]] const RoundTripHistogram &histogram() const { return m_histogram; }
    // Outages in the order they began; an open one has its length up to `nowMs`.
    [[nodiscard]] QList<SoakOutage> outages(qint64 nowMs) const;
    [[nodiscard]] int droppedOutages() const { return m_droppedOutages; }
    [[nodiscard]] const QList<RegistrationChange> &registrationChanges() const { return m_changes; }
    [[nodiscard]] int droppedChanges() const { return m_droppedChanges; }
    // Retained elements of every bounded structure together: flat once full.
    [[nodiscard]] qint64 retainedElements() const;

    void countSkipped() { ++m_skipped; }
    void countDelayed() { ++m_delayed; }

private:
    void addPing(const SoakSample &sample);
    std::optional<RegistrationChange> addSignal(const SoakSample &sample);
    std::optional<RegistrationChange> noteRegistration(const SoakSample &sample);
    void closeOutage(std::optional<SoakOutage> &outage, qint64 endMs);

    SoakSeries m_roundTrip;
    SoakSeries m_loss;
    SoakSeries m_signal;
    RoundTripHistogram m_histogram;
    QList<SoakOutage> m_outages;
    std::optional<SoakOutage> m_pingOutage;
    std::optional<SoakOutage> m_registrationOutage;
    QList<RegistrationChange> m_changes;
    qint64 m_startMs = 0;
    qint64 m_lastMs = 0;
    int m_pings = 0;
    int m_lost = 0;
    int m_failed = 0;
    int m_signalReadings = 0;
    int m_lastRssi = 99;
    int m_lastRegistration = -1;
    int m_outageCount = 0;
    int m_droppedOutages = 0;
    int m_changeCount = 0;
    int m_droppedChanges = 0;
    qint64 m_longestOutageMs = 0;
    int m_skipped = 0;
    int m_delayed = 0;
};

} // namespace bc25::soak
