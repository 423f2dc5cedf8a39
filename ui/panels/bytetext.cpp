// SPDX-License-Identifier: MIT
#include "bytetext.h"

#include <algorithm>
#include <QStringList>

namespace bc25::ui::ByteText {

qsizetype utf8Length(QByteArrayView bytes, qsizetype i)
{
    const auto lead = uchar(bytes[i]);
    const qsizetype length = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead < 0xf0 ? 3
                           : lead >= 0xc2 && lead < 0xe0 ? 2 : 0;
    if (length == 0 || i + length > bytes.size())
        return 0;
    for (qsizetype k = 1; k < length; ++k) {
        if ((uchar(bytes[i + k]) & 0xc0) != 0x80)
            return 0;
    }
    // The second byte's range where the lead alone does not rule out a bad form (RFC 3629).
    const auto second = uchar(bytes[i + 1]);
    if ((lead == 0xe0 && second < 0xa0) || (lead == 0xed && second >= 0xa0) || (lead == 0xf0 && second < 0x90)
        || (lead == 0xf4 && second >= 0x90))
        return 0;
    return length;
}

namespace {

// The character of the well-formed UTF-8 sequence of `length` bytes at `i`.
char32_t decoded(QByteArrayView bytes, qsizetype i, qsizetype length)
{
    char32_t code = uchar(bytes[i]) & (0x7f >> length);
    for (qsizetype k = 1; k < length; ++k)
        code = (code << 6) | (uchar(bytes[i + k]) & 0x3f);
    return code;
}

bool isCombiningMark(char32_t code)
{
    const QChar::Category category = QChar::category(code);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

// Whether a combining mark may follow `code` as part of its text: after a
// letter or a number ("é" written as e and U+0301), or after a mark already
// kept on one.
bool carriesMarks(char32_t code)
{
    return QChar::isLetterOrNumber(code) || isCombiningMark(code);
}

// The same for an ASCII byte, at the cost of a comparison (escaped() is on the search's path).
bool carriesMarks(uchar byte)
{
    return (byte >= '0' && byte <= '9') || ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z');
}

// Whether the UTF-8 sequence of `length` bytes at `i` reads as text after what
// came before it (`afterBase`: a letter, a number or its marks). Bytes such as
// DE AD decode to a combining mark (U+07AD) with nothing to sit on: it joined
// the "» " or the dots beside it and a font drew them all as boxes (new-user
// pass 9); those bytes are shown as any byte that does not decode.
bool readsAsText(QByteArrayView bytes, qsizetype i, qsizetype length, bool afterBase)
{
    return afterBase || !isCombiningMark(decoded(bytes, i, length));
}

} // namespace

// Text as text (UTF-8 included), every other byte as an escape a font cannot
// hide: \x00, \x1A, \xFF; \r shown as such, line feeds and tabs kept.
QString printable(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    bool afterBase = false;
    for (qsizetype i = 0; i < bytes.size();) {
        const auto byte = uchar(bytes[i]);
        const qsizetype length = byte >= 0x80 ? utf8Length(bytes, i) : 0;
        if (byte == '\n' || byte == '\t' || (byte >= 0x20 && byte < 0x7f)) {
            text += QLatin1Char(char(byte));
            afterBase = carriesMarks(uchar(byte));
            ++i;
        } else if (length && readsAsText(bytes, i, length, afterBase)) {
            text += QString::fromUtf8(bytes.constData() + i, length);
            afterBase = carriesMarks(decoded(bytes, i, length));
            i += length;
        } else {
            afterBase = false;
            static const char hex[] = "0123456789ABCDEF";
            text += byte == '\r' ? QStringLiteral("\\r")
                                 : QStringLiteral("\\x") + QLatin1Char(hex[byte >> 4]) + QLatin1Char(hex[byte & 0xf]);
            ++i;
        }
    }
    return text;
}

QString escaped(QByteArrayView bytes)
{
    // Written in place, not appended: the search reads every row of a 100 000-row
    // log at each new pattern, and this was most of the time it took.
    static constexpr char Hex[] = "0123456789abcdef";
    // Text the module or the user wrote in UTF-8 (你好) reads as text; only the
    // bytes that do not decode, and control characters, are escapes.
    QString out(bytes.size() * 4, Qt::Uninitialized); // \xNN at most; UTF-8 is shorter as UTF-16
    QChar *to = out.data();
    bool afterBase = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x20 && b < 0x7f) {
            *to++ = QLatin1Char(c);
            afterBase = carriesMarks(b);
            continue;
        }
        if (const qsizetype length = b >= 0x80 ? utf8Length(bytes, i) : 0; length && readsAsText(bytes, i, length, afterBase)) {
            // Decoded in place (no string per character): the sequence is well formed.
            const char32_t code = decoded(bytes, i, length);
            afterBase = carriesMarks(code);
            if (QChar::requiresSurrogates(code)) {
                *to++ = QChar(QChar::highSurrogate(code));
                *to++ = QChar(QChar::lowSurrogate(code));
            } else {
                *to++ = QChar(char16_t(code));
            }
            i += length - 1;
            continue;
        }
        afterBase = false;
        *to++ = QLatin1Char('\\');
        if (c == '\r') {
            *to++ = QLatin1Char('r');
        } else if (c == '\n') {
            *to++ = QLatin1Char('n');
        } else {
            *to++ = QLatin1Char('x');
            *to++ = QLatin1Char(Hex[b >> 4]);
            *to++ = QLatin1Char(Hex[b & 0xf]);
        }
    }
    out.truncate(to - out.constData());
    return out;
}

QString offsetAndHex(const QByteArray &bytes, qint64 offset)
{
    const QString where = offset >= 0 ? QStringLiteral("%1").arg(offset, 8, 16, QLatin1Char('0')).toUpper()
                                      : QString(8, QLatin1Char(' '));
    return where + QStringLiteral("  ") + QString::fromLatin1(bytes.toHex(' ').toUpper());
}

QString offsetAndHexLines(const QByteArray &bytes, qint64 offset)
{
    if (bytes.size() <= DumpLineBytes)
        return offsetAndHex(bytes, offset);
    QStringList lines;
    for (qsizetype at = 0; at < bytes.size(); at += DumpLineBytes)
        lines << offsetAndHex(bytes.mid(at, DumpLineBytes), offset < 0 ? -1 : offset + at);
    return lines.join(QLatin1Char('\n'));
}

QString dumpText(QByteArrayView bytes)
{
    QString text;
    text.reserve(bytes.size());
    bool afterBase = false;
    for (qsizetype i = 0; i < bytes.size();) {
        const auto byte = uchar(bytes.at(i));
        const qsizetype length = byte >= 0x80 ? utf8Length(bytes, i) : 0;
        if (byte >= 0x20 && byte < 0x7f) {
            text += QLatin1Char(char(byte));
            afterBase = carriesMarks(uchar(byte));
            ++i;
        } else if (length > 0 && readsAsText(bytes, i, length, afterBase)) {
            text += QString::fromUtf8(bytes.sliced(i, length));
            afterBase = carriesMarks(decoded(bytes, i, length));
            i += length;
        } else {
            afterBase = false;
            text += QLatin1Char('.');
            ++i;
        }
    }
    return text;
}

QString dumpTextLines(QByteArrayView bytes)
{
    QStringList lines;
    for (qsizetype at = 0; at < bytes.size(); at += DumpLineBytes)
        lines << dumpText(bytes.sliced(at, qMin(DumpLineBytes, bytes.size() - at)));
    return lines.join(QLatin1Char('\n'));
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
