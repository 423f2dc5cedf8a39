// SPDX-License-Identifier: MIT
// Quotes are the EC200U&EG915U Series TCP/IP Application Note V1.1 (2.4.2-2.4.4,
// 3.1) and a BG95 log (../shared/FAMILY.md, family-facts G1).
#include "contexthandler.h"

#include "bc25/errorcodes.h"
#include "sim/virtualmodule.h"

namespace bc25::sim {

namespace {

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

} // namespace

bool ContextHandler::handle(const ParsedCommand &command)
{
    switch (command.spec->id) {
    case CommandId::ContextProfile:
        configure(command);
        return true;
    case CommandId::ContextActivate:
        activate(command);
        return true;
    case CommandId::ContextDeactivate:
        // "AT+QIDEACT … to deactivate the context and reset all connections": after OK.
        m_module->reply();
        m_module->packetDomain().setActive(int(command.arguments.at(0).toInteger()), false);
        return true;
    default:
        return false;
    }
}

void ContextHandler::configure(const ParsedCommand &command)
{
    const QList<at::Field> &args = command.arguments;
    const int contextId = int(args.at(0).toInteger());
    Settings &settings = m_settings[contextId];
    if (args.size() == 1) {
        // AT+QICSGP=<contextID> asks what the context holds.
        m_module->reply({"+QICSGP: " + number(settings.type) + ",\"" + settings.apn + "\",\"" + settings.username + "\",\""
                         + settings.password + "\"," + number(settings.authentication)});
        return;
    }
    // AT+QICSGP=1,1,"UNINET","","",1 → OK
    settings.type = int(args.at(1).toInteger());
    settings.apn = args.value(2).text;
    settings.username = args.value(3).text;
    settings.password = args.value(4).text;
    settings.authentication = int(args.value(5).toInteger(0));
    m_module->reply();
}

void ContextHandler::activate(const ParsedCommand &command)
{
    PacketDomain &domain = m_module->packetDomain();
    if (command.form == CommandForm::Read) {
        // AT+QIACT? → +QIACT: 1,1,1,"10.7.157.1" per active context; OK alone when none.
        QByteArrayList lines;
        for (int cid = domain.firstContext(); cid <= domain.lastContext(); ++cid) {
            if (domain.hasDataPath(cid))
                lines << "+QIACT: " + number(cid) + ",1," + number(m_settings.value(cid).type) + ",\""
                                 + m_module->config().pdpAddress.toLatin1() + '"';
        }
        m_module->reply(lines);
        return;
    }
    // A BG95 log: AT+QIACT=1 before the module is registered → ERROR.
    if (!domain.isAttached()) {
        m_module->replyError(ErrorCodes::OpenPdpContextFailed);
        return;
    }
    m_module->reply();
    domain.setActive(int(command.arguments.at(0).toInteger()), true);
}

} // namespace bc25::sim
