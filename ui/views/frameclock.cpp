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
    m_frameMs = qMax(8, int(std::lround(1000.0 / hertz)));
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_sinceTick.start();
        emit tick();
    });
}

void FrameClock::request()
{
    if (m_timer.isActive())
        return;
    int delay = m_frameMs;
    if (m_sinceTick.isValid()) {
        if (const qint64 since = m_sinceTick.elapsed(); since < BusyWithinMs)
            delay = int(qMax<qint64>(m_frameMs, FloodIntervalMs - since));
    }
    m_timer.start(delay);
}

} // namespace bc25::ui
