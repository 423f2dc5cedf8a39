// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace bc25::ui {

class StatusLine;

// Two status lines, one above the other, sharing a fixed number of lines
// (the terminal's result line and its syntax line, under the command line).
// The first takes the lines its text needs, leaving the second at least one
// while it has a text; the second has the rest; an empty one takes none, so
// the other stands right under what is above them. Together they never change
// height: what is above them never moves.
class SharedStatusLines final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedStatusLines)
public:
    SharedStatusLines(int lines, QWidget *parent = nullptr);

    [[nodiscard]] StatusLine *first() const { return m_first; }
    [[nodiscard]] StatusLine *second() const { return m_second; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void share();
    void reserveHeight();

    int m_lines;
    StatusLine *m_first;
    StatusLine *m_second;
};

} // namespace bc25::ui
