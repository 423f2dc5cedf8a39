// SPDX-License-Identifier: MIT
#include "leavequestion.h"

#include "mainwindow.h"
#include "recipes/recipespanel.h"
#include "session/modulesession.h"

#include <QMessageBox>
#include <QPushButton>

namespace bc25::ui {

LeaveQuestion::LeaveQuestion(MainWindow *window, ModuleSession *session)
    : QObject(window)
    , m_window(window)
    , m_session(session)
{
}

QMessageBox *LeaveQuestion::pending() const
{
    return m_pending;
}

bool LeaveQuestion::closeLosesWork() const
{
    return m_window->recipesPanel() && m_window->recipesPanel()->hasUnsavedDraft();
}

void LeaveQuestion::askBeforeClose(std::function<void()> go)
{
    askRecipe(std::move(go));
}

void LeaveQuestion::askBeforeSwitch(const QString &modelName, bool reconnects, std::function<void()> go)
{
    const int open = reconnects ? m_session->sockets()->openSockets() : 0;
    askRecipe([this, modelName, open, go = std::move(go)] { askSockets(modelName, open, go); });
}

void LeaveQuestion::askRecipe(std::function<void()> go)
{
    if (!closeLosesWork() || m_pending) {
        if (!m_pending)
            go();
        return;
    }
    RecipesPanel *recipes = m_window->recipesPanel();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Recipes"),
                                tr("The recipe %1 is not saved. Save it to your recipes first?").arg(recipes->draftName()),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("unsavedRecipeQuestion"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_pending = box;
    connect(box, &QMessageBox::finished, this, [this, box, recipes, go = std::move(go)] {
        m_pending = nullptr;
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Save && !recipes->saveDraft().isEmpty())
            return; // not saved (the panel says why): nothing goes
        if (answer == QMessageBox::Save || answer == QMessageBox::Discard)
            go();
    });
    box->open();
}

void LeaveQuestion::askSockets(const QString &modelName, int open, std::function<void()> go)
{
    if (open == 0) {
        go();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Model"),
                                tr("%n socket(s) are open; reading the module as %1 reconnects and closes them.", "", open)
                                    .arg(modelName),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("openSocketsQuestion"));
    QPushButton *read = box->addButton(tr("Read as %1").arg(modelName), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_pending = box;
    connect(box, &QMessageBox::finished, this, [this, box, read, go = std::move(go)] {
        m_pending = nullptr;
        if (box->clickedButton() == read)
            go();
    });
    box->open();
}

} // namespace bc25::ui
