// SPDX-License-Identifier: MIT
#include "tooltiptext.h"

namespace bc25::ui::ToolTipText {

QString wrapped(const QString &plain)
{
    if (plain.isEmpty())
        return plain;
    // <qt> makes it rich text (Qt::mightBeRichText): QToolTip's label then wraps its words.
    return QStringLiteral("<qt>%1</qt>").arg(plain.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
}

} // namespace bc25::ui::ToolTipText
