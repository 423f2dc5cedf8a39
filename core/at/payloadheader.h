// SPDX-License-Identifier: MIT
#pragma once

#include "parsersettings.h"

#include <QByteArray>
#include <QByteArrayView>

namespace bc25::at {

// The lines that announce payload counted by length (manual 2.1.5, 2.1.11,
// 2.2.2): "+QIRD: <n>[,<remaining>]" and a direct-push
// "+QIURC: "recv",<id>,<n>", whole (the data follows the line end) or, in
// viewmode 1, up to the comma that starts the data. The parser asks here.
struct PayloadHeader
{
    qint64 length = -1;   // -1: not a header (or nothing follows)
    int connectId = -1;   // the socket, for a recv URC

    [[nodiscard]] bool announcesPayload(qint64 maxLength) const { return length > 0 && length <= maxLength; }

    static PayloadHeader ofLine(QByteArrayView line, const ParserSettings &settings);
    static PayloadHeader beforeComma(QByteArrayView header, const ParserSettings &settings);
    // Payload in hex format (AT+QICFG="dataformat",x,1): false if it is not hex pairs.
    static bool decodeHex(QByteArrayView text, QByteArray *out);
};

} // namespace bc25::at
