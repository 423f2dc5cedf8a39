// SPDX-License-Identifier: MIT
#pragma once

#include "health/healthresult.h"

#include <QCoreApplication>

namespace bc25::ui {

// The details pane of the health check as rich text: before a run, the
// commands a check will send (or why it cannot run); after it, the verdict
// in its colour and word, what was seen, the likely cause and next step, the
// "stops here" note and the evidence, every transaction in full
// (StepReport::transactionText, as the Recipes dock shows a failed step's).
class CheckDetails final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::ui::CheckDetails)
public:
    static QString html(const health::PlannedCheck &planned, const health::CheckResult *result);
};

} // namespace bc25::ui
