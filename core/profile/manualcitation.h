// SPDX-License-Identifier: MIT
#pragma once

// The quick reference's Manual cell of one of a model's commands: the section
// of the model's own manual it is cited from (CommandCatalog::citedSection),
// or words saying that the model's manual was not read there ("BG96 manual:
// section not read"), never an empty cell that reads as a command without
// one. F1's command table (ReferenceTables) shows it.

#include "bc25/commandcatalog.h"
#include "moduleprofile.h"

#include <QString>

namespace bc25::profile {

QString manualCell(const ModuleProfile &profile, const CommandSpec &spec);

} // namespace bc25::profile
