// SPDX-License-Identifier: MIT
#include "modelmatches.h"

#include <QAbstractItemModel>

#include <numeric>

namespace bc25::ui {

ModelMatches::ModelMatches(QObject *parent)
    : QObject(parent)
{
}

void ModelMatches::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_model = model;
    m_currentRow = QPersistentModelIndex();
    m_currentOrdinal = -1;
    if (model)
        connectModel();
    rescan();
}

void ModelMatches::connectModel()
{
    QAbstractItemModel *model = m_model;
    m_connections = {
        connect(model, &QAbstractItemModel::rowsInserted, this, &ModelMatches::rowsInserted),
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ModelMatches::rowsRemoved),
        connect(model, &QAbstractItemModel::dataChanged, this, &ModelMatches::dataChanged),
        // Whatever reorders or replaces rows wholesale (a sort, a clear, a new
        // column set) is rare: counting again is simplest and exact.
        connect(model, &QAbstractItemModel::modelReset, this, &ModelMatches::rescan),
        connect(model, &QAbstractItemModel::layoutChanged, this, &ModelMatches::rescan),
        connect(model, &QAbstractItemModel::rowsMoved, this, &ModelMatches::rescan),
        connect(model, &QAbstractItemModel::columnsInserted, this, &ModelMatches::rescan),
        connect(model, &QAbstractItemModel::columnsRemoved, this, &ModelMatches::rescan),
        connect(model, &QAbstractItemModel::columnsMoved, this, &ModelMatches::rescan),
    };
}

void ModelMatches::setColumns(const QList<int> &columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    rescan();
}

void ModelMatches::setMatcher(const TextMatcher &matcher)
{
    const bool refined = matcher.refines(m_matcher) && m_model && size_t(m_model->rowCount()) == m_rowCounts.size();
    m_matcher = matcher;
    if (refined) // typing on: the rows without a match stay without one
        recountRowsWithMatches();
    else
        rescan();
}

void ModelMatches::recountRowsWithMatches()
{
    const QList<int> columns = searchedColumns();
    for (size_t row = 0; row < m_rowCounts.size(); ++row) {
        if (m_rowCounts[row] == 0)
            continue;
        int found = 0;
        for (const int column : columns)
            found += m_matcher.count(cellText(m_model->index(int(row), column)));
        m_total += found - m_rowCounts[row];
        m_rowCounts[row] = found;
    }
    dropCurrentIfGone();
    emit changed();
}

QList<int> ModelMatches::searchedColumns() const
{
    QList<int> columns;
    const int count = m_model ? m_model->columnCount() : 0;
    if (m_columns.isEmpty()) {
        columns.resize(count);
        std::iota(columns.begin(), columns.end(), 0);
        return columns;
    }
    for (const int column : m_columns) {
        if (column >= 0 && column < count)
            columns.append(column);
    }
    return columns;
}

bool ModelMatches::isSearched(int column) const
{
    return m_columns.isEmpty() ? column >= 0 : m_columns.contains(column);
}

QString ModelMatches::cellText(const QModelIndex &index)
{
    return index.data(Qt::DisplayRole).toString();
}

void ModelMatches::rescan()
{
    m_rowCounts.clear();
    m_total = 0;
    // Nothing to look for: no counts are kept, and rows coming and going cost nothing.
    if (m_model && m_matcher.isActive()) {
        const int rows = m_model->rowCount();
        m_rowCounts.assign(size_t(rows), 0);
        scanRows(0, rows - 1);
    }
    dropCurrentIfGone();
    emit changed();
}

void ModelMatches::scanRows(int first, int last)
{
    const QList<int> columns = searchedColumns();
    for (int row = first; row <= last; ++row) {
        int found = 0;
        for (const int column : columns)
            found += m_matcher.count(cellText(m_model->index(row, column)));
        m_rowCounts[size_t(row)] = found;
        m_total += found;
    }
}

void ModelMatches::rowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || !m_matcher.isActive())
        return;
    if (size_t(first) > m_rowCounts.size())
        return rescan();
    // A log appends at the end: only the new rows are read.
    m_rowCounts.insert(m_rowCounts.begin() + first, size_t(last - first + 1), 0);
    scanRows(first, last);
    emit changed();
}

void ModelMatches::rowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || !m_matcher.isActive())
        return;
    if (size_t(last) >= m_rowCounts.size())
        return rescan();
    // A log drops its oldest rows: their counts go, nothing is read.
    const auto begin = m_rowCounts.begin() + first;
    const auto end = m_rowCounts.begin() + last + 1;
    m_total -= std::accumulate(begin, end, 0);
    m_rowCounts.erase(begin, end);
    dropCurrentIfGone();
    emit changed();
}

void ModelMatches::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (topLeft.parent().isValid() || !m_matcher.isActive())
        return;
    bool searched = false;
    for (int column = topLeft.column(); column <= bottomRight.column() && !searched; ++column)
        searched = isSearched(column);
    if (!searched) // the terminal's hex switch changes only the bytes column
        return;
    const int last = qMin(bottomRight.row(), int(m_rowCounts.size()) - 1);
    for (int row = topLeft.row(); row <= last; ++row) {
        m_total -= m_rowCounts[size_t(row)];
        m_rowCounts[size_t(row)] = 0;
    }
    if (topLeft.row() <= last)
        scanRows(topLeft.row(), last);
    dropCurrentIfGone();
    emit changed();
}

int ModelMatches::countInRow(int row) const
{
    return row >= 0 && size_t(row) < m_rowCounts.size() ? m_rowCounts[size_t(row)] : 0;
}

QList<TextSpan> ModelMatches::spansIn(const QModelIndex &index) const
{
    // Asked for every cell painted: with no search, nothing is read.
    if (!m_matcher.isActive())
        return {};
    return spansIn(index, cellText(index));
}

QList<TextSpan> ModelMatches::spansIn(const QModelIndex &index, QStringView text) const
{
    if (!m_matcher.isActive() || !index.isValid() || index.model() != m_model || index.parent().isValid()
        || !isSearched(index.column()))
        return {};
    return m_matcher.spans(text);
}

bool ModelMatches::hasCurrent() const
{
    return m_currentRow.isValid() && m_currentOrdinal >= 0;
}

int ModelMatches::currentRow() const
{
    return hasCurrent() ? m_currentRow.row() : -1;
}

QModelIndex ModelMatches::currentCell() const
{
    if (!hasCurrent())
        return {};
    const int row = m_currentRow.row();
    int before = 0; // matches in the searched columns left of the cell
    for (const int column : searchedColumns()) {
        const QModelIndex cell = m_model->index(row, column);
        const int inCell = m_matcher.count(cellText(cell));
        if (m_currentOrdinal < before + inCell)
            return cell;
        before += inCell;
    }
    return {};
}

int ModelMatches::currentSpanIn(const QModelIndex &index) const
{
    if (!hasCurrent() || index.row() != m_currentRow.row() || index.model() != m_model || !isSearched(index.column()))
        return -1;
    int before = 0;
    for (const int column : searchedColumns()) {
        const int inCell = m_matcher.count(cellText(m_model->index(index.row(), column)));
        if (column == index.column()) {
            const int span = m_currentOrdinal - before;
            return span >= 0 && span < inCell ? span : -1;
        }
        before += inCell;
    }
    return -1;
}

int ModelMatches::currentNumber() const
{
    if (!hasCurrent())
        return 0;
    // One pass over the counts (not the texts) when the label is redrawn.
    const auto end = m_rowCounts.begin() + qMin<qsizetype>(m_currentRow.row(), qsizetype(m_rowCounts.size()));
    return std::accumulate(m_rowCounts.begin(), end, 0) + m_currentOrdinal + 1;
}

void ModelMatches::clearCurrent()
{
    if (!hasCurrent())
        return;
    m_currentRow = QPersistentModelIndex();
    m_currentOrdinal = -1;
    emit changed();
}

void ModelMatches::setCurrent(int row, int ordinal)
{
    m_currentRow = m_model->index(row, 0);
    m_currentOrdinal = ordinal;
    emit changed();
}

void ModelMatches::dropCurrentIfGone()
{
    // The row was removed (its persistent index is invalid) or no longer holds that match.
    if (hasCurrent() && m_currentOrdinal < countInRow(m_currentRow.row()))
        return;
    m_currentRow = QPersistentModelIndex();
    m_currentOrdinal = -1;
}

int ModelMatches::rowWithMatch(int row, Direction direction) const
{
    const int rows = int(m_rowCounts.size());
    if (direction == Direction::Forward) {
        for (int r = qMax(row + 1, 0); r < rows; ++r) {
            if (m_rowCounts[size_t(r)] > 0)
                return r;
        }
    } else {
        for (int r = qMin(row - 1, rows - 1); r >= 0; --r) {
            if (m_rowCounts[size_t(r)] > 0)
                return r;
        }
    }
    return -1;
}

ModelMatches::Step ModelMatches::step(Direction direction)
{
    if (!hasCurrent())
        return selectFrom(direction == Direction::Forward ? 0 : int(m_rowCounts.size()) - 1, direction);
    const int row = m_currentRow.row();
    const bool forward = direction == Direction::Forward;
    const int ordinal = m_currentOrdinal + (forward ? 1 : -1);
    if (ordinal >= 0 && ordinal < countInRow(row)) {
        setCurrent(row, ordinal);
        return {true, false};
    }
    Step result{true, false};
    int next = rowWithMatch(row, direction);
    if (next < 0) { // past the end: round from the other end (the current match at least is there)
        next = rowWithMatch(forward ? -1 : int(m_rowCounts.size()), direction);
        result.wrapped = true;
    }
    setCurrent(next, forward ? 0 : countInRow(next) - 1);
    return result;
}

ModelMatches::Step ModelMatches::selectFrom(int row, Direction direction)
{
    const int rows = int(m_rowCounts.size());
    if (m_total == 0 || rows == 0) {
        clearCurrent();
        return {};
    }
    row = qBound(0, row, rows - 1);
    const bool forward = direction == Direction::Forward;
    Step result{true, false};
    int found = countInRow(row) > 0 ? row : rowWithMatch(row, direction);
    if (found < 0) {
        found = rowWithMatch(forward ? -1 : rows, direction);
        result.wrapped = true;
    }
    setCurrent(found, forward ? 0 : countInRow(found) - 1);
    return result;
}

} // namespace bc25::ui
