// SPDX-License-Identifier: MIT
#pragma once

#include "health/healthresult.h"

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QSplitter;
class QPushButton;
class QTextEdit;
class QToolButton;
class QTreeView;

namespace bc25 { class ModuleSession; }
namespace bc25::health { class HealthCheck; }
namespace bc25::link { class Connection; }

namespace bc25::ui {

class StatusLine;

class HealthPlanModel;
class HealthSettingsForm;

// The health check tab of the Diagnostics dock (issue 10): what the user
// names in a form; the plan as a list of checks with the exact commands each
// will send, rebuilt as the form changes, any of them untickable (an unticked
// check sends nothing); Run and Stop; each verdict in the same list as it
// comes, with the cause and next step in words; the selected check's evidence
// (its transactions) beside it; and Save report… (HTML and JSON, identities
// masked unless asked for). The run is the core's HealthCheck on the
// session's CommandRunner, as bc25-run --health uses it.
class HealthPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthPanel)
public:
    // The connection says whether a module is there to check, and on the
    // virtual module which loopback services stand in for the user's hosts.
    HealthPanel(ModuleSession *session, link::Connection *connection, QWidget *parent = nullptr);
    ~HealthPanel() override;

    // Starts the ticked checks; false (and nothing sent) when it cannot start.
    bool run();
    // Ends the run: nothing more is sent, the checks not finished say so.
    void stop();
    [[nodiscard]] bool isRunning() const;
    // Writes the last run's HTML report to `htmlPath` and its JSON beside it
    // (same base name, .json); the error in words, or empty.
    QString saveReport(const QString &htmlPath);
    void saveReportWithDialog();

    [[nodiscard]] HealthSettingsForm *form() const { return m_form; }
    [[nodiscard]] HealthPlanModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QTextEdit *details() const { return m_details; }
    [[nodiscard]] QProgressBar *progress() const { return m_progress; }
    // The bar's words beside it ("7 of 9", then "PASSED: 9 of 9 passed, 1 skipped" in the
    // bar's place, "Last run: …" once its link ended): cut with "…" and whole in the
    // tooltip when the dock is narrow, never moving the row; the bar's tooltip says them too.
    [[nodiscard]] StatusLine *progressLine() const { return m_progressLine; }
    [[nodiscard]] QPushButton *runButton() const { return m_runButton; }
    [[nodiscard]] QPushButton *stopButton() const { return m_stopButton; }
    [[nodiscard]] QPushButton *saveButton() const { return m_saveButton; }
    [[nodiscard]] QCheckBox *includeIdentities() const { return m_includeIdentities; }
    // Shows or hides the form (it folds away when a run starts).
    [[nodiscard]] QToolButton *hostsButton() const { return m_hostsButton; }
    [[nodiscard]] QString statusText() const;
    // Whether the status's line holding `words` is shown red (an error's colour).
    [[nodiscard]] bool statusLineIsRed(const QString &words) const;
    [[nodiscard]] health::HealthCheck *healthCheck() const { return m_check; }
    // The last run's results, every check of its plan (those not reached as not run).
    [[nodiscard]] const QList<health::CheckResult> &lastResults() const { return m_lastResults; }
    // The plan of the last run (what its verdict is judged against).
    [[nodiscard]] const QList<health::PlannedCheck> &runPlan() const { return m_runPlan; }

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    // For the status bar.
    void message(const QString &text);
    void runFinished();

private:
    void rebuildPlan();
    void onConnectionState(int state, const QString &message);
    void onCheckStarted(int check);
    void onCheckFinished(int check, const health::CheckResult &result);
    void endRun(QList<health::CheckResult> results, const QString &reason);
    void showDetails(int check);
    // The results on show are of a link that ended: said so, kept until the next link.
    void showResultsOfAnEndedLink();
    void forgetRun();
    // The words beside the bar (and the bar's tooltip).
    void setProgressWords(const QString &words);
    // The status: `text`, red when `error`, and under it `note` (a saved report), in its own colour.
    void setStatus(const QString &text, bool error = false, const QString &note = {}, bool noteIsError = false);
    void updateButtons();
    [[nodiscard]] bool connected() const;
    [[nodiscard]] health::HealthSettings currentSettings() const;

    ModuleSession *m_session;
    link::Connection *m_connection;
    health::HealthCheck *m_check;
    HealthSettingsForm *m_form;
    HealthPlanModel *m_model;
    QTreeView *m_view;
    QTextEdit *m_details;
    QPushButton *m_runButton;
    QPushButton *m_stopButton;
    QPushButton *m_saveButton;
    QCheckBox *m_includeIdentities;
    QLabel *m_status;
    QString m_statusText; // the status as words (the label holds it as coloured HTML)
    static constexpr const char *ErrorColour = "#b00020";
    QProgressBar *m_progress;
    int m_counted = 0; // the run's checks as RunVerdict counts them: all but the unticked
    StatusLine *m_progressLine;
    QToolButton *m_hostsButton;
    QSplitter *m_splitter = nullptr;
    bool m_splitterMoved = false;
    int m_toRun = 0;        // ticked checks in the run
    int m_ran = 0;          // checks that sent something
    int m_started = 0;
    QList<health::PlannedCheck> m_runPlan;
    health::HealthSettings m_runSettings;
    QList<health::CheckResult> m_lastResults;
    QDateTime m_runEnded;
    QString m_endReason;
    QString m_verdictText;       // the last run's verdict line and counts, kept by a save
    QString m_verdictTally;      // "PASSED: 9 of 10 passed, 1 skipped", beside the bar
    bool m_verdictFailed = false;
    int m_plannedSocket = -1;  // the connectID the plan's TCP check opens       // why the run is ending early (Stop, a lost link), said with its results
};

} // namespace bc25::ui
