// SPDX-License-Identifier: MIT
#include "logitemdelegate.h"
#include "logview.h"
#include "markerlines.h"

#include "search/highlightedtext.h"
#include "search/modelmatches.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QToolTip>
#include <QFontMetricsF>
#include <QPainter>

namespace bc25::ui {

const QStaticText &LogItemDelegate::shaped(const QString &text, const QFont &font) const
{
    auto shapes = std::find_if(m_shaped.begin(), m_shaped.end(), [&](const ShapedTexts &s) { return s.font == font; });
    if (shapes == m_shaped.end()) {
        m_shaped.push_back({font, {}, {}});
        shapes = std::prev(m_shaped.end());
    }
    if (auto it = shapes->newer.constFind(text); it != shapes->newer.cend())
        return *it;
    QStaticText staticText;
    if (auto it = shapes->older.constFind(text); it != shapes->older.cend()) {
        staticText = *it;
    } else {
        // One line: a line break in a log cell reads as a space, as in the style's own painting.
        QString line = text;
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        staticText.setText(line);
        staticText.setTextFormat(Qt::PlainText);
        staticText.setPerformanceHint(QStaticText::AggressiveCaching);
        staticText.prepare(QTransform(), font);
    }
    if (shapes->newer.size() >= GenerationSize)
        shapes->older = std::exchange(shapes->newer, {});
    return *shapes->newer.insert(text, staticText);
}

qsizetype LogItemDelegate::shapedCount() const
{
    qsizetype count = 0;
    for (const ShapedTexts &shapes : m_shaped)
        count += shapes.newer.size() + shapes.older.size();
    return count;
}

void LogItemDelegate::setMatches(const ModelMatches *matches)
{
    m_matches = matches;
}

QString LogItemDelegate::cutText(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const QVariant fontData = index.data(Qt::FontRole);
    const QFont font = fontData.isValid() ? qvariant_cast<QFont>(fontData).resolve(option.font) : option.font;
    if (text.isEmpty())
        return {};
    if (const QVariant wraps = index.data(LogView::WrapsRole); wraps.isValid() && wraps.toInt() == index.column()) {
        // Its words wrap: whole in the row once LogView has made it tall enough, else in the tooltip.
        const QRect area = option.rect.adjusted(Padding, 0, -Padding, 0);
        const QFontMetricsF metrics(font);
        const qsizetype lines = MarkerLines::lengths(text, metrics, area.width()).size();
        return lines * metrics.lineSpacing() <= area.height() + 0.5 ? QString() : text;
    }
    const QFontMetricsF metrics(font);
    qreal widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    if (widest <= option.rect.width() - 2 * Padding)
        return {};
    if (text.contains(QLatin1Char('\n')))
        return text; // lines already (Hex + text's 16 bytes a line)
    QStringList lines; // a row holds at most LineLogModel::MaxRowBytes bytes: a few lines
    for (qsizetype at = 0; at < text.size(); at += TooltipLineLength)
        lines << text.mid(at, TooltipLineLength);
    return lines.join(QLatin1Char('\n'));
}

bool LogItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid() && !index.data(Qt::ToolTipRole).isValid()) {
        if (const QString whole = cutText(option, index); !whole.isEmpty()) {
            QToolTip::showText(event->globalPos(), whole, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

void LogItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = option.state.testFlag(QStyle::State_Active) ? QPalette::Active
                                                                                    : QPalette::Inactive;
    if (selected) {
        painter->fillRect(option.rect, option.palette.brush(group, QPalette::Highlight));
    } else if (const QVariant background = index.data(Qt::BackgroundRole); background.isValid()) {
        painter->fillRect(option.rect, qvariant_cast<QBrush>(background));
    }
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    const QVariant fontData = index.data(Qt::FontRole);
    const QFont font = fontData.isValid() ? qvariant_cast<QFont>(fontData).resolve(option.font) : option.font;
    QColor color = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    if (!selected) {
        if (const QVariant foreground = index.data(Qt::ForegroundRole); foreground.isValid())
            color = qvariant_cast<QBrush>(foreground).color();
    }
    QRect area = option.rect.adjusted(Padding, 0, -Padding, 0);
    // A one-line cell of a row several lines tall (Hex + text's time beside
    // rows of 16 bytes) stands on the row's first line, where its data begins.
    if (const int rowLines = index.data(LogView::LinesRole).toInt(); rowLines > 1 && !text.contains(QLatin1Char('\n')))
        area.setHeight(area.height() / rowLines);
    if (text.contains(QLatin1Char('\n'))) {
        // Hex + text's rows of 16 bytes: a line each, in a row that many lines tall.
        const QStringList lines = text.split(QLatin1Char('\n'));
        const int lineHeight = area.height() / int(lines.size());
        for (int i = 0; i < lines.size(); ++i)
            drawLine(painter, QRect(area.left(), area.top() + i * lineHeight, area.width(), lineHeight), lines.at(i), font,
                     color, index);
        return;
    }
    if (const QVariant wraps = index.data(LogView::WrapsRole); wraps.isValid() && wraps.toInt() == index.column()
        && QFontMetricsF(font).horizontalAdvance(text) > area.width()) {
        // A marker's words on as many lines as LogView made its row tall, a search's matches on them.
        const QList<TextSpan> spans = m_matches ? m_matches->spansIn(index, text) : QList<TextSpan>();
        MarkerLines::draw(painter, area, text, font, color, spans, spans.isEmpty() ? -1 : m_matches->currentSpanIn(index));
        return;
    }
    if (m_matches) {
        // Few cells on screen hold a match: those are laid out each time, with their highlights.
        if (const QList<TextSpan> spans = m_matches->spansIn(index, text); !spans.isEmpty()) {
            const QVariant alignment = index.data(Qt::TextAlignmentRole);
            HighlightedText::draw(painter, area, text, font, color,
                                  alignment.isValid() ? Qt::Alignment::fromInt(alignment.toInt()) : Qt::AlignLeft, spans,
                                  m_matches->currentSpanIn(index));
            return;
        }
    }
    drawLine(painter, area, text, font, color, index);
}

void LogItemDelegate::drawLine(QPainter *painter, const QRect &area, const QString &text, const QFont &font,
                               const QColor &color, const QModelIndex &index) const
{
    const QStaticText &staticText = shaped(text, font);
    const QSizeF size = staticText.size();
    QPointF at(area.left(), area.top() + (area.height() - size.height()) / 2);
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    if (alignment.isValid() && (Qt::Alignment::fromInt(alignment.toInt()) & Qt::AlignRight) && size.width() < area.width())
        at.setX(area.right() + 1 - size.width());
    painter->save();
    painter->setFont(font);
    painter->setPen(color);
    if (size.width() <= area.width()) {
        painter->setClipRect(area);
        painter->drawStaticText(at, staticText);
    } else {
        // Cut text ends in an ellipsis, so a long line (or the hex of Hex + text) never
        // looks whole when it is not; the tooltip or a wider column shows the rest.
        const QFontMetricsF metrics(font);
        const QString ellipsis(QChar(0x2026));
        const qreal ellipsisWidth = metrics.horizontalAdvance(ellipsis);
        QRectF shown(area);
        shown.setRight(area.right() + 1 - ellipsisWidth);
        painter->setClipRect(shown);
        painter->drawStaticText(at, staticText);
        painter->setClipRect(area);
        painter->drawText(QPointF(shown.right(), at.y() + metrics.ascent()), ellipsis);
    }
    painter->restore();
}

} // namespace bc25::ui
