// SPDX-License-Identifier: MIT
#include "catalogrules.h"

#include "commandcatalog.h"
#include "errorcodes.h"

namespace bc25 {

at::AtCommand CatalogRules::commandFor(QByteArrayView commandLine) const
{
    const QByteArray text = commandLine.toByteArray();
    auto cached = m_expectations.constFind(text);
    if (cached == m_expectations.cend()) {
        if (m_expectations.size() >= MaxCachedCommands)
            m_expectations.clear();
        at::AtCommand command = CommandCatalog::expectation(CommandCatalog::parse(commandLine));
        command.text = text;
        cached = m_expectations.insert(text, std::move(command));
    }
    at::AtCommand command = *cached;
    if (command.operation)
        command.operation = command.operation->clone(); // second phases keep state of their own
    return command;
}

QList<at::SettingChange> CatalogRules::statedBy(const at::ResultLine &answer) const
{
    const CommandSpec *spec = CommandCatalog::findByResult(answer.name);
    return spec ? CommandCatalog::statedBy(*spec, answer) : QList<at::SettingChange> {};
}

QList<at::SettingChange> CatalogRules::changedByUrc(const at::ResultLine &urc) const
{
    using Setting = at::SettingChange::Setting;
    // manual 2.2.5: an accepted connection starts in buffer access mode.
    if (urc.name == "QIURC" && urc.field(0).text == "incoming" && urc.field(1).isInteger())
        return {{Setting::AccessMode, int(urc.integer(1)), false}};
    // The module restarted: every socket is gone; QICFG stays (saved to NVRAM, manual 2.1.11 note 2).
    if (urc.name == "RDY")
        return {{Setting::AllBuffer, -1, false}};
    return {};
}

QString CatalogRules::errorText(const at::ResultLine &line) const
{
    switch (line.final) {
    case at::ResultLine::Final::CmeError:
        // After AT+CMEE=2 the module prints the words itself.
        return line.field(0).isInteger() ? ErrorCodes::cmeErrorText(int(line.integer(0)))
                                         : QString::fromUtf8(line.field(0).text);
    case at::ResultLine::Final::CmsError:
        return ErrorCodes::cmsErrorText(line.field(0).isInteger() ? int(line.integer(0)) : -1,
                                        QString::fromUtf8(line.field(0).text));
    case at::ResultLine::Final::Error:
    case at::ResultLine::Final::Ok:
        return {};
    case at::ResultLine::Final::None:
        break;
    }
    if (line.name == "QIOPEN" && line.fieldCount() == 2 && line.integer(1) > 0)
        return ErrorCodes::text(int(line.integer(1)));
    if (line.name == "QIGETERROR" && line.field(0).isInteger() && line.integer(0) > 0)
        return ErrorCodes::text(int(line.integer(0)));
    if ((line.name == "QNTTP" || line.name == "QNTP") && line.integer(0) > 0)
        return ErrorCodes::text(int(line.integer(0)));
    if (line.name == "QPING" && line.field(0).isInteger()) {
        const int result = int(line.integer(0));
        if (result != 0 && result != 2)
            return ErrorCodes::pingResultText(result);
    }
    if (line.name == "QIURC" && line.field(0).text == "dnsgip" && line.field(1).isInteger() && line.integer(1) > 0)
        return ErrorCodes::text(int(line.integer(1)));
    if (line.name == "SEND FAIL")
        return CommandCatalog::tr("SEND FAIL: the send buffer is full or the connection is broken.");
    return {};
}

const CatalogRules &CatalogRules::instance()
{
    static thread_local const CatalogRules rules;
    return rules;
}

} // namespace bc25
