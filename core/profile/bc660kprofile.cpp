// SPDX-License-Identifier: MIT
// The BC660K-GL and the BC66 (NB-IoT): the BC25's command set, on fewer
// sockets and one context. Their TCP/IP application notes were not read;
// each row names the driver, manual or log that says it.
#include "modeltable.h"

namespace bc25::profile {

namespace {

using Kind = Difference::Kind;

const QString ZephyrDriver = QStringLiteral(
        "Zephyr drivers/modem/vendor_standalone/quectel/bc66x/bc66x.h (2026)");

Difference fiveSockets()
{
    return {Kind::Limits, QStringLiteral("<connectID> 0-4"),
            ZephyrDriver + QStringLiteral(": BC66X_MAX_SOCKETS 5, \"Fixed by hw specs\""),
            [](ModuleProfile::Description &d) { d.limits.socketCount = 5; }};
}

Difference onlyContext(int context, const QString &source)
{
    return {Kind::Limits, QStringLiteral("<contextID> %1 only").arg(context), source,
            [context](ModuleProfile::Description &d) { d.limits.firstContext = context; d.limits.lastContext = context; }};
}

} // namespace

ModuleProfile::Description bc660kDescription()
{
    const QString manual = QStringLiteral("Quectel BC660K-GL&BC950K-GL AT Commands Manual V1.4");
    return describeModel("bc660k", QStringLiteral("BC660K-GL"), manual, {
        fiveSockets(),
        onlyContext(0, ZephyrDriver + QStringLiteral(": BC660K_ONLY_SUPPORTED_CONTEXT_ID 0; a real log: "
                                                     "+CGDCONT: 0,\"IP\",… (github.com/markbac/quectel-bc660k-dashboard, "
                                                     "tests/transcripts/bc660k_real_2026-10-03.jsonl)")),
        {Kind::Table, QStringLiteral("AT+QNTP instead of AT+QNTTP"), manual + QStringLiteral(", 14.1 Table 2"),
         [](ModuleProfile::Description &d) {
             CommandSpec &ntp = commandOf(d, CommandId::Ntp);
             ntp.name = "+QNTP";
             ntp.ownedPrefixes = {"QNTP"};
         }},
        // OK then CLOSE OK, as the BC25: a real module in github.com/renode/renode/issues/917.
    });
}

ModuleProfile::Description bc66Description()
{
    return describeModel("bc66", QStringLiteral("BC66"), ZephyrDriver, {
        fiveSockets(),
        onlyContext(1, ZephyrDriver + QStringLiteral(": BC66_ONLY_SUPPORTED_CONTEXT_ID 1")),
    });
}

} // namespace bc25::profile
