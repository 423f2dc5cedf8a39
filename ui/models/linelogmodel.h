// SPDX-License-Identifier: MIT
#pragma once

#include "batchedlogmodel.h"
#include "panels/bytetext.h"

#include <QByteArray>

namespace bc25::ui {

struct LogLine
{
    qint64 timestampMs; // when the line began
    quint8 kind;        // the model's own: direction, sent or received
    bool ended;         // its LF came, it reached MaxRowBytes, or it stands alone
    QByteArray bytes;
    qint64 offset = -1; // where it starts in the stream, when the model counts one
    quint8 tag = 0;     // the model's own: whose the terminal's rows are
    // The row above holds the bytes just before it, of the same piece (a send
    // or a read longer than MaxRowBytes cut there, not ended by an LF).
    bool continuesAbove = false;
};

// Bytes as lines, a row per line (cut after each LF, or at MaxRowBytes),
// for the terminal and the consoles. The rest of a line that came in pieces
// goes on the row it began, so a row's time is its line's first byte and a
// timestamp never lands in the middle of a line; the row grows in place
// (announced once a frame) while the line has not ended.
class LineLogModel : public BoundedLogModel<LogLine>
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxRowBytes = 256;

    using BoundedLogModel::BoundedLogModel;

    void clear();
    [[nodiscard]] ByteText::ViewMode viewMode() const { return m_mode; }
    [[nodiscard]] bool isHex() const { return m_mode != ByteText::ViewMode::Text; }

protected:
    // Shows the rows as text, hex or both: the column `textColumn` comes and goes
    // with "Hex + text", and `shownColumn` (the bytes) is drawn anew.
    void changeViewMode(ByteText::ViewMode mode, int textColumn, int shownColumn);
    // Appends `bytes` of one kind. A line of a kind that `continues` goes on
    // as more comes; other kinds (a command written, a send, a note) stand alone.
    // `offset` is where the bytes start in the stream (-1: not counted), `tag`
    // the new rows' tag.
    void appendLines(quint8 kind, const QByteArray &bytes, qint64 timestampMs, bool continues,
                     qint64 offset = -1, quint8 tag = 0);
    // A row took the stream's bytes [from, to) (only when offsets are counted).
    virtual void lineTook(LogLine &line, qint64 from, qint64 to) { Q_UNUSED(line) Q_UNUSED(from) Q_UNUSED(to) }
    void beforeFlush() override;

private:
    ByteText::ViewMode m_mode = ByteText::ViewMode::Text;
    bool m_newestRowGrew = false; // the last row took more bytes since the last flush
};

} // namespace bc25::ui
