// SPDX-License-Identifier: MIT
#include "edrxgrant.h"

namespace bc25::power {

std::optional<EdrxGrant> EdrxGrant::fromFields(const QList<at::Field> &fields)
{
    if (fields.isEmpty() || !fields.first().isInteger())
        return std::nullopt;
    EdrxGrant grant;
    switch (fields.first().toInteger()) {
    case 0: return grant; // the cell does not use eDRX: the rest says nothing
    case int(EdrxAccess::LteM): grant.m_access = EdrxAccess::LteM; break;
    case int(EdrxAccess::NbIot): grant.m_access = EdrxAccess::NbIot; break;
    default: return std::nullopt; // 1-3 are GSM/UTRAN: not these modules' radios
    }
    const auto field = [&fields](qsizetype at) { return at < fields.size() ? QByteArrayView(fields.at(at).text) : QByteArrayView(); };
    grant.m_requested = EdrxValue::cycle(*grant.m_access, field(1));
    grant.m_granted = EdrxValue::cycle(*grant.m_access, field(2));
    grant.m_pagingWindow = EdrxValue::pagingWindow(*grant.m_access, field(3));
    return grant;
}

QString EdrxGrant::describe() const
{
    if (!m_access)
        return tr("eDRX not used by this cell");
    QString said;
    if (m_requested && m_granted && m_requested->bits() == m_granted->bits())
        said = tr("eDRX %1 as asked").arg(m_granted->words());
    else if (m_requested && m_granted)
        said = tr("asked %1 eDRX, network gave %2").arg(m_requested->words(), m_granted->words());
    else if (m_granted)
        said = tr("eDRX %1").arg(m_granted->words());
    else if (m_requested)
        said = tr("asked %1 eDRX, the network's value not said").arg(m_requested->words());
    else
        said = tr("eDRX in use, its values not said");
    if (m_pagingWindow)
        said = tr("%1; paging window %2").arg(said, m_pagingWindow->words());
    return said;
}

} // namespace bc25::power
