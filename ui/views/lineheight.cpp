// SPDX-License-Identifier: MIT
#include "lineheight.h"

#include <QFont>
#include <QFontMetrics>
#include <QLocale>
#include <QTextLayout>

#include <cmath>

namespace bc25::ui {

namespace {

// The height of one laid-out line of `sample`: the tallest ascent and descent
// of every font its characters are set in, the fallbacks included.
int laidOut(const QFont &font, const QString &sample)
{
    QTextLayout layout(sample, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    const int height = line.isValid() ? static_cast<int>(std::ceil(line.height())) : 0;
    return std::max(height, QFontMetrics(font).lineSpacing());
}

bool speaksCjk()
{
    switch (QLocale().language()) {
    case QLocale::Chinese:
    case QLocale::Japanese:
    case QLocale::Korean:
        return true;
    default:
        return false;
    }
}

// Latin capitals, descenders and the underscore of AT+QIOPEN's <access_mode>;
// the Chinese characters and full-width punctuation of a translation.
const QString Latin = QStringLiteral("\u00c9Qgjpy_,");
const QString Cjk = QStringLiteral("\u5b57\u8282\uff0c\u3002\uff08\uff09");

} // namespace

int LineHeight::of(const QFont &font)
{
    return laidOut(font, speaksCjk() ? Latin + Cjk : Latin);
}

int LineHeight::anyScript(const QFont &font)
{
    return laidOut(font, Latin + Cjk);
}

int LineHeight::row(const QFont &font, int padding)
{
    return std::max(QFontMetrics(font).height() + padding, anyScript(font));
}

} // namespace bc25::ui
