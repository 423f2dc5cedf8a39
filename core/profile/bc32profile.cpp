// SPDX-License-Identifier: MIT
// The BC32: the manual of the BC25 covers it, and names no difference in
// the TCP/IP commands (every section reads "BC25 and BC32" alike).
#include "modeltable.h"

namespace bc25::profile {

ModuleProfile::Description bc32Description()
{
    const QString manual = QStringLiteral("Quectel BC25&BC32 TCP/IP AT Commands Manual V1.0");
    return describeModel("bc32", QStringLiteral("BC32"), manual,
                         {{Difference::Kind::Table, QStringLiteral("none: the same commands, ranges and answers as the BC25"),
                           manual + QStringLiteral(", 1 Introduction (\"Quectel BC25 and BC32 modules feature embedded TCP/IP stack\")"),
                           {}}});
}

} // namespace bc25::profile
