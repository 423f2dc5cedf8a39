// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace bc25::ui::ByteText {

// Received bytes as a console shows them in Text view: text as text (UTF-8
// included), every other byte as an escape a font cannot hide (\x00, \x1A,
// \r); line feeds and tabs kept.
QString printable(const QByteArray &bytes);

// The length of the well-formed UTF-8 sequence of two to four bytes starting
// at `i` (no overlong forms, no surrogates, nothing past U+10FFFF), or 0: those
// bytes are shown as escapes. ASCII is not counted here.
qsizetype utf8Length(QByteArrayView bytes, qsizetype i);

// Bytes as the terminal shows them, a row per line: text as text (UTF-8
// included), every other byte an escape, the line end too (\r, \n, \x1a).
QString escaped(QByteArrayView bytes);

} // namespace bc25::ui::ByteText
