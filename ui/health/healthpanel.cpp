// SPDX-License-Identifier: MIT
#include "healthpanel.h"
#include "views/focushandover.h"
#include "views/statusline.h"
#include "views/steadylayout.h"

#include "checkdetails.h"
#include "dialogs/filedialogs.h"
#include "healthplanmodel.h"
#include "healthplanview.h"
#include "healthreportfiles.h"
#include "healthsettingsform.h"

#include "health/healthcheck.h"
#include "health/healthplan.h"
#include "health/runverdict.h"
#include "link/connection.h"
#include "profile/moduleprofile.h"
#include "session/modulesession.h"
#include "translations.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bc25::ui {

using health::CheckResult;
using health::HealthPlan;
using health::Verdict;

namespace {

constexpr char UntickedKey[] = "health/unticked";
constexpr char HostsShownKey[] = "health/hostsShown";

} // namespace

HealthPanel::HealthPanel(ModuleSession *session, link::Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_connection(connection)
    , m_check(new health::HealthCheck(session->commands(), this))
    , m_form(new HealthSettingsForm(session->profile(), this))
    , m_model(new HealthPlanModel(this))
    , m_view(new HealthPlanView(m_model, this))
    , m_details(new QTextEdit(this))
    , m_runButton(new QPushButton(tr("Run"), this))
    , m_stopButton(new QPushButton(tr("Stop"), this))
    , m_saveButton(new QPushButton(tr("Save report…"), this))
    , m_includeIdentities(new QCheckBox(tr("Include IMEI/IMSI/ICCID"), this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressLine(new StatusLine(1, this))
    , m_hostsButton(new QToolButton(this))
{
    m_hostsButton->setText(tr("Hosts"));
    m_view->setObjectName(QStringLiteral("health.plan"));
    m_details->setObjectName(QStringLiteral("health.details"));
    m_stopButton->setToolTip(tr("Stop after the command in flight: nothing more is sent."));
    m_saveButton->setToolTip(tr("Save the last run as a self-contained HTML page and a JSON file beside it."));
    m_includeIdentities->setToolTip(tr("Unticked, the module's IMEI, IMSI and ICCID are masked in the report: "
                                       "reports are often mailed on."));

    QScrollArea *formScroll = m_form->inScrollArea(this);

    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a check to see its commands or, once it has run, its evidence: "
                                     "every transaction it sent."));

    // Run and its progress above, the report below the results it is made of.
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_stopButton);
    // The words get a little more of the row than the bar, which must still
    // show how far the run is (at 1:4 it was a ~40 px box at 1280×720).
    buttons->addWidget(m_progress, 2);
    buttons->addWidget(m_progressLine, 3);
    buttons->addStretch(); // takes the room while the progress bar is hidden
    buttons->addWidget(m_hostsButton);
    auto *report = new QHBoxLayout;
    report->setContentsMargins(0, 0, 0, 0);
    report->addWidget(m_includeIdentities);
    report->addStretch();
    report->addWidget(m_saveButton);
    SteadyLayout::wrapChangingText(m_status);
    m_status->setTextFormat(Qt::RichText); // a red verdict and a neutral note in one label (setStatus)
    // The bar draws no text: a style clips it without a word (Chinese at 1280×720, and the
    // verdict at 1600×1000). Its words stand in a status line beside it that is cut with
    // "…", whole in its tooltip; neither's width depends on the text (Ignored: by stretch
    // only), so a longer text never moves the row.
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_runButton->sizeHint().height());
    m_progress->setSizePolicy(QSizePolicy::Ignored, m_progress->sizePolicy().verticalPolicy());
    m_progressLine->setObjectName(QStringLiteral("health.progress"));
    m_progressLine->setSizePolicy(QSizePolicy::Ignored, m_progressLine->sizePolicy().verticalPolicy());
    m_progressLine->hide();
    connect(m_progress, &QProgressBar::valueChanged, this, [this] { setProgressWords(m_progress->text()); });

    // Form, plan and evidence share the dock's height (about 370 pixels on a
    // 1280×720 screen, tabbed with the tools): the plan gets the most, the
    // form can be folded away by dragging.
    auto *splitter = m_splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(formScroll);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setCollapsible(1, false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
    // The hosts fold away: the plan's commands show them anyway, and the results need the room.
    m_hostsButton->setCheckable(true);
    m_hostsButton->setToolTip(tr("Show or hide the hosts the checks use and the limits they judge by."));
    connect(m_hostsButton, &QToolButton::toggled, formScroll, &QWidget::setVisible);
    // The user's fold is kept for the next start (a run's own folding is not the user's).
    m_hostsButton->setChecked(QSettings().value(QLatin1String(HostsShownKey), true).toBool());
    formScroll->setVisible(m_hostsButton->isChecked());
    connect(m_hostsButton, &QToolButton::clicked, this,
            [](bool shown) { QSettings().setValue(QLatin1String(HostsShownKey), shown); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(3);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addLayout(report);

    connect(m_runButton, &QPushButton::clicked, this, &HealthPanel::run);
    connect(m_stopButton, &QPushButton::clicked, this, &HealthPanel::stop);
    connect(m_saveButton, &QPushButton::clicked, this, &HealthPanel::saveReportWithDialog);
    connect(m_form, &HealthSettingsForm::changed, this, [this] {
        // The virtual module's services move with each start: not the user's choice to keep.
        if (!(m_connection->isVirtual() && connected()))
            m_form->save();
        // The plan follows the form, and the last run's results go with the old
        // plan: a report saved now would not be of what the window shows.
        if (!isRunning() && !m_lastResults.isEmpty()) {
            m_lastResults.clear();
            setStatus(tr("The hosts or limits changed: run the check again for results and a report."));
        }
        rebuildPlan();
    });
    connect(m_model, &HealthPlanModel::tickChanged, this, [this] {
        QStringList names;
        for (const health::CheckKind kind : m_model->unticked())
            names << QLatin1String(HealthPlan::kindName(kind));
        names.sort();
        QSettings().setValue(QLatin1String(UntickedKey), names);
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showDetails(HealthPlanModel::checkOf(current)); });
    connect(m_check, &health::HealthCheck::checkStarted, this, &HealthPanel::onCheckStarted);
    connect(m_check, &health::HealthCheck::checkFinished, this, &HealthPanel::onCheckFinished);
    connect(m_check, &health::HealthCheck::finished, this,
            [this](const QList<CheckResult> &results) { endRun(results, std::exchange(m_endReason, {})); });
    connect(connection, &link::Connection::stateChanged, this,
            [this](link::Connection::State state, const QString &message) { onConnectionState(int(state), message); });
    // A socket taken or freed changes which one the TCP check opens; not mid-run, nor over results on show.
    // socketChanged comes with every byte counted: only a change of the free socket rebuilds.
    connect(session->sockets(), &SocketTable::socketChanged, this, [this] {
        if (!isRunning() && m_model->results().isEmpty() && m_session->sockets()->firstFreeSocket() != m_plannedSocket)
            rebuildPlan();
    });

    QSet<health::CheckKind> unticked;
    for (const QString &name : QSettings().value(QLatin1String(UntickedKey)).toStringList()) {
        if (const auto kind = HealthPlan::kindNamed(name))
            unticked.insert(*kind);
    }
    m_model->setUnticked(unticked);
    m_form->load();
    onConnectionState(int(connection->state()), {});
}

HealthPanel::~HealthPanel() = default;

void HealthPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_splitterMoved)
        return;
    // Until the user drags it: the plan gets what the form (it scrolls) and the evidence leave.
    const int height = m_splitter->height();
    const int form = qMin(m_form->sizeHint().height(), height * 3 / 10);
    m_splitter->setSizes({form, height - form - height / 4, height / 4});
}

bool HealthPanel::connected() const
{
    return m_connection->state() == link::Connection::State::Connected;
}

bool HealthPanel::isRunning() const
{
    return m_check->isRunning();
}

health::HealthSettings HealthPanel::currentSettings() const
{
    health::HealthSettings s = m_form->settings();
    // The user's own +CEREG reporting goes back after the registration check.
    if (const int n = m_session->status()->info().registrationReporting; n >= 0)
        s.registrationReporting = n;
    s.connectId = m_session->sockets()->firstFreeSocket(); // as bc25-run --health picks it
    return s;
}

void HealthPanel::rebuildPlan()
{
    if (isRunning())
        return;
    const int current = HealthPlanModel::checkOf(m_view->currentIndex());
    const health::HealthSettings settings = currentSettings();
    m_plannedSocket = settings.connectId;
    m_model->setPlan(HealthPlan::build(settings, m_session->profile()));
    if (current >= 0)
        m_view->setCurrentIndex(m_model->index(current, 0));
    updateButtons();
}

void HealthPanel::onConnectionState(int state, const QString &message)
{
    const auto linkState = link::Connection::State(state);
    if (isRunning() && linkState != link::Connection::State::Connected) {
        // The engine ends the command in flight with the link; the core's finished() follows.
        m_endReason = tr("The link to the module ended: %1").arg(message);
        // Not the user's Stop: the checks left say the link went.
        m_check->stop(linkState == link::Connection::State::Disconnected ? tr("Not run: you disconnected from the module.")
                                                                         : tr("Not run: the link to the module was lost."));
        updateButtons();
        return; // that sentence stays on show: it is why the results stop where they do
    }
    // The last run's results stay after its link ends, to be read and saved (as the soak
    // monitor's do); a new link is another module's, or the same one since changed.
    if (linkState == link::Connection::State::Connected && !m_lastResults.isEmpty())
        forgetRun();
    if (linkState == link::Connection::State::Connected && m_connection->isVirtual()) {
        m_form->useVirtualModuleServices(m_connection->echoPort(), m_connection->timePort());
    } else if (linkState == link::Connection::State::Connected) {
        // The user's own hosts, after a demo too. Not on a disconnect: the plan
        // would be rebuilt and the results on show would go.
        m_form->load();
    }
    if (!isRunning() && !connected() && !m_lastResults.isEmpty())
        showResultsOfAnEndedLink();
    else if (!isRunning())
        setStatus(connected() ? tr("Ready: the ticked checks send the commands listed under them, and nothing else.")
                              : tr("No module is connected: connect one (or the virtual module) to run the health check. "
                                   "The plan below can be prepared meanwhile."));
    updateButtons();
}

void HealthPanel::forgetRun()
{
    m_lastResults.clear();
    m_verdictText.clear();
    m_verdictTally.clear();
    m_model->clearResults();
    updateButtons();
}

void HealthPanel::showResultsOfAnEndedLink()
{
    // Said plainly: these marks are of a module no longer there (new-user pass 9, zh_CN F7).
    setStatus(tr("Last run, on the link that ended: %1").arg(m_verdictText), m_verdictFailed,
              tr("No module is connected: the results stay to be read and saved; the next link clears them."));
    setProgressWords(tr("Last run: %1").arg(m_verdictTally));
}

void HealthPanel::setProgressWords(const QString &words)
{
    m_progressLine->setStatus(words);
    m_progress->setToolTip(words); // the bar draws no text of its own
}

bool HealthPanel::run()
{
    if (isRunning() || !connected())
        return false;
    rebuildPlan();
    const QList<health::PlannedCheck> plan = m_model->plan();
    m_toRun = int(std::count_if(plan.cbegin(), plan.cend(), [](const health::PlannedCheck &c) {
        return c.enabled && c.problem.isEmpty() && !c.commands.isEmpty();
    }));
    if (m_toRun == 0) {
        setStatus(tr("No check is ticked: nothing was sent."), true);
        return false;
    }
    // Counted as RunVerdict counts (its tally ends the run): every check the user did not
    // untick, one that cannot run for want of its host included — "Check 7 of 10", then "9 of 10 passed".
    m_counted = int(std::count_if(plan.cbegin(), plan.cend(), [](const health::PlannedCheck &c) {
        return c.enabled || !c.problem.isEmpty();
    }));
    m_runPlan = plan;
    m_runSettings = currentSettings();
    m_started = 0;
    m_ran = 0;
    m_lastResults.clear();
    m_model->clearResults();
    m_model->setLocked(true);
    m_hostsButton->setChecked(false); // the form is locked during the run: the results get its room
    m_progress->setRange(0, m_counted);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    setProgressWords(m_progress->text());
    if (!m_check->start(plan, m_runSettings)) {
        m_model->setLocked(false);
        return false;
    }
    updateButtons();
    return true;
}

void HealthPanel::stop()
{
    if (!isRunning())
        return;
    // The core ends the run after the command in flight (and an AT+QICLOSE
    // still due); its finished() brings the results.
    m_endReason = tr("Stopped by the user: nothing more was sent.");
    FocusHandover::setEnabled(m_stopButton, false, m_view); // Run is off until the check ends
    setStatus(tr("Stopping after the command under way…"));
    m_check->stop(); // may finish at once, and say so
}

void HealthPanel::onCheckStarted(int check)
{
    ++m_started;
    m_model->setRunning(check);
    m_view->scrollTo(m_model->index(check, 0));
    setStatus(tr("Check %1 of %2: %3…").arg(m_started).arg(m_counted).arg(HealthPlan::title(m_model->check(check).kind)));
}

void HealthPanel::onCheckFinished(int check, const CheckResult &result)
{
    m_model->setResult(check, result);
    if (result.verdict != Verdict::NotRun || !result.evidence.isEmpty())
        m_progress->setValue(++m_ran);
    m_view->expand(m_model->index(check, 0));
    if (HealthPlanModel::checkOf(m_view->currentIndex()) == check)
        showDetails(check);
}

// The run is over (finished, stopped or its link gone): every check of the plan gets a result.
void HealthPanel::endRun(QList<CheckResult> results, const QString &reason)
{
    for (qsizetype i = results.size(); i < m_runPlan.size(); ++i) {
        CheckResult r;
        r.kind = m_runPlan.at(i).kind;
        r.verdict = Verdict::NotRun;
        r.summary = m_runPlan.at(i).enabled ? tr("Not finished: %1").arg(reason) : tr("Not ticked: nothing was sent.");
        m_model->setResult(int(i), r);
        results << r;
    }
    m_model->setRunning(-1);
    m_model->setLocked(false);
    m_lastResults = results;
    m_runEnded = QDateTime::currentDateTime();
    const health::VerdictCounts counts = health::VerdictCounts::of(results);
    // The run's verdict in words first, as bc25-run prints it ("FAILED — 1 of 10
    // checks failed: Signal."); then why it ended early, then the counts.
    const health::RunVerdict verdict = health::RunVerdict::of(m_runPlan, results);
    // What the user unticked is said apart from what did not run (and held against the run).
    const QString counted = verdict.skipped() == 0
            ? tr("%1 passed, %2 with a warning, %3 failed, %4 not run.")
                      .arg(counts.passed).arg(counts.warnings).arg(counts.failed).arg(counts.notRun)
            : tr("%1 passed, %2 with a warning, %3 failed, %4 not run, %5 skipped.")
                      .arg(counts.passed).arg(counts.warnings).arg(counts.failed).arg(counts.notRun - verdict.skipped())
                      .arg(verdict.skipped());
    const QString headline = tr("%1 — %2").arg(verdict.title(), verdict.sentence());
    QString text = counted;
    const auto stopper = std::find_if(results.cbegin(), results.cend(),
                                      [](const CheckResult &r) { return r.verdict == Verdict::Fail && r.stopsRest; });
    if (stopper != results.cend())
        text = Translations::joined(text, tr("Stopped at \"%1\": the checks after it would tell nothing.").arg(HealthPlan::title(stopper->kind)));
    if (!reason.isEmpty())
        text = Translations::joined(reason, text);
    text = headline + QLatin1Char('\n') + text;
    m_verdictText = text;
    m_verdictFailed = !verdict.passed();
    setStatus(text, m_verdictFailed);
    // The verdict's own tally ("PASSED: 7 of 9 passed, 1 skipped"): the checks the user
    // skipped said apart, one that could not run for want of its host counted. The bar,
    // full whatever the run got through, says nothing more: it goes (updateButtons) and
    // the words get the row — whole at 1280×720 in Chinese too (new-user pass 9, zh_CN F6).
    m_verdictTally = tr("%1: %2").arg(verdict.title(), verdict.tally());
    m_progress->setValue(m_progress->maximum());
    m_progress->setFormat(m_verdictTally);
    setProgressWords(m_verdictTally);
    if (!connected())
        showResultsOfAnEndedLink();
    // The verdict that matters in sight, with its evidence.
    if (const int worst = m_model->mostTellingCheck(); worst >= 0) {
        const QModelIndex check = m_model->index(worst, 0);
        m_view->setCurrentIndex(check);
        m_view->scrollTo(check, QAbstractItemView::PositionAtTop);
    }
    if (const int current = HealthPlanModel::checkOf(m_view->currentIndex()); current >= 0)
        showDetails(current);
    updateButtons();
    // The status bar is narrower than the dock: the verdict only (the dock has the counts and where it stopped).
    emit message(tr("Health check: %1").arg(headline));
    emit runFinished();
}

void HealthPanel::showDetails(int check)
{
    if (check < 0 || check >= m_model->checkCount()) {
        m_details->clear();
        return;
    }
    m_details->setHtml(CheckDetails::html(m_model->check(check), m_model->hasResult(check) ? &m_model->result(check) : nullptr));
}

QString HealthPanel::saveReport(const QString &htmlPath)
{
    if (m_lastResults.isEmpty())
        return tr("There is no run to report yet.");
    // The site and the serial number as they are now: typed after the run, they still label it.
    health::HealthSettings settings = m_runSettings;
    settings.site = m_form->settings().site;
    settings.deviceSerial = m_form->settings().deviceSerial;
    const QString error = HealthReportFiles::write(htmlPath, {m_runPlan, m_lastResults, settings, m_runEnded, m_check->clockOriginMs()},
                                                   m_includeIdentities->isChecked());
    const QString text = !error.isEmpty() ? error : tr("The report is saved: %1 and %2.").arg(htmlPath, HealthReportFiles::jsonPathFor(htmlPath));
    // The run's verdict stays in front; where the report went comes under it.
    // Where the report went is news, not a failure: neutral under a red verdict (new-user pass 8, zh_CN F7).
    setStatus(connected() ? m_verdictText : tr("Last run, on the link that ended: %1").arg(m_verdictText), m_verdictFailed,
              text, !error.isEmpty());
    emit message(text);
    return error;
}

void HealthPanel::saveReportWithDialog()
{
    const QString name = QStringLiteral("health-%1.html").arg(m_runEnded.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = FileDialogs::saveFile(this, FileDialogs::Purpose::Report, tr("Save the health check report"), name,
                                               tr("HTML report (*.html)"));
    if (!path.isEmpty())
        saveReport(path);
}

void HealthPanel::setStatus(const QString &text, bool error, const QString &note, bool noteIsError)
{
    m_statusText = note.isEmpty() ? text : text + QLatin1Char('\n') + note;
    // Each part in its own colour: a failed run's verdict red, a saved report's line neutral.
    const auto part = [](const QString &words, bool red) {
        const QString html = words.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
        return red ? QStringLiteral("<span style=\"color: %1\">%2</span>").arg(QLatin1String(ErrorColour), html) : html;
    };
    m_status->setText(note.isEmpty() ? part(text, error) : part(text, error) + QLatin1String("<br>") + part(note, noteIsError));
}

QString HealthPanel::statusText() const { return m_statusText; }

bool HealthPanel::statusLineIsRed(const QString &words) const
{
    const QString html = m_status->text();
    const qsizetype at = html.indexOf(words.toHtmlEscaped());
    if (at < 0)
        return false;
    const qsizetype opened = html.lastIndexOf(QLatin1String("<span"), at);
    const qsizetype closed = html.lastIndexOf(QLatin1String("</span>"), at);
    return opened >= 0 && opened > closed;
}

void HealthPanel::updateButtons()
{
    const bool running = isRunning();
    m_runButton->setToolTip(connected() ? tr("Run the ticked checks (Ctrl+Shift+H). Only the commands listed are sent.")
                                        : tr("No module is connected."));
    const bool stoppable = running && m_endReason.isEmpty(); // a stop asked for is under way
    // Whichever button goes off while it has the focus gives it to the other (or to the checks).
    if (stoppable)
        m_stopButton->setEnabled(true);
    FocusHandover::setEnabled(m_runButton, connected() && !running, m_stopButton->isEnabled() ? static_cast<QWidget *>(m_stopButton) : m_view);
    FocusHandover::setEnabled(m_stopButton, stoppable, m_runButton->isEnabled() ? static_cast<QWidget *>(m_runButton) : m_view);
    m_saveButton->setEnabled(!running && !m_lastResults.isEmpty());
    m_form->setEnabled(!running);
    // Not isVisible(): that is false while the dock's tab is behind another.
    m_progress->setVisible(running);
    m_progressLine->setVisible(running || !m_lastResults.isEmpty());
}

} // namespace bc25::ui
