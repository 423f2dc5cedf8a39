// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc25::recipe {

// One step of a recipe run (step("open") to the next step() or the end):
// what the GUI's dock shows as a row, bc25-run as a line and JUnit as a testcase.
struct StepResult
{
    enum class Status : quint8 {
        Passed,
        Failed,   // a check, an expectation, a time-out, a stop: JUnit <failure>
        Error,    // the recipe itself is wrong (syntax, runtime error): JUnit <error>
    };

    int index = 0;
    QString name;                  // as the recipe named it, translated
    Status status = Status::Passed;
    qint64 durationMs = 0;
    QString message;               // why it failed, in words
    int line = -1;                 // the recipe's line where it failed
    QString kind;                  // JUnit's failure type: "check", "expect", "timeout", "syntax", ...
    std::optional<at::Transaction> transaction; // the one the failure is about (else the step's last)
    QByteArray received;           // what the module printed last, at the failure
    QString traceback;             // a runtime error's Lua stack
    int commands = 0;              // transactions the step ran
    int checks = 0;                // checks and expectations that passed
    // The model's contexts are the host's to activate (AT+QIACT on a BG96): its
    // 561 is advised so (ErrorCodes::advice), as the workbench's views advise it.
    bool hostActivatesContexts = false;

    [[nodiscard]] bool passed() const { return status == Status::Passed; }
};

// A whole run of one recipe.
struct RunResult
{
    QString recipe;                // its name: the file's base name
    QString title;                 // its first comment line, translated
    QDateTime started;
    qint64 durationMs = 0;
    QList<StepResult> steps;
    QList<QPair<QString, QString>> parameters; // every param() the run read, with the value used
    QStringList log;               // log() lines, commands and notes: JUnit's <system-out>
    // The steps its text names after the last one it began, never begun: a
    // stopped run's, or one that ended early (a `return`); JUnit <skipped>.
    QStringList unreached;
    // Why the recipe was not run at all ("not for BG96": its "-- models:" line
    // does not name the model): JUnit <skipped>, never counted as passed.
    QString skipped;

    [[nodiscard]] int failures() const { return count(StepResult::Status::Failed); }
    [[nodiscard]] int errors() const { return count(StepResult::Status::Error); }
    // A run that began no step tested nothing: never a pass (an empty file, a
    // file of comments, a `return` before the first step).
    [[nodiscard]] bool passed() const { return skipped.isEmpty() && !steps.isEmpty() && failures() == 0 && errors() == 0; }
    [[nodiscard]] bool ranNoStep() const { return !wasSkipped() && steps.isEmpty(); }
    [[nodiscard]] bool wasSkipped() const { return !skipped.isEmpty(); }
    // Every step of the recipe: those that ran and those never reached (JUnit's tests).
    // A recipe not run counts as one test, skipped.
    [[nodiscard]] int stepCount() const { return wasSkipped() ? 1 : int(steps.size() + unreached.size()); }
    [[nodiscard]] int skippedCount() const { return wasSkipped() ? 1 : int(unreached.size()); }

private:
    [[nodiscard]] int count(StepResult::Status status) const
    {
        int n = 0;
        for (const StepResult &step : steps)
            n += step.status == status ? 1 : 0;
        return n;
    }
};

} // namespace bc25::recipe

Q_DECLARE_METATYPE(bc25::recipe::StepResult)
Q_DECLARE_METATYPE(bc25::recipe::RunResult)
