// SPDX-License-Identifier: MIT
#include "soakchartview.h"

#include "views/chartmarkers.h"

#include "soak/soakstatistics.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace bc25::ui {

namespace {

// 27.007 8.5: <rssi> 0 is -113 dBm or less, 31 is -51 dBm or more, 2 dBm a step.
constexpr double dbm(double rssi) { return -113.0 + 2.0 * rssi; }

constexpr qint64 MinimumSpanMs = 2 * 60 * 1000;

// The middle of a point's span: where its folded samples sit in time.
double middle(const soak::SoakPoint &p)
{
    return double(p.firstMs + p.lastMs) / 2;
}

} // namespace

SoakChartView::SoakChartView(QWidget *parent)
    : QChartView(parent)
    , m_roundTrip(new QLineSeries(this))
    , m_roundTripMax(new QLineSeries(this))
    , m_lost(new QScatterSeries(this))
    , m_signal(new QLineSeries(this))
    , m_registration(new QScatterSeries(this))
    , m_time(new QDateTimeAxis(this))
    , m_milliseconds(new QValueAxis(this))
    , m_dbm(new QValueAxis(this))
{
    auto *chart = new QChart;
    m_roundTrip->setName(tr("Round trip"));
    m_roundTripMax->setName(tr("Round trip, max"));
    m_roundTripMax->setPen(QPen(QColor(31, 119, 180, 90), 1));
    m_roundTrip->setPen(QPen(QColor(31, 119, 180), 2));
    m_lost->setName(tr("Lost"));
    ChartMarkers::showPoints(m_lost, QScatterSeries::MarkerShapeRectangle, QColor(214, 39, 40), 6);
    m_signal->setName(tr("Signal"));
    m_signal->setPen(QPen(QColor(44, 160, 44), 1.5));
    // A line needs two points: a run's first reading (and a signal read once a
    // minute, for a minute) would not show at all without its marker.
    ChartMarkers::showPoints(m_signal, QScatterSeries::MarkerShapeCircle, QColor(44, 160, 44), 6);
    ChartMarkers::showPoints(m_roundTrip, QScatterSeries::MarkerShapeCircle, QColor(31, 119, 180), 4);
    m_registration->setName(tr("Registration change"));
    ChartMarkers::showPoints(m_registration, QScatterSeries::MarkerShapeTriangle, QColor(148, 103, 189), 10);
    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *> {m_roundTripMax, m_roundTrip, m_lost, m_registration, m_signal})
        chart->addSeries(series);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_milliseconds, Qt::AlignLeft);
    chart->addAxis(m_dbm, Qt::AlignRight);
    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *> {m_roundTripMax, m_roundTrip, m_lost, m_registration}) {
        series->attachAxis(m_time);
        series->attachAxis(m_milliseconds);
    }
    m_signal->attachAxis(m_time);
    m_signal->attachAxis(m_dbm);
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTickCount(5); // two minutes: a label every 30 s
    m_milliseconds->setTitleText(tr("Round trip (ms)"));
    m_milliseconds->setLabelFormat(QStringLiteral("%d"));
    m_dbm->setTitleText(tr("Signal (dBm)"));
    m_dbm->setLabelFormat(QStringLiteral("%d"));
    // -113..-51 dBm in round figures: labels every 20 dBm.
    m_dbm->setRange(-120, -40);
    m_dbm->setTickCount(5);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(QFont(font().family(), std::max(7, font().pointSize() - 2)));
    // Thin margins: a 420-pixel dock keeps its plot (as in PingPanel).
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(170); // its labels still show; with the form and the summary: a 1280×720 dock
    // Before a run the time axis has no times to show (not the window's start):
    // its labels are see-through (they keep their room) and a line says why.
    m_labelColor = m_time->labelsColor();
    m_emptyHint = new QGraphicsTextItem(chart);
    m_emptyHint->setPlainText(tr("No samples yet: the time axis begins when a run starts."));
    m_emptyHint->setDefaultTextColor(QColor(0x55, 0x55, 0x55));
    QTextOption centred = m_emptyHint->document()->defaultTextOption();
    centred.setAlignment(Qt::AlignHCenter);
    m_emptyHint->document()->setDefaultTextOption(centred);
    connect(chart, &QChart::plotAreaChanged, this, &SoakChartView::placeEmptyHint);
    connect(m_registration, &QScatterSeries::hovered, this, &SoakChartView::onRegistrationHovered);
    clear();
}

void SoakChartView::clear()
{
    for (QXYSeries *series : std::initializer_list<QXYSeries *> {m_roundTrip, m_roundTripMax, m_lost, m_signal, m_registration})
        series->clear();
    m_changes.clear();
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_time->setLabelsColor(Qt::transparent);
    m_waiting = true;
    placeEmptyHint();
    showRoundTripRange(100);
}

bool SoakChartView::showsEmptyHint() const
{
    return m_emptyHint->isVisible();
}

QRectF SoakChartView::emptyHintArea() const
{
    return m_emptyHint->mapRectToParent(m_emptyHint->boundingRect());
}

// Inside the plot, never over the axes' labels: the line breaks between words
// where the plot is narrower than it (a narrow dock, a Chinese font), and
// where even that does not fit it is not drawn (the axes' labels stay legible).
void SoakChartView::placeEmptyHint()
{
    const QRectF plot = chart()->plotArea();
    m_emptyHint->setTextWidth(-1);
    const qreal margin = 4;
    if (m_emptyHint->boundingRect().width() > plot.width() - 2 * margin)
        m_emptyHint->setTextWidth(std::max<qreal>(0, plot.width() - 2 * margin));
    const QRectF text = m_emptyHint->boundingRect();
    m_emptyHint->setPos(plot.center().x() - text.width() / 2, plot.center().y() - text.height() / 2);
    m_emptyHint->setVisible(m_waiting && text.height() <= plot.height() && text.width() <= plot.width());
}

void SoakChartView::showRoundTripRange(double top)
{
    // A lost echo sits on the time axis (0 ms): a little below it, it is whole.
    ChartMarkers::setPaddedRange(m_milliseconds, 0, top, top * 0.04, ChartMarkers::niceStep(top, 4), 0);
}

void SoakChartView::showStatistics(const soak::SoakStatistics &statistics, qint64 startMs, qint64 nowMs)
{
    double top = 100;
    QList<QPointF> mean;
    QList<QPointF> max;
    for (const soak::SoakPoint &p : statistics.roundTrip().points()) {
        mean << QPointF(middle(p), p.mean);
        max << QPointF(middle(p), p.max);
        top = std::max(top, p.max * 1.15);
    }
    QList<QPointF> lost;
    for (const soak::SoakPoint &p : statistics.loss().points()) {
        if (p.max > 0) // some echo of this span was lost
            lost << QPointF(middle(p), 0);
    }
    QList<QPointF> signal;
    for (const soak::SoakPoint &p : statistics.signal().points())
        signal << QPointF(middle(p), dbm(p.mean));
    QList<QPointF> marks;
    m_changes.clear();
    for (const soak::RegistrationChange &change : statistics.registrationChanges()) {
        if (change.timeMs >= startMs) {
            marks << QPointF(double(change.timeMs), top * 0.95);
            m_changes << change;
        }
    }
    m_roundTrip->replace(mean);
    m_roundTripMax->replace(max);
    m_lost->replace(lost);
    m_signal->replace(signal);
    m_registration->replace(marks);
    showRoundTripRange(top);
    // At least two minutes wide, so the first points do not fill the plot, yet a
    // short run is not a sliver at the left; seconds on the labels until the
    // span is wide enough for whole minutes to tell the ticks apart.
    const qint64 end = std::max(nowMs, startMs + MinimumSpanMs);
    m_time->setFormat(end - startMs < 10 * 60 * 1000 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    // From the run's start, with a little room at each end: its first and last points are whole.
    const qint64 pad = (end - startMs) / 50;
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(startMs - pad), QDateTime::fromMSecsSinceEpoch(end + pad));
    m_time->setLabelsColor(m_labelColor);
    m_waiting = false;
    m_emptyHint->hide();
}

int SoakChartView::roundTripPointCount() const
{
    return int(m_roundTrip->count());
}

int SoakChartView::lostPointCount() const
{
    return int(m_lost->count());
}

int SoakChartView::signalPointCount() const
{
    return int(m_signal->count());
}

QString SoakChartView::registrationMarkText(qint64 timeMs) const
{
    const auto nearest = std::min_element(m_changes.cbegin(), m_changes.cend(), [timeMs](const auto &a, const auto &b) {
        return std::abs(a.timeMs - timeMs) < std::abs(b.timeMs - timeMs);
    });
    if (nearest == m_changes.cend())
        return {};
    return tr("+CEREG <stat> %1 → %2 at %3")
            .arg(nearest->from).arg(nearest->to)
            .arg(QDateTime::fromMSecsSinceEpoch(nearest->timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

void SoakChartView::onRegistrationHovered(const QPointF &point, bool entered)
{
    if (entered)
        QToolTip::showText(QCursor::pos(), registrationMarkText(qint64(point.x())), this);
    else
        QToolTip::hideText();
}

int SoakChartView::registrationMarkCount() const
{
    return int(m_registration->count());
}

} // namespace bc25::ui
