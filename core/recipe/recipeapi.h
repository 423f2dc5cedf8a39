// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>

struct lua_State;

namespace bc25::recipe {

class LuaSandbox;
class RecipeRunner;

// The functions a recipe calls, as Lua globals (the reference is in
// README.md, "The recipe API"): at, expect, check, fail, step, param, log,
// print, sleep, wait_urc, socket.send/receive/available/info/free (in
// recipeapisockets.cpp), utc,
// elapsed_ms, parse_time, model. Each checks its arguments, then works through the
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
    };

    static int registerAll(lua_State *L);
    // Lua raises and yields with longjmp: the C++ side runs in an inner call
    // whose objects are gone before it happens.
    template <Result (*Function)(lua_State *, RecipeRunner &)>
    static int call(lua_State *L);
    static Result values(int count) { return {End::Return, count, {}}; }
    static Result raise(const QString &message) { return {End::Raise, 0, message.toUtf8()}; }
    static Result wait(lua_State *L);
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
    static Result model(lua_State *L, RecipeRunner &runner);
};

} // namespace bc25::recipe
