// SPDX-License-Identifier: MIT
#pragma once

#include "captureerrors.h"
#include "health/healthcheck.h"
#include "link/modulestack.h"
#include "session/modulesession.h"
#include "transport/serialsettings.h"

#include <QHash>
#include <QStringList>

namespace bc25 {

// bc25-run --health: connects (a serial port or the virtual module), prints
// the plan, runs the health check, prints each verdict with its advice, the
// run's headline verdict, and writes the JSON and HTML reports. Exits 0 when
// the run passed (health::RunVerdict), 1 otherwise; bad usage (an unknown
// --param, a value out of the manual's range, a check without the host it
// needs and not --skip-ped) is refused with 2 before anything is sent.
struct HealthRun
{
    // The model the check runs on (--model).
    explicit HealthRun(profile::ProfilePointer model)
        : stack(std::move(model))
    {
    }

    link::ModuleStack stack;
    at::CommandEngine &engine = stack.engine();
    ModuleSession &session = stack.session();
    link::Connection &connection = stack.connection();
    health::HealthCheck check {session.commands()};
    run::CaptureErrors captureErrors {connection};
    bool virtualModule = true;
    QStringList simOptions;
    transport::SerialSettings serial;
    QString capture;
    QHash<QString, QString> parameters;  // dns_host, ping_host, server, server_port, ntp_server, ntp_port, site, serial
    std::optional<int> contextId;        // --context: the checks' context; left out, the model's first
    QList<health::CheckKind> skipped;    // unticked with --skip
    QString jsonFile;
    QString reportFile;                  // --report: the self-contained HTML page
    bool includeIdentities = false;
    QList<health::PlannedCheck> plan;
    health::HealthSettings planned;      // the settings the plan was built with
    bool waitingForLink = false;

    // The --param names the health check reads.
    static const QStringList &parameterNames();
    // Why the command line cannot run as given (exit status 2), or nothing:
    // an unknown --param, a number that is not one, a value the catalog
    // refuses, a check that has no host and is not skipped. Checked against
    // the plan the settings build, before the link is opened.
    [[nodiscard]] QString usageError() const;
    // Returns why it cannot start (a bad option), or nothing.
    QString start();

private:
    void onLink(link::Connection::State state, const QString &message);
    void begin();
    void finish(const QList<health::CheckResult> &results);
    // The settings from the defaults (on the virtual module, its loopback
    // services) and the --param values; `error` gets a value that is no number.
    health::HealthSettings settings(QString *error = nullptr) const;
};

} // namespace bc25
