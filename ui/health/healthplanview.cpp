// SPDX-License-Identifier: MIT
#include "healthplanview.h"

#include "healthplanmodel.h"

#include <QHeaderView>

namespace bc25::ui {

HealthPlanView::HealthPlanView(HealthPlanModel *model, QWidget *parent)
    : QTreeView(parent)
{
    setModel(model);
    setUniformRowHeights(true);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(HealthPlanModel::Check, QHeaderView::Stretch);
    header()->setSectionResizeMode(HealthPlanModel::Result, QHeaderView::ResizeToContents);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        spanLines(parent, first, last);
        expand(parent);
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this, model] {
        for (int check = 0; check < model->checkCount(); ++check) {
            const QModelIndex parent = model->index(check, 0);
            spanLines(parent, 0, model->rowCount(parent) - 1);
        }
        expandAll();
    });
}

void HealthPlanView::spanLines(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid())
        return;
    for (int row = first; row <= last; ++row)
        setFirstColumnSpanned(row, parent, true);
}

} // namespace bc25::ui
