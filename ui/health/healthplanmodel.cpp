// SPDX-License-Identifier: MIT
#include "healthplanmodel.h"

#include "verdictstyle.h"

#include "health/healthplan.h"

#include <QBrush>
#include <QFont>
#include <QFontDatabase>
#include <QPalette>

namespace bc25::ui {

using health::CheckResult;
using health::PlannedCheck;
using health::Verdict;

namespace {

// Top-level rows carry 0; a check's lines carry its row + 1 (their parent).
constexpr quintptr TopLevel = 0;

} // namespace

HealthPlanModel::HealthPlanModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void HealthPlanModel::setPlan(const QList<PlannedCheck> &plan)
{
    beginResetModel();
    m_checks.clear();
    for (const PlannedCheck &planned : plan) {
        Row row {planned, std::nullopt, {}};
        row.lines = linesOf(row);
        m_checks << row;
    }
    m_running = -1;
    endResetModel();
}

QList<PlannedCheck> HealthPlanModel::plan() const
{
    QList<PlannedCheck> plan;
    for (int i = 0; i < m_checks.size(); ++i) {
        PlannedCheck planned = m_checks.at(i).planned;
        planned.enabled = planned.enabled && ticked(i);
        plan << planned;
    }
    return plan;
}

bool HealthPlanModel::ticked(int check) const
{
    const PlannedCheck &planned = m_checks.at(check).planned;
    return planned.problem.isEmpty() && !m_unticked.contains(planned.kind);
}

void HealthPlanModel::setUnticked(const QSet<health::CheckKind> &kinds)
{
    m_unticked = kinds;
    if (!m_checks.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_checks.size()) - 1, ColumnCount - 1));
    emit tickChanged();
}

void HealthPlanModel::setLocked(bool locked)
{
    m_locked = locked;
    if (!m_checks.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_checks.size()) - 1, 0), {Qt::CheckStateRole});
}

void HealthPlanModel::clearResults()
{
    m_running = -1;
    for (int i = 0; i < m_checks.size(); ++i) {
        if (m_checks.at(i).result) {
            m_checks[i].result.reset();
            m_checks[i].sent.clear();
            relayout(i);
        }
    }
}

void HealthPlanModel::setRunning(int check)
{
    const int before = m_running;
    m_running = check;
    for (const int row : {before, check}) {
        if (row >= 0 && row < m_checks.size())
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void HealthPlanModel::setResult(int check, const CheckResult &result)
{
    if (check < 0 || check >= m_checks.size())
        return;
    if (m_running == check)
        m_running = -1;
    m_checks[check].result = result;
    m_checks[check].sent = health::HealthPlan::sentCommands(m_checks.at(check).planned, result.evidence);
    relayout(check);
}

bool HealthPlanModel::hasResult(int check) const
{
    return check >= 0 && check < m_checks.size() && m_checks.at(check).result.has_value();
}

const CheckResult &HealthPlanModel::result(int check) const
{
    return *m_checks.at(check).result;
}

QList<CheckResult> HealthPlanModel::results() const
{
    QList<CheckResult> results;
    for (const Row &row : m_checks) {
        if (row.result)
            results << *row.result;
    }
    return results;
}

int HealthPlanModel::mostTellingCheck() const
{
    for (const Verdict verdict : {Verdict::Fail, Verdict::Warning}) {
        for (int i = 0; i < m_checks.size(); ++i)
            if (m_checks.at(i).result && m_checks.at(i).result->verdict == verdict)
                return i;
    }
    return -1;
}

QList<std::pair<HealthPlanModel::Line, QString>> HealthPlanModel::linesOf(const Row &row)
{
    QList<std::pair<Line, QString>> lines;
    if (!row.planned.problem.isEmpty())
        lines.append({Line::Problem, row.planned.problem});
    for (const QString &command : health::HealthPlan::commandLines(row.planned))
        lines.append({Line::Command, command});
    if (!row.result)
        return lines;
    const CheckResult &r = *row.result;
    // A check that could not run already says why above.
    if (!(r.verdict == Verdict::NotRun && r.summary == row.planned.problem))
        lines.append({Line::Summary, r.summary});
    if (!r.advice.isEmpty())
        lines.append({Line::Advice, tr("Next step: %1").arg(r.advice)});
    if (r.verdict == Verdict::Fail && r.stopsRest)
        lines.append({Line::StopsHere, tr("The check stops here: the checks after it would tell nothing.")});
    return lines;
}

void HealthPlanModel::relayout(int check)
{
    Row &row = m_checks[check];
    const auto lines = linesOf(row);
    const QModelIndex parent = index(check, 0);
    if (lines.size() != row.lines.size()) {
        if (!row.lines.isEmpty()) {
            beginRemoveRows(parent, 0, int(row.lines.size()) - 1);
            row.lines.clear();
            endRemoveRows();
        }
        if (!lines.isEmpty()) {
            beginInsertRows(parent, 0, int(lines.size()) - 1);
            row.lines = lines;
            endInsertRows();
        }
    } else {
        row.lines = lines;
        if (!lines.isEmpty())
            emit dataChanged(index(0, 0, parent), index(int(lines.size()) - 1, ColumnCount - 1, parent));
    }
    emit dataChanged(index(check, 0), index(check, ColumnCount - 1));
}

int HealthPlanModel::checkOf(const QModelIndex &index)
{
    if (!index.isValid())
        return -1;
    return index.internalId() == TopLevel ? index.row() : int(index.internalId()) - 1;
}

QModelIndex HealthPlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_checks.size() ? createIndex(row, column, TopLevel) : QModelIndex();
    if (parent.internalId() != TopLevel || parent.row() >= m_checks.size() || row >= m_checks.at(parent.row()).lines.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex HealthPlanModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, TopLevel);
}

int HealthPlanModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_checks.size());
    if (parent.internalId() != TopLevel || parent.column() != 0)
        return 0;
    return int(m_checks.at(parent.row()).lines.size());
}

int HealthPlanModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant HealthPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == TopLevel)
        return checkData(index.row(), index.column(), role);
    return lineData(int(index.internalId()) - 1, index.row(), index.column(), role);
}

QVariant HealthPlanModel::checkData(int check, int column, int role) const
{
    const Row &row = m_checks.at(check);
    const bool on = ticked(check);
    if (role == Qt::BackgroundRole && check == m_running)
        return QBrush(QPalette().color(QPalette::Highlight).lighter(170));
    if (role == Qt::FontRole && check == m_running) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (column == Check) {
        switch (role) {
        case Qt::DisplayRole: return QStringLiteral("%1. %2").arg(check + 1).arg(health::HealthPlan::title(row.planned.kind));
        case Qt::CheckStateRole: return on ? Qt::Checked : Qt::Unchecked;
        case Qt::ForegroundRole: return on ? QVariant() : QVariant(QBrush(QPalette().color(QPalette::Disabled, QPalette::Text)));
        case Qt::ToolTipRole:
            return !row.planned.problem.isEmpty() ? row.planned.problem
                   : on ? tr("Ticked: these commands are sent when the check runs.")
                        : tr("Unticked: nothing of this check is sent.");
        default: return {};
        }
    }
    if (check == m_running && role == Qt::DisplayRole)
        return tr("Running…");
    if (!row.result)
        return role == Qt::DisplayRole && !on ? QVariant(tr("Off")) : QVariant();
    switch (role) {
    case Qt::DisplayRole: return health::HealthPlan::verdictText(row.result->verdict);
    case Qt::DecorationRole: return VerdictStyle::icon(row.result->verdict);
    case Qt::ForegroundRole: return QBrush(VerdictStyle::colour(row.result->verdict));
    case Qt::ToolTipRole: return row.result->summary;
    default: return {};
    }
}

QVariant HealthPlanModel::lineData(int check, int line, int column, int role) const
{
    const Row &row = m_checks.at(check);
    if (line >= row.lines.size())
        return {};
    const auto &[kind, text] = row.lines.at(line);
    if (column != Check)
        return {}; // the view spans the first column across the row
    // Commands come first and only when the check can run: line n is command n.
    if (kind == Line::Command && line < row.planned.commands.size() && role != LineRole)
        return commandData(check, line, text, role);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text;
    case LineRole:
        return int(kind);
    case Qt::FontRole:
        if (kind == Line::StopsHere) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (kind == Line::Problem || kind == Line::StopsHere)
            return QBrush(VerdictStyle::colour(Verdict::Fail));
        if (kind == Line::Advice)
            return QBrush(QPalette().color(QPalette::Link));
        return {};
    default:
        return {};
    }
}

QVariant HealthPlanModel::commandData(int check, int command, const QString &text, int role) const
{
    const Row &row = m_checks.at(check);
    const health::PlannedCommand &planned = row.planned.commands.at(command);
    const bool conditional = planned.role == health::PlannedCommand::Role::Undo
                             || planned.role == health::PlannedCommand::Role::Explain
                             || planned.role == health::PlannedCommand::Role::Activate;
    const bool held = row.result && !row.sent.value(command); // the check ran, this did not go out
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::ToolTipRole: {
        QString rule;
        switch (planned.role) {
        case health::PlannedCommand::Role::Required:
            rule = tr("%1\nIf it fails, the check fails and its other commands are not sent.").arg(text);
            break;
        case health::PlannedCommand::Role::Optional:
            rule = tr("%1\nOptional: not every firmware has it; a failure is only noted.").arg(text);
            break;
        case health::PlannedCommand::Role::Undo:
            rule = tr("%1\nSent only when the command it undoes succeeded, so the check leaves no trace.").arg(text);
            break;
        case health::PlannedCommand::Role::Explain:
            rule = tr("%1\nSent only when the command above answers a bare ERROR: the module's reason for it "
                      "(manual 2.1.12), read by the check itself.").arg(text);
            break;
        case health::PlannedCommand::Role::Activate:
            rule = tr("%1\nSent only when the module's answer above does not list the context as active: sockets, "
                      "ping and DNS need it activated. If it fails, the check fails.").arg(text);
            break;
        }
        if (!row.result)
            return rule;
        return (held ? tr("Not sent in this run.") : tr("Sent in this run.")) + QLatin1Char('\n') + rule;
    }
    case Qt::FontRole: {
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        font.setItalic(conditional);
        font.setStrikeOut(held);
        return font;
    }
    case Qt::ForegroundRole:
        if (!ticked(check) || held || (conditional && !row.result))
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
}

bool HealthPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.internalId() != TopLevel || index.column() != Check || role != Qt::CheckStateRole
        || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const health::CheckKind kind = m_checks.at(index.row()).planned.kind;
    if (Qt::CheckState(value.toInt()) == Qt::Checked)
        m_unticked.remove(kind);
    else
        m_unticked.insert(kind);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    const QModelIndex parent = this->index(index.row(), 0);
    if (const int lines = rowCount(parent); lines > 0)
        emit dataChanged(this->index(0, 0, parent), this->index(lines - 1, ColumnCount - 1, parent));
    emit tickChanged();
    return true;
}

Qt::ItemFlags HealthPlanModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == TopLevel && index.column() == Check && !m_locked
        && m_checks.at(index.row()).planned.problem.isEmpty())
        flags |= Qt::ItemIsUserCheckable;
    if (index.internalId() != TopLevel)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant HealthPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Check ? tr("Check and its commands") : tr("Result");
}

} // namespace bc25::ui
