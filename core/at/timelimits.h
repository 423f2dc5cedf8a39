// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace bc25::at {

// The assembler's clock-free time rules (DESIGN.md, rule 4): command and
// operation deadlines (scaled for tests and demos) and the quiet time after
// which a partial line or payload is delivered. (The window in which a late
// answer is absorbed, rule 9, is LateAnswer's.) Every call carries the time;
// -1 stands for a log without times, where nothing expires.
class TimeLimits final
{
public:
    static constexpr int DefaultQuietFlushMs = 500;

    void setScale(double scale) { m_scale = scale; }
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

private:
    double m_scale = 1.0;
    int m_quietFlushMs = DefaultQuietFlushMs;
    qint64 m_lastReceived = -1;
};

} // namespace bc25::at
