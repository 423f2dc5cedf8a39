// SPDX-License-Identifier: MIT
#include "restartbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace bc25::ui {

RestartBar::RestartBar(QWidget *parent)
    : QFrame(parent)
    , m_question(new QLabel(this))
    , m_restart(new QPushButton(tr("Restart and run"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("recipes.restartBar"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::ToolTipBase); // a question in the dock, set apart from the run's summary
    setAutoFillBackground(true);
    m_question->setWordWrap(true); // a narrow dock wraps it; nothing is cut
    m_restart->setToolTip(tr("Restarts the built-in virtual module (its open sockets close) and runs the recipe"));
    m_cancel->setToolTip(tr("Runs nothing: the module and its sockets stay as they are"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_question, 1);
    layout->addWidget(m_restart);
    layout->addWidget(m_cancel);
    connect(m_restart, &QPushButton::clicked, this, [this] {
        dismiss();
        emit confirmed();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        dismiss();
        emit cancelled();
    });
    hide();
}

void RestartBar::ask(int openSockets)
{
    m_question->setText(tr("Restart the virtual module? %n socket(s) are open: the recipe needs the module restarted, "
                           "and the restart closes them.", nullptr, openSockets));
    show();
    m_restart->setFocus();
}

void RestartBar::dismiss()
{
    hide();
}

QString RestartBar::question() const
{
    return m_question->text();
}

} // namespace bc25::ui
