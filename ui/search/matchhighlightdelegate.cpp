// SPDX-License-Identifier: MIT
#include "matchhighlightdelegate.h"

#include "highlightedtext.h"
#include "modelmatches.h"

#include <QApplication>
#include <QStyle>

namespace bc25::ui {

void MatchHighlightDelegate::setMatches(const ModelMatches *matches)
{
    m_matches = matches;
}

void MatchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = ModelMatches::cellText(index);
    const QList<TextSpan> spans = m_matches ? m_matches->spansIn(index, text) : QList<TextSpan>();
    if (spans.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget *widget = item.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The text where the style would put it, with the margin QCommonStyle leaves.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget).adjusted(margin, 0, -margin, 0);
    // Background, selection, focus frame and icon as usual; the text is drawn here.
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const QPalette::ColorGroup group = !(item.state & QStyle::State_Enabled) ? QPalette::Disabled
            : (item.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QPalette::ColorRole role = (item.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    HighlightedText::draw(painter, area, text, item.font, item.palette.color(group, role), item.displayAlignment, spans,
                          m_matches->currentSpanIn(index), item.textElideMode);
}

} // namespace bc25::ui
