// SPDX-License-Identifier: MIT
#include "equipmenthandler.h"

#include "ntphandler.h"
#include "sim/radiosignal.h"
#include "profile/moduleprofile.h"
#include "sim/virtualmodule.h"

#include <QDateTime>

namespace bc25::sim {

namespace {

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

} // namespace

bool EquipmentHandler::handle(const ParsedCommand &command)
{
    const SimConfig &config = m_module->config();
    const bool on = m_module->packetDomain().functionality() == 1;
    switch (command.spec->id) {
    case CommandId::VerboseResults:
        // V.250 6.2.6: in force at once, this command's own result code included.
        m_module->setVerboseResults(command.arguments.value(0).toInteger(0) == 1);
        m_module->reply();
        break;
    case CommandId::FactoryDefaults:
        m_module->restoreFactoryProfile();
        m_module->reply();
        break;
    case CommandId::ErrorReporting:
        if (command.form == CommandForm::Read) {
            m_module->reply({"+CMEE: " + number(m_module->cmeeMode())});
        } else {
            m_module->setCmeeMode(int(command.arguments.at(0).toInteger()));
            m_module->reply();
        }
        break;
    case CommandId::Clock:
        // 27.007 8.15: "yy/MM/dd,hh:mm:ss±zz", the same text as +QNTTP's <time>
        m_module->reply({"+CCLK: \"" + NtpHandler::moduleTime(QDateTime::currentDateTimeUtc()) + '"'});
        break;
    case CommandId::SerialNumber:
        serialNumber(command);
        break;
    case CommandId::Imsi:
        m_module->reply({config.imsi.toLatin1()});
        break;
    case CommandId::Iccid:
        m_module->reply({"+QCCID: " + config.iccid.toLatin1()});
        break;
    case CommandId::Pin:
        m_module->reply({"+CPIN: READY"});
        break;
    case CommandId::ExtendedSignalQuality:
        // 27.007 8.69: the same radio as AT+CSQ's; nothing measured with the radio off
        m_module->reply({RadioSignal(on ? config.rssi : RadioSignal::Unknown).cesqLine()});
        break;
    case CommandId::PdpContexts: {
        // The model's default bearer: context 1, 0 on the BC660K (a real log: +CGDCONT: 0,"IP","test.apn","10.0.0.7").
        const int cid = m_module->profile().defaultContext();
        const QByteArray address = m_module->packetDomain().hasDataPath(cid) ? config.pdpAddress.toLatin1() : QByteArray();
        m_module->reply({"+CGDCONT: " + QByteArray::number(cid) + ",\"IP\",\"" + config.apn.toLatin1() + "\",\"" + address + "\",0,0"});
        break;
    }
    default:
        return false;
    }
    return true;
}

// 27.007 5.4: <snt> 0 (or none) the serial number, 1 the IMEI, 2 the IMEISV, 3 the SVN.
void EquipmentHandler::serialNumber(const ParsedCommand &command)
{
    const SimConfig &config = m_module->config();
    const QByteArray imei = config.imei.toLatin1();
    switch (command.arguments.value(0).toInteger(0)) {
    case 1:
        m_module->reply({"+CGSN: " + imei});
        break;
    case 2:
        m_module->reply({"+CGSN: " + imei.left(14) + config.softwareVersion.toLatin1()});
        break;
    case 3:
        m_module->reply({"+CGSN: " + config.softwareVersion.toLatin1()});
        break;
    default:
        m_module->reply({imei});
        break;
    }
}

} // namespace bc25::sim
