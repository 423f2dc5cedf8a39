// SPDX-License-Identifier: MIT
// The soak monitor's and the ping tool's charts (issue 17): every series'
// points drawn with one marker set explicitly (a tab switch does not change
// it), the first and last points whole inside padded axes, and an empty soak
// chart shows no time of the application's start but a hint until a run.

#include "at/commandengine.h"
#include "link/connection.h"
#include "link/modulestack.h"
#include "panels/pingpanel.h"
#include "profile/moduleprofile.h"
#include "session/modulesession.h"
#include "soak/soakchartview.h"
#include "soak/soakstatistics.h"
#include "views/statusline.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QLoggingCategory>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTest>
#include <QValueAxis>

using namespace bc25;
using namespace bc25::ui;

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void soakMarkersStayThroughATabSwitch();
    void soakAxesHoldTheFirstAndLastPoints();
    void anEmptySoakChartShowsNoLaunchTime();
    void theEmptySoakChartsLineStaysInsideThePlot_data();
    void theEmptySoakChartsLineStaysInsideThePlot();
    void pingAxisHoldsTheFirstAndLastReplies();
    void pingSummaryLeavesTheChartItsHeight();
};

namespace {

struct Marker
{
    QImage image;
    int shape = -1;
    qreal size = 0;
    bool operator==(const Marker &) const = default;
};

QList<Marker> markersOf(const QChart *chart)
{
    QList<Marker> markers;
    for (QAbstractSeries *series : chart->series()) {
        auto *xy = qobject_cast<QXYSeries *>(series);
        if (!xy)
            continue;
        auto *scatter = qobject_cast<QScatterSeries *>(xy);
        if (!scatter && !xy->pointsVisible())
            continue; // a line without points: the faint maximum
        markers.append({xy->lightMarker(), scatter ? int(scatter->markerShape()) : -1, xy->markerSize()});
    }
    return markers;
}

soak::SoakStatistics statisticsFrom(qint64 startMs, qint64 endMs)
{
    soak::SoakStatistics statistics;
    statistics.reset(startMs);
    for (qint64 t = startMs; t <= endMs; t += 10000) {
        soak::SoakSample sample;
        sample.timeMs = t;
        sample.roundTripMs = t == startMs + 20000 ? soak::SoakSample::Lost : 300;
        statistics.add(sample);
    }
    return statistics;
}

} // namespace

void TestCharts::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

void TestCharts::soakMarkersStayThroughATabSwitch()
{
    QTabWidget tabs;
    auto *chart = new SoakChartView;
    tabs.addTab(chart, QStringLiteral("Soak"));
    tabs.addTab(new QWidget, QStringLiteral("Other"));
    tabs.resize(600, 400);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    chart->showStatistics(statisticsFrom(start, start + 120000), start, start + 120000);
    const QList<Marker> before = markersOf(chart->chart());
    QCOMPARE(before.size(), 4); // round trip, lost, registration, signal
    for (const Marker &marker : before)
        QVERIFY2(!marker.image.isNull(), "a marker left to the theme");
    tabs.setCurrentIndex(1);
    QCoreApplication::processEvents();
    tabs.setCurrentIndex(0);
    chart->showStatistics(statisticsFrom(start, start + 130000), start, start + 130000);
    QCoreApplication::processEvents();
    QVERIFY(markersOf(chart->chart()) == before);
}

void TestCharts::soakAxesHoldTheFirstAndLastPoints()
{
    SoakChartView chart;
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    const qint64 end = start + 10 * 60 * 1000;
    chart.showStatistics(statisticsFrom(start, end), start, end);
    QVERIFY(chart.roundTripPointCount() > 0);
    QVERIFY(chart.lostPointCount() > 0);
    // Time: a little before the start and after now; round trip: a little below 0 ms (the lost echoes).
    QVERIFY(chart.timeAxis()->min().toMSecsSinceEpoch() < start);
    QVERIFY(chart.timeAxis()->min().toMSecsSinceEpoch() > start - 60000);
    QVERIFY(chart.timeAxis()->max().toMSecsSinceEpoch() > end);
    QVERIFY(chart.roundTripAxis()->min() < 0);
    QVERIFY(chart.roundTripAxis()->max() > 300);
    // Its labels still on whole steps from 0.
    QCOMPARE(chart.roundTripAxis()->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(chart.roundTripAxis()->tickAnchor(), 0.0);
}

void TestCharts::anEmptySoakChartShowsNoLaunchTime()
{
    SoakChartView chart;
    chart.resize(600, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(chart.showsEmptyHint());
    QCOMPARE(chart.timeAxis()->labelsColor().alpha(), 0); // no times until there are some
    // A run begins later: its axis starts then, with the times shown.
    const qint64 start = QDateTime::currentMSecsSinceEpoch() + 3600000;
    chart.showStatistics(soak::SoakStatistics(), start, start);
    QVERIFY(!chart.showsEmptyHint());
    QVERIFY(chart.timeAxis()->labelsColor().alpha() > 0);
    QVERIFY(chart.timeAxis()->min().toMSecsSinceEpoch() <= start);
    QVERIFY(chart.timeAxis()->min().toMSecsSinceEpoch() > start - 60000);
    chart.clear();
    QVERIFY(chart.showsEmptyHint());
}

void TestCharts::theEmptySoakChartsLineStaysInsideThePlot_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("pointSize"); // 0: the application's
    QTest::newRow("1280x720 dock") << QSize(420, 260) << 0;
    QTest::newRow("narrow dock") << QSize(300, 220) << 0;
    QTest::newRow("1600x1000 dock") << QSize(400, 340) << 0;
    QTest::newRow("wide and short") << QSize(1500, 200) << 0;
    QTest::newRow("large font") << QSize(420, 300) << 14;
}

// "No samples yet: …" is drawn inside the plot, its lines broken between
// words where the plot is narrower than it, never over the axes' labels
// (a 1600×1000 window's dock drew it across the round trip's).
void TestCharts::theEmptySoakChartsLineStaysInsideThePlot()
{
    QFETCH(QSize, size);
    QFETCH(int, pointSize);
    SoakChartView chart;
    if (pointSize > 0) {
        QFont font = chart.font();
        font.setPointSize(pointSize);
        chart.chart()->setFont(font);
        for (QGraphicsItem *item : chart.chart()->childItems()) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                text->setFont(font);
        }
    }
    chart.resize(size);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.resize(size + QSize(1, 1)); // laid out again with the font
    QCoreApplication::processEvents();
    QVERIFY(chart.showsEmptyHint());
    const QRectF plot = chart.chart()->plotArea();
    const QRectF hint = chart.emptyHintArea();
    QVERIFY2(plot.contains(hint), qPrintable(QStringLiteral("hint %1,%2 %3×%4 outside the plot %5,%6 %7×%8")
                                                     .arg(hint.x()).arg(hint.y()).arg(hint.width()).arg(hint.height())
                                                     .arg(plot.x()).arg(plot.y()).arg(plot.width()).arg(plot.height())));
}

void TestCharts::pingAxisHoldsTheFirstAndLastReplies()
{
    link::ModuleStack stack(profile::ModuleProfile::bc25());
    PingPanel panel(&stack.session());
    auto *axis = qobject_cast<QValueAxis *>(panel.chartView()->chart()->axes(Qt::Horizontal).constFirst());
    QVERIFY(axis);
    QVERIFY(axis->min() < 1);
    QVERIFY(axis->min() > 0);
    QVERIFY(axis->max() > 4);
    QVERIFY(axis->max() < 5);
    QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(axis->tickAnchor(), 1.0);
    QCOMPARE(axis->tickInterval(), 1.0);
    QVERIFY(!panel.series()->lightMarker().isNull());
}

void TestCharts::pingSummaryLeavesTheChartItsHeight()
{
    link::ModuleStack stack(profile::ModuleProfile::bc25());
    PingPanel panel(&stack.session());
    panel.resize(420, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *summary = panel.findChild<StatusLine *>(QStringLiteral("ping.summary"));
    QVERIFY(summary);
    QCoreApplication::processEvents();
    const QRect chartAt = panel.chartView()->geometry();
    QCOMPARE(panel.start(), QStringLiteral("No module is connected."));
    QCoreApplication::processEvents();
    QCOMPARE(panel.chartView()->geometry(), chartAt);
    const QString failure = QStringLiteral("Ping failed: a reason that goes on and on ").repeated(10);
    summary->setStatus(failure);
    QCoreApplication::processEvents();
    QCOMPARE(panel.chartView()->geometry(), chartAt);
    QCOMPARE(panel.summaryText(), failure);
    QCOMPARE(summary->toolTip(), failure);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
