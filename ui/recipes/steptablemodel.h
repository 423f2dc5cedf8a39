// SPDX-License-Identifier: MIT
#pragma once

#include "recipe/runresult.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QList>

namespace bc25::ui {

// The steps of the recipe run in the Recipes dock, a row each as the runner
// reports them: the name as soon as the step starts ("running"), then pass
// or fail in colour, the duration in ms and the message. Each row keeps its
// StepResult, for the pane that shows a failed step's transaction and bytes.
class StepTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Result, Duration, Message, ColumnCount };

    explicit StepTableModel(QObject *parent = nullptr);

    void clear();
    void stepStarted(int index, const QString &name);
    void stepFinished(const recipe::StepResult &step);
    // The steps the run never began (RunResult::unreached), as bc25-run's SKIP lines.
    void stepsNotReached(const QStringList &names);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The step of a row; `finished` false while it runs.
    [[nodiscard]] const recipe::StepResult &step(int row) const { return m_rows.at(row).step; }
    [[nodiscard]] bool finished(int row) const { return m_rows.at(row).finished; }
    [[nodiscard]] bool reached(int row) const { return m_rows.at(row).reached; }
    // The first row that did not pass, or -1.
    [[nodiscard]] int firstFailedRow() const;
    // Every text the Result column can show: the view makes the column as wide as the widest.
    [[nodiscard]] static QStringList resultTexts();

private:
    struct Row
    {
        recipe::StepResult step;
        bool finished = false;
        bool reached = true;
    };

    [[nodiscard]] QString resultText(const Row &row) const;

    QList<Row> m_rows;
};

} // namespace bc25::ui
