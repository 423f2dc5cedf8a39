// SPDX-License-Identifier: MIT
#pragma once

#include "recipe/runresult.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace bc25::recipe { class RecipeRunner; }

namespace bc25::ui {

class StatusLine;
class StepTableModel;

// What the Recipes dock shows of a run, live from the runner's signals: a
// row per step (pass/fail in colour, ms, message), the selected step's
// transaction, details and the bytes the module printed last in a pane
// below, the run's log and a summary line (each a widget of its own, placed
// by the dock: the log in a tab, the summary above the tabs).
class RecipeRunView final : public QWidget
{
    Q_OBJECT
public:
    explicit RecipeRunView(recipe::RecipeRunner *runner, QWidget *parent = nullptr);

    // A line above the steps: what is under way or why nothing ran (`error` in red).
    void setSummary(const QString &text, bool error = false);
    void clear();
    // Shows a text in the details pane (a syntax error's line and message).
    void showDetails(const QString &text);

    [[nodiscard]] StepTableModel *steps() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QPlainTextEdit *details() const { return m_details; }
    [[nodiscard]] QPlainTextEdit *logView() const { return m_log; }
    // Two lines kept when empty (the tabs below never move); the whole text:
    [[nodiscard]] StatusLine *summary() const { return m_summary; }
    [[nodiscard]] QString summaryText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showStep(int row);
    // The steps' columns in the width of the view: names whole or wrapped, the message beside them.
    void fitColumns();
    // The texts of a column, its empty cells left out.
    [[nodiscard]] QStringList columnTexts(int column) const;
    void onFinished(const recipe::RunResult &result);

    StepTableModel *m_model;
    StatusLine *m_summary;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QPlainTextEdit *m_log;
};

} // namespace bc25::ui
