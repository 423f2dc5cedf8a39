// SPDX-License-Identifier: MIT
#include "dockfit.h"

#include <QAbstractScrollArea>
#include <QDockWidget>
#include <QMainWindow>

#include <algorithm>

namespace bc25::ui {

void DockFit::giveCentralItsRows(QMainWindow *window, QAbstractScrollArea *central, int floor)
{
    const int missing = central->sizeHint().height() - central->height();
    if (missing <= 0)
        return;
    // The docks of the bottom area (tabified or side by side), each shrunk by
    // what the table misses; the one on show decides the area's height.
    QList<QDockWidget *> docks;
    QList<int> heights;
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        if (dock->isFloating() || !dock->isVisible() || window->dockWidgetArea(dock) != Qt::BottomDockWidgetArea
            || dock->height() <= floor)
            continue;
        docks << dock;
        heights << std::max({dock->minimumSizeHint().height(), floor, dock->height() - missing});
    }
    if (!docks.isEmpty())
        window->resizeDocks(docks, heights, Qt::Vertical);
}

} // namespace bc25::ui
