// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace bc25::ui {

// Every file dialog of the workbench (open a capture, a recipe, quick
// commands, a file to send; save a report, a CSV, an export): Qt's own dialog
// (where the desktop offers no native one) is sized to the window — 80 % of
// it, within the screen — in its detail view with Size, Type and Date whole
// and the name column the rest, not its default 500-odd pixels with names cut
// at 1280×720. Hidden files and folders are not listed (a home folder's
// dot folders bury the user's own).
// Each purpose opens in the folder last chosen for it, across restarts too
// (the settings keep one folder per purpose), the first time in `fallback`.
class FileDialogs final
{
public:
    enum class Purpose : quint8 {
        Capture,       // File → Open capture…
        Recipe,        // the Recipes dock's Open file…
        QuickCommands, // the quick commands' Import… and Export…
        Report,        // the health check's Save report…
        SoakCsv,       // the soak monitor's Export CSV…
        TableExport,   // a view's or a console's Export…
        SendFile,      // a console's File…
    };
    static constexpr Purpose Purposes[] = {Purpose::Capture,  Purpose::Recipe,      Purpose::QuickCommands, Purpose::Report,
                                           Purpose::SoakCsv, Purpose::TableExport, Purpose::SendFile};

    // The path chosen, or empty when cancelled.
    static QString openFile(QWidget *parent, Purpose purpose, const QString &title, const QString &filter,
                            const QString &fallback = {});
    // `fileName` is suggested in the purpose's folder (the user's documents the first time).
    static QString saveFile(QWidget *parent, Purpose purpose, const QString &title, const QString &fileName,
                            const QString &filter);
    // The folder a dialog of this purpose opens in.
    [[nodiscard]] static QString folder(Purpose purpose, const QString &fallback = {});
    // What both do before the dialog shows (tests check it on the dialog shown).
    static void fit(QFileDialog *dialog, const QWidget *parent);
    static constexpr double WindowShare = 0.8;
};

} // namespace bc25::ui
