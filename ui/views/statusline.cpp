// SPDX-License-Identifier: MIT
#include "statusline.h"

#include "lineheight.h"
#include "steadylayout.h"

#include <QEvent>
#include <QFontMetrics>

#include <limits>

namespace bc25::ui {

StatusLine::StatusLine(int lines, QWidget *parent)
    : QLabel(parent)
    , m_lines(qMax(1, lines))
{
    SteadyLayout::wrapChangingText(this);
    setWordWrap(false); // fit() breaks the lines, where a reader would; the label never again
    QSizePolicy policy = sizePolicy();
    policy.setVerticalPolicy(QSizePolicy::Fixed);
    setSizePolicy(policy);
    reserveLines();
    setTextFormat(Qt::PlainText);
}

void StatusLine::setStatus(const QString &text)
{
    setStatus(text, {});
}

void StatusLine::setStatus(const QString &text, const QString &details)
{
    const bool changed = text != m_status;
    m_status = text;
    m_details = details;
    fit();
    if (changed)
        emit statusChanged();
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
        reserveLines();
        fit();
    }
}

void StatusLine::reserveLines()
{
    // A line as tall as the language's text is set (LineHeight: a Chinese line
    // in a Latin font takes the CJK font's height), not the font's lineSpacing().
    setFixedHeight(m_lines * LineHeight::of(font()) + 2 * margin() + 2 * frameWidth());
}

void StatusLine::setLines(int lines)
{
    if (lines == m_lines)
        return;
    m_lines = qMax(1, lines);
    reserveLines();
    fit();
}

int StatusLine::linesNeeded() const
{
    if (m_status.isEmpty())
        return 0;
    bool cut = false;
    return int(broken(std::numeric_limits<int>::max(), &cut).size());
}

void StatusLine::fit()
{
    bool cut = false;
    const QStringList lines = broken(m_lines, &cut);
    m_cut = cut;
    setToolTip(!m_details.isEmpty() ? m_details : cut ? m_status : QString());
    QLabel::setText(lines.join(QLatin1Char('\n')));
}

QStringList StatusLine::broken(int most, bool *cutOut) const
{
    // The text in lines at the label's width, broken only where a reader
    // breaks it (StatusLine::parts); past `most` lines, or at a word
    // wider than the line, the last line ends with "…" and the tooltip says it
    // all. A '\n' in the text starts a new line.
    const int width = qMax(1, contentsRect().width() - 2 * margin());
    const QFontMetrics metrics = fontMetrics();
    const QString ellipsis(QChar(0x2026));
    const auto fits = [&](const QString &line) { return metrics.horizontalAdvance(line) <= width; };
    const QStringList paragraphs = m_status.split(QLatin1Char('\n'));
    QStringList lines;
    bool cut = false;
    for (qsizetype p = 0; p < paragraphs.size() && !cut; ++p) {
        const QStringList words = parts(paragraphs.at(p));
        qsizetype next = 0;
        do {
            QStringList taken;
            while (next < words.size() && fits((taken.join(QString()) + words.at(next)).trimmed())) {
                taken << words.at(next);
                ++next;
            }
            const bool last = lines.size() == most - 1;
            bool more = next < words.size();
            for (qsizetype after = p + 1; after < paragraphs.size() && !more; ++after)
                more = !paragraphs.at(after).trimmed().isEmpty();
            if (taken.isEmpty() && next < words.size()) {
                // A word wider than the line: cut there, never broken inside.
                lines << metrics.elidedText(words.at(next).trimmed() + ellipsis, Qt::ElideRight, width);
                cut = true;
                break;
            }
            if (last && more) {
                // More than the lines hold: whole words and "…" at the end.
                while (!taken.isEmpty() && !fits(taken.join(QString()).trimmed() + ellipsis))
                    taken.removeLast();
                lines << (taken.isEmpty() ? metrics.elidedText(words.value(next).trimmed() + ellipsis, Qt::ElideRight, width)
                                          : taken.join(QString()).trimmed() + ellipsis);
                cut = true;
                break;
            }
            lines << taken.join(QString()).trimmed();
            if (last)
                break;
        } while (next < words.size());
        if (lines.size() >= most)
            break;
    }
    *cutOut = cut;
    return lines;
}

QStringList StatusLine::parts(const QString &text)
{
    // A line may break after a space, unless the space follows a number (its
    // unit stays with it: "3072 bytes", "1920 字节") and no parenthesis opens after it; after the punctuation
    // of Chinese text ("，", "。", "）"); after a comma that is not inside a
    // number ("<contextID>,<connectID>"). Never inside a word — a Chinese word
    // included ("字节"), where the Unicode rules would allow it between any two
    // characters — nor after a hyphen.
    static const QString cjkBreaksAfter = QStringLiteral("\u3001\u3002\uff0c\uff1b\uff1a\uff01\uff1f\uff09\u300b\u300d\u300f\u3011");
    QStringList words;
    qsizetype start = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar following = text.at(i + 1);
        bool breaks = false;
        if (c == QLatin1Char(' ') && following != QLatin1Char(' ')) {
            qsizetype before = i;
            while (before > start && text.at(before - 1) == QLatin1Char(' '))
                --before;
            // What a parenthesis opens is no unit: "21:04:01 (recorded_…)" and
            // "561 (Open PDP context failed)" may break before it.
            breaks = before == start || !text.at(before - 1).isDigit() || following == QLatin1Char('(');
        } else if (cjkBreaksAfter.contains(c)) {
            breaks = !cjkBreaksAfter.contains(following) && following != QLatin1Char(' ');
        } else if (c == QLatin1Char(',') || c == QLatin1Char(';')) {
            breaks = !following.isDigit() && following != QLatin1Char(' ');
        }
        if (breaks) {
            words << text.mid(start, i + 1 - start);
            start = i + 1;
        }
    }
    if (start < text.size())
        words << text.mid(start);
    return words;
}

} // namespace bc25::ui
