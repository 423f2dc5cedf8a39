// SPDX-License-Identifier: MIT
#pragma once

#include "healthresult.h"

#include <QCoreApplication>
#include <QDateTime>

namespace bc25::health {

// Turns a check's transactions into its verdict, what was seen and, in words,
// the likely cause and the next thing to try. Pure: the runner and tests call
// it with the transactions; `now` is this computer's clock for the NTP check.
class CheckJudge final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::health::CheckJudge)
public:
    // `catalog`: the model's (the profile's), which knows its commands' names (AT+QNTP on the BG96).
    static CheckResult judge(const PlannedCheck &check, const QList<at::Transaction> &evidence,
                             const HealthSettings &settings, const QDateTime &now, const CommandCatalog &catalog);

    // Shared by the judges of both halves (radio, data).
    static const at::Transaction *find(const CommandCatalog &catalog, const QList<at::Transaction> &evidence, CommandId id,
                                       CommandForm form = CommandForm::Execute, bool anyForm = true);
    // The same for a command every model names alike (ATI, AT+CSQ, AT+QPING),
    // where only the results are at hand (the identity and the charts of a
    // report, written from saved results that do not name the model): the
    // family's names.
    static const at::Transaction *find(const QList<at::Transaction> &evidence, CommandId id)
    {
        return find(CommandCatalog::family(), evidence, id);
    }
    static bool succeeded(const at::Transaction &transaction);
    static QString failure(const at::Transaction &transaction);
    // Why a check has no answer to read: none came (`none`), the command failed
    // (in its words), or it answered OK without the line the check reads.
    static QString noAnswer(const at::Transaction *transaction, CommandId id, const QString &none);
    // The module restarted (`line`, RDY) while the check ran: it fails, whatever
    // its commands read, and the checks after it would run on a fresh module.
    static void restarted(CheckResult &result, const QByteArray &line);

private:
    // A required command the engine dropped unsent (a restart before its turn,
    // the link lost): the check did not run, whatever the others answered.
    static bool requiredNotSent(CheckResult &r, const PlannedCheck &check, const QList<at::Transaction> &e);
    static void identity(CheckResult &r, const QList<at::Transaction> &e, const CommandCatalog &c);
    static void sim(CheckResult &r, const QList<at::Transaction> &e, const CommandCatalog &c);
    static void signal(CheckResult &r, const QList<at::Transaction> &e, const HealthSettings &s, const CommandCatalog &c);
    static void registration(CheckResult &r, const QList<at::Transaction> &e, const CommandCatalog &c);
    static void attach(CheckResult &r, const QList<at::Transaction> &e, const CommandCatalog &c);
    static void pdpContext(CheckResult &r, const QList<at::Transaction> &e, const HealthSettings &s, const CommandCatalog &c);
};

} // namespace bc25::health
