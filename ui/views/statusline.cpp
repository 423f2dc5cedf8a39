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
    // Its size hint is the whole text's: a layout that follows it (the status
    // bar) is told; one that ignores its width (a panel's) is left alone.
    if (sizePolicy().horizontalPolicy() != QSizePolicy::Ignored)
        updateGeometry();
}

QSize StatusLine::sizeHint() const
{
    int widest = 0;
    for (const QString &line : m_status.split(QLatin1Char('\n')).mid(0, m_lines))
        widest = qMax(widest, fontMetrics().horizontalAdvance(line));
    const QMargins around = contentsMargins();
    return {widest + 2 * margin() + around.left() + around.right(), minimumHeight()};
}

QSize StatusLine::minimumSizeHint() const
{
    const QMargins around = contentsMargins();
    return {fontMetrics().horizontalAdvance(QChar(0x2026)) + 2 * margin() + around.left() + around.right(), minimumHeight()};
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
    // lines, the last one ends with "…" and the tooltip says it all. A '\n'
    // in the text starts a new line (QTextLayout only breaks at U+2028).
    const int width = qMax(1, contentsRect().width() - 2 * margin());
    QString text = m_status;
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(text, font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    bool cut = false;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == m_lines - 1) {
            QString rest = text.mid(line.textStart());
            const qsizetype lineBreak = rest.indexOf(QChar::LineSeparator);
            const bool more = lineBreak >= 0 && !rest.mid(lineBreak).trimmed().isEmpty();
            rest.truncate(lineBreak >= 0 ? lineBreak : rest.size());
            // More lines after this one: it ends with "…" even when it fits.
            const QString shown = fontMetrics().elidedText(more ? rest + QChar(0x2026) : rest, Qt::ElideRight, width);
            cut = more || shown != rest;
            lines << shown;
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    m_cut = cut;
    setToolTip(cut ? m_status : QString());
    QLabel::setText(lines.join(QLatin1Char('\n')));
}

} // namespace bc25::ui
