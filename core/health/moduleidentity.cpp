// SPDX-License-Identifier: MIT
#include "moduleidentity.h"

#include "bc25/responses.h"
#include "checkjudge.h"

namespace bc25::health {

namespace {

// An answer's lines as the module worded them (ATI, AT+CGMR); `bare`: only
// those without a "+NAME:" (AT+CIMI's IMSI, not a URC among its lines).
QList<QByteArray> textLines(const at::Transaction &t, bool bare = false)
{
    QList<QByteArray> lines;
    for (const at::ResultLine &line : t.lines)
        if (!line.isFinal() && (!bare || line.name.isEmpty()) && !line.text.trimmed().isEmpty())
            lines << line.text.trimmed();
    return lines;
}

} // namespace

ModuleIdentity ModuleIdentity::from(const QList<CheckResult> &results)
{
    ModuleIdentity identity;
    for (const CheckResult &r : results) {
        if (const at::Transaction *ati = CheckJudge::find(r.evidence, CommandId::Identify))
            identity.identification = textLines(*ati);
        if (const at::Transaction *cgmr = CheckJudge::find(r.evidence, CommandId::Revision))
            identity.revision = textLines(*cgmr);
        if (const at::Transaction *cgsn = CheckJudge::find(r.evidence, CommandId::SerialNumber))
            if (const at::ResultLine *line = answerLine(*cgsn, CommandId::SerialNumber))
                identity.imei = line->field(0).text;
        if (const at::Transaction *cimi = CheckJudge::find(r.evidence, CommandId::Imsi))
            identity.imsi = textLines(*cimi, true).value(0);
        if (const at::Transaction *qccid = CheckJudge::find(r.evidence, CommandId::Iccid))
            if (const at::ResultLine *line = answerLine(*qccid, CommandId::Iccid))
                identity.iccid = line->field(0).text;
    }
    return identity;
}

} // namespace bc25::health
