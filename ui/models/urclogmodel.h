// SPDX-License-Identifier: MIT
#pragma once

#include "session/sessionlog.h"

#include "at/resultline.h"
#include "batchedlogmodel.h"

#include <QSortFilterProxyModel>

namespace bc25::ui {

struct UrcEntry
{
    qint64 timestampMs;
    QString type;
    int socket;
    QString meaning;
    QString line;
    bool marker = false; // where one link ended and the next began: no URC
};

// Every unsolicited result with its time, type, socket, the line as printed
// and its meaning in words. Bounded; filtered by UrcFilterModel.
class UrcLogModel final : public BoundedLogModel<UrcEntry>
{
    Q_OBJECT
public:
    enum Column { Time, Type, Socket, Meaning, Line, ColumnCount };
    enum Role { TypeRole = Qt::UserRole + 1, SocketRole, MarkerRole };

    explicit UrcLogModel(QObject *parent = nullptr);

    void append(const at::ResultLine &line, qint64 timestampMs = -1);
    // A row that says where a link ended or began (as the terminal and the
    // consoles mark it); of no type and no socket, a filter hides it.
    void appendMarker(const QString &text);
    // Shows what a session log records, live or decoded: every unsolicited
    // line, including those that end or advance an operation.
    void follow(SessionLog *log);
    // Every type seen so far, for the filter's choices.
    [[nodiscard]] QStringList types() const { return m_types; }
    // The whole log as tab-separated text, one row a line.
    [[nodiscard]] QString toText() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void typesChanged();

private:
    QStringList m_types;
};

// Filters the URC log by type and by socket (STYLE.md rule 9).
class UrcFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    // Empty type: every type. Socket -1: every socket.
    void setTypeFilter(const QString &type);
    void setSocketFilter(int socket);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_type;
    int m_socket = -1;
};

} // namespace bc25::ui
