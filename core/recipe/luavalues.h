// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"

#include <QByteArray>
#include <QString>

struct lua_State;

namespace bc25 { struct SocketInfo; }

namespace bc25::recipe {

// A URC as a recipe sees it: its kind in the manual's words ("recv",
// "buff full", "closed", "incoming", "RDY", ...) and the socket it is about.
struct UrcEvent
{
    at::ResultLine line;
    QByteArray kind;
    int socket = -1;

    static UrcEvent from(const at::ResultLine &line);
};

// The core's typed records as Lua tables, for the recipe API. Every push
// leaves one value on the stack. Field layouts are documented in
// README.md ("The recipe API").
namespace LuaValues {

// The string (or number) at `index` as bytes, any bytes; empty for another type.
QByteArray bytesAt(lua_State *L, int index);
QString textAt(lua_State *L, int index);

void pushString(lua_State *L, const QString &text);
void pushBytes(lua_State *L, const QByteArray &bytes);
// {name=, text=, fields={...}}: unquoted integers as numbers, the rest as strings.
void pushLine(lua_State *L, const at::ResultLine &line);
// {id=, command=, ok=, status=, final=, lines=, fields=, results=, data=,
//  operation={status=, ok=, lines=, results=, message=, ms=}, error=, errors=,
//  urcs=, ms=, operation_ms=}; `lastError` is AT+QIGETERROR's words after an ERROR.
void pushTransaction(lua_State *L, const at::Transaction &t, const QString &lastError);
// {kind=, id=, name=, text=, fields=, length=, server=, address=, port=}
void pushUrc(lua_State *L, const UrcEvent &urc);
// {id=, in_use=, service=, state=, access_mode=, remote=, remote_port=,
//  local_port=, sent=, acknowledged=, received=, unread=, buffer_full=}
void pushSocket(lua_State *L, const SocketInfo &socket);

} // namespace LuaValues

} // namespace bc25::recipe
