// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

namespace bc25::ui {

// One tick per screen frame for everything that shows a flood. Each log
// model, console and table asks for the next frame when it has something
// new; they all flush on the same tick, so the window repaints once a frame
// however many views changed, and not at all while nothing arrives.
class FrameClock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameClock)
public:
    // The application's clock (created on first use, owned by the application).
    static FrameClock *instance();

    // Asks for a tick at the next frame; many requests in one frame give one tick.
    void request();
    [[nodiscard]] int intervalMs() const { return m_timer.interval(); }

signals:
    void tick();

private:
    explicit FrameClock(QObject *parent);

    QTimer m_timer;
};

} // namespace bc25::ui
