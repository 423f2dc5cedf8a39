// SPDX-License-Identifier: MIT
#pragma once

#include "healthresult.h"

#include <QCoreApplication>

#include <optional>

namespace bc25::profile { class ModuleProfile; }

namespace bc25::health {

// Builds the health check's plan: every check with the exact commands it will
// send, each built and validated by the catalog before anything is written,
// so the user can read and untick them first (the GUI, bc25-run --health).
class HealthPlan final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::health::HealthPlan)
public:
    // The checks for the model the profile describes (its ping defaults).
    static QList<PlannedCheck> build(const HealthSettings &settings, const profile::ModuleProfile &profile);
    // The check's name in the user's language.
    static QString title(CheckKind kind);
    // A stable ASCII name for JSON and the command line: "identity", "tcp".
    static const char *kindName(CheckKind kind);
    static std::optional<CheckKind> kindNamed(QStringView name);
    // A command as a plan lists it: word for word, with when it goes out if
    // that is not always ("AT+QIGETERROR (only after an ERROR)").
    static QString commandLine(const PlannedCommand &command);
    static QStringList commandLines(const PlannedCheck &check);
    // Each of a check's commands with its transaction in a run, or null: the
    // commands are submitted in the plan's order, so the transactions match them
    // in turn; the ones a rule held back (an undo, an explanation) have none.
    static QList<const at::Transaction *> transactionsOf(const PlannedCheck &check, const QList<at::Transaction> &evidence);
    // Which of a check's commands went out in a run: written to the module, not
    // only submitted (the engine drops one unsent after a restart before its turn).
    static QList<bool> sentCommands(const PlannedCheck &check, const QList<at::Transaction> &evidence);
    // "required", "optional", "undo", "explain": stable words for JSON.
    static const char *roleName(PlannedCommand::Role role);
    // "pass", "warning", "fail", "not run" — stable words for JSON and logs.
    static const char *verdictName(Verdict verdict);
    static QString verdictText(Verdict verdict);
};

} // namespace bc25::health
