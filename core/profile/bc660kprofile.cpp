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

// The driver's wait for +QIOPEN, quoting the specification.
Difference openWithin60Seconds()
{
    return {Kind::Table, QStringLiteral("+QIOPEN: <connectID>,<err> within 60 s"),
            ZephyrDriver + QStringLiteral(": BC66X_SOCKET_OPEN_TIMEOUT K_MSEC(60500) \"specs recommends waiting up to 60 s\""),
            [](ModuleProfile::Description &d) {
                CommandSpec &open = commandOf(d, CommandId::Open);
                open.secondPhaseMs = 60000;
                open.secondPhaseNameMs = 0;
            }};
}

// "BC660K direct-push UDP format: … argv[3] = "hexdata" (quoted) NO IP/PORT in this mode".
Difference hexPushOnOneLine()
{
    return {Kind::Table, QStringLiteral("With hex received data, a direct push is one line: +QIURC: \"recv\",<connectID>,<length>,\"<hex>\""),
            ZephyrDriver + QStringLiteral(" (bc66x_net.c, the recv URC's parser)"),
            [](ModuleProfile::Description &d) { d.answers.hexPushOnOneLine = true; }};
}

} // namespace

ModuleProfile::Description bc660kDescription()
{
    const QString manual = QStringLiteral("Quectel BC660K-GL&BC950K-GL AT Commands Manual V1.4");
    return describeModel("bc660k", QStringLiteral("BC660K-GL"), manual, {
        fiveSockets(),
        openWithin60Seconds(),
        onlyContext(0, ZephyrDriver + QStringLiteral(": BC660K_ONLY_SUPPORTED_CONTEXT_ID 0; a real log: "
                                                     "+CGDCONT: 0,\"IP\",… (github.com/markbac/quectel-bc660k-dashboard, "
                                                     "tests/transcripts/bc660k_real_2026-10-03.jsonl)")),
        {Kind::Table, QStringLiteral("AT+QNTP instead of AT+QNTTP"), manual + QStringLiteral(", 14.1 Table 2"),
         [](ModuleProfile::Description &d) {
             CommandSpec &ntp = commandOf(d, CommandId::Ntp);
             ntp.name = "+QNTP";
             ntp.ownedPrefixes = {"QNTP"};
         }},
        {Kind::Table, QStringLiteral("AT+QIDNSGIP answers +QIDNSGIP: <err>,<IP_count>,<DNS_ttl>, then +QIDNSGIP: <ip> "
                                     "(no +QIURC: \"dnsgip\")"),
         ZephyrDriver + QStringLiteral(": \"+QIDNSGIP: response is treated as URC\"; "
                                       "github.com/markbac/quectel-bc660k-dashboard tests/test_ping_dns.py"),
         [](ModuleProfile::Description &d) { d.answers.dnsAnswerAsQidnsgip = true; }},
        hexPushOnOneLine(),
        identity({QStringLiteral("Quectel_Ltd"), QStringLiteral("Quectel_BC660K-GL"), QStringLiteral("Revision: BC660KGLAAR01A05")},
                 QStringLiteral("Revision: BC660KGLAAR01A05"),
                 manual + QStringLiteral(", 2.1, 2.4; a real log (github.com/markbac/quectel-bc660k-dashboard, "
                                         "tests/transcripts/bc660k_real_2026-10-03.jsonl)")),
        // OK then CLOSE OK, as the BC25: a real module in github.com/renode/renode/issues/917.
    });
}

ModuleProfile::Description bc66Description()
{
    return describeModel("bc66", QStringLiteral("BC66"), ZephyrDriver, {
        fiveSockets(),
        openWithin60Seconds(),
        onlyContext(1, ZephyrDriver + QStringLiteral(": BC66_ONLY_SUPPORTED_CONTEXT_ID 1")),
        hexPushOnOneLine(),
        identity({QStringLiteral("Quectel_Ltd"), QStringLiteral("Quectel_BC66"), QStringLiteral("Revision: BC66NBR01A10")},
                 QStringLiteral("Revision: BC66NBR01A10"),
                 QStringLiteral("ATI in a real log, github.com/Wiz-IO/platformio-quectel-examples/issues/17; "
                                "AT+CGMR not found: ATI's revision line")),
    });
}

} // namespace bc25::profile
