// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

namespace bc25::ui {

// The save dialog of a file the workbench writes for the user (a health
// report, a soak export): it opens in the folder the last one went to, kept
// under `folderKey` in the settings, and the first time in the user's
// documents rather than wherever the program was started.
class SaveLocation final
{
public:
    // The path the user chose, or empty when cancelled.
    static QString ask(QWidget *parent, const QString &title, const QString &folderKey, const QString &fileName,
                       const QString &filter);
};

} // namespace bc25::ui
