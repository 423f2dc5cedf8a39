// SPDX-License-Identifier: MIT
#include "packetdomain.h"

namespace bc25::sim {

PacketDomain::PacketDomain(int firstContext, int lastContext, bool attached, bool networkAccepts, bool hostActivates,
                           QObject *parent)
    : QObject(parent)
    , m_firstContext(firstContext)
    , m_bootAttached(attached)
    , m_networkAccepts(networkAccepts)
    , m_hostActivates(hostActivates)
    , m_active(qMax(0, lastContext - firstContext + 1), false)
{
    reset();
}

bool PacketDomain::isActive(int contextId) const
{
    const qsizetype i = contextId - m_firstContext;
    return i >= 0 && i < m_active.size() && m_active.at(i);
}

void PacketDomain::setFunctionality(int functionality)
{
    m_functionality = functionality;
    if (functionality == 0)
        change(false, all(false));
    else
        change(true, m_hostActivates && isAttached() ? m_active : onAttach()); // AT+CFUN=1 when on keeps what the host activated
}

bool PacketDomain::setAttached(bool attached)
{
    if (m_functionality == 0)
        return false;
    // Attaching brings the default bearer and the contexts the sim defines back;
    // detaching takes them all down (27.007 10.1.9).
    change(attached, !attached ? all(false) : m_hostActivates && isAttached() ? m_active : onAttach());
    return true;
}

bool PacketDomain::setActive(int contextId, bool active)
{
    if (m_functionality == 0)
        return false;
    QList<bool> contexts = m_attached ? m_active : all(false);
    for (int cid = m_firstContext; cid <= lastContext(); ++cid) {
        if (contextId == AllContexts || contextId == cid)
            contexts[cid - m_firstContext] = active;
    }
    change(m_attached || active, contexts);
    return true;
}

void PacketDomain::reset()
{
    m_functionality = 1;
    m_attached = m_bootAttached;
    m_active = m_bootAttached ? onAttach() : all(false);
}

void PacketDomain::change(bool attached, const QList<bool> &active)
{
    QList<int> lost;
    for (int cid = m_firstContext; cid <= lastContext(); ++cid) {
        const bool before = hasDataPath(cid);
        const bool after = attached && m_networkAccepts && active.at(cid - m_firstContext);
        if (before && !after)
            lost << cid;
    }
    m_attached = attached;
    m_active = active;
    for (const int cid : std::as_const(lost))
        emit contextLost(cid);
}

} // namespace bc25::sim
