// SPDX-License-Identifier: MIT
#include "bytetext.h"

namespace bc25::ui::ByteText {

namespace {

// The length of the UTF-8 sequence starting at `i`, or 0 if it is not one.
qsizetype utf8Length(const QByteArray &bytes, qsizetype i)
{
    const auto lead = uchar(bytes[i]);
    const qsizetype length = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 && lead < 0xe0 ? 2 : 0;
    if (length == 0 || i + length > bytes.size())
        return 0;
    for (qsizetype k = 1; k < length; ++k) {
        if ((uchar(bytes[i + k]) & 0xc0) != 0x80)
            return 0;
    }
    return length;
}

} // namespace

// Text as text (UTF-8 included), every other byte as an escape a font cannot
// hide: \x00, \x1A, \xFF; \r shown as such, line feeds and tabs kept.
QString printable(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const auto byte = uchar(bytes[i]);
        if (byte == '\n' || byte == '\t' || (byte >= 0x20 && byte < 0x7f)) {
            text += QLatin1Char(char(byte));
            ++i;
        } else if (const qsizetype length = byte >= 0x80 ? utf8Length(bytes, i) : 0) {
            text += QString::fromUtf8(bytes.constData() + i, length);
            i += length;
        } else {
            static const char hex[] = "0123456789ABCDEF";
            text += byte == '\r' ? QStringLiteral("\\r")
                                 : QStringLiteral("\\x") + QLatin1Char(hex[byte >> 4]) + QLatin1Char(hex[byte & 0xf]);
            ++i;
        }
    }
    return text;
}


} // namespace bc25::ui::ByteText
