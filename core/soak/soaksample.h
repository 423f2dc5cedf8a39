// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace bc25::soak {

// One thing the soak monitor measured, at a logical time (SoakMonitor's
// clock: wall time scaled, so that a test runs an hour in seconds). Written
// to the CSV as it is taken and folded into SoakStatistics; never kept.
struct SoakSample
{
    enum class Kind : quint8 { Ping, Signal, Registration };
    static constexpr int Lost = -1;
    // An echo the ping never got to ask for: the link went (the user's
    // Disconnect, a pulled cable) and the module's AT+QPING was aborted. Not
    // lost: not counted, not in the loss %, its CSV row says "aborted".
    static constexpr int Aborted = -2;
    // An echo a failed AT+QPING never asked for: the module refused or ended
    // the ping with an error code (the BC25's +QPING: 5, PDP context not
    // active; a BG96's 561; the host not found). The module's or its
    // context's failure, not a lost echo: not in the loss % nor an outage,
    // counted apart; its CSV row says "failed".
    static constexpr int Failed = -3;

    Kind kind = Kind::Ping;
    qint64 timeMs = 0;          // logical, ms since the epoch, UTC
    int roundTripMs = Lost;     // Ping: the echo's round trip, Lost when it timed out (or Aborted, Failed)
    int rssi = 99;              // Signal: AT+CSQ, 99 = unknown
    int ber = 99;
    // Signal (AT+CEREG?), Registration (a change seen in a reading, or a
    // +CEREG URC when the user turned them on): +CEREG <stat>; -1 unknown.
    int registration = -1;

    [[nodiscard]] bool lost() const { return kind == Kind::Ping && roundTripMs == Lost; }
    [[nodiscard]] bool aborted() const { return kind == Kind::Ping && roundTripMs == Aborted; }
    [[nodiscard]] bool failed() const { return kind == Kind::Ping && roundTripMs == Failed; }
    // manual: +CEREG <stat> 1 registered (home), 5 registered (roaming)
    [[nodiscard]] bool registered() const { return registration == 1 || registration == 5; }
};

// A time the link was down: consecutive lost pings, or the module not
// registered. Open while it lasts; its length then runs to "now".
struct SoakOutage
{
    enum class Cause : quint8 { PingLoss, NotRegistered };
    Cause cause = Cause::PingLoss;
    qint64 startMs = 0;         // logical, ms since the epoch
    qint64 lengthMs = 0;        // to the first echo (or registration) after it
    int lostPings = 0;          // PingLoss: how many in the run
    bool open = false;
};

// The +CEREG <stat> changed between two readings: a marker on the chart.
struct RegistrationChange
{
    qint64 timeMs = 0;
    int from = -1;
    int to = -1;
};

// What a soak run amounts to, for the panel's text and a report.
struct SoakSummary
{
    qint64 startMs = 0;
    qint64 durationMs = 0;      // logical
    int pings = 0;              // echoes asked for (answered or lost)
    int lost = 0;
    int failed = 0;             // echoes a failed AT+QPING never asked for (SoakSample::Failed): not in pings
    double lossPercent = 0;
    int p50Ms = -1;             // -1: no echo yet; exact to the histogram's bucket
    int p95Ms = -1;
    int minMs = -1;             // exact
    int maxMs = -1;             // exact
    int signalReadings = 0;
    int lastRssi = 99;
    int lastRegistration = -1;
    int outages = 0;            // all of them, also those no longer listed
    qint64 longestOutageMs = 0;
    int registrationChanges = 0;
    int skippedRounds = 0;      // due while the same kind of round still ran
    int delayedRounds = 0;      // due while the other kind ran; sent after it
};

} // namespace bc25::soak
