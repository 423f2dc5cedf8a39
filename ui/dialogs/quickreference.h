// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace bc25::ui {

// The manual at hand: every command the workbench knows, with its syntax,
// parameter ranges, answers and manual section, built from the command
// catalog and searchable (Help → Quick reference, F1).
class QuickReference final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickReference)
public:
    enum Column { Command, Title, Syntax, Parameters, Answer, Section, ColumnCount };

    explicit QuickReference(QWidget *parent = nullptr);

    void setSearch(const QString &text);
    [[nodiscard]] QTableView *view() const { return m_view; }

private:
    void fill();

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_view;
};

} // namespace bc25::ui
