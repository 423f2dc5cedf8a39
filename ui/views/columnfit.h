// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAbstractItemView;
class QTableView;

namespace bc25::ui {

// A table's columns sized to what they show, kept so as rows change and the
// view resizes: every column gets its contents' width; the spare width goes
// to one column (the socket table's Remote); when the view is short of width
// the labels of the headers give way first (down to their contents, the full
// label in the tooltip), and the chosen column's text elides last. Columns
// with room never stand beside a cut one. A column whose texts are few
// (states, kinds) is as wide as the widest of them, not as what it shows now,
// so it does not jump as a row's state changes.
class ColumnFit final : public QObject
{
    Q_OBJECT
public:
    // headerData(column, Qt::Horizontal, WidestTextsRole): every text the
    // column can show at its widest (each state, in the current language).
    static constexpr int WidestTextsRole = Qt::UserRole + 100;
    // The width a cell of the view needs for the widest of the texts.
    [[nodiscard]] static int textWidth(const QAbstractItemView *view, const QStringList &texts);

    ColumnFit(QTableView *view, int growingColumn, QObject *parent = nullptr);

    // A column whose rare long texts (the socket table's State: "idle — 561
    // (Open PDP context failed)") give way first when the view is short of
    // width: elided down to its label and its widest usual text (the texts of
    // WidestTextsRole), the whole text in the cell's tooltip, before any other
    // column's label is shortened.
    void setYieldingColumn(int column);

    // Sizes the columns now (also done on every resize and model change).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_view;
    int m_growing;
    int m_yielding = -1;
    bool m_fitting = false;
};

} // namespace bc25::ui
