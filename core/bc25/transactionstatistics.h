// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <array>

namespace bc25 {

// Per-command counts and latencies over a stream of transactions, like
// Wireshark's service response time: bc25-decode --stats prints it, the
// Transactions dock shows it. Constant memory per command name, and at most
// MaxCommands names: a log of garbage commands counts the rest under
// OtherCommands, so memory stays bounded and each add() constant.
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

    // Past this many distinct names the rest are counted in one row.
    static constexpr qsizetype MaxCommands = 1000;
    static constexpr const char *OtherCommands = "(other commands)";

    void add(const at::Transaction &transaction);
    void clear()
    {
        m_rows.clear();
        m_index.clear();
        m_recent.fill({});
        m_other = -1;
    }
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    [[nodiscard]] QJsonObject toJson() const;

    // The key a command is counted under: "AT+QIRD=" → "AT+QIRD", "AT+QISTATE?" stays.
    static QByteArray commandKey(QByteArrayView command);

private:
    [[nodiscard]] Row &rowFor(QByteArrayView command);

    QList<Row> m_rows;                    // in the order the names first occurred
    QHash<QByteArray, qsizetype> m_index; // key → position in m_rows
    // The commands last counted, as written, with their rows: a log repeats a
    // few commands in turn (a poll of four), found again without building a key.
    struct Recent
    {
        QByteArray command;
        qsizetype row = -1;
    };
    std::array<Recent, 8> m_recent;
    qsizetype m_nextRecent = 0;
    qsizetype m_other = -1;               // the OtherCommands row, once needed
};

} // namespace bc25
