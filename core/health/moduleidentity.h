// SPDX-License-Identifier: MIT
#pragma once

#include "healthresult.h"

#include <QByteArray>
#include <QList>

namespace bc25::health {

// Who the module said it is during a health check, read once from the
// evidence: ATI and AT+CGMR as the module worded them, the IMEI (AT+CGSN=1),
// the IMSI (AT+CIMI) and the ICCID (AT+QCCID). Both reports show it, and the
// masking of the three identities works from it.
struct ModuleIdentity
{
    QList<QByteArray> identification; // ATI's lines
    QList<QByteArray> revision;       // AT+CGMR's lines
    QByteArray imei;
    QByteArray imsi;
    QByteArray iccid;

    static ModuleIdentity from(const QList<CheckResult> &results);

    [[nodiscard]] bool isEmpty() const
    {
        return identification.isEmpty() && revision.isEmpty() && imei.isEmpty() && imsi.isEmpty() && iccid.isEmpty();
    }

    // The identities with the digits masking keeps: the IMEI's type allocation
    // code (it names the model), the IMSI's MCC and MNC, the ICCID's 89, country
    // and issuer (whose SIM it is, not which).
    [[nodiscard]] QList<std::pair<QByteArray, int>> maskable() const
    {
        return {{imei, 8}, {imsi, 5}, {iccid, 6}};
    }
};

} // namespace bc25::health
