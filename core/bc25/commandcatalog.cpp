// SPDX-License-Identifier: MIT
#include "commandcatalog.h"

#include "profile/commandtable.h"
#include "profile/moduleprofile.h"

#include <QHostAddress>

#include <iterator>

namespace bc25 {

namespace {

using Type = ParameterSpec::Type;
using catalog::badParameter;

// A parameter with its range as a rule narrows it by another argument's value.
struct Narrowed
{
    ParameterSpec parameter;
    QString condition; // the value that narrowed it, quoted ("\"TCP\""); empty: the table's range
};

ParameterSpec within(const ParameterSpec &parameter, const RangeRule &rule)
{
    ParameterSpec p = parameter;
    p.min = rule.min;
    p.max = rule.max;
    return p;
}

Narrowed narrowed(const CommandSpec &spec, const Signature &signature, const ParameterSpec &parameter,
                  const QList<at::Field> &arguments)
{
    for (const RangeRule &rule : spec.rangeRules) {
        if (rule.parameter != parameter.name)
            continue;
        for (qsizetype j = 0; j < signature.parameters.size() && j < arguments.size(); ++j) {
            if (signature.parameters.at(j).name == rule.whenParameter && rule.whenValues.contains(arguments.at(j).text))
                return {within(parameter, rule), QLatin1Char('"') + QString::fromLatin1(arguments.at(j).text) + QLatin1Char('"')};
        }
    }
    return {parameter, {}};
}

// Where `text` holds a byte no quoted string of the manual can hold: the
// double quote, or a control character; -1 when it holds none.
qsizetype outsideString(const QByteArray &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text.at(i));
        if (byte == '"' || byte < 0x20 || byte == 0x7f)
            return i;
    }
    return -1;
}

// A byte as a message names it: "a double quote", "CR", "byte 0x01".
QString characterName(char c)
{
    switch (c) {
    case '"':
        return CommandCatalog::tr("a double quote");
    case '\r':
        return QStringLiteral("CR");
    case '\n':
        return QStringLiteral("LF");
    case 0x1a:
        return QStringLiteral("Ctrl+Z");
    case 0x1b:
        return QStringLiteral("Esc");
    case 0:
        return QStringLiteral("NUL");
    default:
        return CommandCatalog::tr("the byte 0x%1").arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0'));
    }
}

// Why one argument does not fit its parameter; empty when it does. `condition`
// names what narrowed the range, empty for the table's own range.
QString checkArgument(const ParameterSpec &parameter, const at::Field &argument, const QString &condition = {})
{
    const char *name = parameter.name.constData();
    switch (parameter.type) {
    case Type::Integer: {
        if (!argument.isInteger())
            return badParameter(name, CommandCatalog::tr("must be a number in %1; got \"%2\".")
                                              .arg(CommandCatalog::rangeText(parameter), QString::fromUtf8(argument.text)));
        const qint64 value = argument.toInteger();
        if (value >= parameter.min && value <= parameter.max)
            return {};
        if (!condition.isEmpty())
            return badParameter(name, CommandCatalog::tr("is %1; for %2 the manual allows %3.")
                                              .arg(QString::number(value), condition, CommandCatalog::rangeText(parameter)));
        return badParameter(name, CommandCatalog::tr("is %1; the manual allows %2.")
                                          .arg(value).arg(CommandCatalog::rangeText(parameter)));
    }
    case Type::String:
        if (parameter.quoted && !argument.quoted)
            return badParameter(name, CommandCatalog::tr("must be a string in double quotes."));
        if (!parameter.choices.isEmpty()) {
            if (!parameter.choices.contains(argument.text))
                return badParameter(name, CommandCatalog::tr("is \"%1\"; the manual allows %2.")
                                                  .arg(QString::fromUtf8(argument.text), CommandCatalog::rangeText(parameter)));
            return {};
        }
        if (argument.text.size() < parameter.min || argument.text.size() > parameter.max)
            return badParameter(name, CommandCatalog::tr("is %1 characters long; the manual allows %2.")
                                              .arg(argument.text.size()).arg(CommandCatalog::rangeText(parameter)));
        return {};
    case Type::Hex:
        if (!argument.quoted)
            return badParameter(name, CommandCatalog::tr("must be a hex string in double quotes."));
        for (const char c : argument.text) {
            if (!std::isxdigit(static_cast<unsigned char>(c)))
                return badParameter(name, CommandCatalog::tr("must hold hex digits only (0-9, A-F)."));
        }
        if (argument.text.size() % 2 != 0)
            return badParameter(name, CommandCatalog::tr("has an odd number of hex digits."));
        if (argument.text.size() < parameter.min || argument.text.size() > parameter.max)
            return badParameter(name, CommandCatalog::tr("is %1 hex digits long; the manual allows %2.")
                                              .arg(argument.text.size()).arg(CommandCatalog::rangeText(parameter)));
        return {};
    case Type::IpAddress:
        if (!argument.quoted)
            return badParameter(name, CommandCatalog::tr("must be an IP address in double quotes."));
        if (QHostAddress(QString::fromUtf8(argument.text)).isNull())
            return badParameter(name, CommandCatalog::tr("is \"%1\", which is not an IP address such as \"220.18.23.22\".")
                                              .arg(QString::fromUtf8(argument.text)));
        return {};
    }
    return {};
}

// The manual writes its strings in double quotes, with nothing to escape
// one: a quote would end the string and what follows it would be read as
// more of the line (";+CFUN=0" a command of its own); CR, LF, Ctrl+Z, Esc
// and NUL end the line or a prompt. None is a string's character. Checked
// after the command's own rules, which say it better where they can (the
// inline send's data: "use the fixed-length form").
QString checkStrings(const Signature &signature, const QList<at::Field> &arguments)
{
    for (qsizetype i = 0; i < signature.parameters.size() && i < arguments.size(); ++i) {
        const ParameterSpec &parameter = signature.parameters.at(i);
        if (parameter.type != Type::String)
            continue;
        const QByteArray &text = arguments.at(i).text;
        if (const qsizetype bad = outsideString(text); bad >= 0)
            return badParameter(parameter.name.constData(),
                                CommandCatalog::tr("holds %1, which a string of the manual cannot hold "
                                                   "(no double quote, CR, LF, Ctrl+Z, Esc or other control character).")
                                        .arg(characterName(text.at(bad))));
    }
    return {};
}

struct SignatureCheck
{
    QString error;
    int progress = 0; // how many arguments fit before the error: picks the likeliest shape
    // Whether the shape has room for as many arguments as were given: of two
    // shapes that fit as far, the one that takes them all names the real
    // problem (AT+QISEND=0,1461 on a BG96: the length's range, not "takes at
    // most 1 parameters" from the <connectID>-only form; adv6 F3a).
    bool countFits = true;

    [[nodiscard]] bool closerThan(const SignatureCheck &other) const
    {
        return progress != other.progress ? progress > other.progress : countFits && !other.countFits;
    }
};

SignatureCheck checkSignature(const CommandSpec &spec, const Signature &signature, const QList<at::Field> &args)
{
    const QList<ParameterSpec> &params = signature.parameters;
    for (int i = 0; i < params.size(); ++i) {
        if (i >= args.size()) {
            if (params.at(i).optional)
                return {};
            return {badParameter(params.at(i).name.constData(), CommandCatalog::tr("is missing."))
                    + CommandCatalog::tr(" %1 needs at least %2 parameters.").arg(QString::fromLatin1(spec.commandText()))
                              .arg(std::count_if(params.begin(), params.end(), [](const ParameterSpec &p) { return !p.optional; })),
                    i};
        }
        const Narrowed p = narrowed(spec, signature, params.at(i), args);
        const QString error = checkArgument(p.parameter, args.at(i), p.condition);
        if (!error.isEmpty())
            return {error, i, args.size() <= params.size()};
    }
    if (args.size() > params.size())
        return {CommandCatalog::tr("%1 takes at most %2 parameters; got %3.")
                        .arg(QString::fromLatin1(spec.commandText())).arg(params.size()).arg(args.size()),
                int(params.size()), false};
    return {};
}

} // namespace
CommandCatalog::CommandCatalog(QList<CommandSpec> commands, QString model)
    : m_commands(std::move(commands))
    , m_model(std::move(model))
{
    for (const CommandSpec &spec : m_commands)
        m_longestCommandLine = qMax(m_longestCommandLine, longestLine(spec).size());
}

const CommandCatalog &CommandCatalog::family()
{
    return profile::ModuleProfile::bc25()->catalog();
}

const QList<QByteArray> &CommandCatalog::resultNames(CommandId id)
{
    return family().spec(id).ownedPrefixes;
}

QByteArray CommandCatalog::commandText(CommandId id)
{
    if (const CommandSpec *spec = family().specOrNull(id))
        return spec->commandText();
    // A command only some models add (AT+QGMR): the first model that has it names it.
    for (const QByteArray &model : profile::ModuleProfile::ids()) {
        if (const CommandSpec *spec = profile::ModuleProfile::byId(model)->catalog().specOrNull(id))
            return spec->commandText();
    }
    return {};
}

int CommandCatalog::integerArgument(const ParsedCommand &command, QByteArrayView parameter)
{
    if (!command.spec || command.form != CommandForm::Write)
        return -1;
    for (const Signature &signature : command.spec->writeSignatures) {
        for (qsizetype i = 0; i < signature.parameters.size() && i < command.arguments.size(); ++i) {
            if (signature.parameters.at(i).name == parameter)
                return int(command.arguments.at(i).toInteger(-1));
        }
    }
    return -1;
}

qsizetype CommandCatalog::argumentIndex(const ParsedCommand &command, QByteArrayView parameter)
{
    if (!command.spec || command.form != CommandForm::Write)
        return -1;
    // The signature the arguments match; else the first with room for them
    // (a command the catalog refused is still read for what it names).
    const Signature *matched = matchSignature(*command.spec, command.arguments);
    for (const Signature &signature : command.spec->writeSignatures) {
        if (matched && &signature != matched)
            continue;
        for (qsizetype i = 0; i < signature.parameters.size() && i < command.arguments.size(); ++i) {
            if (signature.parameters.at(i).name == parameter)
                return i;
        }
    }
    return -1;
}

const CommandSpec *CommandCatalog::find(QByteArrayView name) const
{
    if (name.size() >= 2 && (name.first(2) == "AT" || name.first(2) == "at"))
        name = name.sliced(2);
    for (const CommandSpec &spec : commands()) {
        if (spec.name.compare(name, Qt::CaseInsensitive) == 0)
            return &spec;
    }
    return nullptr;
}

ParsedCommand CommandCatalog::parse(QByteArrayView line) const
{
    ParsedCommand parsed;
    parsed.model = m_model;
    line = line.trimmed();
    if (line.size() < 2 || QByteArrayView(line.first(2)).compare("AT", Qt::CaseInsensitive) != 0)
        return parsed;
    QByteArrayView rest = line.sliced(2);

    // V.250 basic commands: a letter and an optional number ("E1", "I").
    if (!rest.isEmpty() && rest.front() != '+' && rest.front() != '&') {
        // ATE (echo) and ATV (result code words) carry a value the session follows.
        if (const char letter = char(QChar::toUpper(rest.front())); letter == 'E' || letter == 'V') {
            parsed.name = QByteArray(1, letter);
            parsed.spec = find(parsed.name);
            // V.250: a basic command's missing value is 0 (ATE is ATE0).
            const QByteArrayView value = rest.sliced(1);
            parsed.form = CommandForm::Write;
            parsed.arguments = {at::Field {value.isEmpty() ? QByteArray("0") : value.toByteArray(), false}};
            return parsed;
        }
        parsed.name = rest.toByteArray().toUpper();
        parsed.spec = find(parsed.name);
        return parsed;
    }

    qsizetype end = 0;
    while (end < rest.size() && rest[end] != '=' && rest[end] != '?')
        ++end;
    parsed.name = rest.first(end).toByteArray().toUpper();
    parsed.spec = find(parsed.name);
    const QByteArrayView tail = rest.sliced(end);
    if (tail.isEmpty()) {
        parsed.form = CommandForm::Execute;
    } else if (tail == "?") {
        parsed.form = CommandForm::Read;
    } else if (tail == "=?") {
        parsed.form = CommandForm::Test;
    } else if (tail.front() == '=') {
        parsed.form = CommandForm::Write;
        parsed.arguments = at::splitFields(tail.sliced(1));
    } else {
        parsed.spec = nullptr; // "AT+QISTATE?x": not a command
    }
    return parsed;
}

const Signature *CommandCatalog::matchSignature(const CommandSpec &spec, const QList<at::Field> &arguments)
{
    for (const Signature &signature : spec.writeSignatures) {
        if (checkSignature(spec, signature, arguments).error.isEmpty())
            return &signature;
    }
    return nullptr;
}

QString CommandCatalog::validate(const CommandSpec &spec, CommandForm form, const QList<at::Field> &arguments)
{
    const QString command = QString::fromLatin1(spec.commandText());
    if (!spec.forms.testFlag(form)) {
        static const char *const formNames[] = {"", "test (=?)", "read (?)", "", "write (=...)", "", "", "", "execute"};
        const QString cited = citation(spec);
        if (cited.isEmpty())
            return tr("%1 has no %2 form.").arg(command, QString::fromLatin1(formNames[int(form)]));
        return tr("%1 has no %2 form (%3).").arg(command, QString::fromLatin1(formNames[int(form)]), cited);
    }
    if (form != CommandForm::Write)
        return {};

    SignatureCheck best {tr("%1 takes no parameters.").arg(command), -1};
    const Signature *matched = nullptr;
    for (const Signature &signature : spec.writeSignatures) {
        const SignatureCheck check = checkSignature(spec, signature, arguments);
        if (check.error.isEmpty()) {
            best = {};
            matched = &signature;
            break;
        }
        if (check.closerThan(best))
            best = check;
    }
    QString error = best.error;
    if (error.isEmpty() && spec.crossCheck)
        error = spec.crossCheck(arguments);
    if (error.isEmpty())
        error = checkStrings(*matched, arguments);
    if (error.isEmpty())
        return {};
    const QString cited = citation(spec);
    return cited.isEmpty() ? tr("%1: %2").arg(command, error) : tr("%1: %2 (%3)").arg(command, error, cited);
}

QString CommandCatalog::validate(const ParsedCommand &command)
{
    if (!command.spec)
        return tr("AT%1 is not a command of the %2 TCP/IP manual.")
                .arg(QString::fromUtf8(command.name), command.model.isEmpty() ? QStringLiteral("BC25") : command.model);
    return validate(*command.spec, command.form, command.arguments);
}

const CommandSpec *CommandCatalog::specOrNull(CommandId id) const
{
    for (const CommandSpec &spec : m_commands) {
        if (spec.id == id)
            return &spec;
    }
    return nullptr;
}

const CommandSpec &CommandCatalog::spec(CommandId id) const
{
    const CommandSpec *found = specOrNull(id);
    Q_ASSERT(found);
    return *found;
}

const ParameterSpec *CommandCatalog::parameter(CommandId id, QByteArrayView name) const
{
    const CommandSpec *command = specOrNull(id);
    if (!command)
        return nullptr;
    for (const Signature &signature : command->writeSignatures) {
        for (const ParameterSpec &p : signature.parameters) {
            if (p.name == name)
                return &p;
        }
    }
    return nullptr;
}

ParameterSpec CommandCatalog::parameter(CommandId id, QByteArrayView name, const QList<at::Field> &arguments) const
{
    const CommandSpec &command = spec(id);
    for (const Signature &signature : command.writeSignatures) {
        for (const ParameterSpec &p : signature.parameters) {
            if (p.name == name)
                return narrowed(command, signature, p, arguments).parameter;
        }
    }
    Q_UNREACHABLE();
}

const QByteArray &CommandCatalog::resultName(CommandId id)
{
    const CommandSpec &command = family().spec(id);
    static const QByteArray none;
    return command.ownedPrefixes.isEmpty() ? none : command.ownedPrefixes.constFirst();
}

const QByteArray &CommandCatalog::resultName(ResultId id)
{
    // In ResultId's order: manual 2.2, 2.1.4 (and 2.1.6), 2.1.2, then the module's start and stop.
    static const QByteArray names[] = {"QIURC", "SEND OK", "SEND FAIL", "CLOSE OK", "RDY", "POWERED DOWN"};
    static_assert(std::size(names) == size_t(ResultId::PoweredDown) + 1, "one name per ResultId");
    return names[size_t(id)];
}

int CommandCatalog::errorCode(const at::ResultLine &line)
{
    const CommandSpec *command = family().findByResult(line.name);
    // The dnsgip lines come as URCs of their own type (manual 2.1.10).
    if (!command && line.name == resultName(ResultId::Urc) && line.field(0).text == "dnsgip")
        command = &family().spec(CommandId::DnsLookup);
    if (!command || command->errorField < 0)
        return -1;
    // The BC660K prints the lookup's header as +QIDNSGIP: <err>,<IP_count>,<DNS_ttl>:
    // the URC's fields without its "dnsgip".
    const int field = command->id == CommandId::DnsLookup && line.name != resultName(ResultId::Urc)
            ? command->errorField - 1
            : command->errorField;
    if (!line.field(field).isInteger())
        return -1;
    return int(line.integer(field));
}

const CommandSpec *CommandCatalog::findByResult(QByteArrayView resultName) const
{
    // A few dozen short names: a scan costs less than hashing a copy.
    for (const CommandSpec &spec : m_commands) {
        for (const QByteArray &prefix : spec.ownedPrefixes) {
            if (prefix == resultName)
                return &spec;
        }
    }
    return nullptr;
}

QStringList CommandCatalog::parameterRanges(const CommandSpec &spec)
{
    QStringList ranges;
    QList<QByteArray> seen;
    for (const Signature &signature : spec.writeSignatures) {
        for (const ParameterSpec &p : signature.parameters) {
            if (seen.contains(p.name) || p.choices.size() == 1)
                continue;
            seen << p.name;
            QString narrower; // " (1-65535 for \"TCP\", \"UDP\")"
            for (const RangeRule &rule : spec.rangeRules) {
                if (rule.parameter != p.name)
                    continue;
                ParameterSpec values; // the values as a choice quotes them: "TCP", "UDP"
                values.type = ParameterSpec::Type::String;
                values.choices = rule.whenValues;
                narrower += tr(" (%1 for %2)").arg(rangeText(within(p, rule)), rangeText(values));
            }
            ranges << QStringLiteral("<%1> %2%3%4").arg(QString::fromLatin1(p.name), rangeText(p), narrower,
                                                        p.optional ? tr(" (optional)") : QString());
        }
    }
    return ranges;
}

} // namespace bc25
