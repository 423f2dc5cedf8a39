// SPDX-License-Identifier: MIT
#include "logview.h"

#include "logitemdelegate.h"
#include "logscrollbar.h"

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
    setVerticalScrollBar(new LogScrollBar(Qt::Vertical, this));
    setHorizontalScrollBar(new LogScrollBar(Qt::Horizontal, this));
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

void LogView::resizeEvent(QResizeEvent *event)
{
    // A view made shorter (a hint or a search bar below it) keeps its top row,
    // which leaves the end behind: one that showed the end goes on showing it.
    const QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    QTableView::resizeEvent(event);
    if (m_followsEnd && atEnd)
        scrollToBottom();
}

void LogView::verticalScrollbarValueChanged(int value)
{
    // Qt asks the windowing system where the cursor is on every scroll, to
    // update the hovered row: a round trip to the X server per frame while a
    // flood scrolls the view. Only worth it when the mouse is over the rows.
    if (viewport()->underMouse())
        QTableView::verticalScrollbarValueChanged(value);
}

} // namespace bc25::ui
