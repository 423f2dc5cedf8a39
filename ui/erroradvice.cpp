// SPDX-License-Identifier: MIT
#include "erroradvice.h"

#include "at/atcommand.h"
#include "bc25/commandcatalog.h"
#include "bc25/errorcodes.h"
#include "profile/moduleprofile.h"

namespace bc25::ui {

namespace {
// The TCP/IP <err> a ping's result stands for: Table 2's PING_PDP_ACT_FAIL is
// the context's failure (561); the other results are Table 1's codes already.
int pingCode(int result)
{
    return result == ErrorCodes::PingPdpActivationFailed ? ErrorCodes::OpenPdpContextFailed : result;
}
} // namespace

QString ErrorAdvice::joined(const QString &text, const QString &advice)
{
    if (text.isEmpty())
        return advice;
    // Set apart (new-user pass 9 F8: "574 (Port busy) The local port is taken…" ran on).
    //: an error, then what to do about it: "574 (Port busy) — The local port is taken…"
    return tr("%1 — %2").arg(text, advice);
}

QString ErrorAdvice::advice(int code, const profile::ModuleProfile &profile, int connectId)
{
    return ErrorCodes::advice(code, connectId, profile.answers().activatesContexts);
}

QString ErrorAdvice::withAdvice(const QString &text, int code, const profile::ModuleProfile &profile, int connectId)
{
    const QString said = advice(code, profile, connectId);
    if (said.isEmpty())
        return text;
    return joined(text, said);
}

QString ErrorAdvice::withAdvice(const QString &text, const at::Transaction &t, const profile::ModuleProfile &profile)
{
    const QString said = adviceFor(t, profile);
    if (said.isEmpty())
        return text;
    return joined(text, said);
}

int ErrorAdvice::codeOf(const at::Transaction &t)
{
    // The last <err> it met: the second phase's result comes after the answer's lines.
    int code = -1;
    for (const at::ResultLine &line : t.lines + t.operation.lines) {
        if (const int found = CommandCatalog::errorCode(line); found > 0)
            code = found;
    }
    return code;
}

QString ErrorAdvice::adviceFor(const at::Transaction &t, const profile::ModuleProfile &profile)
{
    const int code = codeOf(t);
    if (code <= 0)
        return {};
    // The catalog knows which argument is <connectID> in this model's forms.
    return advice(code, profile, CommandCatalog::integerArgument(profile.catalog().parse(t.command), "connectID"));
}

QString ErrorAdvice::pingAdvice(int result, const profile::ModuleProfile &profile)
{
    return advice(pingCode(result), profile);
}

QString ErrorAdvice::withPingAdvice(const QString &text, int result, const profile::ModuleProfile &profile)
{
    return withAdvice(text, pingCode(result), profile);
}

} // namespace bc25::ui
