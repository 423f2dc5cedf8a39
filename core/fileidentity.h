// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <sys/types.h>

namespace bc25 {

// Which file a path names, however it is spelt: ./r and r, a symlink (or a
// chain of them) and its target, a hard link and its other name, the file
// standard output was redirected to. Two programs' options that name one
// file would have one replace the other (a report over a capture, a capture
// into the module's own port, a JUnit report over the recipe it ran).
class FileIdentity final
{
public:
    // The file at `path`: the device and inode of one that exists (links
    // followed); for one not there yet, the path it would be created at, its
    // symlinks resolved even when they lead nowhere yet (a dangling link
    // creates its target).
    [[nodiscard]] static FileIdentity of(const QString &path);
    // The regular file standard output goes to (`> out.txt`); none (a null
    // identity) for a terminal, a pipe or a device, whose bytes replace nothing.
    [[nodiscard]] static FileIdentity ofStandardOutput();

    [[nodiscard]] bool isNull() const { return !m_exists && m_path.isEmpty(); }
    // Never equal when either is null.
    [[nodiscard]] bool operator==(const FileIdentity &other) const;

private:
    bool m_exists = false;
    dev_t m_device = 0;
    ino_t m_inode = 0;
    QString m_path; // of a file not there yet
};

} // namespace bc25
