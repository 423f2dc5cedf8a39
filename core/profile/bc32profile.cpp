// SPDX-License-Identifier: MIT
// The BC32: the manual of the BC25 covers it, and names no difference in
// the TCP/IP commands (every section reads "BC25 and BC32" alike).
#include "modeltable.h"

namespace bc25::profile {

ModuleProfile::Description bc32Description()
{
    const QString manual = QStringLiteral("Quectel BC25&BC32 TCP/IP AT Commands Manual V1.0");
    return describeModel(
            "bc32", QStringLiteral("BC32"), manual,
            {{Difference::Kind::Table, QStringLiteral("none: the same commands, ranges and answers as the BC25"),
              manual + QStringLiteral(", 1 Introduction (\"Quectel BC25 and BC32 modules feature embedded TCP/IP stack\")"),
              {}},
             identity({.ati = {QStringLiteral("Quectel_Ltd"), QStringLiteral("Quectel_BC32"), QStringLiteral("Revision: BC32JAR01A01")},
                       .revision = QStringLiteral("Revision: BC32JAR01A01"),
                       .names = {QStringLiteral("Quectel_BC32")},
                       .revisionPrefixes = {QStringLiteral("BC32")},
                       .source = QStringLiteral("not in the manual, as the BC25's: the simulator's, in the same shape")})});
}

} // namespace bc25::profile
