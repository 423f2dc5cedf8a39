// SPDX-License-Identifier: MIT
#pragma once

#include "linelogmodel.h"

#include "panels/bytetext.h"

#include <utility>

namespace bc25::ui {

// One socket's data as lines (LineLogModel): what it received and what was
// sent on it, each send a row of its own. Shown as text (escapes for what
// is not text), hex, or both side by side (the offset in its direction's
// stream and the hex, then a Text column), switchable after the fact.
class ConsoleModel final : public LineLogModel
{
    Q_OBJECT
public:
    // Text exists only while the view mode is HexAndText.
    enum Column { Time, Data, ColumnCount, Text = ColumnCount };
    enum Role { SentRole = Qt::UserRole + 1 };
    static constexpr qsizetype DefaultCap = 20000;

    explicit ConsoleModel(QObject *parent = nullptr);

    void append(bool sent, const QByteArray &bytes, qint64 timestampMs = -1);
    // A line of the workbench's own (where a link began or ended), never the socket's data.
    void appendNote(const QString &text);
    // A new stream begins (the socket opened again, another link): the row
    // being filled ends, offsets count from 0 again, `note` says why.
    void beginStream(const QString &note);
    void setHex(bool hex);
    void setViewMode(ByteText::ViewMode mode);
    // What the Time column of a row says instead of a time when the row goes
    // on from the one above: where in the line its first byte is ("↪ byte 257").
    [[nodiscard]] static QString placeInLine(qint64 byte);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum Kind : quint8 { Received, Sent, Note };
    [[nodiscard]] QString rowText(int row) const;
    [[nodiscard]] static QString text(const LogLine &line);
    // The bytes as hexdump -C's text, 16 bytes a line, beside the hex of Hex + text.
    [[nodiscard]] static QString textLines(const LogLine &line);
    // A line longer than a row (MaxRowBytes) is cut into rows: the
    // first and the last row of the line `row` belongs to (the same row for a
    // line that fits), and whether `row` goes on from the row above it.
    [[nodiscard]] std::pair<int, int> lineRows(int row) const;
    [[nodiscard]] bool goesOnFromAbove(int row) const;
    // A long line's rows say so: the row's place in the line and the whole line's text.
    [[nodiscard]] QString longLineTip(int row) const;

    qint64 m_receivedEnd = 0; // offsets in each direction's stream, for "Hex + text"
    qint64 m_sentEnd = 0;
};

} // namespace bc25::ui
