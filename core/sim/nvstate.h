// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <array>

namespace bc25::sim {

// What the module keeps in NVRAM (manual 2.1.7 note 2, 2.1.11 note 2): the
// QICFG settings and each socket's access mode, stored in a small JSON file.
struct NvState
{
    bool sendHex = false;
    bool recvHex = false;
    bool viewMode = false;
    bool showLength = false;
    std::array<int, 6> accessMode {};

    // Missing or unreadable file: the defaults.
    static NvState load(const QString &path);
    bool save(const QString &path) const;
};

} // namespace bc25::sim
