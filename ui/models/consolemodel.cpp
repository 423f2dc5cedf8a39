// SPDX-License-Identifier: MIT
#include "consolemodel.h"

#include "panels/bytetext.h"
#include "tabletext.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace bc25::ui {

ConsoleModel::ConsoleModel(QObject *parent)
    : LineLogModel(parent)
{
    setCap(DefaultCap);
}

void ConsoleModel::append(bool sent, const QByteArray &bytes, qint64 timestampMs)
{
    appendLines(sent ? Sent : Received, bytes, timestampMs < 0 ? QDateTime::currentMSecsSinceEpoch() : timestampMs,
                !sent);
}

void ConsoleModel::appendNote(const QString &text)
{
    appendLines(Note, text.toUtf8(), QDateTime::currentMSecsSinceEpoch(), false);
}

void ConsoleModel::setHex(bool hex)
{
    if (m_hex == hex)
        return;
    m_hex = hex;
    if (rowCount() > 0)
        emit dataChanged(index(0, Data), index(rowCount() - 1, Data));
}

QString ConsoleModel::rowText(const LogLine &entry) const
{
    if (entry.kind == Note)
        return QString::fromUtf8(entry.bytes); // the workbench's words, in Hex view too
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
    return entry.kind == Sent ? tr("» %1").arg(text) : text;
}

int ConsoleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsoleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LogLine &entry = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Time
                ? TableText::timeOfDay(entry.timestampMs)
                : rowText(entry);
    case TableText::ExportRole: // exports carry the full date
        return index.column() == Time
                ? TableText::dateAndTime(entry.timestampMs)
                : rowText(entry);
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Data: return tr("Data");
    }
    return {};
}

} // namespace bc25::ui
