// SPDX-License-Identifier: MIT
#include "logview.h"

#include "logitemdelegate.h"
#include "logscrollbar.h"
#include "lineheight.h"
#include "markerlines.h"

#include <QHeaderView>
#include <QResizeEvent>
#include <QScrollBar>

#include <algorithm>
#include <utility>

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
    // Following the end is where the bar was left, not a look at it when rows
    // come: a view at its end stays there whatever makes it longer — rows
    // grown taller (Show as "Hex + text") left it mid-log, and the rows after
    // came out of sight (new-user pass 10, ZH F3).
    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) { m_showsEnd = value >= bar->maximum() - 2; });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_followsEnd && m_showsEnd)
            bar->setValue(maximum);
    });
    // A column made wider or narrower (the view's width, the last column's
    // stretch) takes the wrapped rows' words onto more or fewer lines. Measured
    // once the header has placed every column: it says a section resized
    // before it has given the last, stretched one its new width, so the rows
    // of a console laid out while its tab was hidden (a narrow default size)
    // kept a wrapped height, a whole view tall, when shown (new-user pass 9).
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &LogView::wrapAllRowsSoon);
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
    const bool tall = model()->headerData(0, Qt::Horizontal, LinesRole).toBool()
        || model()->headerData(0, Qt::Horizontal, WrapsRole).toBool();
    for (int row = 0; row < rows && !tall; ++row) {
        if (verticalHeader()->sectionSize(row) != line)
            verticalHeader()->resizeSection(row, line);
    }
    if (tall && rows > 0)
        sizeRows(0, rows - 1);
}

void LogView::wrapAllRowsSoon()
{
    if (std::exchange(m_wrapPending, true))
        return;
    QMetaObject::invokeMethod(this, &LogView::wrapAllRows, Qt::QueuedConnection);
}

void LogView::wrapAllRows()
{
    m_wrapPending = false;
    // Only a model that says its rows may wrap is asked row by row.
    if (model() && model()->rowCount() > 0 && model()->headerData(0, Qt::Horizontal, WrapsRole).toBool())
        sizeRows(0, model()->rowCount() - 1);
}

int LogView::wrappedLines(int row) const
{
    const QAbstractItemModel *shown = model();
    const QVariant column = shown->index(row, 0).data(WrapsRole);
    if (!column.isValid())
        return 1;
    const QModelIndex index = shown->index(row, column.toInt());
    int width = 0;
    for (int c = index.column(); c < index.column() + columnSpan(row, index.column()); ++c)
        width += columnWidth(c);
    width -= 2 * LogItemDelegate::Padding;
    const QString text = index.data().toString();
    const QVariant fontData = index.data(Qt::FontRole);
    const QFontMetricsF metrics(fontData.isValid() ? qvariant_cast<QFont>(fontData).resolve(font()) : font());
    if (width <= 0)
        return 1;
    return int(MarkerLines::lengths(text, metrics, width).size());
}

void LogView::sizeRows(int first, int last)
{
    const QAbstractItemModel *shown = model();
    const bool lines = shown->headerData(0, Qt::Horizontal, LinesRole).toBool();
    const bool wraps = shown->headerData(0, Qt::Horizontal, WrapsRole).toBool();
    if (first < 0 || (!lines && !wraps))
        return;
    const int line = verticalHeader()->defaultSectionSize();
    for (int row = first; row <= last; ++row) {
        const int rowLines = lines ? shown->index(row, 0).data(LinesRole).toInt() : 1;
        const int height = line * std::max({1, rowLines, wraps ? wrappedLines(row) : 1});
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
    // Laid out the first time it starts at the end, as it would have followed
    // it: a log kept across windows (a model switch's) showed its first line,
    // the switch's marker out of sight, as the range was set while hidden.
    const QScrollBar *bar = verticalScrollBar();
    const bool atEnd = !event->oldSize().isValid() || bar->value() >= bar->maximum() - 2;
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
