// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>

class QDateTimeAxis;
class QGraphicsTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

#include "soak/soaksample.h"

namespace bc25::soak { class SoakStatistics; }

namespace bc25::ui {

// The soak run over time: round trip (ms, left axis; the mean of each
// point, its maximum as a faint line), signal (dBm from AT+CSQ, right axis),
// lost echoes as red crosses on the time axis and registration changes as
// triangles at the top (their tooltip says from and to). Drawn from SoakStatistics' bounded series with
// replace(), on the panel's timer (STYLE.md rule 11). Used by SoakPanel.
class SoakChartView final : public QChartView
{
    Q_OBJECT
public:
    explicit SoakChartView(QWidget *parent = nullptr);

    void showStatistics(const soak::SoakStatistics &statistics, qint64 startMs, qint64 nowMs);
    void clear();
    [[nodiscard]] int roundTripPointCount() const;
    [[nodiscard]] int lostPointCount() const;
    [[nodiscard]] int signalPointCount() const;
    [[nodiscard]] int registrationMarkCount() const;
    // What the registration mark nearest `timeMs` says, for its tooltip.
    [[nodiscard]] QString registrationMarkText(qint64 timeMs) const;
    // Before a run: no times on the axis, a line saying they come with the run.
    [[nodiscard]] bool showsEmptyHint() const;
    // Where that line is drawn, in the chart's coordinates (inside plotArea()).
    [[nodiscard]] QRectF emptyHintArea() const;
    [[nodiscard]] QDateTimeAxis *timeAxis() const { return m_time; }
    [[nodiscard]] QValueAxis *roundTripAxis() const { return m_milliseconds; }

private:
    void onRegistrationHovered(const QPointF &point, bool entered);
    void showRoundTripRange(double top);
    void placeEmptyHint();

    QList<soak::RegistrationChange> m_changes; // the marks on show
    QLineSeries *m_roundTrip;
    QLineSeries *m_roundTripMax;
    QScatterSeries *m_lost;
    QLineSeries *m_signal;
    QScatterSeries *m_registration;
    QDateTimeAxis *m_time;
    QValueAxis *m_milliseconds;
    QValueAxis *m_dbm;
    QGraphicsTextItem *m_emptyHint = nullptr;
    bool m_waiting = true; // no run shown yet: the hint is due where it fits
    QColor m_labelColor;
};

} // namespace bc25::ui
