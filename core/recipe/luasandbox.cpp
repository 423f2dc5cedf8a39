// SPDX-License-Identifier: MIT
#include "luasandbox.h"

#include <lua.hpp>

#include <cstdio>
#include <cstdlib>

namespace bc25::recipe {

namespace {

// The registry key that keeps the recipe's coroutine alive.
const char ThreadKey = 0;

// What the base library offers that reaches outside the sandbox (files,
// bytecode, the collector) or writes to the process's stdout.
const char *const RemovedGlobals[] = {"dofile", "loadfile", "load", "collectgarbage", "print"};

int panic(lua_State *L)
{
    // Only reached for an error outside any protected call, which the sandbox never makes.
    std::fprintf(stderr, "bc25: Lua panic: %s\n", lua_tostring(L, -1));
    std::abort();
}

// pcall and xpcall as the base library has them (lbaselib.c, Lua 5.4, MIT),
// except that once the run is stopped they catch nothing: a recipe cannot
// swallow the stop and go on looping.
int finishProtectedCall(lua_State *L, int status, lua_KContext extra)
{
    if (status == LUA_OK || status == LUA_YIELD)
        return lua_gettop(L) - int(extra);
    if (LuaSandbox::of(L)->stopRequested())
        return lua_error(L);
    lua_pushboolean(L, 0);
    lua_pushvalue(L, -2);
    return 2;
}

int protectedCall(lua_State *L)
{
    luaL_checkany(L, 1);
    lua_pushboolean(L, 1);
    lua_insert(L, 1);
    const int status = lua_pcallk(L, lua_gettop(L) - 2, LUA_MULTRET, 0, 0, finishProtectedCall);
    return finishProtectedCall(L, status, 0);
}

int protectedCallWithHandler(lua_State *L)
{
    const int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushboolean(L, 1);
    lua_pushvalue(L, 1);
    lua_rotate(L, 3, 2);
    const int status = lua_pcallk(L, n - 2, LUA_MULTRET, 2, 2, finishProtectedCall);
    return finishProtectedCall(L, status, 2);
}

int tracebackOf(lua_State *L)
{
    lua_State *thread = lua_tothread(L, 1);
    luaL_traceback(L, thread, nullptr, 0);
    return 1;
}

} // namespace

LuaSandbox::LuaSandbox(qint64 memoryLimit)
    : m_memoryLimit(memoryLimit)
{
    m_state = lua_newstate(&LuaSandbox::allocate, this);
    if (!m_state)
        return;
    lua_atpanic(m_state, panic);
    // New threads copy the main thread's extra space: every state finds the sandbox.
    *static_cast<LuaSandbox **>(lua_getextraspace(m_state)) = this;
    lua_pushcfunction(m_state, &LuaSandbox::openLibraries);
    if (lua_pcall(m_state, 0, 1, 0) != LUA_OK) {
        lua_pop(m_state, 1);
        return;
    }
    m_thread = lua_tothread(m_state, -1);
    lua_pop(m_state, 1); // still referenced from the registry
    lua_sethook(m_thread, &LuaSandbox::countHook, LUA_MASKCOUNT, HookInterval);
}

LuaSandbox::~LuaSandbox()
{
    if (m_state)
        lua_close(m_state);
}

LuaSandbox *LuaSandbox::of(lua_State *L)
{
    return *static_cast<LuaSandbox **>(lua_getextraspace(L));
}

void *LuaSandbox::allocate(void *self, void *block, size_t oldSize, size_t newSize)
{
    auto *sandbox = static_cast<LuaSandbox *>(self);
    if (!block)
        oldSize = 0; // then it tells the kind of object, not a size
    if (newSize == 0) {
        std::free(block);
        sandbox->m_memory -= qint64(oldSize);
        return nullptr;
    }
    // Shrinking never fails; growing fails beyond the limit (Lua then raises "not enough memory").
    if (newSize > oldSize && sandbox->m_memory + qint64(newSize - oldSize) > sandbox->m_memoryLimit)
        return nullptr;
    void *moved = std::realloc(block, newSize);
    if (moved)
        sandbox->m_memory += qint64(newSize) - qint64(oldSize);
    return moved;
}

int LuaSandbox::openLibraries(lua_State *L)
{
    // No io, os, package (require), debug or coroutine: a recipe reaches the
    // module through its API only, and waits through it only.
    luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
    lua_pop(L, 1);
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
    lua_pop(L, 1);
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
    lua_pop(L, 1);
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
    lua_pop(L, 1);
    for (const char *name : RemovedGlobals) {
        lua_pushnil(L);
        lua_setglobal(L, name);
    }
    lua_register(L, "pcall", protectedCall);
    lua_register(L, "xpcall", protectedCallWithHandler);
    lua_newthread(L);
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &ThreadKey);
    return 1;
}

void LuaSandbox::countHook(lua_State *L, lua_Debug *)
{
    LuaSandbox *sandbox = of(L);
    sandbox->m_used += HookInterval;
    if (sandbox->m_used > sandbox->m_budget) {
        sandbox->m_budgetExceeded = true;
        sandbox->m_stopRequested = true;
    }
    if (!sandbox->m_stopRequested)
        return;
    // A hook yields by returning after lua_yield; the runner never resumes it.
    if (lua_isyieldable(L)) {
        lua_yield(L, 0);
        return;
    }
    // Inside a C call (a sort comparator, a gsub callback) it cannot yield:
    // an error unwinds to where it can (pcall no longer catches it), and a
    // check at the very next instruction yields there.
    lua_sethook(L, &LuaSandbox::countHook, LUA_MASKCOUNT, 1);
    luaL_error(L, "the recipe was stopped");
}

QString LuaSandbox::load(const QByteArray &text, const QString &chunkName)
{
    if (!m_thread)
        return QStringLiteral("not enough memory");
    m_chunkName = '@' + chunkName.toUtf8();
    // "t": text only; precompiled chunks can crash the interpreter on purpose.
    if (luaL_loadbufferx(m_thread, text.constData(), size_t(text.size()), m_chunkName.constData(), "t") == LUA_OK)
        return {};
    size_t length = 0;
    const char *message = lua_tolstring(m_thread, -1, &length);
    m_error = QString::fromUtf8(message, qsizetype(length));
    lua_pop(m_thread, 1);
    return m_error;
}

LuaSandbox::Status LuaSandbox::resume(int arguments)
{
    m_used = 0;
    int results = 0;
    const int status = lua_resume(m_thread, m_state, arguments, &results);
    if (status == LUA_YIELD || status == LUA_OK) {
        lua_pop(m_thread, results);
        return status == LUA_OK ? Status::Finished : Status::Yielded;
    }
    // Error objects other than strings are shown by type: a __tostring
    // metamethod would be recipe code running outside the coroutine.
    if (lua_type(m_thread, -1) == LUA_TSTRING) {
        size_t length = 0;
        const char *message = lua_tolstring(m_thread, -1, &length);
        m_error = QString::fromUtf8(message, qsizetype(length));
    } else {
        m_error = QStringLiteral("(error object is a %1 value)").arg(QLatin1String(luaL_typename(m_thread, -1)));
    }
    // The coroutine's stack stays as it was at the error: trace it (protected, memory may be short).
    lua_pushcfunction(m_state, tracebackOf);
    lua_rawgetp(m_state, LUA_REGISTRYINDEX, &ThreadKey);
    if (lua_pcall(m_state, 1, 1, 0) == LUA_OK)
        m_traceback = QString::fromUtf8(lua_tostring(m_state, -1));
    lua_pop(m_state, 1);
    return Status::Failed;
}

int LuaSandbox::currentLine() const
{
    return m_thread ? currentLine(m_thread, m_chunkName) : -1;
}

int LuaSandbox::currentLine(lua_State *L, const QByteArray &chunkName)
{
    lua_Debug frame;
    for (int level = 0; lua_getstack(L, level, &frame); ++level) {
        if (lua_getinfo(L, "Sl", &frame) && frame.currentline > 0 && chunkName == frame.source)
            return frame.currentline;
    }
    return -1;
}

} // namespace bc25::recipe
