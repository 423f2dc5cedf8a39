// SPDX-License-Identifier: MIT
// The Diagnostics dock's health check, offscreen, in the real window on the
// in-process virtual module: the plan lists the exact commands before
// anything is written and follows the form; an unticked check writes nothing
// (and stays unticked); a healthy module passes every check; a denied
// registration fails with its advice and stops the rest, an unreachable
// server fails alone; a selected check shows its evidence; the report is
// written as HTML and JSON with the identities masked unless asked for;
// Stop and a lost link end a run cleanly; without a module Run is off and
// says why.

#include "at/commandengine.h"
#include "link/modulestack.h"
#include "health/healthcheck.h"
#include "health/healthplan.h"
#include "health/healthpanel.h"
#include "views/statusline.h"
#include "health/runverdict.h"
#include "health/healthplanmodel.h"
#include "health/healthreportfiles.h"
#include "health/healthsettingsform.h"
#include "link/connection.h"
#include "mainwindow.h"
#include "panels/socketpanel.h"
#include "session/modulesession.h"
#include "sim/simconfig.h"
#include "sim/simoptions.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>

using namespace bc25;
using namespace bc25::ui;
using health::CheckKind;
using health::Verdict;

class TestHealthPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dockHoldsTheHealthCheckTabBesideTheRecipes();
    void planShowsTheExactCommandsBeforeAnythingIsSent();
    void untickedCheckSendsNothingAndStaysUnticked();
    void healthyModulePassesEveryCheck();
    void deniedRegistrationFailsWithAdviceAndStopsTheRest();
    void unreachableServerFailsAloneAndTheRestRuns();
    void aCheckWithoutItsHostCountsAsTheVerdictCountsIt();
    void progressWordsAreCutWholeInTheirTooltipAndNeverMoveTheRow();
    void theProgressBarGetsAFairShareOfTheRow();
    void aSavedReportOfAFailedRunIsNewsNotAnError();
    void selectedCheckShowsItsEvidence();
    void reportIsHtmlAndJsonWithIdentitiesMaskedUnlessTicked();
    void siteAndSerialNumberLabelTheReportAndAreKept();
    void stopEndsTheRunAndNothingMoreIsSent();
    void lostLinkEndsTheRunAndSaysSo();
    void withoutAModuleRunIsOffAndSaysWhy();
    void hostsFoldedByTheUserStayFoldedAtTheNextStart();
    void tickingTheLimitsBringsThemIntoSight();
    void ctrlShiftHRaisesTheDockAndRuns();
    void dataOnASocketDoesNotRebuildThePlan();
    void resultsOfAnEndedLinkSayWhoseTheyAreAndTheNextLinkClearsThem();
    void theVerdictTakesTheBarsPlaceWhole();

private:
    void connectModule(const QStringList &options = {});
    bool runToEnd(int timeoutMs = 60000);
    HealthPanel *panel() const { return m_window->healthPanel(); }
    int row(CheckKind kind) const;
    QStringList lines(CheckKind kind, HealthPlanModel::Line line) const;
    QString written() const;

    QTemporaryDir m_dir;
    std::unique_ptr<link::ModuleStack> m_stack; // profile → engine → session → connection
    at::CommandEngine *m_engine = nullptr;
    ModuleSession *m_session = nullptr;
    link::Connection *m_connection = nullptr;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QSignalSpy> m_writes;
};

void TestHealthPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_healthpanel"));
    QSettings().clear();
    // The faults provoke errors and time-outs on purpose.
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

void TestHealthPanel::init()
{
    m_stack = std::make_unique<link::ModuleStack>(profile::ModuleProfile::bc25());
    m_engine = &m_stack->engine();
    m_session = &m_stack->session();
    m_connection = &m_stack->connection();
    m_connection->setCaptureFolder(m_dir.filePath(QStringLiteral("captures")));
    m_window = std::make_unique<MainWindow>(m_session, m_connection);
    m_window->show();
    m_writes = std::make_unique<QSignalSpy>(m_engine, &at::CommandEngine::writeRequested);
    new QAbstractItemModelTester(panel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, panel());
}

void TestHealthPanel::cleanup()
{
    m_writes.reset();
    m_window.reset();
    m_connection = nullptr;
    m_session = nullptr;
    m_engine = nullptr;
    m_stack.reset();
    QSettings().remove(QStringLiteral("health"));
}

void TestHealthPanel::connectModule(const QStringList &options)
{
    sim::SimConfig config;
    for (const QString &option : options)
        QVERIFY2(sim::SimOptions::apply(config, option).isEmpty(), qPrintable(option));
    m_connection->connectVirtual(config);
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    QTRY_VERIFY(!m_session->moduleInfo().revision.isEmpty()); // synchronised
}

bool TestHealthPanel::runToEnd(int timeoutMs)
{
    QSignalSpy finished(panel(), &HealthPanel::runFinished);
    m_writes->clear();
    if (!panel()->run())
        return false;
    return finished.wait(timeoutMs) || !finished.isEmpty();
}

int TestHealthPanel::row(CheckKind kind) const
{
    for (int i = 0; i < panel()->model()->checkCount(); ++i) {
        if (panel()->model()->check(i).kind == kind)
            return i;
    }
    return -1;
}

QStringList TestHealthPanel::lines(CheckKind kind, HealthPlanModel::Line line) const
{
    const HealthPlanModel *model = panel()->model();
    const QModelIndex parent = model->index(row(kind), 0);
    QStringList texts;
    for (int i = 0; i < model->rowCount(parent); ++i) {
        const QModelIndex index = model->index(i, 0, parent);
        if (index.data(HealthPlanModel::LineRole).toInt() == int(line))
            texts << index.data().toString();
    }
    return texts;
}

QString TestHealthPanel::written() const
{
    QByteArray bytes;
    for (const QList<QVariant> &call : *m_writes)
        bytes += call.first().toByteArray();
    return QString::fromLatin1(bytes);
}

void TestHealthPanel::dockHoldsTheHealthCheckTabBesideTheRecipes()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("dock.diagnostics"));
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), QStringLiteral("Diagnostics"));
    QVERIFY(m_window->tabifiedDockWidgets(m_window->findChild<QDockWidget *>(QStringLiteral("dock.recipes"))).contains(dock));
    QCOMPARE(m_window->diagnosticsTabs()->tabText(0), QStringLiteral("Health check"));
    QCOMPARE(m_window->diagnosticsTabs()->widget(0), panel());
    QCOMPARE(panel()->model()->checkCount(), 10);
}

void TestHealthPanel::planShowsTheExactCommandsBeforeAnythingIsSent()
{
    connectModule();
    m_writes->clear();
    const QString echo = QString::number(m_connection->echoPort());
    QCOMPARE(lines(CheckKind::Signal, HealthPlanModel::Line::Command), QStringList({"AT+CSQ", "AT+CESQ"}));
    QCOMPARE(lines(CheckKind::Registration, HealthPlanModel::Line::Command), QStringList({"AT+CEREG=3", "AT+CEREG?", "AT+CEREG=0"}));
    const QModelIndex undo = panel()->model()->index(2, 0, panel()->model()->index(row(CheckKind::Registration), 0));
    QVERIFY2(undo.data(Qt::ToolTipRole).toString().contains(QLatin1String("only when the command it undoes succeeded")),
             qPrintable(undo.data(Qt::ToolTipRole).toString()));
    // The AT+QIGETERROR that explains a bare ERROR is listed, and says when it goes out.
    QCOMPARE(lines(CheckKind::Dns, HealthPlanModel::Line::Command).value(1), QStringLiteral("AT+QIGETERROR (only after an ERROR)"));
    const QModelIndex explain = panel()->model()->index(1, 0, panel()->model()->index(row(CheckKind::Dns), 0));
    QVERIFY2(explain.data(Qt::ToolTipRole).toString().contains(QLatin1String("bare ERROR")),
             qPrintable(explain.data(Qt::ToolTipRole).toString()));
    QVERIFY2(lines(CheckKind::TcpConnection, HealthPlanModel::Line::Command).value(0)
                     .startsWith(QStringLiteral("AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",%1").arg(echo)),
             qPrintable(lines(CheckKind::TcpConnection, HealthPlanModel::Line::Command).join(QLatin1Char('|'))));
    // The plan follows the form at once, and still nothing is written.
    panel()->form()->pingHost()->setText(QStringLiteral("example.org"));
    QVERIFY2(lines(CheckKind::Ping, HealthPlanModel::Line::Command).value(0).contains(QLatin1String("\"example.org\"")),
             qPrintable(lines(CheckKind::Ping, HealthPlanModel::Line::Command).join(QLatin1Char('|'))));
    panel()->form()->serverPort()->setValue(0);
    QVERIFY(lines(CheckKind::TcpConnection, HealthPlanModel::Line::Command).isEmpty());
    QVERIFY2(lines(CheckKind::TcpConnection, HealthPlanModel::Line::Problem).value(0).contains(QLatin1String("65535")),
             qPrintable(lines(CheckKind::TcpConnection, HealthPlanModel::Line::Problem).join(QLatin1Char('|'))));
    QVERIFY(!(panel()->model()->flags(panel()->model()->index(row(CheckKind::TcpConnection), 0)) & Qt::ItemIsUserCheckable));
    panel()->form()->ntpServer()->clear();
    QVERIFY(!lines(CheckKind::Time, HealthPlanModel::Line::Problem).isEmpty());
    for (const char *command : {"CEREG=3", "QPING", "QIOPEN", "QIDNSGIP", "QNTTP", "CESQ"})
        QVERIFY2(!written().contains(QLatin1String(command)), qPrintable(written()));
    // Run: the first check's first command is what goes out.
    panel()->form()->pingHost()->setText(QStringLiteral("127.0.0.1"));
    QVERIFY(panel()->run());
    QTRY_VERIFY(written().contains(QLatin1String("ATI\r")));
    QTRY_VERIFY(!panel()->isRunning());
    QCOMPARE(panel()->lastResults().at(row(CheckKind::TcpConnection)).verdict, Verdict::NotRun);
    QVERIFY(!written().contains(QLatin1String("QIOPEN")));
    QVERIFY(!written().contains(QLatin1String("QNTTP")));
}

void TestHealthPanel::untickedCheckSendsNothingAndStaysUnticked()
{
    connectModule();
    HealthPlanModel *model = panel()->model();
    for (const CheckKind kind : {CheckKind::Ping, CheckKind::Dns})
        QVERIFY(model->setData(model->index(row(kind), 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model->index(row(CheckKind::Ping), 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(runToEnd());
    QVERIFY2(!written().contains(QLatin1String("QPING")), qPrintable(written()));
    QVERIFY(!written().contains(QLatin1String("QIDNSGIP")));
    QVERIFY(!written().contains(QLatin1String("QIDNSCFG")));
    QVERIFY(written().contains(QLatin1String("AT+QIOPEN=")));
    QCOMPARE(panel()->lastResults().at(row(CheckKind::Ping)).verdict, Verdict::NotRun);
    QCOMPARE(panel()->lastResults().at(row(CheckKind::TcpConnection)).verdict, Verdict::Pass);
    QCOMPARE(QSettings().value(QStringLiteral("health/unticked")).toStringList(), QStringList({"dns", "ping"}));
    // A new window (the next start) keeps the ticks.
    m_window = std::make_unique<MainWindow>(m_session, m_connection);
    QCOMPARE(panel()->model()->index(row(CheckKind::Dns), 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(panel()->model()->index(row(CheckKind::Sim), 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
}

void TestHealthPanel::healthyModulePassesEveryCheck()
{
    connectModule();
    QSignalSpy started(panel()->healthCheck(), &health::HealthCheck::checkStarted);
    QVERIFY(panel()->hostsButton()->isChecked());
    QVERIFY(runToEnd());
    QCOMPARE(started.count(), 10);
    QVERIFY(!panel()->hostsButton()->isChecked()); // the form folded away: the results get the room
    QVERIFY(!QSettings().contains(QStringLiteral("health/hostsShown"))); // not the user's choice: not kept
    const QList<health::CheckResult> &results = panel()->lastResults();
    QCOMPARE(results.size(), 10);
    for (int i = 0; i < results.size(); ++i) {
        QVERIFY2(results.at(i).verdict == Verdict::Pass, qPrintable(results.at(i).summary + QLatin1String(" / ") + results.at(i).advice));
        const QModelIndex verdict = panel()->model()->index(i, HealthPlanModel::Result);
        QCOMPARE(verdict.data().toString(), QStringLiteral("Pass"));        // the word,
        QVERIFY(!verdict.data(Qt::DecorationRole).value<QIcon>().isNull()); // an icon,
        QVERIFY(verdict.data(Qt::ForegroundRole).isValid());                // and a colour
    }
    // The run's verdict in words leads, as bc25-run prints it; the counts follow.
    QVERIFY2(panel()->statusText().startsWith(QStringLiteral("PASSED — ")), qPrintable(panel()->statusText()));
    QVERIFY2(panel()->statusText().contains(QLatin1String("\n10 passed")), qPrintable(panel()->statusText()));
    QVERIFY2(panel()->progress()->text().startsWith(QLatin1String("PASSED: 10 of 10")), qPrintable(panel()->progress()->text()));
    QVERIFY(panel()->saveButton()->isEnabled());
    // What went out and what a rule held back: AT+QIOPEN and its AT+QICLOSE were sent,
    // the AT+QIGETERROR after each was not (no ERROR), and is struck through.
    const QModelIndex tcp = panel()->model()->index(row(CheckKind::TcpConnection), 0);
    auto command = [&](int line) { return panel()->model()->index(line, 0, tcp); };
    QVERIFY(!command(0).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(command(0).data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Sent in this run.")));
    QVERIFY(command(1).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(command(1).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(command(1).data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Not sent in this run.")));
    QVERIFY(!command(2).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(command(3).data(Qt::FontRole).value<QFont>().strikeOut());
    // Changing the form afterwards: the plan follows it, the old run is not offered as a report of it.
    panel()->form()->dnsHost()->setText(QStringLiteral("example.org"));
    QVERIFY(!panel()->saveButton()->isEnabled());
    QVERIFY(!panel()->progress()->isVisibleTo(panel()));
    QVERIFY2(panel()->statusText().contains(QLatin1String("run the check again")), qPrintable(panel()->statusText()));
    QVERIFY(!command(1).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(panel()->runButton()->isEnabled());
    QVERIFY(!panel()->stopButton()->isEnabled());
}

void TestHealthPanel::deniedRegistrationFailsWithAdviceAndStopsTheRest()
{
    connectModule({QStringLiteral("registration=3"), QStringLiteral("reject-cause=7")});
    QSignalSpy messages(panel(), &HealthPanel::message);
    QVERIFY(runToEnd());
    // The status bar, narrower than the dock, gets the verdict alone; the dock leads with it too.
    const health::RunVerdict verdict = health::RunVerdict::of(panel()->runPlan(), panel()->lastResults());
    QCOMPARE(verdict.kind(), health::RunVerdict::Kind::Failed);
    QCOMPARE(messages.constLast().first().toString(), QStringLiteral("Health check: FAILED — %1").arg(verdict.sentence()));
    QVERIFY2(panel()->statusText().startsWith(QStringLiteral("FAILED — %1\n").arg(verdict.sentence())), qPrintable(panel()->statusText()));
    const int at = row(CheckKind::Registration);
    // The failure that ended the run is selected and in sight, its evidence below.
    QCOMPARE(HealthPlanModel::checkOf(panel()->view()->currentIndex()), at);
    QVERIFY(panel()->view()->visualRect(panel()->view()->currentIndex()).intersects(panel()->view()->viewport()->rect()));
    QVERIFY2(panel()->details()->toPlainText().contains(QLatin1String("+CEREG: 3,3,")), qPrintable(panel()->details()->toPlainText()));
    // A stopped run's bar is full and says how many checks ran.
    QCOMPARE(panel()->progress()->value(), panel()->progress()->maximum());
    QVERIFY2(panel()->progress()->text().contains(QLatin1String("3 of 10 passed")), qPrintable(panel()->progress()->text()));
    const QList<health::CheckResult> &results = panel()->lastResults();
    QCOMPARE(results.at(at).verdict, Verdict::Fail);
    QCOMPARE(panel()->model()->index(at, HealthPlanModel::Result).data().toString(), QStringLiteral("Fail"));
    QVERIFY2(lines(CheckKind::Registration, HealthPlanModel::Line::Advice).value(0).contains(QLatin1String("NB-IoT subscription")),
             qPrintable(lines(CheckKind::Registration, HealthPlanModel::Line::Advice).join(QLatin1Char('|'))));
    QCOMPARE(lines(CheckKind::Registration, HealthPlanModel::Line::StopsHere).size(), 1);
    for (int i = at + 1; i < results.size(); ++i)
        QCOMPARE(panel()->model()->index(i, HealthPlanModel::Result).data().toString(), QStringLiteral("Not run"));
    QVERIFY(!written().contains(QLatin1String("QIOPEN")));
    QVERIFY2(panel()->statusText().contains(QLatin1String("Stopped at \"Network registration\"")), qPrintable(panel()->statusText()));
}

// No server given: the TCP check cannot be planned, and counts against the run
// as the verdict counts it — the bar says "9 of 10", not "9 of 9" beside "10";
// a check the user unticked is skipped, said apart and out of the count, in the
// panel as in bc25-run's summary (RunVerdict::tally).
void TestHealthPanel::aCheckWithoutItsHostCountsAsTheVerdictCountsIt()
{
    connectModule({});
    panel()->form()->serverHost()->clear();
    const int ntp = row(CheckKind::Time);
    QVERIFY(panel()->model()->setData(panel()->model()->index(ntp, HealthPlanModel::Check), Qt::Unchecked, Qt::CheckStateRole));
    QSignalSpy messages(panel(), &HealthPanel::message);
    QVERIFY(runToEnd());
    // Each "Check N of M" while it ran counted out of the same 9.
    for (const QList<QVariant> &message : messages)
        QVERIFY2(!message.first().toString().contains(QLatin1String(" of 10")), qPrintable(message.first().toString()));
    QCOMPARE(panel()->progress()->maximum(), 9);
    const QString bar = panel()->progress()->text();
    QCOMPARE(bar, QStringLiteral("INCOMPLETE: 8 of 9 passed, 1 skipped"));
    QCOMPARE(panel()->progressLine()->status(), bar);
    QVERIFY2(panel()->statusText().contains(QLatin1String("1 of 9 checks did not run: TCP connection to the server.")),
             qPrintable(panel()->statusText()));
    QVERIFY2(panel()->statusText().contains(QLatin1String("8 passed, 0 with a warning, 0 failed, 1 not run, 1 skipped.")),
             qPrintable(panel()->statusText()));
    QVERIFY(panel()->model()->setData(panel()->model()->index(ntp, HealthPlanModel::Check), Qt::Checked, Qt::CheckStateRole));
}

// The bar's words never move the row nor are clipped without a word: at a narrow
// dock they are cut with "…" and whole in the tooltip, the bar and its line as wide
// whatever they say (1280×720 in Chinese; the verdict at 1600×1000).
void TestHealthPanel::progressWordsAreCutWholeInTheirTooltipAndNeverMoveTheRow()
{
    connectModule({});
    QVERIFY(runToEnd());
    QCoreApplication::processEvents(); // the row laid out without the bar, as the verdict has it
    StatusLine *line = panel()->progressLine();
    QVERIFY(line->isVisible());
    QCOMPARE(line->status(), panel()->progress()->text());
    const QRect barBefore = panel()->progress()->geometry();
    const QRect lineBefore = line->geometry();
    // A longer text: the row stays as it was.
    panel()->progress()->setFormat(QStringLiteral("PASSED WITH WARNINGS: 10 of 10 passed, 0 skipped, and a long tail of words"));
    line->setStatus(panel()->progress()->text());
    QCoreApplication::processEvents();
    QCOMPARE(panel()->progress()->geometry(), barBefore);
    QCOMPARE(line->geometry(), lineBefore);
    QVERIFY(!panel()->progress()->isTextVisible()); // a style's bar clips its text without a word
    // Longer than the room the row gives it: cut with "…", whole in its tooltip, inside the panel.
    line->setStatus(QStringLiteral("INCOMPLETE: ") + QStringLiteral("9 of 10 passed, 1 skipped; ").repeated(12));
    QCoreApplication::processEvents();
    QCOMPARE(line->geometry(), lineBefore);
    QVERIFY(line->isCut());
    QVERIFY(line->text().endsWith(QChar(0x2026)));
    QCOMPARE(line->toolTip(), line->status());
    QVERIFY(line->geometry().right() < panel()->width());
}

// New-user pass 8, F14: the bar was a ~40 px box (a fifth of the row's spare width).
// Measured while the run goes: once it is over the verdict takes the bar's place.
void TestHealthPanel::theProgressBarGetsAFairShareOfTheRow()
{
    connectModule({QStringLiteral("ping-delay=3000")});
    QVERIFY(panel()->run());
    QTRY_VERIFY_WITH_TIMEOUT(written().contains(QLatin1String("AT+QPING=")), 20000);
    QVERIFY(panel()->progress()->isVisible());
    const int bar = panel()->progress()->width();
    const int words = panel()->progressLine()->width();
    QVERIFY2(bar * 20 >= (bar + words) * 7, // 2:3 by stretch, less the rounding (81 of 203 px at 1280×720)
             qPrintable(QStringLiteral("bar %1, words %2").arg(bar).arg(words)));
}

// New-user pass 8, zh_CN F7: "The report is saved: …" under a FAILED verdict
// is not in the verdict's red.
void TestHealthPanel::aSavedReportOfAFailedRunIsNewsNotAnError()
{
    connectModule({QStringLiteral("unreachable")});
    QVERIFY(runToEnd());
    const QString verdict = panel()->statusText();
    QVERIFY2(verdict.startsWith(QLatin1String("FAILED")), qPrintable(verdict));
    QVERIFY(panel()->statusLineIsRed(QStringLiteral("FAILED")));
    const QString html = m_dir.filePath(QStringLiteral("failed.html"));
    QCOMPARE(panel()->saveReport(html), QString());
    QVERIFY2(panel()->statusText().startsWith(verdict + QLatin1Char('\n')), qPrintable(panel()->statusText()));
    QVERIFY(panel()->statusLineIsRed(QStringLiteral("FAILED")));
    QVERIFY(!panel()->statusLineIsRed(QStringLiteral("The report is saved: ") + html));
    // A report that could not be written is an error, in red.
    QVERIFY(!panel()->saveReport(m_dir.filePath(QStringLiteral("no/such/folder/r.html"))).isEmpty());
    QVERIFY(panel()->statusLineIsRed(QStringLiteral("FAILED")));
}

void TestHealthPanel::unreachableServerFailsAloneAndTheRestRuns()
{
    connectModule({QStringLiteral("unreachable")});
    QVERIFY(runToEnd());
    const QList<health::CheckResult> &results = panel()->lastResults();
    QCOMPARE(results.at(row(CheckKind::TcpConnection)).verdict, Verdict::Fail);
    QVERIFY(lines(CheckKind::TcpConnection, HealthPlanModel::Line::Advice).value(0).contains(QLatin1String("firewall")));
    QVERIFY(lines(CheckKind::TcpConnection, HealthPlanModel::Line::StopsHere).isEmpty());
    QCOMPARE(results.at(row(CheckKind::Time)).verdict, Verdict::Pass);
}

void TestHealthPanel::selectedCheckShowsItsEvidence()
{
    connectModule();
    // Before a run: the commands it will send.
    panel()->view()->setCurrentIndex(panel()->model()->index(row(CheckKind::Signal), 0));
    QVERIFY2(panel()->details()->toPlainText().contains(QLatin1String("AT+CESQ")), qPrintable(panel()->details()->toPlainText()));
    QVERIFY(runToEnd());
    // After it: every transaction, command, answer, final result and time, one click away.
    const QString text = panel()->details()->toPlainText();
    QVERIFY2(text.contains(QLatin1String("Evidence (transactions: 2)")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("AT+CSQ")));
    QVERIFY(text.contains(QLatin1String("+CSQ: 22,")));
    QVERIFY(text.contains(QLatin1String("OK after")));
    // A line under another check selects that check.
    const QModelIndex tcp = panel()->model()->index(row(CheckKind::TcpConnection), 0);
    panel()->view()->setCurrentIndex(panel()->model()->index(0, 0, tcp));
    QTRY_VERIFY(panel()->details()->toPlainText().contains(QLatin1String("AT+QICLOSE=0")));
}

void TestHealthPanel::reportIsHtmlAndJsonWithIdentitiesMaskedUnlessTicked()
{
    connectModule();
    QVERIFY(!panel()->saveButton()->isEnabled());
    QVERIFY(runToEnd());
    const QString imei = sim::SimConfig().imei;
    const QString html = m_dir.filePath(QStringLiteral("masked.html"));
    QVERIFY(!panel()->includeIdentities()->isChecked());
    const QString verdict = panel()->statusText();
    QVERIFY2(verdict.startsWith(QStringLiteral("PASSED — ")), qPrintable(verdict));
    QCOMPARE(panel()->saveReport(html), QString());
    // The verdict stays in front, where the report went under it.
    QVERIFY2(panel()->statusText().startsWith(verdict + QLatin1Char('\n')), qPrintable(panel()->statusText()));
    QVERIFY2(panel()->statusText().contains(QLatin1String("The report is saved: ") + html), qPrintable(panel()->statusText()));
    QCOMPARE(HealthReportFiles::jsonPathFor(html), m_dir.filePath(QStringLiteral("masked.json")));
    auto read = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    QVERIFY(read(html).contains(QLatin1String("<svg")));
    QVERIFY(read(html).contains(QLatin1String("AT+CSQ")));
    QVERIFY(read(HealthReportFiles::jsonPathFor(html)).contains(QLatin1String("\"ping\"")));
    QVERIFY(!read(html).contains(imei));
    QVERIFY(!read(HealthReportFiles::jsonPathFor(html)).contains(imei));
    QVERIFY(read(html).contains(imei.left(8)));
    panel()->includeIdentities()->setChecked(true);
    const QString full = m_dir.filePath(QStringLiteral("full.html"));
    QCOMPARE(panel()->saveReport(full), QString());
    QVERIFY(read(full).contains(imei));
    QVERIFY(read(HealthReportFiles::jsonPathFor(full)).contains(imei));
    QVERIFY(!panel()->saveReport(m_dir.filePath(QStringLiteral("no/such/folder/r.html"))).isEmpty());
}

// The site and the device's serial number: typed in the form (also after the
// run, also on the virtual module), at the top of both reports, escaped, and
// there again at the next start; they change no command of the plan.
void TestHealthPanel::siteAndSerialNumberLabelTheReportAndAreKept()
{
    connectModule();
    panel()->form()->site()->setText(QStringLiteral("Depot <7> & yard"));
    QVERIFY(runToEnd());
    QVERIFY(!written().contains(QLatin1String("Depot")));
    panel()->form()->deviceSerial()->setText(QStringLiteral("SN\"42\"<i>")); // after the run: the results stay
    const QString html = m_dir.filePath(QStringLiteral("labelled.html"));
    QCOMPARE(panel()->saveReport(html), QString());
    auto read = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    const QString page = read(html);
    QVERIFY(page.contains(QLatin1String("<div class=\"headline pass\" id=\"verdict\"><b>PASSED</b>")));
    QVERIFY2(page.contains(QLatin1String("<td>Site</td><td>Depot &lt;7&gt; &amp; yard</td>")), qPrintable(page.left(3000)));
    QVERIFY(page.contains(QLatin1String("<td>Serial number</td><td>SN&quot;42&quot;&lt;i&gt;</td>")));
    const QJsonObject json = QJsonDocument::fromJson(read(HealthReportFiles::jsonPathFor(html)).toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("site")).toString(), QStringLiteral("Depot <7> & yard"));
    QCOMPARE(json.value(QStringLiteral("serial")).toString(), QStringLiteral("SN\"42\"<i>"));
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("passed"));
    // Kept, though the virtual module's hosts are not.
    m_window = std::make_unique<MainWindow>(m_session, m_connection);
    m_window->show();
    QCOMPARE(panel()->form()->site()->text(), QStringLiteral("Depot <7> & yard"));
    QCOMPARE(panel()->form()->deviceSerial()->text(), QStringLiteral("SN\"42\"<i>"));
}

void TestHealthPanel::stopEndsTheRunAndNothingMoreIsSent()
{
    connectModule({QStringLiteral("ping-delay=3000")});
    QSignalSpy started(panel()->healthCheck(), &health::HealthCheck::checkStarted);
    m_writes->clear();
    QVERIFY(panel()->run());
    QVERIFY(panel()->stopButton()->isEnabled());
    QVERIFY(!panel()->form()->isEnabled()); // the plan running is the plan shown
    QTRY_VERIFY_WITH_TIMEOUT(written().contains(QLatin1String("AT+QPING=")), 20000);
    QVERIFY2(panel()->statusText().contains(QLatin1String(": Ping")), qPrintable(panel()->statusText()));
    QCOMPARE(panel()->model()->index(row(CheckKind::Ping), HealthPlanModel::Result).data().toString(), QStringLiteral("Running…"));
    panel()->stopButton()->click();
    QVERIFY(!panel()->isRunning());
    QVERIFY2(panel()->statusText().startsWith(QStringLiteral("INCOMPLETE — ")), qPrintable(panel()->statusText()));
    QVERIFY2(panel()->statusText().contains(QLatin1String("\nStopped by the user")), qPrintable(panel()->statusText()));
    QCOMPARE(panel()->lastResults().size(), 10);
    QCOMPARE(panel()->lastResults().at(row(CheckKind::Ping)).verdict, Verdict::NotRun);
    QCOMPARE(panel()->lastResults().at(row(CheckKind::Dns)).verdict, Verdict::Pass);
    // The ping's answer comes and goes: nothing after it is sent.
    QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isBusy(), 30000);
    QVERIFY(!written().contains(QLatin1String("QIOPEN")));
    QVERIFY(panel()->runButton()->isEnabled());
    QVERIFY(panel()->form()->isEnabled());
}

void TestHealthPanel::lostLinkEndsTheRunAndSaysSo()
{
    connectModule({QStringLiteral("ping-delay=3000")});
    QVERIFY(panel()->run());
    QTRY_VERIFY_WITH_TIMEOUT(written().contains(QLatin1String("AT+QPING=")), 20000);
    m_connection->disconnectFromModule();
    QTRY_VERIFY(!panel()->isRunning());
    QVERIFY2(panel()->statusText().contains(QLatin1String("link to the module ended")), qPrintable(panel()->statusText()));
    QCOMPARE(panel()->lastResults().size(), 10);
    QCOMPARE(panel()->lastResults().at(row(CheckKind::TcpConnection)).verdict, Verdict::NotRun);
    // The checks left say the link went, not "the check was stopped" (the user's Stop's words).
    int saidSo = 0;
    for (const health::CheckResult &r : panel()->lastResults()) {
        QVERIFY2(!r.summary.contains(QLatin1String("the check was stopped")), qPrintable(r.summary));
        saidSo += r.summary.contains(QLatin1String("you disconnected")) ? 1 : 0;
    }
    QVERIFY(saidSo > 0);
    QVERIFY(!panel()->runButton()->isEnabled());
}

void TestHealthPanel::withoutAModuleRunIsOffAndSaysWhy()
{
    QVERIFY(!panel()->runButton()->isEnabled());
    QVERIFY2(panel()->statusText().contains(QLatin1String("No module is connected")), qPrintable(panel()->statusText()));
    QVERIFY(!panel()->run());
    // The plan can be prepared meanwhile: the user's hosts, remembered.
    QVERIFY(panel()->model()->checkCount() == 10);
    panel()->form()->serverHost()->setText(QStringLiteral("iot.example.com"));
    panel()->form()->serverPort()->setValue(5684);
    QCOMPARE(QSettings().value(QStringLiteral("health/serverHost")).toString(), QStringLiteral("iot.example.com"));
    QVERIFY(lines(CheckKind::TcpConnection, HealthPlanModel::Line::Command).value(0).contains(QLatin1String("\"iot.example.com\",5684")));
    // The virtual module's loopback services stand in while it is connected, and are not kept.
    connectModule();
    QCOMPARE(panel()->form()->serverHost()->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(QSettings().value(QStringLiteral("health/serverHost")).toString(), QStringLiteral("iot.example.com"));
    QVERIFY(panel()->runButton()->isEnabled());
    m_connection->disconnectFromModule();
    QTRY_VERIFY(!panel()->runButton()->isEnabled());
    QCOMPARE(QSettings().value(QStringLiteral("health/serverHost")).toString(), QStringLiteral("iot.example.com"));
}

void TestHealthPanel::hostsFoldedByTheUserStayFoldedAtTheNextStart()
{
    QVERIFY(panel()->hostsButton()->isChecked());
    panel()->hostsButton()->click(); // the user folds the hosts away
    QVERIFY(!panel()->form()->isVisibleTo(panel()));
    m_window = std::make_unique<MainWindow>(m_session, m_connection);
    m_window->show();
    QVERIFY(!panel()->hostsButton()->isChecked());
    QVERIFY(!panel()->form()->isVisibleTo(panel()));
    panel()->hostsButton()->click();
    QVERIFY(panel()->form()->isVisibleTo(panel()));
    QVERIFY(QSettings().value(QStringLiteral("health/hostsShown")).toBool());
}

// On a short screen the limits appear below the fold: ticking them scrolls them into sight.
void TestHealthPanel::tickingTheLimitsBringsThemIntoSight()
{
    m_window->findChild<QDockWidget *>(QStringLiteral("dock.diagnostics"))->raise();
    auto *scroll = panel()->findChild<QScrollArea *>(QStringLiteral("health.hosts"));
    QVERIFY(scroll);
    auto *splitter = qobject_cast<QSplitter *>(scroll->parentWidget());
    QVERIFY(splitter);
    splitter->setSizes({80, 300, 100}); // a few rows of hosts in sight, as at 1280×720
    QTRY_VERIFY(scroll->viewport()->height() < 100);
    QWidget *limits = panel()->form()->limits();
    panel()->form()->advanced()->setChecked(true);
    QVERIFY(limits->isVisibleTo(panel()));
    QVERIFY(limits->mapTo(panel()->form(), QPoint()).y() > scroll->viewport()->height()); // below the fold unscrolled
    QTRY_VERIFY(limits->mapTo(scroll->viewport(), QPoint()).y() < scroll->viewport()->height() / 2);
    QVERIFY(limits->mapTo(scroll->viewport(), QPoint()).y() >= 0);
}

// The field engineer's one key, from anywhere in the window.
void TestHealthPanel::ctrlShiftHRaisesTheDockAndRuns()
{
    connectModule();
    auto *recipes = m_window->findChild<QDockWidget *>(QStringLiteral("dock.recipes"));
    recipes->raise();
    QVERIFY(panel()->visibleRegion().isEmpty());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->socketPanel()->view()->setFocus();
    QSignalSpy finished(panel(), &HealthPanel::runFinished);
    QTest::keyClick(m_window->socketPanel()->view(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!panel()->visibleRegion().isEmpty());
    QVERIFY(finished.wait(30000));
    QVERIFY2(panel()->statusText().startsWith(QStringLiteral("PASSED — ")), qPrintable(panel()->statusText()));
}

// The plan follows which socket is free, not the byte counters: under a flood
// every counted byte emits socketChanged, and a rebuilt plan is a model reset.
void TestHealthPanel::dataOnASocketDoesNotRebuildThePlan()
{
    connectModule();
    OpenParameters open;
    open.connectId = 0;
    open.host = QStringLiteral("127.0.0.1");
    open.remotePort = m_connection->echoPort();
    open.accessMode = AccessMode::DirectPush;
    QCOMPARE(m_session->sockets()->open(open), QString());
    QTRY_VERIFY(m_session->socket(0).state == SocketState::Connected);
    QTRY_VERIFY(panel()->model()->check(8).commandTexts().constFirst().startsWith(QLatin1String("AT+QIOPEN=1,1,"))); // the next free one
    QSignalSpy resets(panel()->model(), &QAbstractItemModel::modelReset);
    QCOMPARE(m_session->sends()->send(0, QByteArray(200, 'x')), QString());
    QTRY_COMPARE(m_session->socket(0).bytesReceived, 200);
    QCOMPARE(resets.count(), 0);
}


// New-user pass 9 (zh_CN F7): after the link was pulled the bar still read
// "FAILED: 10 of …", each check kept its mark and Save report stayed on under
// "No module is connected". The results stay (as the soak monitor's), said to
// be the last run's on the link that ended; the next link clears them.
void TestHealthPanel::resultsOfAnEndedLinkSayWhoseTheyAreAndTheNextLinkClearsThem()
{
    connectModule();
    QVERIFY(runToEnd());
    m_connection->disconnectFromModule();
    QTRY_VERIFY(!panel()->runButton()->isEnabled());
    QVERIFY2(panel()->statusText().startsWith(QLatin1String("Last run, on the link that ended: PASSED")),
             qPrintable(panel()->statusText()));
    QVERIFY2(panel()->statusText().contains(QLatin1String("the next link clears them")), qPrintable(panel()->statusText()));
    QVERIFY2(panel()->progressLine()->status().startsWith(QLatin1String("Last run: PASSED")),
             qPrintable(panel()->progressLine()->status()));
    QCOMPARE(panel()->lastResults().size(), 10);
    QVERIFY(panel()->model()->hasResult(row(CheckKind::Signal)));
    QVERIFY(panel()->saveButton()->isEnabled());
    QCOMPARE(panel()->saveReport(m_dir.filePath(QStringLiteral("ended.html"))), QString());
    QVERIFY2(panel()->statusText().startsWith(QLatin1String("Last run, on the link that ended: PASSED")),
             qPrintable(panel()->statusText()));
    // The next link: nothing of the old one.
    connectModule();
    QVERIFY(panel()->lastResults().isEmpty());
    for (int i = 0; i < panel()->model()->checkCount(); ++i)
        QVERIFY(!panel()->model()->hasResult(i));
    QVERIFY(!panel()->saveButton()->isEnabled());
    QVERIFY(!panel()->progressLine()->isVisible());
    QVERIFY2(panel()->statusText().startsWith(QLatin1String("Ready")), qPrintable(panel()->statusText()));
}

// New-user pass 9 (zh_CN F6): the verdict beside the full bar was always cut at
// 1280×720 ("通过：10 项中…") and the bar had no tooltip. Once the run is over the
// bar goes and the verdict gets the row, whole; while it runs the bar's tooltip says its words.
void TestHealthPanel::theVerdictTakesTheBarsPlaceWhole()
{
    m_window->resize(1280, 720);
    connectModule({QStringLiteral("ping-delay=1000")});
    QVERIFY(panel()->run());
    QTRY_VERIFY_WITH_TIMEOUT(written().contains(QLatin1String("AT+QPING=")), 20000);
    QVERIFY(panel()->progress()->isVisible());
    QCOMPARE(panel()->progress()->toolTip(), panel()->progressLine()->status());
    QSignalSpy finished(panel(), &HealthPanel::runFinished);
    QVERIFY(finished.wait(60000));
    QCoreApplication::processEvents();
    QVERIFY(!panel()->progress()->isVisible());
    StatusLine *line = panel()->progressLine();
    QVERIFY(line->isVisible());
    QVERIFY2(line->status().startsWith(QLatin1String("PASSED: ")), qPrintable(line->status()));
    QVERIFY2(!line->isCut(), qPrintable(QStringLiteral("%1 in %2 px").arg(line->status()).arg(line->width())));
    // As wide as the bar and the words were together: a Chinese tally fits too.
    QVERIFY2(line->width() >= line->fontMetrics().horizontalAdvance(QStringLiteral("通过：10 项中 10 项通过，1 项跳过")),
             qPrintable(QString::number(line->width())));
}

QTEST_MAIN(TestHealthPanel)
#include "tst_healthpanel.moc"
