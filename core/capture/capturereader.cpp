// SPDX-License-Identifier: MIT
#include "capturereader.h"

#include "captureformat.h"

#include <QFile>

namespace bc25::capture {

bool CaptureReader::next(CaptureRecord *record)
{
    while (!m_device->atEnd()) {
        QByteArray line = m_device->readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (const std::optional<CaptureRecord> parsed = CaptureFormat::parseRecord(line)) {
            *record = *parsed;
            return true;
        }
        ++m_malformed;
    }
    return false;
}

bool CaptureReader::readFile(const QString &path, QList<CaptureRecord> *records, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    CaptureReader reader(&file);
    CaptureRecord record;
    while (reader.next(&record))
        records->append(record);
    return true;
}

} // namespace bc25::capture
