// SPDX-License-Identifier: MIT
#include "simoptions.h"

#include "bc25/commandcatalog.h"
#include "profile/moduleprofile.h"

#include <QRegularExpression>

#include <algorithm>
#include <climits>

namespace bc25::sim {

namespace {

struct IntegerOption
{
    const char *name;
    int min;
    int max;
    int SimConfig::*field = nullptr;
    int FaultPlan::*fault = nullptr;
};

// The same names and ranges as bc25-sim's options.
const IntegerOption IntegerOptions[] = {
    {"ping-delay", 0, 60000, &SimConfig::pingDelayMs},
    {"buffer-limit", 1, 64 << 20, &SimConfig::receiveBufferLimit},
    {"send-ack-delay", 0, 60000, &SimConfig::sendAckDelayMs},
    {"csq", 0, 99, &SimConfig::rssi},
    {"registration", 0, 5, &SimConfig::registration},
    {"attached", 0, 1, &SimConfig::attached},
    {"baud", 1, 10000000, nullptr, &FaultPlan::baudRate}, // given, a fault does something
    {"split", 1, 1 << 20, nullptr, &FaultPlan::maxSplit},
    {"latency", 0, 600000, nullptr, &FaultPlan::latencyMs},
    {"reboot-after", 0, INT_MAX, nullptr, &FaultPlan::rebootAfterMs},
    {"dead-after", 0, INT_MAX, nullptr, &FaultPlan::linkDeadAfterMs},
    {"reject-cause", 0, 255, nullptr, &FaultPlan::rejectCause},
    {"ping-loss", 0, 1000000, nullptr, &FaultPlan::pingLossEvery},
};

} // namespace

QString SimOptions::apply(SimConfig &config, const QString &option)
{
    const qsizetype equals = option.indexOf(QLatin1Char('='));
    const QString name = option.left(equals).trimmed();
    const QString value = equals < 0 ? QString() : option.mid(equals + 1).trimmed();
    if (name == QLatin1String("loopback-only")) {
        config.reach = SimConfig::Reach::LoopbackOnly;
        return {};
    }
    // Registered and attached, but the network gave the context no address (a wrong APN).
    if (name == QLatin1String("no-address")) {
        config.pdpAddress.clear();
        return {};
    }
    // The address AT+CGPADDR and AT+QIACT? print for the context: a network's odd
    // answer, the unspecified 0.0.0.0 of a context without one (adversary pass 9 F5).
    if (name == QLatin1String("address")) {
        static const QRegularExpression printable(QStringLiteral("^[0-9A-Za-z.:]+$"));
        if (!printable.match(value).hasMatch())
            return tr("address= needs what the module prints as the context's address (digits, letters, . and :), e.g. address=0.0.0.0.");
        config.pdpAddress = value;
        return {};
    }
    if (name == QLatin1String("dns-fail")) {
        config.faults.dnsNoAnswer = true;
        return {};
    }
    if (name == QLatin1String("strict")) {
        config.strict = true;
        return {};
    }
    if (name == QLatin1String("unreachable")) {
        config.faults.serverUnreachable = true;
        return {};
    }
    // What AT+CGMR answers: a firmware's own words (and a test's odd characters).
    if (name == QLatin1String("revision")) {
        config.revision = value;
        return {};
    }
    // What ATI answers, its lines with '|' between: a module whose identity
    // names no model of the list (ati=Quectel|EC21|Revision: EC21EFAR06A01M4G).
    if (name == QLatin1String("ati")) {
        if (value.isEmpty())
            return tr("ati= needs the lines ATI answers, with | between them.");
        config.identification = value.split(QLatin1Char('|'));
        return {};
    }
    if (name == QLatin1String("fail") || name == QLatin1String("reboot-at")) {
        QByteArray command = value.toLatin1().toUpper();
        if (command.startsWith("AT"))
            command.remove(0, 2);
        if (command.isEmpty())
            return tr("%1= needs a command, e.g. %1=+QIOPEN.").arg(name);
        // A misspelt command would fail nothing, and the run would look as if it had.
        // Any model's command (AT+QNTP on the BG96, AT+QIACT on the LTE modules):
        // the options are read before the model is known to them.
        const QList<QByteArray> models = profile::ModuleProfile::ids();
        const bool known = std::any_of(models.cbegin(), models.cend(), [&command](const QByteArray &id) {
            return profile::ModuleProfile::byId(id)->catalog().find(command) != nullptr;
        });
        if (!known)
            return tr("%1=%2: no such command in the catalog (e.g. %1=+QIOPEN).").arg(name, value);
        if (name == QLatin1String("fail"))
            config.faults.failingCommands << command;
        else
            config.faults.rebootAtCommand = command;
        return {};
    }
    for (const IntegerOption &known : IntegerOptions) {
        if (name != QLatin1String(known.name))
            continue;
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < known.min || number > known.max)
            return tr("%1 takes a number in %2-%3; got \"%4\".").arg(name, QString::number(known.min), QString::number(known.max), value);
        // 27.007 8.5: <rssi> 0-31 is the signal, 99 "not known or not detectable"; 32-98 is no answer of a module.
        if (known.field == &SimConfig::rssi && number > 31 && number != 99)
            return tr("%1 takes 0-31 (the signal) or 99 (not known); got \"%2\".").arg(name, value);
        if (known.field)
            config.*known.field = number;
        else
            config.faults.*known.fault = number;
        return {};
    }
    return tr("Unknown virtual module option \"%1\"; known: %2.").arg(name, names().join(QStringLiteral(", ")));
}

QStringList SimOptions::names()
{
    QStringList names;
    for (const IntegerOption &known : IntegerOptions)
        names << QLatin1String(known.name);
    names << QStringLiteral("fail") << QStringLiteral("reboot-at") << QStringLiteral("loopback-only") << QStringLiteral("no-address")
          << QStringLiteral("address")
          << QStringLiteral("dns-fail") << QStringLiteral("unreachable") << QStringLiteral("revision") << QStringLiteral("ati")
          << QStringLiteral("strict");
    return names;
}

} // namespace bc25::sim
