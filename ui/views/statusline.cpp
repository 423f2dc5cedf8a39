// SPDX-License-Identifier: MIT
#include "statusline.h"

#include "steadylayout.h"

#include <QEvent>
#include <QTextLayout>

namespace bc25::ui {

StatusLine::StatusLine(int lines, QWidget *parent)
    : QLabel(parent)
    , m_lines(qMax(1, lines))
{
    SteadyLayout::wrapChangingText(this);
    QSizePolicy policy = sizePolicy();
    policy.setVerticalPolicy(QSizePolicy::Fixed);
    setSizePolicy(policy);
    setFixedHeight(m_lines * fontMetrics().lineSpacing() + 2 * margin() + 2 * frameWidth());
    setTextFormat(Qt::PlainText);
}

void StatusLine::setStatus(const QString &text)
{
    m_status = text;
    fit();
}

void StatusLine::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

void StatusLine::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        setFixedHeight(m_lines * fontMetrics().lineSpacing() + 2 * margin() + 2 * frameWidth());
        fit();
    }
}

void StatusLine::fit()
{
    // Lay the text out as the label would, at its width; past the reserved
    // lines, the last one ends with "…" and the tooltip says it all.
    const int width = qMax(1, contentsRect().width() - 2 * margin());
    QTextLayout layout(m_status, font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    bool cut = false;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == m_lines - 1) {
            const QString rest = m_status.mid(line.textStart());
            const QString shown = fontMetrics().elidedText(rest, Qt::ElideRight, width);
            cut = shown != rest;
            lines << shown;
            break;
        }
        lines << m_status.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    m_cut = cut;
    setToolTip(cut ? m_status : QString());
    QLabel::setText(lines.join(QLatin1Char('\n')));
}

} // namespace bc25::ui
