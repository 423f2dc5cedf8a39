// SPDX-License-Identifier: MIT
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace bc25::ui {

// Colours a recipe in the Recipes dock's editor: Lua's keywords, numbers,
// strings (long brackets [[ ]] / [==[ ]==] too, across lines), comments
// (-- and --[[ ]]), and the recipe API (at, expect, wait_urc, socket.*,
// check, step, param, log...) so what talks to the module stands out.
class LuaHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Kind : quint8 { Keyword, Api, Number, String, Comment };

    explicit LuaHighlighter(QTextDocument *document);

    [[nodiscard]] QTextCharFormat format(Kind kind) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    // Where a long bracket that opens at `from` ("[[", "[==[") closes in `text`
    // (the index after it), -1 when it goes on past the line.
    static int closeLongBracket(const QString &text, int from, int level);

    QRegularExpression m_keywords;
    QRegularExpression m_api;
    QRegularExpression m_numbers;
    QTextCharFormat m_formats[5];
};

} // namespace bc25::ui
