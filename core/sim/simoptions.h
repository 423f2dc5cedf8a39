// SPDX-License-Identifier: MIT
#pragma once

#include "simconfig.h"

#include <QCoreApplication>
#include <QString>

namespace bc25::sim {

// The virtual module's settings and faults written as "name=value", with the
// names bc25-sim's options use ("buffer-limit=256", "fail=+QIOPEN",
// "dead-after=0"). bc25-run --sim-option and a recipe's "-- virtual-module:"
// line both go through here, so a recipe names the module it needs.
class SimOptions final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::sim::SimOptions)
public:
    // Applies one option; returns why it cannot be applied, or nothing.
    static QString apply(SimConfig &config, const QString &option);
    // The names understood, for --help.
    static QStringList names();
};

} // namespace bc25::sim
