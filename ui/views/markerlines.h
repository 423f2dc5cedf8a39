// SPDX-License-Identifier: MIT
#pragma once

#include "search/textmatcher.h"

#include <QList>
#include <QString>

class QColor;
class QFont;
class QFontMetricsF;
class QPainter;
class QRect;

namespace bc25::ui {

// The lines a log's marker row ("——— Link to /dev/ttyUSB0 opened ———") is
// set in when its cell is narrower than its words (LogView::WrapsRole):
// broken only where a reader breaks a line (StatusLine::parts: at a space,
// after Chinese punctuation), never inside a path — Qt's word wrap broke
// "/work/…" after its first "/" (new-user pass 9) — and the rules that open
// and close it stay with their words instead of standing alone on a line.
// A part wider than the line by itself is broken where the line ends. LogView
// sizes the row by it, LogItemDelegate draws it, a search's matches included.
namespace MarkerLines {

// How many characters each line holds (its spaces included), at most `width` wide.
[[nodiscard]] QList<int> lengths(const QString &text, const QFontMetricsF &metrics, qreal width);

// Draws `text` in those lines, centred in `area`, in `color`; `spans` on the
// search's highlight (the one at `current` as the current match, -1 for none).
void draw(QPainter *painter, const QRect &area, const QString &text, const QFont &font, const QColor &color,
          const QList<TextSpan> &spans = {}, int current = -1);

} // namespace MarkerLines

} // namespace bc25::ui
