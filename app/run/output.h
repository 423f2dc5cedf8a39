// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"
#include "commandlinehelp.h"

#include <QCoreApplication>
#include <QString>

#include <cerrno>
#include <cstdio>

// bc25-run's two streams: results on standard output, line by line as they
// come (a CI log follows it), complaints on standard error.
namespace bc25::run {

// Why standard output last failed to take a line (errno), 0 while it took them all.
inline int &outputError()
{
    static int error = 0;
    return error;
}

inline void out(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    if (std::fflush(stdout) != 0)
        outputError() = errno;
}

inline void err(const QString &line)
{
    std::fputs(qPrintable(QStringLiteral("bc25-run: ") + line + QLatin1Char('\n')), stderr);
}

// `status`, or ExitStatus::Failed when standard output lost lines (said on
// standard error with the system's reason): a run whose results did not reach
// its log (a full disk) is not a pass. As every program checks it (CommandLine).
inline int withOutputChecked(int status)
{
    return CommandLine::withOutputChecked("bc25-run", status, outputError());
}

// One style for every duration bc25-run prints, a step's, a recipe's or the
// whole run's: "850 ms" below a second, "2.4 s" from there on.
inline QString duration(qint64 ms)
{
    if (ms < 1000)
        return QCoreApplication::translate("bc25-run", "%1 ms").arg(ms);
    return QCoreApplication::translate("bc25-run", "%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

// A column of words ("PASS", "通过") padded to `columns` as a terminal shows
// them: a Chinese character takes two columns, so QString's padding by
// characters would leave the next column out of line.
inline QString padded(const QString &text, int columns)
{
    return text + QString(qMax(0, columns - CommandLineHelp::columns(text)), QLatin1Char(' '));
}

inline QString indented(const QString &text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    return pad + QString(text).replace(QLatin1Char('\n'), QLatin1Char('\n') + pad);
}

} // namespace bc25::run
