// SPDX-License-Identifier: MIT
#include "commands.h"

#include "profile/moduleprofile.h"

#include "operations.h"

#include "at/commandchain.h"

#include <QHostAddress>

namespace bc25 {

namespace {

at::Field number(qint64 value)
{
    return at::Field {QByteArray::number(value), false};
}

at::Field quoted(const QByteArray &text)
{
    return at::Field {text, true};
}

at::Field quoted(const QString &text)
{
    return at::Field {text.toUtf8(), true};
}

QByteArray commandLine(const CommandSpec &spec, CommandForm form, const QList<at::Field> &args)
{
    QByteArray line = spec.commandText();
    switch (form) {
    case CommandForm::Test:
        return line + "=?";
    case CommandForm::Read:
        return line + '?';
    case CommandForm::Execute:
        return line;
    case CommandForm::Write:
        break;
    }
    // V.250 basic commands take their value without '=' (ATE1).
    line += spec.name.startsWith('+') ? "=" : "";
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (i > 0)
            line += ',';
        line += args.at(i).quoted ? '"' + args.at(i).text + '"' : args.at(i).text;
    }
    return line;
}

at::AtCommand expectation(const CommandSpec &spec, CommandForm form, const QList<at::Field> &args)
{
    at::AtCommand command = CommandCatalog::expectation({&spec, spec.name, form, args, {}});
    command.text = commandLine(spec, form, args);
    return command;
}

BuildResult make(const CommandSpec &spec, CommandForm form, const QList<at::Field> &args)
{
    BuildResult result;
    result.error = CommandCatalog::validate(spec, form, args);
    if (result.ok())
        result.command = expectation(spec, form, args);
    return result;
}

// Every command is checked against the catalog of the model it goes to: even
// a command every model has (AT+QIKALIVE) may differ in its ranges, and one a
// model lacks (AT+QGMR on the BC25) is refused by name.
BuildResult make(const CommandCatalog &catalog, CommandId id, CommandForm form, const QList<at::Field> &args = {})
{
    const CommandSpec *spec = catalog.specOrNull(id);
    if (!spec) {
        BuildResult result;
        result.error = Commands::tr("The module's manual has no %1 command.")
                               .arg(QString::fromLatin1(CommandCatalog::commandText(id)));
        return result;
    }
    return make(*spec, form, args);
}

} // namespace

namespace {

// Why a line of several commands is not sent; empty when it may be (raw).
// Checked, each command must be the catalog's and valid, and even then the
// line is refused: the engine reads a line's answers as one command's, so
// the second command's answer and what it changes (AT+CFUN=0 turns the
// radio off) would go unseen. Raw, the user sends it as typed on purpose,
// but never a command that waits for data after the prompt.
QString chainRefusal(const CommandCatalog &catalog, const QByteArray &line, const QByteArrayList &chained, bool raw)
{
    for (const QByteArray &command : chained) {
        const ParsedCommand parsed = catalog.parse(command);
        if (!raw) {
            if (const QString refusal = CommandCatalog::validate(parsed); !refusal.isEmpty())
                return Commands::tr("%1 (in the line %2)").arg(refusal, QString::fromUtf8(line));
        }
        if (CommandCatalog::expectation(parsed).dataPhase != at::AtCommand::DataPhase::None)
            return Commands::tr("%1 waits for data after the prompt: use the socket console to send data.")
                    .arg(QString::fromUtf8(command));
    }
    if (raw)
        return {};
    return Commands::tr("%1 holds %2 commands; send one command a line, so that each answer is read as its "
                        "command's and what it changes is known.")
            .arg(QString::fromUtf8(line)).arg(chained.size());
}

// What a typed line is, checked (fromText) or raw (rawFromText).
BuildResult typedLine(const CommandCatalog &catalog, QByteArrayView line, bool raw)
{
    BuildResult result;
    const QByteArray text = line.trimmed().toByteArray();
    if (text.isEmpty()) {
        result.error = Commands::tr("The command is empty.");
        return result;
    }
    if (text.contains('\r') || text.contains('\n')) {
        result.error = Commands::tr("A command is one line; it cannot contain CR or LF.");
        return result;
    }
    // V.250 5.4: a line may chain commands ("AT+CSQ;+CFUN=0", "ATE0V1"); each
    // one is checked, none reaches the port unchecked behind the first.
    const QByteArrayList chained = text.size() >= 2 && text.first(2).compare("AT", Qt::CaseInsensitive) == 0
            ? at::CommandChain::split(text) : QByteArrayList {text};
    if (chained.size() > 1) {
        result.error = chainRefusal(catalog, text, chained, raw);
        if (!result.ok())
            return result;
    }
    const ParsedCommand parsed = catalog.parse(chained.size() > 1 ? text : chained.constFirst());
    const QString refusal = parsed.spec ? CommandCatalog::validate(parsed) : QString();
    if (!refusal.isEmpty() && !raw) {
        result.error = refusal;
        return result;
    }
    // Not in the manual: it goes out as typed, with the default expectation.
    result.command = CommandCatalog::expectation(parsed);
    result.command.text = text;
    result.command.source = raw ? at::Source::Raw : at::Source::Terminal;
    if (!refusal.isEmpty()) {
        // Arguments out of the manual's ranges say nothing the workbench may
        // believe, whatever the module answers.
        result.command.changesOnOk.clear();
        result.command.changesOnOperation.clear();
        result.command.answersStateSettings = false;
    }
    if (chained.size() > 1) // each command of the chain says what it changes (a raw "ATE1V0")
        result.command.changesOnOk = catalog.expectationOfLine(text).changesOnOk;
    if (result.command.dataPhase != at::AtCommand::DataPhase::None)
        result.error = Commands::tr("%1 waits for data after the prompt: use the socket console to send data.")
                               .arg(QString::fromUtf8(text));
    return result;
}

} // namespace

BuildResult Commands::fromText(const CommandCatalog &catalog, QByteArrayView line)
{
    return typedLine(catalog, line, false);
}

BuildResult Commands::rawFromText(const CommandCatalog &catalog, QByteArrayView line)
{
    return typedLine(catalog, line, true);
}

QList<at::Field> Commands::openArguments(const OpenParameters &p)
{
    QList<at::Field> args {number(p.contextId), number(p.connectId), quoted(serviceName(p.service)),
                           quoted(p.host), number(p.remotePort), number(p.localPort),
                           number(int(p.accessMode))};
    if (p.protocolType != 0)
        args << number(p.protocolType);
    return args;
}

BuildResult Commands::open(const CommandCatalog &catalog, const OpenParameters &p)
{
    return make(catalog, CommandId::Open, CommandForm::Write, openArguments(p));
}

BuildResult Commands::close(const CommandCatalog &catalog, int connectId)
{
    return make(catalog, CommandId::Close, CommandForm::Write, {number(connectId)});
}

BuildResult Commands::queryState(const CommandCatalog &catalog)
{
    return make(catalog, CommandId::State, CommandForm::Read);
}

BuildResult Commands::queryStateOfSocket(const CommandCatalog &catalog, int connectId)
{
    return make(catalog, CommandId::State, CommandForm::Write, {number(1), number(connectId)});
}

BuildResult Commands::queryStateOfContext(const CommandCatalog &catalog, int contextId)
{
    return make(catalog, CommandId::State, CommandForm::Write, {number(0), number(contextId)});
}

SendForm Commands::chooseSendForm(const QByteArray &payload)
{
    for (const char c : payload) {
        const auto byte = static_cast<unsigned char>(c);
        // Inside quotes only printable ASCII without the quote itself survives.
        if (byte < 0x20 || byte > 0x7e || c == '"')
            return SendForm::FixedLength;
    }
    return SendForm::InlineText;
}

SendForm Commands::chooseSendForm(const CommandCatalog &catalog, const QByteArray &payload)
{
    // The inline form's <data> (manual 2.1.4); a model without it takes the data after the prompt.
    return catalog.parameter(CommandId::Send, "data") ? chooseSendForm(payload) : SendForm::FixedLength;
}

BuildResult Commands::send(const CommandCatalog &catalog, int connectId, const QByteArray &payload, SendForm form)
{
    switch (form) {
    case SendForm::InlineText:
        return make(catalog, CommandId::Send, CommandForm::Write, {number(connectId), number(payload.size()), quoted(payload)});
    case SendForm::FixedLength: {
        BuildResult result = make(catalog, CommandId::Send, CommandForm::Write, {number(connectId), number(payload.size())});
        result.command.payload = payload;
        return result;
    }
    case SendForm::Hex: {
        // The model's own form: the BC25's has <send_length> (manual 2.1.6); the
        // LTE modules' takes the hex string alone (AT+QISENDEX=<id>,"<hex>").
        const at::Field hex = quoted(payload.toHex().toUpper());
        if (catalog.parameter(CommandId::SendHex, "send_length"))
            return make(catalog, CommandId::SendHex, CommandForm::Write, {number(connectId), number(payload.size()), hex});
        return make(catalog, CommandId::SendHex, CommandForm::Write, {number(connectId), hex});
    }
    }
    return {};
}

int Commands::maxHexSendBytes(const CommandCatalog &catalog)
{
    if (const ParameterSpec *length = catalog.parameter(CommandId::SendHex, "send_length"))
        return int(length->max);
    const ParameterSpec *hex = catalog.parameter(CommandId::SendHex, "hex_string");
    return hex ? int(hex->max / 2) : 0;
}

BuildResult Commands::read(const CommandCatalog &catalog, int connectId, int maxLength)
{
    return make(catalog, CommandId::Read, CommandForm::Write, {number(connectId), number(maxLength)});
}

BuildResult Commands::switchAccessMode(const CommandCatalog &catalog, int connectId, AccessMode mode)
{
    return make(catalog, CommandId::SwitchMode, CommandForm::Write, {number(connectId), number(int(mode))});
}

PingParameters::PingParameters(const profile::ModuleProfile &profile)
    : profile(&profile)
    , contextId(profile.limits().firstContext)
    , timeoutSeconds(profile.pingDefaults().timeoutSeconds)
    , count(profile.pingDefaults().count)
    , size(profile.pingDefaults().size)
{
}

BuildResult Commands::ping(const PingParameters &p)
{
    QList<at::Field> args {number(p.contextId), quoted(p.host), number(p.timeoutSeconds), number(p.count)};
    // The BG96 has no <ping_size> (its table says so); the BC25 takes 32-200 (manual 2.1.8).
    if (p.profile->catalog().parameter(CommandId::Ping, "ping_size"))
        args << number(p.size);
    return make(p.profile->catalog(), CommandId::Ping, CommandForm::Write, args);
}

BuildResult Commands::synchronizeTime(const CommandCatalog &catalog, int contextId, const QString &server, int port, int autoSetTime)
{
    QList<at::Field> args {number(contextId), quoted(server)};
    if (port >= 0 || autoSetTime >= 0)
        args << number(port >= 0 ? port : 123);
    if (autoSetTime >= 0)
        args << number(autoSetTime);
    return make(catalog, CommandId::Ntp, CommandForm::Write, args);
}

BuildResult Commands::lookUpHost(const CommandCatalog &catalog, int contextId, const QString &hostName)
{
    return make(catalog, CommandId::DnsLookup, CommandForm::Write, {number(contextId), quoted(hostName)});
}

BuildResult Commands::setDataFormat(const CommandCatalog &catalog, int sendFormat, int receiveFormat)
{
    return make(catalog, CommandId::Config, CommandForm::Write, {quoted(QByteArray("dataformat")), number(sendFormat), number(receiveFormat)});
}

BuildResult Commands::setViewMode(const CommandCatalog &catalog, int viewMode)
{
    return make(catalog, CommandId::Config, CommandForm::Write, {quoted(QByteArray("viewmode")), number(viewMode)});
}

BuildResult Commands::setShowLength(const CommandCatalog &catalog, int showLength)
{
    return make(catalog, CommandId::Config, CommandForm::Write, {quoted(QByteArray("showlength")), number(showLength)});
}

BuildResult Commands::queryConfig(const CommandCatalog &catalog, const QByteArray &key)
{
    return make(catalog, CommandId::Config, CommandForm::Write, {quoted(key)});
}

BuildResult Commands::lastError(const CommandCatalog &catalog)
{
    return make(catalog, CommandId::LastError, CommandForm::Execute);
}

BuildResult Commands::setKeepAlive(const CommandCatalog &catalog, bool on, int idleSeconds, int intervalSeconds, int count)
{
    QList<at::Field> args {number(on ? 1 : 0)};
    for (const int value : {idleSeconds, intervalSeconds, count}) {
        if (value < 0)
            break;
        args << number(value);
    }
    return make(catalog, CommandId::KeepAlive, CommandForm::Write, args);
}

BuildResult Commands::queryKeepAlive(const CommandCatalog &catalog)
{
    return make(catalog, CommandId::KeepAlive, CommandForm::Read);
}

namespace {

// The context the model's AT+QIDNSCFG names first: the caller's, else the first of its range.
std::optional<at::Field> dnsContext(const CommandCatalog &catalog, int contextId)
{
    if (!Commands::dnsServersPerContext(catalog))
        return std::nullopt;
    const ParameterSpec &first = catalog.specOrNull(CommandId::DnsServers)->writeSignatures.constFirst().parameters.constFirst();
    return number(contextId >= 0 ? contextId : int(first.min));
}

} // namespace

bool Commands::dnsServersPerContext(const CommandCatalog &catalog)
{
    const CommandSpec *spec = catalog.specOrNull(CommandId::DnsServers);
    return spec && !spec->writeSignatures.isEmpty() && !spec->writeSignatures.constFirst().parameters.isEmpty()
           && spec->writeSignatures.constFirst().parameters.constFirst().name == "contextID";
}

BuildResult Commands::setDnsServers(const CommandCatalog &catalog, const QString &primary, const QString &secondary, int contextId)
{
    QList<at::Field> args {quoted(primary)};
    if (!secondary.isEmpty())
        args << quoted(secondary);
    if (const auto context = dnsContext(catalog, contextId))
        args.prepend(*context);
    return make(catalog, CommandId::DnsServers, CommandForm::Write, args);
}

BuildResult Commands::queryDnsServers(const CommandCatalog &catalog, int contextId)
{
    if (const auto context = dnsContext(catalog, contextId))
        return make(catalog, CommandId::DnsServers, CommandForm::Write, {*context});
    return make(catalog, CommandId::DnsServers, CommandForm::Read);
}

BuildResult Commands::attention(const CommandCatalog &catalog)
{
    return make(catalog, CommandId::Attention, CommandForm::Execute);
}

BuildResult Commands::setEcho(const CommandCatalog &catalog, bool on)
{
    return make(catalog, CommandId::Echo, CommandForm::Write, {number(on ? 1 : 0)});
}

BuildResult Commands::identify(const CommandCatalog &catalog)
{
    return make(catalog, CommandId::Identify, CommandForm::Execute);
}

BuildResult Commands::revision(const CommandCatalog &catalog)
{
    return make(catalog, CommandId::Revision, CommandForm::Execute);
}

BuildResult Commands::firmwareRevision(const CommandCatalog &catalog)
{
    return make(catalog, CommandId::FirmwareRevision, CommandForm::Execute);
}

BuildResult Commands::signalQuality(const CommandCatalog &catalog)
{
    return make(catalog, CommandId::SignalQuality, CommandForm::Execute);
}

BuildResult Commands::registrationStatus(const CommandCatalog &catalog)
{
    return make(catalog, CommandId::Registration, CommandForm::Read);
}

BuildResult Commands::attachState(const CommandCatalog &catalog)
{
    return make(catalog, CommandId::Attach, CommandForm::Read);
}

BuildResult Commands::activeContexts(const CommandCatalog &catalog)
{
    return make(catalog, CommandId::ContextActivate, CommandForm::Read);
}

BuildResult Commands::activateContext(const CommandCatalog &catalog, int contextId)
{
    return make(catalog, CommandId::ContextActivate, CommandForm::Write, {number(contextId)});
}

BuildResult Commands::pdpAddress(const CommandCatalog &catalog)
{
    return make(catalog, CommandId::PdpAddress, CommandForm::Execute);
}

BuildResult Commands::serialNumber(const CommandCatalog &catalog, int type)
{
    return make(catalog, CommandId::SerialNumber, CommandForm::Write, {number(type)});
}

BuildResult Commands::imsi(const CommandCatalog &catalog)
{
    return make(catalog, CommandId::Imsi, CommandForm::Execute);
}

BuildResult Commands::iccid(const CommandCatalog &catalog)
{
    return make(catalog, CommandId::Iccid, CommandForm::Execute);
}

BuildResult Commands::pinState(const CommandCatalog &catalog)
{
    return make(catalog, CommandId::Pin, CommandForm::Read);
}

BuildResult Commands::extendedSignalQuality(const CommandCatalog &catalog)
{
    return make(catalog, CommandId::ExtendedSignalQuality, CommandForm::Execute);
}

BuildResult Commands::pdpContexts(const CommandCatalog &catalog)
{
    return make(catalog, CommandId::PdpContexts, CommandForm::Read);
}

BuildResult Commands::setRegistrationReporting(const CommandCatalog &catalog, int mode)
{
    return make(catalog, CommandId::Registration, CommandForm::Write, {number(mode)});
}

QByteArray Commands::serviceName(ServiceType service)
{
    switch (service) {
    case ServiceType::Tcp:
        return "TCP";
    case ServiceType::Udp:
        return "UDP";
    case ServiceType::TcpListener:
        return "TCP LISTENER";
    case ServiceType::UdpService:
        return "UDP SERVICE";
    }
    return {};
}

} // namespace bc25
