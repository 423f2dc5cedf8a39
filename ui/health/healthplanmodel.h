// SPDX-License-Identifier: MIT
#pragma once

#include "health/healthresult.h"

#include <QAbstractItemModel>
#include <QSet>

namespace bc25::ui {

// The health check's plan and results as a tree for the Diagnostics dock:
// a row per check (tick box, title; the verdict as icon, colour and word in
// the second column) with its exact commands under it in a fixed font, and,
// once it has run, what was seen, the cause and next step, and a "stops here"
// note. Unticked checks and checks that cannot run are greyed; the commands
// sent only on a condition (an undo, AT+QIGETERROR) are in italics, and once
// a check has run, those of its commands that did not go out are struck
// through. The ticks are kept by check kind, so rebuilding the plan (the form
// changed) keeps them.
class HealthPlanModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthPlanModel)
public:
    enum Column { Check, Result, ColumnCount };
    // What a child row shows, for views and tests.
    enum class Line : quint8 { Command, Problem, Summary, Advice, StopsHere };
    enum Role { LineRole = Qt::UserRole + 1 };

    explicit HealthPlanModel(QObject *parent = nullptr);

    // A new plan (the settings changed): the results go, the ticks by kind stay.
    void setPlan(const QList<health::PlannedCheck> &plan);
    // The plan with the user's ticks applied: what HealthCheck::start is given.
    [[nodiscard]] QList<health::PlannedCheck> plan() const;
    [[nodiscard]] const QSet<health::CheckKind> &unticked() const { return m_unticked; }
    void setUnticked(const QSet<health::CheckKind> &kinds);
    // While a run goes the ticks are locked: what runs is what was shown.
    void setLocked(bool locked);

    void clearResults();
    // The check under way (-1: none); its row is highlighted.
    void setRunning(int check);
    void setResult(int check, const health::CheckResult &result);
    [[nodiscard]] bool hasResult(int check) const;
    [[nodiscard]] const health::CheckResult &result(int check) const;
    [[nodiscard]] QList<health::CheckResult> results() const;
    // The check to show first after a run: the first failure, else the first warning; -1 for none.
    [[nodiscard]] int mostTellingCheck() const;
    [[nodiscard]] int checkCount() const { return int(m_checks.size()); }
    [[nodiscard]] const health::PlannedCheck &check(int row) const { return m_checks.at(row).planned; }
    // The check a row stands for (its own or its parent's); -1 for none.
    [[nodiscard]] static int checkOf(const QModelIndex &index);


    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void tickChanged();

private:
    struct Row
    {
        health::PlannedCheck planned;
        std::optional<health::CheckResult> result;
        QList<bool> sent;      // per command, once it has run: whether it went out
        QList<std::pair<Line, QString>> lines;
    };
    static QList<std::pair<Line, QString>> linesOf(const Row &row);
    void relayout(int check);
    [[nodiscard]] bool ticked(int check) const;
    QVariant checkData(int check, int column, int role) const;
    QVariant lineData(int check, int line, int column, int role) const;
    QVariant commandData(int check, int command, const QString &text, int role) const;

    QList<Row> m_checks;
    QSet<health::CheckKind> m_unticked;
    int m_running = -1;
    bool m_locked = false;
};

} // namespace bc25::ui
