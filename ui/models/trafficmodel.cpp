// SPDX-License-Identifier: MIT
#include "trafficmodel.h"

#include "views/logview.h"

#include "tabletext.h"

#include "panels/bytetext.h"

#include "session/modulesession.h"
#include "at/lineending.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace bc25::ui {


TrafficModel::TrafficModel(QObject *parent)
    : LineLogModel(parent)
{
}

void TrafficModel::follow(ModuleSession *session)
{
    // Another session (a model switch keeps the history): its commands' ids and
    // its stream's offsets start over, and nothing of the last one's routing applies.
    m_attribution = {};
    m_drifts.clear();
    m_receivedEnd = 0;
    connect(session, &ModuleSession::commandStarted, this,
            [this](quint64 id, const QByteArray &, at::Source source) {
        m_attribution.commandStarted(id, source);
        m_transmitRaw = source == at::Source::Raw;
    });
    connect(session, &ModuleSession::rawTransmitted, this, [this](const QByteArray &bytes) {
        appendLines(quint8(m_transmitRaw ? Way::RawTransmit : Way::Transmit), bytes, QDateTime::currentMSecsSinceEpoch(), false, -1,
                    quint8(m_attribution.transmitOwner()));
    });
    // The session says where the bytes start in the stream: the model reads no parser.
    connect(session, &ModuleSession::rawReceived, this, [this](const QByteArray &bytes, qint64 offset) {
        appendReceived(bytes, offset, QDateTime::currentMSecsSinceEpoch());
    });
    connect(session, &ModuleSession::routed, this, &TrafficModel::attribute);
}

void TrafficModel::append(Way way, const QByteArray &bytes, qint64 timestampMs)
{
    if (timestampMs < 0)
        timestampMs = QDateTime::currentMSecsSinceEpoch();
    if (way == Way::Receive) {
        appendReceived(bytes, m_receivedEnd, timestampMs);
        return;
    }
    // A command written, a note: each stands alone.
    appendLines(quint8(way), bytes, timestampMs, false);
}

void TrafficModel::appendReceived(const QByteArray &bytes, qint64 offset, qint64 timestampMs)
{
    // Received bytes read best as lines (LineLogModel keeps a line whole across reads).
    if (offset < m_receivedEnd)
        m_drifts.clear(); // a new stream (a new link) counts from 0 again
    m_receivedEnd = offset + bytes.size();
    appendLines(quint8(Way::Receive), bytes, timestampMs, true, offset, quint8(Owner::Unknown));
    // Rows to come start after the last one, or with it while its line goes on.
    bool shown = false;
    const LogLine *last = newest(&shown);
    m_attribution.forgetBefore(last && !last->ended && last->offset >= 0 ? last->offset : m_receivedEnd);
}

void TrafficModel::lineTook(LogLine &line, qint64 from, qint64 to)
{
    // Whatever the engine has routed of the row's bytes already says whose they are.
    Q_UNUSED(from)
    line.tag = quint8(TrafficAttribution::combine(Owner(line.tag), m_attribution.ownerOf(line.offset, to)));
}

void TrafficModel::attribute(const at::RoutedEvent &routed, qint64 streamLength)
{
    // The event's own rows, and the blank lines just before it (V.250 puts
    // CR LF before every answer), take its owner. Rows already shown change
    // in place, and a filter on them looks again.
    const TrafficAttribution::Span span = m_attribution.routed(routed, streamLength);
    const bool drift = !routed.drift.isEmpty() && routed.event;
    if (drift) {
        m_drifts.insert(routed.event->offset, routed.drift);
        if (m_drifts.size() > MaxDrifts)
            m_drifts.erase(m_drifts.begin());
    }
    int first = -1;
    int last = -1;
    bool reached = false;
    visitNewestFirst([&](LogLine &entry, int row) {
        if (Way(entry.kind) != Way::Receive)
            return !reached; // written after it (a prompt's data): skipped; written before it: the walk ends
        if (entry.offset >= span.end)
            return true;
        reached = true;
        const bool overlaps = entry.offset + entry.bytes.size() > span.start;
        const bool blank = Owner(entry.tag) == Owner::Unknown
                && std::all_of(entry.bytes.cbegin(), entry.bytes.cend(), [](char c) { return c == '\r' || c == '\n'; });
        if (!overlaps && !blank)
            return false;
        const Owner owner = TrafficAttribution::combine(Owner(entry.tag), span.owner);
        if ((owner != Owner(entry.tag) || (drift && overlaps)) && row >= 0) {
            first = row;
            last = last < 0 ? row : last;
        }
        entry.tag = quint8(owner);
        return true;
    });
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1), {OwnRole, Qt::ToolTipRole, Qt::ForegroundRole});
}

const QString *TrafficModel::driftIn(const LogLine &line) const
{
    if (m_drifts.isEmpty() || Way(line.kind) != Way::Receive || line.offset < 0)
        return nullptr;
    const auto it = m_drifts.lowerBound(line.offset);
    return it != m_drifts.cend() && it.key() < line.offset + line.bytes.size() ? &it.value() : nullptr;
}

void TrafficModel::setHex(bool hex)
{
    setViewMode(hex ? ByteText::ViewMode::Hex : ByteText::ViewMode::Text);
}

void TrafficModel::setViewMode(ByteText::ViewMode mode)
{
    changeViewMode(mode, Text, Bytes);
}

int TrafficModel::findTransmit(qint64 timeMs, const QByteArray &command, qint64 toleranceMs)
{
    flush();
    // Typed commands end as the port's profile says: CR, CR LF or LF.
    QList<QByteArray> written;
    for (const at::LineEnding ending : {at::LineEnding::Cr, at::LineEnding::CrLf, at::LineEnding::Lf})
        written << (command + at::lineEndingBytes(ending)).left(MaxRowBytes);
    int best = -1;
    qint64 bestDistance = toleranceMs + 1;
    for (int row = 0; row < rowCount(); ++row) {
        const LogLine &e = entryAt(row);
        const qint64 distance = qAbs(e.timestampMs - timeMs);
        if ((Way(e.kind) == Way::Transmit || Way(e.kind) == Way::RawTransmit) && distance < bestDistance && written.contains(e.bytes)) {
            best = row;
            bestDistance = distance;
        }
    }
    return best;
}

int TrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : viewMode() == ByteText::ViewMode::HexAndText ? ColumnCount + 1 : ColumnCount;
}

QString TrafficModel::rowText(int row) const
{
    const LogLine &e = entryAt(row);
    // A note is the workbench's own text (UTF-8), not the module's bytes.
    if (Way(e.kind) == Way::Note)
        return QString::fromUtf8(e.bytes);
    switch (viewMode()) {
    case ByteText::ViewMode::Text: return ByteText::escaped(e.bytes);
    case ByteText::ViewMode::Hex: return QString::fromLatin1(e.bytes.toHex(' '));
    case ByteText::ViewMode::HexAndText: return ByteText::offsetAndHexLines(e.bytes, e.offset);
    }
    return {};
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LogLine &e = entryAt(index.row());
    const Way way = Way(e.kind);
    if (role == OwnRole)
        return Owner(e.tag) == Owner::Own;
    if (role == LogView::LinesRole) // Hex + text: a line per 16 bytes, as hexdump -C
        return way != Way::Note && viewMode() == ByteText::ViewMode::HexAndText ? ByteText::dumpLineCount(e.bytes.size()) : 1;
    if (role == LogView::SpanFromRole) // a link marker, drawn once across the hex and the text
        return way == Way::Note && viewMode() == ByteText::ViewMode::HexAndText ? QVariant(int(Bytes)) : QVariant();
    if (role == LogView::WrapsRole) // a link marker's words, whole on as many lines as they need
        return way == Way::Note ? QVariant(int(Bytes)) : QVariant();
    if (role == TableText::ExportRole && index.column() == Time) // exports carry the full date
        return TableText::dateAndTime(e.timestampMs);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return TableText::timeOfDay(e.timestampMs);
        case Direction:
            switch (way) {
            case Way::Transmit: return tr("TX");
            case Way::RawTransmit: return tr("RAW");
            case Way::Receive: return tr("RX");
            case Way::Note: return tr("··");
            }
            return {};
        case Bytes:
            return rowText(index.row());
        case Text: // beside the hex in "Hex + text"; a note is words either way
            return Way(e.kind) == Way::Note ? QString() : ByteText::dumpTextLines(e.bytes);
        }
        return {};
    case Qt::ToolTipRole:
        // A line the module's model does not print by its manual: the reason, the text as it came.
        if (const QString *drift = driftIn(e))
            return *drift;
        if (viewMode() == ByteText::ViewMode::HexAndText && index.column() == Bytes && way != Way::Note)
            return ByteText::hexDump(e.bytes, e.offset); // a hex editor's view of the row
        if (way == Way::RawTransmit)
            return tr("Sent raw: not checked against the manual's ranges");
        return {};
    case Qt::ForegroundRole:
        if (driftIn(e))
            return QBrush(QColor(0x8a, 0x2b, 0xa8)); // not expected of the model, in violet
        if (way == Way::RawTransmit)
            return QBrush(QColor(0xb3, 0x4d, 0x00)); // the user's own risk, in orange
        if (way == Way::Transmit)
            return QBrush(QColor(0x1f, 0x5f, 0xbf));
        if (way == Way::Note)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::FontRole:
        if (index.column() == Bytes || index.column() == Text) {
            // One font for every row: the view asks for it once a cell, each frame.
            static const QFont monospace = [] {
                QFont font(QStringLiteral("monospace"));
                font.setStyleHint(QFont::Monospace);
                return font;
            }();
            return monospace;
        }
        return {};
    default:
        return {};
    }
}

QVariant TrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == LogView::WrapsRole) // its markers
        return true;
    if (role == LogView::SpanFromRole || role == LogView::LinesRole) // only in Hex + text: the view looks then
        return viewMode() == ByteText::ViewMode::HexAndText;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Direction: return tr("Dir");
    case Bytes: return viewMode() == ByteText::ViewMode::HexAndText ? tr("Offset and hex") : tr("Bytes");
    case Text: return tr("Text");
    }
    return {};
}

void TrafficFilterModel::setHideOwn(bool hide)
{
    if (m_hideOwn == hide)
        return;
    m_hideOwn = hide;
    invalidateFilter();
}

bool TrafficFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !m_hideOwn || !sourceModel()->index(sourceRow, 0, sourceParent).data(TrafficModel::OwnRole).toBool();
}

} // namespace bc25::ui
