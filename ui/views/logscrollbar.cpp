// SPDX-License-Identifier: MIT
#include "logscrollbar.h"

#include <QStyle>
#include <QStyleOptionSlider>

namespace bc25::ui {

LogScrollBar::LogScrollBar(Qt::Orientation orientation, QWidget *parent)
    : QScrollBar(orientation, parent)
{
    // It paints its own background, so a repaint never reaches the widgets beneath.
    setAutoFillBackground(true);
}

LogScrollBar::Look LogScrollBar::look() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    return {style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this),
            value() == minimum(), value() == maximum()};
}

void LogScrollBar::sliderChange(SliderChange change)
{
    if (change == SliderOrientationChange) {
        QScrollBar::sliderChange(change);
        return;
    }
    // QAbstractSlider would update() now; look once the range and value have both settled.
    if (!m_checkPending) {
        m_checkPending = true;
        QMetaObject::invokeMethod(this, &LogScrollBar::repaintIfChanged, Qt::QueuedConnection);
    }
}

void LogScrollBar::repaintIfChanged()
{
    m_checkPending = false;
    if (const Look now = look(); now != m_shown) {
        m_shown = now;
        update();
    }
}

} // namespace bc25::ui
