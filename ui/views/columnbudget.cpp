// SPDX-License-Identifier: MIT
#include "columnbudget.h"

#include <numeric>

namespace bc25::ui::ColumnBudget {

QList<int> share(const QList<Room> &columns, int available, const QList<int> &givesWay, int stretching)
{
    QList<int> width;
    for (const Room &room : columns)
        width << qMax(room.least, room.most);
    if (width.isEmpty())
        return width;
    const int rest = stretching >= 0 && stretching < width.size() ? stretching : int(width.size()) - 1;
    const auto others = [&] { return std::accumulate(width.cbegin(), width.cend(), 0) - width.at(rest); };
    for (const int column : givesWay) {
        const int missing = columns.at(rest).least - (available - others());
        if (missing <= 0)
            break;
        if (column < 0 || column >= width.size() || column == rest)
            continue;
        width[column] -= qMin(missing, width.at(column) - columns.at(column).least);
    }
    width[rest] = qMax(columns.at(rest).least, available - others());
    return width;
}

} // namespace bc25::ui::ColumnBudget
