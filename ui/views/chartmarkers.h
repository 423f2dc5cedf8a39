// SPDX-License-Identifier: MIT
#pragma once

#include <QScatterSeries>

class QColor;
class QValueAxis;
class QXYSeries;

namespace bc25::ui {

// What the soak monitor's and the ping tool's charts share. A point is drawn
// from an image made here, one shape per series, set once: left to the
// chart's theme a marker changed shape after a tab switch. An axis is padded
// by a part of its step at each end: the first and the last points (a lost
// echo on the time axis, the last ping's reply) are whole, not cut in half
// by the axes; its labels stay on whole steps from an anchor.
class ChartMarkers final
{
public:
    static void showPoints(QXYSeries *series, QScatterSeries::MarkerShape shape, const QColor &color, qreal size);
    // The image a series' points are drawn with (for the tests).
    static QImage image(QScatterSeries::MarkerShape shape, const QColor &color, qreal size);
    // [min, max] shown with `pad` more at each end; labels every `step` from `anchor`.
    static void setPaddedRange(QValueAxis *axis, double min, double max, double pad, double step, double anchor);
    // A round step (1, 2 or 5 times a power of ten) for about `ticks` labels over `span`.
    [[nodiscard]] static double niceStep(double span, int ticks);
};

} // namespace bc25::ui
