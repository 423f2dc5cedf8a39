// SPDX-License-Identifier: MIT
#include "quickreference.h"

#include "tabletext.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bc25::ui {

QuickReference::QuickReference(const profile::ModuleProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_pages(new QTabWidget(this))
    , m_details(new QTextBrowser(this))
{
    setWindowTitle(tr("Quick reference"));
    // Most of the screen, whatever its size: a 1280×720 laptop included.
    if (const QScreen *screen = parent ? parent->screen() : nullptr)
        resize(screen->availableGeometry().size() * 0.9);
    else
        resize(1100, 600);
    m_search->setPlaceholderText(tr("Search commands, parameters, error codes, URCs…"));
    m_search->setClearButtonEnabled(true);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setOpenLinks(false);
    addPage(Commands, ReferenceTables::commands(profile, this), tr("Commands"), ReferenceTables::Parameters);
    addPage(ErrorCodes, ReferenceTables::errorCodes(profile, this), tr("Error codes"), ReferenceTables::Meaning);
    addPage(Urcs, ReferenceTables::urcs(profile, this), tr("URCs"), ReferenceTables::UrcMeaning);
    updateTitles();

    // The tables above, the selected row's whole entry below.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    connect(m_search, &QLineEdit::textChanged, this, &QuickReference::setSearch);
    connect(m_pages, &QTabWidget::currentChanged, this, &QuickReference::showDetails);
    showDetails();
    m_search->setFocus(); // F1, then type
}

void QuickReference::addPage(Page page, QAbstractItemModel *model, const QString &title, int wideColumn)
{
    auto *filter = new QSortFilterProxyModel(this);
    filter->setSourceModel(model);
    filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter->setFilterKeyColumn(-1); // every column
    auto *view = new QTableView(m_pages);
    view->setObjectName(QStringLiteral("reference%1").arg(int(page)));
    view->setModel(filter);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(true);
    view->horizontalHeader()->setStretchLastSection(false);
    view->resizeColumnsToContents();
    // No column may take more than a fifth of the dialog (QIOPEN's syntax
    // alone is wider than half a laptop's screen), so the widest one keeps
    // room: a cell wraps, and the pane below shows the whole entry.
    for (int column = 0; column < model->columnCount(); ++column)
        view->setColumnWidth(column, qMin(view->columnWidth(column), width() / 5));
    view->horizontalHeader()->setSectionResizeMode(wideColumn, QHeaderView::Stretch);
    view->resizeRowsToContents();
    TableText::installCopy(view);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QuickReference::showDetails);
    m_views[page] = view;
    m_filters[page] = filter;
    m_titles[page] = title;
    m_pages->addTab(view, title);
}

void QuickReference::setSearch(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    for (int page = 0; page < PageCount; ++page) {
        m_filters[page]->setFilterFixedString(text);
        m_views[page]->resizeRowsToContents();
    }
    updateTitles();
    // An exact hit (the error code 566, the command QIOPEN, the URC pdpdeact)
    // brings its page forward, though another page mentions it in a description;
    // otherwise the page in view stays while it has matches, or the first that has some.
    int forward = -1;
    for (int page = 0; page < PageCount && forward < 0; ++page) {
        if (ReferenceTables::hasExactHit(m_filters[page], text))
            forward = page;
    }
    for (int page = 0; page < PageCount && forward < 0 && m_filters[m_pages->currentIndex()]->rowCount() == 0; ++page) {
        if (m_filters[page]->rowCount() > 0)
            forward = page;
    }
    if (forward >= 0)
        m_pages->setCurrentIndex(forward);
    showDetails();
}

void QuickReference::updateTitles()
{
    const bool searching = !m_search->text().isEmpty();
    for (int page = 0; page < PageCount; ++page) {
        //: a quick reference tab while searching: "Error codes (2)"
        m_pages->setTabText(page, searching ? tr("%1 (%2)").arg(m_titles[page], QString::number(m_filters[page]->rowCount()))
                                            : m_titles[page]);
    }
}

void QuickReference::showDetails()
{
    const int page = m_pages->currentIndex();
    if (page < 0)
        return;
    QTableView *view = m_views[page];
    const QAbstractItemModel *model = view->model();
    // Nothing selected (a new search): the first row, so the pane is never stale.
    if (!view->currentIndex().isValid() && model->rowCount() > 0) {
        view->setCurrentIndex(model->index(0, 0)); // comes back here through currentRowChanged
        return;
    }
    const int row = view->currentIndex().row();
    if (row < 0) {
        m_details->setPlainText(tr("Nothing matches."));
        return;
    }
    QString html;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString text = model->index(row, column).data().toString();
        if (text.isEmpty())
            continue;
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                        .arg(model->headerData(column, Qt::Horizontal).toString().toHtmlEscaped(),
                             text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    m_details->setHtml(html);
}

QString QuickReference::detailText() const
{
    return m_details->toPlainText();
}

} // namespace bc25::ui
