// SPDX-License-Identifier: MIT
#include "highlightedtext.h"

#include <QFontMetrics>
#include <QPainter>

namespace bc25::ui::HighlightedText {

namespace {

// One line, as the views show a cell: line breaks and tabs become spaces, one
// character each, so the spans still point at the right characters.
QString singleLine(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') || c == QChar::LineSeparator)
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

QList<QTextLayout::FormatRange> formats(const QList<TextSpan> &spans, int current)
{
    QList<QTextLayout::FormatRange> ranges;
    ranges.reserve(spans.size());
    for (int i = 0; i < spans.size(); ++i) {
        QTextLayout::FormatRange range;
        range.start = int(spans.at(i).start);
        range.length = int(spans.at(i).length);
        range.format.setBackground(QColor::fromRgb(i == current ? CurrentMatchBackground : MatchBackground));
        range.format.setForeground(QColor(Qt::black));
        ranges.append(range);
    }
    return ranges;
}

void draw(QPainter *painter, const QRect &area, const QString &text, const QFont &font, const QColor &color,
          Qt::Alignment alignment, const QList<TextSpan> &spans, int current, Qt::TextElideMode elide)
{
    QString line = singleLine(text);
    QList<QTextLayout::FormatRange> ranges = formats(spans, current);
    const QFontMetrics metrics(font);
    if (elide == Qt::ElideRight && metrics.horizontalAdvance(line) > area.width()) {
        // Elided as the cells around it are; a match past the ellipsis is not drawn.
        line = metrics.elidedText(line, Qt::ElideRight, area.width());
        const int kept = int(line.size()) - 1;
        for (QTextLayout::FormatRange &range : ranges)
            range.length = qBound(0, kept - range.start, range.length);
    }
    QTextLayout layout(line, font);
    // Text wider than the cell starts at its left, whatever the alignment, as LogItemDelegate clips it.
    const bool fits = metrics.horizontalAdvance(line) <= area.width();
    QTextOption option(fits ? alignment & Qt::AlignHorizontal_Mask : Qt::AlignLeft);
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    textLine.setLineWidth(area.width());
    layout.endLayout();

    painter->save();
    painter->setClipRect(area);
    painter->setPen(color);
    layout.draw(painter, QPointF(area.left(), area.top() + (area.height() - textLine.height()) / 2), ranges, area);
    painter->restore();
}

} // namespace bc25::ui::HighlightedText
