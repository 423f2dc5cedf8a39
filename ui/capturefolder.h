// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QUrl;
class QWidget;

namespace bc25::ui {

// Where every session's capture goes (the "captureFolder" setting the link
// keeps), and File → Show the capture folder: a file manager shows it, or,
// where none is installed (a field laptop's image), a message in the window
// says the path, selectable to copy.
class CaptureFolder final
{
    Q_DECLARE_TR_FUNCTIONS(bc25::ui::CaptureFolder)
public:
    [[nodiscard]] static QString path();
    // "Captures go to /home/…/captures": the menu's tooltip and status tip.
    [[nodiscard]] static QString where();
    // Shows the folder with `open` (QDesktopServices::openUrl); when that
    // fails, opens a message over `parent` and returns its words.
    static QString show(QWidget *parent, const std::function<bool(const QUrl &)> &open);
};

} // namespace bc25::ui
