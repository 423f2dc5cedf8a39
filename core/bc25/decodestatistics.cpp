// SPDX-License-Identifier: MIT
#include "decodestatistics.h"

namespace bc25 {

void DecodeStatistics::eventRouted(const at::RoutedEvent &event)
{
    ++m_events;
    ++m_byRole[size_t(event.role)];
    if (!event.line || event.line->name.isEmpty())
        return;
    const QByteArray &name = event.line->name;
    for (auto &[known, count] : m_byName) {
        if (known.constData() == name.constData() || known == name) {
            ++count;
            return;
        }
    }
    m_byName.append({name, 1});
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

QJsonObject DecodeStatistics::byName() const
{
    QJsonObject names;
    for (const auto &[name, count] : m_byName)
        names.insert(QString::fromLatin1(name), count);
    return names;
}

} // namespace bc25
