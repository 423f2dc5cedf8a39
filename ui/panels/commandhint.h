// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace bc25 {
struct CommandSpec;
namespace profile { class ModuleProfile; }
} // namespace bc25

namespace bc25::ui {

// The terminal's syntax line for the command being typed, and its tooltip.
// The line says first what only it says, each parameter's range, then where
// the rules are written ("manual 2.1.1: Open a Socket"; a model whose manual
// was not read there says so, as F1's Manual column does), then the forms: at
// the dock's width what is cut is its end — a BG96 note's long title no longer
// pushes the ranges out of sight (new-user pass 9). The tooltip says all of
// it, a thing a line: no line wider than a screen, so Qt never wraps it (a
// wrapped tooltip was sized a line short, its last line cut in half).
namespace CommandHint {

[[nodiscard]] QString line(const profile::ModuleProfile &model, const CommandSpec &spec);
[[nodiscard]] QString details(const profile::ModuleProfile &model, const CommandSpec &spec);

} // namespace CommandHint

} // namespace bc25::ui
