// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace bc25::ui::ByteText {

// Received bytes as a console shows them in Text view: text as text (UTF-8
// included), every other byte as an escape a font cannot hide (\x00, \x1A,
// \r); line feeds and tabs kept. Here, in escaped() and in dumpText(), a
// combining mark with no letter or number before it (DE AD decodes to
// U+07AD) is shown as its bytes: it would join the characters beside it, and
// fonts draw that as boxes.
QString printable(const QByteArray &bytes);

// The length of the well-formed UTF-8 sequence of two to four bytes starting
// at `i` (no overlong forms, no surrogates, nothing past U+10FFFF), or 0: those
// bytes are shown as escapes. ASCII is not counted here.
qsizetype utf8Length(QByteArrayView bytes, qsizetype i);

// Bytes as the terminal shows them, a row per line: text as text (UTF-8
// included), every other byte an escape, the line end too (\r, \n, \x1a).
QString escaped(QByteArrayView bytes);

// How a log shows its rows (the consoles' and the terminal's "Show as").
enum class ViewMode : quint8 { Text, Hex, HexAndText };

// A row's bytes in the hex column of "Hex + text": its offset in the stream
// (8 hex digits, blank when not counted) and the bytes, "0000001A  41 54 0D".
QString offsetAndHex(const QByteArray &bytes, qint64 offset);
// "Hex + text" as `hexdump -C` lays it out: a line per 16 bytes, so a long
// row is never cut. The hex column's lines (offsetAndHex of each 16 bytes,
// the offset counting on) and the text column's (each 16 bytes escaped), one
// for one; a row of at most 16 bytes is one line, as before.
constexpr qsizetype DumpLineBytes = 16;
QString offsetAndHexLines(const QByteArray &bytes, qint64 offset);
// The text column of "Hex + text", as hexdump -C shows it: one character a
// byte, '.' for what does not print (line ends included), a UTF-8 character
// whole where the line holds all its bytes, '.' for each of them otherwise:
// never wider than the line's 16 bytes.
QString dumpText(QByteArrayView bytes);
QString dumpTextLines(QByteArrayView bytes);
[[nodiscard]] inline int dumpLineCount(qsizetype bytes) { return int(qMax<qsizetype>(1, (bytes + DumpLineBytes - 1) / DumpLineBytes)); }
// A hex editor's dump, 16 bytes a line: offset, hex, the bytes as ASCII
// (a dot for anything else), for the hex column's tooltip.
QString hexDump(const QByteArray &bytes, qint64 offset);

} // namespace bc25::ui::ByteText
