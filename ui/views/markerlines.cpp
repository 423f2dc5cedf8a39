// SPDX-License-Identifier: MIT
#include "markerlines.h"

#include "statusline.h"

#include "search/highlightedtext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace bc25::ui::MarkerLines {

namespace {

// A rule a marker opens or closes with ("———"), and nothing else.
bool isRule(const QString &part)
{
    const QString word = part.trimmed();
    return !word.isEmpty() && std::all_of(word.cbegin(), word.cend(), [](QChar c) {
        return c == QChar(0x2014) || c == QChar(0x2013) || c == QLatin1Char('-');
    });
}

// The places a line may break (StatusLine::parts), the rules joined to their words.
QStringList breakableParts(const QString &text)
{
    QStringList parts = StatusLine::parts(text);
    if (parts.size() > 1 && isRule(parts.first()))
        parts[1].prepend(parts.takeFirst());
    if (parts.size() > 1 && isRule(parts.last())) {
        const QString rule = parts.takeLast();
        parts.last().append(rule);
    }
    return parts;
}

// How many characters of `part`, from its start, fit in `width` (one at least).
int charactersThatFit(const QString &part, const QFontMetricsF &metrics, qreal width)
{
    int fit = 0;
    for (int end = 1; end <= part.size(); ++end) {
        if (end < part.size() && part.at(end).isLowSurrogate())
            continue; // never half a character
        if (metrics.horizontalAdvance(part.left(end)) > width)
            break;
        fit = end;
    }
    return qMax(fit, part.at(0).isHighSurrogate() && part.size() > 1 ? 2 : 1);
}

} // namespace

QList<int> lengths(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    if (text.isEmpty() || metrics.horizontalAdvance(text) <= width)
        return {int(text.size())};
    QList<int> lines;
    QString line;
    const auto fits = [&](const QString &candidate) { return metrics.horizontalAdvance(candidate.trimmed()) <= width; };
    for (QString part : breakableParts(text)) {
        if (!line.isEmpty() && fits(line + part)) {
            line += part;
            continue;
        }
        if (!line.isEmpty())
            lines << int(line.size());
        // A part wider than a line by itself: as much as fits, the rest on the next lines.
        while (!fits(part)) {
            const int taken = charactersThatFit(part, metrics, width);
            lines << taken;
            part.remove(0, taken);
        }
        line = part;
    }
    if (!line.isEmpty())
        lines << int(line.size());
    return lines;
}

void draw(QPainter *painter, const QRect &area, const QString &text, const QFont &font, const QColor &color,
          const QList<TextSpan> &spans, int current)
{
    QTextLayout layout(text, font);
    QTextOption option(Qt::AlignLeft);
    option.setWrapMode(QTextOption::WrapAnywhere); // the lines end where lengths() says, not where Qt would
    layout.setTextOption(option);
    qreal height = 0;
    layout.beginLayout();
    for (const int length : lengths(text, QFontMetricsF(font), area.width())) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setNumColumns(length);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    painter->save();
    painter->setClipRect(area);
    painter->setPen(color);
    layout.draw(painter, QPointF(area.left(), area.top() + (area.height() - height) / 2),
                HighlightedText::formats(spans, current), area);
    painter->restore();
}

} // namespace bc25::ui::MarkerLines
