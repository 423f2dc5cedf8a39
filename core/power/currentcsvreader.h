// SPDX-License-Identifier: MIT
#pragma once

#include "currenttrace.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace bc25::power {

// Reads a current trace written as text, fed in pieces of any size (a file
// read in blocks, a sketch's serial port): the Nordic Power Profiler's CSV
// export ("Timestamp(ms),Current(uA)", with or without its digital
// channels), a CSV whose header names its columns and units ("time_s,
// current_mA", "ms;mA"), or bare "time,current" pairs as an INA219/INA226
// sketch prints them, in the units the user says. Separators: comma,
// semicolon, tab. A line that is not a sample is counted, the first one's
// number kept for the message, and the reading goes on.
class CurrentCsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::power::CurrentCsvReader)
public:
    enum class TimeUnit : quint8 { Seconds, Milliseconds, Microseconds };
    enum class CurrentUnit : quint8 { Amperes, Milliamps, Microamps, Nanoamps };
    // Where no header says: what the user chose.
    struct Units
    {
        TimeUnit time = TimeUnit::Milliseconds;
        CurrentUnit current = CurrentUnit::Milliamps;
    };
    enum class Format : quint8 { Unknown, PowerProfiler, NamedColumns, Bare };

    explicit CurrentCsvReader(CurrentTrace *trace);
    CurrentCsvReader(CurrentTrace *trace, Units fallback);

    void feed(QByteArrayView bytes);
    // The end of the input: a last line without its newline is read too.
    void finish();

    [[nodiscard]] Format format() const { return m_format; }
    [[nodiscard]] Units units() const { return m_units; }
    [[nodiscard]] qint64 lineCount() const { return m_lines; }
    [[nodiscard]] qint64 badLineCount() const { return m_badLines; }
    [[nodiscard]] qint64 firstBadLine() const { return m_firstBadLine; }
    // "Power Profiler export (ms, µA)": what was understood, for the user.
    [[nodiscard]] QString description() const;
    // Empty, or what was skipped and where ("12 lines are not samples; the first is line 3").
    [[nodiscard]] QString problems() const;

    // Longer lines are not samples (every buffer has a bound).
    static constexpr qsizetype MaxLineLength = 1024;

private:
    void readLine(QByteArrayView line);
    bool readHeader(QByteArrayView line);
    void bad();

    CurrentTrace *m_trace;
    Units m_units;
    Format m_format = Format::Unknown;
    int m_timeColumn = 0;
    int m_currentColumn = 1;
    double m_nsPerTimeUnit = 1e6;
    double m_microampsPerUnit = 1e3;
    QByteArray m_partial; // a line cut between two feeds
    bool m_skippingLongLine = false;
    qint64 m_lines = 0;
    qint64 m_badLines = 0;
    qint64 m_firstBadLine = 0;
};

} // namespace bc25::power
