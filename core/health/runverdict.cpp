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
    QList<CheckKind> restartedIn; // the module restarted while these ran
    QByteArray restartLine;
    bool stopped = false;
    int passed = 0;
    int skipped = 0;
    // Every planned check has a result; one missing (a run cut short) did not run.
    const qsizetype checks = qMax(plan.size(), results.size());
    for (qsizetype i = 0; i < checks; ++i) {
        const CheckKind kind = i < results.size() ? results.at(i).kind : plan.at(i).kind;
        const Verdict verdict = i < results.size() ? results.at(i).verdict : Verdict::NotRun;
        if (i < results.size() && !results.at(i).restartedWith.isEmpty()) {
            restartedIn << kind;
            restartLine = results.at(i).restartedWith;
        }
        switch (verdict) {
        case Verdict::Pass: ++passed; break;
        case Verdict::Warning: warned << kind; break;
        case Verdict::Fail:
            failed << kind;
            stopped = stopped || results.at(i).stopsRest;
            break;
        case Verdict::NotRun:
            if (skippedByUser(plan, i)) {
                ++skipped;
                break;
            }
            (stopped ? afterFailure : notRun) << kind;
            break;
        }
    }
    RunVerdict verdict;
    // Out of the checks the user did not skip: a skipped one is said apart, never in "of N".
    const int total = int(checks) - skipped;
    verdict.m_counted = total;
    verdict.m_passed = passed;
    verdict.m_skipped = skipped;
    if (!failed.isEmpty()) {
        verdict.m_kind = Kind::Failed;
        verdict.m_sentence = tr("%1 of %2 checks failed: %3.").arg(failed.size()).arg(total).arg(titles(failed));
        if (!notRun.isEmpty())
            verdict.m_sentence = Translations::joined(verdict.m_sentence, tr("Not run: %1.").arg(titles(notRun)));
        // The finding a field check must never hide, named in the headline itself.
        if (!restartedIn.isEmpty())
            verdict.m_sentence = Translations::joined(verdict.m_sentence, tr("The module restarted (%1) during: %2.")
                                                                                  .arg(QString::fromLatin1(restartLine), titles(restartedIn)));
    } else if (!notRun.isEmpty() || total == 0) {
        verdict.m_kind = Kind::Incomplete;
        verdict.m_sentence = total == 0 ? tr("No check ran.")
                                        : tr("%1 of %2 checks did not run: %3.").arg(notRun.size()).arg(total).arg(titles(notRun));
    } else if (!warned.isEmpty()) {
        verdict.m_kind = Kind::PassedWithWarnings;
        verdict.m_sentence = tr("No check failed; %1 with a warning: %2.").arg(warned.size()).arg(titles(warned));
    } else {
        verdict.m_kind = Kind::Passed;
        verdict.m_sentence = skipped == 0 ? tr("All %1 checks passed.").arg(total)
                                          : tr("All %1 checks passed; %n skipped.", nullptr, skipped).arg(total);
    }
    return verdict;
}

QString RunVerdict::tally() const
{
    return m_skipped == 0 ? tr("%1 of %2 passed").arg(m_passed).arg(m_counted)
                          : tr("%1 of %2 passed, %n skipped", nullptr, m_skipped).arg(m_passed).arg(m_counted);
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
