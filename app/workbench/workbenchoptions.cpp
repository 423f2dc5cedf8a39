// SPDX-License-Identifier: MIT
#include "workbenchoptions.h"

#include "commandline.h"
#include "profile/modelchoice.h"
#include "sim/simconfig.h"
#include "sim/simoptions.h"

#include <QCoreApplication>

#include <cstdio>

namespace bc25 {

namespace {

QString description()
{
    return QCoreApplication::translate("bc25-workbench",
        "Drives and diagnoses Quectel NB-IoT and LTE modules (the models --list-models\n"
        "lists) through their TCP/IP AT commands. With no port it starts on the built-in\n"
        "virtual module, read as the model last chosen for it (the BC25 the first time).");
}

} // namespace

WorkbenchOptions::WorkbenchOptions()
    : m_help(description())
    , m_port(QStringLiteral("port"), QCoreApplication::translate("bc25-workbench", "Serial port to open, e.g. /dev/ttyUSB0."), QStringLiteral("NAME"))
    , m_baud(QStringLiteral("baud"), QCoreApplication::translate("bc25-workbench", "Baud rate (default: the port's profile, else 115200)."), QStringLiteral("N"))
    , m_virtual(QStringLiteral("virtual"), QCoreApplication::translate("bc25-workbench", "Use the built-in virtual module, read as --model says, else as the model last chosen for it, else as the BC25."))
    , m_lang(QStringLiteral("lang"), QCoreApplication::translate("bc25-workbench", "Language: zh_CN or en (default: the system's)."), QStringLiteral("LANG"))
    , m_screenshot(QStringLiteral("screenshot"), QCoreApplication::translate("bc25-workbench", "Run a short demo on the virtual module, save the window to FILE and quit."), QStringLiteral("FILE"))
    , m_startupTime(QStringLiteral("startup-time"), QCoreApplication::translate("bc25-workbench", "Print when the window is shown and connected (for the start-up benchmark)."))
    , m_simOption(QStringLiteral("sim-option"), QCoreApplication::translate("bc25-workbench", "A setting or fault of the built-in virtual module, as bc25-sim --option names it: csq=3, registration=3, reject-cause=15, no-address, dns-fail, unreachable, ping-loss=4 (repeatable)."), QStringLiteral("NAME=VALUE"))
{
    m_args.setApplicationDescription(description());
    // --help wrapped for the reader's language (Chinese at phrase boundaries), not at Qt's 79 characters.
    m_help.addOptions({m_args.addHelpOption(), m_args.addVersionOption()});
    m_help.setExitStatus(QCoreApplication::translate("bc25-workbench", "The window was closed (with --screenshot: the picture was saved)."),
                         QCoreApplication::translate("bc25-workbench", "--screenshot could not save its FILE."),
                         QCoreApplication::translate("bc25-workbench", "The command line is wrong (an unknown option or model, a mistyped "
                                                                       "--sim-option): no window was opened."));
    const QList<QCommandLineOption> options {m_port, m_baud, m_virtual, m_lang, m_screenshot, m_startupTime, m_simOption};
    for (const QList<QCommandLineOption> &some : {options, profile::ModelChoice::options(
             QCoreApplication::translate("bc25-workbench", "the model last chosen for the port or the virtual module, else bc25"))}) {
        m_args.addOptions(some);
        m_help.addOptions(some);
    }
}

std::optional<int> WorkbenchOptions::answer()
{
    if (const auto status = CommandLine::parse(m_args, "bc25-workbench", m_help))
        return status;
    if (const auto status = profile::ModelChoice::handle(m_args, "bc25-workbench"))
        return status;
    bool baudOk = true;
    const qint32 rate = m_args.isSet(m_baud) ? m_args.value(m_baud).toInt(&baudOk) : 115200;
    if (!baudOk || rate <= 0) {
        std::fprintf(stderr, "bc25-workbench: --baud takes a positive number\n");
        return ExitStatus::BadUsage;
    }
    // Checked before a window shows: a demo with a mistyped fault would show a healthy module.
    for (const QString &option : simOptions()) {
        sim::SimConfig check;
        if (const QString why = sim::SimOptions::apply(check, option); !why.isEmpty()) {
            std::fprintf(stderr, "bc25-workbench: %s\n", qPrintable(why));
            return ExitStatus::BadUsage;
        }
    }
    return std::nullopt;
}

bool WorkbenchOptions::serial() const
{
    return m_args.isSet(m_port) && !m_args.isSet(m_virtual) && !m_args.isSet(m_screenshot);
}

std::optional<qint32> WorkbenchOptions::baud() const
{
    if (!serial() || !m_args.isSet(m_baud))
        return std::nullopt;
    return m_args.value(m_baud).toInt();
}

} // namespace bc25
