// SPDX-License-Identifier: MIT
#include "decodestatistics.h"

namespace bc25 {

void DecodeStatistics::eventRouted(const at::RoutedEvent &event)
{
    ++m_events;
    ++m_byRole[size_t(event.role)];
    if (!event.drift.isEmpty()) {
        ++m_drifts;
        if (const auto found = m_driftReasons.find(event.drift); found != m_driftReasons.end())
            ++found.value();
        else if (m_driftReasons.size() < MaxDriftReasons)
            m_driftReasons.insert(event.drift, 1);
        else
            ++m_otherReasons;
    }
    if (!event.line || event.line->name.isEmpty())
        return;
    const QByteArray &name = event.line->name;
    if (const auto found = m_byName.find(name); found != m_byName.end())
        ++found.value();
    else if (m_byName.size() < MaxNames)
        m_byName.insert(name, 1);
    else
        ++m_otherNames;
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
    for (auto it = m_byName.cbegin(); it != m_byName.cend(); ++it)
        names.insert(textKey(it.key()), it.value());
    if (m_otherNames > 0)
        names.insert(QLatin1String(OtherNames), m_otherNames);
    return names;
}

QJsonObject DecodeStatistics::driftByReason() const
{
    QJsonObject reasons;
    for (auto it = m_driftReasons.cbegin(); it != m_driftReasons.cend(); ++it)
        reasons.insert(it.key(), it.value());
    if (m_otherReasons > 0)
        reasons.insert(QLatin1String(OtherReasons), m_otherReasons);
    return reasons;
}

} // namespace bc25
