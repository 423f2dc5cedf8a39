// SPDX-License-Identifier: MIT
#include "transactionmodel.h"

#include "erroradvice.h"

#include "tabletext.h"

#include "panels/bytetext.h"
#include "bc25/commandcatalog.h"
#include "profile/moduleprofile.h"
#include "at/commandengine.h"
#include "bc25/errorcodes.h"
#include "session/commandrunner.h"
#include "session/modulesession.h"
#include "views/columnfit.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace bc25::ui {

namespace {

using at::OperationResult;
using at::Transaction;

void shift(qint64 &ms, qint64 offset)
{
    if (ms >= 0)
        ms += offset;
}

QString joinedLines(const QList<at::ResultLine> &lines, QLatin1String separator)
{
    QStringList texts;
    texts.reserve(lines.size());
    for (const at::ResultLine &line : lines)
        texts << QString::fromLatin1(line.text);
    return texts.join(separator);
}

QString errorsText(const TransactionEntry &entry)
{
    const Transaction &t = entry.transaction;
    QStringList parts = t.errors;
    if (entry.explainedError > 0)
        parts << ErrorCodes::describe(entry.explainedError);
    for (const QString &message : {t.message, t.operation.message}) {
        if (!message.isEmpty() && !parts.contains(message))
            parts << message;
    }
    // Lines the module's model does not expect ("not expected for BC25: …").
    for (const QString &drift : t.drifts) {
        if (!parts.contains(drift))
            parts << drift;
    }
    return parts.join(QLatin1String("; "));
}

} // namespace

TransactionModel::TransactionModel(QObject *parent)
    : BoundedLogModel(parent)
{
    setCap(20000);
}

bool TransactionModel::failed(const Transaction &t)
{
    return !CommandRunner::succeeded(t);
}

void TransactionModel::append(const Transaction &transaction)
{
    m_all.add(transaction);
    if (!ModuleSession::isPolling(transaction.source))
        m_withoutSession.add(transaction);
    Transaction t = transaction;
    t.payload.clear(); // the bytes stay in the terminal; the log keeps the record only
    t.data.clear();
    const qint64 time = t.writtenMs >= 0 ? t.writtenMs : QDateTime::currentMSecsSinceEpoch();
    // What the user typed goes out even when the model's manual has no such
    // command (a raw line is marked RAW already): the row says which it was.
    const bool typed = t.source == at::Source::Terminal || t.source == at::Source::Quick;
    const bool notInManual = typed && m_session && !m_session->profile().catalog().parse(t.command).spec;
    enqueue({std::move(t), time, notInManual, m_session ? m_session->sharedProfile() : nullptr});
}

void TransactionModel::appendLive(const Transaction &transaction)
{
    // transactionFinished is emitted when the later of the two phases ends: that is now.
    const qint64 endMs = qMax(transaction.finalMs, transaction.operation.finishedMs);
    if (endMs < 0) {
        append(transaction); // never written: no times to move
        return;
    }
    const qint64 offset = QDateTime::currentMSecsSinceEpoch() - endMs;
    Transaction t = transaction;
    shift(t.writtenMs, offset);
    shift(t.echoedMs, offset);
    shift(t.finalMs, offset);
    shift(t.operation.finishedMs, offset);
    append(t);
}

void TransactionModel::explain(quint64 transactionId, int code)
{
    visitNewestFirst([&](TransactionEntry &entry, int row) {
        if (entry.transaction.id != transactionId)
            return true;
        entry.explainedError = code;
        if (row >= 0)
            emit dataChanged(index(row, Errors), index(row, Errors));
        return false;
    });
}

void TransactionModel::clear()
{
    m_all.clear();
    m_withoutSession.clear();
    BoundedLogModel::clear();
}

int TransactionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransactionModel::sourceText(at::Source source)
{
    switch (source) {
    case at::Source::Session: return tr("workbench");
    case at::Source::Panel: return tr("panel");
    case at::Source::Terminal: return tr("terminal");
    case at::Source::Recipe: return tr("recipe");
    case at::Source::Log: return tr("capture");
    case at::Source::Health: return tr("health check");
    case at::Source::Soak: return tr("soak monitor");
    case at::Source::Quick: return tr("quick");
    case at::Source::Raw: return tr("RAW (unchecked)");
    }
    return {};
}

QString TransactionModel::sourceText(at::Source source, bool notInManual)
{
    if (!notInManual)
        return sourceText(source);
    return source == at::Source::Quick ? tr("quick, not in the manual") : tr("terminal, not in the manual");
}

QString TransactionModel::operationText(at::OperationResult::Status status)
{
    switch (status) {
    case OperationResult::Status::None: return {};
    case OperationResult::Status::Pending: return tr("pending");
    case OperationResult::Status::Done: return tr("done");
    case OperationResult::Status::Failed: return tr("failed");
    case OperationResult::Status::Timeout: return tr("timed out");
    case OperationResult::Status::Aborted: return tr("aborted");
    }
    return {};
}

QStringList TransactionModel::widestTexts(int column, bool rare)
{
    switch (column) {
    case Time: return {QStringLiteral("00:00:00.000")}; // TableText::timeOfDay's format
    case Source: {
        QStringList sources;
        for (int source = int(at::Source::Session); source <= int(at::Source::Raw); ++source)
            sources << sourceText(at::Source(source));
        if (rare)
            sources << sourceText(at::Source::Terminal, true) << sourceText(at::Source::Quick, true);
        return sources;
    }
    case Operation: {
        QStringList operations;
        for (const auto status : {OperationResult::Status::Pending, OperationResult::Status::Done,
                                  OperationResult::Status::Failed, OperationResult::Status::Timeout,
                                  OperationResult::Status::Aborted})
            operations << operationText(status);
        return operations;
    }
    }
    return {};
}

QString TransactionModel::displayText(const TransactionEntry &entry, int column) const
{
    const Transaction &t = entry.transaction;
    switch (column) {
    case Time:
        return TableText::timeOfDay(entry.timeMs);
    case Source:
        return sourceText(t.source, entry.notInManual);
    case Command:
        return ByteText::escaped(t.command); // an inline send's UTF-8 text as text
    case Result:
        // A failed second phase is the command's result (manual 2.1.4: OK, then +QIOPEN: 0,566).
        if (t.ok() && !CommandRunner::succeeded(t) && t.operation.status != OperationResult::Status::Pending) {
            const QString why = CommandRunner::failureText(t.operation);
            return why.isEmpty() ? tr("failed") : why;
        }
        // Its second phase's end is the command's result too (SEND OK, not the OK before it).
        if (t.ok() && t.operation.status == OperationResult::Status::Done)
            return CommandRunner::doneText(t.operation);
        switch (t.status) {
        case Transaction::Status::Open: return tr("open");
        case Transaction::Status::Ok:
        case Transaction::Status::Error:
        case Transaction::Status::CmeError:
        case Transaction::Status::CmsError:
            // The final result as the module printed it: OK, ERROR, +CME ERROR: 552.
            return t.lines.isEmpty() ? QString::fromLatin1(Transaction::statusName(t.status))
                                     : QString::fromLatin1(t.lines.constLast().text);
        case Transaction::Status::Timeout: return tr("timed out");
        case Transaction::Status::Aborted: return tr("aborted");
        }
        return {};
    case Latency:
        return t.latencyMs() >= 0 ? QString::number(t.latencyMs()) : QString();
    case Operation:
        return operationText(t.operation.status);
    case OperationLatency:
        return t.operationLatencyMs() >= 0 ? QString::number(t.operationLatencyMs()) : QString();
    case Urcs:
        return joinedLines(t.urcs, QLatin1String("; "));
    case Errors:
        return errorsText(entry);
    }
    return {};
}

QVariant TransactionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TransactionEntry &e = entryAt(index.row());
    const Transaction &t = e.transaction;
    if (role == TableText::ExportRole && index.column() == Time) // exports carry the full date
        return TableText::dateAndTime(e.timeMs);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(e, index.column());
    case Qt::ToolTipRole:
        // The lines behind a cell: the response with its final result, the second phase.
        if (index.column() == Command || index.column() == Result) {
            const QString lines = joinedLines(t.lines, QLatin1String("\n"));
            return lines.isEmpty() ? ByteText::escaped(t.command)
                                   : ByteText::escaped(t.command) + QLatin1Char('\n') + lines;
        }
        if (index.column() == Operation || index.column() == OperationLatency)
            return joinedLines(t.operation.lines, QLatin1String("\n"));
        if (index.column() == Urcs)
            return joinedLines(t.urcs, QLatin1String("\n"));
        if (index.column() == Source && e.notInManual && e.model) // the catalog's own words
            return CommandCatalog::validate(e.model->catalog().parse(t.command));
        // The errors, and what to do about them on the model that read them (ErrorAdvice:
        // AT+QIACT for a BG96's 561, still after a switch to a BC25, whose 561 has none).
        if (index.column() == Errors && e.model && ErrorAdvice::codeOf(t) <= 0 && e.explainedError > 0)
            return ErrorAdvice::withAdvice(displayText(e, index.column()), e.explainedError, *e.model);
        if (index.column() == Errors && e.model)
            return ErrorAdvice::withAdvice(displayText(e, index.column()), t, *e.model);
        return displayText(e, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Latency || index.column() == OperationLatency)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        return failed(t) ? QBrush(QColor(0xfd, 0xe2, 0xe2)) : QVariant();
    case Qt::ForegroundRole:
        return failed(t) ? QBrush(QColor(0x8b, 0x00, 0x10)) : QVariant();
    case SourceRole:
        return int(t.source);
    case FailedRole:
        return failed(t);
    case WrittenRole:
        return t.writtenMs;
    case CommandRole:
        return t.command;
    default:
        return {};
    }
}

QVariant TransactionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Latency)
        return tr("Milliseconds from writing the command to its final result");
    if (role == ColumnFit::WidestTextsRole)
        return widestTexts(section);
    if (role == Qt::ToolTipRole && section == OperationLatency)
        return tr("Milliseconds from writing the command to the end of its second phase");
    // A short label, the column mostly empty (TransactionsPanel gives its width to the errors).
    if (role == Qt::ToolTipRole && section == Urcs)
        return tr("URCs in between: what the module reported by itself while the command ran");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Source: return tr("Source");
    case Command: return tr("Command");
    case Result: return tr("Result");
    case Latency: return tr("ms");
    case Operation: return tr("Operation");
    case OperationLatency: return tr("Op. ms");
    case Urcs: return tr("URCs");
    case Errors: return tr("Errors");
    }
    return {};
}

void TransactionFilterModel::setShowSession(bool show)
{
    if (m_showSession == show)
        return;
    m_showSession = show;
    invalidateFilter();
}

bool TransactionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_showSession)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // The session's rule, the one the terminal's "Hide polling" follows too.
    return !ModuleSession::isPolling(at::Source(index.data(TransactionModel::SourceRole).toInt()));
}

} // namespace bc25::ui
