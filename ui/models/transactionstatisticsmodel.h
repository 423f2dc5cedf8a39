// SPDX-License-Identifier: MIT
#pragma once

#include "bc25/transactionstatistics.h"

#include <QAbstractTableModel>

namespace bc25::ui {

// Per-command counts, failures and min/avg/max latencies, like Wireshark's
// service response time, as a table for the Transactions dock. It shows a
// copy of a TransactionStatistics, taken by refresh() once per batch of rows.
class TransactionStatisticsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Command, Count, Failures, MinMs, AvgMs, MaxMs, OperationMinMs, OperationAvgMs, OperationMaxMs, ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void refresh(const TransactionStatistics &statistics);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TransactionStatistics::Row> m_rows;
};

} // namespace bc25::ui
