// SPDX-License-Identifier: MIT
#pragma once

class QFont;

namespace bc25::ui {

// How tall a line of the window's text is in a font. QFontMetrics'
// lineSpacing() and height() are the font's own, yet a line of Chinese in a
// Latin font (DejaVu Sans when LANGUAGE=zh_CN and LANG=C.UTF-8) is set in a
// fallback font (Noto Sans CJK) with a taller ascent and descent: 18 px a
// line for DejaVu's 14 at 9 pt. A height fixed from the font's metrics cut
// the bottom of every such line — "_" gone, "Q" read as "O", "," as "."
// (issue 17). The heights here come from laying out a sample line instead.
class LineHeight final
{
public:
    // A line of text in `font`, in the language the window speaks (QLocale():
    // a Chinese one sets its lines in the CJK font), descenders and "_" whole.
    [[nodiscard]] static int of(const QFont &font);
    // A line of any script in `font`: a view's rows show what a module or a
    // peer sent (Chinese in an English window too), at least the font's own height.
    [[nodiscard]] static int anyScript(const QFont &font);
    // A view's row: the font's height and `padding`, or a line of any script if taller.
    [[nodiscard]] static int row(const QFont &font, int padding);
};

} // namespace bc25::ui
