// SPDX-License-Identifier: MIT
#pragma once

#include "capturerecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace bc25::capture {

// Reads a capture file record by record. Comments are skipped; a damaged
// line is skipped and reported (problems(): its line number and what is
// wrong), never dropped silently; a last line cut short by a crash (no line
// end) is read as far as it goes. File → Open capture and bc25-decode use it.
class CaptureReader final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::capture::CaptureReader)
public:
    // The problems kept with their words; the count goes on beyond.
    static constexpr int MaxProblemsKept = 100;

    struct Problem
    {
        qint64 line = 0; // 1 is the header
        QString what;
    };

    explicit CaptureReader(QIODevice *device) : m_device(device) {}

    // The next record; false at the end of the input.
    bool next(CaptureRecord *record);
    [[nodiscard]] qint64 malformedLines() const { return m_malformed; }
    // The line the last record came from (1 is the header).
    [[nodiscard]] qint64 line() const { return m_line; }
    [[nodiscard]] const QList<Problem> &problems() const { return m_problems; }
    // What is wrong with an input that does not start as a capture this
    // program reads (another version, a damaged header), or empty.
    [[nodiscard]] static QString headerProblem(QByteArrayView head);

    // Reads a whole capture file; false with an error message if it cannot be
    // opened or is not a capture this program reads (another version, a
    // damaged header). Damaged records are skipped and listed in `problems`.
    // `malformed` gets how many there were (problems keeps the first MaxProblemsKept).
    static bool readFile(const QString &path, QList<CaptureRecord> *records, QString *error,
                         QList<Problem> *problems = nullptr, qint64 *malformed = nullptr);

private:
    void noteProblem(const QString &what);
    // The next line, its '\n' included, at most CaptureRecord::MaxLineLength + 1 bytes.
    QByteArray readLine();

    QIODevice *m_device;
    QByteArray m_piece; // readLine()'s buffer, reused
    qint64 m_malformed = 0;
    qint64 m_line = 0;
    bool m_recordRead = false; // a "# model=" line after one is damage
    QList<Problem> m_problems;
};

} // namespace bc25::capture
