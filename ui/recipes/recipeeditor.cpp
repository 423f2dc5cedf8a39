// SPDX-License-Identifier: MIT
#include "recipeeditor.h"

#include "luahighlighter.h"

#include <QFontDatabase>
#include <QTextBlock>

namespace bc25::ui {

RecipeEditor::RecipeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new LuaHighlighter(document()))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    // The mark goes with the text it was about.
    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        if (m_markedLine >= 0)
            markErrorLine(-1);
    });
}

void RecipeEditor::markErrorLine(int line)
{
    m_markedLine = line;
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (line > 0 && block.isValid()) {
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(QColor(0xff, 0xd6, 0xd6));
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.cursor = QTextCursor(block);
        selections << selection;
        setTextCursor(QTextCursor(block));
        centerCursor();
    }
    setExtraSelections(selections);
}

} // namespace bc25::ui
