// SPDX-License-Identifier: MIT
#include "bytetext.h"

#include <QStringList>

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

QString offsetAndHex(const QByteArray &bytes, qint64 offset)
{
    const QString where = offset >= 0 ? QStringLiteral("%1").arg(offset, 8, 16, QLatin1Char('0')).toUpper()
                                      : QString(8, QLatin1Char(' '));
    return where + QStringLiteral("  ") + QString::fromLatin1(bytes.toHex(' ').toUpper());
}

QString hexDump(const QByteArray &bytes, qint64 offset)
{
    constexpr qsizetype PerLine = 16;
    QStringList lines;
    for (qsizetype at = 0; at < bytes.size(); at += PerLine) {
        const QByteArray chunk = bytes.mid(at, PerLine);
        QString ascii;
        for (const char c : chunk)
            ascii += uchar(c) >= 0x20 && uchar(c) < 0x7f ? QLatin1Char(c) : QLatin1Char('.');
        const QString hex = QString::fromLatin1(chunk.toHex(' ').toUpper());
        lines << QStringLiteral("%1  %2  |%3|")
                         .arg(QStringLiteral("%1").arg(qMax<qint64>(offset, 0) + at, 8, 16, QLatin1Char('0')).toUpper(),
                              hex.leftJustified(PerLine * 3 - 1), ascii);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace bc25::ui::ByteText
