// SPDX-License-Identifier: MIT
#include "linelogmodel.h"

namespace bc25::ui {

void LineLogModel::appendLines(quint8 kind, const QByteArray &bytes, qint64 timestampMs, bool continues,
                               qint64 offset, quint8 tag)
{
    qsizetype at = 0;
    bool shown = false;
    if (LogLine *line = newest(&shown); continues && line && line->kind == kind && !line->ended) {
        const qsizetype lf = bytes.indexOf('\n');
        const qsizetype take = qMin(lf < 0 ? bytes.size() : lf + 1, MaxRowBytes - line->bytes.size());
        line->bytes += bytes.left(take);
        line->ended = (lf >= 0 && take == lf + 1) || line->bytes.size() >= MaxRowBytes;
        at = take;
        if (offset >= 0 && take > 0)
            lineTook(*line, offset, offset + take);
        if (shown && take > 0) {
            m_newestRowGrew = true;
            scheduleFlush();
        }
    }
    while (at < bytes.size()) {
        const qsizetype lf = bytes.indexOf('\n', at);
        const qsizetype take = qMin(lf < 0 ? bytes.size() - at : lf + 1 - at, MaxRowBytes);
        LogLine line{timestampMs, kind, false, bytes.mid(at, take), offset < 0 ? -1 : offset + at, tag};
        line.ended = !continues || line.bytes.endsWith('\n') || take == MaxRowBytes;
        line.continuesAbove = at > 0 && bytes.at(at - 1) != '\n';
        if (offset >= 0)
            lineTook(line, offset + at, offset + at + take);
        enqueue(std::move(line));
        at += take;
    }
}

void LineLogModel::beforeFlush()
{
    // The row that grew is still the last one shown: the rows waiting come after it.
    if (std::exchange(m_newestRowGrew, false) && rowCount() > 0)
        emit dataChanged(index(rowCount() - 1, 0), index(rowCount() - 1, columnCount() - 1));
}

void LineLogModel::clear()
{
    m_newestRowGrew = false;
    BoundedLogModel::clear();
}

void LineLogModel::changeViewMode(ByteText::ViewMode mode, int textColumn, int shownColumn)
{
    if (m_mode == mode)
        return;
    const bool hadText = m_mode == ByteText::ViewMode::HexAndText;
    const bool hasText = mode == ByteText::ViewMode::HexAndText;
    if (hadText && !hasText)
        beginRemoveColumns({}, textColumn, textColumn);
    if (hasText && !hadText)
        beginInsertColumns({}, textColumn, textColumn);
    m_mode = mode;
    if (hadText && !hasText)
        endRemoveColumns();
    if (hasText && !hadText)
        endInsertColumns();
    if (rowCount() > 0)
        emit dataChanged(index(0, shownColumn), index(rowCount() - 1, shownColumn));
}

} // namespace bc25::ui
