// SPDX-License-Identifier: MIT
#include "moduleprofile.h"

#include "bc25/catalogrules.h"
#include "commandtable.h"
#include "modeltable.h"

#include <algorithm>

namespace bc25::profile {

namespace {

// "3GPP TS 27.007 8.5" for the table's "27.007 8.5", "ITU-T V.250 6.2.6" for
// "V.250 6.2.6"; empty for a section of the BC25's own manuals.
QString standardCitation(const QByteArray &section)
{
    if (section.startsWith("27.007 "))
        return QStringLiteral("3GPP TS ") + QString::fromLatin1(section);
    if (section.startsWith("V.250"))
        return QStringLiteral("ITU-T ") + QString::fromLatin1(section);
    return {};
}

} // namespace

ModuleProfile::ModuleProfile(Private, Description description)
    : m_description(std::move(description))
    , m_catalog(m_description.commands, m_description.name)
    , m_expectations(*this, m_description.answerShapes, m_description.socketFields, m_description.urcTypes, familyUrcTypes())
{
}

std::shared_ptr<const ModuleProfile> ModuleProfile::create(Description description)
{
    // The grammar checks <connectID> against the model's sockets.
    description.payloadGrammar.socketCount = description.limits.socketCount;
    // A drift line is still decoded as its best reading (README): another model's
    // +QIRD (the BG96's UDP read on a BC25, the BC25's <length>,<remaining> on a BG96)
    // announces its payload here too, after the model's own shapes, which win.
    at::PayloadGrammar &grammar = description.payloadGrammar;
    grammar.driftAnnouncements.clear();
    using Field = at::PayloadAnnouncement::Field;
    for (const at::PayloadAnnouncement &shape : familyAnnouncements()) {
        // A shape the model's own reads already (the BG96's "+QIRD: <length>" is the
        // BC25's without its optional <remaining_length>) costs a line end for nothing.
        at::PayloadAnnouncement withRemaining = shape;
        withRemaining.fields.append(Field::Remaining);
        if (!hasShape(grammar.announcements, shape) && !hasShape(grammar.announcements, withRemaining))
            grammar.driftAnnouncements.append(shape);
    }
    // A command's section is cited only from the model's own manual: the
    // BC25's sections stay with the BC25 and BC32 (whose manual they are), and
    // a section another model's table took from its own note is cited with it.
    const QString baseManual = bc25Description().source;
    for (CommandSpec &spec : description.commands) {
        const QString &document = spec.document.isEmpty() ? baseManual : spec.document;
        spec.cited = document == description.source;
        // The basic commands' sections are the standards' (3GPP TS 27.007,
        // ITU-T V.250), which every model follows: cited on every model, by
        // the standard's name where the BC25's table does not say it.
        if (!spec.cited && spec.citedAs.isEmpty() && spec.document.isEmpty())
            spec.citedAs = standardCitation(spec.section);
    }
    // AT+QPING's entry carries the model's defaults: the engine times a ping
    // written without <time_out> by them.
    const PingDefaults &ping = description.ping;
    for (CommandSpec &spec : description.commands) {
        if (spec.id != CommandId::Ping)
            continue;
        for (Signature &signature : spec.writeSignatures) {
            for (ParameterSpec &parameter : signature.parameters) {
                if (parameter.name == "time_out")
                    parameter.defaultValue = ping.timeoutSeconds;
                else if (parameter.name == "ping_num")
                    parameter.defaultValue = ping.count;
                else if (parameter.name == "ping_size")
                    parameter.defaultValue = ping.size;
            }
        }
        spec.successCode = ping.successCode; // the operation ends on the model's <finresult>
        spec.progressCodes = ping.echoCodes;   // and goes on through each request's <result>
    }
    return std::make_shared<const ModuleProfile>(Private {}, std::move(description));
}

std::shared_ptr<const ModuleProfile> ModuleProfile::bc25()
{
    static const std::shared_ptr<const ModuleProfile> profile = create(bc25Description());
    return profile;
}

QList<CommandSpec> ModuleProfile::bc25Commands(const ModuleLimits &limits)
{
    return catalog::buildCommandTable(limits);
}

std::unique_ptr<at::ProtocolRules> ModuleProfile::newRules() const
{
    return std::make_unique<CatalogRules>(shared_from_this());
}

int ModuleProfile::answerFields(QByteArrayView name) const
{
    int most = 0;
    for (const AnswerShape &shape : m_description.answerShapes) {
        if (shape.name == name && shape.type.isEmpty() && !shape.fieldCounts.isEmpty())
            most = std::max(most, *std::max_element(shape.fieldCounts.cbegin(), shape.fieldCounts.cend()));
    }
    return most;
}

} // namespace bc25::profile
