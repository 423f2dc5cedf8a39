// SPDX-License-Identifier: MIT
#pragma once

#include "quickcommandstore.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace bc25 { class ModuleSession; }

namespace bc25::ui {

class QuickColumns;
class QuickSequence;
class StatusLine;

// The Quick commands dock: saved commands in groups, each sent with one click
// (its row's Send button) through the same engine and the same catalog checks
// as the terminal, marked "quick" in the transactions. A group runs as a
// sequence: N times, an interval between an answer and the next command,
// progress, Stop, and optionally stop at the first error. Add, rename (double
// click), remove; import and export (JSON, or a plain list as .txt). Saved in
// the data folder at every change, so it is there after a restart.
class QuickCommandsPanel final : public QWidget
{
    Q_OBJECT
public:
    // `path`: where the commands are kept (QuickCommandStore::defaultPath()).
    QuickCommandsPanel(ModuleSession *session, const QString &path, QWidget *parent = nullptr);

    // Sends one saved command; returns the refusal, if any.
    QString send(int group, int command);
    void runGroup(int group);
    void stopSequence();
    void addCommand(int group, const QString &name, const QString &command);
    int addGroup(const QString &name);
    void removeSelected();
    QString importFrom(const QString &path);
    QString exportTo(const QString &path);

    [[nodiscard]] const QuickCommandStore &store() const { return m_store; }
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    [[nodiscard]] QuickSequence *sequence() const { return m_sequence; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QSpinBox *repeatCount() const { return m_count; }
    [[nodiscard]] QSpinBox *interval() const { return m_interval; }
    [[nodiscard]] QCheckBox *stopOnError() const { return m_stopOnError; }
    [[nodiscard]] QProgressBar *progress() const { return m_progress; }
    // The row marked as the one going out while a sequence runs; none otherwise.
    [[nodiscard]] QTreeWidgetItem *runningItem() const;

private:
    void rebuild();
    void save();
    void edited(QTreeWidgetItem *item, int column);
    [[nodiscard]] int selectedGroup() const;
    void markRunning(int command); // -1: no row

    ModuleSession *m_session;
    QString m_runEnd; // the last run's end, in the status line until an edit
    QString m_path;
    QuickCommandStore m_store;
    QuickSequence *m_sequence;
    QTreeWidget *m_tree;
    QuickColumns *m_columns = nullptr;
    QLineEdit *m_name;
    QLineEdit *m_command;
    QSpinBox *m_count;
    QSpinBox *m_interval;
    QCheckBox *m_stopOnError;
    QPushButton *m_run;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    StatusLine *m_status;
    // Enabled by the window with every control that needs a module: the Send
    // buttons made later (a command added) and Run after a run take its state.
    QWidget *m_moduleGate;
    bool m_rebuilding = false;
    int m_runningGroup = -1;   // the group a sequence runs
    int m_runningCommand = -1; // its command going out now
};

} // namespace bc25::ui
