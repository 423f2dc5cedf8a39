// SPDX-License-Identifier: MIT
#include "logview.h"

#include "logitemdelegate.h"
#include "logscrollbar.h"
#include "lineheight.h"

#include <QHeaderView>
#include <QScrollBar>

namespace bc25::ui {

LogView::LogView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new LogItemDelegate(this));
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(LineHeight::row(font(), 6));
    horizontalHeader()->setStretchLastSection(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setShowGrid(false);
    setVerticalScrollBar(new LogScrollBar(Qt::Vertical, this));
    setHorizontalScrollBar(new LogScrollBar(Qt::Horizontal, this));
}

void LogView::setModel(QAbstractItemModel *model)
{
    if (model != this->model()) {
        for (const QMetaObject::Connection &connection : std::as_const(m_spanConnections))
            disconnect(connection);
        m_spanConnections.clear();
        QTableView::setModel(model);
        if (model) {
            // The columns change with Hex + text; a filter may show other rows.
            for (auto signal : {&QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
                m_spanConnections << connect(model, signal, this, &LogView::spanAllRows);
            m_spanConnections << connect(model, &QAbstractItemModel::modelReset, this, &LogView::spanAllRows);
            m_spanConnections << connect(model, &QAbstractItemModel::layoutChanged, this, &LogView::spanAllRows);
            // A row that grows in place (a line still coming) may need another line.
            m_spanConnections << connect(model, &QAbstractItemModel::dataChanged, this,
                                         [this](const QModelIndex &from, const QModelIndex &to) { sizeRows(from.row(), to.row()); });
        }
    }
    spanAllRows();
}

void LogView::spanAllRows()
{
    if (!model())
        return;
    clearSpans();
    const int rows = model()->rowCount();
    if (rows > 0)
        spanRows(0, rows - 1);
    // Back to a line a row (Text, Hex): the rows that were taller shrink.
    const int line = verticalHeader()->defaultSectionSize();
    const bool tall = model()->headerData(0, Qt::Horizontal, LinesRole).toBool();
    for (int row = 0; row < rows && !tall; ++row) {
        if (verticalHeader()->sectionSize(row) != line)
            verticalHeader()->resizeSection(row, line);
    }
    if (tall && rows > 0)
        sizeRows(0, rows - 1);
}

void LogView::sizeRows(int first, int last)
{
    const QAbstractItemModel *shown = model();
    if (first < 0 || !shown->headerData(0, Qt::Horizontal, LinesRole).toBool())
        return;
    const int line = verticalHeader()->defaultSectionSize();
    for (int row = first; row <= last; ++row) {
        const int height = line * qMax(1, shown->index(row, 0).data(LinesRole).toInt());
        if (verticalHeader()->sectionSize(row) != height)
            verticalHeader()->resizeSection(row, height);
    }
}

void LogView::spanRows(int first, int last)
{
    const QAbstractItemModel *shown = model();
    // Only a model that says its rows may span is asked row by row (a flood costs nothing otherwise).
    if (!shown->headerData(0, Qt::Horizontal, SpanFromRole).toBool())
        return;
    const int columns = shown->columnCount();
    for (int row = first; row <= last; ++row) {
        const QVariant from = shown->index(row, 0).data(SpanFromRole);
        if (from.isValid() && from.toInt() < columns - 1)
            setSpan(row, from.toInt(), 1, columns - from.toInt());
    }
}

void LogView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    // The bar's range grows later (with the delayed layout), so this is where it was.
    const QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    QTableView::rowsInserted(parent, start, end);
    if (!parent.isValid()) {
        spanRows(start, end);
        sizeRows(start, end);
    }
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
