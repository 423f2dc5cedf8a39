// SPDX-License-Identifier: MIT
// What the engine and the assembler learn from the catalog about one
// command: its expectation and the settings its answers state.
#include "commandcatalog.h"

#include "operations.h"
#include "at/commandchain.h"

namespace bc25 {

namespace {

// The table's default of a write parameter left out (the model's profile sets it).
qint64 defaultOf(const CommandSpec &spec, QByteArrayView name)
{
    for (const Signature &signature : spec.writeSignatures) {
        for (const ParameterSpec &parameter : signature.parameters) {
            if (parameter.name == name)
                return parameter.defaultValue;
        }
    }
    return -1;
}

std::shared_ptr<at::OperationMatcher> secondPhase(const CommandSpec &spec, const QList<at::Field> &args)
{
    const int first = int(args.value(0).toInteger());
    switch (spec.secondPhase) {
    case SecondPhase::None:
        return {};
    case SecondPhase::Open:
        return std::make_shared<OpenOperation>(int(args.value(1).toInteger()),
                                               OpenOperation::timeoutMsFor(spec, QString::fromUtf8(args.value(3).text)));
    case SecondPhase::Close:
        return std::make_shared<CloseOperation>(first);
    case SecondPhase::Send:
        return std::make_shared<SendOperation>(first);
    case SecondPhase::Ping:
        return std::make_shared<PingOperation>(int(args.value(2).toInteger(defaultOf(spec, "time_out"))), spec.successCode,
                                               spec.progressCodes, QString::fromUtf8(args.value(1).text));
    case SecondPhase::Ntp:
        return std::make_shared<NtpOperation>();
    case SecondPhase::Dns:
        return std::make_shared<DnsOperation>();
    }
    return {};
}

// A change read from `fields` (a command's arguments, or an answer of the same shape).
std::optional<at::SettingChange> resolve(const ArgumentChange &change, const QList<at::Field> &fields)
{
    at::SettingChange resolved {change.setting, -1, false};
    if (change.socketArgument >= 0) {
        if (!fields.value(change.socketArgument).isInteger())
            return std::nullopt;
        resolved.socket = int(fields.at(change.socketArgument).toInteger());
    }
    const qint64 value = fields.value(change.valueArgument).toInteger(change.defaultValue);
    if (value < 0)
        return std::nullopt;
    resolved.on = value == 1;
    return resolved;
}

} // namespace

at::AtCommand CommandCatalog::expectation(const ParsedCommand &parsed)
{
    at::AtCommand command;
    const CommandSpec *spec = parsed.spec;
    if (!spec) {
        if (parsed.name.startsWith('+'))
            command.ownedPrefixes = {parsed.name.mid(1)};
        command.ownsTextLines = true;
        return command;
    }
    command.ownedPrefixes = spec->ownedPrefixes;
    command.ownsTextLines = spec->ownsTextLines;
    // A long limit is the action's (AT+CGATT=1 waits for the network, 85 s);
    // the read and test forms answer from what the module holds.
    command.timeoutMs = parsed.form == CommandForm::Read || parsed.form == CommandForm::Test
            ? qMin(spec->timeoutMs, CommandSpec::QuickAnswerMs)
            : spec->timeoutMs;
    command.explainErrors = spec->explainErrors;
    command.isTest = parsed.form == CommandForm::Test;
    if (parsed.form == CommandForm::Read)
        command.leadingIntegers = spec->readAnswerIntegers;
    command.answersStateSettings = spec->answerRepeatsWrite || !spec->answerChanges.isEmpty();
    if (parsed.form != CommandForm::Write)
        return command;

    const QList<at::Field> &args = parsed.arguments;
    const Signature *signature = matchSignature(*spec, args);
    // AT+QISEND=<connectID>,0 asks what was sent (the LTE modules' +QISEND:
    // <total_send_length>,<ackedbytes>,<unackedbytes>): no data, no SEND OK.
    const bool sendQuery = spec->sendsData && args.size() == 2 && args.at(1).toInteger(-1) == 0;
    if (!sendQuery) {
        command.operation = secondPhase(*spec, args);
        command.operationAnswersAlone = command.operation && spec->secondPhaseAnswer == SecondPhaseAnswer::Alone;
    }
    // Data on the command line has no data phase; otherwise <send_length>
    // (the second argument) counts it, or Ctrl+Z ends it.
    const bool prompts = spec->sendsData && !sendQuery && !(signature && signature->inlineData);
    if (prompts && args.size() == 1) {
        command.dataPhase = at::AtCommand::DataPhase::CtrlZ;
    } else if (prompts && args.size() >= 2) {
        command.dataPhase = at::AtCommand::DataPhase::FixedLength;
        // <send_length> counts bytes; QISENDEX takes them as hex text, two digits each.
        command.dataLength = args.at(1).toInteger() * (spec->sendsHexText ? 2 : 1);
        command.dataIsHexText = spec->sendsHexText;
    }
    if (spec->dataSocketArgument >= 0)
        command.dataSocket = int(args.value(spec->dataSocketArgument).toInteger());
    if (signature) {
        for (const ArgumentChange &change : signature->changes) {
            if (const auto resolved = resolve(change, args))
                (change.onOperation ? command.changesOnOperation : command.changesOnOk).append(*resolved);
        }
    }
    return command;
}

at::AtCommand CommandCatalog::expectationOfLine(QByteArrayView line) const
{
    const ParsedCommand whole = parse(line);
    at::AtCommand command = expectation(whole);
    line = line.trimmed();
    if (line.size() <= 2 || QByteArrayView(line.first(2)).compare("AT", Qt::CaseInsensitive) != 0)
        return command;
    const QByteArrayList chained = at::CommandChain::split(line.toByteArray());
    if (chained.size() < 2)
        return command;
    // Parsed whole, "ATE1V0" is ATE with the value "1V0": nothing. Each part
    // says what it changes; one out of the manual's ranges says nothing to believe.
    command.changesOnOk.clear();
    for (const QByteArray &part : chained) {
        const ParsedCommand parsed = parse(part);
        if (parsed.spec && validate(parsed).isEmpty())
            command.changesOnOk += expectation(parsed).changesOnOk;
    }
    return command;
}

QList<at::SettingChange> CommandCatalog::statedBy(const CommandSpec &spec, const at::ResultLine &answer)
{
    QList<at::SettingChange> stated;
    QList<ArgumentChange> changes = spec.answerChanges;
    if (spec.answerRepeatsWrite) {
        if (const Signature *signature = matchSignature(spec, answer.fields()))
            changes += signature->changes;
    }
    for (const ArgumentChange &change : std::as_const(changes)) {
        if (const auto resolved = resolve(change, answer.fields()))
            stated.append(*resolved);
    }
    return stated;
}

} // namespace bc25
