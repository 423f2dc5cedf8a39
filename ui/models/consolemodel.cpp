// SPDX-License-Identifier: MIT
#include "consolemodel.h"

#include "views/logitemdelegate.h"
#include "views/logview.h"

#include "panels/bytetext.h"
#include "tabletext.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace bc25::ui {

namespace {

constexpr int SentGutter = 2; // "» ": the mark of a sent row and its space

} // namespace

ConsoleModel::ConsoleModel(QObject *parent)
    : LineLogModel(parent)
{
    setCap(DefaultCap);
}

void ConsoleModel::append(bool sent, const QByteArray &bytes, qint64 timestampMs)
{
    qint64 &end = sent ? m_sentEnd : m_receivedEnd;
    appendLines(sent ? Sent : Received, bytes, timestampMs < 0 ? QDateTime::currentMSecsSinceEpoch() : timestampMs,
                !sent, end);
    end += bytes.size();
}

void ConsoleModel::appendNote(const QString &text)
{
    appendLines(Note, text.toUtf8(), QDateTime::currentMSecsSinceEpoch(), false);
}

void ConsoleModel::beginStream(const QString &note)
{
    // The note is a row of another kind: the next bytes start a row of their own.
    m_receivedEnd = 0;
    m_sentEnd = 0;
    appendNote(note);
}

void ConsoleModel::setHex(bool hex)
{
    setViewMode(hex ? ByteText::ViewMode::Hex : ByteText::ViewMode::Text);
}

void ConsoleModel::setViewMode(ByteText::ViewMode mode)
{
    changeViewMode(mode, Text, Data);
}

QString ConsoleModel::textLines(const LogLine &entry)
{
    // Beside the hex, 16 bytes a line, one character a byte (the LF a '.' as in hexdump -C).
    return ByteText::dumpTextLines(entry.bytes);
}

QString ConsoleModel::text(const LogLine &entry)
{
    // The row is the line: its LF is the row's end, not a character to show.
    QByteArrayView line(entry.bytes);
    if (line.endsWith('\n'))
        line.chop(1);
    return ByteText::printable(line.toByteArray());
}

bool ConsoleModel::goesOnFromAbove(int row) const
{
    if (row <= 0)
        return false;
    const LogLine &above = entryAt(row - 1);
    const LogLine &line = entryAt(row);
    if (above.kind != line.kind || line.kind == Note)
        return false;
    // A send or a read cut at the row's size: the same bytes go on.
    if (line.continuesAbove)
        return true;
    // A received line cut by the row's size, not ended by an LF, whose next
    // bytes of the same stream came in a later read. Never a send: each send
    // is its own line, however its bytes follow the last one's.
    return line.kind == Received && above.ended && above.bytes.size() >= MaxRowBytes && !above.bytes.endsWith('\n')
        && above.offset >= 0 && line.offset == above.offset + above.bytes.size();
}

std::pair<int, int> ConsoleModel::lineRows(int row) const
{
    int first = row;
    while (goesOnFromAbove(first))
        --first;
    int last = row;
    while (last + 1 < rowCount() && goesOnFromAbove(last + 1))
        ++last;
    return {first, last};
}

QString ConsoleModel::longLineTip(int row) const
{
    const auto [first, last] = lineRows(row);
    if (first == last)
        return {};
    QByteArray whole;
    for (int r = first; r <= last; ++r)
        whole += entryAt(r).bytes;
    const qint64 from = entryAt(row).offset - entryAt(first).offset;
    const QString text = ByteText::printable(whole.endsWith('\n') ? whole.chopped(1) : whole);
    QStringList lines;
    for (qsizetype at = 0; at < text.size(); at += LogItemDelegate::TooltipLineLength)
        lines << text.mid(at, LogItemDelegate::TooltipLineLength);
    return tr("Bytes %1–%2 of a line of %3 bytes, shown in rows of %4 bytes. The whole line:")
                   .arg(from + 1).arg(from + entryAt(row).bytes.size()).arg(whole.size()).arg(MaxRowBytes)
         + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

QString ConsoleModel::placeInLine(qint64 byte)
{
    return tr("↪ byte %1").arg(byte);
}

QString ConsoleModel::rowText(int row) const
{
    const LogLine &entry = entryAt(row);
    if (entry.kind == Note)
        return QString::fromUtf8(entry.bytes); // the workbench's words, in Hex view too
    // A send's mark is on its first row only: the rows its bytes go on in are
    // marked as going on ("↪ "), as a received line's are, not as sends of their own.
    const bool goesOn = goesOnFromAbove(row);
    const bool sendStarts = entry.kind == Sent && !goesOn;
    QString shown;
    switch (viewMode()) {
    case ByteText::ViewMode::Text:
        shown = text(entry);
        return sendStarts ? tr("» %1").arg(shown) : goesOn ? QStringLiteral("↪ ") + shown : shown;
    case ByteText::ViewMode::Hex: shown = QString::fromLatin1(entry.bytes.toHex(' ').toUpper()); break;
    case ByteText::ViewMode::HexAndText: shown = ByteText::offsetAndHexLines(entry.bytes, entry.offset); break;
    }
    // In hex, columns of bytes: every row has the gutter of the sent mark ("» "
    // or as many spaces), on each of its lines, so the offsets and the bytes of
    // sent and received rows stand in the same columns.
    shown.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(SentGutter, QLatin1Char(' ')));
    return sendStarts ? tr("» %1").arg(shown)
         : entry.kind == Sent ? QStringLiteral("↪ ") + shown // in the sent mark's gutter
                              : QString(SentGutter, QLatin1Char(' ')) + shown;
}

int ConsoleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : viewMode() == ByteText::ViewMode::HexAndText ? ColumnCount + 1 : ColumnCount;
}

QVariant ConsoleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LogLine &entry = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // A row that goes on from the one above is the middle of a line: no
        // time of its own (a time is a line's first byte), its place in the line instead.
        if (index.column() == Time && goesOnFromAbove(index.row()))
            return placeInLine(entry.offset - entryAt(lineRows(index.row()).first).offset + 1);
        // In Text view (its time hidden by default) the row's text says it goes on from
        // above too ("↪ "), as a sent row's "» " says it was sent (rowText).
        // A link marker is words, drawn once across the hex and the text (LogView's span).
        return index.column() == Time ? TableText::timeOfDay(entry.timestampMs)
             : index.column() == Text ? (entry.kind == Note ? QString() : textLines(entry))
                                      : rowText(index.row());
    case LogView::LinesRole:
        return viewMode() == ByteText::ViewMode::HexAndText && entry.kind != Note
                ? ByteText::dumpLineCount(entry.bytes.size()) : 1;
    case LogView::SpanFromRole:
        return entry.kind == Note && viewMode() == ByteText::ViewMode::HexAndText ? QVariant(int(Data)) : QVariant();
    case LogView::WrapsRole: // a link marker's words, whole on as many lines as they need
        return entry.kind == Note ? QVariant(int(Data)) : QVariant();
    case TableText::ExportRole: // exports carry the full date
        if (index.column() == Data && viewMode() == ByteText::ViewMode::Text && goesOnFromAbove(index.row()))
            return entry.kind == Sent ? tr("» %1").arg(text(entry)) : text(entry); // the bytes and their direction, no "↪ "
        return index.column() == Time ? TableText::dateAndTime(entry.timestampMs)
             : index.column() == Text ? text(entry)
                                      : rowText(index.row());
    case Qt::ToolTipRole: // a hex editor's view of the row; a marker's is its words (the view's, when cut)
        if (viewMode() == ByteText::ViewMode::HexAndText && index.column() == Data && entry.kind != Note)
            return ByteText::hexDump(entry.bytes, entry.offset);
        // A line cut into rows: each of them holds the whole line in its tooltip.
        if (const QString tip = viewMode() == ByteText::ViewMode::Text ? longLineTip(index.row()) : QString(); !tip.isEmpty())
            return tip;
        return {};
    case Qt::ForegroundRole:
        return entry.kind == Sent   ? QBrush(QColor(0x1f, 0x5f, 0xbf))
             : entry.kind == Note ? QBrush(QColor(0x80, 0x80, 0x80))
                                  : QVariant();
    case SentRole:
        return entry.kind == Sent;
    default:
        return {};
    }
}

QVariant ConsoleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == LogView::WrapsRole) // its markers
        return true;
    if (role == LogView::SpanFromRole || role == LogView::LinesRole) // only in Hex + text: the view looks then
        return viewMode() == ByteText::ViewMode::HexAndText;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Data: return viewMode() == ByteText::ViewMode::HexAndText ? tr("Offset and hex") : tr("Data");
    case Text: return tr("Text");
    }
    return {};
}

} // namespace bc25::ui
