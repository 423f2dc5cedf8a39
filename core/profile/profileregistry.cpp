// SPDX-License-Identifier: MIT
// The models by name, and how a model's table of differences is applied.
#include "modeltable.h"

#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <iterator>

namespace bc25::profile {

namespace {

struct Model
{
    const char *id;
    ModuleProfile::Description (*describe)();
};

// In the order --list-models prints them.
constexpr Model Models[] = {
    {"bc25", &ModuleProfile::bc25Description},
    {"bc32", &bc32Description},
    {"bc660k", &bc660kDescription},
    {"bc66", &bc66Description},
    {"bg95", &bg95Description},
    {"bg96", &bg96Description},
    {"ec200u", &ec200uDescription},
};

// Other names of a model's: the BG77 is the BG95's table (its application note
// covers "BG95&BG77&BG600L"; README: "BG95 (BG77 alike)"), and "bc660k-gl" is
// the BC660K as its ATI names it (Quectel_BC660K-GL); "eg915u" is the EC200U's
// table (one application note, "EC200U&EG915U Series TCP/IP Application Note").
struct Alias
{
    const char *name;
    const char *id;
};
constexpr Alias Aliases[] = {
    {"bg77", "bg95"},
    {"bc660k-gl", "bc660k"},
    {"eg915u", "ec200u"},
};

} // namespace

QList<QByteArray> ModuleProfile::ids()
{
    QList<QByteArray> names;
    for (const Model &model : Models)
        names << QByteArray(model.id);
    return names;
}

std::shared_ptr<const ModuleProfile> ModuleProfile::byId(QByteArrayView id)
{
    for (const Alias &alias : Aliases) {
        if (id.compare(QByteArrayView(alias.name), Qt::CaseInsensitive) == 0)
            id = QByteArrayView(alias.id);
    }
    if (id.compare(QByteArrayView("bc25"), Qt::CaseInsensitive) == 0)
        return bc25();
    // Built once each, on first use, and shared: a profile is immutable.
    static std::shared_ptr<const ModuleProfile> built[std::size(Models)];
    static QMutex lock;
    for (size_t i = 0; i < std::size(Models); ++i) {
        if (id.compare(QByteArrayView(Models[i].id), Qt::CaseInsensitive) != 0)
            continue;
        const QMutexLocker locked(&lock);
        if (!built[i])
            built[i] = create(Models[i].describe());
        return built[i];
    }
    return nullptr;
}

namespace {

bool sameShape(const at::PayloadAnnouncement &a, const at::PayloadAnnouncement &b)
{
    return a.prefix == b.prefix && a.type == b.type && a.fields == b.fields;
}

} // namespace

namespace {

// What every model prints, gathered in one pass over the descriptions
// (descriptions, never profiles: this is read while a profile is created;
// one pass: each program pays for describing the family once, at its start).
struct FamilyFacts
{
    QList<at::PayloadAnnouncement> announcements;
    QSet<QByteArray> urcTypes;
    QHash<QByteArray, int> resultNames;
};

const FamilyFacts &familyFacts()
{
    static const FamilyFacts family = [] {
        FamilyFacts all;
        for (const Model &model : Models) {
            const ModuleProfile::Description d = model.describe();
            for (const at::PayloadAnnouncement &shape : d.payloadGrammar.announcements) {
                if (!hasShape(all.announcements, shape))
                    all.announcements.append(shape);
            }
            for (const QByteArray &type : d.urcTypes)
                all.urcTypes.insert(type);
            // A profile keeps its description's command names (create() sets only
            // their citations and defaults): read here, no profile is built for them.
            for (const CommandSpec &spec : d.commands) {
                if (spec.name.startsWith('+'))
                    all.resultNames.insert(spec.name.mid(1), int(spec.id));
            }
        }
        return all;
    }();
    return family;
}

} // namespace

const QList<at::PayloadAnnouncement> &familyAnnouncements()
{
    return familyFacts().announcements;
}

const QSet<QByteArray> &familyUrcTypes()
{
    return familyFacts().urcTypes;
}

const QHash<QByteArray, int> &familyResultNames()
{
    return familyFacts().resultNames;
}

bool hasShape(const QList<at::PayloadAnnouncement> &shapes, const at::PayloadAnnouncement &shape)
{
    return std::any_of(shapes.cbegin(), shapes.cend(), [&shape](const auto &own) { return sameShape(own, shape); });
}

ModuleProfile::Description describeModel(const QByteArray &id, const QString &name, const QString &source,
                                         const QList<Difference> &rows)
{
    ModuleProfile::Description d = ModuleProfile::bc25Description();
    d.id = id;
    d.name = name;
    // The BC25 manual's notes are that manual's: a model described by another
    // source (the BG96's application note) has none of them; the BC32 keeps them.
    const bool ownSource = d.source != source;
    if (ownSource)
        d.unsupported = {};
    d.source = source;
    for (const Difference &row : rows) {
        if (row.kind == Difference::Kind::Limits && row.apply)
            row.apply(d);
    }
    d.commands = ModuleProfile::bc25Commands(d.limits);
    for (const Difference &row : rows) {
        // Recorded, then applied: commandOf cites the row being applied (the
        // last recorded) for the commands it changes.
        d.differences.append({row.what, row.source});
        if (row.kind == Difference::Kind::Table && row.apply)
            row.apply(d);
    }
    return d;
}

bool isSectionOfOwnManual(const ModuleProfile::Description &d, const QString &source)
{
    // "<the model's document>, <section>": a driver's or a log's word
    // ("<driver>: <constant>") is where a fact is seen, not a manual's section.
    return !d.source.isEmpty() && source.startsWith(d.source + QStringLiteral(", "));
}

CommandSpec &commandOf(ModuleProfile::Description &d, CommandId id)
{
    for (CommandSpec &spec : d.commands) {
        if (spec.id != id)
            continue;
        // The row that changes a command (describeModel records each row,
        // then applies it) is where its rules are read now: the F1 Manual
        // column, a refusal and a hint cite that section of the model's own
        // note (the first such row; a row may cite more itself).
        const QString row = d.differences.isEmpty() ? QString() : d.differences.constLast().source;
        if (spec.citedAs.isEmpty() && isSectionOfOwnManual(d, row))
            spec.citedAs = row;
        return spec;
    }
    Q_UNREACHABLE();
}

void citeSections(ModuleProfile::Description &d, const QList<CommandSection> &sections)
{
    for (const CommandSection &section : sections) {
        if (!isSectionOfOwnManual(d, section.source))
            continue; // not read: no other document stands in for the model's manual
        for (CommandSpec &spec : d.commands) {
            if (spec.id == section.id)
                spec.citedAs = section.source;
        }
    }
}

void removeCommand(ModuleProfile::Description &d, CommandId id)
{
    d.commands.removeIf([id](const CommandSpec &spec) { return spec.id == id; });
}

void addFirmwareRevision(ModuleProfile::Description &d)
{
    CommandSpec spec = commandOf(d, CommandId::Revision);
    spec.id = CommandId::FirmwareRevision;
    spec.name = "+QGMR";
    spec.title = QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Firmware Revision Identification");
    spec.section = "Quectel AT";
    spec.ownedPrefixes = {"QGMR"};
    spec.citedAs.clear(); // AT+CGMR's section is not AT+QGMR's
    d.commands.append(spec);
}

Difference identity(ModuleIdentity identity)
{
    QString what = QStringLiteral("ATI: %1; AT+CGMR: %2").arg(identity.ati.join(QStringLiteral(" / ")), identity.revision);
    if (!identity.firmware.isEmpty())
        what += QStringLiteral("; AT+QGMR: %1").arg(identity.firmware);
    const QString source = identity.source;
    return {Difference::Kind::Table, what, source,
            [identity = std::move(identity)](ModuleProfile::Description &d) { d.identity = identity; }};
}

void setAnswerShape(ModuleProfile::Description &d, AnswerShape shape)
{
    d.answerShapes.removeIf([&shape](const AnswerShape &s) { return s.name == shape.name && s.type == shape.type; });
    d.answerShapes.append(std::move(shape));
}

void removeParameter(CommandSpec &spec, QByteArrayView name)
{
    for (Signature &signature : spec.writeSignatures)
        signature.parameters.removeIf([name](const ParameterSpec &p) { return p.name == name; });
}

void removeConfigType(ModuleProfile::Description &d, QByteArrayView type)
{
    // The write form whose first parameter is the key, and the test form's line for it.
    CommandSpec &config = commandOf(d, CommandId::Config);
    config.writeSignatures.removeIf([type](const Signature &signature) {
        return !signature.parameters.isEmpty() && signature.parameters.constFirst().choices == QList<QByteArray> {type.toByteArray()};
    });
    const QByteArray testLine = "+QICFG: \"" + type.toByteArray() + "\",";
    config.testAnswer.removeIf([&testLine](const QByteArray &line) { return line.startsWith(testLine); });
}

} // namespace bc25::profile
