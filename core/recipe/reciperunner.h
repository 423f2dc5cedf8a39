// SPDX-License-Identifier: MIT
#pragma once

#include "recipe.h"
#include "recipeinbox.h"
#include "runresult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

struct lua_State;

namespace bc25 { class ModuleSession; }

namespace bc25::recipe {

class LuaSandbox;

// Runs one recipe at a time against a module session, the same engine and
// catalog as every other command (DESIGN.md, "Recipes"). The recipe is a Lua
// coroutine: each at(), wait_urc(), socket.send() or sleep() yields, and the
// event loop resumes it when the transaction, URC, data or time-out arrives;
// nothing blocks and there is no nested event loop. The GUI's Recipes dock and
// bc25-run use it alike:
//
//   RecipeRunner runner(&session);
//   connect(&runner, &RecipeRunner::stepFinished, ...);   // a row per step
//   connect(&runner, &RecipeRunner::runFinished, ...);    // the whole run, once
//   runner.start(Recipe::fromFile(path), {{"host", "10.0.0.1"}});
//   ...; runner.stop();                                    // the Stop button
//
// Signals, in order: runStarted; for each step stepStarted then stepFinished;
// logged for each line of the run's log (log(), every command and its
// answer, notes); runFinished exactly once, also after a syntax error (one
// "load" step with the error and its line; nothing runs), a runtime error or
// stop(). Before runFinished the runner closes every socket the recipe opened
// and left open. A step fails at the first failed check, expectation, time-out
// or stop, and the run ends there: the failed step carries the message, the
// recipe line, the transaction and the last RecipeInbox::ReceivedKept bytes
// the module printed. Every signal comes from the event loop, never from
// inside start() or stop().
class RecipeRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipeRunner)
public:
    static constexpr int DefaultWaitMs = 10000; // wait_urc() and socket.receive() without a time-out

    explicit RecipeRunner(ModuleSession *session, QObject *parent = nullptr);
    ~RecipeRunner() override;

    // Starts a run; false (and nothing emitted) while another one is under
    // way. `parameters` answer the recipe's param() calls; the rest take the
    // recipe's defaults.
    bool start(const Recipe &recipe, const QHash<QString, QString> &parameters = {});
    // Fails the step under way with `reason` ("Stopped." when empty) and ends
    // the run. A command already written still ends in the engine; a socket
    // it opens is closed then.
    void stop(const QString &reason = {});
    [[nodiscard]] bool isRunning() const { return m_running; }
    // The run under way, or the last one.
    [[nodiscard]] const RunResult &result() const { return m_result; }

    // Lua instructions a recipe may run between two waits (LuaSandbox).
    void setInstructionBudget(qint64 instructions) { m_budget = instructions; }
    void setMemoryLimit(qint64 bytes) { m_memoryLimit = bytes; }

signals:
    void runStarted(const QString &recipe);
    void stepStarted(int index, const QString &name);
    void stepFinished(const bc25::recipe::StepResult &step);
    void logged(const QString &line);
    void runFinished(const bc25::recipe::RunResult &result);

private:
    friend class RecipeApi; // the Lua functions, recipeapi.cpp

    using Push = std::function<int(lua_State *)>;

    // ---- for RecipeApi ----
    [[nodiscard]] bool stopping() const { return m_stopping; }
    [[nodiscard]] ModuleSession *session() const { return m_session; }
    [[nodiscard]] RecipeInbox &inbox() { return m_inbox; }
    void beginStep(const QString &name);
    void ensureStep();
    void countCheck() { ensureStep(); ++m_step.checks; }
    // Fails the step under way; the coroutine is never resumed again.
    void fail(StepResult::Status status, const QString &kind, const QString &message,
              const std::optional<at::Transaction> &transaction = std::nullopt, const QString &traceback = {});
    void note(const QString &line);
    // The stored transaction a table from at() stands for.
    [[nodiscard]] const at::Transaction *transaction(quint64 id) const;
    [[nodiscard]] QString lastErrorOf(quint64 id) const { return m_lastErrors.value(id); }
    QString parameter(const QString &name, const QString &fallback, bool *found);
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.elapsed(); }
    [[nodiscard]] int currentLine() const;

    void resume(const Push &push);
    void onWaitFinished(const RecipeInbox::Outcome &outcome);
    void onRecipeTransaction(const at::Transaction &t, bool late);
    void finishStep();
    void wrapUp();
    void closeLeftOpen();
    void finishRunLater();
    void finishRun();
    [[nodiscard]] QStringList unreachedSteps() const;

    ModuleSession *m_session;
    RecipeInbox m_inbox;
    std::unique_ptr<LuaSandbox> m_sandbox;
    RunResult m_result;
    StepResult m_step;
    bool m_stepOpen = false;
    QElapsedTimer m_stepClock;
    QElapsedTimer m_clock;
    QHash<QString, QString> m_parameters;
    QStringList m_unreachedCandidates;              // the step() names the text declares, in order
    std::optional<at::Transaction> m_lastTransaction;
    QHash<quint64, at::Transaction> m_transactions; // the recent ones, for expect()
    QList<quint64> m_transactionOrder;              // oldest first
    QHash<quint64, QString> m_lastErrors;
    QSet<int> m_opened;                             // sockets to close at the end
    int m_closing = 0;
    quint64 m_run = 0;                              // counts runs: a queued call of an old one is dropped
    bool m_running = false;
    bool m_stopping = false;
    bool m_inResume = false;
    bool m_wrappingUp = false;
    qint64 m_budget;
    qint64 m_memoryLimit;
};

} // namespace bc25::recipe
