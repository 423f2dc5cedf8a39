// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"
#include "at/resultline.h"

#include <QObject>

#include <deque>

namespace bc25::at { class CommandEngine; }

namespace bc25 {

class TrafficDecoder;

// The session's typed record, bounded: every unsolicited line (including the
// lines that advance or end a second phase) and every finished transaction,
// each with its time. Fed live by the engine or from a capture by the
// decoder, so the live views and the capture viewer read the same thing.
class SessionLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionLog)
public:
    static constexpr qsizetype DefaultCapacity = 100000;

    struct UrcEntry
    {
        qint64 timeMs = -1;       // ms since the epoch
        at::ResultLine line;
        bool ofOperation = false; // +QIOPEN: 0,0, a +QPING line: a second phase's "+NAME:" line
    };

    explicit SessionLog(QObject *parent = nullptr, qsizetype capacity = DefaultCapacity);

    // Live: the engine's routed lines and transactions, stamped with the wall clock.
    void follow(at::CommandEngine *engine);
    // A capture or a log: the decoder's, stamped with the capture's times.
    void follow(TrafficDecoder *decoder);

    [[nodiscard]] const std::deque<UrcEntry> &urcs() const { return m_urcs; }
    [[nodiscard]] const std::deque<at::Transaction> &transactions() const { return m_transactions; }
    [[nodiscard]] qsizetype capacity() const { return m_capacity; }
    // Keeps at most `capacity` of each (the oldest go first).
    void setCapacity(qsizetype capacity);
    void clear();

signals:
    void urcAdded(const bc25::SessionLog::UrcEntry &entry);
    void transactionAdded(const bc25::at::Transaction &transaction, qint64 timeMs);
    void cleared();

private:
    void addUrc(UrcEntry entry);
    void addTransaction(const at::Transaction &transaction, qint64 timeMs);

    qsizetype m_capacity;
    std::deque<UrcEntry> m_urcs;
    std::deque<at::Transaction> m_transactions;
};

} // namespace bc25
