// SPDX-License-Identifier: MIT
#pragma once

#include "modelmatches.h"

#include <QPointer>
#include <QWidget>

class QAbstractItemView;
class QLineEdit;
class QToolButton;

namespace bc25::ui {

class StatusLine;

// Search (Ctrl+F) in a log view: a text field, Previous / Next (Shift+Enter /
// Enter, Shift+F3 / F3), "Match case", "Regular expression", "N of M
// matches", Close (Esc). Every match in the view is highlighted, and the count
// follows rows as they arrive. One bar per view: the panel places it in its
// layout and calls attach(); Ctrl+F anywhere in the panel opens it.
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    // Searches `view`'s model (set it first) in `columns` (empty: all of them).
    // The shortcuts work wherever the focus is inside `shortcutScope` (by
    // default the bar's parent, the panel). The matches are painted by the
    // view's delegate if it implements MatchHighlighting (LogItemDelegate
    // does), by a MatchHighlightDelegate in place of the stock delegate, and
    // not at all by any other delegate (the count and the steps still work).
    // A view that switches models (a filter shown or not) calls it again after
    // each setModel().
    void attach(QAbstractItemView *view, const QList<int> &columns = {}, QWidget *shortcutScope = nullptr);

    [[nodiscard]] ModelMatches *matches() const { return m_matches; }
    [[nodiscard]] QLineEdit *field() const { return m_field; }
    [[nodiscard]] QString statusText() const;

    // Shows the bar with the focus in the field, its text selected (Ctrl+F).
    void open();
    // Hides the bar, takes the highlights away, gives the focus back to the view (Esc).
    void dismiss();
    void findNext();
    void findPrevious();
    void setMatchCase(bool on);
    void setRegularExpression(bool on);

signals:
    void opened();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addShortcuts(QWidget *scope);
    void search();
    void find(ModelMatches::Direction direction);
    void showCurrent();
    void updateStatus();

    QPointer<QAbstractItemView> m_view;
    ModelMatches *m_matches;
    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_matchCase;
    QToolButton *m_regularExpression;
    StatusLine *m_status; // one line: a long regex error is cut with "…", whole in its tooltip
    enum class Wrap { None, ToTop, ToBottom };
    Wrap m_wrap = Wrap::None; // said after a step came round, until the next search or step
};

} // namespace bc25::ui
