// SPDX-License-Identifier: MIT
#include "soakpanel.h"

#include "erroradvice.h"

#include "views/focushandover.h"
#include "views/steadylayout.h"

#include "soakchartview.h"
#include "dialogs/filedialogs.h"
#include "session/modulesession.h"
#include "soak/soakmonitor.h"
#include "views/lineheight.h"

#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace bc25::ui {

namespace {

constexpr int OutagesShown = 5;
constexpr int RedrawMs = 250; // at most four redraws a second, however fast samples come
constexpr int SummaryLinesAtLeast = 2; // more scroll: the chart keeps its height on a 1280×720 screen
constexpr int SummaryLinesAtMost = 10;

const QString HostKey = QStringLiteral("soak/host");
const QString PingKey = QStringLiteral("soak/pingSeconds");
const QString SignalKey = QStringLiteral("soak/signalSeconds");

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString lengthText(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 60)
        return SoakPanel::tr("%1 s").arg(double(ms) / 1000, 0, 'f', 1);
    if (s < 3600)
        return SoakPanel::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return SoakPanel::tr("%1 h %2 min").arg(s / 3600).arg(s / 60 % 60);
}

QString milliseconds(int ms)
{
    return ms < 0 ? SoakPanel::tr("–") : SoakPanel::tr("%1 ms").arg(ms);
}

} // namespace

SoakPanel::SoakPanel(ModuleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_profile(&session->profile())
    , m_monitor(new soak::SoakMonitor(session->commands(), this))
    , m_host(new QLineEdit(this))
    , m_pingSeconds(new QSpinBox(this))
    , m_signalSeconds(new QSpinBox(this))
    , m_start(new QPushButton(tr("Start"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_chart(new SoakChartView(this))
    , m_summary(new QLabel(this))
{
    const QSettings settings;
    m_host->setText(settings.value(HostKey, QStringLiteral("localhost")).toString());
    m_host->setToolTip(tr("The host AT+QPING pings each round (one echo)."));
    m_pingSeconds->setRange(1, 86400);
    m_pingSeconds->setValue(settings.value(PingKey, 10).toInt());
    m_pingSeconds->setSuffix(tr(" s"));
    m_signalSeconds->setRange(0, 86400);
    m_signalSeconds->setValue(settings.value(SignalKey, 60).toInt());
    m_signalSeconds->setSuffix(tr(" s"));
    m_signalSeconds->setSpecialValueText(tr("never"));
    m_signalSeconds->setToolTip(tr("How often AT+CSQ and AT+CEREG? are read; 0: never."));
    m_start->setObjectName(QStringLiteral("soak.start"));
    m_stop->setObjectName(QStringLiteral("soak.stop"));
    m_start->setEnabled(false); // until the window says a module is there
    m_start->setToolTip(tr("Connect a module first."));
    m_stop->setEnabled(false);
    m_export->setEnabled(false);
    SteadyLayout::wrapChangingText(m_summary);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *form = new QFormLayout;
    form->addRow(tr("Host:"), m_host);
    auto *intervals = new QHBoxLayout;
    intervals->addWidget(new QLabel(tr("Ping every"), this));
    intervals->addWidget(m_pingSeconds);
    intervals->addWidget(new QLabel(tr("Signal every"), this));
    intervals->addWidget(m_signalSeconds);
    intervals->addStretch(1);
    form->addRow(intervals);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_chart, 1);
    // The outages make the summary grow: it scrolls past a few lines instead of
    // pushing the chart (and the dock's tabs) off a 1280×720 screen.
    auto *summaryScroll = m_summaryScroll = new QScrollArea(this);
    summaryScroll->setObjectName(QStringLiteral("soak.summaryScroll"));
    summaryScroll->setWidget(m_summary);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    summaryScroll->viewport()->setAutoFillBackground(false);
    m_summary->setAutoFillBackground(false);
    layout->addWidget(summaryScroll);
    setSummary(introText());

    m_redraw.setSingleShot(true);
    m_redraw.setInterval(RedrawMs);
    connect(&m_redraw, &QTimer::timeout, this, &SoakPanel::redraw);
    connect(m_start, &QPushButton::clicked, this, &SoakPanel::start);
    connect(m_stop, &QPushButton::clicked, this, &SoakPanel::stop);
    connect(m_export, &QPushButton::clicked, this, &SoakPanel::exportCsv);
    connect(m_monitor, &soak::SoakMonitor::sampleTaken, this, &SoakPanel::scheduleRedraw);
    connect(m_monitor, &soak::SoakMonitor::runningChanged, this, &SoakPanel::onRunningChanged);
    // Lost pings say why when the module said it (a fresh BG96's context not
    // active: 561, with AT+QIACT as the socket panel and the ping tool say).
    connect(m_monitor, &soak::SoakMonitor::pingFailed, this, [this](int result, const QString &message) {
        m_failureNote = tr("The last ping failed: %1").arg(ErrorAdvice::withPingAdvice(message, result, *m_profile));
        scheduleRedraw();
    });
}

SoakPanel::~SoakPanel()
{
    saveForm();
    // The monitor, a child, stops when QWidget deletes it: by then this panel's
    // part is gone, so it must not call back into it.
    disconnect(m_monitor, nullptr, this, nullptr);
}

void SoakPanel::saveForm() const
{
    QSettings settings;
    settings.setValue(HostKey, m_host->text().trimmed());
    settings.setValue(PingKey, m_pingSeconds->value());
    settings.setValue(SignalKey, m_signalSeconds->value());
}

QString SoakPanel::start()
{
    if (!m_connected) {
        const QString why = tr("No module is connected: connect one first.");
        setSummary(why);
        return why;
    }
    soak::SoakSettings settings;
    settings.host = m_host->text().trimmed();
    settings.pingIntervalMs = m_pingSeconds->value() * qint64(1000);
    settings.signalIntervalMs = m_signalSeconds->value() * qint64(1000);
    settings.timeScale = m_timeScale;
    // Kept where the user can find it (the summary names it): the record of a
    // run that was not exported, or that a crash cut short.
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/soak"));
    folder.mkpath(QStringLiteral("."));
    settings.csvPath = folder.filePath(QStringLiteral("soak-%1.csv")
                                               .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString refused = m_monitor->start(settings);
    if (!refused.isEmpty()) {
        setSummary(refused);
        return refused;
    }
    saveForm();
    m_stopNote.clear();
    m_exportNote.clear();
    m_failureNote.clear();
    m_chart->clear();
    m_runShown = true;
    redraw();
    return {};
}

QString SoakPanel::introText()
{
    return tr("Pings a host and reads signal and registration for as long as it runs.");
}

void SoakPanel::forgetRun()
{
    // Another module's figures are not this one's: the chart and the summary
    // start empty. The run's CSV file stays where the summary said it was.
    m_runShown = false;
    m_stopNote.clear();
    m_exportNote.clear();
    m_failureNote.clear();
    m_chart->clear();
    setSummary(introText());
}

void SoakPanel::setModuleConnected(bool connected, const QString &message, bool byUser)
{
    const bool newLink = connected && !m_connected;
    m_connected = connected;
    if (newLink && !m_monitor->isRunning() && m_runShown)
        forgetRun();
    if (!connected && m_monitor->isRunning()) {
        // One sentence: the link's own message without its full stop inside the brackets.
        QString why = message.trimmed();
        while (!why.isEmpty() && QStringLiteral(".\u3002").contains(why.back()))
            why.chop(1);
        m_stopNote = byUser         ? tr("The run ended: you disconnected.")
                     : why.isEmpty() ? tr("The run ended: the link to the module was lost.")
                                     : tr("The run ended: the link to the module was lost (%1).").arg(why);
        m_monitor->stop();
    }
    onRunningChanged(m_monitor->isRunning());
}

void SoakPanel::stop()
{
    m_monitor->stop();
}

void SoakPanel::onRunningChanged(bool running)
{
    m_start->setEnabled(!running && m_connected);
    m_start->setToolTip(m_connected ? QString() : tr("Connect a module first."));
    FocusHandover::setEnabled(m_stop, running, m_start);
    m_export->setEnabled(m_runShown && !m_monitor->csvPath().isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *> {m_host, m_pingSeconds, m_signalSeconds})
        w->setEnabled(!running);
    redraw();
}

void SoakPanel::exportCsv()
{
    const QString name = QStringLiteral("soak-%1.csv").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = FileDialogs::saveFile(this, FileDialogs::Purpose::SoakCsv, tr("Export soak samples"), name,
                                               tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

QString SoakPanel::exportCsvTo(const QString &path)
{
    const QString error = m_monitor->exportCsv(path);
    // Said where the user looks, as the health check says where its report went.
    m_exportNote = error.isEmpty() ? tr("Exported every sample to %1.").arg(QDir::toNativeSeparators(path)) : error;
    redraw();
    if (m_monitor->summary().startMs == 0)
        setSummary(m_exportNote);
    m_summaryScroll->verticalScrollBar()->setValue(0); // the note is the first line
    return error;
}

void SoakPanel::scheduleRedraw()
{
    if (!m_redraw.isActive())
        m_redraw.start();
}

void SoakPanel::redraw()
{
    const soak::SoakSummary summary = m_monitor->summary();
    if (summary.startMs == 0 || !m_runShown)
        return; // no run yet, or one of a module before
    m_chart->showStatistics(m_monitor->statistics(), summary.startMs, m_monitor->nowMs());
    setSummary(describe(summary));
}

QString SoakPanel::describe(const soak::SoakSummary &s) const
{
    QStringList lines;
    if (!m_stopNote.isEmpty())
        lines << m_stopNote;
    if (!m_exportNote.isEmpty())
        lines << m_exportNote;
    if (!m_failureNote.isEmpty())
        lines << m_failureNote;
    const QString counts = tr("%n ping(s), %1 lost (%2 %)", nullptr, int(s.pings)).arg(s.lost).arg(QLocale().toString(s.lossPercent, 'f', 1));
    const bool running = m_monitor->isRunning();
    lines << (running ? tr("Running for %1: %2") : tr("Ran for %1, then stopped: %2")).arg(lengthText(s.durationMs), counts);
    // The module's failures (a context not active), apart from the network's losses.
    if (s.failed > 0)
        lines << tr("Pings the module failed (not counted as lost): %1").arg(s.failed);
    lines << tr("Round trip p50 %1, p95 %2, max %3")
                     .arg(milliseconds(s.p50Ms), milliseconds(s.p95Ms), milliseconds(s.maxMs));
    const QString rssi = s.lastRssi == 99 ? tr("unknown") : tr("%1 dBm").arg(-113 + 2 * s.lastRssi);
    lines << tr("Signal %1 (readings: %2), registration changes: %3").arg(rssi).arg(s.signalReadings).arg(s.registrationChanges);
    if (s.skippedRounds > 0)
        lines << tr("%1 rounds skipped: the previous one was still running.").arg(s.skippedRounds);
    // Where the record is, before the outages that can make the list scroll.
    if (!m_monitor->csvPath().isEmpty())
        lines << tr("Every sample: %1").arg(QDir::toNativeSeparators(m_monitor->csvPath()));
    lines << tr("Outages: %1, the longest %2").arg(s.outages).arg(lengthText(s.longestOutageMs));
    const QList<soak::SoakOutage> outages = m_monitor->statistics().outages(m_monitor->nowMs());
    for (qsizetype i = std::max<qsizetype>(0, outages.size() - OutagesShown); i < outages.size(); ++i) {
        const soak::SoakOutage &o = outages.at(i);
        const QString cause = o.cause == soak::SoakOutage::Cause::PingLoss ? tr("pings lost: %1").arg(o.lostPings)
                                                                          : tr("not registered");
        // Open at Stop: its end is unknown, and it is not going on in a run that is over.
        const QString open = !o.open ? QString() : running ? tr(" (ongoing)") : tr(" (not over when the run stopped)");
        lines << tr("  %1, %2: %3%4").arg(timeText(o.startMs), lengthText(o.lengthMs), cause, open);
    }
    if (s.outages > OutagesShown)
        lines << tr("  … and %1 earlier").arg(s.outages - OutagesShown);
    return lines.join(QLatin1Char('\n'));
}

void SoakPanel::setSummary(const QString &text)
{
    m_summary->setText(text);
    fitSummary();
}

// The summary's room is reserved whatever it says (a sixth of the panel, two
// lines at least, whole lines); past it, it scrolls. It follows the panel's
// height, never the text's: the chart keeps its height when a run's summary
// replaces the one-line introduction (SteadyLayout).
void SoakPanel::fitSummary()
{
    const int line = LineHeight::of(m_summary->font()); // a Chinese line is taller than the font says
    const int room = std::clamp(height() / 6 / line, SummaryLinesAtLeast, SummaryLinesAtMost) * line;
    if (m_summaryScroll->height() != room || m_summaryScroll->minimumHeight() != room)
        m_summaryScroll->setFixedHeight(room);
}

void SoakPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSummary();
}

QString SoakPanel::summaryText() const
{
    return m_summary->text();
}

} // namespace bc25::ui
