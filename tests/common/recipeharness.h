// SPDX-License-Identifier: MIT
#pragma once

// A recipe runner on the workbench's core (engine, session, connection) and
// the virtual module in-process, as bc25-run --virtual wires them: real Lua,
// real loopback sockets behind the module. Waits run the event loop until
// the condition holds (not QTest::qWaitFor, which sleeps 10 ms a turn and
// would make each loopback round trip cost that), never a fixed sleep.

#include "at/commandengine.h"
#include "link/modulestack.h"
#include "link/connection.h"
#include "recipe/recipelibrary.h"
#include "recipe/reciperunner.h"
#include "session/modulesession.h"
#include "sim/simconfig.h"
#include "sim/simoptions.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <functional>

#include <optional>

namespace bc25::test {

// Runs the event loop until `done` holds or `timeoutMs` have passed.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(1);
    loop.exec();
    return done();
}

struct RecipeHarness
{
    link::ModuleStack stack {profile::ModuleProfile::bc25()};
    at::CommandEngine &engine = stack.engine();
    ModuleSession &session = stack.session();
    link::Connection &connection = stack.connection();
    recipe::RecipeRunner runner {&session};
    std::optional<recipe::RunResult> finished;
    int runsFinished = 0;
    QList<at::Transaction> recipeTransactions; // every command with source Recipe
    QByteArray written;                        // every byte written to the module

    // The virtual module and the stack play this model (the BC25 unless told).
    explicit RecipeHarness(std::shared_ptr<const profile::ModuleProfile> model = profile::ModuleProfile::bc25())
        : stack(std::move(model))
    {
        QObject::connect(&runner, &recipe::RecipeRunner::runFinished, &runner, [this](const recipe::RunResult &r) {
            finished = r;
            ++runsFinished;
        });
        QObject::connect(&engine, &at::CommandEngine::transactionFinished, &runner, [this](const at::Transaction &t) {
            if (t.source == at::Source::Recipe)
                recipeTransactions << t;
        });
        QObject::connect(&engine, &at::CommandEngine::rawTransmitted, &runner,
                         [this](const QByteArray &bytes) { written += bytes; });
    }

    // The virtual module with these options ("buffer-limit=256"), connected and,
    // unless told not to wait, synchronised (the session's own commands done).
    bool connect(const QStringList &options = {}, bool waitForSynchronisation = true)
    {
        sim::SimConfig config;
        for (const QString &option : options) {
            if (!sim::SimOptions::apply(config, option).isEmpty())
                return false;
        }
        connection.connectVirtual(config);
        if (!waitUntil([this] { return connection.state() == link::Connection::State::Connected; }, 5000))
            return false;
        return !waitForSynchronisation || waitUntil([this] { return !engine.isBusy(); }, 10000);
    }

    QHash<QString, QString> parameters(const QHash<QString, QString> &extra = {}) const
    {
        QHash<QString, QString> values = recipe::RecipeLibrary::parametersFor(connection);
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            values.insert(it.key(), it.value());
        return values;
    }

    // Runs a recipe to its end; a null result when it did not end in time.
    std::optional<recipe::RunResult> run(const recipe::Recipe &recipe, const QHash<QString, QString> &extra = {},
                                         int timeoutMs = 20000)
    {
        finished.reset();
        recipeTransactions.clear();
        written.clear();
        if (!runner.start(recipe, parameters(extra)))
            return std::nullopt;
        if (!waitUntil([this] { return finished.has_value(); }, timeoutMs))
            return std::nullopt;
        return finished;
    }

    std::optional<recipe::RunResult> run(const QByteArray &text, const QHash<QString, QString> &extra = {},
                                         int timeoutMs = 20000)
    {
        return run(recipe::Recipe::fromText(text, QStringLiteral("inline")), extra, timeoutMs);
    }
};

} // namespace bc25::test
