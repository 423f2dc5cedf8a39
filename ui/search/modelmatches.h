// SPDX-License-Identifier: MIT
#pragma once

#include "textmatcher.h"

#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

#include <vector>

class QAbstractItemModel;

namespace bc25::ui {

// The matches of a TextMatcher over the rows of a model (the DisplayRole of
// the searched columns, top-level rows only), and which of them is current.
// The count per row is kept up to date from the model's signals: a batch of
// appended rows costs a scan of those rows, the cap's removal of the oldest
// an erase, so a live log of 100 000 rows is never rescanned per batch.
// No widgets: the find bar moves through it, the highlight delegates ask it
// what to paint, and a unit test drives it over a model that counts its reads.
class ModelMatches final : public QObject
{
    Q_OBJECT
public:
    enum class Direction { Forward, Backward };
    // What a step found: whether there was a match, and whether it went past
    // the last (or first) one and came round from the other end.
    struct Step
    {
        bool found = false;
        bool wrapped = false;
    };

    explicit ModelMatches(QObject *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    [[nodiscard]] QAbstractItemModel *model() const { return m_model; }
    // The columns searched, in the order matches are stepped through within a
    // row; empty: every column.
    void setColumns(const QList<int> &columns);
    void setMatcher(const TextMatcher &matcher);
    [[nodiscard]] const TextMatcher &matcher() const { return m_matcher; }

    [[nodiscard]] int count() const { return m_total; }
    [[nodiscard]] int countInRow(int row) const;
    // The text a cell is searched in (and the delegate paints around its matches).
    [[nodiscard]] static QString cellText(const QModelIndex &index);
    [[nodiscard]] bool isSearched(int column) const;
    // The matches inside one cell; empty for a column not searched. A delegate
    // that read the cell's text already passes it, not to read it twice.
    [[nodiscard]] QList<TextSpan> spansIn(const QModelIndex &index) const;
    [[nodiscard]] QList<TextSpan> spansIn(const QModelIndex &index, QStringView text) const;

    // The current match: its row, its place within the row, its cell, which of
    // that cell's spans it is (-1 in any other cell), and its number among all
    // matches counted from 1 (0 when there is none).
    [[nodiscard]] bool hasCurrent() const;
    [[nodiscard]] int currentRow() const;
    [[nodiscard]] QModelIndex currentCell() const;
    [[nodiscard]] int currentSpanIn(const QModelIndex &index) const;
    [[nodiscard]] int currentNumber() const;
    void clearCurrent();

    // The next (or previous) match after the current one.
    Step step(Direction direction);
    // The first match at or after `row` (Forward), or the last at or before it
    // (Backward), coming round from the other end if there is none that way.
    Step selectFrom(int row, Direction direction);

signals:
    // The count or the current match changed: a new pattern, rows came or
    // went, the text of rows changed.
    void changed();

private:
    void connectModel();
    void rescan();
    void recountRowsWithMatches();
    void scanRows(int first, int last);
    void rowsInserted(const QModelIndex &parent, int first, int last);
    void rowsRemoved(const QModelIndex &parent, int first, int last);
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    [[nodiscard]] QList<int> searchedColumns() const;
    // The first row after (before) `row` holding a match, or -1.
    [[nodiscard]] int rowWithMatch(int row, Direction direction) const;
    void setCurrent(int row, int ordinal);
    void dropCurrentIfGone();

    QPointer<QAbstractItemModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    QList<int> m_columns;
    TextMatcher m_matcher;
    std::vector<int> m_rowCounts; // matches per row, as many as the model has rows
    int m_total = 0;
    QPersistentModelIndex m_currentRow; // follows its row as rows come and go
    int m_currentOrdinal = -1;          // which match of that row, in searched-column order
};

} // namespace bc25::ui
