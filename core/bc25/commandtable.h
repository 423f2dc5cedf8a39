// SPDX-License-Identifier: MIT
#pragma once

#include "commandcatalog.h"

namespace bc25::catalog {

// The catalog's table, built once by CommandCatalog::commands() (commandtable.cpp).
QList<CommandSpec> buildCommandTable();
// "<name> problem": how every refusal names its parameter.
QString badParameter(const char *name, const QString &problem);

} // namespace bc25::catalog
