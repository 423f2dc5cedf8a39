// SPDX-License-Identifier: MIT
#pragma once

// How a Lua call reaches the RecipeApi's C++ functions and goes back:
// included by the files that register them (recipeapi.cpp, recipeapinetwork.cpp).

#include "luasandbox.h"
#include "recipeapi.h"
#include "reciperunner.h"

namespace bc25::recipe {

template <typename Body>
int RecipeApi::invoke(lua_State *L, Body body)
{
    auto *runner = static_cast<RecipeRunner *>(LuaSandbox::of(L)->host());
    End end = End::Return;
    int count = 0;
    lua_KFunction then = nullptr;
    lua_KContext context = 0;
    {
        const Result result = runner->stopping() ? stop() : body(*runner);
        end = result.end;
        count = result.values;
        then = result.then;
        context = result.context;
        if (end == End::Raise) {
            luaL_where(L, 1);
            lua_pushlstring(L, result.error.constData(), size_t(result.error.size()));
            lua_concat(L, 2);
        }
    }
    switch (end) {
    case End::Return:
        return count;
    case End::Wait:
        return then ? lua_yieldk(L, 0, context, then) : lua_yield(L, 0);
    case End::Stop: // a stopped coroutine is never resumed
        return lua_yield(L, 0);
    case End::Raise:
        return lua_error(L);
    }
    return 0;
}

template <RecipeApi::Result (*Function)(lua_State *, RecipeRunner &)>
int RecipeApi::call(lua_State *L)
{
    return invoke(L, [L](RecipeRunner &runner) { return Function(L, runner); });
}

template <RecipeApi::Continuation Then>
int RecipeApi::resumeIn(lua_State *L, int, lua_KContext context)
{
    return invoke(L, [L, context](RecipeRunner &runner) { return Then(L, runner, context); });
}

template <RecipeApi::Continuation Then>
RecipeApi::Result RecipeApi::waitThen(lua_State *L, lua_KContext context)
{
    Result result = wait(L);
    if (result.end == End::Wait) {
        result.then = resumeIn<Then>;
        result.context = context;
    }
    return result;
}

} // namespace bc25::recipe
