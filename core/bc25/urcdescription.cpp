// SPDX-License-Identifier: MIT
#include "urcdescription.h"

#include "commandcatalog.h"
#include "errorcodes.h"
#include "responses.h"

namespace bc25 {

namespace {

// The result names describe() tells apart, looked up in the catalog once.
struct ResultNames
{
    const QByteArray &open = CommandCatalog::resultName(CommandId::Open);
    const QByteArray &ping = CommandCatalog::resultName(CommandId::Ping);
    const QList<QByteArray> &ntp = CommandCatalog::resultNames(CommandId::Ntp); // +QNTTP, or +QNTP
    const QByteArray &registration = CommandCatalog::resultName(CommandId::Registration);
    const QByteArray &ready = CommandCatalog::resultName(ResultId::Ready);
    const QByteArray &poweredDown = CommandCatalog::resultName(ResultId::PoweredDown);
    const QByteArray &sendOk = CommandCatalog::resultName(ResultId::SendOk);
    const QByteArray &sendFail = CommandCatalog::resultName(ResultId::SendFail);
    const QByteArray &closeOk = CommandCatalog::resultName(ResultId::CloseOk);
};

const ResultNames &resultNames()
{
    static const ResultNames names;
    return names;
}

} // namespace

QList<UrcDescription::Reference> UrcDescription::reference()
{
    struct Entry
    {
        const char *syntax;
        const char *example;
        const char *section;
        const char *meaning;
    };
    // Manual 2.2 and the second phases of chapter 2.1 that come as lines of
    // their own; "pdpdeact" is Quectel's (the BC25 manual does not list it).
    static constexpr Entry Entries[] = {
        {"+QIURC: \"closed\",<connectID>", "+QIURC: \"closed\",0", "2.2.1",
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "The remote side or the network closed the socket; the host must close it with AT+QICLOSE.")},
        {"+QIURC: \"recv\",<connectID>[,<current_recv_length>]", "+QIURC: \"recv\",0,5", "2.2.2",
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "Data arrived (buffer access mode): read it with AT+QIRD; no new notice until the buffer is empty.")},
        {"+QIURC: \"recv\",<connectID>,<current_recv_length><CR><LF><data>", "+QIURC: \"recv\",1,4", "2.2.2",
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "Data arrived (direct push mode): the data follows the line.")},
        {"+QIURC: \"recv\",<connectID>,\"buff full\"", "+QIURC: \"recv\",0,\"buff full\"", "2.2.3",
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "The receive buffer is full: read it with AT+QIRD.")},
        {"+QIURC: \"incoming full\"", "+QIURC: \"incoming full\"", "2.2.4",
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "An incoming connection was refused: no socket is free.")},
        {"+QIURC: \"incoming\",<connectID>,<serverID>,<remoteIP>,<remote_port>",
         "+QIURC: \"incoming\",2,1,\"192.0.2.7\",5000", "2.2.5",
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "A \"TCP LISTENER\" accepted a client; the new socket is \"TCP INCOMING\" in buffer access mode.")},
        {"+QIURC: \"pdpdeact\",<contextID>", "+QIURC: \"pdpdeact\",1", QT_TRANSLATE_NOOP("bc25::UrcDescription", "2.2 (the form; this type is not listed)"),
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "The network deactivated the PDP context: its sockets are closed.")},
        {"+QIURC: \"dnsgip\",<err>,<IP_count>,<DNS_ttl>", "+QIURC: \"dnsgip\",0,1,600", "2.1.10",
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "The result of AT+QIDNSGIP: an error code, or how many addresses follow.")},
        {"+QIURC: \"dnsgip\",<hostIPAddr>", "+QIURC: \"dnsgip\",\"192.0.2.7\"", "2.1.10",
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "One address AT+QIDNSGIP found.")},
        {"+QIOPEN: <connectID>,<err>", "+QIOPEN: 0,566", "2.1.1",
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "The end of AT+QIOPEN: 0 is open, any other code says why not (wait up to 36 s, 176 s with a domain name).")},
        {"+QPING: <result>[,<IP_address>,<bytes>,<time>,<ttl>]", "+QPING: 0,220.18.29.21,32,192,255", "2.1.8",
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "One echo of AT+QPING, or a timeout.")},
        {"+QPING: <finresult>[,<sent>,<rcvd>,<lost>,<min>,<max>,<avg>]", "+QPING: 2,4,4,0,192,479,287", "2.1.8",
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "The summary that ends AT+QPING.")},
        {"+QNTTP: <err>,<time>", "+QNTTP: 0,\"18/04/20,11:08:20+32\"", "2.1.9",
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "The end of AT+QNTTP: the network time, or why it failed.")},
        {"SEND OK", "SEND OK", "2.1.4",
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "The data reached the module's protocol stack.")},
        {"SEND FAIL", "SEND FAIL", "2.1.4",
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "Sending failed: the send buffer is full or the connection is broken.")},
        {"CLOSE OK", "CLOSE OK", "2.1.2",
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "The socket is closed.")},
        {"RDY", "RDY", QT_TRANSLATE_NOOP("bc25::UrcDescription", "not in this manual (the module's start)"),
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "The module has started (or restarted); every socket is closed.")},
        {"POWERED DOWN", "POWERED DOWN", QT_TRANSLATE_NOOP("bc25::UrcDescription", "not in this manual (the module's stop)"),
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "The module has powered down.")},
        {"+CEREG: <stat>[,...]", "+CEREG: 1", "27.007 10.1.22",
         QT_TRANSLATE_NOOP("bc25::UrcDescription", "Network registration changed (after AT+CEREG=1 or more).")},
    };
    QList<Reference> entries;
    for (const Entry &entry : Entries)
        entries << Reference {QString::fromLatin1(entry.syntax), QByteArray(entry.example),
                              tr(entry.section), tr(entry.meaning)}; // a number is itself in every language
    return entries;
}

UrcDescription UrcDescription::describe(const at::ResultLine &line)
{
    if (const auto urc = Urc::parse(line))
        return describeUrc(*urc, line);
    return describeResult(line);
}

UrcDescription UrcDescription::describeUrc(const Urc &urc, const at::ResultLine &line)
{
    UrcDescription d;
    d.type = QString::fromLatin1(line.field(0).text);
    d.connectId = urc.connectId;
    switch (urc.type) {
    case Urc::Type::Recv:
        d.meaning = urc.length >= 0 ? tr("Socket %1 received %n byte(s).", nullptr, urc.length).arg(urc.connectId)
                                     : tr("Socket %1 received data.").arg(urc.connectId);
        break;
    case Urc::Type::BufferFull:
        d.meaning = tr("Socket %1: the receive buffer is full; read it with AT+QIRD.").arg(urc.connectId);
        break;
    case Urc::Type::Closed:
        d.meaning = tr("Socket %1 was closed by the remote side or the network; close it with AT+QICLOSE.").arg(urc.connectId);
        break;
    case Urc::Type::Incoming:
        d.meaning = tr("Listener %1 accepted %2:%3 as socket %4.")
                            .arg(QString::number(urc.serverId), urc.remoteAddress, QString::number(urc.remotePort), QString::number(urc.connectId));
        break;
    case Urc::Type::IncomingFull:
        d.meaning = tr("An incoming connection was refused: no socket is free.");
        break;
    case Urc::Type::DnsGip:
        d.meaning = line.field(1).isInteger()
                ? (CommandCatalog::errorCode(line) == 0 ? tr("DNS lookup found %n address(es).", nullptr, int(line.integer(2, 0)))
                                                        : tr("DNS lookup failed: %1").arg(ErrorCodes::describe(CommandCatalog::errorCode(line))))
                : tr("DNS address %1").arg(QString::fromLatin1(line.field(1).text));
        break;
    case Urc::Type::PdpDeactivated:
        d.meaning = tr("PDP context %1 was deactivated; its sockets are closed.").arg(urc.contextId);
        break;
    case Urc::Type::Other:
        d.meaning = tr("Unknown +QIURC type.");
        break;
    }
    return d;
}

UrcDescription UrcDescription::describeResult(const at::ResultLine &line)
{
    UrcDescription d;
    d.type = QString::fromLatin1(line.name);
    const ResultNames &names = resultNames();
    if (line.name == names.open) {
        d.connectId = int(line.integer(0));
        const int error = CommandCatalog::errorCode(line);
        d.meaning = error == 0 ? tr("Socket %1 is open.").arg(d.connectId)
                               : tr("Socket %1 could not be opened: %2").arg(d.connectId).arg(ErrorCodes::describe(error));
    } else if (line.name == names.ping) {
        if (const auto reply = PingReply::parse(line)) {
            d.meaning = reply->result == 0 ? tr("Reply from %1: %2 bytes in %3 ms, TTL %4.")
                                                     .arg(reply->address, QString::number(reply->bytes), QString::number(reply->timeMs), QString::number(reply->ttl))
                                           : tr("Request timed out.");
        } else if (const auto summary = PingSummary::parse(line)) {
            // The summary's <finresult> when it went well: 2 on a BC25 (manual
            // 2.1.8, Table 2), 0 on the BG96 and BC660K ("It is finished
            // normally"); a summary line starting 0 is only theirs (PingSummary).
            if (summary->result != 2 && summary->result != 0)
                d.meaning = tr("Ping failed: %1").arg(ErrorCodes::pingResultText(summary->result));
            else if (summary->received <= 0) // the module prints 0 ms for times it never measured
                d.meaning = tr("Ping done: %1 sent, %2 received, %3 lost; min —, avg —, max — (no reply).")
                                    .arg(summary->sent).arg(summary->received).arg(summary->lost);
            else
                d.meaning = tr("Ping done: %1 sent, %2 received, %3 lost; min %4 ms, avg %5 ms, max %6 ms.")
                                    .arg(summary->sent).arg(summary->received).arg(summary->lost)
                                    .arg(summary->minMs).arg(summary->avgMs).arg(summary->maxMs);
        }
    } else if (names.ntp.contains(line.name)) {
        if (const auto ntp = NtpTime::parse(line))
            d.meaning = ntp->error == 0 ? tr("Network time: %1").arg(ntp->text)
                                        : tr("Time synchronisation failed: %1").arg(ErrorCodes::describe(ntp->error));
    } else if (line.name == names.ready) {
        d.meaning = tr("The module has started (or restarted); every socket is closed.");
    } else if (line.name == names.poweredDown) {
        d.meaning = tr("The module has powered down.");
    } else if (line.name == names.sendOk) {
        d.meaning = tr("The data reached the module's protocol stack.");
    } else if (line.name == names.sendFail) {
        d.meaning = tr("Sending failed: the send buffer is full or the connection is broken.");
    } else if (line.name == names.closeOk) {
        d.meaning = tr("The socket is closed.");
    } else if (line.name == names.registration) {
        d.meaning = tr("Network registration changed: %1").arg(QString::fromLatin1(line.text));
    }
    return d;
}

} // namespace bc25
