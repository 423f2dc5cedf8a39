// SPDX-License-Identifier: MIT
// The recipe API's socket table: socket.send, receive, available, info and
// free, each on the session's sockets (README.md, "The recipe API").
#include "recipeapi.h"

#include "luavalues.h"
#include "reciperunner.h"
#include "session/modulesession.h"

#include <lua.hpp>

namespace bc25::recipe {

using LuaValues::bytesAt;

namespace {

// luaL_argcheck for a <connectID> of the session's model: "a connectID in 0-5" on the BC25.
void checkSocket(lua_State *L, lua_Integer socket, int sockets)
{
    if (socket < 0 || socket >= sockets)
        luaL_argerror(L, 1, lua_pushfstring(L, "a connectID in 0-%d", sockets - 1));
}

// A <socket_state> in the manual's words (manual 2.1.3, AT+QISTATE).
const char *stateWord(SocketState state)
{
    switch (state) {
    case SocketState::Idle: return "idle";
    case SocketState::Connecting: return "connecting";
    case SocketState::Connected: return "connected";
    case SocketState::Closing: return "closing";
    case SocketState::RemoteClosing: return "remote closing";
    case SocketState::Closed: return "closed";
    }
    return "idle";
}

} // namespace

RecipeApi::Result RecipeApi::socketSend(lua_State *L, RecipeRunner &runner)
{
    const lua_Integer socket = luaL_checkinteger(L, 1);
    luaL_checkstring(L, 2);
    const bool hex = lua_toboolean(L, 3);
    checkSocket(L, socket, runner.session()->sockets()->socketCount());
    // As the console refuses it: a socket the table does not know open carries
    // nothing, and the module's ERROR (567) would only blame a peer that never was
    // (new-user pass 9, zh_CN F13). The recipe's own at("AT+QIOPEN=…") opens it in the table.
    if (const SocketInfo &s = runner.session()->socket(int(socket)); !s.inUse)
        return raise(tr("socket %1 is not open (its state: %2): nothing was written. Open it first, with "
                        "at(\"AT+QIOPEN=…\") in the recipe or Open… in the Sockets panel.")
                             .arg(socket).arg(QLatin1String(stateWord(s.state))));
    if (const Result cannot = wait(L); cannot.end == End::Raise)
        return cannot;
    QString refusal;
    runner.ensureStep();
    runner.inbox().send(int(socket), bytesAt(L, 2), hex, &refusal);
    return refusal.isEmpty() ? wait(L) : raise(refusal);
}

RecipeApi::Result RecipeApi::socketReceive(lua_State *L, RecipeRunner &runner)
{
    const lua_Integer socket = luaL_checkinteger(L, 1);
    checkSocket(L, socket, runner.session()->sockets()->socketCount());
    const lua_Integer bytes = luaL_optinteger(L, 2, -1);
    const lua_Integer timeout = luaL_optinteger(L, 3, RecipeRunner::DefaultWaitMs);
    luaL_argcheck(L, timeout >= 0 && timeout <= 3600000, 3, "milliseconds in 0-3600000");
    if (runner.inbox().available(int(socket)) >= qMax<lua_Integer>(bytes, 1)) {
        LuaValues::pushBytes(L, runner.inbox().takeData(int(socket), bytes));
        return values(1);
    }
    if (const Result cannot = wait(L); cannot.end == End::Raise)
        return cannot;
    runner.ensureStep();
    runner.inbox().waitForData(int(socket), bytes, int(timeout));
    return wait(L);
}

RecipeApi::Result RecipeApi::socketAvailable(lua_State *L, RecipeRunner &runner)
{
    const lua_Integer socket = luaL_checkinteger(L, 1);
    lua_pushinteger(L, lua_Integer(runner.inbox().available(int(socket))));
    return values(1);
}

RecipeApi::Result RecipeApi::socketInfo(lua_State *L, RecipeRunner &runner)
{
    const lua_Integer socket = luaL_checkinteger(L, 1);
    checkSocket(L, socket, runner.session()->sockets()->socketCount());
    LuaValues::pushSocket(L, runner.session()->socket(int(socket)));
    return values(1);
}

// The lowest connectIDs no one holds (the user's Open, the terminal, another
// recipe): a recipe never takes a socket that is open, whatever its number.
RecipeApi::Result RecipeApi::socketFree(lua_State *L, RecipeRunner &runner)
{
    const SocketTable &table = *runner.session()->sockets();
    const lua_Integer wanted = luaL_optinteger(L, 1, 1);
    luaL_argcheck(L, wanted >= 1 && wanted <= table.socketCount(), 1,
                  lua_pushfstring(L, "a count in 1-%d", table.socketCount()));
    QList<int> free;
    QStringList held;
    for (int id = 0; id < table.socketCount(); ++id) {
        if (table.socket(id).inUse)
            held << QString::number(id);
        else if (free.size() < wanted)
            free << id;
    }
    if (free.size() < wanted)
        return raise(tr("not enough free sockets: %1 wanted, %2 free (in use: %3)")
                             .arg(wanted).arg(free.size()).arg(held.join(QStringLiteral(", "))));
    // At most a model's sockets (12): within the LUA_MINSTACK slots a C function has.
    for (const int id : std::as_const(free))
        lua_pushinteger(L, id);
    return values(int(wanted));
}

} // namespace bc25::recipe
