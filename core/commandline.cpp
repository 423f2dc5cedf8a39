// SPDX-License-Identifier: MIT
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace bc25::CommandLine {

std::optional<int> parse(QCommandLineParser &args, const char *program)
{
    if (!args.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s: %s\n", program, qPrintable(args.errorText()));
        return ExitStatus::BadUsage;
    }
    // Parsed already, so this only answers --help, --help-all and --version (and exits 0).
    args.process(QCoreApplication::arguments());
    return std::nullopt;
}

} // namespace bc25::CommandLine
