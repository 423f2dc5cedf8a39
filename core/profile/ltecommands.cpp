// SPDX-License-Identifier: MIT
// The commands and forms the LTE modules (BG95, BG96, EC200U) have beside the
// BC25's: context set-up (AT+QICSGP, AT+QIACT, AT+QIDEACT), AT+QISENDEX with
// its hex string alone, and the UDP SERVICE send. Their words are the EC200U
// note's (EC200U&EG915U Series TCP/IP Application Note V1.1, 2.4.2, 2.4.3,
// 2.4.10, 2.4.12), which the BG9x notes and logs repeat.
#include "commandtable.h"
#include "modeltable.h"

#include <algorithm>

namespace bc25::profile {

namespace {

using catalog::integer; // the BC25 table's builders (commandtable.h)
using catalog::text;

CommandSpec contextCommand(const ModuleProfile::Description &d, CommandId id, const char *name, const char *title,
                           const char *section, CommandForms forms, QList<ParameterSpec> parameters, int timeoutMs)
{
    CommandSpec spec;
    spec.id = id;
    spec.name = name;
    spec.title = title;
    spec.section = section;
    spec.document = ec200uNote(); // whose words and sections these are
    spec.forms = forms;
    spec.writeSignatures = {{std::move(parameters)}};
    spec.ownedPrefixes = {spec.name.mid(1)};
    spec.timeoutMs = timeoutMs;
    return spec;
}

} // namespace

QString ec200uNote()
{
    return QStringLiteral("Quectel EC200U&EG915U Series TCP/IP Application Note V1.1");
}

void addContextCommands(ModuleProfile::Description &d)
{
    const ParameterSpec contextId = integer("contextID", d.limits.firstContext, d.limits.lastContext);
    const auto T = CommandForm::Test;
    const auto R = CommandForm::Read;
    const auto W = CommandForm::Write;
    // 2.4.2: AT+QICSGP=<contextID>[,<context_type>,"<APN>"[,"<username>","<password>"[,<authentication>]]];
    // AT+QICSGP=<contextID> alone asks the context's settings. The examples:
    // AT+QICSGP=1,1,"UNINET","","",1 (the note), AT+QICSGP=1,1,"Internet","","",0 (a BG95 log);
    // +QIACT: 1,1,3,… (an EC200U log) shows <context_type> 3, IPv4v6.
    d.commands.append(contextCommand(d, CommandId::ContextProfile, "+QICSGP",
                                     QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Configure Parameters of a TCP/IP Context"),
                                     "2.4.2", T | W,
                                     {contextId, integer("context_type", 1, 3, true), text("APN", 0, 99, true),
                                      text("username", 0, 127, true), text("password", 0, 127, true),
                                      integer("authentication", 0, 3, true)},
                                     CommandSpec::QuickAnswerMs));
    // 2.4.3: "Reboot the module if the module has not got response of AT+QIACT in 150s … AT+QIDEACT in 40s."
    d.commands.append(contextCommand(d, CommandId::ContextActivate, "+QIACT",
                                     QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Activate a PDP Context"), "2.4.3",
                                     T | R | W, {contextId}, 150000));
    d.commands.append(contextCommand(d, CommandId::ContextDeactivate, "+QIDEACT",
                                     QT_TRANSLATE_NOOP("bc25::CommandCatalog", "Deactivate a PDP Context"), "2.4.4",
                                     T | W, {contextId}, 40000));
}

void useHexStringSend(ModuleProfile::Description &d)
{
    // AT+QISENDEX=<connectID>,"<hex_string>" answers SEND OK: "The maximum
    // length is 512 bytes" (of the hex string; no prompt, no length).
    CommandSpec &sendHex = commandOf(d, CommandId::SendHex);
    ParameterSpec hex {"hex_string", ParameterSpec::Type::Hex, 2, 512, false, true, {}, -1};
    sendHex.writeSignatures = {{{integer("connectID", 0, d.limits.socketCount - 1), hex}, {}, true}};
    sendHex.sendsData = true;
    sendHex.crossCheck = nullptr;
    sendHex.secondPhaseAnswer = SecondPhaseAnswer::Alone; // SEND OK alone, no OK before it
}

void lengthInBufferAccess(ModuleProfile::Description &d, const QString &source)
{
    using Field = at::PayloadAnnouncement::Field;
    for (at::PayloadAnnouncement &shape : d.payloadGrammar.announcements) {
        if (shape.fields == QList<Field> {Field::Type, Field::ConnectId, Field::Length})
            shape.lengthInBufferAccess = true;
    }
    // The same URC's field counts: the BG96's "recv",<connectID> in buffer
    // access, and now "recv",<connectID>,<length> too.
    for (AnswerShape &shape : d.answerShapes) {
        if (shape.name == CommandCatalog::resultName(ResultId::Urc) && shape.type == "recv") {
            if (!shape.bufferAccessCounts.contains(3))
                shape.bufferAccessCounts.append(3);
            std::sort(shape.bufferAccessCounts.begin(), shape.bufferAccessCounts.end());
            shape.source = source;
        }
    }
}

void lengthWithRecvIndication(ModuleProfile::Description &d, const QString &source)
{
    using Field = at::PayloadAnnouncement::Field;
    // AT+QICFG="recvind"[,<show_length>]: 0 by default, "the configuration
    // will not be saved"; without the value it asks ([+QICFG: "recvind",<show_length>]).
    CommandSpec &config = commandOf(d, CommandId::Config);
    const ParameterSpec key {"type", ParameterSpec::Type::String, 0, 0, false, true, {"recvind"}, -1};
    Signature recvind {{key, integer("show_length", 0, 1, true)}};
    recvind.changes = {{at::SettingChange::Setting::RecvIndication, 1}};
    config.writeSignatures.append(recvind);
    config.testAnswer.append(R"(+QICFG: "recvind",(0,1))");
    for (at::PayloadAnnouncement &shape : d.payloadGrammar.announcements) {
        if (shape.fields == QList<Field> {Field::Type, Field::ConnectId, Field::Length})
            shape.lengthWithRecvIndication = true;
    }
    // Without the setting the buffer access URC is "recv",<connectID> alone
    // (2.5.2): a length there is drift, and the line is read as the push it
    // looks like. With it, the length may come.
    for (AnswerShape &shape : d.answerShapes) {
        if (shape.name == CommandCatalog::resultName(ResultId::Urc) && shape.type == "recv") {
            shape.recvIndicationCounts = shape.bufferAccessCounts;
            if (!shape.recvIndicationCounts.contains(3))
                shape.recvIndicationCounts.append(3);
            std::sort(shape.recvIndicationCounts.begin(), shape.recvIndicationCounts.end());
            shape.source = source;
        }
    }
}

void dnsServersPerContext(ModuleProfile::Description &d, const QString &source)
{
    // EC200U note 2.4.16: AT+QIDNSCFG=<contextID>[,<pridnsaddr>[,<secdnsaddr>]]; "If the
    // optional parameters are omitted, query the current DNS server addresses of a specified
    // PDP context: +QIDNSCFG: <contextID>,<pridnsaddr>,<secdnsaddr>". Test and write forms only.
    CommandSpec &dns = commandOf(d, CommandId::DnsServers);
    const ParameterSpec contextId = integer("contextID", d.limits.firstContext, d.limits.lastContext);
    auto address = [](const char *name, bool optional) {
        return ParameterSpec {name, ParameterSpec::Type::IpAddress, 0, 0, optional, true, {}, -1};
    };
    dns.forms = CommandForm::Test | CommandForm::Write;
    dns.writeSignatures = {{{contextId, address("pridnsaddr", false), address("secdnsaddr", true)}}, {{contextId}}};
    setAnswerShape(d, {"QIDNSCFG", {}, {3}, {}, source});
}

void addUdpServiceSend(ModuleProfile::Description &d)
{
    // AT+QISEND=<connectID>,<send_length>,<remoteIP>,<remote_port>: a UDP
    // SERVICE names where each datagram goes; the data follows the prompt.
    CommandSpec &send = commandOf(d, CommandId::Send);
    send.writeSignatures.append({{integer("connectID", 0, d.limits.socketCount - 1),
                                  integer("send_length", 1, d.limits.maxSendLength),
                                  ParameterSpec {"remoteIP", ParameterSpec::Type::IpAddress, 0, 0, false, true, {}, -1},
                                  integer("remote_port", 1, 65535)}});
}

} // namespace bc25::profile
