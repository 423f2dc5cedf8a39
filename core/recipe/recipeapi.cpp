// SPDX-License-Identifier: MIT
#include "recipeapi.h"
#include "recipeapicall.h"

#include "at/commandengine.h"
#include "profile/moduleprofile.h"
#include "bc25/commands.h"
#include "bc25/responses.h"
#include "bc25/usableaddress.h"
#include "luasandbox.h"
#include "luavalues.h"
#include "recipeparameters.h"
#include "reciperunner.h"
#include "session/modulesession.h"
#include "transactioncheck.h"

#include <lua.hpp>

#include <QDateTime>

#include <algorithm>

namespace bc25::recipe {

using LuaValues::bytesAt;
using LuaValues::textAt;

bool RecipeApi::install(LuaSandbox &sandbox)
{
    lua_State *L = sandbox.state();
    lua_pushcfunction(L, registerAll);
    if (lua_pcall(L, 0, 0, 0) == LUA_OK)
        return true;
    lua_pop(L, 1);
    return false;
}

int RecipeApi::registerAll(lua_State *L)
{
    const luaL_Reg globals[] = {
        {"at", call<at>}, {"expect", call<expect>}, {"check", call<check>}, {"fail", call<fail>},
        {"step", call<step>}, {"param", call<param>}, {"log", call<log>}, {"print", call<print>},
        {"sleep", call<sleep>}, {"wait_urc", call<waitUrc>}, {"utc", call<utc>},
        {"elapsed_ms", call<elapsedMs>}, {"parse_time", call<parseTime>}, {"usable_address", call<usableAddress>},
        {"model", call<model>}, {nullptr, nullptr},
    };
    lua_pushglobaltable(L);
    luaL_setfuncs(L, globals, 0);
    const luaL_Reg socket[] = {
        {"send", call<socketSend>}, {"receive", call<socketReceive>}, {"available", call<socketAvailable>},
        {"info", call<socketInfo>}, {"free", call<socketFree>}, {nullptr, nullptr},
    };
    luaL_newlib(L, socket);
    lua_setfield(L, -2, "socket");
    registerNetwork(L);
    return 0;
}

RecipeApi::Result RecipeApi::wait(lua_State *L)
{
    // A wait inside a sort comparator or a gsub callback cannot yield: say so before starting it.
    if (!lua_isyieldable(L))
        return raise(tr("cannot wait here: a recipe waits in its own code, not inside a callback of table.sort or string.gsub"));
    return {End::Wait, 0, {}};
}

QString RecipeApi::message(lua_State *L, int first)
{
    const int top = lua_gettop(L);
    if (first > top || lua_isnil(L, first))
        return tr("(no message)");
    luaL_checkstack(L, top - first + 2, "too many arguments");
    // Every argument becomes a string first: __tostring may raise, and nothing of C++ is alive yet.
    for (int i = first; i <= top; ++i)
        luaL_tolstring(L, i, nullptr);
    QStringList values;
    for (int i = top + 2; i <= 2 * top - first + 1; ++i)
        values << textAt(L, i);
    const QString text = Recipe::filledIn(Recipe::translated(textAt(L, top + 1)), values);
    lua_settop(L, top);
    return text;
}

RecipeApi::Result RecipeApi::at(lua_State *L, RecipeRunner &runner)
{
    luaL_checkstring(L, 1);
    if (const Result cannot = wait(L); cannot.end == End::Raise)
        return cannot;
    const QByteArray text = bytesAt(L, 1);
    // Through the catalog, as the terminal: refused with the manual's range before anything is written.
    BuildResult built = Commands::fromText(runner.session()->engine()->profile().catalog(), text);
    if (built.command.dataPhase != at::AtCommand::DataPhase::None)
        return raise(tr("%1 waits for data after the prompt: send data with socket.send(id, data).")
                             .arg(QString::fromLatin1(text)));
    if (!built.ok())
        return raise(built.error);
    // A command another model has and this one lacks (AT+QNTTP on the BG96, AT+QIACT on
    // the BC25) is refused with the catalog's words, as the terminal says them; a
    // command no model's manual has goes out as typed.
    const CommandCatalog &catalog = runner.session()->engine()->profile().catalog();
    if (const ParsedCommand parsed = catalog.parse(text); !parsed.spec) {
        const QList<QByteArray> models = profile::ModuleProfile::ids();
        if (std::any_of(models.cbegin(), models.cend(),
                        [&text](const QByteArray &id) { return profile::ModuleProfile::byId(id)->catalog().parse(text).spec; }))
            return raise(CommandCatalog::validate(parsed));
    }
    built.command.source = at::Source::Recipe;
    runner.ensureStep();
    runner.inbox().submit(std::move(built));
    return wait(L);
}

RecipeApi::Result RecipeApi::expect(lua_State *L, RecipeRunner &runner)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (!lua_isnoneornil(L, 2))
        luaL_checkstring(L, 2);
    const int top = lua_gettop(L);
    luaL_checkstack(L, top + 2, "too many arguments");
    for (int i = 3; i <= top; ++i) {
        if (lua_isnil(L, i))
            lua_pushnil(L);
        else
            luaL_tolstring(L, i, nullptr);
    }
    lua_getfield(L, 1, "id");
    const auto id = quint64(lua_tointeger(L, -1));
    lua_pop(L, 1);
    const at::Transaction *t = runner.transaction(id);
    if (!t)
        return raise(tr("expect() takes a transaction that at() returned"));
    QList<QByteArray> expected;
    for (int i = top + 1; i <= lua_gettop(L); ++i)
        expected << (lua_isnil(L, i) ? QByteArray() : bytesAt(L, i));
    lua_settop(L, top);
    const TransactionCheck::Outcome outcome = TransactionCheck::expect(*t, bytesAt(L, 2), expected, runner.lastErrorOf(id));
    if (!outcome.failure.isEmpty()) {
        runner.fail(StepResult::Status::Failed, QStringLiteral("expect"), outcome.failure, *t);
        return stop();
    }
    runner.countCheck();
    if (outcome.line)
        LuaValues::pushLine(L, *outcome.line);
    else
        lua_pushvalue(L, 1);
    return values(1);
}

RecipeApi::Result RecipeApi::check(lua_State *L, RecipeRunner &runner)
{
    luaL_checkany(L, 1);
    const bool passed = lua_toboolean(L, 1);
    const QString text = message(L, 2);
    if (!passed) {
        runner.fail(StepResult::Status::Failed, QStringLiteral("check"), tr("Check failed: %1").arg(text));
        return stop();
    }
    runner.countCheck();
    // The message says what is wrong when the check fails ("RSSI too low"):
    // quoted under "passed" it would read the wrong way round.
    runner.note(tr("Check at line %1 passed.").arg(runner.currentLine()));
    return values(0);
}

RecipeApi::Result RecipeApi::fail(lua_State *L, RecipeRunner &runner)
{
    runner.fail(StepResult::Status::Failed, QStringLiteral("fail"), message(L, 1));
    return stop();
}

RecipeApi::Result RecipeApi::step(lua_State *L, RecipeRunner &runner)
{
    luaL_checkstring(L, 1);
    runner.beginStep(Recipe::translated(textAt(L, 1)));
    return values(0);
}

RecipeApi::Result RecipeApi::param(lua_State *L, RecipeRunner &runner)
{
    luaL_checkstring(L, 1);
    const int type = lua_type(L, 2);
    if (type != LUA_TNONE && type != LUA_TNIL && type != LUA_TNUMBER && type != LUA_TSTRING && type != LUA_TBOOLEAN)
        luaL_typeerror(L, 2, "number, string or boolean");
    // param(name, default, "integer"): the value's type said outright, so that a
    // parameter without a default is not a string where a number was meant.
    std::optional<ParameterType> declared;
    if (!lua_isnoneornil(L, 3)) {
        declared = RecipeParameters::typeNamed(QString::fromLatin1(luaL_checkstring(L, 3)));
        if (!declared)
            luaL_argerror(L, 3, "\"number\", \"integer\", \"string\", \"boolean\" or \"port\"");
    }
    if (type == LUA_TNUMBER)
        luaL_tolstring(L, 2, nullptr);
    const QString name = textAt(L, 1);
    const QString fallback = type == LUA_TNUMBER ? textAt(L, -1)
            : type == LUA_TSTRING                ? textAt(L, 2)
            : type == LUA_TBOOLEAN               ? QString::fromLatin1(lua_toboolean(L, 2) ? "true" : "false")
                                                 : QString();
    lua_settop(L, 3);
    const ParameterType wanted = declared ? *declared
            : type == LUA_TNUMBER         ? ParameterType::Number
            : type == LUA_TBOOLEAN        ? ParameterType::Boolean
                                          : ParameterType::String;
    bool found = false;
    const QString value = runner.parameter(name, fallback, &found);
    if (!found && fallback.isNull())
        return raise(tr("the recipe needs the parameter \"%1\": give it as %1=VALUE (bc25-run --param %1=VALUE)").arg(name));
    if (const QString why = RecipeParameters::conversionError(name, wanted, value); !why.isEmpty())
        return raise(why);
    const QByteArray bytes = value.trimmed().toUtf8();
    switch (wanted) {
    case ParameterType::Number:
        if (lua_stringtonumber(L, bytes.constData()) == 0)
            return raise(tr("the parameter \"%1\" must be a number; got \"%2\"").arg(name, value));
        break;
    case ParameterType::Integer:
    case ParameterType::Port: {
        // Lua's reading, so that 0x10 is 16, as the recipe itself would write it.
        lua_Integer n = 0;
        const bool read = lua_stringtonumber(L, bytes.constData()) != 0;
        const bool integral = read && lua_isinteger(L, -1);
        if (integral)
            n = lua_tointeger(L, -1);
        if (read)
            lua_pop(L, 1);
        if (!integral)
            return raise(tr("the parameter \"%1\" must be an integer; got \"%2\"").arg(name, value));
        lua_pushinteger(L, n);
        break;
    }
    case ParameterType::Boolean:
        lua_pushboolean(L, RecipeParameters::booleanOf(value).value_or(false));
        break;
    case ParameterType::String:
        LuaValues::pushBytes(L, value.toUtf8());
        break;
    }
    return values(1);
}

RecipeApi::Result RecipeApi::log(lua_State *L, RecipeRunner &runner)
{
    runner.note(message(L, 1));
    return values(0);
}

RecipeApi::Result RecipeApi::print(lua_State *L, RecipeRunner &runner)
{
    const int top = lua_gettop(L);
    luaL_checkstack(L, top + 2, "too many arguments");
    for (int i = 1; i <= top; ++i)
        luaL_tolstring(L, i, nullptr);
    QStringList parts;
    for (int i = top + 1; i <= 2 * top; ++i)
        parts << textAt(L, i);
    lua_settop(L, top);
    runner.note(parts.join(QLatin1Char('\t')));
    return values(0);
}

RecipeApi::Result RecipeApi::sleep(lua_State *L, RecipeRunner &runner)
{
    const lua_Integer ms = luaL_checkinteger(L, 1);
    luaL_argcheck(L, ms >= 0 && ms <= 3600000, 1, "milliseconds in 0-3600000");
    if (const Result cannot = wait(L); cannot.end == End::Raise)
        return cannot;
    runner.inbox().sleep(int(ms));
    return wait(L);
}

RecipeApi::Result RecipeApi::waitUrc(lua_State *L, RecipeRunner &runner)
{
    luaL_checkstring(L, 1);
    const lua_Integer socket = luaL_optinteger(L, 2, -1);
    const lua_Integer timeout = luaL_optinteger(L, 3, RecipeRunner::DefaultWaitMs);
    luaL_argcheck(L, timeout >= 0 && timeout <= 3600000, 3, "milliseconds in 0-3600000");
    const QByteArray kind = bytesAt(L, 1);
    if (std::optional<UrcEvent> urc = runner.inbox().takeUrc(kind, int(socket))) {
        LuaValues::pushUrc(L, *urc);
        return values(1);
    }
    if (const Result cannot = wait(L); cannot.end == End::Raise)
        return cannot;
    runner.ensureStep();
    runner.inbox().waitForUrc(kind, int(socket), int(timeout));
    return wait(L);
}

RecipeApi::Result RecipeApi::utc(lua_State *L, RecipeRunner &)
{
    lua_pushnumber(L, double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
    return values(1);
}

RecipeApi::Result RecipeApi::model(lua_State *L, RecipeRunner &runner)
{
    // The model the session reads the module as: a recipe takes its context
    // (0 on the BC660K) and its sockets from here, never a hard-coded 1.
    const profile::ModuleProfile &profile = runner.session()->engine()->profile();
    lua_createtable(L, 0, 5);
    lua_pushlstring(L, profile.id().constData(), size_t(profile.id().size()));
    lua_setfield(L, -2, "id");
    const QByteArray name = profile.name().toUtf8();
    lua_pushlstring(L, name.constData(), size_t(name.size()));
    lua_setfield(L, -2, "name");
    lua_pushinteger(L, profile.defaultContext());
    lua_setfield(L, -2, "context");
    lua_pushinteger(L, profile.socketCount());
    lua_setfield(L, -2, "sockets");
    lua_pushboolean(L, profile.answers().activatesContexts);
    lua_setfield(L, -2, "activates_contexts");
    return values(1);
}

RecipeApi::Result RecipeApi::elapsedMs(lua_State *L, RecipeRunner &runner)
{
    lua_pushinteger(L, lua_Integer(runner.elapsedMs()));
    return values(1);
}

RecipeApi::Result RecipeApi::parseTime(lua_State *L, RecipeRunner &)
{
    luaL_checkstring(L, 1);
    const QDateTime time = NtpTime::parseModuleTime(textAt(L, 1));
    if (time.isValid())
        lua_pushnumber(L, double(time.toMSecsSinceEpoch()) / 1000.0);
    else
        lua_pushnil(L);
    return values(1);
}

// The health check's rule (UsableAddress), so that a recipe and the check judge
// one address alike (adversary pass 10 F5: 0.0.0.0 passed 02_network_attach):
// a context's own address, or with `host` the address of that host.
RecipeApi::Result RecipeApi::usableAddress(lua_State *L, RecipeRunner &)
{
    luaL_checkstring(L, 1);
    UsableAddress::Use use = UsableAddress::Use::Context;
    if (!lua_isnoneornil(L, 2)) {
        luaL_checkstring(L, 2);
        use = UsableAddress::isLoopbackHost(textAt(L, 2)) ? UsableAddress::Use::LoopbackHost : UsableAddress::Use::Host;
    }
    const QString why = UsableAddress::whyNot(textAt(L, 1), use);
    lua_pushboolean(L, why.isEmpty());
    if (why.isEmpty())
        return values(1);
    LuaValues::pushBytes(L, why.toUtf8());
    return values(2);
}

} // namespace bc25::recipe
