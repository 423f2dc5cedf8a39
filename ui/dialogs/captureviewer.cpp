// SPDX-License-Identifier: MIT
#include "captureviewer.h"

#include "profile/moduleprofile.h"

#include "bc25/trafficdecoder.h"
#include "capture/capturereader.h"
#include "models/trafficmodel.h"
#include "models/transactionmodel.h"
#include "models/urclogmodel.h"
#include "panels/transactionspanel.h"
#include "panels/urclogpanel.h"
#include "search/findbar.h"
#include "views/logview.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bc25::ui {

CaptureViewer::CaptureViewer(std::shared_ptr<const profile::ModuleProfile> profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(std::move(profile))
    , m_traffic(new TrafficModel(this))
    , m_urcs(new UrcLogModel(this))
    , m_transactions(new TransactionModel(this))
    , m_tabs(new QTabWidget(this))
    , m_trafficPage(new QWidget(m_tabs))
    , m_trafficView(new LogView(m_trafficPage))
    , m_transactionsPanel(new TransactionsPanel(m_transactions, m_tabs))
{
    resize(900, 600);
    // The terminal's view: its rows, colours and height, from the capture's start.
    m_trafficView->setFollowsEnd(false);
    m_trafficView->setModel(m_traffic);
    m_trafficView->verticalHeader()->setDefaultSectionSize(m_trafficView->fontMetrics().height() + 4);
    m_trafficView->setColumnWidth(TrafficModel::Time, 110);
    m_trafficView->setColumnWidth(TrafficModel::Direction, 40);
    m_transactionsPanel->setShowBytesText(tr("Show in traffic"));
    // The traffic searches like the terminal (Ctrl+F); the other tabs are panels with their own bar.
    auto *find = new FindBar(m_trafficPage);
    find->attach(m_trafficView, {TrafficModel::Bytes});
    auto *trafficLayout = new QVBoxLayout(m_trafficPage);
    trafficLayout->setContentsMargins(0, 0, 0, 0);
    trafficLayout->addWidget(m_trafficView, 1);
    trafficLayout->addWidget(find);
    m_tabs->addTab(m_trafficPage, tr("Traffic"));
    m_tabs->addTab(m_transactionsPanel, tr("Transactions"));
    m_tabs->addTab(new UrcLogPanel(m_urcs, m_profile->socketCount(), m_tabs), tr("URC log"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(m_transactionsPanel, &TransactionsPanel::showBytesRequested, this, &CaptureViewer::showTransactionBytes);
}

QTableView *CaptureViewer::trafficView() const
{
    return m_trafficView;
}

void CaptureViewer::showTransactionBytes(qint64 writtenMs, const QByteArray &command)
{
    const int row = m_traffic->findTransmit(writtenMs, command);
    if (row < 0)
        return;
    m_tabs->setCurrentWidget(m_trafficPage);
    m_trafficView->selectRow(row);
    m_trafficView->scrollTo(m_traffic->index(row, TrafficModel::Bytes), QAbstractItemView::PositionAtCenter);
}

bool CaptureViewer::load(const QString &path, QString *error)
{
    QList<capture::CaptureRecord> records;
    if (!capture::CaptureReader::readFile(path, &records, error))
        return false;
    setWindowTitle(tr("Capture — %1").arg(QFileInfo(path).fileName()));
    m_traffic->setCap(qMax<qsizetype>(100000, records.size() * 4));
    TrafficDecoder decoder(m_profile);
    decoder.setEventsWanted(false);
    // The same log as the live window's, fed by the decoder: the views look the same.
    SessionLog log;
    log.follow(&decoder);
    m_urcs->follow(&log);
    connect(&log, &SessionLog::transactionAdded, m_transactions,
            [this](const at::Transaction &t) { m_transactions->append(t); });
    for (const capture::CaptureRecord &record : std::as_const(records)) {
        switch (record.direction) {
        case capture::CaptureRecord::Direction::Transmit:
            m_traffic->append(TrafficModel::Way::Transmit, record.bytes, record.timestampMs);
            decoder.transmitted(record.bytes, record.timestampMs);
            break;
        case capture::CaptureRecord::Direction::Receive:
            m_traffic->append(TrafficModel::Way::Receive, record.bytes, record.timestampMs);
            decoder.received(record.bytes, record.timestampMs);
            break;
        case capture::CaptureRecord::Direction::Note:
            // Who wrote each command shows in the transactions, not as traffic.
            if (!TrafficDecoder::isSourceNote(record.bytes))
                m_traffic->append(TrafficModel::Way::Note, record.bytes, record.timestampMs);
            decoder.noted(record.bytes, record.timestampMs);
            break;
        }
    }
    decoder.finish();
    m_traffic->flush();
    m_urcs->flush();
    m_transactions->flush();
    return true;
}

} // namespace bc25::ui
