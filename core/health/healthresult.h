// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"
#include "bc25/commands.h"

#include <optional>
#include <QList>
#include <QString>

namespace bc25::health {

// The steps of a field diagnosis, in the order they run: each one only means
// something when the ones before it passed (no SIM, no registration, …).
enum class CheckKind : quint8 {
    Identity, Sim, Signal, Registration, Attach, PdpContext, Dns, Ping, TcpConnection, Time,
};

// What the user tells the check, and the limits it judges by.
struct HealthSettings
{
    // The context of the lookup, the ping, the socket and the time check;
    // left out: the model's (ModuleProfile::defaultContext(): 1 on the BC25,
    // 0 on the BC660K). HealthCheck::start() fills it in before judging.
    std::optional<int> contextId;
    // The AT+CEREG <n> the registration check puts back afterwards: what the
    // module last said it was (ModuleStatus), else 0, its default.
    int registrationReporting = 0;
    QString dnsHost;           // a name to look up; empty: only the servers are read
    QString pingHost;          // empty: no ping
    QString serverHost;        // the user's server; empty: no TCP check
    int serverPort = 0;
    int connectId = 0;         // the socket the TCP check opens and closes (a free one)
    QString ntpServer;         // empty: no time check
    int ntpPort = 123;
    int signalWarningBelow = 10; // AT+CSQ <rssi> (-93 dBm)
    int signalFailBelow = 5;     // (-103 dBm)
    // AT+QPING <ping_num>; left out: the model's default (ModuleProfile::pingDefaults(), manual 2.1.8)
    std::optional<int> pingCount;
    int maxAverageMs = 2000;
    int maxClockOffsetSeconds = 5;
    // Where the device is and which one it is, as the user names them: never
    // sent to the module, only written at the top of the reports.
    QString site;
    QString deviceSerial;
};

// One command of a check's plan. A Required command that fails ends the
// check; an Optional one is only noted (AT+CESQ, which not every firmware
// has); an undo (AT+QICLOSE after AT+QIOPEN) is sent exactly when the command
// it undoes succeeded, even after a failure, so the check leaves no trace; an
// explanation (AT+QIGETERROR, manual 2.1.12) is sent exactly when the TCP/IP
// command before it answered ERROR, so the verdict can say why — the plan
// lists it too, since nothing unseen is ever sent.
struct PlannedCommand
{
    // Activate: AT+QIACT=<contextID> on a model whose contexts are activated
    // (BG9x, EC200U), sent only when the AT+QIACT? before it answered and did
    // not list the context as active; a failure fails the check as a required one.
    enum class Role : quint8 { Required, Optional, Undo, Explain, Activate };
    BuildResult built;
    Role role = Role::Required;
    int target = -1;           // Undo: the command it undoes; Explain: the one whose ERROR it explains;
                               // Activate: the query whose answer decides
};

// One check as the user sees it before anything is sent: its commands, word
// for word, and whether it is ticked. An unticked check sends nothing.
struct PlannedCheck
{
    CheckKind kind = CheckKind::Identity;
    bool enabled = true;
    QString problem;           // why it cannot run as set up (no host given); sends nothing
    QList<PlannedCommand> commands;

    [[nodiscard]] QStringList commandTexts() const
    {
        QStringList texts;
        for (const PlannedCommand &command : commands)
            texts << QString::fromLatin1(command.built.command.text);
        return texts;
    }
};

enum class Verdict : quint8 { Pass, Warning, Fail, NotRun };

// What one check found: the verdict, what was seen and, in words, the likely
// cause and the next thing to try; the transactions are the evidence.
struct CheckResult
{
    CheckKind kind = CheckKind::Identity;
    Verdict verdict = Verdict::NotRun;
    QString summary;
    QString advice;
    QList<at::Transaction> evidence;
    bool stopsRest = false;    // a failure that makes every later check meaningless
    // The line with which the module said it restarted while this check ran
    // ("RDY"); empty when it did not. Such a check fails whatever it read: the
    // module it asked is not the one that answered the rest.
    QByteArray restartedWith;
};

// How a run's checks ended, counted once for the window, bc25-run and both reports.
struct VerdictCounts
{
    int passed = 0;
    int warnings = 0;
    int failed = 0;
    int notRun = 0;

    static VerdictCounts of(const QList<CheckResult> &results)
    {
        VerdictCounts counts;
        for (const CheckResult &r : results) {
            switch (r.verdict) {
            case Verdict::Pass: ++counts.passed; break;
            case Verdict::Warning: ++counts.warnings; break;
            case Verdict::Fail: ++counts.failed; break;
            case Verdict::NotRun: ++counts.notRun; break;
            }
        }
        return counts;
    }
};

} // namespace bc25::health
