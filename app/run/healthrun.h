// SPDX-License-Identifier: MIT
#pragma once

#include "at/commandengine.h"
#include "bc25/catalogrules.h"
#include "health/healthcheck.h"
#include "link/connection.h"
#include "session/modulesession.h"
#include "transport/serialsettings.h"

#include <QHash>
#include <QStringList>

namespace bc25 {

// bc25-run --health: connects (a serial port or the virtual module), prints
// the plan, runs the health check, prints each verdict with its advice and
// writes the JSON and HTML reports. Exits 0 when no check failed, 1 otherwise.
struct HealthRun
{
    at::CommandEngine engine {&CatalogRules::instance()};
    ModuleSession session {&engine};
    link::Connection connection {&engine, &session};
    health::HealthCheck check {session.commands()};
    bool virtualModule = true;
    QStringList simOptions;
    transport::SerialSettings serial;
    QString capture;
    QHash<QString, QString> parameters;  // dns_host, ping_host, server, server_port, ntp_server, ntp_port
    QList<health::CheckKind> skipped;    // unticked with --skip
    QString jsonFile;
    QString reportFile;                  // --report: the self-contained HTML page
    bool includeIdentities = false;
    QList<health::PlannedCheck> plan;
    health::HealthSettings planned;      // the settings the plan was built with
    bool waitingForLink = false;

    // Returns why it cannot start (a bad option), or nothing.
    QString start();

private:
    void onLink(link::Connection::State state, const QString &message);
    void begin();
    void finish(const QList<health::CheckResult> &results);
    health::HealthSettings settings() const;
};

} // namespace bc25
