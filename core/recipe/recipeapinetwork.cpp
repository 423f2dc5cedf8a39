// SPDX-License-Identifier: MIT
// The recipe API's model-neutral network calls: context.ensure, dns.lookup
// and ntp.sync (README.md, "The recipe API"). Each builds the model's own
// command from the catalog (AT+QNTTP on the BC25, AT+QNTP on the BG96) and
// reads its answer in the model's form (+QIURC: "dnsgip" or +QIDNSGIP:), so
// one recipe runs on every model whose manual has what it checks.
#include "recipeapicall.h"

#include "at/commandengine.h"
#include "bc25/commands.h"
#include "bc25/responses.h"
#include "luavalues.h"
#include "profile/moduleprofile.h"
#include "session/modulesession.h"
#include "transactioncheck.h"

namespace bc25::recipe {

using LuaValues::textAt;

namespace {

// The context argument at `index`, the model's first when left out; a Lua error
// naming the model's range for one outside it ("a contextID in 1-3" on the BC25).
lua_Integer contextAt(lua_State *L, int index, const profile::ModuleLimits &limits)
{
    const lua_Integer contextId = luaL_optinteger(L, index, limits.firstContext);
    if (contextId < limits.firstContext || contextId > limits.lastContext)
        luaL_argerror(L, index, lua_pushfstring(L, "a contextID in %d-%d", limits.firstContext, limits.lastContext));
    return contextId;
}

} // namespace

void RecipeApi::registerNetwork(lua_State *L)
{
    const luaL_Reg context[] = {{"ensure", call<contextEnsure>}, {nullptr, nullptr}};
    luaL_newlib(L, context);
    lua_setfield(L, -2, "context");
    const luaL_Reg dns[] = {{"lookup", call<dnsLookup>}, {nullptr, nullptr}};
    luaL_newlib(L, dns);
    lua_setfield(L, -2, "dns");
    const luaL_Reg ntp[] = {{"sync", call<ntpSync>}, {nullptr, nullptr}};
    luaL_newlib(L, ntp);
    lua_setfield(L, -2, "ntp");
}

const at::Transaction *RecipeApi::succeededOnTop(lua_State *L, RecipeRunner &runner)
{
    lua_getfield(L, -1, "id");
    const auto id = quint64(lua_tointeger(L, -1));
    lua_pop(L, 1);
    const at::Transaction *t = runner.transaction(id);
    if (!t) {
        runner.fail(StepResult::Status::Failed, QStringLiteral("expect"), tr("The command's answer was not kept."));
        return nullptr;
    }
    const TransactionCheck::Outcome outcome = TransactionCheck::expect(*t, {}, {}, runner.lastErrorOf(id));
    if (!outcome.failure.isEmpty()) {
        runner.fail(StepResult::Status::Failed, QStringLiteral("expect"), outcome.failure, *t);
        return nullptr;
    }
    return t;
}

// The BG96 TCP/IP AN, 2.2.12 (and the EC200U's and BG95's alike): "the host
// should activate the context via AT+QIACT first". As the health check does
// (HealthPlan): AT+QIACT? and AT+QIACT=<cid> only when the module does not
// list the context as active; a model whose context is up once attached
// (the BC25, the BC660K) is sent nothing.
RecipeApi::Result RecipeApi::contextEnsure(lua_State *L, RecipeRunner &runner)
{
    const profile::ModuleProfile &profile = runner.session()->engine()->profile();
    const lua_Integer contextId = contextAt(L, 1, profile.limits());
    if (!profile.answers().activatesContexts) {
        lua_pushinteger(L, contextId);
        return values(1);
    }
    if (const Result cannot = wait(L); cannot.end == End::Raise)
        return cannot;
    BuildResult built = Commands::activeContexts(profile.catalog());
    built.command.source = at::Source::Recipe;
    runner.ensureStep();
    runner.inbox().submit(std::move(built));
    return waitThen<contextQueried>(L, lua_KContext(contextId));
}

RecipeApi::Result RecipeApi::contextQueried(lua_State *L, RecipeRunner &runner, lua_KContext contextId)
{
    const at::Transaction *query = succeededOnTop(L, runner);
    if (!query)
        return stop();
    runner.countCheck();
    const CommandCatalog &catalog = runner.session()->engine()->profile().catalog();
    if (bc25::contextActivated(*query, contextId, catalog)) {
        lua_pushinteger(L, lua_Integer(contextId));
        return values(1);
    }
    BuildResult built = Commands::activateContext(catalog, int(contextId));
    built.command.source = at::Source::Recipe;
    runner.inbox().submit(std::move(built));
    return waitThen<contextActivated>(L, contextId);
}

RecipeApi::Result RecipeApi::contextActivated(lua_State *L, RecipeRunner &runner, lua_KContext contextId)
{
    if (!succeededOnTop(L, runner))
        return stop();
    runner.countCheck();
    lua_pushinteger(L, lua_Integer(contextId));
    return values(1);
}

RecipeApi::Result RecipeApi::dnsLookup(lua_State *L, RecipeRunner &runner)
{
    luaL_checkstring(L, 1);
    const lua_Integer contextId = contextAt(L, 2, runner.session()->engine()->profile().limits());
    if (const Result cannot = wait(L); cannot.end == End::Raise)
        return cannot;
    BuildResult built = Commands::lookUpHost(runner.session()->engine()->profile().catalog(), int(contextId), textAt(L, 1));
    if (!built.ok())
        return raise(built.error);
    built.command.source = at::Source::Recipe;
    runner.ensureStep();
    runner.inbox().submit(std::move(built));
    return waitThen<dnsLookedUp>(L, 0);
}

RecipeApi::Result RecipeApi::dnsLookedUp(lua_State *L, RecipeRunner &runner, lua_KContext)
{
    const at::Transaction *t = succeededOnTop(L, runner);
    if (!t)
        return stop();
    runner.countCheck();
    // The model's form, whichever it is: +QIURC: "dnsgip" lines (BC25, BG96) or +QIDNSGIP: lines (BC660K).
    const DnsResult found = DnsResult::fromLines(t->lines + t->operation.lines);
    lua_createtable(L, 0, 3);
    lua_pushinteger(L, found.error);
    lua_setfield(L, -2, "error");
    lua_pushinteger(L, found.ttl);
    lua_setfield(L, -2, "ttl");
    lua_createtable(L, int(found.addresses.size()), 0);
    for (qsizetype i = 0; i < found.addresses.size(); ++i) {
        LuaValues::pushBytes(L, found.addresses.at(i).toUtf8());
        lua_rawseti(L, -2, lua_Integer(i + 1));
    }
    lua_setfield(L, -2, "addresses");
    lua_insert(L, -2); // the answer, then the transaction
    return values(2);
}

RecipeApi::Result RecipeApi::ntpSync(lua_State *L, RecipeRunner &runner)
{
    luaL_checkstring(L, 1);
    const lua_Integer port = luaL_optinteger(L, 2, 123);
    const lua_Integer contextId = contextAt(L, 3, runner.session()->engine()->profile().limits());
    if (const Result cannot = wait(L); cannot.end == End::Raise)
        return cannot;
    // Checked by the catalog: a port out of 1-65535 is refused with the manual's range.
    BuildResult built = Commands::synchronizeTime(runner.session()->engine()->profile().catalog(), int(contextId), textAt(L, 1), int(port));
    if (!built.ok())
        return raise(built.error);
    built.command.source = at::Source::Recipe;
    runner.ensureStep();
    runner.inbox().submit(std::move(built));
    return waitThen<ntpSynced>(L, 0);
}

RecipeApi::Result RecipeApi::ntpSynced(lua_State *L, RecipeRunner &runner, lua_KContext)
{
    const at::Transaction *t = succeededOnTop(L, runner);
    if (!t)
        return stop();
    runner.countCheck();
    // +QNTTP: <err>,"<time>" on the BC25, +QNTP: <err>,"<time>" on the others: NtpTime reads both.
    std::optional<NtpTime> time;
    for (const at::ResultLine &line : t->lines + t->operation.lines) {
        if (auto parsed = NtpTime::parse(line))
            time = parsed;
    }
    if (!time) {
        runner.fail(StepResult::Status::Failed, QStringLiteral("expect"),
                    tr("%1 gave no time.").arg(QString::fromLatin1(t->command)), *t);
        return stop();
    }
    lua_createtable(L, 0, 3);
    lua_pushinteger(L, time->error);
    lua_setfield(L, -2, "error");
    LuaValues::pushBytes(L, time->text.toUtf8());
    lua_setfield(L, -2, "text");
    if (time->utc.isValid())
        lua_pushnumber(L, double(time->utc.toMSecsSinceEpoch()) / 1000.0);
    else
        lua_pushnil(L);
    lua_setfield(L, -2, "utc");
    lua_insert(L, -2); // the answer, then the transaction
    return values(2);
}

} // namespace bc25::recipe
