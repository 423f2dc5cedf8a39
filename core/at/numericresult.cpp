// SPDX-License-Identifier: MIT
#include "numericresult.h"

#include "atcommand.h"
#include "parsersettings.h"

#include <algorithm>

namespace bc25::at {

bool NumericResult::expected(const ParserSettings &settings, const AtCommand *pending)
{
    if (!settings.verboseResults)
        return true;
    if (!pending)
        return false;
    // ATV0 (or a chain holding it): its result code is the first in numbers.
    return std::any_of(pending->changesOnOk.cbegin(), pending->changesOnOk.cend(), [](const SettingChange &change) {
        return change.setting == SettingChange::Setting::VerboseResults && !change.on;
    });
}

bool NumericResult::answersInNumbers(const ResultLine &line, const AtCommand &pending)
{
    // An unknown command may print any text (its expectation owns text lines).
    if (!line.name.isEmpty() || line.prefixed || pending.ownsTextLines)
        return false;
    const QByteArrayView code = QByteArrayView(line.text).trimmed();
    return code == "0" || code == "4";
}

bool NumericResult::readAsWord(ResultLine *line)
{
    // V.250 Table 1: the codes a command line of these modules ends with
    // (1 CONNECT, 2 RING, 3 NO CARRIER and the dial codes are a call's).
    const QByteArrayView code = QByteArrayView(line->text).trimmed();
    if (code == "0") {
        line->name = "OK";
        line->final = ResultLine::Final::Ok;
        return true;
    }
    if (code == "4") {
        line->name = "ERROR";
        line->final = ResultLine::Final::Error;
        return true;
    }
    return false;
}

bool NumericResult::isWord(const ResultLine &line)
{
    return (line.final == ResultLine::Final::Ok || line.final == ResultLine::Final::Error) && !line.prefixed;
}

} // namespace bc25::at
