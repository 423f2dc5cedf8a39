// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace bc25::ui {

// A control turned off while it holds the focus (Stop once a repeat ends)
// leaves the focus to Qt's next widget in the tab chain, e.g. Export…: the
// focus goes to where the user works next instead (the send field, Start).
class FocusHandover final
{
public:
    static void setEnabled(QWidget *control, bool enabled, QWidget *next);
};

} // namespace bc25::ui
