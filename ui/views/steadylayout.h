// SPDX-License-Identifier: MIT
#pragma once

class QLabel;
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
    // A label whose text changes at run time (a status, a result, a syntax
    // line): it wraps, and its width never follows its text — a long word
    // (AT+QIOPEN=<contextID>,…) would otherwise widen its dock.
    static void wrapChangingText(QLabel *label);
};

} // namespace bc25::ui
