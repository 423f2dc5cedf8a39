// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdio>

// bc25-run's two streams: results on standard output, line by line as they
// come (a CI log follows it), complaints on standard error.
namespace bc25::run {

inline void out(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

inline void err(const QString &line)
{
    std::fputs(qPrintable(QStringLiteral("bc25-run: ") + line + QLatin1Char('\n')), stderr);
}

inline QString indented(const QString &text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    return pad + QString(text).replace(QLatin1Char('\n'), QLatin1Char('\n') + pad);
}

} // namespace bc25::run
