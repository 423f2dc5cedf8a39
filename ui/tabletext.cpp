// SPDX-License-Identifier: MIT
#include "tabletext.h"
#include "dialogs/filedialogs.h"
#include "wholefile.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace bc25::ui::TableText {

namespace {

QString cell(const QString &text, Format format)
{
    if (format == Format::Tsv) {
        QString flat = text;
        return flat.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    // RFC 4180: quote a field that holds a comma, a quote or a line break.
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    return QLatin1Char('"') + quoted.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

} // namespace

QString of(const QAbstractItemModel *model, Format format, const QList<int> &rows, bool header)
{
    const QChar separator = format == Format::Csv ? QLatin1Char(',') : QLatin1Char('\t');
    QString text;
    QStringList cells;
    if (header) {
        for (int column = 0; column < model->columnCount(); ++column)
            cells << cell(model->headerData(column, Qt::Horizontal).toString(), format);
        text += cells.join(separator) + QLatin1Char('\n');
    }
    const int count = rows.isEmpty() ? model->rowCount() : int(rows.size());
    for (int i = 0; i < count; ++i) {
        const int row = rows.isEmpty() ? i : rows.at(i);
        cells.clear();
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QVariant exported = index.data(ExportRole);
            cells << cell(exported.isValid() ? exported.toString() : index.data().toString(), format);
        }
        text += cells.join(separator) + QLatin1Char('\n');
    }
    return text;
}

QString timeOfDay(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString dateAndTime(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

Format formatFor(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? Format::Csv : Format::Tsv;
}

void installCopy(QTableView *view)
{
    auto *copy = new QAction(QApplication::translate("bc25::ui::TableText", "Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        QList<int> rows;
        const QModelIndexList selected = view->selectionModel()->selectedIndexes();
        rows.reserve(selected.size());
        for (const QModelIndex &index : selected)
            rows << index.row();
        // A cell per column was selected: one row each, in order (sorting, so that 100,000 rows copy at once).
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        if (!rows.isEmpty())
            QApplication::clipboard()->setText(of(view->model(), Format::Tsv, rows, false));
    });
}

int write(const QString &path, const QAbstractItemModel *model, QString *error)
{
    const Format format = formatFor(path);
    // A byte order mark lets spreadsheets read the Chinese in a CSV as UTF-8.
    const QByteArray contents = (format == Format::Csv ? QByteArray("\xEF\xBB\xBF") : QByteArray())
                                + of(model, format).toUtf8();
    if (!WholeFile::write(path, contents, error))
        return -1;
    return model->rowCount();
}

QString exportWithDialog(QWidget *parent, const QAbstractItemModel *model, const QString &what,
                         const QString &suggestedName)
{
    const QString path = FileDialogs::saveFile(
            parent, FileDialogs::Purpose::TableExport, QApplication::translate("bc25::ui::TableText", "Export the %1").arg(what),
            suggestedName,
            QApplication::translate("bc25::ui::TableText", "Tab-separated text (*.tsv *.txt);;Comma-separated values (*.csv)"));
    if (path.isEmpty())
        return {};
    QString error;
    const int rows = write(path, model, &error);
    return rows >= 0 ? QApplication::translate("bc25::ui::TableText", "Saved %n row(s) of the %1 to %2.", nullptr, rows)
                               .arg(what, path)
                     : QApplication::translate("bc25::ui::TableText", "Could not save %1: %2").arg(path, error);
}

} // namespace bc25::ui::TableText
