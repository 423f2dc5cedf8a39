// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace bc25::ui {

// A layout that does not move under the user's pointer: what comes and goes
// (a progress bar while something runs) keeps its room while hidden, so the
// rows below and beside it stay where they were. The consoles, the quick
// commands and the socket panel use it; buttons stay and are disabled instead.
class SteadyLayout final
{
public:
    static void keepRoomWhenHidden(QWidget *widget);
};

} // namespace bc25::ui
