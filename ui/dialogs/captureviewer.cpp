// SPDX-License-Identifier: MIT
#include "captureviewer.h"

#include "profile/moduleprofile.h"

#include "bc25/trafficdecoder.h"
#include "bc25/writtenorder.h"
#include "capture/captureformat.h"
#include "capture/capturereader.h"
#include "session/modulesession.h"
#include "models/trafficmodel.h"
#include "models/transactionmodel.h"
#include "models/urclogmodel.h"
#include "panels/transactionspanel.h"
#include "panels/urclogpanel.h"
#include "search/findbar.h"
#include "views/logview.h"
#include "views/lineheight.h"

#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bc25::ui {

namespace {

// The header's comments come before the first record: its first 16 KiB hold them.
constexpr qint64 HeaderBytes = 16 * 1024;

QByteArray headOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(HeaderBytes) : QByteArray();
}

// The decoder's routing, given to the traffic as the live session gives the
// terminal's: whose each row is, and a line the model does not expect marked
// (violet, its reason in the tooltip) by the same TrafficModel role.
class RoutedToTraffic final : public at::AssemblyListener
{
public:
    RoutedToTraffic(TrafficModel *traffic, TrafficDecoder *decoder) : m_traffic(traffic), m_decoder(decoder) {}
    void eventRouted(const at::RoutedEvent &routed) override
    {
        const bool recvHex = m_decoder->assembler().settings().recvHex;
        m_traffic->attribute(routed, routed.event ? ModuleSession::streamLength(*routed.event, recvHex) : 1);
    }
    void transactionAssembled(const at::Transaction &) override {}

private:
    TrafficModel *m_traffic;
    TrafficDecoder *m_decoder;
};

} // namespace

std::shared_ptr<const profile::ModuleProfile> CaptureViewer::modelOf(const QString &path)
{
    const QByteArray named = capture::CaptureFormat::modelOf(headOf(path));
    return named.isEmpty() ? nullptr : profile::ModuleProfile::byId(named);
}

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
    , m_model(new QLabel(this))
    , m_damagedNote(new QLabel(this))
    , m_damaged(new QPlainTextEdit(this))
{
    resize(900, 600);
    // The terminal's view: its rows, colours and height, from the capture's start.
    m_trafficView->setFollowsEnd(false);
    m_trafficView->setModel(m_traffic);
    m_trafficView->verticalHeader()->setDefaultSectionSize(LineHeight::row(m_trafficView->font(), 4));
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
    m_damaged->hide(); // a tab only when records were skipped
    m_damaged->setReadOnly(true);
    m_damaged->setObjectName(QStringLiteral("capture.damaged"));
    m_damagedNote->setWordWrap(true);
    m_damagedNote->setStyleSheet(QStringLiteral("color: #b00020"));
    m_damagedNote->hide();
    m_model->setObjectName(QStringLiteral("capture.model"));
    m_model->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_model);
    layout->addWidget(m_damagedNote);
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

void CaptureViewer::showDamaged(const QString &path, const QList<capture::CaptureReader::Problem> &problems,
                                qint64 malformed)
{
    if (malformed == 0)
        return;
    // bc25-decode's words, a line per record: FILE:LINE, and why.
    QStringList lines;
    const QString name = QFileInfo(path).fileName();
    for (const capture::CaptureReader::Problem &problem : problems)
        lines << tr("%1:%2: damaged record: %3").arg(name, QString::number(problem.line), problem.what);
    if (malformed > problems.size())
        lines << tr("%1: %n more damaged record(s)", nullptr, int(malformed - problems.size())).arg(name);
    m_damaged->setPlainText(lines.join(QLatin1Char('\n')));
    m_tabs->addTab(m_damaged, tr("Damaged records (%1)").arg(malformed));
    m_damagedNote->setText(tr("%n damaged record(s) of this capture could not be read and were skipped; "
                              "the tab \"Damaged records\" says where and why.", nullptr, int(malformed)));
    m_damagedNote->show();
}

QString CaptureViewer::damagedText() const
{
    return m_damaged->toPlainText();
}

QString CaptureViewer::modelText() const
{
    return m_model->text();
}

bool CaptureViewer::load(const QString &path, QString *error)
{
    QList<capture::CaptureRecord> records;
    QList<capture::CaptureReader::Problem> problems;
    qint64 malformed = 0;
    if (!capture::CaptureReader::readFile(path, &records, error, &problems, &malformed))
        return false;
    int modelLine = 0;
    int repeatedLine = 0;
    const QByteArray named = capture::CaptureFormat::modelOf(headOf(path), &modelLine, &repeatedLine);
    if (repeatedLine > 0) {
        // As bc25-decode: which of two models the writer meant is not guessed.
        if (error)
            *error = tr("Cannot read %1: line %2 names the capture's model a second time (first on line %3); a capture names one.")
                             .arg(path).arg(repeatedLine).arg(modelLine);
        return false;
    }
    showDamaged(path, problems, malformed);
    if (named.isEmpty())
        m_model->setText(tr("Model: %1 (no model in the header)").arg(m_profile->name()));
    else if (named.compare(m_profile->id(), Qt::CaseInsensitive) == 0)
        m_model->setText(tr("Model: %1 (from the capture's header)").arg(m_profile->name()));
    else
        m_model->setText(tr("Model: %1 (the header names \"%2\", a model this version does not read)")
                                 .arg(m_profile->name(), QString::fromLatin1(named)));
    setWindowTitle(tr("Capture — %1").arg(QFileInfo(path).fileName()));
    m_traffic->setCap(qMax<qsizetype>(100000, records.size() * 4));
    TrafficDecoder decoder(m_profile);
    decoder.setEventsWanted(false);
    RoutedToTraffic routing(m_traffic, &decoder);
    decoder.setListener(&routing);
    // The same log as the live window's, fed by the decoder: the views look the same.
    SessionLog log;
    log.follow(&decoder);
    m_urcs->follow(&log);
    // Transactions finish in the order their answers end them (an open waits
    // for its +QIOPEN); shown in the order they were written, as bc25-decode prints them.
    WrittenOrder written([this](const at::Transaction &t) { m_transactions->append(t); });
    connect(&log, &SessionLog::transactionAdded, m_transactions, [&written](const at::Transaction &t) { written.add(t); });
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
    written.flush();
    m_traffic->flush();
    m_urcs->flush();
    m_transactions->flush();
    return true;
}

} // namespace bc25::ui
