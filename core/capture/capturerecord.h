// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace bc25::capture {

// One record of a capture: bytes that went one way at one moment.
struct CaptureRecord
{
    enum class Direction : quint8 {
        Transmit, // host → module ("TX")
        Receive,  // module → host ("RX")
        Note,     // a remark of the workbench: connected, disconnected ("EV")
    };

    // The most bytes one record holds: the writer splits a larger write into
    // records of this size, and a reader reports a longer line as damaged.
    static constexpr qsizetype MaxBytes = 1 << 20;
    // A record's line at most (its '\n' apart): its time, direction and
    // bytes, each escaped as \xHH at worst. A reader takes any line up to it
    // (an unescaped record holds up to this many bytes) and reports a longer
    // one as damaged, naming this bound.
    static constexpr qsizetype MaxLineLength = 4 * MaxBytes + 64;

    qint64 timestampMs = 0; // milliseconds since the Unix epoch, UTC
    Direction direction = Direction::Receive;
    QByteArray bytes;

    bool operator==(const CaptureRecord &) const = default;
};

} // namespace bc25::capture
