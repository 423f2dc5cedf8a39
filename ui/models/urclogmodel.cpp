// SPDX-License-Identifier: MIT
#include "urclogmodel.h"

#include "tabletext.h"
#include "views/logview.h"

#include "bc25/urcdescription.h"

#include <QDateTime>

namespace bc25::ui {

UrcLogModel::UrcLogModel(QObject *parent)
    : BoundedLogModel(parent)
{
    setCap(50000);
}

void UrcLogModel::append(const at::ResultLine &line, qint64 timestampMs)
{
    const UrcDescription description = UrcDescription::describe(line);
    if (!m_types.contains(description.type)) {
        m_types << description.type;
        emit typesChanged();
    }
    enqueue({timestampMs < 0 ? QDateTime::currentMSecsSinceEpoch() : timestampMs, description.type,
             description.connectId, description.meaning, QString::fromLatin1(line.text)});
}

void UrcLogModel::appendMarker(const QString &text)
{
    enqueue({QDateTime::currentMSecsSinceEpoch(), {}, -1, text, {}, true});
}

QString UrcLogModel::toText() const
{
    QString text;
    for (int row = 0; row < rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells << data(index(row, column)).toString();
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

int UrcLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UrcLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const UrcEntry &e = entryAt(index.row());
    if (role == TypeRole)
        return e.type;
    if (role == SocketRole)
        return e.socket;
    if (role == MarkerRole)
        return e.marker;
    if (role == LogView::SpanFromRole || role == LogView::WrapsRole) // a link's marker: its words across the meaning and the line, on as many lines as they need
        return e.marker ? QVariant(int(Meaning)) : QVariant();
    if (role == TableText::ExportRole && index.column() == Time)
        return TableText::dateAndTime(e.timestampMs);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        return TableText::timeOfDay(e.timestampMs);
    case Type:
        return e.type;
    case Socket:
        return e.socket >= 0 ? QVariant(e.socket) : QVariant(QString());
    case Meaning:
        return e.meaning;
    case Line:
        return e.line;
    }
    return {};
}

QVariant UrcLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == LogView::SpanFromRole || role == LogView::WrapsRole) // its rows may span and wrap (markers): the view asks row by row
        return true;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Type: return tr("Type");
    case Socket: return tr("Socket");
    case Meaning: return tr("Meaning");
    case Line: return tr("As printed");
    }
    return {};
}

void UrcFilterModel::setTypeFilter(const QString &type)
{
    m_type = type;
    invalidateFilter();
}

void UrcFilterModel::setSocketFilter(int socket)
{
    m_socket = socket;
    invalidateFilter();
}

bool UrcFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_type.isEmpty() && index.data(UrcLogModel::TypeRole).toString() != m_type)
        return false;
    return m_socket < 0 || index.data(UrcLogModel::SocketRole).toInt() == m_socket;
}

void UrcLogModel::follow(SessionLog *log)
{
    connect(log, &SessionLog::urcAdded, this,
            [this](const SessionLog::UrcEntry &entry) { append(entry.line, entry.timeMs); });
}

} // namespace bc25::ui
