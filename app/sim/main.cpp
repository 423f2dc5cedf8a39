// SPDX-License-Identifier: MIT
// bc25-sim: a virtual BC25 behind a pseudo-terminal. Prints the terminal's
// path as the first line of standard output; any serial program can open it.

#include "commandline.h"
#include "commandlinehelp.h"
#include "link/simports.h"
#include "profile/modelchoice.h"
#include "profile/moduleprofile.h"
#include "sim/echoservice.h"
#include "sim/nvstate.h"
#include "sim/simoptions.h"
#include "sim/virtualmodule.h"
#include "translations.h"
#include "transport/ptytransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>
#include <utility>
#include <unistd.h>

using namespace bc25;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

// Ends the event loop on SIGINT/SIGTERM so that the link is removed on the way out.
void quitOnSignals(QCoreApplication *app)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

// Something on this machine failed (the terminal, the echo port, the link).
int fail(const QString &message)
{
    std::fprintf(stderr, "bc25-sim: %s\n", qPrintable(message));
    return ExitStatus::Failed;
}

// A wrong option or value: said, and nothing is started.
int badUsage(const QString &message)
{
    std::fprintf(stderr, "bc25-sim: %s\n", qPrintable(message));
    return ExitStatus::BadUsage;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bc25-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BC25_VERSION));
    Translations::install(&app);

    QCommandLineParser args;
    const QString description = QCoreApplication::translate("bc25-sim", "A virtual Quectel module (the BC25, or the model --model names: see\n"
                                      "--list-models) behind a pseudo-terminal: it answers the model's TCP/IP AT\n"
                                      "commands with real sockets on this computer. The first line printed is the\n"
                                      "terminal's path.");
    args.setApplicationDescription(description);
    // --help wrapped for the reader's language (Chinese at phrase boundaries), not at Qt's 79 characters.
    CommandLineHelp help(description);
    help.addOptions({args.addHelpOption(), args.addVersionOption()});
    help.setExitStatus(QCoreApplication::translate("bc25-sim", "Stopped (SIGINT or SIGTERM) after a run where nothing failed."),
                       QCoreApplication::translate("bc25-sim", "The terminal, the echo port or the link could not be made (something other "
                                                               "than a link to a pseudo-terminal is at its PATH), the terminal's path could "
                                                               "not be printed, the --state file cannot be written or is not an NVRAM file, "
                                                               "or writing it failed while running."),
                       QCoreApplication::translate("bc25-sim", "The command line is wrong (an unknown option, a value out of its range, "
                                                               "--link and --state naming one file): nothing was started."));
    const QCommandLineOption link(QStringLiteral("link"), QCoreApplication::translate("bc25-sim", "Also make a symlink PATH to the terminal."), QStringLiteral("PATH"));
    const QCommandLineOption echo(QStringLiteral("echo"), QCoreApplication::translate("bc25-sim", "Serve TCP and UDP echo on 127.0.0.1:PORT (0 picks a port)."), QStringLiteral("PORT"));
    const QCommandLineOption state(QStringLiteral("state"), QCoreApplication::translate("bc25-sim", "NVRAM file for QICFG and QISWTMD settings (default: in the user's data folder)."), QStringLiteral("FILE"));
    const QCommandLineOption fresh(QStringLiteral("fresh"), QCoreApplication::translate("bc25-sim", "Start with factory settings: ignore and do not write the NVRAM file."));
    const QCommandLineOption bind(QStringLiteral("bind"), QCoreApplication::translate("bc25-sim", "Address for listeners and UDP services (default 127.0.0.1)."), QStringLiteral("ADDRESS"));
    const QCommandLineOption loopbackOnly(QStringLiteral("loopback-only"), QCoreApplication::translate("bc25-sim", "Reach no host but this one: connects, lookups, ping and NTP elsewhere fail."));
    const QCommandLineOption strict(QStringLiteral("strict"), QCoreApplication::translate("bc25-sim", "Refuse what the manual's notes say the firmware does not support (UDP SERVICE, hex QICFG sending, keepalive data, QIDNSCFG before registration)."));
    const QCommandLineOption pingDelay(QStringLiteral("ping-delay"), QCoreApplication::translate("bc25-sim", "Simulated ping round trip in ms (default 40)."), QStringLiteral("MS"));
    const QCommandLineOption bufferLimit(QStringLiteral("buffer-limit"), QCoreApplication::translate("bc25-sim", "Receive buffer per socket in bytes; beyond it \"buff full\" (default 65536)."), QStringLiteral("BYTES"));
    const QCommandLineOption sendAckDelay(QStringLiteral("send-ack-delay"), QCoreApplication::translate("bc25-sim", "Extra delay before SEND OK in ms (default 0)."), QStringLiteral("MS"));
    const QCommandLineOption csq(QStringLiteral("csq"), QCoreApplication::translate("bc25-sim", "Signal quality AT+CSQ reports (0-31, default 22)."), QStringLiteral("RSSI"));
    const QCommandLineOption baud(QStringLiteral("baud"), QCoreApplication::translate("bc25-sim", "Fault: pace output at this baud rate."), QStringLiteral("RATE"));
    const QCommandLineOption split(QStringLiteral("split"), QCoreApplication::translate("bc25-sim", "Fault: cut output into random pieces of at most N bytes."), QStringLiteral("N"));
    const QCommandLineOption latency(QStringLiteral("latency"), QCoreApplication::translate("bc25-sim", "Fault: wait this many ms before answering each command."), QStringLiteral("MS"));
    const QCommandLineOption failCommand(QStringLiteral("fail"), QCoreApplication::translate("bc25-sim", "Fault: answer ERROR to this command, e.g. +QIOPEN (repeatable)."), QStringLiteral("COMMAND"));
    const QCommandLineOption rebootAfter(QStringLiteral("reboot-after"), QCoreApplication::translate("bc25-sim", "Fault: reboot (RDY, every socket dropped) after this many ms."), QStringLiteral("MS"));
    const QCommandLineOption deadAfter(QStringLiteral("dead-after"), QCoreApplication::translate("bc25-sim", "Fault: stop answering anything after this many ms."), QStringLiteral("MS"));
    // The faults a health check diagnoses (registration denied, no address, …)
    // by the names bc25-run --sim-option and the workbench's recipes dock use.
    const QCommandLineOption option(QStringLiteral("option"), QCoreApplication::translate("bc25-sim", "Any setting or fault by name, as bc25-run --sim-option takes it: registration=0, attached=0, reject-cause=15, no-address, dns-fail, unreachable, strict, revision=TEXT (repeatable)."), QStringLiteral("NAME=VALUE"));
    const QList<QCommandLineOption> options {link, echo, state, fresh, bind, loopbackOnly, strict, pingDelay, bufferLimit, sendAckDelay,
                                             csq, baud, split, latency, failCommand, rebootAfter, deadAfter, option};
    for (const QList<QCommandLineOption> &some : {options, profile::ModelChoice::options()}) {
        args.addOptions(some);
        help.addOptions(some);
    }
    if (const auto status = CommandLine::parse(args, "bc25-sim", help))
        return *status;
    if (const auto status = profile::ModelChoice::handle(args, "bc25-sim"))
        return *status;

    auto integer = [&](const QCommandLineOption &option, int fallback, int min, int max, bool *ok) {
        if (!args.isSet(option))
            return fallback;
        bool parsed = false;
        const int value = args.value(option).toInt(&parsed);
        if (!parsed || value < min || value > max) {
            *ok = false;
            std::fprintf(stderr, "bc25-sim: --%s takes a number in %d-%d\n", qPrintable(option.names().constFirst()), min, max);
        }
        return value;
    };

    bool ok = true;
    sim::SimConfig config;
    config.pingDelayMs = integer(pingDelay, config.pingDelayMs, 0, 60000, &ok);
    config.receiveBufferLimit = integer(bufferLimit, config.receiveBufferLimit, 1, 64 << 20, &ok);
    config.sendAckDelayMs = integer(sendAckDelay, 0, 0, 60000, &ok);
    // The same rule as --option csq=…: 0-31, or 99 (27.007 8.5).
    if (args.isSet(csq)) {
        if (const QString why = sim::SimOptions::apply(config, QStringLiteral("csq=") + args.value(csq)); !why.isEmpty())
            return badUsage(why);
    }
    // Given, a fault must do something: 0 would silently be no fault.
    config.faults.baudRate = integer(baud, 0, 1, 10000000, &ok);
    config.faults.maxSplit = integer(split, 0, 1, 1 << 20, &ok);
    config.faults.latencyMs = integer(latency, 0, 0, 600000, &ok);
    config.faults.rebootAfterMs = integer(rebootAfter, -1, 0, INT_MAX, &ok);
    config.faults.linkDeadAfterMs = integer(deadAfter, -1, 0, INT_MAX, &ok);
    const int echoPort = integer(echo, -1, 0, 65535, &ok);
    for (const QString &name : args.values(failCommand)) {
        // The same check as --option fail=…: a command the catalog knows.
        if (const QString why = sim::SimOptions::apply(config, QStringLiteral("fail=") + name); !why.isEmpty())
            return badUsage(why);
    }
    if (args.isSet(bind)) {
        config.bindAddress = QHostAddress(args.value(bind));
        if (config.bindAddress.isNull())
            return badUsage(QCoreApplication::translate("bc25-sim", "--bind needs an IP address, not %1").arg(args.value(bind)));
    }
    for (const QString &named : args.values(option)) {
        const QString why = sim::SimOptions::apply(config, named);
        if (!why.isEmpty())
            return badUsage(why);
    }
    if (!ok)
        return ExitStatus::BadUsage;
    if (args.isSet(loopbackOnly))
        config.reach = sim::SimConfig::Reach::LoopbackOnly;
    if (args.isSet(strict))
        config.strict = true;
    const QString linkPath = args.value(link);
    // The link and the NVRAM file in one file: each would replace the other
    // (bad usage, as bc25-run's outputs naming one file).
    if (const QString why = CommandLine::sameFileTwice({{QStringLiteral("--link"), linkPath},
                                                        {QStringLiteral("--state"), args.isSet(fresh) ? QString() : args.value(state)}});
        !why.isEmpty())
        return badUsage(why);
    if (!linkPath.isEmpty()) {
        if (const QString why = link::SimPorts::linkProblem(linkPath); !why.isEmpty())
            return fail(why);
    }
    if (!args.isSet(fresh)) {
        QString path = args.value(state);
        // A file it will write, checked as bc25-run checks its reports: said before anything starts.
        if (!path.isEmpty()) {
            if (const QString why = CommandLine::outputProblem(path); !why.isEmpty())
                return fail(why);
            if (const QString why = sim::NvState::problemWith(path); !why.isEmpty())
                return fail(why);
        }
        if (path.isEmpty()) {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
            QDir().mkpath(dir);
            path = dir + QStringLiteral("/nvram.json");
        }
        config.stateFile = path;
    }

    transport::PtyTransport pty;
    QString ptyError;
    QObject::connect(&pty, &transport::Transport::errorOccurred, [&](transport::Transport::Error, const QString &m) { ptyError = m; });
    pty.open();
    if (!pty.isOpen())
        return fail(ptyError);

    // The model it answers as (--model): its sockets, contexts, forms and ranges.
    sim::VirtualModule module(profile::ModelChoice::chosen(args), config);
    module.attachTo(&pty);
    // The module goes on answering (a real one would too), but what it was told
    // to keep is lost: said when it happens, once, and the stop exits 1.
    bool nvramLost = false;
    QObject::connect(&module, &sim::VirtualModule::nvramNotSaved, &module, [&nvramLost](const QString &message) {
        if (!std::exchange(nvramLost, true))
            std::fprintf(stderr, "bc25-sim: %s\n", qPrintable(message));
    });

    sim::EchoService echoService;
    if (echoPort >= 0 && !echoService.start(quint16(echoPort)))
        return fail(QCoreApplication::translate("bc25-sim", "cannot serve echo on port %1: %2").arg(echoPort).arg(echoService.errorString()));

    if (!linkPath.isEmpty()) {
        // Nothing but a link to a pseudo-terminal is there (SimPorts::linkProblem).
        QFile::remove(linkPath);
        if (!QFile::link(pty.slavePath(), linkPath))
            return fail(QCoreApplication::translate("bc25-sim", "cannot make the link %1").arg(linkPath));
    }

    // The workbench's port list offers this pty (and the link) while it runs.
    const link::SimPorts announcement(pty.slavePath(), linkPath);
    std::printf("%s\n", qPrintable(pty.slavePath()));
    if (echoPort >= 0)
        std::printf("echo 127.0.0.1:%u\n", unsigned(echoService.port()));
    // The terminal's path is how anyone finds the module: lost on its way (a
    // full disk under a redirected log), the module would run unreachable.
    if (const int status = CommandLine::withOutputChecked("bc25-sim", ExitStatus::Passed); status != ExitStatus::Passed) {
        if (!linkPath.isEmpty())
            QFile::remove(linkPath);
        return status;
    }

    quitOnSignals(&app);
    const int status = app.exec();
    if (!linkPath.isEmpty())
        QFile::remove(linkPath);
    return status == ExitStatus::Passed && nvramLost ? ExitStatus::Failed : status;
}
