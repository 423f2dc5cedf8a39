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

    qint64 timestampMs = 0; // milliseconds since the Unix epoch, UTC
    Direction direction = Direction::Receive;
    QByteArray bytes;

    bool operator==(const CaptureRecord &) const = default;
};

} // namespace bc25::capture
