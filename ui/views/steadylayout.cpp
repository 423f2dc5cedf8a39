// SPDX-License-Identifier: MIT
#include "steadylayout.h"

#include <QWidget>

namespace bc25::ui {

void SteadyLayout::keepRoomWhenHidden(QWidget *widget)
{
    QSizePolicy policy = widget->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    widget->setSizePolicy(policy);
}

} // namespace bc25::ui
