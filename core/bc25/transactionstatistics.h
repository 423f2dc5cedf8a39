// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace bc25 {

// Per-command counts and latencies over a stream of transactions, like
// Wireshark's service response time: bc25-decode --stats prints it, the
// Transactions dock shows it. Constant memory per command name.
class TransactionStatistics final
{
public:
    struct Row
    {
        QByteArray command;      // "AT+QIRD", "AT+QISTATE?"…: the name and form, no arguments
        qint64 count = 0;
        qint64 failures = 0;     // not OK, or a second phase that did not succeed
        qint64 timed = 0;        // transactions with both times known
        qint64 minMs = -1;
        qint64 maxMs = -1;
        qint64 totalMs = 0;
        qint64 operationTimed = 0;
        qint64 operationMinMs = -1;
        qint64 operationMaxMs = -1;
        qint64 operationTotalMs = 0;

        [[nodiscard]] double averageMs() const { return timed ? double(totalMs) / double(timed) : -1.0; }
        [[nodiscard]] double operationAverageMs() const
        {
            return operationTimed ? double(operationTotalMs) / double(operationTimed) : -1.0;
        }
    };

    void add(const at::Transaction &transaction);
    void clear() { m_rows.clear(); }
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    [[nodiscard]] QJsonObject toJson() const;

    // The key a command is counted under: "AT+QIRD=" → "AT+QIRD", "AT+QISTATE?" stays.
    static QByteArray commandKey(QByteArrayView command);

private:
    QList<Row> m_rows; // few distinct commands: a linear search beats hashing
};

} // namespace bc25
