// SPDX-License-Identifier: MIT
#include "steptablemodel.h"

#include "recipe/stepreport.h"

#include <QBrush>
#include <QColor>

namespace bc25::ui {

StepTableModel::StepTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StepTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void StepTableModel::stepStarted(int index, const QString &name)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row added;
    added.step.index = index;
    added.step.name = name;
    m_rows.append(added);
    endInsertRows();
}

void StepTableModel::stepFinished(const recipe::StepResult &step)
{
    int row = int(m_rows.size()) - 1;
    if (row < 0 || m_rows.at(row).finished || m_rows.at(row).step.index != step.index) {
        stepStarted(step.index, step.name); // a step that was never announced
        row = int(m_rows.size()) - 1;
    }
    m_rows[row] = {step, true};
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void StepTableModel::stepsNotReached(const QStringList &names)
{
    if (names.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + names.size()) - 1);
    for (const QString &name : names) {
        recipe::StepResult step;
        step.index = int(m_rows.size());
        step.name = name;
        m_rows.append({step, true, false});
    }
    endInsertRows();
}

int StepTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StepTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StepTableModel::resultText(const Row &row) const
{
    if (!row.reached)
        return tr("not reached");
    if (!row.finished)
        return tr("running…");
    switch (row.step.status) {
    case recipe::StepResult::Status::Passed: return tr("pass");
    case recipe::StepResult::Status::Failed:
        // JUnit counts a stop as a failure; the user who pressed Stop reads "stopped".
        return row.step.kind == QLatin1String("stopped") ? tr("stopped") : tr("FAIL");
    case recipe::StepResult::Status::Error: return tr("ERROR");
    }
    return {};
}

QVariant StepTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name: return row.step.name;
        case Result: return resultText(row);
        case Duration: return row.finished && row.reached ? QVariant(row.step.durationMs) : QVariant();
        case Message: return row.finished && !row.step.passed() ? recipe::StepReport::messageWithLine(row.step) : QString();
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && !row.reached)
        return QBrush(QColor(0x80, 0x80, 0x80));
    if (role == Qt::ForegroundRole && index.column() == Result && row.finished) {
        switch (row.step.status) {
        case recipe::StepResult::Status::Passed: return QBrush(QColor(0x1b, 0x7f, 0x2a));
        case recipe::StepResult::Status::Failed:
            return QBrush(row.step.kind == QLatin1String("stopped") ? QColor(0x60, 0x60, 0x60) : QColor(0xb0, 0x00, 0x20));
        case recipe::StepResult::Status::Error: return QBrush(QColor(0x80, 0x00, 0x40));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Duration)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant StepTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Step");
    case Result: return tr("Result");
    case Duration: return tr("ms");
    case Message: return tr("Message");
    default: return {};
    }
}

QStringList StepTableModel::resultTexts()
{
    return {tr("not reached"), tr("running…"), tr("pass"), tr("stopped"), tr("FAIL"), tr("ERROR"), tr("Result")};
}

int StepTableModel::firstFailedRow() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).finished && !m_rows.at(row).step.passed())
            return row;
    }
    return -1;
}

} // namespace bc25::ui
