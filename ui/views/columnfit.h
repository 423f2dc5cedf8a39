// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QTableView;

namespace bc25::ui {

// A table's columns sized to what they show, kept so as rows change and the
// view resizes: every column gets its contents' width; the spare width goes
// to one column (the socket table's Remote); when the view is short of width
// the labels of the headers give way first (down to their contents, the full
// label in the tooltip), and the chosen column's text elides last. Columns
// with room never stand beside a cut one.
class ColumnFit final : public QObject
{
    Q_OBJECT
public:
    ColumnFit(QTableView *view, int growingColumn, QObject *parent = nullptr);

    // Sizes the columns now (also done on every resize and model change).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_view;
    int m_growing;
    bool m_fitting = false;
};

} // namespace bc25::ui
