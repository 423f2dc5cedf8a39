// SPDX-License-Identifier: MIT
#include "transactionstatistics.h"

#include <QJsonArray>

namespace bc25 {

namespace {

void addTime(qint64 ms, qint64 &timed, qint64 &minMs, qint64 &maxMs, qint64 &totalMs)
{
    if (ms < 0)
        return;
    ++timed;
    totalMs += ms;
    minMs = minMs < 0 ? ms : qMin(minMs, ms);
    maxMs = qMax(maxMs, ms);
}

} // namespace

QByteArray TransactionStatistics::commandKey(QByteArrayView command)
{
    qsizetype end = 0;
    while (end < command.size() && command[end] != '=')
        ++end;
    QByteArray key = command.first(end).trimmed().toByteArray().toUpper();
    if (end + 1 < command.size() && command[end + 1] == '?')
        key += "=?";
    return key;
}

TransactionStatistics::Row &TransactionStatistics::rowFor(QByteArrayView command)
{
    // The same command text again (a poll, a series of reads) builds no key.
    for (const Recent &recent : m_recent) {
        if (recent.row >= 0 && recent.command == command)
            return m_rows[recent.row];
    }
    qsizetype row = -1;
    QByteArray key = commandKey(command);
    if (const auto found = m_index.constFind(key); found != m_index.cend()) {
        row = found.value();
    } else if (m_index.size() >= MaxCommands) {
        // Not remembered: the next one must look again, and finds no row either.
        if (m_other < 0) {
            m_other = m_rows.size();
            m_rows.append(Row {QByteArray(OtherCommands)});
        }
        return m_rows[m_other];
    } else {
        row = m_rows.size();
        m_index.insert(key, row);
        m_rows.append(Row {std::move(key)});
    }
    m_recent[m_nextRecent] = {command.toByteArray(), row};
    m_nextRecent = (m_nextRecent + 1) % qsizetype(m_recent.size());
    return m_rows[row];
}

void TransactionStatistics::add(const at::Transaction &t)
{
    Row *row = &rowFor(t.command);
    ++row->count;
    const bool operationFailed = t.operation.status != at::OperationResult::Status::None
            && t.operation.status != at::OperationResult::Status::Done;
    if (!t.ok() || operationFailed)
        ++row->failures;
    addTime(t.latencyMs(), row->timed, row->minMs, row->maxMs, row->totalMs);
    if (t.operation.status == at::OperationResult::Status::Done)
        addTime(t.operationLatencyMs(), row->operationTimed, row->operationMinMs, row->operationMaxMs,
                row->operationTotalMs);
}

QJsonObject TransactionStatistics::toJson() const
{
    QJsonObject byCommand;
    for (const Row &row : m_rows) {
        QJsonObject o;
        o.insert(QLatin1String("count"), row.count);
        o.insert(QLatin1String("failures"), row.failures);
        if (row.timed > 0) {
            o.insert(QLatin1String("minMs"), row.minMs);
            o.insert(QLatin1String("avgMs"), row.averageMs());
            o.insert(QLatin1String("maxMs"), row.maxMs);
        }
        if (row.operationTimed > 0) {
            o.insert(QLatin1String("operationMinMs"), row.operationMinMs);
            o.insert(QLatin1String("operationAvgMs"), row.operationAverageMs());
            o.insert(QLatin1String("operationMaxMs"), row.operationMaxMs);
        }
        // UTF-8, as the events print it: a name that does not decode shows
        // U+FFFD and keeps its bytes in "hex" (and in the key, should two
        // such names decode alike).
        QString name = QString::fromUtf8(row.command);
        if (!QByteArrayView(row.command).isValidUtf8()) {
            o.insert(QLatin1String("hex"), QString::fromLatin1(row.command.toHex()));
            if (byCommand.contains(name))
                name += QStringLiteral(" (%1)").arg(QString::fromLatin1(row.command.toHex()));
        }
        byCommand.insert(name, o);
    }
    return byCommand;
}

} // namespace bc25
