// SPDX-License-Identifier: MIT
#include "capturewriter.h"

#include "captureformat.h"

#include <QDateTime>

namespace bc25::capture {

bool CaptureWriter::open(const QString &path, const QByteArray &model)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = tr("Cannot write the capture %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_file.write(CaptureFormat::Magic.toByteArray() + '\n');
    if (!model.isEmpty())
        m_file.write(CaptureFormat::ModelComment.toByteArray() + model + '\n');
    m_file.flush();
    return true;
}

void CaptureWriter::close()
{
    if (m_file.isOpen())
        m_file.close();
}

bool CaptureWriter::write(const CaptureRecord &record)
{
    if (!m_file.isOpen())
        return false;
    if (record.bytes.size() > CaptureRecord::MaxBytes) {
        // A reader keeps a record bounded: a larger write goes in several, at one time.
        for (qsizetype at = 0; at < record.bytes.size(); at += CaptureRecord::MaxBytes) {
            if (!write(CaptureRecord {record.timestampMs, record.direction, record.bytes.mid(at, CaptureRecord::MaxBytes)}))
                return false;
        }
        return true;
    }
    const QByteArray line = CaptureFormat::formatRecord(record);
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        m_error = tr("Writing the capture %1 failed: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

bool CaptureWriter::write(CaptureRecord::Direction direction, const QByteArray &bytes)
{
    return write(CaptureRecord {QDateTime::currentMSecsSinceEpoch(), direction, bytes});
}

} // namespace bc25::capture
