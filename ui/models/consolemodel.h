// SPDX-License-Identifier: MIT
#pragma once

#include "batchedlogmodel.h"

namespace bc25::ui {

struct ConsoleEntry
{
    qint64 timestampMs; // when the line began
    bool sent;
    bool ended;         // its LF came, it reached the row's length, or it was sent
    QByteArray bytes;
};

// One socket's data as lines: what it received and what was sent on it, a
// row per line with the time the line began. Bytes that continue a line
// extend its row, so a timestamp never lands in the middle of a line; a
// line without an end is cut at MaxRowBytes. Shown as text (escapes for
// what is not text) or hex, switchable after the fact.
class ConsoleModel final : public BoundedLogModel<ConsoleEntry>
{
    Q_OBJECT
public:
    enum Column { Time, Data, ColumnCount };
    enum Role { SentRole = Qt::UserRole + 1 };
    static constexpr qsizetype MaxRowBytes = 256;
    static constexpr qsizetype DefaultCap = 20000;

    explicit ConsoleModel(QObject *parent = nullptr);

    void append(bool sent, const QByteArray &bytes, qint64 timestampMs = -1);
    void clear();
    void setHex(bool hex);
    [[nodiscard]] bool isHex() const { return m_hex; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString rowText(const ConsoleEntry &entry) const;

    bool m_hex = false;
};

} // namespace bc25::ui
