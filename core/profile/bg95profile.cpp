// SPDX-License-Identifier: MIT
// The BG95 (and BG77, BG600L): the socket rows of the LTE modules, each
// from Quectel's "BG95&BG77&BG600L Series TCP/IP Application Note" V1.1
// (2021-03-29). Its NTP section and its <read_length> range were not read:
// those rows are left out, so the BC25's stand there. (Searched again for
// adversary pass 10 F20: the note's contents list "3.12 Synchronize Local
// Time" but its command page was not found; a Rust atat driver for the BG95
// sends AT+QNTP with the BG96 note's wording — a driver, not the note, so
// AT+QNTTP stays until the note's page is read.)
#include "modeltable.h"

namespace bc25::profile {

ModuleProfile::Description bg95Description()
{
    const QString appNote = QStringLiteral("Quectel BG95&BG77&BG600L Series TCP/IP Application Note V1.1");
    auto at = [&appNote](const char *section) { return appNote + QStringLiteral(", ") + QLatin1String(section); };
    // The BG96's rows, each where this note writes it; its DNS servers and
    // its pdpdeact URC stay the BG96's.
    LteSections s = bg96Sections();
    s.open = at("2.3.4");
    s.close = at("2.3.5");
    s.state = at("2.3.6");
    s.send = at("2.3.7");
    s.sendLength = at("2.3.7");
    s.read = at("2.3.8");
    s.ping = at("2.3.11");
    s.payload = at("2.3.8, 2.4.2");
    s.contexts = QStringLiteral("a real log: AT+QICSGP=1,1,\"Internet\",\"\",\"\",0, AT+QIACT=1, AT+QIACT? "
                                "(a \"Quectel-BG95 driver\" README)");
    s.sendHex = at("2.3.9");
    s.switchMode = at("2.3.10");
    // Not read in this note (see above): left out, the BC25's stand there.
    s.readLength.clear();
    s.ntp.clear();
    // The BG96's URC; this model's own list was not read (FAMILY.md: "as BG96").
    s.pdpDeactivated = pdpDeactivatedAsTheBg96();
    QList<Difference> rows = lteSocketDifferences(s);
    // ATI of a real BG95-M3 (a firmware release notes' capture) and of a BG77
    // (a driver's test); AT+CGMR ("newer alias of AT+QGMR, returns only the
    // first part of the firmware version") and AT+QGMR as two drivers quote them.
    rows.append(identity({.ati = {QStringLiteral("Quectel"), QStringLiteral("BG95-M3"), QStringLiteral("Revision: BG95M3LAR02A03")},
                          .revision = QStringLiteral("BG95M3LAR02A03"),
                          .firmware = QStringLiteral("BG95M3LAR02A03_01.012.01.012"),
                          .names = {QStringLiteral("BG95-M3"), QStringLiteral("BG77")},
                          .revisionPrefixes = {QStringLiteral("BG95"), QStringLiteral("BG77")},
                          .source = QStringLiteral("ATI in real logs (a BG95-M3 firmware release notes' capture; a BG77 in "
                                                   "the LooUQ LTEm driver's test); AT+CGMR and AT+QGMR in two BG95 atat drivers")}));
    rows.append({Difference::Kind::Table,
                 QStringLiteral("+QIURC: \"recv\",<connectID>[,<data_len>] in buffer access mode: a length, and no data after it"),
                 at("2.4.2"),
                 [source = at("2.4.2")](ModuleProfile::Description &d) { lengthInBufferAccess(d, source); }});
    rows.append({Difference::Kind::Table,
                 QStringLiteral("AT+QGMR: the full firmware build; AT+CGMR gives only its first part"),
                 QStringLiteral("two Rust atat drivers for the BG95 (driver code): \"AT+CGMR — newer alias of AT+QGMR, "
                                "returns only the first part of the firmware version\""),
                 [](ModuleProfile::Description &d) { addFirmwareRevision(d); }});
    // "Added <RAI_info> for AT+QISENDEX to configure RAI (Chapter 2.3.9)" (the
    // note's revision history); "The RAI feature is only applicable to NB-IoT RAT".
    rows.append({Difference::Kind::Table,
                 QStringLiteral("AT+QISENDEX=<connectID>,<hex_string>[,<RAI_info>]: <RAI_info> 0-2, the release "
                                "assistance indication (0 none, 1 no further data, 2 a single downlink reply only)"),
                 at("2.3.9"),
                 [](ModuleProfile::Description &d) {
                     commandOf(d, CommandId::SendHex).writeSignatures[0].parameters
                             << ParameterSpec {"RAI_info", ParameterSpec::Type::Integer, 0, 2, true, false, {}, -1};
                 }});
    ModuleProfile::Description d = describeModel("bg95", QStringLiteral("BG95"), appNote, rows);
    citeLteSections(d, s);
    return d;
}

} // namespace bc25::profile
