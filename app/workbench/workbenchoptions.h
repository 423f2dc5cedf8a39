// SPDX-License-Identifier: MIT
#pragma once

#include "commandlinehelp.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace bc25 {

// bc25-workbench's command line: its options, their parsing and every check
// that needs no window. main() asks it twice: first under a QCoreApplication,
// so that --help, --version, --list-models and a wrong command line are
// answered without a display (on a server, in a script: issue 17), then again
// under the QApplication that shows the window.
class WorkbenchOptions final
{
public:
    WorkbenchOptions();

    // The exit status when the program ends here (help or list printed: 0; a
    // wrong option or value said on standard error: 2); nothing when the window opens.
    [[nodiscard]] std::optional<int> answer();

    [[nodiscard]] const QCommandLineParser &args() const { return m_args; }
    [[nodiscard]] bool serial() const;            // a --port to open (not --virtual, not --screenshot)
    [[nodiscard]] QString port() const { return m_args.value(m_port); }
    [[nodiscard]] std::optional<qint32> baud() const; // --baud with a serial port
    [[nodiscard]] QStringList simOptions() const { return m_args.values(m_simOption); }
    [[nodiscard]] QString screenshot() const { return m_args.value(m_screenshot); }
    [[nodiscard]] bool startupTime() const { return m_args.isSet(m_startupTime); }

private:
    QCommandLineParser m_args;
    CommandLineHelp m_help;
    QCommandLineOption m_port;
    QCommandLineOption m_baud;
    QCommandLineOption m_virtual;
    QCommandLineOption m_lang;
    QCommandLineOption m_screenshot;
    QCommandLineOption m_startupTime;
    QCommandLineOption m_simOption;
};

} // namespace bc25
