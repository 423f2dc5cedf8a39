// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QTabWidget;
class QTableView;

namespace bc25::ui {

class SteadyCheckBox;

class FindBar;
class TransactionFilterModel;
class TransactionModel;
class TransactionStatisticsModel;

// The Transactions dock (and the capture viewer's tab): a row per command with
// its result, latencies, second phase, URCs and errors, the workbench's own
// commands hidden unless asked for, per-command statistics, and a way from a
// row to its bytes in the raw traffic (whoever owns that view answers), and
// search in the log (Ctrl+F).
class TransactionsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit TransactionsPanel(TransactionModel *model, QWidget *parent = nullptr);

    void setShowSession(bool show);
    [[nodiscard]] bool showsSession() const;
    // The context-menu action's text: "Show in terminal", "Show in traffic".
    void setShowBytesText(const QString &text);
    // Asks for the bytes of the row shown at viewRow (what a double-click does).
    void showBytes(int viewRow);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] FindBar *findBar() const { return m_find; }
    [[nodiscard]] QTableView *statisticsView() const { return m_statisticsView; }
    [[nodiscard]] TransactionFilterModel *filter() const { return m_filter; }
    [[nodiscard]] TransactionStatisticsModel *statistics() const { return m_statistics; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

signals:
    // The transaction written at writtenMs (ms since the epoch) as `command`.
    void showBytesRequested(qint64 writtenMs, const QByteArray &command);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpViews();
    // The log's columns in the width of its view, the Errors column on screen.
    void fitColumns();
    void refreshStatistics();

    TransactionModel *m_model;
    TransactionFilterModel *m_filter;
    TransactionStatisticsModel *m_statistics;
    QTabWidget *m_tabs;
    QTableView *m_view;
    QTableView *m_statisticsView;
    FindBar *m_find;
    SteadyCheckBox *m_showSession;
    QAction *m_showBytes;
};

} // namespace bc25::ui
