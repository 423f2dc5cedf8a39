// SPDX-License-Identifier: MIT
#pragma once

#include "linelogmodel.h"

#include <QDateTime>

namespace bc25::ui {

// Raw traffic between host and module as lines (LineLogModel): what the
// module sent, a row per line; each write and note a row of its own; with
// the time it was seen, shown as text or hex. The terminal panel shows it;
// its cap bounds memory however long a session runs.
class TrafficModel final : public LineLogModel
{
    Q_OBJECT
public:
    enum Column { Time, Direction, Bytes, ColumnCount };
    enum class Way : quint8 { Transmit, Receive, Note };

    explicit TrafficModel(QObject *parent = nullptr);

    void append(Way way, const QByteArray &bytes, qint64 timestampMs = -1);
    void setHex(bool hex);
    [[nodiscard]] bool isHex() const { return m_hex; }
    [[nodiscard]] QString rowText(int row) const;
    // The row where `command` was written (its first bytes, with its CR) closest
    // to timeMs, within toleranceMs either side; -1 if none. Flushes first.
    int findTransmit(qint64 timeMs, const QByteArray &command, qint64 toleranceMs = 1000);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool m_hex = false;
};

} // namespace bc25::ui
