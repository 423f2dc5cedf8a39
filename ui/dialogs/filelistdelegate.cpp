// SPDX-License-Identifier: MIT
#include "filelistdelegate.h"

#include <QFileSystemModel>
#include <QLocale>

namespace bc25::ui {

namespace {

// QFileSystemModel's columns (Name, Size, Type, Date Modified).
constexpr int SizeColumn = 1;
constexpr int DateColumn = 3;

} // namespace

QString FileListDelegate::shown(const QModelIndex &index)
{
    const auto *files = qobject_cast<const QFileSystemModel *>(index.model());
    if (files && index.column() == DateColumn)
        return QLocale().toString(files->lastModified(index), QLocale::ShortFormat);
    if (files && index.column() == SizeColumn && !files->isDir(index))
        return QLocale().formattedDataSize(files->size(index));
    return index.data(Qt::DisplayRole).toString();
}

void FileListDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == SizeColumn || index.column() == DateColumn)
        option->text = shown(index);
}

} // namespace bc25::ui
