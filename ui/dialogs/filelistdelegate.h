// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace bc25::ui {

// Qt's own file dialog writes its files' sizes and dates with
// QLocale::system() — the environment's LC_TIME, "7 Dec 2026 08:37:04" under
// a Chinese window when only the language was chosen (--lang, LANGUAGE). This
// delegate writes them in the language the window speaks (QLocale(), which
// Translations::install sets), "2026/12/7 08:37"; the names and types are the
// model's own.
class FileListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileListDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // What the row shows in `index`'s column: a file's size and date in
    // QLocale(), anything else as the model says it.
    [[nodiscard]] static QString shown(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace bc25::ui
