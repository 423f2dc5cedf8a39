// SPDX-License-Identifier: MIT
#include "payloadheader.h"

namespace bc25::at {

namespace {

constexpr QByteArrayView QirdPrefix = "+QIRD:";
constexpr QByteArrayView RecvUrcPrefix = "+QIURC:";
constexpr QByteArrayView RecvType = "\"recv\"";

// A plain unsigned decimal field, surrounding spaces allowed; -1 otherwise.
qint64 decimal(QByteArrayView field)
{
    field = field.trimmed();
    if (field.isEmpty() || field.size() > 12)
        return -1;
    qint64 value = 0;
    for (const char c : field) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Splits "a,b,c" at commas; the header lines here never quote a comma.
int splitFields(QByteArrayView text, QByteArrayView *out, int capacity)
{
    int count = 0;
    while (count < capacity) {
        const qsizetype comma = text.indexOf(',');
        out[count++] = comma < 0 ? text : text.first(comma);
        if (comma < 0)
            return count;
        text = text.sliced(comma + 1);
    }
    return capacity + 1; // more fields than any header has
}

int nibble(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

PayloadHeader PayloadHeader::ofLine(QByteArrayView line, const ParserSettings &settings)
{
    PayloadHeader header;
    QByteArrayView fields[4];
    if (line.startsWith(QirdPrefix)) {
        // "+QIRD: <n>" or "+QIRD: <n>,<remaining>"; "+QIRD: total,read,unread" has no payload
        const int count = splitFields(line.sliced(QirdPrefix.size()), fields, 3);
        if (count == 1 || count == 2) {
            header.length = decimal(fields[0]);
            if (count == 2 && decimal(fields[1]) < 0)
                header.length = -1;
        }
    } else if (line.startsWith(RecvUrcPrefix)) {
        // direct push: "+QIURC: "recv",<id>,<n>". In buffer access mode the same
        // shape carries no data, but only with showlength 1 (manual 2.1.11, 2.2.2):
        // with showlength at its default 0 the three fields can only be direct push.
        const int count = splitFields(line.sliced(RecvUrcPrefix.size()), fields, 3);
        if (count == 3 && fields[0].trimmed() == RecvType) {
            header.connectId = int(decimal(fields[1]));
            if (header.connectId >= 0 && header.connectId < ParserSettings::SocketCount
                && (settings.directPush[size_t(header.connectId)] || !settings.showLength))
                header.length = decimal(fields[2]);
        }
    }
    return header;
}

PayloadHeader PayloadHeader::beforeComma(QByteArrayView text, const ParserSettings &settings)
{
    // viewmode 1 (manual 2.1.11): "+QIRD: <n>[,<remaining>],<data>" and
    // "+QIURC: "recv",<id>,<n>,<data>"; the comma after the header starts the payload.
    PayloadHeader header;
    QByteArrayView fields[4];
    if (text.startsWith(QirdPrefix)) {
        const int count = splitFields(text.sliced(QirdPrefix.size()), fields, 3);
        if (count == (settings.showLength ? 2 : 1) && (count == 1 || decimal(fields[1]) >= 0))
            header.length = decimal(fields[0]);
    } else if (text.startsWith(RecvUrcPrefix)) {
        const int count = splitFields(text.sliced(RecvUrcPrefix.size()), fields, 3);
        if (count == 3 && fields[0].trimmed() == RecvType) {
            // A buffer-mode URC never has data after it: a comma after three fields
            // starts direct-push payload whatever the socket's mode was thought to be.
            const int connectId = int(decimal(fields[1]));
            if (connectId >= 0 && connectId < ParserSettings::SocketCount) {
                header.connectId = connectId;
                header.length = decimal(fields[2]);
            }
        }
    }
    return header;
}

bool PayloadHeader::decodeHex(QByteArrayView text, QByteArray *out)
{
    if (text.size() % 2 != 0)
        return false;
    out->resize(text.size() / 2);
    char *dst = out->data();
    for (qsizetype i = 0; i < text.size(); i += 2) {
        const int high = nibble(text[i]);
        const int low = nibble(text[i + 1]);
        if (high < 0 || low < 0)
            return false;
        *dst++ = char(high * 16 + low);
    }
    return true;
}

} // namespace bc25::at
