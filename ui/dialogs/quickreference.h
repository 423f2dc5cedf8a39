// SPDX-License-Identifier: MIT
#pragma once

#include "help/referencetables.h"

#include <QDialog>

class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace bc25::ui {

// The manual at hand (Help → Quick reference, F1): every command with its
// syntax, parameter ranges, answers and manual section; every error code; every
// unsolicited line. One search field filters the three tables (a tab says how
// many rows match, and the first tab with a match comes forward); the pane
// below shows the whole entry of the selected row, however narrow its cells.
class QuickReference final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickReference)
public:
    // The commands table's columns (tests and callers name them so).
    enum Column {
        Command = ReferenceTables::Command,
        Title = ReferenceTables::Title,
        Syntax = ReferenceTables::Syntax,
        Parameters = ReferenceTables::Parameters,
        Answer = ReferenceTables::Answer,
        Section = ReferenceTables::Section,
        ColumnCount = ReferenceTables::CommandColumnCount
    };
    enum Page { Commands, ErrorCodes, Urcs, PageCount };

    // The commands are those of the model the profile describes.
    explicit QuickReference(const profile::ModuleProfile &profile, QWidget *parent = nullptr);

    void setSearch(const QString &text);
    [[nodiscard]] QTableView *view() const { return view(Commands); }
    [[nodiscard]] QTableView *view(Page page) const { return m_views[page]; }
    [[nodiscard]] QTabWidget *pages() const { return m_pages; }
    // The selected row's whole entry, as the pane below shows it (plain text).
    [[nodiscard]] QString detailText() const;

private:
    void addPage(Page page, QAbstractItemModel *model, const QString &title, int wideColumn);
    void showDetails();
    void updateTitles();

    QLineEdit *m_search;
    QTabWidget *m_pages;
    QTextBrowser *m_details;
    QTableView *m_views[PageCount] = {};
    QSortFilterProxyModel *m_filters[PageCount] = {};
    QString m_titles[PageCount];
};

} // namespace bc25::ui
