// SPDX-License-Identifier: MIT
#include "logview.h"

#include "logitemdelegate.h"

#include <QHeaderView>
#include <QScrollBar>

namespace bc25::ui {

LogView::LogView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new LogItemDelegate(this));
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setShowGrid(false);
    verticalScrollBar()->setAutoFillBackground(true);
    horizontalScrollBar()->setAutoFillBackground(true);
}

void LogView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    // The bar's range grows later (with the delayed layout), so this is where it was.
    const QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    QTableView::rowsInserted(parent, start, end);
    if (m_followsEnd && atEnd && !parent.isValid())
        scrollToBottom();
}

} // namespace bc25::ui
