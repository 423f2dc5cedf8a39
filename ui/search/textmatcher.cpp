// SPDX-License-Identifier: MIT
#include "textmatcher.h"

namespace bc25::ui {

TextMatcher::TextMatcher(const QString &pattern, Qt::CaseSensitivity sensitivity, Syntax syntax)
    : m_pattern(pattern)
    , m_sensitivity(sensitivity)
    , m_syntax(syntax)
{
    if (m_syntax == Syntax::RegularExpression) {
        m_expression.setPattern(pattern);
        if (sensitivity == Qt::CaseInsensitive)
            m_expression.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
        // Compiled now, not at the first of many thousand rows.
        m_expression.optimize();
    }
}

bool TextMatcher::isValid() const
{
    return m_syntax == Syntax::PlainText || m_expression.isValid();
}

QString TextMatcher::errorString() const
{
    return isValid() ? QString() : m_expression.errorString();
}

qsizetype TextMatcher::errorOffset() const
{
    return isValid() ? -1 : m_expression.patternErrorOffset();
}

template<typename Visit>
void TextMatcher::forEachMatch(QStringView text, Visit visit) const
{
    if (!isActive())
        return;
    if (m_syntax == Syntax::PlainText) {
        for (qsizetype at = text.indexOf(m_pattern, 0, m_sensitivity); at >= 0;
             at = text.indexOf(m_pattern, at + m_pattern.size(), m_sensitivity))
            visit(TextSpan{at, m_pattern.size()});
        return;
    }
    QRegularExpressionMatchIterator matches = m_expression.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (match.capturedLength() > 0)
            visit(TextSpan{match.capturedStart(), match.capturedLength()});
    }
}

QList<TextSpan> TextMatcher::spans(QStringView text) const
{
    QList<TextSpan> found;
    forEachMatch(text, [&found](const TextSpan &span) { found.append(span); });
    return found;
}

int TextMatcher::count(QStringView text) const
{
    int found = 0;
    forEachMatch(text, [&found](const TextSpan &) { ++found; });
    return found;
}

} // namespace bc25::ui
