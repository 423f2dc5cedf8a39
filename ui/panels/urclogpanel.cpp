// SPDX-License-Identifier: MIT
#include "urclogpanel.h"

#include "tabletext.h"

#include "models/urclogmodel.h"
#include "search/findbar.h"
#include "views/columnfit.h"
#include "views/logview.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace bc25::ui {

UrcLogPanel::UrcLogPanel(UrcLogModel *model, int socketCount, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new UrcFilterModel(this))
    , m_view(new LogView(this))
    , m_find(new FindBar(this))
    , m_type(new QComboBox(this))
    , m_socket(new QComboBox(this))
    , m_pause(new QToolButton(this))
{
    m_type->addItem(tr("All types"), QString());
    m_socket->addItem(tr("All sockets"), -1);
    for (int id = 0; id < socketCount; ++id)
        m_socket->addItem(tr("Socket %1").arg(id), id);
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear"));
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export…"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Filter:"), this));
    bar->addWidget(m_type);
    bar->addWidget(m_socket);
    bar->addStretch();
    bar->addWidget(m_pause);
    bar->addWidget(clear);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    layout->addWidget(m_find);

    showFiltered();
    connect(m_type, &QComboBox::currentIndexChanged, this, &UrcLogPanel::showFiltered);
    connect(m_socket, &QComboBox::currentIndexChanged, this, &UrcLogPanel::showFiltered);
    connect(m_pause, &QToolButton::toggled, m_model, &UrcLogModel::setPaused);
    connect(clear, &QToolButton::clicked, m_model, &UrcLogModel::clear);
    connect(exportButton, &QToolButton::clicked, this, [this] {
        m_model->flush();
        if (const QString said = TableText::exportWithDialog(this, m_view->model(), tr("URC log"), QStringLiteral("urc-log.tsv"));
            !said.isEmpty())
            emit message(said);
    });
    TableText::installCopy(m_view);
    connect(model, &UrcLogModel::typesChanged, this, &UrcLogPanel::refreshTypes);
    m_view->viewport()->installEventFilter(this); // its columns follow its width
}

void UrcLogPanel::showFiltered()
{
    const QString type = m_type->currentData().toString();
    const int socket = m_socket->currentIndex() < 0 ? -1 : m_socket->currentData().toInt();
    const bool filtering = !type.isEmpty() || socket >= 0;
    m_filter->setTypeFilter(type);
    m_filter->setSocketFilter(socket);
    // The filter stands between the log and the view only while it filters:
    // a flood of URCs costs the proxy's bookkeeping nothing otherwise.
    m_filter->setSourceModel(filtering ? m_model : nullptr);
    QAbstractItemModel *shown = filtering ? static_cast<QAbstractItemModel *>(m_filter) : m_model;
    if (m_view->model() == shown)
        return;
    m_view->setModel(shown);
    fitColumns();
    // What the view shows (the filter applied), not the times: a digit typed would light up every one.
    m_find->attach(m_view, {UrcLogModel::Type, UrcLogModel::Socket, UrcLogModel::Meaning, UrcLogModel::Line});
}

void UrcLogPanel::fitColumns()
{
    // Time, type and socket as wide as what they show (100 px each left the
    // meaning and the line as printed cut at 1280×720, new-user pass 9); of
    // the rest, the meaning a little more than half, the line as printed what
    // is left (the last column stretches): the lines a session prints most
    // ("+QIURC: \"incoming\",…", "+QPING: 0,…") are whole at 1280×720. A
    // cell still too narrow ends in "…", whole in its tooltip.
    const QHeaderView *header = m_view->horizontalHeader();
    const auto fit = [&](int column, const QStringList &texts) {
        const int width = qMax(header->sectionSizeHint(column), ColumnFit::textWidth(m_view, texts));
        if (m_view->columnWidth(column) != width)
            m_view->setColumnWidth(column, width);
        return width;
    };
    const int fixed = fit(UrcLogModel::Time, {TableText::timeOfDay(0)}) + fit(UrcLogModel::Type, m_model->types())
            + fit(UrcLogModel::Socket, {QStringLiteral("00")});
    const int meaning = qMax(header->sectionSizeHint(UrcLogModel::Meaning), (m_view->viewport()->width() - fixed) * 11 / 20);
    if (m_view->columnWidth(UrcLogModel::Meaning) != meaning)
        m_view->setColumnWidth(UrcLogModel::Meaning, meaning);
}

bool UrcLogPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void UrcLogPanel::refreshTypes()
{
    fitColumns(); // a type wider than those seen before
    for (const QString &type : m_model->types()) {
        if (m_type->findData(type) < 0)
            m_type->addItem(type, type);
    }
}

void UrcLogPanel::setTypeFilter(const QString &type)
{
    refreshTypes();
    m_type->setCurrentIndex(qMax(0, m_type->findData(type)));
}

void UrcLogPanel::setSocketFilter(int socket)
{
    m_socket->setCurrentIndex(qMax(0, m_socket->findData(socket)));
}

int UrcLogPanel::exportTo(const QString &path, QString *error)
{
    m_model->flush();
    return TableText::write(path, m_view->model(), error); // what the view shows: its filter applied
}

} // namespace bc25::ui
