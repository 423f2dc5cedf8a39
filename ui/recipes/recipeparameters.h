// SPDX-License-Identifier: MIT
#pragma once

// The parameter declarations are read in core (bc25-run refuses a --param no
// recipe declares): the dock uses the same reader.
#include "recipe/recipeparameters.h"

namespace bc25::ui {

using recipe::RecipeParameter;
namespace RecipeParameters = recipe::RecipeParameters;

} // namespace bc25::ui
