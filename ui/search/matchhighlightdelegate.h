// SPDX-License-Identifier: MIT
#pragma once

#include "matchhighlighting.h"

#include <QPointer>
#include <QStyledItemDelegate>

namespace bc25::ui {

// The stock delegate with a find bar's matches: a cell holding a match is
// drawn by the style but for its text, which HighlightedText draws; any
// other cell is QStyledItemDelegate's as before. The find bar installs it on
// a view that uses the stock delegate (the log views' LogItemDelegate
// highlights by itself). Only the cells on screen are searched.
class MatchHighlightDelegate final : public QStyledItemDelegate, public MatchHighlighting
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setMatches(const ModelMatches *matches) override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QPointer<const ModelMatches> m_matches;
};

} // namespace bc25::ui
