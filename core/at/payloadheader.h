// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace bc25::at {

// What a line announcing payload says (PayloadGrammar finds it): the
// length to count, and the socket for a recv URC.
struct PayloadHeader
{
    qint64 length = -1;   // -1: not a header (or nothing follows)
    int connectId = -1;   // the socket, for a recv URC
    // The payload on the line itself (PayloadAnnouncement::Field::HexData):
    // where its hex digits start in the line, and how many; -1: it follows the line.
    qsizetype dataStart = -1;
    qsizetype dataSize = 0;
    // The hex field had no closing quote: the line was cut (a restart, the
    // line bound) and its data with it.
    bool dataCut = false;
    // The hex field came without the quotes the model prints (adv6 F2b): its
    // data is read, and the line is drift.
    bool dataUnquoted = false;

    [[nodiscard]] bool dataOnLine() const { return dataStart >= 0; }

    [[nodiscard]] bool announcesPayload(qint64 maxLength) const { return length > 0 && length <= maxLength; }

    // Payload in hex format (AT+QICFG="dataformat",x,1): false if it is not hex pairs.
    static bool decodeHex(QByteArrayView text, QByteArray *out);
};

} // namespace bc25::at
