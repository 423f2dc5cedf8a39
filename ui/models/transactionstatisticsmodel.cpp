// SPDX-License-Identifier: MIT
#include "transactionstatisticsmodel.h"

#include <QBrush>
#include <QColor>

namespace bc25::ui {

namespace {

QString milliseconds(qint64 ms)
{
    return ms >= 0 ? QString::number(ms) : QString();
}

QString average(double ms)
{
    return ms >= 0 ? QString::number(ms, 'f', 1) : QString();
}

} // namespace

void TransactionStatisticsModel::refresh(const TransactionStatistics &statistics)
{
    const QList<TransactionStatistics::Row> &rows = statistics.rows();
    // Commands are only ever added at the end, until a clear: insert the new ones, update the
    // rest. Anything else (a clear, other statistics) is a reset.
    bool grows = rows.size() >= m_rows.size();
    for (qsizetype row = 0; grows && row < m_rows.size(); ++row)
        grows = rows.at(row).command == m_rows.at(row).command;
    if (!grows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    const int before = int(m_rows.size());
    if (rows.size() > m_rows.size()) {
        beginInsertRows({}, before, int(rows.size()) - 1);
        m_rows = rows;
        endInsertRows();
    } else {
        m_rows = rows;
    }
    if (before > 0)
        emit dataChanged(index(0, 0), index(before - 1, ColumnCount - 1));
}

int TransactionStatisticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionStatisticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransactionStatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TransactionStatistics::Row &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != Command)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Failures && row.failures > 0)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Command: return QString::fromLatin1(row.command);
    case Count: return QString::number(row.count);
    case Failures: return QString::number(row.failures);
    case MinMs: return milliseconds(row.minMs);
    case AvgMs: return average(row.averageMs());
    case MaxMs: return milliseconds(row.maxMs);
    case OperationMinMs: return milliseconds(row.operationMinMs);
    case OperationAvgMs: return average(row.operationAverageMs());
    case OperationMaxMs: return milliseconds(row.operationMaxMs);
    }
    return {};
}

QVariant TransactionStatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section >= OperationMinMs)
        return tr("The second phase (+QIOPEN, SEND OK, +QPING…), from writing the command, of the operations that succeeded");
    if (role == Qt::ToolTipRole && section >= MinMs)
        return tr("From writing the command to its final result");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Command: return tr("Command");
    case Count: return tr("Count");
    case Failures: return tr("Failures");
    case MinMs: return tr("Min ms");
    case AvgMs: return tr("Avg ms");
    case MaxMs: return tr("Max ms");
    case OperationMinMs: return tr("Op. min ms");
    case OperationAvgMs: return tr("Op. avg ms");
    case OperationMaxMs: return tr("Op. max ms");
    }
    return {};
}

} // namespace bc25::ui
