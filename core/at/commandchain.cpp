// SPDX-License-Identifier: MIT
#include "commandchain.h"

#include <cctype>

namespace bc25::at {

namespace {

bool isDigit(char c)
{
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// Where a basic command that starts at `i` ends: "E1", "&F", "I", "S3=13", "S3?".
qsizetype basicEnd(const QByteArray &body, qsizetype i)
{
    const qsizetype n = body.size();
    if (body.at(i) == '&' && i + 1 < n)
        ++i;
    const char letter = char(std::toupper(static_cast<unsigned char>(body.at(i++))));
    while (i < n && isDigit(body.at(i)))
        ++i;
    if (letter == 'S' && i < n) { // S-parameters: Sn? reads, Sn=v writes (V.250 5.3.2)
        if (body.at(i) == '?')
            return i + 1;
        if (body.at(i) == '=') {
            ++i;
            while (i < n && isDigit(body.at(i)))
                ++i;
        }
    }
    return i;
}

// Where an extended command that starts at `i` ends: at the first ';' outside quotes, or the line's end.
qsizetype extendedEnd(const QByteArray &body, qsizetype i)
{
    bool quoted = false;
    for (; i < body.size(); ++i) {
        if (body.at(i) == '"')
            quoted = !quoted;
        else if (body.at(i) == ';' && !quoted)
            break;
    }
    return i;
}

} // namespace

QByteArrayList CommandChain::split(const QByteArray &line)
{
    const QByteArray prefix = line.left(2);
    const QByteArray body = line.mid(2);
    QByteArrayList commands;
    qsizetype i = 0;
    while (i < body.size()) {
        const char c = body.at(i);
        if (c == ' ' || c == ';') { // blanks are ignored; ';' may follow any command (V.250 5.4)
            ++i;
            continue;
        }
        const bool extended = !std::isalpha(static_cast<unsigned char>(c)) && c != '&';
        const qsizetype end = extended ? extendedEnd(body, i) : basicEnd(body, i);
        commands << prefix + body.mid(i, end - i).trimmed();
        i = end;
    }
    if (commands.isEmpty())
        commands << prefix; // "AT" alone
    return commands;
}

} // namespace bc25::at
