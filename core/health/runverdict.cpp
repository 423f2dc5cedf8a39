// SPDX-License-Identifier: MIT
#include "runverdict.h"

#include "healthplan.h"
#include "translations.h"

namespace bc25::health {

namespace {

// A check the user unticked sends nothing and is not held against the run;
// one unticked because it could not be planned (PlannedCheck::problem) is.
bool skippedByUser(const QList<PlannedCheck> &plan, qsizetype index)
{
    return index < plan.size() && !plan.at(index).enabled && plan.at(index).problem.isEmpty();
}

QString titles(const QList<CheckKind> &kinds)
{
    QStringList names;
    for (const CheckKind kind : kinds)
        names << HealthPlan::title(kind);
    return names.join(QStringLiteral(", "));
}

} // namespace

RunVerdict RunVerdict::of(const QList<PlannedCheck> &plan, const QList<CheckResult> &results)
{
    QList<CheckKind> failed;
    QList<CheckKind> warned;
    QList<CheckKind> notRun;      // held against the run
    QList<CheckKind> afterFailure; // not run because a failure before them made them meaningless
    bool stopped = false;
    // Every planned check has a result; one missing (a run cut short) did not run.
    const qsizetype checks = qMax(plan.size(), results.size());
    for (qsizetype i = 0; i < checks; ++i) {
        const CheckKind kind = i < results.size() ? results.at(i).kind : plan.at(i).kind;
        const Verdict verdict = i < results.size() ? results.at(i).verdict : Verdict::NotRun;
        switch (verdict) {
        case Verdict::Pass: break;
        case Verdict::Warning: warned << kind; break;
        case Verdict::Fail:
            failed << kind;
            stopped = stopped || results.at(i).stopsRest;
            break;
        case Verdict::NotRun:
            if (skippedByUser(plan, i))
                break;
            (stopped ? afterFailure : notRun) << kind;
            break;
        }
    }
    RunVerdict verdict;
    const int total = int(checks);
    if (!failed.isEmpty()) {
        verdict.m_kind = Kind::Failed;
        verdict.m_sentence = tr("%1 of %2 checks failed: %3.").arg(failed.size()).arg(total).arg(titles(failed));
        if (!notRun.isEmpty())
            verdict.m_sentence = Translations::joined(verdict.m_sentence, tr("Not run: %1.").arg(titles(notRun)));
    } else if (!notRun.isEmpty() || total == 0) {
        verdict.m_kind = Kind::Incomplete;
        verdict.m_sentence = total == 0 ? tr("No check ran.")
                                        : tr("%1 of %2 checks did not run: %3.").arg(notRun.size()).arg(total).arg(titles(notRun));
    } else if (!warned.isEmpty()) {
        verdict.m_kind = Kind::PassedWithWarnings;
        verdict.m_sentence = tr("No check failed; %1 with a warning: %2.").arg(warned.size()).arg(titles(warned));
    } else {
        verdict.m_kind = Kind::Passed;
        const int skipped = total - int(results.size()) + int(std::count_if(results.cbegin(), results.cend(), [](const CheckResult &r) {
                                return r.verdict == Verdict::NotRun;
                            }));
        verdict.m_sentence = skipped == 0 ? tr("All %1 checks passed.").arg(total)
                                          : tr("%1 of %2 checks passed; %3 unticked.").arg(total - skipped).arg(total).arg(skipped);
    }
    return verdict;
}

const char *RunVerdict::name() const
{
    switch (m_kind) {
    case Kind::Passed: return "passed";
    case Kind::PassedWithWarnings: return "passed with warnings";
    case Kind::Failed: return "failed";
    case Kind::Incomplete: return "incomplete";
    }
    return "";
}

QString RunVerdict::title() const
{
    switch (m_kind) {
    case Kind::Passed: return tr("PASSED");
    case Kind::PassedWithWarnings: return tr("PASSED WITH WARNINGS");
    case Kind::Failed: return tr("FAILED");
    case Kind::Incomplete: return tr("INCOMPLETE");
    }
    return {};
}

} // namespace bc25::health
