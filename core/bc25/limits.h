// SPDX-License-Identifier: MIT
#pragma once

namespace bc25 {

// The module's fixed sizes, defined once for the parser, the catalog, the
// session, the simulator and the views.
struct Limits
{
    static constexpr int SocketCount = 6;     // <connectID> 0-5 (manual 2.1.1)
    static constexpr int MaxDataLength = 512; // one QISEND/QISENDEX/QIRD (manual 2.1.4-2.1.6)
};

} // namespace bc25
