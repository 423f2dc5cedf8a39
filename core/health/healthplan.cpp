// SPDX-License-Identifier: MIT
#include "healthplan.h"

#include "at/commandengine.h"
#include "profile/moduleprofile.h"

namespace bc25::health {

namespace {

PlannedCommand required(BuildResult built)
{
    return {std::move(built), PlannedCommand::Role::Required, -1};
}

PlannedCommand optional(BuildResult built)
{
    return {std::move(built), PlannedCommand::Role::Optional, -1};
}

PlannedCommand undo(BuildResult built, int undoes)
{
    return {std::move(built), PlannedCommand::Role::Undo, undoes};
}

// Each TCP/IP command's bare ERROR is followed by the AT+QIGETERROR that says
// why, as a line of the plan rather than by the session behind the user's back.
// The indexes an undo names are moved along with the commands.
QList<PlannedCommand> withExplanations(const CommandCatalog &catalog, QList<PlannedCommand> commands)
{
    QList<PlannedCommand> planned;
    QList<int> movedTo;
    for (PlannedCommand &command : commands) {
        movedTo << int(planned.size());
        const bool explained = command.built.ok() && command.built.command.explainErrors;
        command.built.command.explainErrors = false;
        if (command.role == PlannedCommand::Role::Undo || command.role == PlannedCommand::Role::Activate)
            command.target = movedTo.value(command.target, -1);
        planned << command;
        if (explained)
            planned << PlannedCommand {Commands::lastError(catalog), PlannedCommand::Role::Explain, int(planned.size()) - 1};
    }
    return planned;
}

// A builder's refusal (a port out of range) makes the check unable to run;
// it says why instead of sending anything.
PlannedCheck check(const CommandCatalog &catalog, CheckKind kind, QList<PlannedCommand> commands)
{
    PlannedCheck planned;
    planned.kind = kind;
    for (const PlannedCommand &command : commands) {
        if (!command.built.ok() && planned.problem.isEmpty())
            planned.problem = command.built.error;
    }
    planned.enabled = planned.problem.isEmpty();
    if (planned.enabled)
        planned.commands = withExplanations(catalog, std::move(commands));
    return planned;
}

PlannedCheck needs(CheckKind kind, const QString &problem)
{
    PlannedCheck planned;
    planned.kind = kind;
    planned.enabled = false;
    planned.problem = problem;
    return planned;
}

} // namespace

QList<PlannedCheck> HealthPlan::build(const HealthSettings &s, const profile::ModuleProfile &profile)
{
    QList<PlannedCheck> plan;
    const CommandCatalog &catalog = profile.catalog();
    const int contextId = s.contextId.value_or(profile.defaultContext());
    plan << check(catalog, CheckKind::Identity, {required(Commands::identify(catalog)), required(Commands::revision(catalog)),
                                        required(Commands::serialNumber(catalog, 1))});
    // The ICCID goes into the report (masked unless asked for) to tell SIMs apart;
    // optional, since it is a Quectel command rather than a 3GPP one.
    plan << check(catalog, CheckKind::Sim, {required(Commands::pinState(catalog)), required(Commands::imsi(catalog)), optional(Commands::iccid(catalog))});
    plan << check(catalog, CheckKind::Signal, {required(Commands::signalQuality(catalog)), optional(Commands::extendedSignalQuality(catalog))});
    // n=3 adds the reject cause to the answer (27.007 10.1.22); the user's own
    // setting (0, the module's default, unless the module said otherwise) is
    // put back so that the check changes nothing.
    plan << check(catalog, CheckKind::Registration, {optional(Commands::setRegistrationReporting(catalog, 3)),
                                            required(Commands::registrationStatus(catalog)),
                                            undo(Commands::setRegistrationReporting(catalog, s.registrationReporting), 0)});
    plan << check(catalog, CheckKind::Attach, {required(Commands::attachState(catalog))});
    QList<PlannedCommand> pdp;
    if (profile.answers().activatesContexts) {
        // The LTE modules' contexts are activated by the host before a socket,
        // a ping or a lookup uses them (BG96 AN 2.2.12, EC200U AN 2.4.3): asked
        // first, activated only when the module does not list it as active.
        pdp << required(Commands::activeContexts(catalog))
            << PlannedCommand {Commands::activateContext(catalog, contextId), PlannedCommand::Role::Activate, 0};
    }
    pdp << required(Commands::pdpContexts(catalog)) << required(Commands::pdpAddress(catalog));
    plan << check(catalog, CheckKind::PdpContext, pdp);
    QList<PlannedCommand> dns {required(Commands::queryDnsServers(catalog, contextId))};
    if (!s.dnsHost.isEmpty())
        dns << required(Commands::lookUpHost(catalog, contextId, s.dnsHost));
    plan << check(catalog, CheckKind::Dns, dns);
    if (s.pingHost.isEmpty()) {
        plan << needs(CheckKind::Ping, tr("No host to ping was given."));
    } else {
        PingParameters ping(profile);
        ping.contextId = contextId;
        ping.host = s.pingHost;
        ping.count = s.pingCount.value_or(ping.count);
        plan << check(catalog, CheckKind::Ping, {required(Commands::ping(ping))});
    }
    if (s.serverHost.isEmpty()) {
        plan << needs(CheckKind::TcpConnection, tr("No server and port were given."));
    } else {
        OpenParameters open;
        open.contextId = contextId;
        open.connectId = s.connectId;
        open.service = ServiceType::Tcp;
        open.host = s.serverHost;
        open.remotePort = s.serverPort;
        plan << check(catalog, CheckKind::TcpConnection, {required(Commands::open(catalog, open)), undo(Commands::close(catalog, s.connectId), 0)});
    }
    if (s.ntpServer.isEmpty())
        plan << needs(CheckKind::Time, tr("No NTP server was given."));
    else
        plan << check(catalog, CheckKind::Time, {required(Commands::synchronizeTime(catalog, contextId, s.ntpServer, s.ntpPort))});
    return plan;
}

QString HealthPlan::title(CheckKind kind)
{
    switch (kind) {
    case CheckKind::Identity:
        return tr("Module answers, identity");
    case CheckKind::Sim:
        return tr("SIM");
    case CheckKind::Signal:
        return tr("Signal");
    case CheckKind::Registration:
        return tr("Network registration");
    case CheckKind::Attach:
        return tr("Packet domain attach");
    case CheckKind::PdpContext:
        return tr("PDP context and address");
    case CheckKind::Dns:
        return tr("DNS");
    case CheckKind::Ping:
        return tr("Ping");
    case CheckKind::TcpConnection:
        return tr("TCP connection to the server");
    case CheckKind::Time:
        return tr("Network time (NTP)");
    }
    return {};
}

const char *HealthPlan::kindName(CheckKind kind)
{
    switch (kind) {
    case CheckKind::Identity: return "identity";
    case CheckKind::Sim: return "sim";
    case CheckKind::Signal: return "signal";
    case CheckKind::Registration: return "registration";
    case CheckKind::Attach: return "attach";
    case CheckKind::PdpContext: return "pdp";
    case CheckKind::Dns: return "dns";
    case CheckKind::Ping: return "ping";
    case CheckKind::TcpConnection: return "tcp";
    case CheckKind::Time: return "ntp";
    }
    return "";
}

std::optional<CheckKind> HealthPlan::kindNamed(QStringView name)
{
    for (int k = int(CheckKind::Identity); k <= int(CheckKind::Time); ++k) {
        if (name == QLatin1String(kindName(CheckKind(k))))
            return CheckKind(k);
    }
    return std::nullopt;
}

QString HealthPlan::commandLine(const PlannedCommand &command)
{
    const QString text = QString::fromLatin1(command.built.command.text);
    switch (command.role) {
    case PlannedCommand::Role::Explain:
        return tr("%1 (only after an ERROR)").arg(text);
    case PlannedCommand::Role::Activate:
        return tr("%1 (only when the context is not active)").arg(text);
    default:
        return text;
    }
}

QStringList HealthPlan::commandLines(const PlannedCheck &check)
{
    QStringList lines;
    for (const PlannedCommand &command : check.commands)
        lines << commandLine(command);
    return lines;
}

QList<const at::Transaction *> HealthPlan::transactionsOf(const PlannedCheck &check, const QList<at::Transaction> &evidence)
{
    QList<const at::Transaction *> transactions;
    qsizetype next = 0;
    for (const PlannedCommand &command : check.commands) {
        const bool matches = next < evidence.size() && evidence.at(next).command == command.built.command.text;
        transactions << (matches ? &evidence.at(next) : nullptr);
        next += matches ? 1 : 0;
    }
    return transactions;
}

QList<bool> HealthPlan::sentCommands(const PlannedCheck &check, const QList<at::Transaction> &evidence)
{
    QList<bool> sent;
    for (const at::Transaction *t : transactionsOf(check, evidence))
        sent << (t && t->writtenMs >= 0);
    return sent;
}

const char *HealthPlan::roleName(PlannedCommand::Role role)
{
    switch (role) {
    case PlannedCommand::Role::Required: return "required";
    case PlannedCommand::Role::Optional: return "optional";
    case PlannedCommand::Role::Undo: return "undo";
    case PlannedCommand::Role::Explain: return "explain";
    case PlannedCommand::Role::Activate: return "activate";
    }
    return "";
}

const char *HealthPlan::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return "pass";
    case Verdict::Warning:
        return "warning";
    case Verdict::Fail:
        return "fail";
    case Verdict::NotRun:
        return "not run";
    }
    return "";
}

QString HealthPlan::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return tr("Pass");
    case Verdict::Warning:
        return tr("Warning");
    case Verdict::Fail:
        return tr("Fail");
    case Verdict::NotRun:
        return tr("Not run");
    }
    return {};
}

} // namespace bc25::health
