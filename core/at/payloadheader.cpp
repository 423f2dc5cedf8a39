// SPDX-License-Identifier: MIT
#include "payloadheader.h"

namespace bc25::at {

namespace {

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
