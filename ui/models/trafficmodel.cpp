// SPDX-License-Identifier: MIT
#include "trafficmodel.h"

#include "tabletext.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace bc25::ui {

namespace {

QString visible(const QByteArray &bytes)
{
    // Written in place, not appended: the search reads every row of a 100 000-row
    // log at each new pattern, and this was most of the time it took.
    static constexpr char Hex[] = "0123456789abcdef";
    QString out(bytes.size() * 4, Qt::Uninitialized); // \xNN at most
    QChar *to = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x20 && b < 0x7f) {
            *to++ = QLatin1Char(c);
            continue;
        }
        *to++ = QLatin1Char('\\');
        if (c == '\r') {
            *to++ = QLatin1Char('r');
        } else if (c == '\n') {
            *to++ = QLatin1Char('n');
        } else {
            *to++ = QLatin1Char('x');
            *to++ = QLatin1Char(Hex[b >> 4]);
            *to++ = QLatin1Char(Hex[b & 0xf]);
        }
    }
    out.truncate(to - out.constData());
    return out;
}

} // namespace

TrafficModel::TrafficModel(QObject *parent)
    : LineLogModel(parent)
{
}

void TrafficModel::append(Way way, const QByteArray &bytes, qint64 timestampMs)
{
    if (timestampMs < 0)
        timestampMs = QDateTime::currentMSecsSinceEpoch();
    // Received bytes read best as lines; a command written, a note, each stand alone.
    appendLines(quint8(way), bytes, timestampMs, way == Way::Receive);
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
    const QByteArray written = (command + '\r').left(MaxRowBytes);
    int best = -1;
    qint64 bestDistance = toleranceMs + 1;
    for (int row = 0; row < rowCount(); ++row) {
        const LogLine &e = entryAt(row);
        const qint64 distance = qAbs(e.timestampMs - timeMs);
        if (Way(e.kind) == Way::Transmit && distance < bestDistance && e.bytes == written) {
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
    const LogLine &e = entryAt(row);
    // A note is the workbench's own text (UTF-8), not the module's bytes.
    if (Way(e.kind) == Way::Note)
        return QString::fromUtf8(e.bytes);
    return m_hex ? QString::fromLatin1(e.bytes.toHex(' ')) : visible(e.bytes);
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LogLine &e = entryAt(index.row());
    const Way way = Way(e.kind);
    if (role == TableText::ExportRole && index.column() == Time) // exports carry the full date
        return QDateTime::fromMSecsSinceEpoch(e.timestampMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(e.timestampMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        case Direction:
            return way == Way::Transmit ? tr("TX") : way == Way::Receive ? tr("RX") : tr("··");
        case Bytes:
            return rowText(index.row());
        }
        return {};
    case Qt::ForegroundRole:
        if (way == Way::Transmit)
            return QBrush(QColor(0x1f, 0x5f, 0xbf));
        if (way == Way::Note)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::FontRole:
        if (index.column() == Bytes) {
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Direction: return tr("Dir");
    case Bytes: return tr("Bytes");
    }
    return {};
}

} // namespace bc25::ui
