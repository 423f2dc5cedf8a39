// SPDX-License-Identifier: MIT
#pragma once

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace bc25::ui {

// What only works with a module connected (sending, opening, asking the
// module) is marked where it is made; the window enables it all on connect
// and disables it when the module is gone, so nothing offers a dead end.
namespace ModuleControls {

inline constexpr char Property[] = "bc25.needsModule";
// The control's own tooltip, kept while the reason for it being off is shown.
inline constexpr char OwnToolTip[] = "bc25.ownToolTip";

inline void mark(QObject *control)
{
    control->setProperty(Property, true);
}

// Off without a module, with the reason as its tooltip (the menus show
// tooltips); on again with its own tooltip back.
template<class Control>
void apply(Control *control, bool connected)
{
    // The window's words, translated once for every control.
    const QString reason = QCoreApplication::translate("bc25::ui::MainWindow", "No module is connected.");
    control->setEnabled(connected);
    if (!connected && control->toolTip() != reason) {
        control->setProperty(OwnToolTip, control->toolTip());
        control->setToolTip(reason);
    } else if (connected && control->toolTip() == reason) {
        control->setToolTip(control->property(OwnToolTip).toString());
    }
}

inline void setEnabled(QWidget *root, bool connected)
{
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->property(Property).toBool())
            apply(widget, connected);
    }
    const auto actions = root->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->property(Property).toBool())
            apply(action, connected);
    }
}

} // namespace ModuleControls

} // namespace bc25::ui
