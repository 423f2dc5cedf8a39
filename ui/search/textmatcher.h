// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringMatcher>
#include <QStringView>

namespace bc25::ui {

// Where one match sits in a text: its first character and its length.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

// What the find bar looks for, and where it occurs in one cell's text: plain
// text (case-insensitive unless asked) or a regular expression. A value, no
// widgets: the find bar, the match counter and the highlight delegate share it.
class TextMatcher final
{
public:
    enum class Syntax { PlainText, RegularExpression };

    TextMatcher() = default;
    explicit TextMatcher(const QString &pattern, Qt::CaseSensitivity sensitivity = Qt::CaseInsensitive,
                         Syntax syntax = Syntax::PlainText);

    [[nodiscard]] QString pattern() const { return m_pattern; }
    [[nodiscard]] Qt::CaseSensitivity caseSensitivity() const { return m_sensitivity; }
    [[nodiscard]] Syntax syntax() const { return m_syntax; }

    // True when there is something valid to look for: then spans() can find matches.
    [[nodiscard]] bool isActive() const { return !m_pattern.isEmpty() && isValid(); }
    // False only for a regular expression that does not compile.
    [[nodiscard]] bool isValid() const;
    // Why the expression does not compile (PCRE2's words), and the character
    // where it stopped reading (0-based); empty and -1 when it is valid.
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] qsizetype errorOffset() const;

    // Every match in `text`, in order, none overlapping. Empty matches (`a*`,
    // `^`) are left out: there is nothing to highlight or to step to.
    [[nodiscard]] QList<TextSpan> spans(QStringView text) const;
    [[nodiscard]] int count(QStringView text) const;

    // True when every text this matcher finds something in, `broader` finds
    // something in too: plain text typed further ("rec" to "recv"). Then only
    // the rows `broader` matched need to be read again.
    [[nodiscard]] bool refines(const TextMatcher &broader) const;

private:
    template<typename Visit>
    void forEachMatch(QStringView text, Visit visit) const;

    QString m_pattern;
    Qt::CaseSensitivity m_sensitivity = Qt::CaseInsensitive;
    Syntax m_syntax = Syntax::PlainText;
    QRegularExpression m_expression; // compiled once, for Syntax::RegularExpression
    QStringMatcher m_plain;          // Boyer-Moore, for Syntax::PlainText
};

} // namespace bc25::ui
