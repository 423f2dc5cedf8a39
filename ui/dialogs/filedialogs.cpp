// SPDX-License-Identifier: MIT
#include "filedialogs.h"

#include "filelistdelegate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QLocale>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTreeView>

namespace bc25::ui {

namespace {

// The settings key of each purpose's folder (the older keys of the report,
// the soak CSV and the quick commands' export kept, so that nothing is lost).
QString folderKey(FileDialogs::Purpose purpose)
{
    using Purpose = FileDialogs::Purpose;
    switch (purpose) {
    case Purpose::Capture: return QStringLiteral("folders/capture");
    case Purpose::Recipe: return QStringLiteral("folders/recipe");
    case Purpose::QuickCommands: return QStringLiteral("quick/exportFolder");
    case Purpose::Report: return QStringLiteral("health/reportFolder");
    case Purpose::SoakCsv: return QStringLiteral("soak/exportFolder");
    case Purpose::TableExport: return QStringLiteral("folders/tableExport");
    case Purpose::SendFile: return QStringLiteral("folders/sendFile");
    }
    return {};
}

QString run(QFileDialog &dialog, const QWidget *parent, FileDialogs::Purpose purpose)
{
    // Not the dot folders of a home folder (Qt lists them once QDir::Hidden is set).
    dialog.setFilter(dialog.filter() & ~QDir::Hidden);
    FileDialogs::fit(&dialog, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    QSettings().setValue(folderKey(purpose), QFileInfo(path).absolutePath());
    return path;
}

// A column wide enough for its header and for the widest of `samples`.
int columnWidth(const QHeaderView *header, int section, const QStringList &samples)
{
    const QString title = header->model() ? header->model()->headerData(section, Qt::Horizontal).toString() : QString();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    // Room for the sort arrow too: a sorted column keeps its title whole.
    const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    int text = header->fontMetrics().horizontalAdvance(title) + arrow + margin;
    for (const QString &sample : samples)
        text = std::max(text, header->fontMetrics().horizontalAdvance(sample));
    return text + 4 * margin;
}

} // namespace

QString FileDialogs::folder(Purpose purpose, const QString &fallback)
{
    const QString kept = QSettings().value(folderKey(purpose)).toString();
    if (!kept.isEmpty() && QFileInfo(kept).isDir())
        return kept;
    if (!fallback.isEmpty())
        return fallback;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString FileDialogs::openFile(QWidget *parent, Purpose purpose, const QString &title, const QString &filter,
                              const QString &fallback)
{
    QFileDialog dialog(parent, title, {}, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setDirectory(folder(purpose, fallback));
    return run(dialog, parent, purpose);
}

QString FileDialogs::saveFile(QWidget *parent, Purpose purpose, const QString &title, const QString &fileName,
                              const QString &filter)
{
    QFileDialog dialog(parent, title, {}, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDirectory(folder(purpose));
    dialog.selectFile(fileName);
    return run(dialog, parent, purpose);
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
    auto *files = dialog->findChild<QTreeView *>(QStringLiteral("treeView"));
    if (!files)
        return;
    // Size, Type and Date whole (their titles, a large size, a long type, a
    // date in the user's format: English or Chinese), the name the rest.
    QHeaderView *header = files->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    // Sizes and dates in the window's language, not the system's (the model's own).
    files->setItemDelegate(new FileListDelegate(files));
    const QStringList dates {QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat)};
    const QList<QStringList> samples = {
        {},
        {QLocale().formattedDataSize(1023 * 1024 * 1024 + 999)},
        {QCoreApplication::translate("QAbstractFileIconProvider", "%1 File").arg(QStringLiteral("bc25cap")),
         QCoreApplication::translate("QAbstractFileIconProvider", "Folder")},
        dates,
    };
    int minimum[4] = {0, 0, 0, 0};
    for (int section = 1; section < header->count() && section < 4; ++section) {
        minimum[section] = columnWidth(header, section, samples[section]);
        header->resizeSection(section, minimum[section]);
    }
    // The dialog's file list: the dialog less its side bar (a quarter at most)
    // and frames; the name column takes what the others leave, a third of it at least.
    const int list = dialog->width() * 3 / 4 - 2 * files->frameWidth()
            - files->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, files);
    const auto nameTheRest = [header, list] {
        int others = 0;
        for (int section = 1; section < header->count(); ++section)
            others += header->isSectionHidden(section) ? 0 : header->sectionSize(section);
        header->resizeSection(0, std::max(list - others, list / 3));
    };
    nameTheRest();
    // Once a folder is read, its own sizes, types ("JSON document") and dates
    // widen their columns where the samples were short.
    if (auto *model = qobject_cast<QFileSystemModel *>(files->model())) {
        QObject::connect(model, &QFileSystemModel::directoryLoaded, files, [files, header, minimum, nameTheRest] {
            for (int section = 1; section < header->count() && section < 4; ++section) {
                files->resizeColumnToContents(section);
                header->resizeSection(section, std::max(header->sectionSize(section), minimum[section]));
            }
            nameTheRest();
        });
    }
}

} // namespace bc25::ui
