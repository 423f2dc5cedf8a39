// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

namespace bc25::ui {

// The table every log is shown in (terminal, consoles, URC log,
// transactions): one line per row at a fixed height, whole rows selected,
// read-only, text painted by LogItemDelegate, and it follows the end while
// the user has not scrolled away. Its scroll bars (LogScrollBar) repaint
// only when they look different, and then never the dock beneath.
class LogView : public QTableView
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);

    // data(SpanFromRole) of a row drawn across (a link marker in Hex + text):
    // the column its text starts in; it spans the columns after it, drawn once.
    // headerData(0, Horizontal, SpanFromRole) says whether any row may span.
    static constexpr int SpanFromRole = Qt::UserRole + 90;

    // data(LinesRole): how many lines a row holds (Hex + text: one per 16
    // bytes); the row is that many lines tall. headerData(0, Horizontal,
    // LinesRole) says whether any row may hold more than one.
    static constexpr int LinesRole = Qt::UserRole + 91;

    // data(WrapsRole) of a row whose words wrap where its cell ends (a link
    // or model-switch marker): the column its text is in; the row is as many
    // lines tall as the words need at that cell's width (its span's, if it
    // spans), so a marker is read whole at 1280 pixels instead of cut with "…".
    // headerData(0, Horizontal, WrapsRole) says whether any row may wrap.
    static constexpr int WrapsRole = Qt::UserRole + 92;
    // How many lines the words of `row` need where they wrap (1 for a row that does not).
    [[nodiscard]] int wrappedLines(int row) const;

    void setModel(QAbstractItemModel *model) override;

    // Whether new rows scroll the view to them when it showed the end (default on).
    void setFollowsEnd(bool follows) { m_followsEnd = follows; }

protected:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void resizeEvent(QResizeEvent *event) override;
    void verticalScrollbarValueChanged(int value) override;

private:
    void spanRows(int first, int last);
    void sizeRows(int first, int last);
    void spanAllRows();
    // The rows whose words wrap, sized again (their cell's width changed),
    // once the events in hand are done (the header's columns all placed).
    void wrapAllRowsSoon();
    void wrapAllRows();

    bool m_followsEnd = true;
    bool m_showsEnd = true;    // the bar was at its end when it last moved
    bool m_wrapPending = false;
    QList<QMetaObject::Connection> m_spanConnections; // to the model shown
};

} // namespace bc25::ui
