// SPDX-License-Identifier: MIT
// The catalog's bounds on a command line's length, derived from its table
// (commandcatalog.h): what the virtual module's line buffer must hold.
#include "commandcatalog.h"

#include <algorithm>

namespace bc25 {

namespace {

// A parameter's longest text as written on the command line.
QByteArray longestText(const ParameterSpec &parameter)
{
    QByteArray text;
    switch (parameter.type) {
    case ParameterSpec::Type::Integer: {
        const QByteArray low = QByteArray::number(parameter.min);
        const QByteArray high = QByteArray::number(parameter.max);
        text = low.size() > high.size() ? low : high;
        break;
    }
    case ParameterSpec::Type::String:
        if (parameter.choices.isEmpty()) {
            text = QByteArray(qsizetype(parameter.max), 'a');
        } else {
            text = *std::max_element(parameter.choices.cbegin(), parameter.choices.cend(),
                                     [](const QByteArray &a, const QByteArray &b) { return a.size() < b.size(); });
        }
        break;
    case ParameterSpec::Type::Hex:
        text = QByteArray(qsizetype(parameter.max), '0');
        break;
    case ParameterSpec::Type::IpAddress:
        text = "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255"; // the longest IPv6 text (45)
        break;
    }
    return parameter.quoted ? '"' + text + '"' : text;
}

} // namespace

QByteArray CommandCatalog::longestLine(const CommandSpec &spec)
{
    QByteArray longest = spec.commandText();
    if (spec.forms & CommandForm::Test)
        longest = spec.commandText() + "=?";
    // V.250 basic commands take their value without '=' ("ATE1")
    const bool extended = spec.name.startsWith('+');
    for (const Signature &signature : spec.writeSignatures) {
        QByteArrayList texts;
        for (const ParameterSpec &parameter : signature.parameters)
            texts << longestText(parameter);
        const QByteArray line = spec.commandText() + (extended ? "=" : "") + texts.join(',');
        if (line.size() > longest.size())
            longest = line;
    }
    return longest;
}

} // namespace bc25
