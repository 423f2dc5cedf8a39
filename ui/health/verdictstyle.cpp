// SPDX-License-Identifier: MIT
#include "verdictstyle.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace bc25::ui {

using health::Verdict;

namespace {

QIcon drawnIcon(const QColor &colour, QChar symbol)
{
    // A filled disc with a white sign: the shape says it too, not only the colour.
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, 30, 30));
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(22);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, 32, 32), Qt::AlignCenter, QString(symbol));
    return QIcon(pixmap);
}

} // namespace

QColor VerdictStyle::colour(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass: return QColor(0x1b, 0x7f, 0x2a);
    case Verdict::Warning: return QColor(0xa8, 0x5a, 0x00);
    case Verdict::Fail: return QColor(0xb0, 0x00, 0x20);
    case Verdict::NotRun: return QColor(0x66, 0x66, 0x66);
    }
    return {};
}

QIcon VerdictStyle::icon(Verdict verdict)
{
    static const QIcon icons[] = {
        drawnIcon(colour(Verdict::Pass), QChar(0x2713)),    // ✓
        drawnIcon(colour(Verdict::Warning), QLatin1Char('!')),
        drawnIcon(colour(Verdict::Fail), QChar(0x2715)),    // ✕
        drawnIcon(colour(Verdict::NotRun), QChar(0x2013)),  // –
    };
    return icons[int(verdict)];
}

} // namespace bc25::ui
