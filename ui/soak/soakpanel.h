// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace bc25 { class ModuleSession; }
namespace bc25::soak { class SoakMonitor; struct SoakSummary; }

namespace bc25::profile { class ModuleProfile; }

namespace bc25::ui {

class SoakChartView;

// Field diagnostics over hours (issue 10): a host, how often to ping it and
// read signal and registration, Start/Stop, the chart (SoakChartView, redrawn
// at most four times a second), the summary (loss, round trip p50/p95/max,
// outages with start and length) and CSV export. The form persists in
// QSettings. Self-contained: the main window only docks it.
class SoakPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SoakPanel(ModuleSession *session, QWidget *parent = nullptr);
    ~SoakPanel() override;

    [[nodiscard]] soak::SoakMonitor *monitor() const { return m_monitor; }
    [[nodiscard]] SoakChartView *chartView() const { return m_chart; }
    [[nodiscard]] QLineEdit *hostEdit() const { return m_host; }
    [[nodiscard]] QSpinBox *pingIntervalBox() const { return m_pingSeconds; }
    [[nodiscard]] QSpinBox *signalIntervalBox() const { return m_signalSeconds; }
    [[nodiscard]] QString summaryText() const;
    // Logical seconds per wall second: 1 in the field; tests run faster.
    void setTimeScale(int scale) { m_timeScale = scale; }

public slots:
    // Starts a run with the form's values; the reason when it cannot (also shown).
    QString start();
    void stop();
    // Copies the run's CSV to `path`; the reason when it cannot (also shown).
    QString exportCsvTo(const QString &path);
    // The window's word on the link: without a module Start is off, and a run
    // ends when the link goes (a pulled cable is not a network outage).
    // `byUser`: the user's Disconnect ended the link, not a loss.
    void setModuleConnected(bool connected, const QString &message = {}, bool byUser = false);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void exportCsv();
    void onRunningChanged(bool running);
    void scheduleRedraw();
    void redraw();
    void setSummary(const QString &text);
    void fitSummary();
    void saveForm() const;
    void forgetRun();
    [[nodiscard]] static QString introText();
    [[nodiscard]] QString describe(const soak::SoakSummary &summary) const;

    const profile::ModuleProfile *m_profile; // the session's model, for the advice
    soak::SoakMonitor *m_monitor;
    QLineEdit *m_host;
    QSpinBox *m_pingSeconds;
    QSpinBox *m_signalSeconds;
    bool m_connected = false;
    bool m_runShown = false;   // the chart and summary show a run of the module connected now
    QString m_stopNote;        // why a run ended other than by Stop, shown above the summary
    QString m_exportNote;      // where the last export went (or why it failed)
    QString m_failureNote;     // the run's last failed AT+QPING, with what to do about it (ErrorAdvice)
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_export;
    SoakChartView *m_chart;
    QLabel *m_summary;
    QScrollArea *m_summaryScroll = nullptr;
    QTimer m_redraw;
    int m_timeScale = 1;
};

} // namespace bc25::ui
