// SPDX-License-Identifier: MIT
#pragma once

#include "recipe/recipe.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace bc25 { class SocketTable; }
namespace bc25::link { class Connection; }
namespace bc25::profile { class ModuleProfile; }
namespace bc25::recipe { class RecipeRunner; }
namespace bc25::sim { struct SimConfig; }

namespace bc25::ui {

// Starts the Recipes dock's runs on the workbench's connection. A recipe
// that asks the virtual module for options ("-- virtual-module:
// buffer-limit=256") has the built-in module restarted with them first (and
// a later recipe without them has it back to its defaults); on a serial port
// the options cannot apply, and the run says so. The parameters are asked
// for when the run begins, after a restart has moved the module's services.
// A restart closes every socket: with one open, the launcher asks first
// (confirmationNeeded) and restarts nothing until confirm().
class RecipeLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipeLauncher)
public:
    using Parameters = std::function<QHash<QString, QString>()>;

    RecipeLauncher(recipe::RecipeRunner *runner, link::Connection *connection, const SocketTable *sockets,
                   const profile::ModuleProfile *model, QObject *parent = nullptr);

    // Why `recipe` is not for `model`: its "-- models:" header leaves the model
    // out ("For BC25, BC32 only."), by the rule bc25-run skips it by
    // (Recipe::isFor); empty when it is for the model. The list's tooltip and Run's refusal.
    [[nodiscard]] static QString notFor(const recipe::Recipe &recipe, const profile::ModuleProfile &model);

    // Run's refusal of a recipe not for the model the module is read as
    // ("For BC25, BC32 only. The module is read as BG96: nothing was run."); empty when it is.
    [[nodiscard]] QString refusalForModel(const recipe::Recipe &recipe) const;

    // Starts the run, or restarts the virtual module and starts it then, or
    // (sockets open) asks whether to restart; returns why nothing will run, or nothing.
    QString launch(const recipe::Recipe &recipe, const Parameters &parameters);
    // Whether launch() would restart the virtual module (and so close every socket):
    // the recipe asks for other options than it runs with, and has code to run.
    [[nodiscard]] bool wouldRestart(const recipe::Recipe &recipe) const;
    // The user's yes to confirmationNeeded: restarts the module and runs the recipe.
    void confirm();
    // Drops a run waiting for the virtual module or for the user's answer; false when none was.
    bool cancel();
    // Waiting for the module to restart, or for the user to allow it.
    [[nodiscard]] bool isRestarting() const { return m_pending.has_value() || m_awaiting.has_value(); }
    [[nodiscard]] bool isAwaitingConfirmation() const { return m_awaiting.has_value(); }
    // What the run under way has to say about the module it runs on (restarted, options not applied).
    [[nodiscard]] const QString &note() const { return m_note; }

signals:
    // The recipe needs the virtual module restarted and `openSockets` are open:
    // nothing happens unless confirm() is called.
    void confirmationNeeded(int openSockets);
    // The virtual module is being restarted for a recipe: a sentence saying so.
    void restarting(const QString &text);
    // The restart failed: the run will not start.
    void failed(const QString &why);

private:
    struct Pending
    {
        recipe::Recipe recipe;
        Parameters parameters;
        QString note;
    };

    void begin(const recipe::Recipe &recipe, const Parameters &parameters, const QString &note);
    // The virtual module's settings the recipe asks for; why they cannot be used, or nothing.
    static QString configFor(const recipe::Recipe &recipe, sim::SimConfig *config);
    void restart(const recipe::Recipe &recipe, const Parameters &parameters, const sim::SimConfig &config);
    void onConnectionState(int state, const QString &message);

    recipe::RecipeRunner *m_runner;
    link::Connection *m_connection;
    const SocketTable *m_sockets;
    const profile::ModuleProfile *m_model; // the session's: what the module is read as
    QStringList m_applied; // the options the virtual module was started with from here
    std::optional<Pending> m_pending;
    std::optional<Pending> m_awaiting; // asked the user (sockets open); its note unused
    QString m_note;
};

} // namespace bc25::ui
