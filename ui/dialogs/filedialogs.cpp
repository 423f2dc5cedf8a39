// SPDX-License-Identifier: MIT
#include "filedialogs.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QScreen>
#include <QTreeView>

namespace bc25::ui {

namespace {

QString run(QFileDialog &dialog, const QWidget *parent)
{
    FileDialogs::fit(&dialog, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

void startIn(QFileDialog &dialog, const QString &folderOrFile)
{
    if (folderOrFile.isEmpty())
        return;
    const QFileInfo info(folderOrFile);
    if (info.isDir()) {
        dialog.setDirectory(folderOrFile);
        return;
    }
    dialog.setDirectory(info.absolutePath());
    dialog.selectFile(info.fileName());
}

} // namespace

QString FileDialogs::openFile(QWidget *parent, const QString &title, const QString &folder, const QString &filter)
{
    QFileDialog dialog(parent, title, {}, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    startIn(dialog, folder);
    return run(dialog, parent);
}

QString FileDialogs::saveFile(QWidget *parent, const QString &title, const QString &path, const QString &filter)
{
    QFileDialog dialog(parent, title, {}, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    startIn(dialog, path);
    return run(dialog, parent);
}

void FileDialogs::fit(QFileDialog *dialog, const QWidget *parent)
{
    // A native dialog sizes itself; Qt's own is set here (after it restored
    // its last state, which would otherwise bring the narrow columns back).
    const QWidget *window = parent ? parent->window() : nullptr;
    QSize size = window ? window->size() * WindowShare : QSize(900, 560);
    if (const QScreen *screen = window ? window->screen() : dialog->screen())
        size = size.boundedTo(screen->availableSize());
    dialog->resize(size.expandedTo(QSize(640, 400)).boundedTo(dialog->maximumSize()));
    dialog->setViewMode(QFileDialog::Detail);
    if (auto *files = dialog->findChild<QTreeView *>(QStringLiteral("treeView"))) {
        // Half the dialog for names; size, type and date share what is left.
        QHeaderView *header = files->header();
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->resizeSection(0, dialog->width() / 2);
    }
}

} // namespace bc25::ui
