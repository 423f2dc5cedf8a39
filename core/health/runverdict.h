// SPDX-License-Identifier: MIT
#pragma once

#include "healthresult.h"

#include <QCoreApplication>

namespace bc25::health {

// A whole run in one word and one sentence: the headline at the top of the
// JSON and HTML reports and of bc25-run --health's summary, and its exit
// status. A CI pipeline must never be green by mistake, so a check that did
// not run counts against the run unless the user unticked it (--skip): one
// that could not be planned (no host given, a value out of the manual's
// range) or that a Stop or a lost link cut short leaves the run incomplete.
// One count everywhere (the panel, bc25-run, the reports): out of the checks
// the user did not skip, the skipped ones said apart — "7 of 9 passed, 1 skipped".
class RunVerdict final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::health::RunVerdict)
public:
    enum class Kind : quint8 { Passed, PassedWithWarnings, Failed, Incomplete };

    static RunVerdict of(const QList<PlannedCheck> &plan, const QList<CheckResult> &results);

    [[nodiscard]] Kind kind() const { return m_kind; }
    // Passed, with or without warnings: what exit status 0 means.
    [[nodiscard]] bool passed() const { return m_kind == Kind::Passed || m_kind == Kind::PassedWithWarnings; }
    // "passed", "passed with warnings", "failed", "incomplete": stable words for JSON and scripts.
    [[nodiscard]] const char *name() const;
    // The same in the user's language, for the headline: "PASSED", "FAILED".
    [[nodiscard]] QString title() const;
    // Why, in one sentence: "1 of 9 checks failed: Signal." — names the checks it is about.
    [[nodiscard]] const QString &sentence() const { return m_sentence; }
    // The checks counted (all but the ones the user skipped), those that passed, those skipped.
    [[nodiscard]] int counted() const { return m_counted; }
    [[nodiscard]] int passedCount() const { return m_passed; }
    [[nodiscard]] int skipped() const { return m_skipped; }
    // "7 of 9 passed, 1 skipped": the count the panel's bar and bc25-run's summary show.
    [[nodiscard]] QString tally() const;

private:
    Kind m_kind = Kind::Incomplete;
    QString m_sentence;
    int m_counted = 0;
    int m_passed = 0;
    int m_skipped = 0;
};

} // namespace bc25::health
