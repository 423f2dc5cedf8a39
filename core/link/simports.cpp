// SPDX-License-Identifier: MIT
#include "simports.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace bc25::link {

namespace {

QString &folderOverride()
{
    static QString folder;
    return folder;
}

constexpr qint64 MaxAnnouncementBytes = 4096; // two paths; anything longer is not ours
constexpr int MaxAnnouncements = 256;         // a folder full of stale files costs a bounded scan

bool processAlive(qint64 pid)
{
    return pid > 0 && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

} // namespace

QString SimPorts::linkProblem(const QString &linkPath)
{
    const QFileInfo link(linkPath);
    if (!link.exists() && !link.isSymLink())
        return {};
    // /dev/pts/N, where PtyTransport's terminals are; a dangling one too (its sim is gone).
    if (link.isSymLink() && link.symLinkTarget().startsWith(QLatin1String("/dev/pts/")))
        return {};
    return QCoreApplication::translate("bc25::link::SimPorts", "cannot make the link %1: %2 is there and is not a link to a "
                                                               "pseudo-terminal (the link would replace it, and the stop remove it)")
            .arg(linkPath, link.isSymLink() ? QCoreApplication::translate("bc25::link::SimPorts", "a link to %1").arg(link.symLinkTarget())
                                  : link.isDir()   ? QCoreApplication::translate("bc25::link::SimPorts", "a folder")
                                                   : QCoreApplication::translate("bc25::link::SimPorts", "a file"));
}

QString SimPorts::folder()
{
    if (!folderOverride().isEmpty())
        return folderOverride();
    QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty())
        base = QDir::tempPath();
    return QDir(base).filePath(QStringLiteral("bc25-sim"));
}

void SimPorts::setFolder(const QString &folder)
{
    folderOverride() = folder;
}

SimPorts::SimPorts(const QString &ptyPath, const QString &linkPath)
{
    const QDir dir(folder());
    if (!dir.mkpath(QStringLiteral(".")))
        return;
    m_file = dir.filePath(QStringLiteral("%1.ports").arg(QCoreApplication::applicationPid()));
    QFile file(m_file);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_file.clear();
        return;
    }
    file.write(ptyPath.toUtf8() + '\n');
    if (!linkPath.isEmpty())
        file.write(QFileInfo(linkPath).absoluteFilePath().toUtf8() + '\n');
}

SimPorts::~SimPorts()
{
    if (!m_file.isEmpty())
        QFile::remove(m_file);
}

QStringList SimPorts::announced()
{
    QStringList paths;
    QDir dir(folder());
    const QStringList files = dir.entryList({QStringLiteral("*.ports")}, QDir::Files, QDir::Name);
    for (const QString &name : files.mid(0, MaxAnnouncements)) {
        bool ok = false;
        const qint64 pid = QFileInfo(name).baseName().toLongLong(&ok);
        if (!ok || !processAlive(pid)) {
            dir.remove(name); // its process is gone: so is its pty
            continue;
        }
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.read(MaxAnnouncementBytes).split('\n')) {
            const QString path = QString::fromUtf8(line.trimmed());
            if (!path.isEmpty() && QFileInfo::exists(path) && !paths.contains(path))
                paths << path;
        }
    }
    return paths;
}

} // namespace bc25::link
