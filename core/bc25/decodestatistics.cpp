// SPDX-License-Identifier: MIT
#include "decodestatistics.h"

namespace bc25 {

void DecodeStatistics::eventRouted(const at::RoutedEvent &event)
{
    ++m_events;
    ++m_byRole[size_t(event.role)];
    if (!event.drift.isEmpty()) {
        ++m_drifts;
        m_driftReasons.add(event.drift);
    }
    if (event.line && !event.line->name.isEmpty())
        m_byName.add(event.line->name);
}

QJsonObject DecodeStatistics::byKind() const
{
    static const char *const roleNames[RoleCount] = {"echo", "response", "final", "prompt", "operation",
                                                     "urc", "data", "unknown", "late", "overflow"};
    QJsonObject kinds;
    for (int role = 0; role < RoleCount; ++role) {
        if (m_byRole[size_t(role)] > 0)
            kinds.insert(QLatin1String(roleNames[role]), m_byRole[size_t(role)]);
    }
    return kinds;
}

namespace {

// A name as text, UTF-8 as the events print it; one that does not decode
// shows U+FFFD and its bytes in hex after it ("AT\uFFFD (hex 4154fe)"), so
// that it is recoverable and two such names stay two keys.
QString textKey(const QByteArray &name)
{
    if (QByteArrayView(name).isValidUtf8())
        return QString::fromUtf8(name);
    return QStringLiteral("%1 (hex %2)").arg(QString::fromUtf8(name), QString::fromLatin1(name.toHex()));
}

} // namespace

QJsonObject DecodeStatistics::byName() const
{
    QJsonObject names;
    // A QJsonObject orders its keys: the hash's order does not show.
    m_byName.forEach([&names](const QByteArray &name, qint64 count) { names.insert(textKey(name), count); });
    if (m_byName.other() > 0)
        names.insert(QLatin1String(OtherNames), m_byName.other());
    return names;
}

QJsonObject DecodeStatistics::driftByReason() const
{
    QJsonObject reasons;
    m_driftReasons.forEach([&reasons](const QString &reason, qint64 count) { reasons.insert(reason, count); });
    if (m_driftReasons.other() > 0)
        reasons.insert(QLatin1String(OtherReasons), m_driftReasons.other());
    return reasons;
}

} // namespace bc25
