// SPDX-License-Identifier: MIT
#include "recipelauncher.h"

#include "link/connection.h"
#include "profile/moduleprofile.h"
#include "recipe/reciperunner.h"
#include "session/sockettable.h"
#include "sim/simconfig.h"
#include "sim/simoptions.h"
#include "translations.h"

#include <algorithm>

namespace bc25::ui {

RecipeLauncher::RecipeLauncher(recipe::RecipeRunner *runner, link::Connection *connection, const SocketTable *sockets,
                               const profile::ModuleProfile *model, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_connection(connection)
    , m_sockets(sockets)
    , m_model(model)
{
    connect(connection, &link::Connection::stateChanged, this,
            [this](link::Connection::State state, const QString &message) { onConnectionState(int(state), message); });
}

QString RecipeLauncher::notFor(const recipe::Recipe &recipe, const profile::ModuleProfile &model)
{
    if (recipe.isFor(QString::fromLatin1(model.id())))
        return {};
    // The header's --model names, as the user reads them ("bc660k" is the BC660K-GL).
    QStringList names;
    for (const QString &id : recipe.models()) {
        const auto named = profile::ModuleProfile::byId(id.toLatin1());
        names << (named ? named->name() : id);
    }
    const QString models = names.join(QStringLiteral(", "));
    // Why, when its header says ("-- needs: six sockets at once"): greyed without a reason reads as a fault.
    if (const QString needs = recipe.needs(); !needs.isEmpty())
        //: A recipe whose "-- models:" header leaves out the model the module is read as; %1 lists the models it
        //: names, %2 what it needs that this model lacks (from its "-- needs:" line, "six sockets at once")
        return tr("For %1 only: needs %2.").arg(models, needs);
    //: A recipe whose "-- models:" header leaves out the model the module is read as; %1 lists the models it names
    return tr("For %1 only.").arg(models);
}

QString RecipeLauncher::refusalForModel(const recipe::Recipe &recipe) const
{
    // Its steps would test what this model does not have (six sockets on a BC660K-GL): not run, as bc25-run skips it.
    if (const QString why = notFor(recipe, *m_model); !why.isEmpty())
        return Translations::joined(why, tr("The module is read as %1: nothing was run.").arg(m_model->name()));
    return {};
}

QString RecipeLauncher::launch(const recipe::Recipe &recipe, const Parameters &parameters)
{
    if (m_runner->isRunning() || m_pending || m_awaiting)
        return tr("A recipe is running.");
    if (const QString why = refusalForModel(recipe); !why.isEmpty())
        return why;
    if (m_connection->state() != link::Connection::State::Connected)
        return tr("Connect a module first: nothing was run.");
    const QStringList options = recipe.virtualModuleOptions();
    const QString joined = options.join(QLatin1Char(' '));
    if (!m_connection->isVirtual()) {
        begin(recipe, parameters, options.isEmpty() ? QString()
              : tr("The recipe asks the virtual module for %1; on a serial port these options do not apply.").arg(joined));
        return {};
    }
    if (!wouldRestart(recipe)) {
        begin(recipe, parameters, {});
        return {};
    }
    sim::SimConfig config;
    if (const QString why = configFor(recipe, &config); !why.isEmpty())
        return why;
    // The restart drops every socket the user has open: asked first, nothing done until then.
    if (const int open = m_sockets->openSockets(); open > 0) {
        m_awaiting = Pending {recipe, parameters, {}};
        emit confirmationNeeded(open);
        return {};
    }
    restart(recipe, parameters, config);
    return {};
}

void RecipeLauncher::confirm()
{
    if (!m_awaiting)
        return;
    const Pending awaiting = *m_awaiting;
    m_awaiting.reset();
    sim::SimConfig config;
    (void)configFor(awaiting.recipe, &config); // checked when it was asked
    restart(awaiting.recipe, awaiting.parameters, config);
}

QString RecipeLauncher::configFor(const recipe::Recipe &recipe, sim::SimConfig *config)
{
    for (const QString &option : recipe.virtualModuleOptions()) {
        if (const QString why = sim::SimOptions::apply(*config, option); !why.isEmpty())
            return tr("The recipe's virtual module options cannot be used, nothing was run: %1").arg(why);
    }
    return {};
}

void RecipeLauncher::restart(const recipe::Recipe &recipe, const Parameters &parameters, const sim::SimConfig &config)
{
    const QStringList options = recipe.virtualModuleOptions();
    const QString joined = options.join(QLatin1Char(' '));
    m_pending = Pending {recipe, parameters,
                         options.isEmpty() ? tr("The built-in virtual module was restarted with its default settings.")
                                           : tr("The built-in virtual module was restarted with %1 for this recipe.").arg(joined)};
    m_applied = options;
    emit restarting(options.isEmpty() ? tr("Restarting the built-in virtual module with its default settings…")
                                      : tr("Restarting the built-in virtual module with %1…").arg(joined));
    m_connection->connectVirtual(config);
}

bool RecipeLauncher::wouldRestart(const recipe::Recipe &recipe) const
{
    if (!m_connection->isVirtual() || recipe.virtualModuleOptions() == m_applied)
        return false;
    // Only comments: no step can run, so nothing is worth the module's restart.
    const QList<QByteArray> lines = recipe.code().split('\n');
    return std::any_of(lines.cbegin(), lines.cend(), [](const QByteArray &line) {
        const QByteArray text = line.trimmed();
        return !text.isEmpty() && !text.startsWith("--");
    });
}

bool RecipeLauncher::cancel()
{
    const bool had = m_pending.has_value() || m_awaiting.has_value();
    m_pending.reset();
    m_awaiting.reset();
    return had;
}

void RecipeLauncher::begin(const recipe::Recipe &recipe, const Parameters &parameters, const QString &note)
{
    m_note = note;
    m_runner->start(recipe, parameters ? parameters() : QHash<QString, QString> {});
}

void RecipeLauncher::onConnectionState(int state, const QString &message)
{
    const auto now = link::Connection::State(state);
    // The link changed while the user was asked: the question was about another module.
    if (m_awaiting) {
        m_awaiting.reset();
        emit failed(tr("Nothing was run: the link changed while the restart waited for your answer."));
    }
    if (now == link::Connection::State::Connecting) {
        if (!m_pending)
            m_applied.clear(); // connected again from the bar: the module's defaults
        return;
    }
    if (!m_pending)
        return;
    const Pending pending = *m_pending;
    m_pending.reset();
    if (now == link::Connection::State::Connected)
        begin(pending.recipe, pending.parameters, pending.note);
    else
        emit failed(tr("The virtual module did not start again: %1").arg(message));
}

} // namespace bc25::ui
