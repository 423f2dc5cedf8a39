// SPDX-License-Identifier: MIT
#include "transactionspanel.h"
#include "views/tabmemory.h"

#include "views/columnbudget.h"
#include "views/columnfit.h"

#include "tabletext.h"

#include "models/transactionmodel.h"
#include "models/transactionstatisticsmodel.h"
#include "search/findbar.h"
#include "views/logview.h"
#include "views/steadycheckbox.h"
#include "views/lineheight.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace bc25::ui {

namespace {

void fixRowHeights(QTableView *view)
{
    // Rows of fixed height: the view never measures every row (STYLE.md rule 9).
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(LineHeight::row(view->font(), 6));
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
}

} // namespace

TransactionsPanel::TransactionsPanel(TransactionModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new TransactionFilterModel(this))
    , m_statistics(new TransactionStatisticsModel(this))
    , m_tabs(new QTabWidget(this))
    , m_view(new LogView(m_tabs))
    , m_statisticsView(new QTableView(m_tabs))
    , m_find(new FindBar(this))
    , m_showSession(new SteadyCheckBox(tr("Show the workbench's own commands"), m_tabs))
    , m_showBytes(new QAction(tr("Show in terminal"), this))
{
    m_filter->setSourceModel(model);
    setUpViews();
    m_showSession->setToolTip(tr("Polling, reads after a receive notice and error queries the workbench sends by itself"));
    auto *clear = new QToolButton(m_tabs);
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Clears the transactions and the statistics"));

    // The filter and Clear sit beside the tabs: a bottom dock has little height to spare.
    auto *corner = new QWidget(m_tabs);
    auto *bar = new QHBoxLayout(corner);
    bar->setContentsMargins(8, 0, 0, 0);
    // Export… sits in the table's context menu: the corner has no width to spare.
    auto *exportAction = new QAction(tr("Export…"), m_view);
    exportAction->setToolTip(tr("Save what the table shows as TSV or CSV"));
    m_view->addAction(exportAction);
    bar->addWidget(m_showSession);
    // Beside the tabs its long label set the bottom docks' minimum width: on a
    // narrow screen (under 1100 pixels) it gives way; at 1280 it is whole.
    m_showSession->setMinimumWidth(m_showSession->fontMetrics().horizontalAdvance(m_showSession->text()) / 3);
    // Its count changes as the session polls: room for the widest, so nothing beside it moves.
    m_showSession->setWidestText(tr("Show the workbench's own commands (%n hidden)", nullptr, 99999));
    m_showSession->setObjectName(QStringLiteral("transactions.showSession"));
    bar->addWidget(clear);
    connect(exportAction, &QAction::triggered, this, [this] {
        m_model->flush();
        if (const QString said = TableText::exportWithDialog(this, m_filter, tr("transactions"),
                                                             QStringLiteral("transactions.tsv"));
            !said.isEmpty())
            emit message(said);
    });
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_find);
    // The words of each transaction, not its times and latencies: a digit typed would light up every row.
    m_find->attach(m_view, {TransactionModel::Source, TransactionModel::Command, TransactionModel::Result,
                            TransactionModel::Operation, TransactionModel::Urcs, TransactionModel::Errors});
    // The bar belongs to the log: Ctrl+F on the statistics shows the log, the statistics close the bar.
    connect(m_find, &FindBar::opened, this, [this] { m_tabs->setCurrentWidget(m_view); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() != m_view)
            m_find->dismiss();
    });

    connect(m_showSession, &QCheckBox::toggled, m_filter, &TransactionFilterModel::setShowSession);
    connect(m_showSession, &QCheckBox::toggled, this, &TransactionsPanel::refreshStatistics);
    connect(clear, &QToolButton::clicked, model, &TransactionModel::clear);
    connect(model, &TransactionModel::modelReset, this, &TransactionsPanel::refreshStatistics);
    connect(model, &TransactionModel::rowsAppended, this, [this] {
        refreshStatistics();
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { showBytes(index.row()); });
    connect(m_showBytes, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            showBytes(current.row());
    });
    refreshStatistics();
}

void TransactionsPanel::setUpViews()
{
    fixRowHeights(m_view);
    m_view->setModel(m_filter);
    // The columns share the view's width (fitColumns): at 1280 pixels the
    // errors in words, what the tab is for, are on screen without scrolling.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->viewport()->installEventFilter(this);
    fitColumns();
    TableText::installCopy(m_view);
    m_view->addAction(m_showBytes);

    fixRowHeights(m_statisticsView);
    m_statisticsView->setModel(m_statistics);
    m_statisticsView->horizontalHeader()->setStretchLastSection(false); // numbers, all of a width
    m_statisticsView->setColumnWidth(TransactionStatisticsModel::Command, 170);
    for (int column = TransactionStatisticsModel::Count; column < TransactionStatisticsModel::ColumnCount; ++column)
        m_statisticsView->setColumnWidth(column, qMax(80, m_statisticsView->horizontalHeader()->sectionSizeHint(column) + 8));

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_view, tr("Log"));
    m_tabs->addTab(m_statisticsView, tr("Statistics per command"));
    TabMemory::remember(m_tabs, QStringLiteral("transactions"));
}

void TransactionsPanel::fitColumns()
{
    using Room = ColumnBudget::Room;
    const QHeaderView *header = m_view->horizontalHeader();
    // A column never cut: as wide as its label or its widest text, whichever is wider.
    const auto whole = [&](int column, const QStringList &texts) {
        const int width = qMax(header->sectionSizeHint(column), ColumnFit::textWidth(m_view, texts));
        return Room{width, width};
    };
    QList<Room> rooms(TransactionModel::ColumnCount);
    rooms[TransactionModel::Time] = whole(TransactionModel::Time, TransactionModel::widestTexts(TransactionModel::Time));
    // The sources a row usually has ("panel", "soak monitor", "RAW (unchecked)"),
    // not a command outside the manual's "terminal, not in the manual": that
    // one elides, and its tooltip says what the manual lacks.
    rooms[TransactionModel::Source] = whole(TransactionModel::Source, TransactionModel::widestTexts(TransactionModel::Source, false));
    rooms[TransactionModel::Latency] = whole(TransactionModel::Latency, {QStringLiteral("99999")});
    rooms[TransactionModel::Operation] = whole(TransactionModel::Operation, TransactionModel::widestTexts(TransactionModel::Operation));
    rooms[TransactionModel::OperationLatency] = whole(TransactionModel::OperationLatency, {QStringLiteral("99999")});
    const int character = m_view->fontMetrics().averageCharWidth();
    // Commands and results are cut with "…" past a sensible most, whole in their tooltips.
    rooms[TransactionModel::Command] = {20 * character, 38 * character};
    rooms[TransactionModel::Result] = {15 * character, 24 * character};
    // Mostly empty: as wide as its short label ("URCs", what they are in its tooltip).
    rooms[TransactionModel::Urcs] = whole(TransactionModel::Urcs, {});
    // The reason in words, "566 (Socket connect failed)", before a long command's tail.
    rooms[TransactionModel::Errors] = {28 * character, 0};
    const QList<int> widths = ColumnBudget::share(
            rooms, m_view->viewport()->width(),
            {TransactionModel::Urcs, TransactionModel::Result, TransactionModel::Command});
    for (int column = 0; column < widths.size(); ++column)
        m_view->setColumnWidth(column, widths.at(column));
}

bool TransactionsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void TransactionsPanel::setShowSession(bool show)
{
    m_showSession->setChecked(show);
}

bool TransactionsPanel::showsSession() const
{
    return m_showSession->isChecked();
}

void TransactionsPanel::setShowBytesText(const QString &text)
{
    m_showBytes->setText(text);
}

void TransactionsPanel::showBytes(int viewRow)
{
    const QModelIndex index = m_filter->index(viewRow, 0);
    if (!index.isValid())
        return;
    emit showBytesRequested(index.data(TransactionModel::WrittenRole).toLongLong(),
                            index.data(TransactionModel::CommandRole).toByteArray());
}

void TransactionsPanel::refreshStatistics()
{
    m_statistics->refresh(m_model->statistics(m_showSession->isChecked()));
    // An empty table at first start is the filter at work: say so.
    const int hidden = m_model->rowCount() - m_filter->rowCount();
    m_showSession->setText(hidden > 0 ? tr("Show the workbench's own commands (%n hidden)", nullptr, hidden)
                                      : tr("Show the workbench's own commands"));
}

} // namespace bc25::ui
