// SPDX-License-Identifier: MIT
#include "consolemodel.h"

#include "panels/bytetext.h"
#include "tabletext.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace bc25::ui {

ConsoleModel::ConsoleModel(QObject *parent)
    : BoundedLogModel(parent)
{
    setCap(DefaultCap);
}

void ConsoleModel::append(bool sent, const QByteArray &bytes, qint64 timestampMs)
{
    if (timestampMs < 0)
        timestampMs = QDateTime::currentMSecsSinceEpoch();
    qsizetype at = 0;
    // The rest of a received line already begun (no LF yet) goes on its row;
    // each send is a row (or rows) of its own.
    bool shown = false;
    if (ConsoleEntry *line = newest(&shown); !sent && line && !line->sent && !line->ended) {
        const qsizetype lf = bytes.indexOf('\n');
        const qsizetype take = qMin(lf < 0 ? bytes.size() : lf + 1, MaxRowBytes - line->bytes.size());
        line->bytes += bytes.left(take);
        line->ended = (lf >= 0 && take == lf + 1) || line->bytes.size() >= MaxRowBytes;
        at = take;
        if (shown && take > 0) {
            const int row = rowCount() - 1;
            emit dataChanged(index(row, Time), index(row, Data));
        }
    }
    while (at < bytes.size()) {
        const qsizetype lf = bytes.indexOf('\n', at);
        const qsizetype take = qMin(lf < 0 ? bytes.size() - at : lf + 1 - at, MaxRowBytes);
        const QByteArray line = bytes.mid(at, take);
        enqueue({timestampMs, sent, sent || line.endsWith('\n') || take == MaxRowBytes, line});
        at += take;
    }
}

void ConsoleModel::clear()
{
    BoundedLogModel::clear();
}

void ConsoleModel::setHex(bool hex)
{
    if (m_hex == hex)
        return;
    m_hex = hex;
    if (rowCount() > 0)
        emit dataChanged(index(0, Data), index(rowCount() - 1, Data));
}

QString ConsoleModel::rowText(const ConsoleEntry &entry) const
{
    QString text;
    if (m_hex) {
        text = QString::fromLatin1(entry.bytes.toHex(' ').toUpper());
    } else {
        // The row is the line: its LF is the row's end, not a character to show.
        QByteArrayView line(entry.bytes);
        if (line.endsWith('\n'))
            line.chop(1);
        text = ByteText::printable(line.toByteArray());
    }
    return entry.sent ? tr("» %1").arg(text) : text;
}

int ConsoleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsoleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ConsoleEntry &entry = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Time
                ? QDateTime::fromMSecsSinceEpoch(entry.timestampMs).toString(QStringLiteral("HH:mm:ss.zzz"))
                : rowText(entry);
    case TableText::ExportRole: // exports carry the full date
        return index.column() == Time
                ? QDateTime::fromMSecsSinceEpoch(entry.timestampMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                : rowText(entry);
    case Qt::ForegroundRole:
        return entry.sent ? QBrush(QColor(0x1f, 0x5f, 0xbf)) : QVariant();
    case SentRole:
        return entry.sent;
    default:
        return {};
    }
}

QVariant ConsoleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Data: return tr("Data");
    }
    return {};
}

} // namespace bc25::ui
