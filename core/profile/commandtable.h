// SPDX-License-Identifier: MIT
#pragma once

#include "bc25/commandcatalog.h"
#include "moduleprofile.h"

namespace bc25::catalog {

// The BC25's command table with a model's limits (its socket, context and
// length ranges): ModuleProfile::bc25Commands() builds it (commandtable.cpp).
QList<CommandSpec> buildCommandTable(const profile::ModuleLimits &limits);
// A parameter of the manual's kinds: a number in min-max, a quoted string of
// minLength-maxLength characters. Every model's table is written with them.
ParameterSpec integer(const char *name, qint64 min, qint64 max, bool optional = false);
ParameterSpec text(const char *name, qint64 minLength, qint64 maxLength, bool optional = false);
// "<name> problem": how every refusal names its parameter.
QString badParameter(const char *name, const QString &problem);

} // namespace bc25::catalog
