// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <limits>
#include <utility>

namespace bc25::at {

// The assembler's clock-free time rules (DESIGN.md, rules 4 and 9): command
// and operation deadlines (scaled for tests and demos), the window in which
// a late answer to a timed-out command is absorbed, and the quiet time after
// which a partial line or payload is delivered. Every call carries the time;
// -1 stands for a log without times, where nothing expires.
class TimeLimits final
{
public:
    static constexpr int DefaultLateWindowMs = 1000;
    static constexpr int DefaultQuietFlushMs = 500;

    void setScale(double scale) { m_scale = scale; }
    void setLateWindowMs(int ms) { m_lateWindowMs = ms; }
    void setQuietFlushMs(int ms) { m_quietFlushMs = ms; }

    // The deadline of a limit that starts now.
    [[nodiscard]] qint64 deadlineFrom(qint64 now, int limitMs) const
    {
        return now >= 0 ? now + qMax<qint64>(1, qint64(limitMs * m_scale)) : -1;
    }

    // Bytes arrived at `now`.
    void received(qint64 now) { m_lastReceived = now; }
    // When the line counts as quiet (-1: it cannot yet), and whether it is at `now`.
    [[nodiscard]] qint64 quietAt() const { return m_lastReceived >= 0 ? m_lastReceived + m_quietFlushMs : -1; }
    [[nodiscard]] bool quietBy(qint64 now) const { return m_lastReceived >= 0 && now >= quietAt(); }

    // A command timed out at `now`: its late answer is absorbed for a while.
    void startLateWindow(const QByteArray &command, qint64 now)
    {
        m_timedOutCommand = command;
        m_lateUntil = now >= 0 ? now + m_lateWindowMs : -1;
    }
    // The window stays open until the module answers: no time ends it.
    void holdLateWindow()
    {
        if (m_lateUntil >= 0)
            m_lateUntil = std::numeric_limits<qint64>::max();
    }
    [[nodiscard]] bool awaitingLateAnswer() const { return m_lateUntil >= 0; }
    [[nodiscard]] qint64 lateUntil() const { return m_lateUntil; }
    [[nodiscard]] const QByteArray &timedOutCommand() const { return m_timedOutCommand; }
    // The late answer came, the window ran out, or the link was reset: returns the command it was for.
    QByteArray endLateWindow()
    {
        m_lateUntil = -1;
        return std::exchange(m_timedOutCommand, {});
    }
    // A new command was written: a late answer can no longer be told apart by time.
    void stopLateWindow() { m_lateUntil = -1; }

private:
    double m_scale = 1.0;
    int m_lateWindowMs = DefaultLateWindowMs;
    int m_quietFlushMs = DefaultQuietFlushMs;
    qint64 m_lastReceived = -1;
    qint64 m_lateUntil = -1;
    QByteArray m_timedOutCommand;
};

} // namespace bc25::at
