// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <lua.hpp>

namespace bc25::at { struct Transaction; }

namespace bc25::recipe {

class LuaSandbox;
class RecipeRunner;

// The functions a recipe calls, as Lua globals (the reference is in
// README.md, "The recipe API"): at, expect, check, fail, step, param, log,
// print, sleep, wait_urc, socket.send/receive/available/info/free (in
// recipeapisockets.cpp), utc, elapsed_ms, parse_time, usable_address, model, and the
// model-neutral context.ensure, dns.lookup and ntp.sync (in
// recipeapinetwork.cpp: each builds the model's own command; a call of
// several commands goes on in a Lua continuation after each wait, see
// recipeapicall.h). Each checks its arguments, then works through the
// RecipeRunner of its sandbox; a call that waits yields the coroutine, and
// the runner resumes it with the result. A refusal (a command outside the
// catalog's ranges, a bad argument) is a Lua error at the recipe's line; a
// failed check ends the step and the run.
class RecipeApi final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::recipe::RecipeApi)
public:
    // Registers the API in the sandbox (whose host is the runner); false when out of memory.
    static bool install(LuaSandbox &sandbox);

private:
    enum class End : quint8 { Return, Wait, Raise, Stop };
    struct Result
    {
        End end = End::Return;
        int values = 0;
        QByteArray error; // Raise: the message, without the position
        // Wait: where the call goes on when the runner resumes it (a call of
        // several commands, context.ensure), with `context`; none: at()'s way,
        // what the runner pushes is the call's result.
        lua_KFunction then = nullptr;
        lua_KContext context = 0;
    };
    // A call's next part after a wait: the runner's values on top of the stack.
    using Continuation = Result (*)(lua_State *, RecipeRunner &, lua_KContext);

    static int registerAll(lua_State *L);
    static void registerNetwork(lua_State *L);
    // Lua raises and yields with longjmp: the C++ side runs in an inner call
    // whose objects are gone before it happens.
    template <typename Body>
    static int invoke(lua_State *L, Body body);
    template <Result (*Function)(lua_State *, RecipeRunner &)>
    static int call(lua_State *L);
    template <Continuation Then>
    static int resumeIn(lua_State *L, int status, lua_KContext context);
    static Result values(int count) { return {End::Return, count, {}}; }
    static Result raise(const QString &message) { return {End::Raise, 0, message.toUtf8()}; }
    static Result wait(lua_State *L);
    // Waits, then goes on in Then with `context`.
    template <Continuation Then>
    static Result waitThen(lua_State *L, lua_KContext context);
    static Result stop() { return {End::Stop, 0, {}}; }
    // Arguments from `first` on as one message: the first translated, the rest for %1, %2, ...
    static QString message(lua_State *L, int first);

    static Result at(lua_State *L, RecipeRunner &runner);
    static Result expect(lua_State *L, RecipeRunner &runner);
    static Result check(lua_State *L, RecipeRunner &runner);
    static Result fail(lua_State *L, RecipeRunner &runner);
    static Result step(lua_State *L, RecipeRunner &runner);
    static Result param(lua_State *L, RecipeRunner &runner);
    static Result log(lua_State *L, RecipeRunner &runner);
    static Result print(lua_State *L, RecipeRunner &runner);
    static Result sleep(lua_State *L, RecipeRunner &runner);
    static Result waitUrc(lua_State *L, RecipeRunner &runner);
    static Result socketSend(lua_State *L, RecipeRunner &runner);
    static Result socketReceive(lua_State *L, RecipeRunner &runner);
    static Result socketAvailable(lua_State *L, RecipeRunner &runner);
    static Result socketInfo(lua_State *L, RecipeRunner &runner);
    static Result socketFree(lua_State *L, RecipeRunner &runner);
    static Result utc(lua_State *L, RecipeRunner &runner);
    static Result elapsedMs(lua_State *L, RecipeRunner &runner);
    static Result parseTime(lua_State *L, RecipeRunner &runner);
    static Result usableAddress(lua_State *L, RecipeRunner &runner);
    static Result model(lua_State *L, RecipeRunner &runner);

    // recipeapinetwork.cpp
    static Result contextEnsure(lua_State *L, RecipeRunner &runner);
    static Result contextQueried(lua_State *L, RecipeRunner &runner, lua_KContext contextId);
    static Result contextActivated(lua_State *L, RecipeRunner &runner, lua_KContext contextId);
    static Result dnsLookup(lua_State *L, RecipeRunner &runner);
    static Result dnsLookedUp(lua_State *L, RecipeRunner &runner, lua_KContext);
    static Result ntpSync(lua_State *L, RecipeRunner &runner);
    static Result ntpSynced(lua_State *L, RecipeRunner &runner, lua_KContext);
    // The transaction the runner resumed with (on top), or a failed step
    // (nullptr) when it did not succeed, in expect()'s words.
    static const at::Transaction *succeededOnTop(lua_State *L, RecipeRunner &runner);
};

} // namespace bc25::recipe
