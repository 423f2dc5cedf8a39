// SPDX-License-Identifier: MIT
#include "fileidentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace bc25 {

namespace {

// As the kernel's own limit on links followed in one lookup (Linux: 40): a
// loop of links is not followed for ever.
constexpr int MostLinksFollowed = 40;

// Where a path that names no existing file would be created: every symlink
// on the way resolved, also one whose target does not exist yet.
QString pathToBeCreated(QString path)
{
    for (int followed = 0; followed < MostLinksFollowed; ++followed) {
        const QFileInfo file(path);
        if (!file.isSymLink())
            break;
        path = file.symLinkTarget();
    }
    const QFileInfo file(path);
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(file.absoluteFilePath()) : QDir(folder).filePath(file.fileName());
}

} // namespace

FileIdentity FileIdentity::of(const QString &path)
{
    FileIdentity identity;
    if (path.isEmpty())
        return identity;
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) == 0) {
        identity.m_exists = true;
        identity.m_device = status.st_dev;
        identity.m_inode = status.st_ino;
        return identity;
    }
    identity.m_path = pathToBeCreated(path);
    return identity;
}

FileIdentity FileIdentity::ofStandardOutput()
{
    FileIdentity identity;
    struct stat status {};
    if (::fstat(STDOUT_FILENO, &status) == 0 && S_ISREG(status.st_mode)) {
        identity.m_exists = true;
        identity.m_device = status.st_dev;
        identity.m_inode = status.st_ino;
    }
    return identity;
}

bool FileIdentity::operator==(const FileIdentity &other) const
{
    if (isNull() || other.isNull() || m_exists != other.m_exists)
        return false;
    return m_exists ? m_device == other.m_device && m_inode == other.m_inode : m_path == other.m_path;
}

} // namespace bc25
