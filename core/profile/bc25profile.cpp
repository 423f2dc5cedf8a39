// SPDX-License-Identifier: MIT
// The BC25 (and BC32) as data: each fact beside the section of the manual
// that says it (Quectel BC25&BC32 TCP/IP AT Commands Manual V1.0, in
// ../shared/manual/). Another model starts from this Description and
// changes what its own manual says differently (../shared/FAMILY.md).
#include "moduleprofile.h"

namespace bc25::profile {

ModuleProfile::Description ModuleProfile::bc25Description()
{
    using Field = at::PayloadAnnouncement::Field;
    Description d;
    d.id = "bc25";
    d.name = QStringLiteral("BC25");
    d.source = QStringLiteral("Quectel BC25&BC32 TCP/IP AT Commands Manual V1.0");

    d.limits.socketCount = 6;     // manual 2.1.1: <connectID> "The range is 0-5."
    d.limits.maxSendLength = 512; // manual 2.1.4: <send_length> "The max length is 512 bytes." (2.1.6 alike)
    d.limits.maxReadLength = 512; // manual 2.1.5: <read_length> "The range is 1-512."
    d.limits.firstContext = 1;    // manual 2.1.1: <contextID> "The range is 1-3."
    d.limits.lastContext = 3;

    d.ping.timeoutSeconds = 4;    // manual 2.1.8: <time_out> "Range: 1-255. Default: 4."
    d.ping.count = 4;             // manual 2.1.8: <ping_num> "Range: 1-10. Default: 4."
    d.ping.size = 32;             // manual 2.1.8: <ping_size> "Range: 32-200. Default: 32."
    d.ping.successCode = 2;       // manual 2.1.8: <finresult> "2 Pinged successful"; 4.5: +QPING: 0,220.18.29.21,32,192,255

    d.payloadGrammar.announcements = {
        // manual 2.1.5: "+QIRD: <read_actual_length>" then the data; with
        // AT+QICFG="showlength",1 ",<remaining_length>" follows (2.1.11).
        // "+QIRD: <total>,<read>,<unread>" (three fields) carries none.
        {"+QIRD:", {}, {Field::Length, Field::Remaining}, false},
        // manual 1.2 and 2.2.2: direct push prints "+QIURC: "recv",<connectID>,<length>"
        // then the data; in buffer access mode with showlength 1 the same shape carries none.
        {"+QIURC:", "\"recv\"", {Field::Type, Field::ConnectId, Field::Length}, true},
    };

    // The lines whose field count tells one model from another (LineExpectations):
    // a line of another count is a drift, "not expected for BC25".
    d.answerShapes = {
        // manual 2.1.3: +QISTATE: <connectID>,<service_type>,<IP_address>,<remote_port>,
        // <local_port>,<socket_state>,<contextID>,<access_mode>
        {"QISTATE", {}, {8}, {}, QStringLiteral("BC25 manual 2.1.3")},
        // manual 2.1.5: +QIRD: <read_actual_length>[,<remaining_length>] (showlength, 2.1.11);
        // there is no AT+QIRD=<connectID>,0 and no UDP SERVICE form.
        {"QIRD", {}, {1, 2}, {}, QStringLiteral("BC25 manual 2.1.5")},
        // manual 2.2.2, 2.2.3: "recv",<connectID>[,<current_recv_length>]; "recv",<connectID>,"buff full"
        {"QIURC", "recv", {2, 3}, {}, QStringLiteral("BC25 manual 2.2.2")},
        // manual 2.1.14: +QIDNSCFG: <PrimaryDns>[,<SecondaryDns>] (no context: the LTE models' has one)
        {"QIDNSCFG", {}, {1, 2}, {}, QStringLiteral("BC25 manual 2.1.14")},
    };

    // The manual's "not supported now" notes (2.1.1 note 3, 2.1.11 note 3, 2.1.13, 2.1.14 note).
    d.unsupported = {.udpService = true, .hexSending = true, .keepAliveData = true, .dnsServersBeforeRegistration = true};
    // manual 2.2.1-2.2.5 and 2.1.10: the +QIURC types it prints ("pdpdeact" is not among them).
    d.urcTypes = {"recv", "closed", "incoming full", "incoming", "dnsgip"};
    // Where a line names a socket, checked against <connectID> 0-5 (2.1.1).
    d.socketFields = {
        {"QIOPEN", {}, 0},    // manual 2.1.1: +QIOPEN: <connectID>,<err>
        {"QIURC", "recv", 1}, // manual 2.2.2, 2.2.3
        {"QIURC", "closed", 1},   // manual 2.2.1
        {"QIURC", "incoming", 1}, // manual 2.2.5
        {"QISTATE", {}, 0},       // manual 2.1.3: +QISTATE: <connectID>,… (adv6 F6: 5 on a BC660K)
    };

    d.commands = bc25Commands(d.limits); // manual chapter 2.1, with the 3GPP basics a bring-up needs

    // The manual prints no identity: this is the simulator's, in the shape
    // the BC66 and the BC660K-GL print (their manual 2.1 and real logs).
    d.identity.ati = {QStringLiteral("Quectel_Ltd"), QStringLiteral("Quectel_BC25"), QStringLiteral("Revision: BC25JAR01A04")};
    d.identity.revision = QStringLiteral("Revision: BC25JAR01A04");
    d.identity.names = {QStringLiteral("Quectel_BC25")};
    d.identity.revisionPrefixes = {QStringLiteral("BC25")};
    d.identity.source = QStringLiteral("not in the manual; shaped as the BC66's and BC660K-GL's (their ATI and AT+CGMR)");
    return d;
}

} // namespace bc25::profile
