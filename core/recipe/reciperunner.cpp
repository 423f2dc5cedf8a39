// SPDX-License-Identifier: MIT
#include "reciperunner.h"

#include "profile/moduleprofile.h"
#include "at/commandengine.h"
#include "luasandbox.h"
#include "luavalues.h"
#include "recipeapi.h"
#include "recipeparameters.h"
#include "session/modulesession.h"
#include "stepreport.h"
#include "transactioncheck.h"

#include <lua.hpp>

#include <QPointer>

namespace bc25::recipe {

namespace {

// Transactions kept for expect(): a loop of a thousand at() keeps the last ones only.
constexpr int KeptTransactions = 256;

int pushProtected(lua_State *L)
{
    const auto *push = static_cast<const std::function<int(lua_State *)> *>(lua_touserdata(L, 1));
    lua_settop(L, 0);
    return (*push)(L);
}

} // namespace

RecipeRunner::RecipeRunner(ModuleSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_inbox(session)
    , m_budget(LuaSandbox::DefaultInstructionBudget)
    , m_memoryLimit(LuaSandbox::DefaultMemoryLimit)
{
    qRegisterMetaType<StepResult>();
    qRegisterMetaType<RunResult>();
    connect(&m_inbox, &RecipeInbox::waitFinished, this, &RecipeRunner::onWaitFinished);
    connect(&m_inbox, &RecipeInbox::recipeTransaction, this, &RecipeRunner::onRecipeTransaction);
    // A connection a recipe's listener accepted is the recipe's to close, too.
    connect(session->sockets(), &SocketTable::urcReceived, this, [this](const Urc &urc, const at::ResultLine &) {
        if (m_running && urc.type == Urc::Type::Incoming && m_opened.contains(urc.serverId))
            m_opened.insert(urc.connectId);
    });
    // Every command of the run in its log: at()'s, and the parts of socket.send().
    connect(session->engine(), &at::CommandEngine::transactionFinished, this, [this](const at::Transaction &t) {
        if (!m_running || t.source != at::Source::Recipe)
            return;
        if (!m_wrappingUp) {
            ensureStep();
            ++m_step.commands;
        }
        note(StepReport::transactionLine(t));
    });
}

RecipeRunner::~RecipeRunner() = default;

int RecipeRunner::currentLine() const
{
    return m_sandbox ? m_sandbox->currentLine() : -1;
}

QStringList RecipeRunner::unreachedSteps() const
{
    // The steps its text names after the last one it began (in the text's
    // order) never ran: a stopped run's, or one a `return` ended early. A step
    // named before the last one begun is not counted: a branch decided that.
    QStringList declared;
    for (const QString &name : m_unreachedCandidates)
        declared << Recipe::translated(name);
    // Names may repeat (two steps "dup"): each run takes the next declaration of
    // its name, and a name is counted as often as it ran, not once for all.
    qsizetype after = 0;
    QHash<QString, int> runsLeft;
    for (const StepResult &step : m_result.steps) {
        ++runsLeft[step.name];
        qsizetype at = declared.indexOf(step.name, after);
        if (at < 0)
            at = declared.indexOf(step.name); // run again (a loop), or declared out of order
        if (at >= 0)
            after = qMax(after, at + 1);
    }
    for (qsizetype i = 0; i < after; ++i) {
        if (auto it = runsLeft.find(declared.at(i)); it != runsLeft.end() && *it > 0)
            --*it;
    }
    QStringList unreached;
    for (qsizetype i = after; i < declared.size(); ++i) {
        if (auto it = runsLeft.find(declared.at(i)); it != runsLeft.end() && *it > 0)
            --*it; // ran before its place in the text (a function declared further down)
        else
            unreached << declared.at(i);
    }
    return unreached;
}

bool RecipeRunner::start(const Recipe &recipe, const QHash<QString, QString> &parameters)
{
    if (m_running)
        return false;
    ++m_run;
    m_running = true;
    m_stopping = false;
    m_wrappingUp = false;
    m_stepOpen = false;
    m_result = RunResult {};
    m_result.recipe = recipe.name();
    m_result.title = recipe.title();
    m_result.started = QDateTime::currentDateTime();
    m_parameters = parameters;
    m_lastTransaction.reset();
    m_transactions.clear();
    m_transactionOrder.clear();
    m_lastErrors.clear();
    m_opened.clear();
    m_inbox.reset();
    m_clock.start();

    m_sandbox = std::make_unique<LuaSandbox>(m_memoryLimit);
    m_sandbox->setInstructionBudget(m_budget);
    m_sandbox->setHost(this);
    const QString error = !recipe.readError().isEmpty() ? recipe.readError()
            : !RecipeApi::install(*m_sandbox)           ? tr("Not enough memory for the recipe's interpreter.")
                                                         : m_sandbox->load(recipe.code(), recipe.fileName());
    // A value its declaration's type refuses ends the run before anything is
    // sent, not at the param() call, which may come after the first command.
    QString refused;
    for (const RecipeParameter &declared : RecipeParameters::declaredIn(recipe.text())) {
        if (const auto given = parameters.constFind(declared.name); given != parameters.cend() && refused.isEmpty())
            refused = RecipeParameters::conversionError(declared.name, RecipeParameters::typeOf(declared), given.value());
    }
    m_unreachedCandidates = RecipeParameters::stepsIn(recipe.text());
    const quint64 run = m_run;
    QMetaObject::invokeMethod(this, [this, run, name = recipe.name(), error, refused] {
        if (run != m_run)
            return;
        emit runStarted(name);
        if (error.isEmpty() && refused.isEmpty()) {
            resume({});
            return;
        }
        // Nothing runs: the one step says where the text is wrong, or which value.
        beginStep(error.isEmpty() ? tr("parameters") : tr("load"));
        fail(StepResult::Status::Error, error.isEmpty() ? QStringLiteral("parameter") : QStringLiteral("syntax"),
             error.isEmpty() ? refused : error);
        wrapUp();
    }, Qt::QueuedConnection);
    return true;
}

void RecipeRunner::stop(const QString &reason)
{
    if (!m_running || m_stopping)
        return;
    fail(StepResult::Status::Failed, QStringLiteral("stopped"), reason.isEmpty() ? tr("Stopped.") : reason);
}

void RecipeRunner::resume(const Push &push)
{
    if (!m_running || m_stopping)
        return;
    lua_State *main = m_sandbox->state();
    lua_State *thread = m_sandbox->thread();
    int values = 0;
    if (push) {
        // Built in a protected call: a recipe that used up its memory gets an error, not a panic.
        const int base = lua_gettop(main);
        lua_pushcfunction(main, pushProtected);
        lua_pushlightuserdata(main, const_cast<Push *>(&push));
        if (lua_pcall(main, 1, LUA_MULTRET, 0) != LUA_OK) {
            lua_settop(main, base);
            fail(StepResult::Status::Error, QStringLiteral("memory"), tr("The recipe ran out of memory."));
            wrapUp();
            return;
        }
        values = lua_gettop(main) - base;
        if (!lua_checkstack(thread, values + 1)) {
            lua_settop(main, base);
            fail(StepResult::Status::Error, QStringLiteral("memory"), tr("The recipe ran out of memory."));
            wrapUp();
            return;
        }
        lua_xmove(main, thread, values);
    }
    m_inResume = true;
    const LuaSandbox::Status status = m_sandbox->resume(values);
    m_inResume = false;
    if (m_sandbox->budgetExceeded())
        fail(StepResult::Status::Failed, QStringLiteral("budget"),
             tr("The recipe ran %L1 Lua instructions without waiting for the module (an endless loop?) and was stopped.")
                     .arg(m_budget));
    switch (status) {
    case LuaSandbox::Status::Yielded:
        if (m_stopping)
            wrapUp();
        return; // the inbox resumes it
    case LuaSandbox::Status::Finished:
        wrapUp();
        return;
    case LuaSandbox::Status::Failed:
        fail(StepResult::Status::Error, QStringLiteral("runtime"), m_sandbox->errorMessage(), std::nullopt,
             m_sandbox->traceback());
        wrapUp();
        return;
    }
}

void RecipeRunner::onWaitFinished(const RecipeInbox::Outcome &outcome)
{
    if (!m_running || m_stopping)
        return;
    if (!outcome.failure.isEmpty()) {
        fail(StepResult::Status::Failed, outcome.kind, outcome.failure, outcome.transaction);
        return;
    }
    if (outcome.transaction) {
        const at::Transaction t = *outcome.transaction;
        const QString lastError = outcome.lastError;
        if (!lastError.isEmpty())
            m_lastErrors.insert(t.id, lastError);
        resume([t, lastError](lua_State *L) {
            LuaValues::pushTransaction(L, t, lastError);
            return 1;
        });
    } else if (outcome.urc) {
        const UrcEvent urc = *outcome.urc;
        resume([urc](lua_State *L) {
            LuaValues::pushUrc(L, urc);
            return 1;
        });
    } else if (!outcome.data.isNull()) {
        const QByteArray data = outcome.data;
        resume([data](lua_State *L) {
            LuaValues::pushBytes(L, data);
            return 1;
        });
    } else {
        const qint64 count = outcome.count;
        resume([count](lua_State *L) {
            lua_pushinteger(L, lua_Integer(count));
            return 1;
        });
    }
}

void RecipeRunner::onRecipeTransaction(const at::Transaction &t, bool late)
{
    const int opened = TransactionCheck::openedSocket(m_session->commands()->catalog(), t);
    if (late) {
        // Its run has ended (stop, failure): a socket it opened after all is closed at once.
        if (opened >= 0) {
            BuildResult close = Commands::close(m_session->commands()->catalog(), opened);
            close.command.source = at::Source::Recipe;
            m_session->commands()->submit(std::move(close));
        }
        return;
    }
    if (opened >= 0)
        m_opened.insert(opened);
    if (const int closed = TransactionCheck::closedSocket(m_session->commands()->catalog(), t); closed >= 0)
        m_opened.remove(closed);
    m_lastTransaction = t;
    m_transactions.insert(t.id, t);
    m_transactionOrder.append(t.id);
    while (m_transactionOrder.size() > KeptTransactions)
        m_transactions.remove(m_transactionOrder.takeFirst());
}

const at::Transaction *RecipeRunner::transaction(quint64 id) const
{
    const auto it = m_transactions.constFind(id);
    return it == m_transactions.cend() ? nullptr : &it.value();
}

QString RecipeRunner::parameter(const QString &name, const QString &fallback, bool *found)
{
    const auto it = m_parameters.constFind(name);
    *found = it != m_parameters.cend();
    const QString value = *found ? it.value() : fallback;
    const bool seen = std::any_of(m_result.parameters.cbegin(), m_result.parameters.cend(),
                                  [&name](const auto &p) { return p.first == name; });
    if (!seen && (*found || !fallback.isNull()))
        m_result.parameters.append({name, value});
    return value;
}

void RecipeRunner::beginStep(const QString &name)
{
    finishStep();
    m_step = StepResult {};
    // A failure in this step shows this step's transaction, never the one before.
    m_lastTransaction.reset();
    m_step.index = int(m_result.steps.size());
    m_step.name = name;
    m_stepOpen = true;
    m_stepClock.start();
    emit stepStarted(m_step.index, name);
}

void RecipeRunner::ensureStep()
{
    if (!m_stepOpen)
        beginStep(tr("setup"));
}

void RecipeRunner::finishStep()
{
    if (!m_stepOpen)
        return;
    m_stepOpen = false;
    m_step.durationMs = m_stepClock.elapsed();
    if (!m_step.passed() && !m_step.transaction)
        m_step.transaction = m_lastTransaction;
    m_step.hostActivatesContexts = m_session->profile().answers().activatesContexts;
    m_result.steps.append(m_step);
    emit stepFinished(m_step);
}

void RecipeRunner::fail(StepResult::Status status, const QString &kind, const QString &message,
                        const std::optional<at::Transaction> &transaction, const QString &traceback)
{
    if (m_stopping)
        return; // the first failure is the reason
    m_stopping = true;
    if (m_sandbox)
        m_sandbox->requestStop();
    m_inbox.cancel();
    ensureStep();
    m_step.status = status;
    m_step.kind = kind;
    m_step.message = message;
    // Lua's own messages say where; otherwise, where the coroutine is now.
    m_step.line = status == StepResult::Status::Error ? Recipe::lineOf(message) : -1;
    if (m_step.line < 0 && m_sandbox)
        m_step.line = m_sandbox->currentLine();
    m_step.transaction = transaction ? transaction : m_lastTransaction;
    m_step.received = m_inbox.received();
    m_step.traceback = traceback;
    // From inside the coroutine the resume ends the run; from the event loop, this does.
    if (!m_inResume) {
        const quint64 run = m_run;
        QMetaObject::invokeMethod(this, [this, run] {
            if (run == m_run)
                wrapUp();
        }, Qt::QueuedConnection);
    }
}

void RecipeRunner::note(const QString &line)
{
    const double seconds = double(m_clock.elapsed()) / 1000.0;
    m_result.log.append(QStringLiteral("%1 %2").arg(seconds, 8, 'f', 3).arg(line));
    emit logged(line);
}

void RecipeRunner::wrapUp()
{
    if (m_wrappingUp || !m_running)
        return;
    m_wrappingUp = true;
    m_inbox.cancel();
    finishStep();
    closeLeftOpen();
}

void RecipeRunner::closeLeftOpen()
{
    // Leave the module as the recipe found it: no socket of its own stays open.
    const QList<int> left = QList<int>(m_opened.cbegin(), m_opened.cend());
    m_opened.clear();
    m_closing = int(left.size()) + 1; // +1 until every close is submitted: one may fail at once
    const QPointer<RecipeRunner> self(this);
    const quint64 run = m_run;
    for (const int id : left) {
        m_session->sends()->cancel(id, tr("The recipe ended."));
        BuildResult close = Commands::close(m_session->engine()->profile().catalog(), id);
        close.command.source = at::Source::Recipe;
        close.command.onTransaction = [this, self, run, id](const at::Transaction &) {
            if (!self || run != m_run)
                return;
            note(tr("Closed socket %1, which the recipe left open.").arg(id));
            if (--m_closing == 0)
                finishRunLater();
        };
        m_session->commands()->submit(std::move(close));
    }
    if (--m_closing == 0)
        finishRunLater();
}

void RecipeRunner::finishRunLater()
{
    // From the event loop: the engine's callback in progress ends first, and
    // whoever gets runFinished may replace the link at once.
    const quint64 run = m_run;
    QMetaObject::invokeMethod(this, [this, run] {
        if (run == m_run && m_running)
            finishRun();
    }, Qt::QueuedConnection);
}

void RecipeRunner::finishRun()
{
    m_result.durationMs = m_clock.elapsed();
    m_result.unreached = unreachedSteps();
    m_running = false;
    // Not inside a Lua call here: resume() has returned before anything ends a run.
    m_sandbox.reset();
    emit runFinished(m_result);
}

} // namespace bc25::recipe
