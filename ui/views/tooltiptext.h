// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace bc25::ui {

// Long tooltips that wrap. Qt shows a plain-text tooltip on one line however
// long it is (a sentence of advice ran 1,200 pixels across a 1280 screen,
// new-user pass 10); rich text it wraps at about 80 characters of the font,
// between words (and between Chinese characters).
namespace ToolTipText {

// `plain` as a tooltip that wraps: escaped, its line breaks kept.
[[nodiscard]] QString wrapped(const QString &plain);

} // namespace ToolTipText

} // namespace bc25::ui
