// SPDX-License-Identifier: MIT
#include "packetdomain.h"

namespace bc25::sim {

namespace {
constexpr std::array<bool, PacketDomain::ContextCount> AllUp {true, true, true};
constexpr std::array<bool, PacketDomain::ContextCount> AllDown {false, false, false};
}

PacketDomain::PacketDomain(bool attached, bool networkAccepts, QObject *parent)
    : QObject(parent)
    , m_bootAttached(attached)
    , m_networkAccepts(networkAccepts)
{
    reset();
}

bool PacketDomain::isActive(int contextId) const
{
    return contextId >= 1 && contextId <= ContextCount && m_active[size_t(contextId - 1)];
}

void PacketDomain::setFunctionality(int functionality)
{
    m_functionality = functionality;
    if (functionality == 0)
        change(false, AllDown);
    else
        change(true, AllUp);
}

bool PacketDomain::setAttached(bool attached)
{
    if (m_functionality == 0)
        return false;
    // Attaching brings the default bearer and the contexts the sim defines back;
    // detaching takes them all down (27.007 10.1.9).
    change(attached, attached ? AllUp : AllDown);
    return true;
}

bool PacketDomain::setActive(int contextId, bool active)
{
    if (m_functionality == 0)
        return false;
    std::array<bool, ContextCount> contexts = m_attached ? m_active : AllDown;
    for (int cid = 1; cid <= ContextCount; ++cid) {
        if (contextId == 0 || contextId == cid)
            contexts[size_t(cid - 1)] = active;
    }
    change(m_attached || active, contexts);
    return true;
}

void PacketDomain::reset()
{
    m_functionality = 1;
    m_attached = m_bootAttached;
    m_active = m_bootAttached ? AllUp : AllDown;
}

void PacketDomain::change(bool attached, const std::array<bool, ContextCount> &active)
{
    QList<int> lost;
    for (int cid = 1; cid <= ContextCount; ++cid) {
        const bool before = hasDataPath(cid);
        const bool after = attached && m_networkAccepts && active[size_t(cid - 1)];
        if (before && !after)
            lost << cid;
    }
    m_attached = attached;
    m_active = active;
    for (const int cid : std::as_const(lost))
        emit contextLost(cid);
}

} // namespace bc25::sim
