// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace bc25::ui {

// One tick per screen frame for everything that shows a flood. Each log
// model, console and table asks for the next frame when it has something
// new; they all flush on the same tick, so the window repaints once a frame
// however many views changed, and not at all while nothing arrives.
//
// The first change after a quiet spell is shown at the next frame; while
// changes keep coming (a flood), ticks come every FloodIntervalMs instead:
// nobody reads 2,000 lines a second, and rows that scroll past between two
// ticks are then never laid out at all — most of what a flood costs.
class FrameClock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameClock)
public:
    // The application's clock (created on first use, owned by the application).
    static FrameClock *instance();

    static constexpr int FloodIntervalMs = 100; // 10 updates a second while busy
    static constexpr int BusyWithinMs = 100;     // a request this soon after a tick means busy

    // Asks for a tick at the next frame (or flood interval); many requests give one tick.
    void request();
    [[nodiscard]] int frameMs() const { return m_frameMs; }
    [[nodiscard]] bool isPending() const { return m_timer.isActive(); }

signals:
    void tick();

private:
    explicit FrameClock(QObject *parent);

    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    int m_frameMs = 16;
};

} // namespace bc25::ui
