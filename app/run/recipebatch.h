// SPDX-License-Identifier: MIT
#pragma once

#include "captureerrors.h"
#include "commandline.h"
#include "bc25/commandcatalog.h"
#include "link/modulestack.h"
#include "output.h"
#include "recipe/recipelibrary.h"
#include "recipe/recipeparameters.h"
#include "recipe/reciperunner.h"
#include "recipe/stepreport.h"
#include "session/modulesession.h"
#include "sim/simconfig.h"
#include "sim/simoptions.h"
#include "transport/serialsettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QTimer>

#include <utility>

namespace bc25::run {

using recipe::Recipe;

// bc25-run's recipes, one after the other on one connection: the port is
// opened again for each (its own header, its own --capture file), and on the
// virtual module each recipe gets a fresh module with the options it asks for.
struct RecipeBatch
{
    // The model the recipes run on (--model): the session's and the virtual module's.
    explicit RecipeBatch(profile::ProfilePointer model)
        : stack(std::move(model))
    {
    }

    link::ModuleStack stack;
    at::CommandEngine &engine = stack.engine();
    ModuleSession &session = stack.session();
    link::Connection &connection = stack.connection();
    recipe::RecipeRunner runner {&session};
    CaptureErrors captureErrors {connection};
    QList<Recipe> recipes;
    QStringList named; // the recipes named on the command line (not --library's)
    QHash<QString, QString> parameters;
    QStringList simOptions;
    bool virtualModule = true;
    transport::SerialSettings serial;
    QString capture;
    int timeLimitMs = 0;
    QList<recipe::RunResult> results;
    int next = 0;
    bool waitingForLink = false;
    bool waitingForModule = false; // connected; the session's first check has not said yet
    QTimer timeLimit;
    bool closing = false;          // closeLink() waits for the command on the wire
    QMetaObject::Connection closingWatch;
    QTimer closingLimit;

    void start()
    {
        timeLimit.setSingleShot(true);
        QObject::connect(&timeLimit, &QTimer::timeout, &runner, [this] {
            runner.stop(QCoreApplication::translate("bc25-run", "Stopped: the recipe ran longer than the time limit of %1 s.")
                                .arg(timeLimitMs / 1000));
        });
        QObject::connect(&session, &ModuleSession::moduleAnswered, &runner, [this] {
            if (std::exchange(waitingForModule, false))
                QTimer::singleShot(0, &runner, [this] { begin(); });
        });
        QObject::connect(&session, &ModuleSession::moduleNotAnswering, &runner, [this](const QString &, const QString &what) {
            if (!std::exchange(waitingForModule, false))
                return;
            // The session's own sentence is the window's ("read as soon as it says anything"): this program ends here.
            const QString message = QCoreApplication::translate("bc25-run", "%1 No recipe was run: run bc25-run again once the module answers.").arg(what);
            err(message);
            abandon(message);
        });
        QObject::connect(&connection, &link::Connection::stateChanged, &runner,
                         [this](link::Connection::State state, const QString &message) { onLink(state, message); });
        QObject::connect(&runner, &recipe::RecipeRunner::stepFinished, &runner, [](const recipe::StepResult &step) {
            const QString verdict = step.passed() ? QCoreApplication::translate("bc25-run", "PASS") : step.status == recipe::StepResult::Status::Error ? QCoreApplication::translate("bc25-run", "ERROR") : QCoreApplication::translate("bc25-run", "FAIL");
            //: bc25-run's line for a step: its name and how long it took: "Open the socket  (850 ms)"
            out(QStringLiteral("  ") + padded(verdict, 5) + QStringLiteral("  ")
                + QCoreApplication::translate("bc25-run", "%1  (%2)").arg(step.name, duration(step.durationMs)));
            if (!step.passed())
                out(indented(recipe::StepReport::details(step), 8));
        });
        QObject::connect(&runner, &recipe::RecipeRunner::runFinished, &runner, [this](const recipe::RunResult &result) {
            timeLimit.stop();
            results << result;
            for (const QString &name : result.unreached)
                out(QCoreApplication::translate("bc25-run", "  SKIP   %1  (not reached)").arg(name));
            // Counted as the JUnit report counts them: the steps never reached are steps of the recipe.
            const int failed = result.failures() + result.errors();
            out(result.stepCount() == 0 ? QCoreApplication::translate("bc25-run", "  FAILED: No steps ran: the recipe has no step.")
                : result.ranNoStep()    ? QCoreApplication::translate("bc25-run", "  FAILED: No steps ran: the recipe ended before its first step.")
                : result.passed()       ? QCoreApplication::translate("bc25-run", "  passed: %n step(s) in %1", nullptr, int(result.steps.size()))
                                                          .arg(duration(result.durationMs))
                                                  + (result.unreached.isEmpty() ? QString()
                                                                                : QCoreApplication::translate("bc25-run", ", %1 not reached")
                                                                                          .arg(result.unreached.size()))
                : result.unreached.isEmpty() ? QCoreApplication::translate("bc25-run", "  FAILED: %1 of %n step(s) failed", nullptr, result.stepCount())
                                                  .arg(failed)
                                             : QCoreApplication::translate("bc25-run", "  FAILED: %1 failed, %2 not reached of %n step(s)", nullptr,
                                                                           result.stepCount())
                                                       .arg(QString::number(failed), QString::number(result.unreached.size())));
            // Not from inside the runner's signal: the next recipe may replace the module.
            QTimer::singleShot(0, &runner, [this] { closeLink(); });
        });
        runNext();
    }

    // The run is over: the session starts nothing more (what it queued fails
    // unsent), and what it already wrote (a socket table refresh after the
    // recipe's close) gets its answer before the link closes, so that the
    // capture ends with nothing cut off. Bounded by a command's time limit.
    void closeLink()
    {
        engine.setLinkOpen(false);
        auto close = [this] {
            if (!std::exchange(closing, false))
                return;
            QObject::disconnect(closingWatch);
            closingLimit.stop();
            connection.disconnectFromModule();
            runNext();
        };
        closing = true;
        if (!engine.isBusy()) {
            close();
            return;
        }
        closingWatch = QObject::connect(&engine, &at::CommandEngine::transactionFinished, &runner, [this, close] {
            // After the engine's own turn: the queue fails unsent once the command in flight is over.
            QTimer::singleShot(0, &runner, [this, close] {
                if (!engine.isBusy())
                    close();
            });
        });
        closingLimit.setSingleShot(true);
        closingLimit.callOnTimeout(&runner, close);
        closingLimit.start(CommandSpec::QuickAnswerMs);
    }

    void runNext()
    {
        if (next >= recipes.size()) {
            QCoreApplication::exit(0);
            return;
        }
        const Recipe &recipe = recipes.at(next);
        out(QCoreApplication::translate("bc25-run", "recipe %1 — %2").arg(recipe.name(), recipe.title()));
        if (!recipe.isFor(QString::fromLatin1(stack.profile().id()))) {
            skip(recipe);
            return;
        }
        // The port is opened again for each recipe, as the virtual module is
        // started afresh: each recipe gets its own capture file.
        connection.setCaptureFile(captureFor(next));
        waitingForLink = true;
        if (!virtualModule) {
            connection.connectSerial(serial);
            return;
        }
        sim::SimConfig config;
        // The recipe's needs first, then the command line's, which win.
        for (const QString &option : recipe.virtualModuleOptions() + simOptions) {
            if (const QString why = sim::SimOptions::apply(config, option); !why.isEmpty()) {
                err(why); // the recipe's own header: a failure of the recipe, not of the command line
                waitingForLink = false;
                QCoreApplication::exit(ExitStatus::Failed);
                return;
            }
        }
        connection.connectVirtual(config);
    }

    // A recipe whose "-- models:" line does not name the model is not run:
    // its steps would test what the model does not have (six sockets on a
    // BC660K-GL). Said, and reported skipped, never passed.
    void skip(const Recipe &recipe)
    {
        recipe::RunResult result;
        result.recipe = recipe.name();
        result.title = recipe.title();
        result.started = QDateTime::currentDateTime();
        //: bc25-run: a recipe not run on this model; %2 lists the models its header names ("bc25, bc32")
        result.skipped = QCoreApplication::translate("bc25-run", "not for %1 (written for %2)")
                                 .arg(stack.profile().name(), recipe.models().join(QStringLiteral(", ")));
        // Why, when its header says ("-- needs: six sockets at once"), as the Recipes dock says it.
        if (const QString needs = recipe.needs(); !needs.isEmpty())
            //: bc25-run: %1 is "not for BC660K-GL (written for bc25, bc32)", %2 what the recipe needs ("six sockets at once")
            result.skipped = QCoreApplication::translate("bc25-run", "%1: needs %2").arg(result.skipped, needs);
        out(QCoreApplication::translate("bc25-run", "  SKIP   %1").arg(result.skipped));
        results << result;
        ++next;
        runNext();
    }

    // A recipe named on the command line and not run: what was asked for did
    // not all run, so the run is not a pass (README, exit status). --library's
    // recipes for other models are its selection, not a failure.
    [[nodiscard]] bool skippedNamed() const
    {
        for (const recipe::RunResult &result : results) {
            if (result.wasSkipped() && named.contains(result.recipe))
                return true;
        }
        return false;
    }

    // One file per recipe: FILE-<recipe>.<suffix>; a name a recipe before it
    // took already (a/t.lua and b/t.lua, a recipe named twice) gets -2, -3…,
    // so no capture replaces another (adversary pass 9 F2).
    QString captureFor(qsizetype index) const
    {
        if (capture.isEmpty() || recipes.size() == 1)
            return capture;
        const QFileInfo file(capture);
        QStringList taken;
        QString name;
        for (qsizetype i = 0; i <= index && i < recipes.size(); ++i) {
            const QString base = file.path() + QLatin1Char('/') + file.completeBaseName() + QLatin1Char('-') + recipes.at(i).name();
            const QString suffix = file.suffix().isEmpty() ? QString() : QLatin1Char('.') + file.suffix();
            name = base + suffix;
            for (int n = 2; taken.contains(name); ++n)
                name = base + QLatin1Char('-') + QString::number(n) + suffix;
            taken << name;
        }
        return name;
    }

    void onLink(link::Connection::State state, const QString &message)
    {
        if (!waitingForLink) {
            if (state == link::Connection::State::Lost)
                out(QCoreApplication::translate("bc25-run", "  link lost: %1").arg(message));
            return;
        }
        if (state == link::Connection::State::Connected) {
            // The link's first check (AT, ATI) says whether a module answers: a
            // recipe on a dead one would wait for the time limit of every command.
            waitingForLink = false;
            waitingForModule = true;
        } else if (state != link::Connection::State::Connecting) {
            err(message);
            abandon(message);
        }
    }

    // No recipe can run (no link, no module): each one left is a result with one
    // error saying why, so that --junit still writes the report a CI job reads.
    void abandon(const QString &why)
    {
        waitingForLink = false;
        waitingForModule = false;
        for (; next < recipes.size(); ++next) {
            recipe::RunResult result;
            result.recipe = recipes.at(next).name();
            result.title = recipes.at(next).title();
            result.started = QDateTime::currentDateTime();
            recipe::StepResult step;
            step.name = QCoreApplication::translate("bc25-run", "Reach the module");
            step.status = recipe::StepResult::Status::Error;
            step.kind = QStringLiteral("module");
            step.message = why;
            result.steps << step;
            results << result;
        }
        QCoreApplication::exit(ExitStatus::Failed);
    }

    void begin()
    {
        QHash<QString, QString> values = recipe::RecipeLibrary::parametersFor(connection);
        for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
            values.insert(it.key(), it.value());
        if (timeLimitMs > 0)
            timeLimit.start(timeLimitMs);
        runner.start(recipes.at(next++), values);
    }
};

// A --param no recipe declares (a typo would leave the recipe on its default),
// or a value its declaration's type refuses: bad usage, said before anything
// is sent. A recipe that names a parameter other than by a literal may read
// any name: then only the warning after the run says what none of them read.
inline QString refusedParameter(const QList<Recipe> &recipes, const QHash<QString, QString> &given)
{
    QHash<QString, recipe::RecipeParameter> declared;
    bool anyName = false;
    for (const Recipe &recipe : recipes) {
        anyName = anyName || recipe::RecipeParameters::namedOtherwiseIn(recipe.text());
        for (const recipe::RecipeParameter &parameter : recipe::RecipeParameters::declaredIn(recipe.text())) {
            const QString value = given.value(parameter.name);
            if (!given.contains(parameter.name))
                continue;
            if (const QString why = recipe::RecipeParameters::conversionError(parameter.name, recipe::RecipeParameters::typeOf(parameter), value);
                !why.isEmpty())
                return QCoreApplication::translate("bc25-run", "--param %1: %2 (recipe %3)").arg(parameter.name, why, recipe.name());
            declared.insert(parameter.name, parameter);
        }
    }
    QStringList unknown;
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        if (!declared.contains(it.key()))
            unknown << it.key();
    }
    if (anyName || unknown.isEmpty())
        return {};
    unknown.sort();
    return QCoreApplication::translate("bc25-run", "--param %1: no recipe of this run has such a parameter (a typo?)").arg(unknown.join(QStringLiteral(", ")));
}

} // namespace bc25::run
