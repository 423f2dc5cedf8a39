// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace bc25::ui::ByteText {

// Received bytes as a console shows them in Text view: text as text (UTF-8
// included), every other byte as an escape a font cannot hide (\x00, \x1A,
// \r); line feeds and tabs kept.
QString printable(const QByteArray &bytes);

} // namespace bc25::ui::ByteText
