// SPDX-License-Identifier: MIT
#include "elidingstatusbar.h"

#include <QPainter>
#include <QSizeGrip>
#include <QStyleOption>

namespace bc25::ui {

ElidingStatusBar::ElidingStatusBar(QWidget *parent)
    : QStatusBar(parent)
{
    connect(this, &QStatusBar::messageChanged, this, [this](const QString &message) {
        // Whole where it may be cut; nothing to add where it is not.
        setToolTip(message);
    });
}

QRect ElidingStatusBar::messageRect() const
{
    // While a message shows, the widgets still visible are the permanent ones.
    int right = width();
    for (const QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->isVisible() && !qobject_cast<const QSizeGrip *>(child))
            right = qMin(right, child->geometry().left());
    }
    constexpr int Margin = 6; // QStatusBar's own around its message
    return QRect(Margin, 0, qMax(0, right - 2 * Margin), height());
}

QString ElidingStatusBar::shownMessage() const
{
    return fontMetrics().elidedText(currentMessage(), Qt::ElideRight, messageRect().width());
}

void ElidingStatusBar::paintEvent(QPaintEvent *event)
{
    if (currentMessage().isEmpty()) {
        QStatusBar::paintEvent(event);
        return;
    }
    QPainter painter(this);
    // The permanent fields' frames, as QStatusBar draws them.
    QStyleOption option;
    option.initFrom(this);
    for (const QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!child->isVisible() || qobject_cast<const QSizeGrip *>(child))
            continue;
        option.rect = child->geometry().adjusted(-1, -1, 1, 1);
        style()->drawPrimitive(QStyle::PE_FrameStatusBarItem, &option, &painter, child);
    }
    painter.setPen(palette().windowText().color());
    painter.drawText(messageRect(), Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine, shownMessage());
}

} // namespace bc25::ui
