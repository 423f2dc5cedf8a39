// SPDX-License-Identifier: MIT
// The table of every command: its forms, parameters and ranges, second phase,
// data phase, the settings it changes, its test-form answer. Table data:
// long by nature, written positionally on purpose (one command a block).
#include "commandtable.h"

#include <functional>

namespace bc25::catalog {

using Type = ParameterSpec::Type;

ParameterSpec integer(const char *name, qint64 min, qint64 max, bool optional)
{
    return ParameterSpec {name, Type::Integer, min, max, optional, false, {}, -1};
}

ParameterSpec text(const char *name, qint64 minLength, qint64 maxLength, bool optional)
{
    return ParameterSpec {name, Type::String, minLength, maxLength, optional, true, {}, -1};
}

namespace {

ParameterSpec choice(const char *name, QList<QByteArray> choices, bool optional = false)
{
    return ParameterSpec {name, Type::String, 0, 0, optional, true, std::move(choices), -1};
}

ParameterSpec hex(const char *name, qint64 minLength, qint64 maxLength, bool optional = false)
{
    return ParameterSpec {name, Type::Hex, minLength, maxLength, optional, true, {}, -1};
}

ParameterSpec ipAddress(const char *name, bool optional = false)
{
    return ParameterSpec {name, Type::IpAddress, 0, 0, optional, true, {}, -1};
}

// Host names: the manual gives no limit; DNS names are at most 253 characters.
constexpr qint64 MaxHostLength = 253;

} // namespace

QString badParameter(const char *name, const QString &problem)
{
    return CommandCatalog::tr("<%1> %2").arg(QLatin1String(name), problem);
}

namespace {

// manual 2.1.1: a server needs its local port (the ranges by service type are rangeRules).
QString checkOpen(const QList<at::Field> &args)
{
    const QByteArray service = args.value(2).text;
    const bool client = service == "TCP" || service == "UDP";
    if (!client && args.size() < 6)
        return badParameter("local_port", CommandCatalog::tr("is missing; \"%1\" needs a local port in 1-65535.").arg(QString::fromLatin1(service)));
    if (service == "TCP LISTENER" && args.value(7).toInteger(0) == 1)
        // manual 2.1.1, note 2; the refusal's citation is the model's (CommandCatalog::citation).
        return CommandCatalog::tr("\"TCP LISTENER\" is not supported on IPv6.");
    return {};
}

// manual 2.1.3: <query_type> 0 asks by <contextID> (1-3 on the BC25), 1 by
// <connectID> (0-5): the model's ranges.
std::function<QString(const QList<at::Field> &)> stateQueryCheck(const profile::ModuleLimits &limits)
{
    return [limits](const QList<at::Field> &args) -> QString {
        const qint64 id = args.value(1).toInteger();
        if (args.value(0).toInteger() == 0 && (id < limits.firstContext || id > limits.lastContext))
            return badParameter("contextID", CommandCatalog::tr("is %1; with <query_type> 0 the manual allows %2.")
                                                     .arg(id).arg(CommandCatalog::rangeText(integer("contextID", limits.firstContext, limits.lastContext))));
        if (args.value(0).toInteger() == 1 && (id < 0 || id >= limits.socketCount))
            return badParameter("connectID", CommandCatalog::tr("is %1; with <query_type> 1 the manual allows %2.")
                                                     .arg(id).arg(CommandCatalog::rangeText(integer("connectID", 0, limits.socketCount - 1))));
        return {};
    };
}

// The inline QISEND carries its data in quotes: it cannot hold a quote, CR, LF or Ctrl+Z.
QString checkSendText(const QList<at::Field> &args)
{
    if (args.size() != 3)
        return {};
    const QByteArray &data = args.at(2).text;
    if (data.size() != args.at(1).toInteger())
        return badParameter("data", CommandCatalog::tr("is %1 bytes long but <send_length> is %2.").arg(data.size()).arg(args.at(1).toInteger()));
    for (const char c : data) {
        if (c == '"' || c == '\r' || c == '\n' || c == '\x1a')
            return badParameter("data", CommandCatalog::tr("contains a quote, CR, LF or Ctrl+Z; send it with the fixed-length form AT+QISEND=<connectID>,<send_length> or with AT+QISENDEX."));
    }
    return {};
}

QString checkSendHex(const QList<at::Field> &args)
{
    if (args.size() != 3)
        return {};
    const qsizetype length = args.at(2).text.size();
    if (length != 2 * args.at(1).toInteger())
        return badParameter("hex_string", CommandCatalog::tr("has %1 hex digits but <send_length> %2 needs %3.").arg(length).arg(args.at(1).toInteger()).arg(2 * args.at(1).toInteger()));
    return {};
}

} // namespace

namespace {

// "(0-5)": a range as the test forms' answers print it.
QByteArray rangeText(qint64 first, qint64 last)
{
    return '(' + QByteArray::number(first) + '-' + QByteArray::number(last) + ')';
}

} // namespace

QList<CommandSpec> buildCommandTable(const profile::ModuleLimits &limits)
{
    // The ranges the model's limits decide, written once (the BC25's: manual 2.1.1-2.1.6).
    const ParameterSpec connectId = integer("connectID", 0, limits.socketCount - 1);
    const ParameterSpec contextId = integer("contextID", limits.firstContext, limits.lastContext);
    // 27.007's <cid>: the BC25's 1-3, and the model's own contexts (the BC660K's
    // default bearer is 0, and it answers AT+CGPADDR=1 too: a real log).
    const ParameterSpec pdpCid = integer("cid", qMin<qint64>(1, limits.firstContext), qMax<qint64>(3, limits.lastContext));
    const qint64 MaxSendLength = limits.maxSendLength;
    const QByteArray sockets = rangeText(0, limits.socketCount - 1);
    const QByteArray contexts = rangeText(limits.firstContext, limits.lastContext);
    const QByteArray sendLengths = rangeText(1, limits.maxSendLength);
    const QByteArray readLengths = rangeText(1, limits.maxReadLength);

    const auto T = CommandForm::Test;
    const auto R = CommandForm::Read;
    const auto W = CommandForm::Write;
    const auto E = CommandForm::Execute;
    const QList<QByteArray> services {"TCP", "UDP", "TCP LISTENER", "UDP SERVICE"};

    using Setting = at::SettingChange::Setting;
    QList<CommandSpec> table;
    // `more` fills in what the positional fields leave out: second phase, data, changes.
    auto add = [&table](CommandId id, CommandSpec spec, const std::function<void(CommandSpec &)> &more = {}) {
        spec.id = id;
        if (spec.ownedPrefixes.isEmpty() && spec.name.startsWith('+'))
            spec.ownedPrefixes = {spec.name.mid(1)};
        // Every TCP/IP command's ERROR sets the last error code, and AT+QIGETERROR
        // explains it (manual 2.1.12); the 3GPP commands' errors follow AT+CMEE.
        spec.setsLastError = spec.section.startsWith("2.1.");
        spec.explainErrors = spec.setsLastError && id != CommandId::LastError;
        spec.cmeErrors = spec.section.startsWith("27.007 ");
        if (more)
            more(spec);
        table.append(std::move(spec));
    };

    // ---- TCP/IP commands, manual chapter 2.1 ----
    add(CommandId::Open, {"+QIOPEN", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Open a Socket"), "2.1.1", T | W,
         {{{contextId, connectId, choice("service_type", services),
            text("IP_address/domain_name", 1, MaxHostLength), integer("remote_port", 0, 65535),
            integer("local_port", 0, 65535, true), integer("access_mode", 0, 1, true),
            integer("protocol_type", 0, 1, true)}}},
         {}, false, 3000, &checkOpen},
        [](CommandSpec &s) {
            s.secondPhase = SecondPhase::Open;
            // manual 2.1.1, note 1: "wait 176 seconds … with parameter <domain_name>,
            // and … 36 seconds … with parameter <IP_address>"
            s.secondPhaseMs = 36000;
            s.secondPhaseNameMs = 176000;
            s.errorField = 1; // +QIOPEN: <connectID>,<err>
            // manual 2.1.1: <access_mode> defaults to buffer access; confirmed by +QIOPEN: <id>,0
            s.writeSignatures[0].changes = {{Setting::AccessMode, 6, 1, 0, true}};
            // manual 2.1.1: a client's remote port is 1-65535; a server's local port is 1-65535
            s.rangeRules = {{"remote_port", "service_type", {"TCP", "UDP"}, 1, 65535},
                            {"local_port", "service_type", {"TCP LISTENER", "UDP SERVICE"}, 1, 65535}};
        });
    add(CommandId::Close, {"+QICLOSE", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Close a Socket"), "2.1.2", T | W, {{{connectId}}}, {}, false, 3000, nullptr},
        [](CommandSpec &s) {
            s.secondPhase = SecondPhase::Close;
            // A socket the module took the close of has no access mode until its next open.
            s.writeSignatures[0].changes = {{Setting::SocketClosed, 0, 0}};
        });
    add(CommandId::State, {"+QISTATE", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Query Socket Status"), "2.1.3", T | R | W,
         {{{integer("query_type", 0, 1), integer("contextID/connectID", qMin(0, limits.firstContext), qMax(limits.socketCount - 1, limits.lastContext))}}},
         {}, false, 3000, stateQueryCheck(limits)},
        [](CommandSpec &s) {
            // +QISTATE: <connectID>,…,<contextID>,<access_mode>[,…]: the module's word on each socket
            s.answerChanges = {{Setting::AccessMode, 7, 0}};
        });
    add(CommandId::Send, {"+QISEND", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Send Text String Data"), "2.1.4", T | W,
         {{{connectId, integer("send_length", 1, MaxSendLength), text("data", 1, MaxSendLength)}, {}, true},
          {{connectId}},
          {{connectId, integer("send_length", 1, MaxSendLength)}}},
         {}, false, 3000, &checkSendText},
        [](CommandSpec &s) {
            s.secondPhase = SecondPhase::Send;
            s.sendsData = true;
        });
    add(CommandId::Read, {"+QIRD", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Retrieve the Received TCP/IP Data"), "2.1.5", T | W,
         {{{connectId, integer("read_length", 1, limits.maxReadLength)}}}, {}, false, 3000, nullptr},
        [](CommandSpec &s) {
            s.dataSocketArgument = 0;
        });
    add(CommandId::SendHex, {"+QISENDEX", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Send Hex String Data"), "2.1.6", T | W,
         {{{connectId, integer("send_length", 1, MaxSendLength), hex("hex_string", 2, 2 * MaxSendLength)}, {}, true},
          {{connectId}},
          {{connectId, integer("send_length", 1, MaxSendLength)}}},
         {}, false, 3000, &checkSendHex},
        [](CommandSpec &s) {
            s.secondPhase = SecondPhase::Send;
            s.sendsData = true;
            s.sendsHexText = true;
        });
    add(CommandId::SwitchMode, {"+QISWTMD", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Switch Data Access Modes"), "2.1.7", T | R | W,
         {{{connectId, integer("access_mode", 0, 1)}}}, {}, false, 3000, nullptr},
        [](CommandSpec &s) {
            s.writeSignatures[0].changes = {{Setting::AccessMode, 1, 0}};
        });
    add(CommandId::Ping, {"+QPING", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Ping a Remote Server"), "2.1.8", T | W,
         {{{contextId, text("host", 1, MaxHostLength), integer("time_out", 1, 255, true),
            integer("ping_num", 1, 10, true), integer("ping_size", 32, 200, true)}}},
         {}, false, 3000, nullptr},
        [](CommandSpec &s) {
            s.secondPhase = SecondPhase::Ping;
        });
    add(CommandId::Ntp, {"+QNTTP", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Synchronize Local Time with NTP Server"), "2.1.9", T | W,
         {{{contextId, text("server", 1, MaxHostLength), integer("port", 1, 65535, true),
            integer("autosettime", 0, 1, true)}}},
         {"QNTTP", "QNTP"}, false, 3000, nullptr},
        [](CommandSpec &s) {
            s.secondPhase = SecondPhase::Ntp;
            s.errorField = 0; // +QNTTP: <err>[,<time>]
        });
    add(CommandId::DnsLookup, {"+QIDNSGIP", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Get IP Address by Domain Name"), "2.1.10", T | W,
         {{{contextId, text("hostname", 1, MaxHostLength)}}}, {}, false, 3000, nullptr},
        [](CommandSpec &s) {
            s.secondPhase = SecondPhase::Dns;
            s.errorField = 1; // +QIURC: "dnsgip",<err>,<IP_count>,<DNS_ttl>
        });
    add(CommandId::Config, {"+QICFG", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Configure Optional Parameters"), "2.1.11", T | W,
         {{{choice("type", {"dataformat"}), integer("send_data_format", 0, 1, true), integer("recv_data_format", 0, 1)}},
          {{choice("type", {"viewmode"}), integer("view_mode", 0, 1, true)}},
          {{choice("type", {"showlength"}), integer("show_length_mode", 0, 1, true)}}},
         {}, false, 3000, nullptr},
        [](CommandSpec &s) {
            // The answer repeats the write's shape: +QICFG: "viewmode",1 (manual 2.1.11).
            s.answerRepeatsWrite = true;
            s.writeSignatures[0].changes = {{Setting::SendHex, 1}, {Setting::RecvHex, 2}};
            s.writeSignatures[1].changes = {{Setting::ViewMode, 1}};
            s.writeSignatures[2].changes = {{Setting::ShowLength, 1}};
        });
    add(CommandId::LastError, {"+QIGETERROR", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Query the Last Error Code"), "2.1.12", T | E, {}, {}, false, 3000, nullptr},
        [](CommandSpec &s) { s.errorField = 0; }); // +QIGETERROR: <err>,<errcode_description>
    // manual 2.1.13 gives no range for <keepalive_count>; 1-255 keeps it sane.
    add(CommandId::KeepAlive, {"+QIKALIVE", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Configure TCP Socket Keepalive Function"), "2.1.13", T | R | W,
         {{{integer("keepalive_on", 0, 1), integer("keepalive_idle_time", 1, 36000, true),
            integer("keepalive_interval_time", 10, 20, true), integer("keepalive_count", 1, 255, true),
            hex("keepalive_data", 2, 256, true)}}},
         {}, false, 3000, nullptr});
    add(CommandId::DnsServers, {"+QIDNSCFG", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Configure DNS Server Function"), "2.1.14", T | R | W,
         {{{ipAddress("PrimaryDns"), ipAddress("SecondaryDns", true)}}}, {}, false, 3000, nullptr});

    // ---- basic 3GPP commands a bring-up needs (3GPP TS 27.007, V.250) ----
    add(CommandId::Attention, {"", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Attention"), "V.250", E, {}, {}, false, 3000, nullptr});
    add(CommandId::Echo, {"E", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Echo on or off"), "V.250", E | W, {{{integer("value", 0, 1)}}}, {"E"}, false, 3000, nullptr},
        [](CommandSpec &s) {
            s.writeSignatures[0].changes = {{Setting::Echo, 0}};
        });
    add(CommandId::Identify, {"I", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Product Identification"), "V.250", E, {}, {"I"}, true, 3000, nullptr});
    add(CommandId::Revision, {"+CGMR", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Revision Identification"), "27.007 5.3", T | E, {}, {"CGMR"}, true, 3000, nullptr});
    add(CommandId::SignalQuality, {"+CSQ", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Signal Quality"), "27.007 8.5", T | E, {}, {}, false, 3000, nullptr});
    add(CommandId::Registration, {"+CEREG", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "EPS Network Registration Status"), "27.007 10.1.22", T | R | W,
         {{{integer("n", 0, 5)}}}, {}, false, 3000, nullptr},
        [](CommandSpec &s) {
            // +CEREG: <n>,<stat>[,…] answers the read; +CEREG: <stat>[,"<tac>",…] is the URC.
            s.readAnswerIntegers = 2;
        });
    add(CommandId::Attach, {"+CGATT", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "PS Attach or Detach"), "27.007 10.1.9", T | R | W,
         {{{integer("state", 0, 1)}}}, {}, false, 85000, nullptr});
    add(CommandId::PdpAddress, {"+CGPADDR", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Show PDP Address"), "27.007 10.1.14", T | E | W,
         {{{pdpCid}}}, {}, false, 3000, nullptr});
    add(CommandId::Functionality, {"+CFUN", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Set Phone Functionality"), "27.007 8.2", T | R | W,
         {{{integer("fun", 0, 1), integer("rst", 0, 1, true)}}}, {}, false, 85000, nullptr});
    add(CommandId::PdpActivate, {"+CGACT", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "PDP Context Activate or Deactivate"), "27.007 10.1.10", T | R | W,
         {{{integer("state", 0, 1), integer("cid", pdpCid.min, pdpCid.max, true)}}}, {}, false, 150000, nullptr});
    // What a host's initialisation sends first: ATV1, result codes as words; ATV0 makes
    // them numbers ("0\r" for OK), believed once the module answers in them.
    add(CommandId::VerboseResults, {"V", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Verbose Result Codes"), "V.250 6.2.6", E | W,
         {{{integer("value", 0, 1)}}}, {}, false, 3000, nullptr},
        [](CommandSpec &s) {
            s.writeSignatures[0].changes = {{Setting::VerboseResults, 0}};
        });
    add(CommandId::FactoryDefaults, {"&F", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Set to Factory-defined Configuration"), "V.250 6.1.2", E, {}, {}, false, 3000, nullptr});
    add(CommandId::ErrorReporting, {"+CMEE", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Report Mobile Termination Error"), "27.007 9.1", T | R | W,
         {{{integer("n", 0, 2)}}}, {}, false, 3000, nullptr});
    add(CommandId::Clock, {"+CCLK", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Clock"), "27.007 8.15", T | R, {}, {}, false, 3000, nullptr});
    add(CommandId::SerialNumber, {"+CGSN", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Request Product Serial Number Identification"), "27.007 5.4", T | E | W,
         {{{integer("snt", 0, 3)}}}, {"CGSN"}, true, 3000, nullptr});
    add(CommandId::Imsi, {"+CIMI", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Request International Mobile Subscriber Identity"), "27.007 5.6", T | E, {}, {"CIMI"}, true, 3000, nullptr});
    add(CommandId::Pin, {"+CPIN", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Enter PIN"), "27.007 8.3", T | R, {}, {}, false, 5000, nullptr});
    add(CommandId::ExtendedSignalQuality, {"+CESQ", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Extended Signal Quality"), "27.007 8.69", T | E, {}, {}, false, 3000, nullptr});
    add(CommandId::PdpContexts, {"+CGDCONT", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Define PDP Context"), "27.007 10.1.1", T | R, {}, {}, false, 3000, nullptr});
    // The BC25 AT commands manual: "+QCCID: <ICCID>", the SIM's serial (a health check masks it).
    add(CommandId::Iccid, {"+QCCID", QT_TRANSLATE_NOOP("bc25::CommandCatalog", "USIM Card Identification"), "BC25 AT 4.5", T | E, {}, {"QCCID"}, false, 3000, nullptr});

    // The manual's answers to the test forms (AT+CMD=?), verbatim; the others answer OK alone.
    const QList<std::pair<CommandId, QList<QByteArray>>> testAnswers {
        {CommandId::Open, {"+QIOPEN: " + contexts + ',' + sockets + R"(,"TCP/UDP/TCP LISTENER/UDP SERVICE","<IP_address>/<domain_name>",<remote_port>[,<local_port>[,(0-1)[,(0-1)]]])"}},
        {CommandId::Close, {"+QICLOSE: " + sockets}},
        {CommandId::Send, {"+QISEND: " + sockets + ',' + sendLengths + R"(,"<data>")"}},
        {CommandId::Read, {"+QIRD: " + sockets + ',' + readLengths}},
        {CommandId::SendHex, {"+QISENDEX: " + sockets + ',' + sendLengths + R"(,"<hex_string>")"}},
        {CommandId::SwitchMode, {"+QISWTMD: " + sockets + ",(0-1)"}},
        {CommandId::Ping, {"+QPING: " + contexts + R"(,"<host>"[,(1-255)[,(1-10)[,(32-200)]]])"}},
        {CommandId::Ntp, {"+QNTTP: " + contexts + R"(,"<server>"[,<port>[,(0-1)]])"}},
        {CommandId::DnsLookup, {"+QIDNSGIP: " + contexts + R"(,"<hostname>")"}},
        {CommandId::Config, {R"(+QICFG: "dataformat",(0,1),(0,1))", R"(+QICFG: "viewmode",(0,1))", R"(+QICFG: "showlength",(0,1))"}},
        {CommandId::KeepAlive, {R"(+QIKALIVE: <keepalive_on>[,<keepalive_idle_time>[,<keepalive_interval_time>[,<keepalive_count>[,"<keepalive_data>"]]]])"}},
        {CommandId::DnsServers, {"+QIDNSCFG: <PrimaryDns>[,<SecondaryDns>]"}},
        {CommandId::SignalQuality, {"+CSQ: (0-31,99),(0-7,99)"}},
        {CommandId::Registration, {"+CEREG: (0-5)"}},
        {CommandId::Attach, {"+CGATT: (0,1)"}},
        {CommandId::PdpAddress, {"+CGPADDR: " + rangeText(pdpCid.min, pdpCid.max)}},
        {CommandId::Functionality, {"+CFUN: (0,1),(0,1)"}},
        {CommandId::PdpActivate, {"+CGACT: (0,1)"}},
        {CommandId::ErrorReporting, {"+CMEE: (0-2)"}},
        {CommandId::SerialNumber, {"+CGSN: (0-3)"}},
        {CommandId::ExtendedSignalQuality, {"+CESQ: (0-63,99),(0-7,99),(0-96,255),(0-49,255),(0-34,255),(0-97,255)"}},
        {CommandId::PdpContexts, {R"(+CGDCONT: (1-3),("IP","IPV6","IPV4V6","Non-IP"),,,(0),(0))"}},
    };
    for (const auto &[id, lines] : testAnswers) {
        for (CommandSpec &spec : table) {
            if (spec.id == id)
                spec.testAnswer = lines;
        }
    }
    return table;
}


} // namespace bc25::catalog
