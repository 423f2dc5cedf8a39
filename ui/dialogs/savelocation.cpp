// SPDX-License-Identifier: MIT
#include "savelocation.h"
#include "filedialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace bc25::ui {

QString SaveLocation::ask(QWidget *parent, const QString &title, const QString &folderKey, const QString &fileName,
                          const QString &filter)
{
    QSettings settings;
    const QString folder = settings.value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString path = FileDialogs::saveFile(parent, title, folder.isEmpty() ? fileName : QDir(folder).filePath(fileName),
                                                      filter);
    if (!path.isEmpty())
        settings.setValue(folderKey, QFileInfo(path).absolutePath());
    return path;
}

} // namespace bc25::ui
