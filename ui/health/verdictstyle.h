// SPDX-License-Identifier: MIT
#pragma once

#include "health/healthresult.h"

#include <QColor>
#include <QIcon>

namespace bc25::ui {

// How a verdict looks wherever the window shows one (the plan's result column,
// the details pane): a colour, and an icon whose shape says it as well, for
// those who do not tell the colours apart.
class VerdictStyle final
{
public:
    static QColor colour(health::Verdict verdict);
    static QIcon icon(health::Verdict verdict);
};

} // namespace bc25::ui
