// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace bc25::ui {

// Keeps a top-level window whole on its screen: a geometry saved on a larger
// screen, or restored where no window manager places it (seen under Xvfb: 20
// pixels down, the status bar cut off), can hang over the edge. The main
// window asks once, after its first show.
class ScreenFit final
{
public:
    // Moves the window (and shrinks it if it cannot fit otherwise) onto its screen's available area.
    static void keepOnScreen(QWidget *window);
};

} // namespace bc25::ui
