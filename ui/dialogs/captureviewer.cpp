// SPDX-License-Identifier: MIT
#include "captureviewer.h"

#include "bc25/trafficdecoder.h"
#include "capture/capturereader.h"
#include "models/trafficmodel.h"
#include "models/urclogmodel.h"
#include "panels/urclogpanel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bc25::ui {

CaptureViewer::CaptureViewer(QWidget *parent)
    : QDialog(parent)
    , m_traffic(new TrafficModel(this))
    , m_urcs(new UrcLogModel(this))
{
    resize(900, 600);
    auto *tabs = new QTabWidget(this);
    auto *traffic = new QTableView(tabs);
    traffic->setModel(m_traffic);
    traffic->verticalHeader()->hide();
    traffic->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    traffic->horizontalHeader()->setStretchLastSection(true);
    tabs->addTab(traffic, tr("Traffic"));
    tabs->addTab(new UrcLogPanel(m_urcs, tabs), tr("URC log"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
}

bool CaptureViewer::load(const QString &path, QString *error)
{
    QList<capture::CaptureRecord> records;
    if (!capture::CaptureReader::readFile(path, &records, error))
        return false;
    setWindowTitle(tr("Capture — %1").arg(QFileInfo(path).fileName()));
    m_traffic->setCap(qMax<qsizetype>(100000, records.size() * 4));
    TrafficDecoder decoder;
    // The same log as the live window's, fed by the decoder: the views look the same.
    SessionLog log;
    log.follow(&decoder);
    m_urcs->follow(&log);
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
            m_traffic->append(TrafficModel::Way::Note, record.bytes, record.timestampMs);
            decoder.noted(record.bytes, record.timestampMs);
            break;
        }
    }
    decoder.finish();
    m_traffic->flush();
    m_urcs->flush();
    return true;
}

} // namespace bc25::ui
