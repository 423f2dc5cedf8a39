// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace bc25::sim {

// What the module keeps in NVRAM (manual 2.1.7 note 2, 2.1.11 note 2): the
// QICFG settings and each socket's access mode, stored in a small JSON file.
struct NvState
{
    bool sendHex = false;
    bool recvHex = false;
    bool viewMode = false;
    bool showLength = false;
    QList<int> accessMode; // one per socket of the module profile

    // Missing or unreadable file: the defaults, for a model with `socketCount` sockets.
    static NvState load(const QString &path, int socketCount);
    // Why the file at `path` is not one this struct wrote, said before the
    // module would replace it at its first setting change (a user's notes
    // named by a mistyped --state): a file that is not a JSON object of these
    // fields. Empty for an NVRAM file, an empty file and none at all.
    static QString problemWith(const QString &path);
    // Written whole or not at all (WholeFile); false with the reason in `error`.
    bool save(const QString &path, QString *error = nullptr) const;
};

} // namespace bc25::sim
