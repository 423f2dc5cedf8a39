// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace bc25::at {

// How a command line is ended when it is written. V.250 ends a command line
// with S3, CR, and that is what the workbench's own commands use; the terminal
// sends what the user chose for the port (some hosts' firmware sends CR LF or
// LF, and a module takes either). The engine writes it, the parser expects it
// back in the echo, a decoder finds it in a capture.
enum class LineEnding : quint8 { Cr, CrLf, Lf };

[[nodiscard]] inline QByteArray lineEndingBytes(LineEnding ending)
{
    switch (ending) {
    case LineEnding::CrLf: return QByteArrayLiteral("\r\n");
    case LineEnding::Lf: return QByteArrayLiteral("\n");
    case LineEnding::Cr: break;
    }
    return QByteArrayLiteral("\r");
}

// The name a port's profile stores: "CR", "CRLF", "LF".
[[nodiscard]] inline QByteArray lineEndingName(LineEnding ending)
{
    switch (ending) {
    case LineEnding::CrLf: return QByteArrayLiteral("CRLF");
    case LineEnding::Lf: return QByteArrayLiteral("LF");
    case LineEnding::Cr: break;
    }
    return QByteArrayLiteral("CR");
}

// The ending a name stands for; `fallback` for a name it does not know.
[[nodiscard]] inline LineEnding lineEndingNamed(QByteArrayView name, LineEnding fallback = LineEnding::Cr)
{
    for (const LineEnding ending : {LineEnding::Cr, LineEnding::CrLf, LineEnding::Lf}) {
        if (name.compare(lineEndingName(ending), Qt::CaseInsensitive) == 0)
            return ending;
    }
    return fallback;
}

} // namespace bc25::at
