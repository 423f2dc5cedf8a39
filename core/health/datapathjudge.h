// SPDX-License-Identifier: MIT
#pragma once

#include "healthresult.h"

#include <QCoreApplication>
#include <QDateTime>

namespace bc25::health {

// The checks that need a data path — DNS, ping, the user's server, NTP —
// judged from their second phases (CheckJudge calls them).
class DataPathJudge final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::health::DataPathJudge)
public:
    static void dns(CheckResult &r, const QList<at::Transaction> &e, const HealthSettings &s, const CommandCatalog &c);
    static void ping(CheckResult &r, const QList<at::Transaction> &e, const HealthSettings &s, const CommandCatalog &c);
    static void tcp(CheckResult &r, const QList<at::Transaction> &e, const HealthSettings &s, const CommandCatalog &c);
    static void time(CheckResult &r, const QList<at::Transaction> &e, const HealthSettings &s, const QDateTime &now,
                     const CommandCatalog &c);
};

} // namespace bc25::health
