// SPDX-License-Identifier: MIT
#pragma once

#include "batchedlogmodel.h"

#include <QByteArray>

namespace bc25::ui {

struct LogLine
{
    qint64 timestampMs; // when the line began
    quint8 kind;        // the model's own: direction, sent or received
    bool ended;         // its LF came, it reached MaxRowBytes, or it stands alone
    QByteArray bytes;
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

protected:
    // Appends `bytes` of one kind. A line of a kind that `continues` goes on
    // as more comes; other kinds (a command written, a send, a note) stand alone.
    void appendLines(quint8 kind, const QByteArray &bytes, qint64 timestampMs, bool continues);
    void beforeFlush() override;

private:
    bool m_newestRowGrew = false; // the last row took more bytes since the last flush
};

} // namespace bc25::ui
