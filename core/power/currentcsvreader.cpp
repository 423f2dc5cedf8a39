// SPDX-License-Identifier: MIT
#include "currentcsvreader.h"

#include <array>
#include <charconv>
#include <cmath>

namespace bc25::power {

namespace {

double nanosecondsPer(CurrentCsvReader::TimeUnit unit)
{
    switch (unit) {
    case CurrentCsvReader::TimeUnit::Seconds: return 1e9;
    case CurrentCsvReader::TimeUnit::Milliseconds: return 1e6;
    case CurrentCsvReader::TimeUnit::Microseconds: return 1e3;
    }
    return 1e6;
}

double microampsPer(CurrentCsvReader::CurrentUnit unit)
{
    switch (unit) {
    case CurrentCsvReader::CurrentUnit::Amperes: return 1e6;
    case CurrentCsvReader::CurrentUnit::Milliamps: return 1e3;
    case CurrentCsvReader::CurrentUnit::Microamps: return 1;
    case CurrentCsvReader::CurrentUnit::Nanoamps: return 1e-3;
    }
    return 1e3;
}

bool isSeparator(char c)
{
    return c == ',' || c == ';' || c == '\t';
}

// The columns of one line, spaces around them dropped; at most `N`.
template<std::size_t N>
qsizetype splitColumns(QByteArrayView line, std::array<QByteArrayView, N> &columns)
{
    qsizetype count = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size() && count < qsizetype(N); ++i) {
        if (i < line.size() && !isSeparator(line[i]))
            continue;
        columns[count++] = line.sliced(start, i - start).trimmed();
        start = i + 1;
    }
    return count;
}

bool readNumber(QByteArrayView text, double &value)
{
    if (text.isEmpty())
        return false;
    const char *begin = text.data();
    if (*begin == '+')
        ++begin;
    const auto [end, error] = std::from_chars(begin, text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size() && std::isfinite(value);
}

// A unit written in a column's name: "Timestamp(ms)", "current_mA", "I [uA]".
template<typename Unit>
bool unitIn(QByteArrayView name, const std::initializer_list<std::pair<const char *, Unit>> &units, Unit &found)
{
    const QByteArray lower = name.toByteArray().toLower();
    for (const auto &[suffix, unit] : units) {
        const QByteArrayView text(suffix);
        for (const char *wrap : {"(%)", "[%]", "_%", " %", "%"}) {
            QByteArray pattern(wrap);
            pattern.replace('%', text.toByteArray());
            if (lower.endsWith(pattern) && (pattern != text || lower == text)) {
                found = unit;
                return true;
            }
        }
    }
    return false;
}

} // namespace

CurrentCsvReader::CurrentCsvReader(CurrentTrace *trace)
    : CurrentCsvReader(trace, Units {})
{
}

CurrentCsvReader::CurrentCsvReader(CurrentTrace *trace, Units fallback)
    : m_trace(trace)
    , m_units(fallback)
    , m_nsPerTimeUnit(nanosecondsPer(fallback.time))
    , m_microampsPerUnit(microampsPer(fallback.current))
{
}

void CurrentCsvReader::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        const qsizetype newline = bytes.indexOf('\n');
        const QByteArrayView piece = newline < 0 ? bytes : bytes.first(newline);
        if (m_skippingLongLine) {
            // The rest of a line past the bound: dropped, counted once.
        } else if (m_partial.size() + piece.size() > MaxLineLength) {
            m_partial.clear();
            m_skippingLongLine = true;
            ++m_lines;
            bad();
        } else if (newline >= 0 && m_partial.isEmpty()) {
            readLine(piece); // the common case: no copy
        } else {
            m_partial += piece;
            if (newline >= 0) {
                readLine(m_partial);
                m_partial.clear();
            }
        }
        if (newline < 0)
            return;
        m_skippingLongLine = false;
        bytes = bytes.sliced(newline + 1);
    }
}

void CurrentCsvReader::finish()
{
    if (!m_partial.isEmpty() && !m_skippingLongLine)
        readLine(m_partial);
    m_partial.clear();
    m_skippingLongLine = false;
    m_trace->finish();
}

void CurrentCsvReader::readLine(QByteArrayView line)
{
    ++m_lines;
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.trimmed().isEmpty())
        return;
    std::array<QByteArrayView, 16> columns;
    const qsizetype count = splitColumns(line, columns);
    double time = 0;
    double current = 0;
    const bool numbers = count > std::max(m_timeColumn, m_currentColumn)
        && readNumber(columns[m_timeColumn], time) && readNumber(columns[m_currentColumn], current);
    if (m_format == Format::Unknown) {
        if (!numbers) {
            if (!readHeader(line))
                bad();
            return;
        }
        m_format = Format::Bare;
    }
    if (!numbers) {
        bad();
        return;
    }
    if (!m_trace->add(qint64(std::llround(time * m_nsPerTimeUnit)), current * m_microampsPerUnit))
        bad(); // back in time
}

bool CurrentCsvReader::readHeader(QByteArrayView line)
{
    std::array<QByteArrayView, 16> columns;
    const qsizetype count = splitColumns(line, columns);
    int time = -1;
    int current = -1;
    for (int i = 0; i < count; ++i) {
        const QByteArray name = columns[i].toByteArray().toLower();
        if (time < 0 && (name.startsWith("time") || name == "t" || name.startsWith("t_") || name.startsWith("t(")
                         || name == "s" || name == "ms" || name == "us"))
            time = i;
        else if (current < 0 && (name.startsWith("current") || name.startsWith("curr") || name == "i" || name.startsWith("i_")
                                 || name.startsWith("i(") || name.startsWith("i [") || name == "a" || name == "ma" || name == "ua"))
            current = i;
    }
    if (time < 0 || current < 0)
        return false;
    m_timeColumn = time;
    m_currentColumn = current;
    unitIn<TimeUnit>(columns[time], {{"us", TimeUnit::Microseconds}, {"µs", TimeUnit::Microseconds},
                                     {"ms", TimeUnit::Milliseconds}, {"s", TimeUnit::Seconds}}, m_units.time);
    unitIn<CurrentUnit>(columns[current], {{"na", CurrentUnit::Nanoamps}, {"ua", CurrentUnit::Microamps},
                                           {"µa", CurrentUnit::Microamps}, {"ma", CurrentUnit::Milliamps},
                                           {"a", CurrentUnit::Amperes}}, m_units.current);
    m_nsPerTimeUnit = nanosecondsPer(m_units.time);
    m_microampsPerUnit = microampsPer(m_units.current);
    m_format = columns[time].toByteArray() == "Timestamp(ms)" && columns[current].toByteArray() == "Current(uA)"
            ? Format::PowerProfiler
            : Format::NamedColumns;
    return true;
}

void CurrentCsvReader::bad()
{
    if (!m_badLines)
        m_firstBadLine = m_lines;
    ++m_badLines;
}

QString CurrentCsvReader::description() const
{
    static const char *const timeNames[] = {"s", "ms", "µs"};
    static const char *const currentNames[] = {"A", "mA", "µA", "nA"};
    const QString units = QStringLiteral("%1, %2").arg(QString::fromUtf8(timeNames[int(m_units.time)]),
                                                       QString::fromUtf8(currentNames[int(m_units.current)]));
    switch (m_format) {
    case Format::PowerProfiler: return tr("Power Profiler export (%1)").arg(units);
    case Format::NamedColumns: return tr("CSV with named columns (%1)").arg(units);
    case Format::Bare: return tr("time and current pairs without a header (%1, as chosen)").arg(units);
    case Format::Unknown: break;
    }
    return tr("no samples read");
}

QString CurrentCsvReader::problems() const
{
    if (!m_badLines)
        return {};
    return tr("%n line(s) are not samples; the first is line %1", nullptr, int(std::min<qint64>(m_badLines, INT_MAX)))
            .arg(m_firstBadLine);
}

} // namespace bc25::power
