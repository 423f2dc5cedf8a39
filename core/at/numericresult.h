// SPDX-License-Identifier: MIT
#pragma once

#include "resultline.h"

namespace bc25::at {

struct AtCommand;
struct ParserSettings;

// The result codes a module prints as numbers after ATV0 (V.250 6.2.6 and
// Table 1: "0\r" for OK, "4\r" for ERROR). The transaction assembler reads
// such a line as the word it stands for while numbers are in force — once
// the module confirmed ATV0, or for ATV0 itself, whose own result code
// already comes in the new form ("ATV0\r" answered "0\r").
class NumericResult final
{
public:
    // Whether a line of digits alone may be a result code now: ATV0 in force,
    // or `pending` (the command in flight, nullptr: none) switches to it.
    [[nodiscard]] static bool expected(const ParserSettings &settings, const AtCommand *pending);
    // Whether `line`, with words thought in force, is the final result of
    // `pending` in numbers: a bare "0" or "4" answering a command that prints
    // no text line (AT, ATE1, AT+CSQ) can be nothing else. The module was in
    // ATV0 already (saved with AT&W, set by another host, an ATV0 answered
    // late): it says so in its answer, and numbers are believed from it on.
    [[nodiscard]] static bool answersInNumbers(const ResultLine &line, const AtCommand &pending);
    // Makes `line` the final result its number stands for; false (and `line`
    // unchanged) when it is no such number.
    static bool readAsWord(ResultLine *line);
    // Whether `line` is a result code as a word ("OK", "ERROR"): printed while
    // ATV0 was thought in force, it says words are back (AT&F, ATZ restore ATV1).
    [[nodiscard]] static bool isWord(const ResultLine &line);
};

} // namespace bc25::at
