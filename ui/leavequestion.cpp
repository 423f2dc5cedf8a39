// SPDX-License-Identifier: MIT
#include "leavequestion.h"

#include "health/healthpanel.h"
#include "mainwindow.h"
#include "recipes/recipespanel.h"
#include "session/modulesession.h"
#include "session/sockettable.h"
#include "soak/soakmonitor.h"
#include "soak/soakpanel.h"

#include <QMessageBox>
#include <QSet>
#include <QPushButton>

#include <memory>

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
    if (m_closingForSwitch)
        return; // the sockets of the switch already agreed are closing
    const int open = reconnects ? m_session->sockets()->openSockets() : 0;
    askRecipe([this, modelName, open, go = std::move(go)] {
        askResults(modelName, [this, modelName, open, go] { askSockets(modelName, open, go); });
    });
}

bool LeaveQuestion::switchLosesResults() const
{
    const HealthPanel *health = m_window->healthPanel();
    const SoakPanel *soak = m_window->soakPanel();
    return (health && !health->lastResults().isEmpty())
           || (soak && (soak->monitor()->isRunning() || soak->monitor()->statistics().loss().samples() > 0));
}

void LeaveQuestion::askResults(const QString &modelName, std::function<void()> go)
{
    // New-user pass 10 (ZH F4): a switch while disconnected took the health
    // check's "Last run" and an ended soak run with it, unasked.
    if (!switchLosesResults()) {
        go();
        return;
    }
    askModelQuestion(QStringLiteral("resultsQuestion"),
                     tr("Reading the module as %1 clears the health check's last results and the soak "
                        "monitor's run. Save the report or export the CSV first if you need them.")
                             .arg(modelName),
                     tr("Read as %1").arg(modelName), std::move(go));
}

void LeaveQuestion::askModelQuestion(const QString &name, const QString &text, const QString &goText,
                                     std::function<void()> go)
{
    // The model switch's questions: Cancel by default, one button that goes on.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Model"), text, QMessageBox::Cancel, m_window);
    box->setObjectName(name);
    QPushButton *goButton = box->addButton(goText, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_pending = box;
    connect(box, &QMessageBox::finished, this, [this, box, goButton, go = std::move(go)] {
        m_pending = nullptr;
        if (box->clickedButton() == goButton)
            go();
    });
    box->open();
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
    askModelQuestion(QStringLiteral("openSocketsQuestion"),
                     tr("%n socket(s) are open. Reading the module as %1 closes them first (AT+QICLOSE), "
                        "then connects again.", "", open)
                             .arg(modelName),
                     tr("Close and read as %1").arg(modelName), [this, go = std::move(go)] { closeSocketsThen(go); });
}

void LeaveQuestion::closeSocketsThen(std::function<void()> go)
{
    // A module keeps its sockets across the host's reconnect (new-user pass 9
    // F7: a BG96's socket 8 stayed open and was then read as a BC25's), so the
    // switch the user agreed to closes them on the module, each on its
    // AT+QICLOSE's answer; a close that fails or cannot be written is not
    // waited for (the next link's AT+QISTATE? shows what is left).
    SocketTable *sockets = m_session->sockets();
    auto closing = std::make_shared<QSet<int>>();
    for (int id = 0; id < sockets->socketCount(); ++id) {
        const SocketInfo &socket = sockets->socket(id);
        if (socket.inUse && socket.state != SocketState::Closing && sockets->close(id).isEmpty())
            closing->insert(id);
    }
    if (closing->isEmpty()) {
        go();
        return;
    }
    m_closingForSwitch = true;
    auto finished = std::make_shared<QMetaObject::Connection>();
    *finished = connect(sockets, &SocketTable::closeFinished, this, [this, closing, finished, go](int connectId) {
        closing->remove(connectId);
        if (!closing->isEmpty())
            return;
        disconnect(*finished);
        m_closingForSwitch = false;
        go();
    });
}

} // namespace bc25::ui
