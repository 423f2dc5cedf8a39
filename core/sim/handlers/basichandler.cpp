// SPDX-License-Identifier: MIT
#include "basichandler.h"

#include "bc25/errorcodes.h"
#include "profile/moduleprofile.h"
#include "sim/radiosignal.h"
#include "sim/virtualmodule.h"

#include <QTimer>

namespace bc25::sim {

namespace {

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

} // namespace

bool BasicHandler::handle(const ParsedCommand &command)
{
    switch (command.spec->id) {
    case CommandId::Attention:
        m_module->reply();
        break;
    case CommandId::Echo:
        m_module->setEcho(command.arguments.isEmpty() ? false : command.arguments.at(0).toInteger() == 1);
        m_module->reply();
        break;
    case CommandId::Identify: {
        // One block, as real modules print it: "\r\nQuectel\r\nBG96\r\nRevision: …\r\n\r\nOK\r\n"
        // (a BC660K-GL's and a BG96's in family-facts.md), not a blank line between each.
        // The configuration's words, which are the model's own unless it names others.
        QByteArrayList lines;
        for (const QString &line : m_module->config().identification)
            lines << line.toLatin1();
        m_module->reply({lines.join("\r\n")});
        break;
    }
    case CommandId::Revision:
        m_module->reply({m_module->config().revision.toLatin1()});
        break;
    case CommandId::FirmwareRevision: // only a model whose table has AT+QGMR gets here
        m_module->reply({m_module->profile().identity().firmware.toLatin1()});
        break;
    case CommandId::SignalQuality: {
        // 27.007 8.5: nothing measured (the radio off, or csq=99) is 99 for both fields
        const SimConfig &config = m_module->config();
        const bool known = m_module->packetDomain().functionality() == 1 && RadioSignal(config.rssi).isKnown();
        m_module->reply({"+CSQ: " + (known ? number(config.rssi) + ',' + number(config.ber) : QByteArray("99,99"))});
        break;
    }
    case CommandId::Registration:
        if (command.form == CommandForm::Write) {
            m_ceregMode = int(command.arguments.at(0).toInteger());
            m_module->reply();
        } else {
            // Radio off or detached by the host, the module does not look for a
            // network (0); otherwise the network's answer, also when it refuses.
            const int stat = m_module->packetDomain().seeksService() ? m_module->config().registration : 0;
            QByteArray line = "+CEREG: " + number(m_ceregMode) + ',' + number(stat);
            // 27.007 10.1.22: n>=2 adds <tac>,<ci>,<AcT> (9: E-UTRAN NB-S1), n=3 the
            // EMM reject cause when registration was denied.
            if (m_ceregMode >= 2)
                line += ",\"1A2B\",\"0C3D4E5F\",9";
            const int cause = m_module->config().faults.rejectCause;
            if (m_ceregMode == 3 && stat == 3 && cause >= 0)
                line += ",0," + number(cause);
            m_module->reply({line});
        }
        break;
    default:
        return handlePacketDomain(command);
    }
    return true;
}

// 27.007 8.2, 10.1.9, 10.1.10, 10.1.14. The state changes after OK, so that a
// "pdpdeact" URC it causes comes after the command's answer.
bool BasicHandler::handlePacketDomain(const ParsedCommand &command)
{
    PacketDomain &domain = m_module->packetDomain();
    const bool read = command.form == CommandForm::Read;
    const int first = int(command.arguments.value(0).toInteger());
    switch (command.spec->id) {
    case CommandId::Functionality:
        if (read) {
            m_module->reply({"+CFUN: " + number(domain.functionality())});
            return true;
        }
        m_module->reply();
        domain.setFunctionality(first);
        if (command.arguments.value(1).toInteger(0) == 1)
            QTimer::singleShot(0, m_module, &VirtualModule::reboot);
        break;
    case CommandId::Attach:
        if (read) {
            m_module->reply({"+CGATT: " + number(domain.isAttached())});
        } else if (domain.functionality() == 0) {
            m_module->replyCmeError(ErrorCodes::CmeOperationNotAllowed); // the radio is off (AT+CFUN=0)
        } else {
            m_module->reply();
            domain.setAttached(first == 1);
        }
        break;
    case CommandId::PdpActivate:
        if (read) {
            QByteArrayList lines;
            for (int cid = domain.firstContext(); cid <= domain.lastContext(); ++cid)
                lines << "+CGACT: " + number(cid) + ',' + number(domain.hasDataPath(cid));
            m_module->reply(lines);
        } else if (domain.functionality() == 0) {
            m_module->replyCmeError(ErrorCodes::CmeOperationNotAllowed);
        } else {
            m_module->reply();
            domain.setActive(int(command.arguments.value(1).toInteger(PacketDomain::AllContexts)), first == 1);
        }
        break;
    case CommandId::PdpAddress: {
        // The sim gives the default bearer (the model's first context: 1, 0 on
        // the BC660K) its address; none without a data path.
        const int bearer = m_module->profile().defaultContext();
        const int cid = command.form == CommandForm::Write ? first : bearer;
        QByteArray line = "+CGPADDR: " + number(cid);
        if (cid == bearer && domain.hasDataPath(cid) && !m_module->config().pdpAddress.isEmpty())
            line += ',' + m_module->config().pdpAddress.toLatin1();
        m_module->reply({line});
        break;
    }
    default:
        return false;
    }
    return true;
}

void BasicHandler::reset()
{
    m_ceregMode = 0;
}

} // namespace bc25::sim
