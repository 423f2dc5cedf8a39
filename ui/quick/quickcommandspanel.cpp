// SPDX-License-Identifier: MIT
#include "quickcommandspanel.h"
#include "dialogs/filedialogs.h"

#include "quickcolumns.h"
#include "quicksequence.h"

#include "modulecontrols.h"

#include "session/modulesession.h"
#include "views/focushandover.h"
#include "views/statusline.h"
#include "views/steadylayout.h"

#include <QCheckBox>
#include <QDir>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bc25::ui {

namespace {

enum Column { Name, Command, SendColumn, ColumnCount };
constexpr int GroupRole = Qt::UserRole + 1;
constexpr int CommandRole = Qt::UserRole + 2; // -1 on a group's row

} // namespace

QuickCommandsPanel::QuickCommandsPanel(ModuleSession *session, const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_path(path)
    , m_sequence(new QuickSequence(session, this))
    , m_tree(new QTreeWidget(this))
    , m_name(new QLineEdit(this))
    , m_command(new QLineEdit(this))
    , m_count(new QSpinBox(this))
    , m_interval(new QSpinBox(this))
    , m_stopOnError(new QCheckBox(tr("Stop on error"), this))
    , m_run(new QPushButton(tr("Run group"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new StatusLine(2, this))
    , m_moduleGate(new QWidget(this))
{
    m_moduleGate->hide();
    ModuleControls::mark(m_moduleGate);
    const QString loadError = m_store.load(m_path);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Name"), tr("Command"), QString()});
    m_columns = new QuickColumns(m_tree, Name, Command, SendColumn, this);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->setObjectName(QStringLiteral("quickCommands"));
    m_name->setPlaceholderText(tr("Name"));
    m_command->setPlaceholderText(tr("AT command"));
    m_count->setRange(1, 100000);
    m_count->setPrefix(tr("× "));
    m_count->setToolTip(tr("How many times the group runs"));
    m_interval->setRange(0, 3600000);
    m_interval->setValue(1000);
    m_interval->setSuffix(tr(" ms"));
    m_interval->setToolTip(tr("The wait between an answer and the next command"));
    m_stopOnError->setChecked(true);
    m_progress->hide();
    m_stop->setEnabled(false);
    m_status->setObjectName(QStringLiteral("quick.status"));
    m_status->setStatus(loadError);
    ModuleControls::mark(m_run);

    auto *add = new QPushButton(tr("Add"), this);
    add->setToolTip(tr("Add the command to the selected group"));
    auto *newGroup = new QPushButton(tr("New group"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *importButton = new QPushButton(tr("Import…"), this);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    auto *addBar = new QHBoxLayout;
    addBar->addWidget(m_name, 1);
    addBar->addWidget(m_command, 2);
    addBar->addWidget(add);
    auto *fileBar = new QHBoxLayout;
    fileBar->addWidget(newGroup);
    fileBar->addWidget(remove);
    fileBar->addStretch(1);
    fileBar->addWidget(importButton);
    fileBar->addWidget(exportButton);
    auto *runBar = new QHBoxLayout;
    runBar->addWidget(m_run);
    runBar->addWidget(m_count);
    runBar->addWidget(m_interval);
    runBar->addStretch(1);
    runBar->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tree, 1);
    layout->addLayout(addBar);
    layout->addLayout(fileBar);
    layout->addLayout(runBar);
    // The sequence's progress keeps its room while hidden: nothing moves when a run starts.
    SteadyLayout::keepRoomWhenHidden(m_progress);
    // "Stop on error" beside the progress: in the run row it set the window's minimum width.
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_stopOnError);
    progressRow->addWidget(m_progress, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);

    connect(add, &QPushButton::clicked, this, [this] { addCommand(selectedGroup(), m_name->text(), m_command->text()); });
    connect(m_command, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(newGroup, &QPushButton::clicked, this, [this] { addGroup(tr("New group")); });
    connect(remove, &QPushButton::clicked, this, &QuickCommandsPanel::removeSelected);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFile(this, FileDialogs::Purpose::QuickCommands, tr("Import quick commands"),
                                                   tr("Quick commands (*.json *.txt);;All files (*)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFile(this, FileDialogs::Purpose::QuickCommands, tr("Export quick commands"),
                                                   QStringLiteral("quick-commands.json"),
                                               tr("JSON (*.json);;Plain list (*.txt)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_run, &QPushButton::clicked, this, [this] { runGroup(selectedGroup()); });
    connect(m_stop, &QPushButton::clicked, this, &QuickCommandsPanel::stopSequence);
    connect(m_tree, &QTreeWidget::itemChanged, this, &QuickCommandsPanel::edited);
    connect(m_sequence, &QuickSequence::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
    });
    connect(session, &ModuleSession::forgotten, m_status, [this] { m_status->setStatus({}); }); // the module that was
    connect(m_sequence, &QuickSequence::sending, this, &QuickCommandsPanel::markRunning);
    connect(m_sequence, &QuickSequence::finished, this, [this](bool, const QString &message) {
        // The end state replaces "3 of 10", which would read as still running.
        markRunning(-1);
        m_progress->setFormat(m_sequence->endState());
        m_status->setStatus(message);
        m_runEnd = message;
        m_run->setEnabled(m_moduleGate->isEnabled()); // a link lost during the run leaves it off
        // Stop pressed (or the run ended under it): the focus goes back to Run, not to Qt's next widget.
        FocusHandover::setEnabled(m_stop, false, m_run->isEnabled() ? static_cast<QWidget *>(m_run) : m_tree);
    });
    rebuild();
}

void QuickCommandsPanel::rebuild()
{
    m_rebuilding = true;
    const int selected = selectedGroup();
    m_tree->clear();
    const QList<QuickGroup> &groups = m_store.groups();
    for (int g = 0; g < groups.size(); ++g) {
        auto *groupItem = new QTreeWidgetItem(m_tree, {groups.at(g).name});
        groupItem->setData(Name, GroupRole, g);
        groupItem->setData(Name, CommandRole, -1);
        groupItem->setFlags(groupItem->flags() | Qt::ItemIsEditable);
        QFont bold = groupItem->font(Name);
        bold.setBold(true);
        groupItem->setFont(Name, bold);
        for (int c = 0; c < groups.at(g).commands.size(); ++c) {
            const QuickCommand &command = groups.at(g).commands.at(c);
            auto *item = new QTreeWidgetItem(groupItem, {command.name, command.command});
            item->setData(Name, GroupRole, g);
            item->setData(Name, CommandRole, c);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            item->setToolTip(Name, command.name); // a long one elides (QuickColumns)
            item->setToolTip(Command, command.command);
            // One click sends: a button on the row, not a click on the row (that selects).
            auto *sendButton = new QToolButton(m_tree);
            sendButton->setText(tr("Send"));
            sendButton->setObjectName(QStringLiteral("send-%1-%2").arg(g).arg(c));
            sendButton->setToolTip(tr("Send %1").arg(command.command));
            ModuleControls::mark(sendButton);
            sendButton->setEnabled(m_moduleGate->isEnabled());
            connect(sendButton, &QToolButton::clicked, this, [this, g, c] { send(g, c); });
            m_tree->setItemWidget(item, SendColumn, sendButton);
        }
    }
    m_tree->expandAll();
    // A group's row has no command: its name reads across.
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g)
        m_tree->setFirstColumnSpanned(g, {}, true);
    m_columns->fit();
    if (QTreeWidgetItem *group = m_tree->topLevelItem(qBound(0, selected, m_tree->topLevelItemCount() - 1)))
        m_tree->setCurrentItem(group);
    m_rebuilding = false;
}

void QuickCommandsPanel::save()
{
    // Every edit comes here: a finished run's "Done 8/8" would be read as the
    // edited list's (a 9th command added after it). A run going on keeps its own.
    if (!m_sequence->isRunning()) {
        m_progress->hide();
        m_progress->reset();
        if (m_status->status() == m_runEnd)
            m_status->setStatus({});
        m_runEnd.clear();
    }
    if (const QString error = m_store.save(m_path); !error.isEmpty())
        m_status->setStatus(error);
}

int QuickCommandsPanel::selectedGroup() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(Name, GroupRole).toInt() : 0;
}

QString QuickCommandsPanel::send(int group, int command)
{
    const QuickCommand &quick = m_store.groups().at(group).commands.at(command);
    const QString line = quick.command;
    const QString refusal = m_session->sendQuick(line.toUtf8(), [this](const at::Transaction &t) {
        // The answer beside the result, as a serial terminal shows it: "AT+CSQ: OK — +CSQ: 22,0"
        // (the terminal, which has the whole exchange, is often behind this dock).
        QStringList answer;
        for (const at::ResultLine &l : t.lines) {
            if (!l.isFinal())
                answer << QString::fromUtf8(l.text);
        }
        const QString result = CommandRunner::resultText(t);
        m_status->setStatus(answer.isEmpty() ? result : tr("%1 — %2").arg(result, answer.join(QStringLiteral(" · "))));
    });
    m_status->setStatus(refusal.isEmpty() ? tr("%1 sent.").arg(line) : refusal);
    return refusal;
}

void QuickCommandsPanel::runGroup(int group)
{
    if (group < 0 || group >= m_store.groups().size())
        return;
    QStringList commands;
    for (const QuickCommand &command : m_store.groups().at(group).commands)
        commands << command.command;
    m_runningGroup = group;
    m_progress->show();
    m_stop->setEnabled(true);
    FocusHandover::setEnabled(m_run, false, m_stop);
    m_status->setStatus(tr("Running %1…").arg(m_store.groups().at(group).name));
    m_sequence->start(commands, m_count->value(), m_interval->value(), m_stopOnError->isChecked());
}

QTreeWidgetItem *QuickCommandsPanel::runningItem() const
{
    QTreeWidgetItem *group = m_runningCommand < 0 ? nullptr : m_tree->topLevelItem(m_runningGroup);
    return group ? group->child(m_runningCommand) : nullptr;
}

void QuickCommandsPanel::markRunning(int command)
{
    if (QTreeWidgetItem *before = runningItem()) {
        for (int column = 0; column < ColumnCount; ++column)
            before->setData(column, Qt::BackgroundRole, {});
    }
    m_runningCommand = command;
    if (QTreeWidgetItem *now = runningItem()) {
        // The highlight's colour, light: the row going out, not the row selected.
        const QBrush going(palette().color(QPalette::Highlight).lighter(170));
        for (int column = 0; column < ColumnCount; ++column)
            now->setBackground(column, going);
        m_tree->scrollToItem(now);
    }
}

void QuickCommandsPanel::stopSequence()
{
    m_sequence->stop();
}

void QuickCommandsPanel::addCommand(int group, const QString &name, const QString &command)
{
    const QString line = command.trimmed();
    if (line.isEmpty()) {
        m_status->setStatus(tr("Type the command to add."));
        return;
    }
    if (m_store.commandCount() >= QuickCommandStore::MaxCommands) {
        m_status->setStatus(tr("Only the first %1 commands are kept.").arg(QuickCommandStore::MaxCommands));
        return;
    }
    if (m_store.groups().isEmpty())
        group = addGroup(tr("My commands"));
    group = qBound(0, group, int(m_store.groups().size()) - 1);
    m_store.groups()[group].commands << QuickCommand {name.trimmed().isEmpty() ? line : name.trimmed(),
                                                      line.left(QuickCommandStore::MaxLineLength)};
    m_name->clear();
    m_command->clear();
    save();
    rebuild();
}

int QuickCommandsPanel::addGroup(const QString &name)
{
    m_store.groups() << QuickGroup {name, {}};
    save();
    rebuild();
    const int group = int(m_store.groups().size()) - 1;
    m_tree->setCurrentItem(m_tree->topLevelItem(group));
    return group;
}

void QuickCommandsPanel::removeSelected()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || m_sequence->isRunning())
        return;
    const int group = item->data(Name, GroupRole).toInt();
    const int command = item->data(Name, CommandRole).toInt();
    if (command < 0)
        m_store.groups().removeAt(group);
    else
        m_store.groups()[group].commands.removeAt(command);
    save();
    rebuild();
}

void QuickCommandsPanel::edited(QTreeWidgetItem *item, int column)
{
    if (m_rebuilding)
        return;
    const int group = item->data(Name, GroupRole).toInt();
    const int command = item->data(Name, CommandRole).toInt();
    const QString text = item->text(column).trimmed().left(QuickCommandStore::MaxLineLength);
    // The row marked as going out changes its colour, not the list: no edit.
    const QString before = command < 0        ? m_store.groups().at(group).name
                         : column == Name    ? m_store.groups().at(group).commands.at(command).name
                         : column == Command ? m_store.groups().at(group).commands.at(command).command
                                             : text;
    if (text == before)
        return;
    if (command < 0) {
        m_store.groups()[group].name = text;
    } else if (column == Name) {
        m_store.groups()[group].commands[command].name = text;
    } else if (column == Command && !text.isEmpty()) {
        m_store.groups()[group].commands[command].command = text;
    }
    save();
}

QString QuickCommandsPanel::importFrom(const QString &path)
{
    const int before = m_store.commandCount();
    const QString error = m_store.importFile(path);
    save();
    rebuild();
    m_status->setStatus(error.isEmpty() ? tr("%n command(s) imported from %1.", nullptr, m_store.commandCount() - before)
                                                .arg(QDir::toNativeSeparators(path))
                                      : error);
    return error;
}

QString QuickCommandsPanel::exportTo(const QString &path)
{
    const QString error = m_store.exportFile(path);
    m_status->setStatus(error.isEmpty() ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path)) : error);
    return error;
}

QString QuickCommandsPanel::statusText() const
{
    return m_status->status();
}

} // namespace bc25::ui
