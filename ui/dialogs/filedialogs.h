// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace bc25::ui {

// Every file dialog of the workbench (open a capture, a recipe, quick
// commands, a file to send; save a report, a CSV, an export): Qt's own dialog
// (where the desktop offers no native one) is sized to the window — 80 % of
// it, within the screen — in its detail view with the name column the widest,
// not its default 500-odd pixels with names cut at 1280×720.
class FileDialogs final
{
public:
    // The path chosen, or empty when cancelled. `folder` may name a file in it.
    static QString openFile(QWidget *parent, const QString &title, const QString &folder = {},
                            const QString &filter = {});
    static QString saveFile(QWidget *parent, const QString &title, const QString &path, const QString &filter);
    // What both do before the dialog shows (tests check it on the dialog shown).
    static void fit(QFileDialog *dialog, const QWidget *parent);
    static constexpr double WindowShare = 0.8;
};

} // namespace bc25::ui
