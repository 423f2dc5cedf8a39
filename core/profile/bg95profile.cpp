// SPDX-License-Identifier: MIT
// The BG95 (and BG77, BG600L): the socket rows of the LTE modules, each
// from Quectel's "BG95&BG77&BG600L Series TCP/IP Application Note" V1.1
// (2021-03-29). Its NTP section and its <read_length> range were not read:
// those rows are left out, so the BC25's stand there.
#include "modeltable.h"

namespace bc25::profile {

ModuleProfile::Description bg95Description()
{
    using Field = at::PayloadAnnouncement::Field;
    const QString appNote = QStringLiteral("Quectel BG95&BG77&BG600L Series TCP/IP Application Note V1.1");
    auto at = [&appNote](const char *section) { return appNote + QStringLiteral(", ") + QLatin1String(section); };
    LteSections s;
    s.lastContext = 16;
    s.open = at("2.3.4");
    s.close = at("2.3.5");
    s.state = at("2.3.6");
    s.send = at("2.3.7");
    s.sendLength = at("2.3.7");
    s.read = at("2.3.8");
    s.ping = at("2.3.11");
    s.payload = at("2.3.8, 2.4.2");
    QList<Difference> rows = lteSocketDifferences(s);
    rows.append({Difference::Kind::Table,
                 QStringLiteral("+QIURC: \"recv\",<connectID>[,<data_len>] in buffer access mode: a length, and no data after it"),
                 at("2.4.2"),
                 [source = at("2.4.2")](ModuleProfile::Description &d) {
                     for (at::PayloadAnnouncement &shape : d.payloadGrammar.announcements) {
                         if (shape.fields == QList<Field> {Field::Type, Field::ConnectId, Field::Length})
                             shape.lengthInBufferAccess = true;
                     }
                     setAnswerShape(d, {"QIURC", "recv", {2, 3, 5}, {2, 3}, source});
                 }});
    return describeModel("bg95", QStringLiteral("BG95"), appNote, rows);
}

} // namespace bc25::profile
