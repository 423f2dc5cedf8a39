// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QTimer>

#include <array>

namespace bc25 { class ModuleSession; }

namespace bc25::ui {

// The module's six sockets as a table, updated live from the session
// (STYLE.md rule 8: a Column enum ending in a count, dataChanged per row).
// A socket's counters change with every chunk of a flood; the rows that
// changed are announced at most every AnnounceIntervalMs, not once a chunk
// (each announcement re-measures the columns, which fit their contents) —
// but a send's Sent and Acknowledged at once, as the console shows them.
class SocketTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ConnectId, Service, Remote, LocalPort, State, Context, AccessMode,
        Sent, Acknowledged, Received, Unread, ColumnCount
    };

    explicit SocketTableModel(ModuleSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(int state);
    // Every text a column can show at its widest, in the current language
    // (ColumnFit::WidestTextsRole): the State column does not jump as a socket connects.
    [[nodiscard]] QStringList widestTexts(int column) const;

    static constexpr int AnnounceIntervalMs = 500;

private:
    void announceChanges();

    static constexpr int MaxSockets = 32; // m_changedRows' bits
    struct SendFigures
    {
        qint64 sent = 0;
        qint64 acknowledged = 0;
    };

    ModuleSession *m_session;
    quint32 m_changedRows = 0; // bit per connect id, until the next announcement
    std::array<SendFigures, MaxSockets> m_shown {}; // as last announced, per connect id
    QTimer m_announce;
};

} // namespace bc25::ui
