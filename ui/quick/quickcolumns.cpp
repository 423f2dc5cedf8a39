// SPDX-License-Identifier: MIT
#include "quickcolumns.h"

#include "views/columnbudget.h"
#include "views/columnfit.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeWidget>

namespace bc25::ui {

QuickColumns::QuickColumns(QTreeWidget *tree, int name, int command, int send, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_name(name)
    , m_command(command)
    , m_send(send)
{
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    tree->header()->setStretchLastSection(false);
    tree->setTextElideMode(Qt::ElideRight);
    tree->viewport()->installEventFilter(this);
}

bool QuickColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

int QuickColumns::widestName() const
{
    QStringList names;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            const QTreeWidgetItem *item = group->child(c);
            if (item->text(m_name) != item->text(m_command)) // a nameless command elides in both
                names << item->text(m_name);
        }
    }
    // A command's name sits two indentations in: its group's, and the group's decoration.
    return ColumnFit::textWidth(m_tree, names) + 2 * m_tree->indentation();
}

void QuickColumns::fit()
{
    using Room = ColumnBudget::Room;
    const QHeaderView *header = m_tree->header();
    const int available = m_tree->viewport()->width();
    const int character = m_tree->fontMetrics().averageCharWidth();
    QList<Room> rooms(header->count());
    // A gap before the command: "最近错误" and "AT+QIGETERROR" read as two words, not one.
    const int name = qMax(header->sectionSizeHint(m_name), widestName() + 2 * character);
    rooms[m_name] = {qMin(name, 8 * character + 2 * m_tree->indentation()), qMin(name, available * 2 / 5)};
    rooms[m_command] = {16 * character, 0};
    const int send = static_cast<const QAbstractItemView *>(m_tree)->sizeHintForColumn(m_send);
    rooms[m_send] = {send, send};
    const QList<int> widths = ColumnBudget::share(rooms, available, {m_name}, m_command);
    for (int column = 0; column < widths.size(); ++column)
        m_tree->setColumnWidth(column, widths.at(column));
}

} // namespace bc25::ui
