// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace bc25::link {

// The pseudo-terminals bc25-sim processes offer. /dev/pts holds every
// terminal on the machine (shells, editors, other programs' ptys): the port
// list offers a pty only when it is known to be a module — announced here by
// a running bc25-sim, named by the user, or used before. An announcement is a
// small file per process in the user's runtime folder, removed on exit; one
// left by a process that died is ignored and removed.
class SimPorts final
{
public:
    // Announces this process's pty (and its --link path, if any) until destroyed.
    SimPorts(const QString &ptyPath, const QString &linkPath);
    ~SimPorts();
    SimPorts(const SimPorts &) = delete;
    SimPorts &operator=(const SimPorts &) = delete;

    // The paths (ptys and their links) that live bc25-sim processes announce.
    [[nodiscard]] static QStringList announced();
    // Why a --link cannot be made at `linkPath`: something is there that is
    // not a link to a pseudo-terminal (a user's file, a folder, a link to a
    // real port): replacing it, and removing it at the stop, would lose it.
    // Empty when nothing is there or a link to a pseudo-terminal is (one an
    // earlier bc25-sim left when it was killed), which the new link replaces.
    [[nodiscard]] static QString linkProblem(const QString &linkPath);
    // Where announcements live (tests point it elsewhere).
    [[nodiscard]] static QString folder();
    static void setFolder(const QString &folder);

private:
    QString m_file;
};

} // namespace bc25::link
