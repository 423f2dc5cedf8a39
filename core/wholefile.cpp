// SPDX-License-Identifier: MIT
#include "wholefile.h"

#include <QSaveFile>

namespace bc25::WholeFile {

bool write(const QString &path, const QByteArray &contents, QString *error)
{
    QSaveFile file(path);
    // flush() before commit(): the last buffered bytes' error is said here, and
    // the file left uncommitted (its temporary removed) rather than renamed.
    if (file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size() && file.flush() && file.commit())
        return true;
    // A write cut short (up to a file size limit) gives no reason; writing the
    // rest, still buffered, gives the disk's own ("File too large").
    if (file.isOpen())
        file.flush();
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace bc25::WholeFile
