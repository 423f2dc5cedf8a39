// SPDX-License-Identifier: MIT
#pragma once

#include "at/lineending.h"
#include "transport/serialsettings.h"

#include <optional>

class QSettings;

namespace bc25::link {

// What the workbench remembers of one serial port, by its path (/dev/ttyUSB0
// and a /dev/serial/by-id name are two ports): baud, line settings, RTS and
// DTR on open, and how the terminal ends a typed line. The connection bar
// loads it when the port is chosen and saves it once the port has opened.
// Values are stored by name ("even", "CRLF"), so a file stays readable and
// a damaged value falls back to its default alone.
struct PortProfile
{
    transport::SerialSettings serial; // serial.portName is the key
    at::LineEnding lineEnding = at::LineEnding::Cr;

    // The profile saved for portPath, if any.
    [[nodiscard]] static std::optional<PortProfile> load(const QSettings &settings, const QString &portPath);
    void save(QSettings &settings) const;
    // The settings group that holds what is kept for portPath (PortModel keeps the model there too).
    [[nodiscard]] static QString settingsGroup(const QString &portPath);

    bool operator==(const PortProfile &) const = default;
};

} // namespace bc25::link
