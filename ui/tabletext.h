// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QString>

class QTableView;

namespace bc25::ui {

// Tables as text, for export and the clipboard: what the view shows (its
// filter applied), with a header row, times with their full date (a model
// gives them for ExportRole), as tab-separated or comma-separated values.
namespace TableText {

// A model answers this role with the cell as it should be exported, when
// that differs from what it shows (a time of day → the full date and time).
inline constexpr int ExportRole = Qt::UserRole + 100;

enum class Format { Tsv, Csv };

// A log's time as its views show it ("14:03:07.250") and as exports carry it,
// with the date ("2026-11-25 14:03:07.250"), in local time.
QString timeOfDay(qint64 msecsSinceEpoch);
QString dateAndTime(qint64 msecsSinceEpoch);

// The rows given (all rows when empty), with the header first.
QString of(const QAbstractItemModel *model, Format format, const QList<int> &rows = {}, bool header = true);
// The format a file name asks for: .csv → CSV, anything else TSV.
Format formatFor(const QString &path);
// Ctrl+C copies the selected rows (a context menu offers Copy too).
void installCopy(QTableView *view);
// Writes what a view shows to a file (TSV, or CSV with a BOM for a .csv name):
// the rows written, or -1 with the reason in `error`.
int write(const QString &path, const QAbstractItemModel *model, QString *error = nullptr);
// Export…: asks where, writes, and returns the sentence that says what happened
// (empty when the user cancelled).
QString exportWithDialog(QWidget *parent, const QAbstractItemModel *model, const QString &what,
                         const QString &suggestedName);

} // namespace TableText

} // namespace bc25::ui
