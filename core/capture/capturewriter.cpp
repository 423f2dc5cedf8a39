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
    // The header checked as every record is: a file size limit of 0 or a full
    // disk lets the file be created and takes none of its bytes.
    QByteArray header = CaptureFormat::Magic.toByteArray() + '\n';
    if (!model.isEmpty())
        header += CaptureFormat::ModelComment.toByteArray() + model + '\n';
    if (m_file.write(header) != header.size() || !m_file.flush()) {
        m_error = tr("Writing the capture %1 failed: %2").arg(path, writeError());
        m_file.close();
        return false;
    }
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
        m_error = tr("Writing the capture %1 failed: %2").arg(m_file.fileName(), writeError());
        return false;
    }
    return true;
}

QString CaptureWriter::writeError()
{
    // A write the disk cut short (the bytes up to a file size limit) gives no
    // reason ("Unknown error"); writing the rest, still buffered, gives the
    // disk's own: "File too large", "No space left on device".
    m_file.flush();
    return m_file.errorString();
}

bool CaptureWriter::write(CaptureRecord::Direction direction, const QByteArray &bytes)
{
    return write(CaptureRecord {QDateTime::currentMSecsSinceEpoch(), direction, bytes});
}

} // namespace bc25::capture
