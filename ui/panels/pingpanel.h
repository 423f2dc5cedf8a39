// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace bc25 { class ModuleSession; struct PingReply; struct PingSummary; }

namespace bc25::ui {

class StatusLine;

// AT+QPING (manual 2.1.8): host, context, timeout, count and size, a live
// plot of round trips (redrawn on a timer with replace(), STYLE.md rule 11)
// and the summary: sent, received, lost, min/avg/max.
class PingPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit PingPanel(ModuleSession *session, QWidget *parent = nullptr);

    void setHost(const QString &host);
    [[nodiscard]] QString host() const;
    QString start();
    [[nodiscard]] int pointCount() const { return int(m_points.size()); }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QLineEdit *hostEdit() const { return m_host; }
    [[nodiscard]] QChartView *chartView() const { return m_chartView; }
    [[nodiscard]] QLineSeries *series() const { return m_series; }

private:
    void showReplies(int count);
    void onReply(const PingReply &reply);
    void onFinished(bool ok, const PingSummary &summary, const QString &message);
    void redraw();

    ModuleSession *m_session;
    QLineEdit *m_host;
    QSpinBox *m_context;
    QSpinBox *m_timeout;
    QSpinBox *m_count;
    QSpinBox *m_size;
    QPushButton *m_start;
    StatusLine *m_summary;
    QLineSeries *m_series;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QChartView *m_chartView;
    QList<QPointF> m_points;
    QTimer m_redraw;
};

} // namespace bc25::ui
