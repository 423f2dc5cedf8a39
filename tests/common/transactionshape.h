// SPDX-License-Identifier: MIT
#pragma once

// The part of a transaction that a live session and its decoded capture must
// agree on (times differ by nature), for the property "a capture decodes to
// the transactions the live session showed".

#include "at/atcommand.h"

#include <QStringList>

namespace bc25::test {

inline QString shape(const at::Transaction &t)
{
    QStringList lines;
    for (const at::ResultLine &line : t.lines)
        lines << QString::fromLatin1(line.text);
    QStringList operation;
    for (const at::ResultLine &line : t.operation.lines)
        operation << QString::fromLatin1(line.text);
    return QStringLiteral("%1 | %2 | %3 | data %4 | %5 %6 | errors %7")
            .arg(QString::fromLatin1(t.command), QLatin1String(at::Transaction::statusName(t.status)),
                 lines.join(u'/'), QString::number(t.data.size()),
                 QLatin1String(at::Transaction::operationStatusName(t.operation.status)), operation.join(u'/'),
                 t.errors.join(u';'));
}

inline QStringList shapes(const QList<at::Transaction> &transactions)
{
    QStringList out;
    for (const at::Transaction &t : transactions)
        out << shape(t);
    return out;
}

} // namespace bc25::test
