// SPDX-License-Identifier: MIT
#include "chartmarkers.h"

#include <QColor>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>

namespace bc25::ui {

QImage ChartMarkers::image(QScatterSeries::MarkerShape shape, const QColor &color, qreal size)
{
    const int side = qMax(2, int(std::ceil(size)));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const QRectF box(0, 0, side, side);
    switch (shape) {
    case QScatterSeries::MarkerShapeRectangle:
        painter.drawRect(box);
        break;
    case QScatterSeries::MarkerShapeTriangle: {
        QPainterPath path;
        path.moveTo(box.center().x(), box.top());
        path.lineTo(box.bottomRight());
        path.lineTo(box.bottomLeft());
        path.closeSubpath();
        painter.drawPath(path);
        break;
    }
    default:
        painter.drawEllipse(box);
        break;
    }
    return image;
}

void ChartMarkers::showPoints(QXYSeries *series, QScatterSeries::MarkerShape shape, const QColor &color, qreal size)
{
    series->setMarkerSize(size);
    series->setLightMarker(image(shape, color, size));
    if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
        scatter->setMarkerShape(shape);
        scatter->setColor(color);
        scatter->setBorderColor(color);
    } else {
        series->setPointsVisible(true);
    }
}

void ChartMarkers::setPaddedRange(QValueAxis *axis, double min, double max, double pad, double step, double anchor)
{
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(anchor);
    axis->setTickInterval(step);
    axis->setRange(min - pad, max + pad);
}

double ChartMarkers::niceStep(double span, int ticks)
{
    if (span <= 0 || ticks <= 0)
        return 1;
    const double raw = span / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= factor * power)
            return factor * power;
    }
    return 10 * power;
}

} // namespace bc25::ui
