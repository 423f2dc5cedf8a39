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
        QByteArray line = readLine();
        ++m_line;
        if (m_line == 1 && line.startsWith(CaptureFormat::Utf8Bom))
            line.remove(0, CaptureFormat::Utf8Bom.size()); // an editor's, before the header
        if (line.size() > CaptureRecord::MaxLineLength && !line.endsWith('\n')) {
            line.clear();
            while (!m_device->atEnd() && !readLine().endsWith('\n')) {
            }
            ++m_malformed;
            // The bound is the line's (its bytes escaped), not MaxBytes: a record
            // the writer split stays under it however escaped, and longer
            // unescaped records are read up to it.
            noteProblem(tr("the record's line is longer than a capture holds (%1 characters)").arg(CaptureRecord::MaxLineLength));
            continue;
        }
        const bool ended = line.endsWith('\n');
        if (ended)
            line.chop(1);
        if (m_recordRead && line.startsWith(CaptureFormat::ModelComment)) {
            // A model named after the traffic has begun is not the capture's
            // (the header's is, CaptureFormat::modelOf): said with its line, not ignored.
            ++m_malformed;
            noteProblem(tr("a \"%1\" line after the records is not read: a capture names its model once, in its header")
                                .arg(QString::fromLatin1(CaptureFormat::ModelComment)));
            continue;
        }
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
            m_recordRead = true;
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

QByteArray CaptureReader::readLine()
{
    // Piece by piece through one reused buffer: QIODevice::readLine(max) reserves
    // max bytes (8 MiB) for every line, a 20-byte record's too (an mmap and munmap
    // per record). The line costs what it holds, up to the bound.
    constexpr qint64 Piece = 64 * 1024;
    constexpr qint64 Limit = CaptureRecord::MaxLineLength + 1; // and its '\n'
    if (m_piece.size() < Piece + 1)
        m_piece.resize(Piece + 1);
    QByteArray line;
    while (line.size() < Limit) {
        // readLine(char *, max) reads at most max - 1 bytes.
        const qint64 got = m_device->readLine(m_piece.data(), qMin<qint64>(Piece, Limit - line.size()) + 1);
        if (got <= 0)
            break;
        line.append(m_piece.constData(), got);
        if (m_piece.at(got - 1) == '\n')
            break;
    }
    return line;
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
