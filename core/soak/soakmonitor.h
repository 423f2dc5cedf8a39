// SPDX-License-Identifier: MIT
#pragma once

#include "soakcsvwriter.h"
#include "soakstatistics.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

namespace bc25 { class CommandRunner; class NetworkTools; struct PingReply; struct PingSummary; }
namespace bc25::at { struct ResultLine; }

namespace bc25::soak {

// What a soak run does. Intervals and the duration are in logical ms.
struct SoakSettings
{
    // The context the pings use; left out: the model's (ModuleProfile::defaultContext()).
    std::optional<int> contextId;
    QString host;
    qint64 pingIntervalMs = 10000;
    qint64 signalIntervalMs = 60000;  // AT+CSQ then AT+CEREG?; 0: not read
    // AT+QPING <time_out>; left out: the model's default (ModuleProfile::pingDefaults(), manual 2.1.8)
    std::optional<int> pingTimeoutSeconds;
    int pingsPerRound = 1;            // AT+QPING <pingnum>: one echo a round, or a few
    qint64 durationMs = 0;            // 0: until stopped
    // Logical ms per wall ms: 1 in the field; a test runs an hour in seconds with 1000.
    int timeScale = 1;
    int chartPoints = 600;            // per series (SoakSeries)
    QString csvPath;                  // empty: a file in the temporary folder (the GUI names one in its data folder)
};

// Field diagnostics over hours (issue 10): one AT+QPING round every ping
// interval and one AT+CSQ + AT+CEREG? round every signal interval, each
// through the catalog's builders and the session's CommandRunner. Rounds
// never overlap: a round due while the other kind runs waits for it
// (delayed), one due while its own kind still runs or waits is skipped; both
// are counted. Samples stream to the CSV and fold into SoakStatistics, so
// memory stays flat. +CEREG URCs, when the user turned them on (AT+CEREG=1..3),
// mark changes between two readings; the monitor never changes that setting.
// Used by the soak panel.
//
// Time: the monitor's clock is logical. now = start + wall time elapsed ×
// timeScale, and rounds are due at start + k × interval on that clock. A
// scale of 1 is the real world; a test sets 1000 and the whole schedule
// (intervals, duration, sample times, outage lengths) runs 1000 times
// faster without anything else knowing. Round trips are what the module
// reports and are never scaled.
class SoakMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoakMonitor)
public:
    explicit SoakMonitor(CommandRunner *runner, QObject *parent = nullptr);
    ~SoakMonitor() override;

    // Why these settings cannot run (the catalog's words for AT+QPING's
    // ranges), or empty. Nothing is sent for a refused run.
    [[nodiscard]] QString validate(const SoakSettings &settings) const;
    // Starts a run (the statistics and CSV start afresh); the reason when not.
    QString start(const SoakSettings &settings);
    // Sends nothing more; a round's late answers are ignored.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const SoakSettings &settings() const { return m_settings; }
    [[nodiscard]] const SoakStatistics &statistics() const { return m_statistics; }
    [[nodiscard]] SoakSummary summary() const { return m_statistics.summary(nowMs()); }
    // The logical clock, ms since the epoch (the last run's end once stopped).
    [[nodiscard]] qint64 nowMs() const;
    [[nodiscard]] QString csvPath() const { return m_csv.path(); }
    [[nodiscard]] qint64 csvRows() const { return m_csv.rows(); }
    QString exportCsv(const QString &destination) { return m_csv.exportTo(destination); }

signals:
    void sampleTaken(const bc25::soak::SoakSample &sample);
    void runningChanged(bool running);
    // A round's AT+QPING failed as a whole (not cut by the link): the ping's
    // <finresult> (the BC25's 5: PING_PDP_ACT_FAIL; 561 on other models) and
    // its words. Its echoes are sampled as failed (SoakSample::Failed), not lost.
    void pingFailed(int result, const QString &message);

private:
    enum class Round : quint8 { None, Ping, Signal };

    [[nodiscard]] qint64 elapsedMs() const;
    void onTick();
    void scheduleTick();
    void due(Round round, qint64 &next, qint64 interval);
    void runPending();
    void startPing();
    void startSignal();
    void readRegistration(int rssi, int ber);
    void onPingReply(const PingReply &reply);
    void onPingFinished();
    void onUrc(const at::ResultLine &line);
    void take(const SoakSample &sample);
    void roundDone();
    void finishIfDone();

    CommandRunner *m_runner;
    NetworkTools *m_tools;            // the monitor's own: its signals are only its pings
    SoakSettings m_settings;
    SoakStatistics m_statistics;
    SoakCsvWriter m_csv;
    QElapsedTimer m_wall;
    QTimer m_tick;
    qint64 m_startMs = 0;
    qint64 m_stoppedAtMs = 0;
    qint64 m_nextPingMs = 0;          // logical ms since start
    qint64 m_nextSignalMs = 0;
    Round m_inFlight = Round::None;
    bool m_pingPending = false;
    bool m_signalPending = false;
    bool m_pingOutstanding = false;   // an AT+QPING of any run not yet finished
    bool m_pingAborted = false;       // this round's AT+QPING was cut short by the link
    bool m_pingFailed = false;        // this round's AT+QPING failed in the module (an error code)
    int m_repliesThisRound = 0;
    bool m_running = false;
    bool m_scheduleOver = false;      // the duration is reached: only what is due still runs
    quint64 m_generation = 0;
};

} // namespace bc25::soak
