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
            [source = ZephyrDriver + QStringLiteral(" (bc66x_net.c)")](ModuleProfile::Description &d) {
                using Field = at::PayloadAnnouncement::Field;
                d.answers.hexPushOnOneLine = true;
                // The line carries its data: the parser delivers it as the socket's
                // bytes (decoded), as any payload; asked before the BC25's 3-field shape.
                d.payloadGrammar.announcements.prepend(
                        {"+QIURC:", "\"recv\"", {Field::Type, Field::ConnectId, Field::Length, Field::HexData}, false});
                // "recv",<connectID>[,<length>] (BC25 manual 2.2.2), "buff full" (2.2.3), and the push with its data.
                setAnswerShape(d, {"QIURC", "recv", {2, 3, 4}, {}, QStringLiteral("BC25 manual 2.2.2; ") + source});
            }};
}

} // namespace

ModuleProfile::Description bc660kDescription()
{
    const QString manual = QStringLiteral("Quectel BC660K-GL&BC950K-GL AT Commands Manual V1.4");
    ModuleProfile::Description d = describeModel("bc660k", QStringLiteral("BC660K-GL"), manual, {
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
         [](ModuleProfile::Description &d) {
             d.answers.dnsAnswerAsQidnsgip = true;
             d.urcTypes.removeAll("dnsgip"); // a "dnsgip" URC here is another model's line
         }},
        hexPushOnOneLine(),
        {Kind::Table, QStringLiteral("AT+QIDNSCFG=0,<pridnsaddr>[,<secdnsaddr>] sets the DNS servers; AT+QIDNSCFG=0 asks them "
                                     "(+QIDNSCFG: 0,<pridnsaddr>,<secdnsaddr>); no default server, not saved"),
         QStringLiteral("../shared/FAMILY.md \"DNS servers\"; a BC660K product driver: AT+QIDNSCFG=0, its second field the "
                        "primary server, then AT+QIDNSCFG=0,\"8.8.8.8\",\"1.1.1.1\" (\"There is no default DNS server … "
                        "The setting isn't saved\")"),
         [](ModuleProfile::Description &d) {
             dnsServersPerContext(d, QStringLiteral("a BC660K product driver (AT+QIDNSCFG=0)"));
         }},
        {Kind::Table, QStringLiteral("+QPING: the summary's <finresult> is 0 when the ping ran (2 on the BC25); "
                                     "a request that timed out prints +QPING: 569 alone and the next requests follow"),
         QStringLiteral("the 2026 BC660K dashboard's captures (github.com/markbac/quectel-bc660k-dashboard): "
                        "+QPING: 569 per request, then +QPING: 0,4,0,4,0,0,0"),
         [](ModuleProfile::Description &d) {
             d.ping.successCode = 0;
             d.ping.echoCodes = {0, 569};
         }},
        // The manual's 2.1 (ATI) and 2.4 (AT+CGMR), the firmware of a real module's
        // log; its contents have no AT+QGMR.
        identity({.ati = {QStringLiteral("Quectel_Ltd"), QStringLiteral("Quectel_BC660K-GL"),
                          QStringLiteral("Revision: BC660KGLAAR01A05")},
                  .revision = QStringLiteral("Revision: BC660KGLAAR01A05"),
                  .names = {QStringLiteral("Quectel_BC660K-GL")},
                  .revisionPrefixes = {QStringLiteral("BC660KGL")},
                  .source = manual + QStringLiteral(", 2.1, 2.4; a real log (github.com/markbac/quectel-bc660k-dashboard, "
                                                    "tests/transcripts/bc660k_real_2026-10-03.jsonl)")}),
        // OK then CLOSE OK, as the BC25: a real module in github.com/renode/renode/issues/917.
    });
    return d;
}

ModuleProfile::Description bc66Description()
{
    ModuleProfile::Description d = describeModel("bc66", QStringLiteral("BC66"), ZephyrDriver, {
        fiveSockets(),
        openWithin60Seconds(),
        onlyContext(1, ZephyrDriver + QStringLiteral(": BC66_ONLY_SUPPORTED_CONTEXT_ID 1")),
        hexPushOnOneLine(),
        // DNS answered as the BC25's +QIURC: "dnsgip" lines, not the BC660K's
        // +QIDNSGIP: the same driver matches +QIURC: "dnsgip" as "BC66 only"
        // (bc66x.c, its URC table): no difference to write.
        // ATI from a real module; AT+CGMR's line is not in a log: the BC660K-GL's
        // shape (its manual 2.4). AT+QGMR only in a simulator (Renode): left out.
        identity({.ati = {QStringLiteral("Quectel_Ltd"), QStringLiteral("Quectel_BC66"), QStringLiteral("Revision: BC66NBR01A10")},
                  .revision = QStringLiteral("Revision: BC66NBR01A10"),
                  .names = {QStringLiteral("Quectel_BC66")},
                  .revisionPrefixes = {QStringLiteral("BC66NB")},
                  .source = QStringLiteral("ATI in a real log, github.com/Wiz-IO/platformio-quectel-examples/issues/17; "
                                           "AT+CGMR not found: ATI's revision line")}),
    });
    return d;
}

} // namespace bc25::profile
