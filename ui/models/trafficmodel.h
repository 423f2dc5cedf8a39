// SPDX-License-Identifier: MIT
#pragma once

#include "batchedlogmodel.h"

#include <QDateTime>

namespace bc25::ui {

// Raw traffic between host and module, one row per line (cut after each LF,
// or at 256 bytes), with the time it was seen, shown as text or hex. The
// terminal panel shows it; its cap bounds memory however long a session runs.
class TrafficModel final : public BatchedLogModel
{
    Q_OBJECT
public:
    enum Column { Time, Direction, Bytes, ColumnCount };
    enum class Way : quint8 { Transmit, Receive, Note };
    static constexpr qsizetype MaxRowBytes = 256;

    explicit TrafficModel(QObject *parent = nullptr);

    void append(Way way, const QByteArray &bytes, qint64 timestampMs = -1);
    void clear();
    void setHex(bool hex);
    [[nodiscard]] bool isHex() const { return m_hex; }
    void setCap(qsizetype rows) { m_log.cap = qMax<qsizetype>(1, rows); }
    [[nodiscard]] QString rowText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qsizetype pendingCount() const override { return qsizetype(m_log.pending.size()); }
    qsizetype storedCount() const override { return qsizetype(m_log.rows.size()); }
    qsizetype capacity() const override { return m_log.cap; }
    void beforeFlush() override;
    void commitPending() override;
    void dropOldest(qsizetype count) override;
    void dropPending(qsizetype count) override;

private:
    struct Entry
    {
        qint64 timestampMs;
        Way way;
        QByteArray bytes;
    };

    void push(Way way, const QByteArray &bytes, qint64 timestampMs);

    BatchedLog<Entry> m_log;
    QByteArray m_partialRx; // a received line not yet ended
    qint64 m_partialTime = 0;
    bool m_hex = false;
};

} // namespace bc25::ui
