// SPDX-License-Identifier: MIT
#include "focushandover.h"

#include <QWidget>

namespace bc25::ui {

void FocusHandover::setEnabled(QWidget *control, bool enabled, QWidget *next)
{
    // Handed over before the control is off: once off, Qt has already moved it.
    if (!enabled && control->hasFocus() && next->isEnabled())
        next->setFocus(Qt::OtherFocusReason);
    control->setEnabled(enabled);
}

} // namespace bc25::ui
