// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace bc25::ui {

// How a row of columns shares the width of its view, for tables whose texts
// are sentences and commands (transactions, a recipe's steps, quick commands):
// every column as wide as it wants up to a sensible most, one taking what
// is left, and short of width the columns named first give way first, each
// down to its least, so that the one that takes the rest (the errors, the
// message, the command) stays on screen at 1280 pixels instead of behind a scroll bar.
namespace ColumnBudget {

struct Room
{
    int least = 0; // narrower, its text would not be read
    int most = 0;  // wider, it takes what others need
};

// The widths of `columns` in `available` pixels: each its most, the
// `stretching` one (-1: the last) what is left, at least its least. Short of
// width, the columns of `givesWay` narrow, in that order, each down to its
// least, until the stretching one has its least.
[[nodiscard]] QList<int> share(const QList<Room> &columns, int available, const QList<int> &givesWay,
                               int stretching = -1);

} // namespace ColumnBudget

} // namespace bc25::ui
