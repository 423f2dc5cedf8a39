// SPDX-License-Identifier: MIT
#include "healthrun.h"
#include "output.h"

#include "health/healthhtmlreport.h"
#include "health/healthplan.h"
#include "health/healthreport.h"
#include "health/runverdict.h"
#include "recipe/recipelibrary.h"
#include "sim/simconfig.h"
#include "sim/simoptions.h"
#include "wholefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>

namespace bc25 {

namespace {

// bc25-run's standard output (output.h), whose losses the exit status counts.
void print(const QString &line)
{
    run::out(line);
}

} // namespace

QString HealthRun::start()
{
    QObject::connect(&connection, &link::Connection::stateChanged, &check,
                     [this](link::Connection::State state, const QString &message) { onLink(state, message); });
    QObject::connect(&check, &health::HealthCheck::checkFinished, &check, [](int, const health::CheckResult &r) {
        //: bc25-run's line for a health check: its title and what it found ("Signal: Signal 22 (-69 dBm).")
        print(QStringLiteral("  ") + run::padded(health::HealthPlan::verdictText(r.verdict), 8) + QStringLiteral("  ")
              + QCoreApplication::translate("bc25-run", "%1: %2").arg(health::HealthPlan::title(r.kind), r.summary));
        if (!r.advice.isEmpty())
            print(QStringLiteral("            ") + r.advice);
    });
    QObject::connect(&check, &health::HealthCheck::finished, &check,
                     [this](const QList<health::CheckResult> &results) { finish(results); });
    waitingForLink = true;
    connection.setCaptureFile(capture);
    if (!virtualModule) {
        connection.connectSerial(serial);
        return {};
    }
    sim::SimConfig config;
    for (const QString &option : simOptions)
        if (const QString why = sim::SimOptions::apply(config, option); !why.isEmpty())
            return why;
    connection.connectVirtual(config);
    return {};
}

void HealthRun::onLink(link::Connection::State state, const QString &message)
{
    if (!waitingForLink) {
        if (state == link::Connection::State::Lost)
            print(QCoreApplication::translate("bc25-run", "  link lost: %1").arg(message));
        return;
    }
    if (state == link::Connection::State::Connected) {
        waitingForLink = false;
        QTimer::singleShot(0, &check, [this] { begin(); });
    } else if (state != link::Connection::State::Connecting) {
        std::fputs(qPrintable(QStringLiteral("bc25-run: ") + message + QLatin1Char('\n')), stderr);
        QCoreApplication::exit(1); // the port is there on the command line, not on the machine: a failure
    }
}

const QStringList &HealthRun::parameterNames()
{
    static const QStringList names {
        QStringLiteral("dns_host"), QStringLiteral("ping_host"), QStringLiteral("server"), QStringLiteral("server_port"),
        QStringLiteral("ntp_server"), QStringLiteral("ntp_port"), QStringLiteral("site"), QStringLiteral("serial"),
    };
    return names;
}

// On the virtual module the loopback services stand in for the user's hosts;
// before the link is up their ports are not known yet, and any valid port
// stands in for them while the command line is checked.
health::HealthSettings HealthRun::settings(QString *error) const
{
    QHash<QString, QString> values = recipe::RecipeLibrary::parametersFor(connection);
    if (virtualModule) {
        const QString host = values.value(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
        values.insert(QStringLiteral("dns_host"), QStringLiteral("localhost"));
        values.insert(QStringLiteral("ping_host"), host);
        values.insert(QStringLiteral("server"), host);
        values.insert(QStringLiteral("server_port"), values.value(QStringLiteral("echo_port"), QStringLiteral("7")));
        values.insert(QStringLiteral("ntp_server"), host);
        values.insert(QStringLiteral("ntp_port"), values.value(QStringLiteral("ntp_port"), QStringLiteral("123")));
    }
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        values.insert(it.key(), it.value());
    auto number = [&values, error](const QString &name, int fallback) {
        if (!values.contains(name))
            return fallback;
        bool ok = false;
        const int n = values.value(name).trimmed().toInt(&ok);
        if (!ok && error && error->isEmpty())
            *error = QCoreApplication::translate("bc25-run", "--param %1 takes a number, not \"%2\"").arg(name, values.value(name));
        return ok ? n : fallback;
    };
    health::HealthSettings s;
    s.dnsHost = values.value(QStringLiteral("dns_host"));
    s.pingHost = values.value(QStringLiteral("ping_host"));
    s.serverHost = values.value(QStringLiteral("server"));
    s.serverPort = number(QStringLiteral("server_port"), 0);
    s.ntpServer = values.value(QStringLiteral("ntp_server"));
    s.ntpPort = number(QStringLiteral("ntp_port"), 123);
    s.site = values.value(QStringLiteral("site"));
    s.deviceSerial = values.value(QStringLiteral("serial"));
    if (const int n = session.status()->info().registrationReporting; n >= 0)
        s.registrationReporting = n;
    s.connectId = session.sockets()->firstFreeSocket(); // one the application does not hold
    s.contextId = contextId;
    return s;
}

QString HealthRun::usageError() const
{
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (!parameterNames().contains(it.key()))
            return QCoreApplication::translate("bc25-run", "--param %1: the health check has no such parameter (it reads %2)")
                    .arg(it.key(), parameterNames().join(QStringLiteral(", ")));
    }
    // The model's own range (its profile's <contextID>), refused before the port opens.
    if (const profile::ModuleLimits &limits = stack.profile().limits();
        contextId && (*contextId < limits.firstContext || *contextId > limits.lastContext)) {
        if (limits.firstContext == limits.lastContext)
            return QCoreApplication::translate("bc25-run", "--context %1: the %2 has context %3 only")
                    .arg(*contextId).arg(stack.profile().name()).arg(limits.firstContext);
        return QCoreApplication::translate("bc25-run", "--context %1: the %2's contexts are %3-%4")
                .arg(*contextId).arg(stack.profile().name()).arg(limits.firstContext).arg(limits.lastContext);
    }
    QString error;
    const health::HealthSettings s = settings(&error);
    if (!error.isEmpty())
        return error;
    // Not run is not passed: a check the command line leaves unable to run
    // is refused now, not reported as "not run" behind an exit status of 0.
    for (health::PlannedCheck planned : health::HealthPlan::build(s, stack.profile())) {
        // With no name the DNS check only reads the servers and passes: a choice
        // the health form offers, but on the command line a lookup never made.
        if (planned.kind == health::CheckKind::Dns && planned.problem.isEmpty() && s.dnsHost.trimmed().isEmpty())
            planned.problem = QCoreApplication::translate("bc25-run", "No name to look up was given.");
        if (planned.problem.isEmpty() || skipped.contains(planned.kind))
            continue;
        const char *name = health::HealthPlan::kindName(planned.kind);
        const QString given = planned.kind == health::CheckKind::Ping          ? QStringLiteral("--param ping_host=HOST")
                : planned.kind == health::CheckKind::TcpConnection             ? QStringLiteral("--param server=HOST --param server_port=PORT")
                : planned.kind == health::CheckKind::Time                      ? QStringLiteral("--param ntp_server=HOST --param ntp_port=PORT")
                : planned.kind == health::CheckKind::Dns                       ? QStringLiteral("--param dns_host=NAME")
                                                                               : QString();
        return QCoreApplication::translate("bc25-run", "the %1 check cannot run: %2 Give %3, or --skip %1.")
                .arg(QLatin1String(name), planned.problem, given);
    }
    return {};
}

void HealthRun::begin()
{
    const health::HealthSettings s = settings();
    planned = s;
    plan = health::HealthPlan::build(s, stack.profile());
    if (!s.site.isEmpty())
        print(QCoreApplication::translate("bc25-run", "site: %1").arg(s.site));
    if (!s.deviceSerial.isEmpty())
        print(QCoreApplication::translate("bc25-run", "serial number: %1").arg(s.deviceSerial));
    print(QCoreApplication::translate("bc25-run", "health check — the plan:"));
    for (health::PlannedCheck &planned : plan) {
        // Skipped by the user: not held against the run, whatever it lacked (RunVerdict).
        if (skipped.contains(planned.kind)) {
            planned.enabled = false;
            planned.problem.clear();
        }
        const QString what = !planned.problem.isEmpty() ? planned.problem
                             : planned.enabled          ? health::HealthPlan::commandLines(planned).join(QLatin1String(", "))
                                                        : QCoreApplication::translate("bc25-run", "(unticked)");
        print(QStringLiteral("  [%1] ").arg(planned.enabled ? QLatin1Char('x') : QLatin1Char(' '))
              + QCoreApplication::translate("bc25-run", "%1: %2").arg(health::HealthPlan::title(planned.kind), what));
    }
    print(QCoreApplication::translate("bc25-run", "health check — the results:"));
    check.start(plan, s);
}

void HealthRun::finish(const QList<health::CheckResult> &results)
{
    const health::VerdictCounts counts = health::VerdictCounts::of(results);
    const health::RunVerdict verdict = health::RunVerdict::of(plan, results);
    // The run's headline first, then its counts: what a CI log is read for.
    print(QCoreApplication::translate("bc25-run", "health check: %1 — %2").arg(verdict.title(), verdict.sentence()));
    // The panel's count too: of the checks not skipped ("8 of 8 passed, 2 skipped").
    print(QCoreApplication::translate("bc25-run", "checks: %1 — failed: %2, warnings: %3").arg(verdict.tally()).arg(counts.failed).arg(counts.warnings));
    const auto context = health::ReportContext::of(QDateTime::currentDateTime(), planned, includeIdentities,
                                                   check.clockOriginMs());
    const std::pair<QString, QByteArray> reports[] = {
        {jsonFile, jsonFile.isEmpty() ? QByteArray() : health::HealthReport::toJson(plan, results, context)},
        {reportFile, reportFile.isEmpty() ? QByteArray() : health::HealthHtmlReport::toHtml(plan, results, context)},
    };
    for (const auto &[name, contents] : reports) {
        if (name.isEmpty())
            continue;
        // Written whole or not at all: a report cut by a full disk is not a
        // report, and its error comes only when the bytes reach the disk.
        if (QString why; !WholeFile::write(name, contents, &why)) {
            std::fputs(qPrintable(QCoreApplication::translate("bc25-run", "bc25-run: cannot write %1: %2").arg(name, why) + QLatin1Char('\n')), stderr);
            QCoreApplication::exit(1);
            return;
        }
    }
    QCoreApplication::exit(verdict.passed() ? 0 : 1);
}

} // namespace bc25
