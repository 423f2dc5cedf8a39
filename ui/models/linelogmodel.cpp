// SPDX-License-Identifier: MIT
#include "linelogmodel.h"

namespace bc25::ui {

void LineLogModel::appendLines(quint8 kind, const QByteArray &bytes, qint64 timestampMs, bool continues)
{
    qsizetype at = 0;
    bool shown = false;
    if (LogLine *line = newest(&shown); continues && line && line->kind == kind && !line->ended) {
        const qsizetype lf = bytes.indexOf('\n');
        const qsizetype take = qMin(lf < 0 ? bytes.size() : lf + 1, MaxRowBytes - line->bytes.size());
        line->bytes += bytes.left(take);
        line->ended = (lf >= 0 && take == lf + 1) || line->bytes.size() >= MaxRowBytes;
        at = take;
        if (shown && take > 0) {
            m_newestRowGrew = true;
            scheduleFlush();
        }
    }
    while (at < bytes.size()) {
        const qsizetype lf = bytes.indexOf('\n', at);
        const qsizetype take = qMin(lf < 0 ? bytes.size() - at : lf + 1 - at, MaxRowBytes);
        QByteArray piece = bytes.mid(at, take);
        const bool ended = !continues || piece.endsWith('\n') || take == MaxRowBytes;
        enqueue({timestampMs, kind, ended, std::move(piece)});
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

} // namespace bc25::ui
