// SPDX-License-Identifier: MIT
#pragma once

#include "textmatcher.h"

#include <QColor>
#include <QTextLayout>

class QPainter;

namespace bc25::ui {

// One line of a cell's text with its matches on a highlight background, the
// current one distinct: what every delegate that shows a search draws for
// the few cells on screen that hold a match.
namespace HighlightedText {

// Black on yellow, the current match on orange: readable on any row,
// selected or not, the colours of browsers' and editors' find bars.
inline constexpr QRgb MatchBackground = 0xffffe866;
inline constexpr QRgb CurrentMatchBackground = 0xffff9632;

// The formats that mark `spans` (the one at `current` distinct, -1 for none),
// for QTextLayout::draw or setFormats: for a delegate that lays out text itself.
[[nodiscard]] QList<QTextLayout::FormatRange> formats(const QList<TextSpan> &spans, int current);

// Draws `text` on one line inside `area` (clipped; elided at the right if
// asked), vertically centred, in `color` but for the matches.
void draw(QPainter *painter, const QRect &area, const QString &text, const QFont &font, const QColor &color,
          Qt::Alignment alignment, const QList<TextSpan> &spans, int current,
          Qt::TextElideMode elide = Qt::ElideNone);

} // namespace HighlightedText

} // namespace bc25::ui
