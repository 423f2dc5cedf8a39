// SPDX-License-Identifier: MIT
#pragma once

class QAbstractScrollArea;
class QMainWindow;

namespace bc25::ui {

// Fits the docks to the window they are in. A layout saved on a larger
// screen (1600×1000) restored into a smaller window (1280×720) keeps its
// docks' sizes and leaves the central table 2 of its 6 rows: the docks under
// it give back what the table needs to show its rows whole, as far as their
// own minimum allows.
class DockFit final
{
public:
    // `central` is the table whose rows should stay whole (AdjustToContents);
    // the docks keep `floor` pixels at least (the default layout's height:
    // a window shown small for a moment must not leave them a sliver).
    static void giveCentralItsRows(QMainWindow *window, QAbstractScrollArea *central, int floor);
};

} // namespace bc25::ui
