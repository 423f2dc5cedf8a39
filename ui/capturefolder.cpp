// SPDX-License-Identifier: MIT
#include "capturefolder.h"

#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QUrl>

namespace bc25::ui {

QString CaptureFolder::path()
{
    return QSettings().value(QStringLiteral("captureFolder")).toString();
}

QString CaptureFolder::where()
{
    return tr("Captures go to %1").arg(QDir::toNativeSeparators(path()));
}

QString CaptureFolder::show(QWidget *parent, const std::function<bool(const QUrl &)> &open)
{
    const QString folder = path();
    if (open(QUrl::fromLocalFile(folder)))
        return {};
    // Qt says why only on standard error ("Unable to detect a launcher"): said here, with the path.
    const QString said = tr("The capture folder could not be shown: no program here opens folders. "
                            "Every session is recorded in:\n%1").arg(QDir::toNativeSeparators(folder));
    auto *box = new QMessageBox(QMessageBox::Information, tr("Capture folder"), said, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("captureFolder.notShown"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->open();
    return said;
}

} // namespace bc25::ui
