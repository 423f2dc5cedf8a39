// SPDX-License-Identifier: MIT
#pragma once

#include <QTreeView>

namespace bc25::ui {

class HealthPlanModel;

// The health check's plan as a tree: checks with their tick box and verdict,
// always unfolded, and each check's lines (commands, findings) spanning the
// whole width rather than the first column only.
class HealthPlanView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthPlanView)
public:
    HealthPlanView(HealthPlanModel *model, QWidget *parent = nullptr);

private:
    void spanLines(const QModelIndex &parent, int first, int last);
};

} // namespace bc25::ui
