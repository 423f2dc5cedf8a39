// SPDX-License-Identifier: MIT
#pragma once

#include "at/resultline.h"
#include "powertimers.h"

#include <QCoreApplication>

#include <optional>

namespace bc25::power {

// What the network gave for eDRX: +CEDRXP (the URC of AT+CEDRXS=2) and the
// answer of AT+CEDRXRDP share one shape (3GPP TS 27.007 7.40, 7.41):
// <AcT-type>[,<Requested_eDRX_value>[,<NW-provided_eDRX_value>[,<Paging_time_window>]]].
// <AcT-type> 0 is "this cell does not use eDRX", whatever was asked.
class EdrxGrant final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::power::EdrxGrant)
public:
    [[nodiscard]] static std::optional<EdrxGrant> fromFields(const QList<at::Field> &fields);

    [[nodiscard]] bool isInUse() const { return m_access.has_value(); }
    [[nodiscard]] const std::optional<EdrxValue> &requested() const { return m_requested; }
    [[nodiscard]] const std::optional<EdrxValue> &granted() const { return m_granted; }
    [[nodiscard]] const std::optional<EdrxValue> &pagingWindow() const { return m_pagingWindow; }
    // "asked 81.92 s eDRX, network gave 163.84 s; paging window 10.24 s".
    [[nodiscard]] QString describe() const;

private:
    std::optional<EdrxAccess> m_access; // nothing: not used by the cell
    std::optional<EdrxValue> m_requested;
    std::optional<EdrxValue> m_granted;
    std::optional<EdrxValue> m_pagingWindow;
};

} // namespace bc25::power
