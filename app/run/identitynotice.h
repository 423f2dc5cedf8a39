// SPDX-License-Identifier: MIT
#pragma once

#include "profile/moduleprofile.h"

namespace bc25 { class ModuleSession; }

namespace bc25::run {

// bc25-run's word on a module that names another model (ATI, AT+CGMR) than
// the one read with: said once on standard error, whether --model chose it or
// it is the default. The run goes on with that model, and the capture's header
// names it (the model actually used); a silent mismatch would read the module's
// lines by the wrong manual. The run does not switch: a recipe half run on one
// model and half on another proves neither (README, bc25-run). On a port and on
// the virtual module alike: the virtual module answers as the model read with
// and passes in silence, unless --sim-option ati=… or revision=… makes it another.
// `used` is the model read with, `chosen` whether --model named it.
void sayWhenTheModuleIsAnother(ModuleSession &session, profile::ProfilePointer used, bool chosen);

} // namespace bc25::run
