// SPDX-License-Identifier: MIT
#include "frameclock.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPointer>
#include <QScreen>

#include <cmath>

namespace bc25::ui {

FrameClock *FrameClock::instance()
{
    static QPointer<FrameClock> clock;
    if (!clock)
        clock = new FrameClock(QCoreApplication::instance());
    return clock;
}

FrameClock::FrameClock(QObject *parent)
    : QObject(parent)
{
    // The screen's rate where there is one (60 Hz on most laptops; offscreen and tests too).
    qreal hertz = 60;
    if (const QScreen *screen = QGuiApplication::primaryScreen(); screen && screen->refreshRate() >= 24)
        hertz = screen->refreshRate();
    m_timer.setSingleShot(true);
    m_timer.setInterval(qMax(8, int(std::lround(1000.0 / hertz))));
    connect(&m_timer, &QTimer::timeout, this, &FrameClock::tick);
}

void FrameClock::request()
{
    if (!m_timer.isActive())
        m_timer.start();
}

} // namespace bc25::ui
