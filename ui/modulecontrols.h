// SPDX-License-Identifier: MIT
#pragma once

#include <QAction>
#include <QWidget>

namespace bc25::ui {

// What only works with a module connected (sending, opening, asking the
// module) is marked where it is made; the window enables it all on connect
// and disables it when the module is gone, so nothing offers a dead end.
namespace ModuleControls {

inline constexpr char Property[] = "bc25.needsModule";

inline void mark(QObject *control)
{
    control->setProperty(Property, true);
}

inline void setEnabled(QWidget *root, bool connected)
{
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->property(Property).toBool())
            widget->setEnabled(connected);
    }
    const auto actions = root->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->property(Property).toBool())
            action->setEnabled(connected);
    }
}

} // namespace ModuleControls

} // namespace bc25::ui
