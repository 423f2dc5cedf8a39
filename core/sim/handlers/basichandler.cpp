// SPDX-License-Identifier: MIT
#include "basichandler.h"

#include "sim/virtualmodule.h"

#include <QTimer>

namespace bc25::sim {

bool BasicHandler::handle(const ParsedCommand &command)
{
    const SimConfig &config = m_module->config();
    const QByteArray &name = command.name;
    const bool read = command.form == CommandForm::Read;
    const bool write = command.form == CommandForm::Write;
    const qint64 first = command.arguments.value(0).toInteger();

    if (name.isEmpty()) {
        m_module->reply();
    } else if (name == "E") {
        m_module->setEcho(command.arguments.isEmpty() ? false : first == 1);
        m_module->reply();
    } else if (name == "I") {
        QByteArrayList lines;
        for (const QString &line : config.identification)
            lines << line.toLatin1();
        m_module->reply(lines);
    } else if (name == "+CGMR") {
        m_module->reply({config.revision.toLatin1()});
    } else if (name == "+CSQ") {
        m_module->reply({"+CSQ: " + QByteArray::number(config.rssi) + ',' + QByteArray::number(config.ber)});
    } else if (name == "+CEREG") {
        if (write) {
            m_ceregMode = int(first);
            m_module->reply();
        } else {
            m_module->reply({"+CEREG: " + QByteArray::number(m_ceregMode) + ',' + QByteArray::number(config.registration)});
        }
    } else if (name == "+CGATT") {
        if (write) {
            m_attached = int(first);
            m_module->reply();
        } else {
            m_module->reply({"+CGATT: " + QByteArray::number(m_attached < 0 ? config.attached : m_attached)});
        }
    } else if (name == "+CGPADDR") {
        m_module->reply({"+CGPADDR: 1," + config.pdpAddress.toLatin1()});
    } else if (name == "+CFUN") {
        if (read) {
            m_module->reply({"+CFUN: " + QByteArray::number(m_functionality)});
        } else {
            m_functionality = int(first);
            m_module->reply();
            if (command.arguments.value(1).toInteger(0) == 1)
                QTimer::singleShot(0, m_module, &VirtualModule::reboot);
        }
    } else if (name == "+CGACT") {
        if (read) {
            m_module->reply({"+CGACT: 1," + QByteArray::number(m_contextActive)});
        } else {
            m_contextActive = int(first);
            m_module->reply();
        }
    } else {
        return false;
    }
    return true;
}

void BasicHandler::reset()
{
    m_ceregMode = 0;
    m_functionality = 1;
    m_attached = -1;
    m_contextActive = 1;
}

} // namespace bc25::sim
