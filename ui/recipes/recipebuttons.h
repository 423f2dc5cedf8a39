// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QToolButton;

namespace bc25::ui {

// The Recipes dock's row of buttons: the recipe's file (New, Open file…,
// Save, Save as…, Delete) on the left, its run (Check, Run, Stop, Record) on
// the right. It only says what was pressed; the panel decides.
class RecipeButtons final : public QWidget
{
    Q_OBJECT
public:
    explicit RecipeButtons(QWidget *parent = nullptr);

    [[nodiscard]] QToolButton *deleteButton() const { return m_delete; }
    [[nodiscard]] QToolButton *runButton() const { return m_run; }
    [[nodiscard]] QToolButton *stopButton() const { return m_stop; }
    [[nodiscard]] QToolButton *recordButton() const { return m_record; }

signals:
    void newRequested();
    void openRequested();
    void saveRequested();
    void saveAsRequested();
    void deleteRequested();
    void checkRequested();
    void runRequested();
    void stopRequested();
    void recordToggled(bool on);

private:
    QToolButton *m_delete;
    QToolButton *m_run;
    QToolButton *m_stop;
    QToolButton *m_record;
};

} // namespace bc25::ui
