// SPDX-License-Identifier: MIT
#include "luahighlighter.h"

namespace bc25::ui {

namespace {

// A block's state: -1 plain; otherwise inside a long bracket of this level, as a string or a comment.
constexpr int LongString = 0;
constexpr int LongComment = 1;
int stateOf(int level, int kind) { return level * 2 + kind; }
int levelOf(int state) { return state / 2; }
int kindOf(int state) { return state % 2; }

// The level of a long bracket "[", "="*level, "[" at `i`, or -1.
int openLevel(const QString &text, int i)
{
    if (i >= text.size() || text.at(i) != QLatin1Char('['))
        return -1;
    int j = i + 1;
    while (j < text.size() && text.at(j) == QLatin1Char('='))
        ++j;
    return j < text.size() && text.at(j) == QLatin1Char('[') ? j - i - 1 : -1;
}

} // namespace

LuaHighlighter::LuaHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_keywords(QStringLiteral("\\b(and|break|do|else|elseif|end|false|for|function|goto|if|in|local|nil|not|or|"
                                "repeat|return|then|true|until|while)\\b"))
    , m_api(QStringLiteral("\\b(at|expect|wait_urc|check|fail|step|param|log|print|sleep|utc|elapsed_ms|parse_time|usable_address|model|"
                           "socket(\\.(send|receive|available|info|free))?|context(\\.ensure)?|dns(\\.lookup)?|"
                           "ntp(\\.sync)?)\\b"))
    , m_numbers(QStringLiteral("\\b(0[xX][0-9a-fA-F]+|[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?)\\b"))
{
    QTextCharFormat &keyword = m_formats[int(Kind::Keyword)];
    keyword.setForeground(QColor(0x00, 0x33, 0x99));
    keyword.setFontWeight(QFont::Bold);
    QTextCharFormat &api = m_formats[int(Kind::Api)];
    api.setForeground(QColor(0x00, 0x80, 0x80));
    api.setFontWeight(QFont::Bold);
    m_formats[int(Kind::Number)].setForeground(QColor(0x99, 0x33, 0x99));
    m_formats[int(Kind::String)].setForeground(QColor(0x1b, 0x7f, 0x2a));
    QTextCharFormat &comment = m_formats[int(Kind::Comment)];
    comment.setForeground(QColor(0x80, 0x80, 0x80));
    comment.setFontItalic(true);
}

QTextCharFormat LuaHighlighter::format(Kind kind) const
{
    return m_formats[int(kind)];
}

int LuaHighlighter::closeLongBracket(const QString &text, int from, int level)
{
    const QString close = QLatin1Char(']') + QString(level, QLatin1Char('=')) + QLatin1Char(']');
    const int at = int(text.indexOf(close, from));
    return at < 0 ? -1 : at + int(close.size());
}

void LuaHighlighter::highlightBlock(const QString &text)
{
    // Words first; strings and comments, found by the scan below, cover them.
    for (const auto &[expression, kind] : {std::pair {&m_keywords, Kind::Keyword}, std::pair {&m_api, Kind::Api},
                                           std::pair {&m_numbers, Kind::Number}}) {
        for (QRegularExpressionMatchIterator it = expression->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), m_formats[int(kind)]);
        }
    }

    setCurrentBlockState(-1);
    int i = 0;
    const int n = int(text.size());
    if (const int state = previousBlockState(); state >= 0) {
        const Kind kind = kindOf(state) == LongComment ? Kind::Comment : Kind::String;
        const int end = closeLongBracket(text, 0, levelOf(state));
        setFormat(0, end < 0 ? n : end, m_formats[int(kind)]);
        if (end < 0) {
            setCurrentBlockState(state);
            return;
        }
        i = end;
    }
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && text.at(i + 1) == QLatin1Char('-')) {
            const int level = openLevel(text, i + 2);
            if (level < 0) {
                setFormat(i, n - i, m_formats[int(Kind::Comment)]);
                return;
            }
            const int end = closeLongBracket(text, i + 4 + level, level);
            setFormat(i, (end < 0 ? n : end) - i, m_formats[int(Kind::Comment)]);
            if (end < 0) {
                setCurrentBlockState(stateOf(level, LongComment));
                return;
            }
            i = end;
        } else if (const int level = openLevel(text, i); level >= 0) {
            const int end = closeLongBracket(text, i + 2 + level, level);
            setFormat(i, (end < 0 ? n : end) - i, m_formats[int(Kind::String)]);
            if (end < 0) {
                setCurrentBlockState(stateOf(level, LongString));
                return;
            }
            i = end;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            int j = i + 1;
            while (j < n && text.at(j) != c)
                j += text.at(j) == QLatin1Char('\\') ? 2 : 1;
            const int end = qMin(j + 1, n);
            setFormat(i, end - i, m_formats[int(Kind::String)]);
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace bc25::ui
