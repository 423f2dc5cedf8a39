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
    const QList<QByteArray> &ntp = CommandCatalog::spec(CommandId::Ntp).ownedPrefixes; // +QNTTP, or +QNTP
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
                            .arg(urc.serverId).arg(urc.remoteAddress).arg(urc.remotePort).arg(urc.connectId);
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
                                                     .arg(reply->address).arg(reply->bytes).arg(reply->timeMs).arg(reply->ttl)
                                           : tr("Request timed out.");
        } else if (const auto summary = PingSummary::parse(line)) {
            d.meaning = summary->result == 2
                    ? tr("Ping done: %1 sent, %2 received, %3 lost; min %4 ms, avg %5 ms, max %6 ms.")
                              .arg(summary->sent).arg(summary->received).arg(summary->lost)
                              .arg(summary->minMs).arg(summary->avgMs).arg(summary->maxMs)
                    : tr("Ping failed: %1").arg(ErrorCodes::pingResultText(summary->result));
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
