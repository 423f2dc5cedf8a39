// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace bc25::ui {

// How a row of columns shares the width of its view, for tables whose texts
// are sentences and commands (transactions, a recipe's steps, quick commands):
// every column as wide as it wants up to a sensible most, the last taking what
// is left, and short of width the columns named first give way first, each
// down to its least, so that the last one (the errors, the message, the
// command) stays on screen at 1280 pixels instead of behind a scroll bar.
namespace ColumnBudget {

struct Room
{
    int least = 0; // narrower, its text would not be read
    int most = 0;  // wider, it takes what others need
};

// The widths of `columns` in `available` pixels: each its most, the last what
// is left (at least its least). Short of width, the columns of `givesWay`
// narrow, in that order, each down to its least, until the last has its least.
[[nodiscard]] QList<int> share(const QList<Room> &columns, int available, const QList<int> &givesWay);

} // namespace ColumnBudget

} // namespace bc25::ui
