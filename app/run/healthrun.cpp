// SPDX-License-Identifier: MIT
#include "healthrun.h"

#include "health/healthhtmlreport.h"
#include "health/healthplan.h"
#include "health/healthreport.h"
#include "recipe/recipelibrary.h"
#include "sim/simconfig.h"
#include "sim/simoptions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace bc25 {

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

} // namespace

QString HealthRun::start()
{
    QObject::connect(&connection, &link::Connection::stateChanged, &check,
                     [this](link::Connection::State state, const QString &message) { onLink(state, message); });
    QObject::connect(&check, &health::HealthCheck::checkFinished, &check, [](int, const health::CheckResult &r) {
        print(QStringLiteral("  %1  %2: %3").arg(health::HealthPlan::verdictText(r.verdict), -8)
                      .arg(health::HealthPlan::title(r.kind), r.summary));
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
        QCoreApplication::exit(2);
    }
}

// On the virtual module the loopback services stand in for the user's hosts.
health::HealthSettings HealthRun::settings() const
{
    QHash<QString, QString> values = recipe::RecipeLibrary::parametersFor(connection);
    if (connection.isVirtual()) {
        values.insert(QStringLiteral("dns_host"), QStringLiteral("localhost"));
        values.insert(QStringLiteral("ping_host"), values.value(QStringLiteral("host")));
        values.insert(QStringLiteral("server"), values.value(QStringLiteral("host")));
        values.insert(QStringLiteral("server_port"), values.value(QStringLiteral("echo_port")));
    }
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        values.insert(it.key(), it.value());
    health::HealthSettings s;
    s.dnsHost = values.value(QStringLiteral("dns_host"));
    s.pingHost = values.value(QStringLiteral("ping_host"));
    s.serverHost = values.value(QStringLiteral("server"));
    s.serverPort = values.value(QStringLiteral("server_port")).toInt();
    s.ntpServer = values.value(QStringLiteral("ntp_server"));
    s.ntpPort = values.value(QStringLiteral("ntp_port"), QStringLiteral("123")).toInt();
    if (const int n = session.status()->info().registrationReporting; n >= 0)
        s.registrationReporting = n;
    s.connectId = session.sockets()->firstFreeSocket(); // one the application does not hold
    return s;
}

void HealthRun::begin()
{
    const health::HealthSettings s = settings();
    planned = s;
    plan = health::HealthPlan::build(s);
    print(QCoreApplication::translate("bc25-run", "health check — the plan:"));
    for (health::PlannedCheck &planned : plan) {
        if (skipped.contains(planned.kind))
            planned.enabled = false;
        const QString what = !planned.problem.isEmpty() ? planned.problem
                             : planned.enabled          ? health::HealthPlan::commandLines(planned).join(QLatin1String(", "))
                                                        : QCoreApplication::translate("bc25-run", "(unticked)");
        print(QStringLiteral("  [%1] %2: %3").arg(planned.enabled ? QLatin1Char('x') : QLatin1Char(' '))
                      .arg(health::HealthPlan::title(planned.kind), what));
    }
    print(QCoreApplication::translate("bc25-run", "health check — the results:"));
    check.start(plan, s);
}

void HealthRun::finish(const QList<health::CheckResult> &results)
{
    const health::VerdictCounts counts = health::VerdictCounts::of(results);
    print(QCoreApplication::translate("bc25-run", "checks: %1 — failed: %2, warnings: %3").arg(results.size()).arg(counts.failed).arg(counts.warnings));
    const auto context = health::ReportContext::of(QDateTime::currentDateTime(), planned, includeIdentities,
                                                   check.clockOriginMs());
    const std::pair<QString, QByteArray> reports[] = {
        {jsonFile, jsonFile.isEmpty() ? QByteArray() : health::HealthReport::toJson(plan, results, context)},
        {reportFile, reportFile.isEmpty() ? QByteArray() : health::HealthHtmlReport::toHtml(plan, results, context)},
    };
    for (const auto &[name, contents] : reports) {
        if (name.isEmpty())
            continue;
        QFile file(name);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) < 0) {
            std::fputs(qPrintable(QCoreApplication::translate("bc25-run", "bc25-run: cannot write %1: %2").arg(name, file.errorString()) + QLatin1Char('\n')), stderr);
            QCoreApplication::exit(2);
            return;
        }
    }
    QCoreApplication::exit(counts.failed == 0 ? 0 : 1);
}

} // namespace bc25
