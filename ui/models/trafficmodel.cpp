// SPDX-License-Identifier: MIT
#include "trafficmodel.h"

#include "tabletext.h"

#include "at/commandengine.h"
#include "at/lineending.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace bc25::ui {

namespace {

QString visible(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (c == '\r')
            out += QStringLiteral("\\r");
        else if (c == '\n')
            out += QStringLiteral("\\n");
        else if (b >= 0x20 && b < 0x7f)
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\x%1").arg(b, 2, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace

TrafficModel::TrafficModel(QObject *parent)
    : BoundedLogModel(parent)
{
}

void TrafficModel::follow(at::CommandEngine *engine)
{
    connect(engine, &at::CommandEngine::commandStarted, this,
            [this](quint64 id, const QByteArray &, at::Source source) { m_attribution.commandStarted(id, source); });
    connect(engine, &at::CommandEngine::rawTransmitted, this, [this](const QByteArray &bytes) {
        push(Way::Transmit, bytes, QDateTime::currentMSecsSinceEpoch(), -1, m_attribution.transmitOwner());
        scheduleFlush();
    });
    // The parser has not read these bytes yet: its count is where they start.
    connect(engine, &at::CommandEngine::rawReceived, this, [this, engine](const QByteArray &bytes) {
        appendReceived(bytes, engine->parser().bytesConsumed(), QDateTime::currentMSecsSinceEpoch());
    });
    connect(engine, &at::CommandEngine::routed, this,
            [this, engine](const at::RoutedEvent &routed) { attribute(routed, engine->settings().recvHex); });
}

void TrafficModel::append(Way way, const QByteArray &bytes, qint64 timestampMs)
{
    if (timestampMs < 0)
        timestampMs = QDateTime::currentMSecsSinceEpoch();
    if (way == Way::Receive) {
        appendReceived(bytes, m_receivedEnd, timestampMs);
        return;
    }
    push(way, bytes, timestampMs);
    scheduleFlush();
}

void TrafficModel::appendReceived(const QByteArray &bytes, qint64 offset, qint64 timestampMs)
{
    // Received bytes read best as lines: cut after each LF, keep the rest for the next chunk.
    if (m_partialRx.isEmpty()) {
        m_partialTime = timestampMs;
        m_partialOffset = offset;
    }
    m_partialRx += bytes;
    m_receivedEnd = offset + bytes.size();
    qsizetype start = 0;
    for (qsizetype lf = m_partialRx.indexOf('\n'); lf >= 0; lf = m_partialRx.indexOf('\n', start)) {
        pushReceived(start, lf + 1 - start, m_partialTime);
        start = lf + 1;
        m_partialTime = timestampMs;
    }
    m_partialRx.remove(0, start);
    scheduleFlush();
}

void TrafficModel::pushReceived(qsizetype from, qsizetype length, qint64 timestampMs)
{
    // Whatever the engine has routed of these bytes already says whose they are.
    const Owner owner = m_attribution.ownerOf(m_partialOffset, m_partialOffset + length);
    push(Way::Receive, m_partialRx.mid(from, length), timestampMs, m_partialOffset, owner);
    m_partialOffset += length;
    m_attribution.forgetBefore(m_partialOffset);
}

void TrafficModel::attribute(const at::RoutedEvent &routed, bool recvHex)
{
    // The event's own rows, and the blank lines just before it (V.250 puts
    // CR LF before every answer), take its owner. Rows already shown change
    // in place, and a filter on them looks again.
    const TrafficAttribution::Span span = m_attribution.routed(routed, recvHex);
    int first = -1;
    int last = -1;
    bool reached = false;
    visitNewestFirst([&](TrafficEntry &entry, int row) {
        if (entry.way != Way::Receive)
            return !reached; // written after it (a prompt's data): skipped; written before it: the walk ends
        if (entry.offset >= span.end)
            return true;
        reached = true;
        const bool overlaps = entry.offset + entry.bytes.size() > span.start;
        const bool blank = entry.owner == Owner::Unknown
                && std::all_of(entry.bytes.cbegin(), entry.bytes.cend(), [](char c) { return c == '\r' || c == '\n'; });
        if (!overlaps && !blank)
            return false;
        const Owner owner = TrafficAttribution::combine(entry.owner, span.owner);
        if (owner != entry.owner && row >= 0) {
            first = row;
            last = last < 0 ? row : last;
        }
        entry.owner = owner;
        return true;
    });
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1), {OwnRole});
}

void TrafficModel::beforeFlush()
{
    // A prompt, or a line whose end has not come within a frame: show it now.
    if (!m_partialRx.isEmpty()) {
        pushReceived(0, m_partialRx.size(), m_partialTime);
        m_partialRx.clear();
    }
}

void TrafficModel::push(Way way, const QByteArray &bytes, qint64 timestampMs, qint64 offset, Owner owner)
{
    for (qsizetype at = 0; at < bytes.size(); at += MaxRowBytes)
        enqueue({timestampMs, way, bytes.mid(at, MaxRowBytes), offset < 0 ? -1 : offset + at, owner});
}

void TrafficModel::clear()
{
    m_partialRx.clear();
    BoundedLogModel::clear();
}

void TrafficModel::setHex(bool hex)
{
    if (m_hex == hex)
        return;
    m_hex = hex;
    if (rowCount() > 0)
        emit dataChanged(index(0, Bytes), index(rowCount() - 1, Bytes));
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
        const TrafficEntry &e = entryAt(row);
        const qint64 distance = qAbs(e.timestampMs - timeMs);
        if (e.way == Way::Transmit && distance < bestDistance && written.contains(e.bytes)) {
            best = row;
            bestDistance = distance;
        }
    }
    return best;
}

int TrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrafficModel::rowText(int row) const
{
    const TrafficEntry &e = entryAt(row);
    // A note is the workbench's own text (UTF-8), not the module's bytes.
    if (e.way == Way::Note)
        return QString::fromUtf8(e.bytes);
    return m_hex ? QString::fromLatin1(e.bytes.toHex(' ')) : visible(e.bytes);
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TrafficEntry &e = entryAt(index.row());
    if (role == OwnRole)
        return e.owner == Owner::Own;
    if (role == TableText::ExportRole && index.column() == Time) // exports carry the full date
        return QDateTime::fromMSecsSinceEpoch(e.timestampMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(e.timestampMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        case Direction:
            return e.way == Way::Transmit ? tr("TX") : e.way == Way::Receive ? tr("RX") : tr("··");
        case Bytes:
            return rowText(index.row());
        }
        return {};
    case Qt::ForegroundRole:
        if (e.way == Way::Transmit)
            return QBrush(QColor(0x1f, 0x5f, 0xbf));
        if (e.way == Way::Note)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::FontRole:
        if (index.column() == Bytes) {
            QFont font(QStringLiteral("monospace"));
            font.setStyleHint(QFont::Monospace);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant TrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Direction: return tr("Dir");
    case Bytes: return tr("Bytes");
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
