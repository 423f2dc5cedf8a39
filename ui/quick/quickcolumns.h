// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QTreeWidget;

namespace bc25::ui {

// The quick commands' columns in the width of their tree, kept so as the
// list changes and the dock resizes: the Command column, what is sent, gets
// the width first; a name is as wide as the longest with a gap before its
// command, up to 40% of the tree, then elided (whole in its tooltip). A
// nameless command's name is its command: it does not take the commands' room.
class QuickColumns final : public QObject
{
    Q_OBJECT
public:
    QuickColumns(QTreeWidget *tree, int name, int command, int send, QObject *parent = nullptr);

    // Sizes the columns now (also done on every resize of the tree).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] int widestName() const;

    QTreeWidget *m_tree;
    int m_name;
    int m_command;
    int m_send;
};

} // namespace bc25::ui
