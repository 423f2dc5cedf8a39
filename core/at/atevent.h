// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>

namespace bc25::at {

// One framing event of the module's output, as the AtParser cuts the byte
// stream: a text line, the data-mode prompt, a block of socket payload, the
// echo of what the host wrote, or a report that an over-long line was cut.
// Meaning (response, URC, final result) is decided later by the engine.
struct AtEvent
{
    enum class Kind : quint8 {
        Line,      // text without its line end; never empty
        Prompt,    // the "> " of a data-mode send
        Data,      // payload counted by length; bytes are raw (hex already decoded)
        Echo,      // the exact bytes the host wrote, echoed back (ATE1)
        Overflow,  // a line longer than the bound; bytes holds its start
    };

    Kind kind = Kind::Line;
    qint64 offset = 0;      // byte offset in the stream where the event starts
    QByteArray bytes;
    int connectId = -1;     // Data: the socket, when the header named it
    qint64 length = 0;      // Data: announced byte count; Overflow: bytes discarded
    bool truncated = false; // Data: fewer bytes arrived than announced
    bool badHex = false;    // Data in hex format that held non-hex characters (bytes keeps the text)
    bool unquotedHex = false; // Data on its line as bare hex digits where the model quotes them
    // Data (with badHex: text, never bytes received): hex digits past the
    // length its line announced, as they came, after that length's data.
    bool pastLength = false;
};

} // namespace bc25::at

Q_DECLARE_METATYPE(bc25::at::AtEvent)
