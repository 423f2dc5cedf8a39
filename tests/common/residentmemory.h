// SPDX-License-Identifier: MIT
#pragma once

// The process's resident memory, for tests that check memory stays flat
// (the soak monitor's statistics and its hour-long run).

#include <QFile>

#include <unistd.h>

namespace bc25::test {

// Resident memory of this process (/proc/self/statm, second field), in bytes.
inline qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

} // namespace bc25::test
