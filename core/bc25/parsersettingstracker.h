// SPDX-License-Identifier: MIT
#pragma once

#include "at/resultline.h"

#include <QByteArrayView>

namespace bc25::at { class AtParser; }

namespace bc25 {

// Keeps an AtParser's payload rules (viewmode, showlength, hex receive format,
// each socket's access mode) in step with the module. It learns from the
// commands the host sends (AT+QICFG, AT+QIOPEN, AT+QISWTMD) and from what the
// module prints (+QICFG, +QISTATE, "incoming" URCs). Both the session and
// bc25-decode use it; it must run synchronously inside the parser's event so
// that the very next byte is cut with the new rules.
class ParserSettingsTracker final
{
public:
    explicit ParserSettingsTracker(at::AtParser *parser) : m_parser(parser) {}

    // A command line as written (or as echoed), without its CR.
    void observeCommand(QByteArrayView commandLine);
    // A result line the module printed.
    void observeLine(const at::ResultLine &line);

private:
    void applyConfig(const QList<at::Field> &fields);

    at::AtParser *m_parser;
};

} // namespace bc25
