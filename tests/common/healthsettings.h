// SPDX-License-Identifier: MIT
#pragma once

// The health check's hosts and ports pointed at what a RecipeHarness serves
// on loopback (its echo service, its NTP server; "localhost" to look up).

#include "health/healthresult.h"

#include <QHash>
#include <QString>

namespace bc25::test {

inline void pointAtTheHarness(health::HealthSettings &settings, const QHash<QString, QString> &parameters)
{
    settings.dnsHost = QStringLiteral("localhost");
    settings.pingHost = parameters.value(QStringLiteral("host"));
    settings.serverHost = parameters.value(QStringLiteral("host"));
    settings.serverPort = parameters.value(QStringLiteral("echo_port")).toInt();
    settings.ntpServer = parameters.value(QStringLiteral("ntp_server"));
    settings.ntpPort = parameters.value(QStringLiteral("ntp_port")).toInt();
}

} // namespace bc25::test
