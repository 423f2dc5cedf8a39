// SPDX-License-Identifier: MIT
#include "parsersettingstracker.h"

#include "at/atparser.h"
#include "commandcatalog.h"

namespace bc25 {

void ParserSettingsTracker::observeCommand(QByteArrayView commandLine)
{
    const ParsedCommand command = CommandCatalog::parse(commandLine);
    if (!command.spec || command.form != CommandForm::Write)
        return;
    const QList<at::Field> &args = command.arguments;
    if (command.name == "+QICFG") {
        applyConfig(args);
    } else if (command.name == "+QIOPEN" && args.size() >= 2) {
        // manual 2.1.1: <access_mode> defaults to buffer access mode
        m_parser->setDirectPush(int(args.at(1).toInteger()), args.value(6).toInteger(0) == 1);
    } else if (command.name == "+QISWTMD" && args.size() == 2) {
        m_parser->setDirectPush(int(args.at(0).toInteger()), args.at(1).toInteger() == 1);
    }
}

void ParserSettingsTracker::observeLine(const at::ResultLine &line)
{
    if (line.name == "QICFG") {
        applyConfig(line.fields);
    } else if (line.name == "QISTATE" && line.fieldCount() >= 8) {
        // +QISTATE: <connectID>,...,<contextID>,<access_mode>; BG96 appends more fields
        m_parser->setDirectPush(int(line.integer(0)), line.integer(7) == 1);
    } else if (line.name == "QIURC" && line.field(0).text == "incoming" && line.fieldCount() >= 2) {
        // manual 2.2.5: an accepted connection starts in buffer access mode
        m_parser->setDirectPush(int(line.integer(1)), false);
    }
}

void ParserSettingsTracker::applyConfig(const QList<at::Field> &fields)
{
    const QByteArray key = fields.value(0).text;
    if (key == "viewmode" && fields.size() >= 2)
        m_parser->setViewMode(fields.at(1).toInteger() == 1);
    else if (key == "showlength" && fields.size() >= 2)
        m_parser->setShowLength(fields.at(1).toInteger() == 1);
    else if (key == "dataformat" && fields.size() >= 3)
        m_parser->setRecvHex(fields.at(2).toInteger() == 1);
}

} // namespace bc25
