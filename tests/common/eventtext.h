// SPDX-License-Identifier: MIT
#pragma once

// Renders parser events as short strings so that tests can compare whole
// event sequences: "L:OK", "P", "D0:12345", "E:AT\r", "O:4096+10".

#include "at/atevent.h"

#include <QByteArray>
#include <QStringList>

namespace bc25::test {

inline QString escaped(const QByteArray &bytes)
{
    QString out;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (c == '\\')
            out += QStringLiteral("\\\\");
        else if (b >= 0x20 && b < 0x7f)
            out += QLatin1Char(c);
        else if (c == '\r')
            out += QStringLiteral("\\r");
        else if (c == '\n')
            out += QStringLiteral("\\n");
        else
            out += QStringLiteral("\\x%1").arg(b, 2, 16, QLatin1Char('0'));
    }
    return out;
}

inline QString eventText(const at::AtEvent &event)
{
    using Kind = at::AtEvent::Kind;
    switch (event.kind) {
    case Kind::Line:
        return QStringLiteral("L:") + escaped(event.bytes);
    case Kind::Prompt:
        return QStringLiteral("P");
    case Kind::Data:
        return QStringLiteral("D%1:%2%3").arg(event.connectId < 0 ? QString() : QString::number(event.connectId),
                                             escaped(event.bytes),
                                             event.truncated ? QStringLiteral("!truncated") : QString());
    case Kind::Echo:
        return QStringLiteral("E:") + escaped(event.bytes);
    case Kind::Overflow:
        return QStringLiteral("O:%1+%2").arg(event.bytes.size()).arg(event.length);
    }
    return {};
}

} // namespace bc25::test
