// SPDX-License-Identifier: MIT
#include "screenfit.h"

#include <QScreen>
#include <QWidget>

namespace bc25::ui {

void ScreenFit::keepOnScreen(QWidget *window)
{
    const QRect available = window->screen()->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (available.contains(frame))
        return;
    const QSize borders = frame.size() - window->size();
    window->resize(window->size().boundedTo(available.size() - borders));
    const QSize outer = window->size() + borders;
    window->move(qBound(available.left(), frame.left(), available.right() + 1 - outer.width()),
                 qBound(available.top(), frame.top(), available.bottom() + 1 - outer.height()));
}

} // namespace bc25::ui
