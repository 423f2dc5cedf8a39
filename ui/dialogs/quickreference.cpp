// SPDX-License-Identifier: MIT
#include "quickreference.h"

#include "bc25/commandcatalog.h"
#include "tabletext.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bc25::ui {

QuickReference::QuickReference(QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Quick reference"));
    // Wide enough for QIOPEN's syntax: most of the screen, whatever its size.
    if (const QScreen *screen = parent ? parent->screen() : nullptr)
        resize(screen->availableGeometry().size() * 0.9);
    else
        resize(1200, 600);
    fill();
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1); // every column
    m_search->setPlaceholderText(tr("Search commands, parameters, sections…"));
    m_search->setClearButtonEnabled(true);
    m_view->setModel(m_filter);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(Parameters, QHeaderView::Stretch);
    m_view->resizeColumnsToContents(); // nothing elided: each column as wide as its text
    m_view->setColumnWidth(Title, qMin(m_view->columnWidth(Title), 220));
    // QIOPEN's syntax alone is wider than half a laptop's screen: it wraps
    // rather than push the parameters, answers and section out of sight.
    m_view->setColumnWidth(Syntax, qMin(m_view->columnWidth(Syntax), width() * 2 / 5));
    m_view->resizeRowsToContents();
    TableText::installCopy(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    connect(m_search, &QLineEdit::textChanged, this, &QuickReference::setSearch);
}

void QuickReference::setSearch(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_filter->setFilterFixedString(text);
    m_view->resizeRowsToContents();
}

void QuickReference::fill()
{
    m_model->setHorizontalHeaderLabels({tr("Command"), tr("Title"), tr("Syntax"), tr("Parameters"),
                                        tr("Answers with"), tr("Manual")});
    for (const CommandSpec &spec : CommandCatalog::commands()) {
        QStringList answers;
        for (const QByteArray &prefix : spec.ownedPrefixes)
            answers << QLatin1Char('+') + QString::fromLatin1(prefix) + QLatin1Char(':');
        QList<QStandardItem *> row {
            new QStandardItem(QString::fromLatin1(spec.commandText())),
            new QStandardItem(CommandCatalog::title(spec)),
            new QStandardItem(CommandCatalog::syntax(spec).join(QLatin1Char('\n'))),
            new QStandardItem(CommandCatalog::parameterRanges(spec).join(QLatin1Char('\n'))),
            new QStandardItem(answers.join(QStringLiteral(", "))),
            new QStandardItem(QString::fromLatin1(spec.section)),
        };
        for (QStandardItem *item : row) {
            item->setEditable(false);
            item->setToolTip(item->text()); // the whole text, should a column be narrow
        }
        m_model->appendRow(row);
    }
}

} // namespace bc25::ui
