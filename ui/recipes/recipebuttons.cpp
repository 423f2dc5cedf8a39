// SPDX-License-Identifier: MIT
#include "recipebuttons.h"

#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QToolButton>

namespace bc25::ui {

namespace {

QToolButton *button(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

RecipeButtons::RecipeButtons(QWidget *parent)
    : QWidget(parent)
    , m_delete(button(tr("Delete"), tr("Deletes the recipe of yours shown"), this))
    , m_run(button(tr("Run"), tr("Runs the recipe in the editor with these parameters (Ctrl+R)"), this))
    , m_stop(button(tr("Stop"), tr("Ends the run: the step under way is marked stopped, the recipe's sockets are closed"), this))
    , m_record(button(tr("Record"), tr("While on, what you do in the terminal and the panels becomes a recipe draft"), this))
{
    // Two rows, the recipe's file and its run: nine in one row set the window's
    // minimum width past a 1000-pixel screen.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(2);
    auto *fileRow = new QHBoxLayout;
    auto *runRow = new QHBoxLayout;
    fileRow->setSpacing(2);
    runRow->setSpacing(2);
    rows->addLayout(fileRow);
    rows->addLayout(runRow);
    QToolButton *create = button(tr("New"), tr("Starts a new recipe in the editor"), this);
    QToolButton *open = button(tr("Open file…"), tr("Opens a recipe file"), this);
    QToolButton *save = button(tr("Save"), tr("Saves the editor's recipe (a built-in one under a name of yours)"), this);
    QToolButton *saveAs = button(tr("Save as…"), tr("Saves the editor's recipe among yours under a new name"), this);
    QToolButton *check = button(tr("Check"), tr("Checks the recipe's syntax without running it"), this);
    m_record->setCheckable(true);
    m_run->setObjectName(QStringLiteral("recipes.run"));
    m_stop->setObjectName(QStringLiteral("recipes.stop"));
    m_record->setObjectName(QStringLiteral("recipes.record"));
    for (QToolButton *b : {create, open, save, saveAs, m_delete})
        fileRow->addWidget(b);
    fileRow->addStretch(1);
    for (QToolButton *b : {check, m_run, m_stop, m_record})
        runRow->addWidget(b);
    runRow->addStretch(1);

    connect(create, &QToolButton::clicked, this, &RecipeButtons::newRequested);
    connect(open, &QToolButton::clicked, this, &RecipeButtons::openRequested);
    connect(save, &QToolButton::clicked, this, &RecipeButtons::saveRequested);
    connect(saveAs, &QToolButton::clicked, this, &RecipeButtons::saveAsRequested);
    connect(m_delete, &QToolButton::clicked, this, &RecipeButtons::deleteRequested);
    connect(check, &QToolButton::clicked, this, &RecipeButtons::checkRequested);
    connect(m_run, &QToolButton::clicked, this, &RecipeButtons::runRequested);
    connect(m_stop, &QToolButton::clicked, this, &RecipeButtons::stopRequested);
    connect(m_record, &QToolButton::toggled, this, &RecipeButtons::recordToggled);
}

} // namespace bc25::ui
