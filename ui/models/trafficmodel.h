// SPDX-License-Identifier: MIT
#pragma once

#include "batchedlogmodel.h"

#include <QDateTime>

namespace bc25::ui {

struct TrafficEntry
{
    enum class Way : quint8 { Transmit, Receive, Note };
    qint64 timestampMs;
    Way way;
    QByteArray bytes;
};

// Raw traffic between host and module, one row per line (cut after each LF,
// or at 256 bytes), with the time it was seen, shown as text or hex. The
// terminal panel shows it; its cap bounds memory however long a session runs.
class TrafficModel final : public BoundedLogModel<TrafficEntry>
{
    Q_OBJECT
public:
    enum Column { Time, Direction, Bytes, ColumnCount };
    using Way = TrafficEntry::Way;
    static constexpr qsizetype MaxRowBytes = 256;

    explicit TrafficModel(QObject *parent = nullptr);

    void append(Way way, const QByteArray &bytes, qint64 timestampMs = -1);
    void clear();
    void setHex(bool hex);
    [[nodiscard]] bool isHex() const { return m_hex; }
    [[nodiscard]] QString rowText(int row) const;
    // The row where `command` was written (its first bytes, with its line end) closest
    // to timeMs, within toleranceMs either side; -1 if none. Flushes first.
    int findTransmit(qint64 timeMs, const QByteArray &command, qint64 toleranceMs = 1000);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void beforeFlush() override;

private:
    void push(Way way, const QByteArray &bytes, qint64 timestampMs);

    QByteArray m_partialRx; // a received line not yet ended
    qint64 m_partialTime = 0;
    bool m_hex = false;
};

} // namespace bc25::ui
