// SPDX-License-Identifier: MIT
#include "echoline.h"

#include <QtGlobal>

namespace bc25::at {

namespace {

// A byte that tells one command from another of the same name: a parameter's
// digit, its separators, the query and test marks (AT+QIRD=0 and =1,
// AT+CEREG? and =?, ATE0 and ATE1).
bool tellsCommandsApart(char c)
{
    return (c >= '0' && c <= '9') || c == '=' || c == '?' || c == ',' || c == '"';
}

} // namespace

// Our own echo as a line can bring it: a byte garbled, lost or doubled
// (AT+CSP, AT+SQ, AT+CSSQ for AT+CSQ: one edit apart), or bytes the link kept
// from before it opened stuck in front (AT+CGAT for AT). Anything else that
// starts like a command is another command's echo — also one edit apart where
// the edit is a byte that tells commands apart: AT+QIRD=1,512 before our
// AT+QIRD=0,512 is socket 1's read (its answer would be misread as ours),
// and a garble that happens to look so costs our command a time-out only.
bool isOurEchoOnTheLine(QByteArrayView line, QByteArrayView command)
{
    line = line.trimmed();
    if (line.endsWith(command))
        return true;
    const qsizetype longer = qMax(line.size(), command.size());
    if (longer - qMin(line.size(), command.size()) > 1)
        return false;
    qsizetype i = 0;
    while (i < line.size() && i < command.size() && line[i] == command[i])
        ++i;
    // One a whole beginning of the other is a command of its own (AT before
    // ATI: a stale AT's echo and OK made ATI's answer "AT").
    if (i == qMin(line.size(), command.size()))
        return false;
    const auto edited = [&](qsizetype at, QByteArrayView text) { return at < text.size() && tellsCommandsApart(text[at]); };
    if (edited(i, line) || edited(i, command))
        return false;
    // After the first difference the rest agrees, with one byte replaced, lost or added.
    if (line.size() == command.size())
        return line.sliced(qMin(i + 1, line.size())) == command.sliced(qMin(i + 1, command.size()));
    if (line.size() < command.size())
        return line.sliced(i) == command.sliced(i + 1);
    return line.sliced(i + 1) == command.sliced(i);
}

} // namespace bc25::at
