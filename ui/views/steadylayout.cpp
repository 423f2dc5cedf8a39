// SPDX-License-Identifier: MIT
#include "steadylayout.h"

#include <QLabel>
#include <QWidget>

namespace bc25::ui {

void SteadyLayout::keepRoomWhenHidden(QWidget *widget)
{
    QSizePolicy policy = widget->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    widget->setSizePolicy(policy);
}

void SteadyLayout::wrapChangingText(QLabel *label)
{
    label->setWordWrap(true);
    QSizePolicy policy = label->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Ignored);
    label->setSizePolicy(policy);
}

} // namespace bc25::ui
