// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace bc25 {

// A file written whole or not at all: a report (JUnit, the health check's JSON
// and HTML), the simulator's NVRAM. QSaveFile alone is not enough on Qt 6.4:
// bytes still in its buffer are flushed by commit(), whose write error it does
// not look at, so a small file the disk would not take (full, a file size
// limit) was renamed into place empty and reported written.
namespace WholeFile {

// Writes `contents` to `path` through a temporary file renamed into place once
// every byte reached the disk; false, with the reason in `error`, leaving any
// earlier file at `path` as it was.
bool write(const QString &path, const QByteArray &contents, QString *error = nullptr);

} // namespace WholeFile

} // namespace bc25
