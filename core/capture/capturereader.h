// SPDX-License-Identifier: MIT
#pragma once

#include "capturerecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace bc25::capture {

// Reads a capture file record by record. Tolerant: comments are skipped,
// malformed lines are counted and skipped, a last line cut short by a crash
// is read as far as it goes. File → Open capture and bc25-decode use it.
class CaptureReader final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::capture::CaptureReader)
public:
    explicit CaptureReader(QIODevice *device) : m_device(device) {}

    // The next record; false at the end of the input.
    bool next(CaptureRecord *record);
    [[nodiscard]] qint64 malformedLines() const { return m_malformed; }

    // Reads a whole capture file; false with an error message if it cannot be opened.
    static bool readFile(const QString &path, QList<CaptureRecord> *records, QString *error);

private:
    QIODevice *m_device;
    qint64 m_malformed = 0;
};

} // namespace bc25::capture
