// SPDX-License-Identifier: MIT
#include "capturereader.h"

#include "captureformat.h"

#include <QFile>

namespace bc25::capture {

bool CaptureReader::next(CaptureRecord *record)
{
    while (!m_device->atEnd()) {
        // Bounded: a line longer than any record the writer writes is damage,
        // skipped piece by piece, never held whole (a 16 MiB record took 45 MB).
        QByteArray line = m_device->readLine(CaptureRecord::MaxLineLength + 2);
        ++m_line;
        if (line.size() > CaptureRecord::MaxLineLength && !line.endsWith('\n')) {
            line.clear();
            while (!m_device->atEnd() && !m_device->readLine(CaptureRecord::MaxLineLength + 2).endsWith('\n')) {
            }
            ++m_malformed;
            noteProblem(tr("the record is longer than a capture holds (%1 bytes)").arg(CaptureRecord::MaxBytes));
            continue;
        }
        const bool ended = line.endsWith('\n');
        if (ended)
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        CaptureFormat::Damage damage = CaptureFormat::Damage::None;
        std::optional<CaptureRecord> parsed = CaptureFormat::parseRecord(line, &damage);
        if (!parsed && !ended && damage == CaptureFormat::Damage::BadEscape) {
            // A crash cut the last record inside an escape: keep what is whole.
            const qsizetype cut = line.lastIndexOf('\\');
            parsed = CaptureFormat::parseRecord(QByteArrayView(line).first(cut), &damage);
        }
        if (parsed) {
            *record = std::move(*parsed);
            return true;
        }
        ++m_malformed;
        switch (damage) {
        case CaptureFormat::Damage::NoTime:
            noteProblem(tr("the record does not start with its time (milliseconds since the epoch)"));
            break;
        case CaptureFormat::Damage::NegativeTime:
            noteProblem(tr("the record's time is negative (a capture's times are milliseconds since the epoch)"));
            break;
        case CaptureFormat::Damage::RawByte:
            noteProblem(tr("the record's bytes hold a byte the capture format writes escaped (\\xHH): the line is damaged"));
            break;
        case CaptureFormat::Damage::NoDirection:
            noteProblem(tr("the record has no direction (TX, RX or EV) after its time"));
            break;
        case CaptureFormat::Damage::BadEscape:
            noteProblem(tr("the record's bytes hold an escape the capture format does not write"));
            break;
        case CaptureFormat::Damage::None:
            noteProblem(tr("the line is not a record"));
            break;
        }
    }
    return false;
}

void CaptureReader::noteProblem(const QString &what)
{
    if (m_problems.size() < MaxProblemsKept)
        m_problems.append({m_line, what});
}

QString CaptureReader::headerProblem(QByteArrayView head)
{
    using Kind = CaptureFormat::Kind;
    switch (CaptureFormat::classify(head)) {
    case Kind::Capture:
    case Kind::RawLog:
        return {};
    case Kind::OtherVersion: {
        QByteArrayView first = head.first(head.contains('\n') ? head.indexOf('\n') : head.size());
        return tr("line 1: \"%1\" is a capture version this program does not read (it reads \"%2\")")
                .arg(QString::fromUtf8(first.trimmed()), QString::fromLatin1(CaptureFormat::Magic));
    }
    case Kind::DamagedHeader:
        return tr("line 1: a capture's first line must be \"%1\"; this one is damaged or missing")
                .arg(QString::fromLatin1(CaptureFormat::Magic));
    }
    return {};
}

bool CaptureReader::readFile(const QString &path, QList<CaptureRecord> *records, QString *error,
                             QList<Problem> *problems, qint64 *malformed)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (const QString problem = headerProblem(file.peek(4096)); !problem.isEmpty()) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, problem);
        return false;
    }
    CaptureReader reader(&file);
    CaptureRecord record;
    while (reader.next(&record))
        records->append(record);
    if (problems)
        *problems = reader.problems();
    if (malformed)
        *malformed = reader.malformedLines();
    return true;
}

} // namespace bc25::capture
