// SPDX-License-Identifier: MIT
#include "columnbudget.h"

#include <numeric>

namespace bc25::ui::ColumnBudget {

QList<int> share(const QList<Room> &columns, int available, const QList<int> &givesWay)
{
    QList<int> width;
    for (const Room &room : columns)
        width << qMax(room.least, room.most);
    if (width.isEmpty())
        return width;
    const int last = int(width.size()) - 1;
    const auto others = [&] { return std::accumulate(width.cbegin(), width.cend() - 1, 0); };
    for (const int column : givesWay) {
        const int missing = columns.at(last).least - (available - others());
        if (missing <= 0)
            break;
        if (column < 0 || column >= last)
            continue;
        width[column] -= qMin(missing, width[column] - columns.at(column).least);
    }
    width[last] = qMax(columns.at(last).least, available - others());
    return width;
}

} // namespace bc25::ui::ColumnBudget
