// SPDX-License-Identifier: MIT
#include "luavalues.h"

#include "bc25/responses.h"
#include "session/sockettable.h"

#include <lua.hpp>

#include <algorithm>

namespace bc25::recipe {

UrcEvent UrcEvent::from(const at::ResultLine &line)
{
    UrcEvent event;
    event.line = line;
    event.kind = line.name;
    const std::optional<Urc> urc = Urc::parse(line);
    if (!urc)
        return event; // RDY, POWERED DOWN, an unowned +QIOPEN: known by name
    event.socket = urc->connectId;
    switch (urc->type) {
    case Urc::Type::BufferFull: event.kind = "buff full"; break;  // manual 2.2.3
    case Urc::Type::PdpDeactivated: event.socket = -1; [[fallthrough]];
    default: event.kind = line.field(0).text; break;              // "recv", "closed", ... (manual 2.2)
    }
    return event;
}

namespace LuaValues {

namespace {

void setString(lua_State *L, const char *key, const QString &text)
{
    pushString(L, text);
    lua_setfield(L, -2, key);
}

void setBytes(lua_State *L, const char *key, const QByteArray &bytes)
{
    pushBytes(L, bytes);
    lua_setfield(L, -2, key);
}

void setInteger(lua_State *L, const char *key, qint64 value)
{
    lua_pushinteger(L, lua_Integer(value));
    lua_setfield(L, -2, key);
}

void setBoolean(lua_State *L, const char *key, bool value)
{
    lua_pushboolean(L, value);
    lua_setfield(L, -2, key);
}

void pushFields(lua_State *L, const at::ResultLine &line)
{
    const QList<at::Field> &fields = line.fields();
    lua_createtable(L, int(fields.size()), 0);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const at::Field &field = fields.at(i);
        if (!field.quoted && field.isInteger())
            lua_pushinteger(L, lua_Integer(field.toInteger()));
        else
            pushBytes(L, field.text);
        lua_rawseti(L, -2, lua_Integer(i + 1));
    }
}

// Texts of the non-final lines, and the same lines as tables.
void setLines(lua_State *L, const QList<at::ResultLine> &lines)
{
    lua_newtable(L);
    lua_Integer n = 0;
    for (const at::ResultLine &line : lines) {
        if (line.isFinal())
            continue;
        pushBytes(L, line.text);
        lua_rawseti(L, -2, ++n);
    }
    lua_setfield(L, -2, "lines");
    lua_newtable(L);
    n = 0;
    for (const at::ResultLine &line : lines) {
        if (line.isFinal())
            continue;
        pushLine(L, line);
        lua_rawseti(L, -2, ++n);
    }
    lua_setfield(L, -2, "results");
}

} // namespace

QByteArray bytesAt(lua_State *L, int index)
{
    size_t length = 0;
    const char *text = lua_tolstring(L, index, &length);
    return text ? QByteArray(text, qsizetype(length)) : QByteArray();
}

QString textAt(lua_State *L, int index)
{
    return QString::fromUtf8(bytesAt(L, index));
}

void pushString(lua_State *L, const QString &text)
{
    pushBytes(L, text.toUtf8());
}

void pushBytes(lua_State *L, const QByteArray &bytes)
{
    lua_pushlstring(L, bytes.constData(), size_t(bytes.size()));
}

void pushLine(lua_State *L, const at::ResultLine &line)
{
    lua_createtable(L, 0, 3);
    setBytes(L, "name", line.name);
    setBytes(L, "text", line.text);
    pushFields(L, line);
    lua_setfield(L, -2, "fields");
}

void pushTransaction(lua_State *L, const at::Transaction &t, const QString &lastError)
{
    lua_createtable(L, 0, 16);
    setInteger(L, "id", qint64(t.id));
    setBytes(L, "command", t.command);
    setBoolean(L, "ok", t.ok() && (t.operation.status == at::OperationResult::Status::None || t.operation.ok()));
    setString(L, "status", QString::fromLatin1(at::Transaction::statusName(t.status)));
    for (const at::ResultLine &line : t.lines) {
        if (line.isFinal())
            setBytes(L, "final", line.text);
    }
    setLines(L, t.lines);
    // The first answer's fields, the common case: +CSQ: 22,0 -> {22, 0}.
    const auto first = std::find_if(t.lines.cbegin(), t.lines.cend(),
                                    [](const at::ResultLine &line) { return line.prefixed && !line.isFinal(); });
    if (first != t.lines.cend())
        pushFields(L, *first);
    else
        lua_newtable(L);
    lua_setfield(L, -2, "fields");
    setBytes(L, "data", t.data);
    if (t.operation.status != at::OperationResult::Status::None) {
        lua_createtable(L, 0, 6);
        setString(L, "status", QString::fromLatin1(at::Transaction::operationStatusName(t.operation.status)));
        setBoolean(L, "ok", t.operation.ok());
        setLines(L, t.operation.lines);
        setString(L, "message", t.operation.message);
        setInteger(L, "ms", t.operationLatencyMs());
        lua_setfield(L, -2, "operation");
    }
    QStringList errors = t.errors;
    if (!lastError.isEmpty())
        errors << lastError;
    if (!errors.isEmpty())
        setString(L, "error", errors.constLast());
    lua_createtable(L, int(errors.size()), 0);
    for (qsizetype i = 0; i < errors.size(); ++i) {
        pushString(L, errors.at(i));
        lua_rawseti(L, -2, lua_Integer(i + 1));
    }
    lua_setfield(L, -2, "errors");
    lua_createtable(L, int(t.urcs.size()), 0);
    for (qsizetype i = 0; i < t.urcs.size(); ++i) {
        pushBytes(L, t.urcs.at(i).text);
        lua_rawseti(L, -2, lua_Integer(i + 1));
    }
    lua_setfield(L, -2, "urcs");
    setInteger(L, "ms", t.latencyMs());
    setInteger(L, "operation_ms", t.operationLatencyMs());
}

void pushUrc(lua_State *L, const UrcEvent &urc)
{
    pushLine(L, urc.line);
    setBytes(L, "kind", urc.kind);
    setInteger(L, "id", urc.socket);
    if (const std::optional<Urc> typed = Urc::parse(urc.line)) {
        setInteger(L, "length", typed->length);
        setInteger(L, "server", typed->serverId);
        setString(L, "address", typed->remoteAddress);
        setInteger(L, "port", typed->remotePort);
    }
}

void pushSocket(lua_State *L, const SocketInfo &s)
{
    lua_createtable(L, 0, 14);
    setInteger(L, "id", s.connectId);
    setBoolean(L, "in_use", s.inUse);
    setBytes(L, "service", s.service);
    setInteger(L, "state", int(s.state));
    setString(L, "access_mode", s.accessMode == AccessMode::DirectPush ? QStringLiteral("push") : QStringLiteral("buffer"));
    setString(L, "remote", s.remoteAddress);
    setInteger(L, "remote_port", s.remotePort);
    setInteger(L, "local_port", s.localPort);
    setInteger(L, "sent", s.bytesSent);
    setInteger(L, "acknowledged", s.bytesAcknowledged);
    setInteger(L, "received", s.bytesReceived);
    setInteger(L, "unread", s.bytesUnread);
    setBoolean(L, "buffer_full", s.bufferFull);
}

} // namespace LuaValues

} // namespace bc25::recipe
