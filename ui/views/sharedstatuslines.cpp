// SPDX-License-Identifier: MIT
#include "sharedstatuslines.h"

#include "lineheight.h"
#include "statusline.h"

#include <QEvent>
#include <QVBoxLayout>

namespace bc25::ui {

SharedStatusLines::SharedStatusLines(int lines, QWidget *parent)
    : QWidget(parent)
    , m_lines(qMax(2, lines))
    , m_first(new StatusLine(1, this))
    , m_second(new StatusLine(1, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_first);
    layout->addWidget(m_second);
    layout->addStretch(1); // what is left below them, never between
    QSizePolicy policy = sizePolicy();
    policy.setVerticalPolicy(QSizePolicy::Fixed);
    setSizePolicy(policy);
    reserveHeight();
    connect(m_first, &StatusLine::statusChanged, this, &SharedStatusLines::share);
    connect(m_second, &StatusLine::statusChanged, this, &SharedStatusLines::share);
    share();
}

void SharedStatusLines::reserveHeight()
{
    setFixedHeight(m_lines * LineHeight::of(font()));
}

void SharedStatusLines::share()
{
    // The lines are measured at the width the labels have: the container's.
    const bool firstShown = !m_first->status().isEmpty();
    const bool secondShown = !m_second->status().isEmpty();
    const int firstLines = qBound(1, m_first->linesNeeded(), secondShown ? m_lines - 1 : m_lines);
    m_first->setLines(firstLines);
    m_second->setLines(firstShown ? m_lines - firstLines : m_lines);
    m_first->setVisible(firstShown);
    m_second->setVisible(secondShown);
}

void SharedStatusLines::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // A StatusLine breaks its text at its own width: theirs is ours.
    m_first->resize(width(), m_first->height());
    m_second->resize(width(), m_second->height());
    share();
}

void SharedStatusLines::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        reserveHeight();
        share();
    }
}

} // namespace bc25::ui
