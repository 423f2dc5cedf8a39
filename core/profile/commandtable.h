// SPDX-License-Identifier: MIT
#pragma once

#include "bc25/commandcatalog.h"
#include "moduleprofile.h"

namespace bc25::catalog {

// The BC25's command table with a model's limits (its socket, context and
// length ranges): ModuleProfile::bc25Commands() builds it (commandtable.cpp).
QList<CommandSpec> buildCommandTable(const profile::ModuleLimits &limits);
// "<name> problem": how every refusal names its parameter.
QString badParameter(const char *name, const QString &problem);

} // namespace bc25::catalog
