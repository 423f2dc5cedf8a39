// SPDX-License-Identifier: MIT
#pragma once

#include "healthresult.h"

#include <QObject>

namespace bc25 { class CommandRunner; }
namespace bc25::at { struct ResultLine; }

namespace bc25::health {

// Runs a health check's plan on the session, check by check and command by
// command, through the catalog and the same engine (via CommandRunner, so an
// ERROR is explained by AT+QIGETERROR) and judges each check from its
// transactions. Typed commands rather than a Lua recipe: the plan must show
// every command before anything is sent and let the user untick checks, and
// the verdicts read typed answers (PingSummary, DnsResult, NtpTime).
// Used by bc25-run --health and (later) the GUI's diagnostics panel.
class HealthCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthCheck)
public:
    explicit HealthCheck(CommandRunner *runner, QObject *parent = nullptr);

    // Starts the plan; false (and nothing happens) while one runs.
    bool start(const QList<PlannedCheck> &plan, const HealthSettings &settings);
    // Ends the run: nothing else is sent but an undo still due (AT+QICLOSE
    // after an AT+QIOPEN in flight or done), so a stop leaves no socket open.
    // The current and later checks are "not run" and finished() follows: at
    // once when nothing needs undoing, else once the undo is answered
    // (isRunning() stays true until then).
    // `notRunReason`: what the checks left say ("Not run: the link to the module
    // was lost."); without one, the user's Stop ("Not run: the check was stopped.").
    void stop(const QString &notRunReason = {});
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const QList<CheckResult> &results() const { return m_results; }
    // The wall clock of the evidence's time 0 (its transactions' writtenMs), for the reports.
    [[nodiscard]] qint64 clockOriginMs() const;

signals:
    void checkStarted(int index);
    void checkFinished(int index, const bc25::health::CheckResult &result);
    void finished(const QList<bc25::health::CheckResult> &results);

private:
    void runNext();
    void sendNext();
    void onTransaction(const at::Transaction &transaction);
    void onUnsolicited(const at::ResultLine &line);
    CheckResult notRun(const PlannedCheck &check) const;
    [[nodiscard]] bool undoMayBeDue() const;
    [[nodiscard]] bool isDue(const PlannedCommand &planned) const;

    CommandRunner *m_runner;
    QList<PlannedCheck> m_plan;
    HealthSettings m_settings;
    QList<CheckResult> m_results;
    QList<at::Transaction> m_evidence;
    QList<bool> m_succeeded;   // per command of the current check
    QList<bool> m_answeredError; // per command: a bare ERROR, which its explanation follows
    int m_check = -1;
    int m_command = -1;
    int m_stoppedBy = -1;      // the check whose failure ended the run
    bool m_requiredFailed = false;
    QByteArray m_restartedWith; // the module restarted during the current check (RDY)
    bool m_running = false;
    bool m_stopping = false;   // the user pressed Stop: only undos go out
    QString m_stopReason;      // why the checks left did not run, when not the user's Stop
    quint64 m_generation = 0;  // answers to a stopped run are dropped
};

} // namespace bc25::health
