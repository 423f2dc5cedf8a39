// SPDX-License-Identifier: MIT
#pragma once

#include "linelogmodel.h"
#include "trafficattribution.h"

#include "panels/bytetext.h"

#include <QDateTime>
#include <QMap>
#include <QSortFilterProxyModel>

namespace bc25 { class ModuleSession; }

namespace bc25::ui {

// Raw traffic between host and module as lines (LineLogModel): what the
// module sent, a row per line; each write and note a row of its own; with
// the time it was seen, shown as text or hex. The terminal panel shows it;
// its cap bounds memory however long a session runs. Following a session,
// each row also says whether it is the workbench's own (OwnRole): a command
// it sent by itself, or what the engine routed to one.
class TrafficModel final : public LineLogModel
{
    Q_OBJECT
public:
    // Text exists only while the view mode is HexAndText (the bytes' text beside their hex).
    enum Column { Time, Direction, Bytes, ColumnCount, Text = ColumnCount };
    enum Role { OwnRole = Qt::UserRole + 1 };
    // RawTransmit: a line the user sent raw, unchecked by the catalog ("RAW").
    enum class Way : quint8 { Transmit, Receive, Note, RawTransmit };

    explicit TrafficModel(QObject *parent = nullptr);

    // Shows every byte the session's engine writes and reads, each row
    // attributed by the engine's own routing (the session's commandStarted, routed);
    // the rows of a session followed before stay.
    void follow(ModuleSession *session);
    void append(Way way, const QByteArray &bytes, qint64 timestampMs = -1);
    void setHex(bool hex);
    void setViewMode(ByteText::ViewMode mode);
    [[nodiscard]] QString rowText(int row) const;
    // The row where `command` was written (its first bytes, with its line end) closest
    // to timeMs, within toleranceMs either side; -1 if none. Flushes first.
    int findTransmit(qint64 timeMs, const QByteArray &command, qint64 toleranceMs = 1000);

    // How the engine (or a capture's decoder) routed the bytes up to
    // `streamLength`: whose each row is, and a line the model does not
    // expect (the routing's drift) shown in violet with its reason.
    void attribute(const at::RoutedEvent &routed, qint64 streamLength);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void lineTook(LogLine &line, qint64 from, qint64 to) override;

private:
    using Owner = TrafficAttribution::Owner;

    void appendReceived(const QByteArray &bytes, qint64 offset, qint64 timestampMs);

    // Why the module's model does not expect the line at an offset (the
    // routing's drift): the row holding it shows the reason. Bounded.
    [[nodiscard]] const QString *driftIn(const LogLine &line) const;
    static constexpr qsizetype MaxDrifts = 1000;
    QMap<qint64, QString> m_drifts;

    qint64 m_receivedEnd = 0; // the stream offset after the last byte received
    TrafficAttribution m_attribution;
    bool m_transmitRaw = false; // the command in flight was sent raw
};

// Hides the workbench's own commands and their answers ("Hide polling" in the
// terminal, by the session's rule ModuleSession::isPolling, as the transactions
// view); rows are filtered again when the engine's routing tags them late.
class TrafficFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setHideOwn(bool hide);
    [[nodiscard]] bool hidesOwn() const { return m_hideOwn; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_hideOwn = false;
};

} // namespace bc25::ui
