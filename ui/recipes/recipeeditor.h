// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

namespace bc25::ui {

class LuaHighlighter;

// The Recipes dock's editor: a recipe's Lua text in a fixed-width font,
// coloured by LuaHighlighter; a syntax error's line is marked and the
// cursor put there.
class RecipeEditor final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit RecipeEditor(QWidget *parent = nullptr);

    [[nodiscard]] LuaHighlighter *highlighter() const { return m_highlighter; }
    // Marks `line` (1-based) as wrong and moves the cursor to it; -1 clears the mark.
    void markErrorLine(int line);
    [[nodiscard]] int markedLine() const { return m_markedLine; }

private:
    LuaHighlighter *m_highlighter;
    int m_markedLine = -1;
};

} // namespace bc25::ui
