// SPDX-License-Identifier: MIT
#pragma once

class QString;
class QTabWidget;

namespace bc25::ui {

// A tab widget that shows, after a restart, the tab the user last chose:
// the Diagnostics dock's Health check or Soak monitor, the tools, a socket's
// console. The window state (QMainWindow::saveState) keeps the docks, not
// the tabs inside them.
class TabMemory final
{
public:
    // Brings back the tab kept under `key` (ASCII, stable across languages)
    // and keeps each change. Call once the tabs are added.
    static void remember(QTabWidget *tabs, const QString &key);
};

} // namespace bc25::ui
