// SPDX-License-Identifier: MIT
#include "columnfit.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <numeric>

namespace bc25::ui {

namespace {
constexpr int ShortestGrowing = 60; // the growing column's text elides down to this
}

ColumnFit::ColumnFit(QTableView *view, int growingColumn, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_growing(growingColumn)
{
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setTextElideMode(Qt::ElideRight);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFit::fit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFit::fit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFit::fit);
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFit::fit);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFit::fit);
}

void ColumnFit::setYieldingColumn(int column)
{
    m_yielding = column;
    fit();
}

int ColumnFit::textWidth(const QAbstractItemView *view, const QStringList &texts)
{
    if (texts.isEmpty())
        return 0;
    // As the item delegate measures a cell: the text, a focus margin each side, the grid line.
    const QFontMetrics metrics(view->font());
    int widest = 0;
    for (const QString &text : texts)
        widest = qMax(widest, metrics.horizontalAdvance(text));
    return widest + 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 1;
}

bool ColumnFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFit::fit()
{
    if (m_fitting)
        return;
    m_fitting = true;
    QHeaderView *header = m_view->horizontalHeader();
    const int count = header->count();
    QList<int> shown(count);   // what the column shows now
    QList<int> content(count); // …or the widest it can show, if wider
    QList<int> label(count);
    QList<int> usual(count);   // the widest of the texts it can show, without what it shows now
    const QAbstractItemModel *model = m_view->model();
    for (int c = 0; c < count; ++c) {
        shown[c] = qMax(static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(c), header->minimumSectionSize());
        usual[c] = qMax(header->minimumSectionSize(),
                        textWidth(m_view, model->headerData(c, Qt::Horizontal, WidestTextsRole).toStringList()));
        content[c] = qMax(shown[c], usual[c]);
        label[c] = header->sectionSizeHint(c);
    }
    QList<int> width(count);
    for (int c = 0; c < count; ++c)
        width[c] = qMax(content[c], label[c]);
    const int available = m_view->viewport()->width();
    int total = std::accumulate(width.cbegin(), width.cend(), 0);
    // Short of width: a yielding column's rare long text elides first, down to
    // its label and its usual texts; the other labels stay whole.
    if (m_yielding >= 0 && m_yielding < count && m_yielding != m_growing && total > available) {
        const int floor = qMax(label[m_yielding], usual[m_yielding]);
        const int give = qMax(0, qMin(width[m_yielding] - floor, total - available));
        width[m_yielding] -= give;
        total -= give;
    }
    // Short of width: the labels give way to their columns' widest texts first,
    // then the widest texts to what is shown now (a column may then change
    // with a state, but nothing on show is cut)…
    for (const QList<int> *floor : {&content, &shown}) {
        for (int c = 0; c < count && total > available; ++c) {
            if (c == m_growing)
                continue;
            const int give = qMax(0, qMin(width[c] - (*floor)[c], total - available));
            width[c] -= give;
            total -= give;
        }
    }
    // …then the growing column's text elides; with width to spare, it takes it all.
    if (m_growing >= 0 && m_growing < count)
        width[m_growing] = qMax(qMin(width[m_growing], ShortestGrowing), width[m_growing] + available - total);
    for (int c = 0; c < count; ++c)
        header->resizeSection(c, width[c]);
    m_fitting = false;
}

} // namespace bc25::ui
