// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace bc25::at {

// How many owned lines, operation lines and URCs one transaction keeps. A raw
// log has no times, so a command or a second phase that never ends (an
// unknown command that owns text lines, an open whose +QIOPEN never came)
// would otherwise collect every later line: memory and its JSON line grow
// with the whole log. The first ones are the ones that tell what happened.
inline constexpr qsizetype MaxLinesKept = 4096;

template<typename T>
void appendBounded(QList<T> &list, const T &item)
{
    if (list.size() < MaxLinesKept)
        list.append(item);
}

} // namespace bc25::at
