// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace bc25::recipe::RecipeTexts {

// Every text the built-in recipes show (titles, descriptions, step names,
// check and log messages, parameter labels), listed for lupdate in the context
// Recipe::TextContext, so that zh_CN translates recipes too. A test compares
// it with the library.
QList<const char *> all();

} // namespace bc25::recipe::RecipeTexts
