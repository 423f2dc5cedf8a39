// SPDX-License-Identifier: MIT
// The EC200U (and EG915U, LTE Cat 1): the socket rows of the LTE modules,
// each from Quectel's "EC200U&EG915U Series TCP/IP Application Note" V1.1
// (2021-08-17), sections as it numbers them.
#include "modeltable.h"

namespace bc25::profile {

ModuleProfile::Description ec200uDescription()
{
    const QString appNote = ec200uNote();
    auto at = [&appNote](const char *section) { return appNote + QStringLiteral(", ") + QLatin1String(section); };
    LteSections s;
    s.lastContext = 7; // "when VoLTE is enabled, the range of <contextID> is 1-5"
    s.open = at("2.4.7");
    s.close = at("2.4.8");
    s.state = at("2.4.9");
    s.send = at("2.4.10");
    s.sendLength = at("2.4.10");
    s.read = at("2.4.11");
    s.readLength = at("2.4.11");
    s.ping = at("2.4.14");
    s.ntp = at("2.4.15");
    s.payload = at("2.4.11, 2.5.2");
    s.contexts = at("2.4.2, 2.4.3, 3.1");
    s.sendHex = at("2.4.12");
    // The BG96's URC; this model's own list was not read (FAMILY.md: "as BG96").
    s.pdpDeactivated = pdpDeactivatedAsTheBg96();
    s.dns = at("2.4.16");
    // The note's contents (2.4): the commands its rows keep or add.
    s.config = at("2.4.1");
    s.contextProfile = at("2.4.2");
    s.contextActivate = at("2.4.3");
    s.contextDeactivate = at("2.4.4");
    s.switchMode = at("2.4.13");
    s.dnsLookup = at("2.4.17");
    s.lastError = at("2.4.19");
    QList<Difference> rows = lteSocketDifferences(s);
    rows.append({Difference::Kind::Table, QStringLiteral("+QPING: 0,\"<IP_address>\",<bytes>,<time>,<ttl>: each echo's address in quotes"),
                 at("3.7 (+QPING: 0,\"61.135.169.125\",32,192,255)"),
                 [](ModuleProfile::Description &d) { d.ping.quotesAddress = true; }});
    // ATI of a real module's host log; AT+CGMR's answer was not found: the
    // ATI's revision line stands in. The EG915U is read by this table: one
    // application note covers both ("EC200U&EG915U Series"), as the BG77 the BG95's.
    rows.append(identity({.ati = {QStringLiteral("Quectel"), QStringLiteral("EC200U"), QStringLiteral("Revision: EC200UCNAAR03A15M08")},
                          .revision = QStringLiteral("Revision: EC200UCNAAR03A15M08"),
                          .names = {QStringLiteral("EC200U"), QStringLiteral("EG915U")},
                          .revisionPrefixes = {QStringLiteral("EC200U"), QStringLiteral("EG915U")},
                          .source = QStringLiteral("ATI in a real EC200U host log (2026-07-03); AT+CGMR not found: "
                                                   "ATI's revision line; the EG915U by the note's title (EC200U&EG915U Series)")}));
    rows.append({Difference::Kind::Table,
                 QStringLiteral("AT+QICFG=\"recvind\",1 adds the length to the buffer access \"recv\" URC "
                                "(default 0, not saved: +QIURC: \"recv\",<connectID> alone)"),
                 at("2.4.1, 2.5.2"),
                 [source = at("2.5.2; the length only after AT+QICFG=\"recvind\",1, 2.4.1")](ModuleProfile::Description &d) {
                     // Once confirmed, in buffer access it announces a length and carries no data: the
                     // socket's access mode (QIOPEN's, confirmed) tells it from a direct push.
                     lengthWithRecvIndication(d, source);
                 }});
    // Its AT+QICFG=? lists "transpktsize" … "qisend/timeout", and no "showlength"
    // (the BC25's 2.1.11): the length of a buffer access URC is "recvind"'s.
    rows.append({Difference::Kind::Table, QStringLiteral("AT+QICFG has no \"showlength\" (AT+QICFG=? does not list it)"),
                 at("2.4.1 (the test command's list)"),
                 [](ModuleProfile::Description &d) { removeConfigType(d, "showlength"); }});
    ModuleProfile::Description d = describeModel("ec200u", QStringLiteral("EC200U"), appNote, rows);
    citeLteSections(d, s);
    return d;
}

} // namespace bc25::profile
