// SPDX-License-Identifier: MIT
// The BG96 (LTE Cat M1 / NB-IoT): the BC25's table with the differences its
// application note gives, each beside its source. [BG96-AN] is Quectel's
// "BG96 TCP/IP Application Note" V1.2, 2020-05-28 (sections as it numbers
// them); ../shared/FAMILY.md and the research notes quote each text.
#include "modeltable.h"

namespace bc25::profile {

namespace {

using Field = at::PayloadAnnouncement::Field;
using Kind = Difference::Kind;

const QString AppNote = QStringLiteral("Quectel BG96 TCP/IP Application Note V1.2");

// A BG96's "+QIURC: "pdpdeact",1" in a real log (the note's URC list was not read).
const QString PdpDeactivatedLog = QStringLiteral("a real BG96 log, github.com/vshymanskyy/TinyGSM/issues/157");

QString note(const char *section)
{
    return AppNote + QStringLiteral(", ") + QLatin1String(section);
}

} // namespace

// The rows the BG9x and the EC200U share (their notes say the same words),
// each with the section of the model's own note; an empty section: that
// note was not read there, and the row is left out.
QList<Difference> lteSocketDifferences(const LteSections &s)
{
    QList<Difference> rows {
        {Kind::Limits, QStringLiteral("<connectID> 0-11"), s.open,
         [](ModuleProfile::Description &d) { d.limits.socketCount = 12; }},
        {Kind::Limits, QStringLiteral("<contextID> 1-%1, activated by AT+QICSGP and AT+QIACT").arg(s.lastContext), s.open,
         [last = s.lastContext](ModuleProfile::Description &d) { d.limits.firstContext = 1; d.limits.lastContext = last; }},
        {Kind::Limits, QStringLiteral("AT+QIRD <read_length> up to 1500"), s.readLength,
         [](ModuleProfile::Description &d) { d.limits.maxReadLength = 1500; }},
        {Kind::Limits, QStringLiteral("AT+QISEND <send_length> up to 1460"), s.sendLength,
         [](ModuleProfile::Description &d) { d.limits.maxSendLength = 1460; }},
        {Kind::Table, QStringLiteral("+QIOPEN: <connectID>,<err> within 150 s, an address or a name alike"), s.open,
         [](ModuleProfile::Description &d) {
             // "It is suggested to wait for 150 seconds for +QIOPEN: <connectID>,<err> to be outputted."
             CommandSpec &open = commandOf(d, CommandId::Open);
             open.secondPhaseMs = 150000;
             open.secondPhaseNameMs = 0;
         }},
        {Kind::Table, QStringLiteral("AT+QICLOSE answers OK when closed, without CLOSE OK; [,<timeout>] 0-65535 s, default 10"),
         s.close,
         [](ModuleProfile::Description &d) {
             CommandSpec &close = commandOf(d, CommandId::Close);
             close.secondPhase = SecondPhase::None;
             close.writeSignatures[0].parameters << ParameterSpec {"timeout", ParameterSpec::Type::Integer, 0, 65535, true, false, {}, 10};
             // "at most 10 seconds (default value, can be configured by <timeout>) to return OK or ERROR"
             close.timeoutMs = 10000 + CommandSpec::QuickAnswerMs;
         }},
        {Kind::Table, QStringLiteral("AT+QISEND has the prompt forms only (no inline data); "
                                     "AT+QISEND=<connectID>,0 asks what was sent (+QISEND: <total>,<acked>,<unacked>); "
                                     "after the data the answer is SEND OK, SEND FAIL or ERROR alone, without OK"),
         s.send,
         [source = s.send, length = s.sendLength](ModuleProfile::Description &d) {
             CommandSpec &send = commandOf(d, CommandId::Send);
             // Its refusals cite where the forms and the length's range are written.
             send.citedAs = length.isEmpty() || length == source ? source : source + QStringLiteral("; ") + length;
             send.secondPhaseAnswer = SecondPhaseAnswer::Alone; // "> ", the data, then "SEND OK"
             send.writeSignatures.removeFirst(); // <connectID>,<send_length>,<data>
             send.writeSignatures.last().parameters[1].min = 0; // <send_length> 0: the query
             send.crossCheck = nullptr;
         }},
        {Kind::Table, QStringLiteral("AT+QIRD=<connectID>[,<read_length>]: 0 asks the lengths (+QIRD: <total>,<read>,<unread>)"),
         s.read,
         [](ModuleProfile::Description &d) {
             ParameterSpec &length = commandOf(d, CommandId::Read).writeSignatures[0].parameters[1];
             length.min = 0;
             length.optional = true;
             d.answers.readLengthsQuery = true;
         }},
        {Kind::Table, QStringLiteral("+QISTATE has 10 fields: <access_mode> is the 9th, after <serverID>"), s.state,
         [source = s.state](ModuleProfile::Description &d) {
             commandOf(d, CommandId::State).answerChanges = {{at::SettingChange::Setting::AccessMode, 8, 0}};
             setAnswerShape(d, {"QISTATE", {}, {10}, {}, source});
         }},
        {Kind::Table, QStringLiteral("A context is set up by AT+QICSGP and activated by AT+QIACT (AT+QIDEACT takes it down) "
                                     "before a socket, a ping or a lookup can use it"),
         s.contexts,
         [](ModuleProfile::Description &d) {
             addContextCommands(d);
             d.answers.activatesContexts = true;
         }},
        {Kind::Table, QStringLiteral("AT+QIDNSCFG=<contextID>[,<pridnsaddr>[,<secdnsaddr>]] sets a context's DNS servers; "
                                     "<contextID> alone asks them: +QIDNSCFG: <contextID>,<pridnsaddr>,<secdnsaddr> (no read form)"),
         s.dns,
         [source = s.dns](ModuleProfile::Description &d) { dnsServersPerContext(d, source); }},
        {Kind::Table, QStringLiteral("AT+QISENDEX=<connectID>,\"<hex_string>\": the data on the line, at most 512 hex digits"),
         s.sendHex,
         [source = s.sendHex](ModuleProfile::Description &d) {
             useHexStringSend(d);
             commandOf(d, CommandId::SendHex).citedAs = source;
         }},
        {Kind::Table, QStringLiteral("AT+QISEND=<connectID>,<send_length>,<remoteIP>,<remote_port> sends on a UDP SERVICE"),
         s.send,
         [](ModuleProfile::Description &d) { addUdpServiceSend(d); }},
        {Kind::Table, QStringLiteral("AT+QNTP=<contextID>,<server>[,<port>[,<autosettime>]] answers +QNTP: <err>,<time> (no AT+QNTTP)"),
         s.ntp,
         [](ModuleProfile::Description &d) {
             CommandSpec &ntp = commandOf(d, CommandId::Ntp);
             ntp.name = "+QNTP";
             ntp.ownedPrefixes = {"QNTP"};
         }},
        {Kind::Table, QStringLiteral("AT+QPING=<contextID>,<host>[,<timeout>[,<pingnum>]]: no <ping_size>; "
                                     "the summary's <finresult> is 0 when it went well (2 on the BC25); "
                                     "a request that timed out prints +QPING: 569 alone and the next requests follow; "
                                     "each echo's <IP_address> in quotes (String type)"), s.ping,
         [](ModuleProfile::Description &d) {
             removeParameter(commandOf(d, CommandId::Ping), "ping_size");
             d.ping.size = 0;
             d.ping.successCode = 0; // <finresult> "0 It is finished normally"
             // <result> "Others: error code": 569, "Operation timeout", is one request's
             d.ping.echoCodes = {0, 569};
             // <IP_address> "String type": each echo's address in quotes
             d.ping.quotesAddress = true;
         }},
        // The BC25's 5 is its own Table 2's (PING_PDP_ACT_FAIL); these notes
        // list only the TCP/IP error codes, where 561 is the context's failure.
        {Kind::Table, QStringLiteral("+QPING: 561 alone when the context is not active (the BC25 prints 5)"),
         s.ping.isEmpty() ? QString()
                          : s.ping + QStringLiteral(" (<finresult> \"Others: error code\", the note's error codes: 561 \"PDP context "
                                                    "opening failed\"); a real Quectel RM510Q-GL log, github.com/pchat-imm/"
                                                    "quectel_rm510q_gl: AT+QPING=1,\"8.8.8.8\" / OK / +QPING: 561"),
         [](ModuleProfile::Description &d) { d.ping.noContextResult = 561; }},
        {Kind::Table, QStringLiteral("+QIRD: <read_actual_length> (no remaining length); UDP SERVICE: +QIRD: <length>,<remoteIP>,<remote_port>, then the data; "
                                     "a direct push to a UDP SERVICE adds <remoteIP>,<remote_port> after the length; no \"buff full\" URC"),
         s.payload,
         [source = s.payload](ModuleProfile::Description &d) {
             d.answers.udpServiceNamesPeer = true;
             // The URCs the note lists (closed, recv, incoming full, incoming,
             // pdpdeact) have no "buff full": the BC25's "recv",<id>,"buff full" stays a drift.
             d.answers.reportsBufferFull = false;
             d.payloadGrammar.announcements = {
                 {"+QIRD:", {}, {Field::Length, Field::Address, Field::Port}, false},
                 {"+QIRD:", {}, {Field::Length}, false},
                 {"+QIURC:", "\"recv\"", {Field::Type, Field::ConnectId, Field::Length, Field::Address, Field::Port}, false},
                 {"+QIURC:", "\"recv\"", {Field::Type, Field::ConnectId, Field::Length}, true},
             };
             // +QIRD: <length> or the lengths query's <total>,<read>,<unread> or the UDP read;
             // in buffer access "recv",<connectID> alone (a model that adds a length says so).
             setAnswerShape(d, {"QIRD", {}, {1, 3}, {}, source});
             setAnswerShape(d, {"QIURC", "recv", {2, 3, 5}, {2}, source});
         }},
        {Kind::Table, QStringLiteral("+QIURC: \"pdpdeact\",<contextID> when the network deactivates a context"), s.pdpDeactivated,
         [](ModuleProfile::Description &d) { d.urcTypes.append("pdpdeact"); }},
    };
    rows.removeIf([](const Difference &row) { return row.source.isEmpty(); });
    return rows;
}

void citeLteSections(ModuleProfile::Description &d, const LteSections &s)
{
    citeSections(d, {{CommandId::ContextProfile, s.contextProfile},
                     {CommandId::ContextActivate, s.contextActivate},
                     {CommandId::ContextDeactivate, s.contextDeactivate},
                     {CommandId::SwitchMode, s.switchMode},
                     {CommandId::DnsLookup, s.dnsLookup},
                     {CommandId::Config, s.config},
                     {CommandId::LastError, s.lastError}});
}

LteSections bg96Sections()
{
    LteSections s;
    s.lastContext = 16;
    s.open = note("2.2.4");
    s.close = note("2.2.5");
    s.state = note("2.2.6");
    s.send = note("2.2.7");
    s.read = note("2.2.8");
    s.readLength = note("2.2.8");
    s.ping = note("2.2.11");
    s.ntp = note("2.2.12");
    s.payload = note("2.2.8, 2.3.2");
    s.contexts = note("2.2.12 (\"the host should activate the context … via AT+QIACT first\")");
    s.sendHex = note("2.2.9");
    // The note's parameter page of 2.2.7 was not read; a driver that hard-codes the limit:
    s.sendLength = QStringLiteral("TinyGSM's BG96 driver, github.com/vshymanskyy/TinyGSM src/TinyGsmClientBG96.h: "
                                  "TINY_GSM_SEND_MAX_SIZE 1460, \"QISEND and QSSLSEND both accept up to 1460 bytes of input\" "
                                  "(the BG95 note's 2.3.7 alike: <send_length> 0-1460)");
    s.pdpDeactivated = PdpDeactivatedLog;
    s.dns = QStringLiteral("../shared/FAMILY.md \"DNS servers\" (AT+QIDNSCFG=<cid>,\"<pri>\",\"<sec>\"); a real LTE log: AT+QIDNSCFG=1 / +QIDNSCFG: 1,\"100.121.11.10\",\"100.122.11.10\"; a driver: AT+QIACT? then AT+QIDNSCFG=1 → +QIDNSCFG: 1,\"123.66.165.1\",\"123.66.165.2\" (the BG9x notes' section not read)");
    return s;
}

QString pdpDeactivatedAsTheBg96()
{
    return QStringLiteral("as the BG96 (%1)").arg(PdpDeactivatedLog);
}

ModuleProfile::Description bg96Description()
{
    QList<Difference> rows = lteSocketDifferences(bg96Sections());
    // ATI of a real module (a Dragino BG96 shield); AT+CGMR's and AT+QGMR's
    // answers were not found: ATI's revision line stands in for AT+CGMR, and
    // AT+QGMR is not asked.
    rows.append(identity({.ati = {QStringLiteral("Quectel"), QStringLiteral("BG96"), QStringLiteral("Revision: BG96MAR02A07M1G")},
                          .revision = QStringLiteral("Revision: BG96MAR02A07M1G"),
                          .names = {QStringLiteral("BG96")},
                          .revisionPrefixes = {QStringLiteral("BG96")},
                          .source = QStringLiteral("ATI in a real log, github.com/vshymanskyy/TinyGSM/issues/157; "
                                                   "AT+CGMR not found: ATI's revision line")}));
    ModuleProfile::Description d = describeModel("bg96", QStringLiteral("BG96"), AppNote, rows);
    citeLteSections(d, bg96Sections());
    return d;
}

} // namespace bc25::profile
