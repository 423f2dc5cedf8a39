// SPDX-License-Identifier: MIT
#pragma once

#include "atcommand.h"
#include "parsersettings.h"
#include "payloadgrammar.h"
#include "resultline.h"
#include "settingchange.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace bc25::at {

// What the assembler must know about the module's commands and lines, and
// may not decide itself: the expectation of a command seen only as text (in
// a log, echoed by the module), the settings an answer or a URC states, and
// an error code's words, which lines announce payload. The module profile
// makes them (ModuleProfile::newRules(): bc25::CatalogRules over its catalog),
// one for each assembler: they may cache.
class ProtocolRules
{
public:
    virtual ~ProtocolRules() = default;

    // Which lines announce payload, and how many sockets there are.
    [[nodiscard]] virtual const PayloadGrammar &payloadGrammar() const = 0;

    // The expectation of a command line as written, without its CR.
    [[nodiscard]] virtual AtCommand commandFor(QByteArrayView commandLine) const = 0;
    // Settings an owned answer states (+QICFG: "viewmode",1; +QISTATE: …,<access_mode>).
    [[nodiscard]] virtual QList<SettingChange> statedBy(const ResultLine &answer) const = 0;
    // Settings an unsolicited line changes ("incoming": buffer access; RDY: every socket gone).
    [[nodiscard]] virtual QList<SettingChange> changedByUrc(const ResultLine &urc) const = 0;
    // Whether the line says the module restarted or went down (RDY, POWERED DOWN):
    // nothing pending will be answered any more.
    [[nodiscard]] virtual bool restartedBy(const ResultLine &line) const = 0;
    // The same for a line's text, asked of every short line inside a payload
    // (AtParser::setRestartTest): rules may answer most lines without parsing them.
    [[nodiscard]] virtual bool restartedByText(QByteArrayView text) const
    {
        return restartedBy(ResultLine::parse(text.toByteArray()));
    }
    // Whether the line is an unsolicited line of a kind the model prints
    // (+QIURC: "closed",<id>, chapter 2.2), of sockets it has.
    [[nodiscard]] virtual bool isKnownUrc(const ResultLine &line) const
    {
        Q_UNUSED(line);
        return false;
    }
    // The socket an unsolicited line says is closed (+QIURC: "closed",<id>), or -1.
    [[nodiscard]] virtual int socketClosedBy(const ResultLine &line) const
    {
        Q_UNUSED(line);
        return -1;
    }
    // Why the module's model does not expect a "+NAME:" line it printed (a
    // form, a field count or a name its manual does not have), naming the
    // model; empty when it does. Asked only of lines already taken for an
    // answer or a URC; the line is delivered all the same (a drift).
    [[nodiscard]] virtual QString driftOf(const ResultLine &line, const ParserSettings &settings) const
    {
        Q_UNUSED(line);
        Q_UNUSED(settings);
        return {};
    }
    // The words for the error a line carries (+CME ERROR, +QIOPEN: 0,566, ping results), or empty.
    [[nodiscard]] virtual QString errorText(const ResultLine &line) const = 0;
};

} // namespace bc25::at
