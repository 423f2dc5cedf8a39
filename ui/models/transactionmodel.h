// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"
#include "bc25/transactionstatistics.h"
#include "batchedlogmodel.h"

#include <QSortFilterProxyModel>

#include <memory>

namespace bc25 { class ModuleSession; }
namespace bc25::profile { class ModuleProfile; }

namespace bc25::ui {

struct TransactionEntry
{
    at::Transaction transaction; // times in ms since the epoch where known
    qint64 timeMs;               // when it was written (or seen, if it never was)
    bool notInManual = false;    // typed, yet no command of the model's manual: it went out as typed
    // The model it was read as (none: decoded without a session): its advice and
    // its catalog's words stay the row's after a model switch.
    std::shared_ptr<const profile::ModuleProfile> model;
    // The <err> AT+QIGETERROR gave for a bare ERROR (CommandRunner::errorExplained), or -1.
    int explainedError = -1;
};

// Every finished transaction, live or decoded from a capture: time, source,
// command, final result, latency, the second phase, URCs in between and errors
// in words. Bounded and batched like the other logs; it also keeps the
// per-command statistics the Transactions dock shows.
class TransactionModel final : public BoundedLogModel<TransactionEntry>
{
    Q_OBJECT
public:
    enum Column { Time, Source, Command, Result, Latency, Operation, OperationLatency, Urcs, Errors, ColumnCount };
    enum Role { SourceRole = Qt::UserRole + 1, FailedRole, WrittenRole, CommandRole };

    explicit TransactionModel(QObject *parent = nullptr);

    // The session whose model's catalog says which typed commands are not in
    // its manual (they went out as typed): their rows say so. Each row keeps
    // the model it was read as: a switch sets another session for the rows after it.
    void setSession(const ModuleSession *session) { m_session = session; }

    // A transaction whose times are ms since the epoch (a decoded capture).
    void append(const at::Transaction &transaction);
    // A transaction from the live engine, whose times are its monotonic clock:
    // they are moved to the wall clock, taking now as the moment it finished.
    void appendLive(const at::Transaction &transaction);
    void clear();
    // The reason the module gave, read after the transaction's bare ERROR: its Errors
    // say it in words ("552 (Invalid parameters)"), its tooltip what to do.
    void explain(quint64 transactionId, int code);

    // Per-command counts and latencies since the last clear: of every
    // transaction, or of all but the workbench's own (Source::Session).
    [[nodiscard]] const TransactionStatistics &statistics(bool includeSession) const
    {
        return includeSession ? m_all : m_withoutSession;
    }
    [[nodiscard]] static bool failed(const at::Transaction &transaction);
    // Where a transaction came from, in words ("RAW (unchecked)").
    [[nodiscard]] static QString sourceText(at::Source source);
    // …and for a typed command the model's manual does not have ("terminal, not in the manual").
    [[nodiscard]] static QString sourceText(at::Source source, bool notInManual);
    // A second phase's state in words ("timed out"); empty for a command without one.
    [[nodiscard]] static QString operationText(at::OperationResult::Status status);
    // Every text a column can show at its widest (ColumnFit::WidestTextsRole),
    // for the columns whose texts are few: Time, Source, Operation. `rare`
    // false leaves out the Source of a command not in the manual.
    [[nodiscard]] static QStringList widestTexts(int column, bool rare = true);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString displayText(const TransactionEntry &entry, int column) const;

    const ModuleSession *m_session = nullptr;
    TransactionStatistics m_all;
    TransactionStatistics m_withoutSession;
};

// Hides the workbench's own commands (polling, drains, AT+QIGETERROR: the
// session's rule, ModuleSession::isPolling) unless asked to show them, so the
// view shows what the user did.
class TransactionFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setShowSession(bool show);
    [[nodiscard]] bool showsSession() const { return m_showSession; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showSession = false;
};

} // namespace bc25::ui
