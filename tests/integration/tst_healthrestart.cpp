// SPDX-License-Identifier: MIT
// A module that restarts (RDY) during a health check never passes it: at
// every command of the plan, instead of its answer or just before its turn
// (while another command holds the line), the check it hit fails and says
// so, the headline names the restart, and the JSON's "sent" is true only
// for a command written to the module. A required command the engine
// dropped unsent means the check did not run (adversary pass 8, F8).

#include "healthsettings.h"
#include "recipeharness.h"
#include "profile/moduleprofile.h"
#include "sim/virtualmodule.h"

#include "health/checkjudge.h"
#include "health/healthcheck.h"
#include "health/healthplan.h"
#include "health/healthreport.h"
#include "health/runverdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace bc25;
using namespace bc25::health;

namespace {

// Where the module restarts, counted in the health check's commands of a healthy run.
enum class When : quint8 {
    InsteadOfTheAnswer, // the command is written; RDY comes in place of its answer
    BeforeItsTurn,      // RDY comes to another's command just before, while this one waits
};

struct Restart
{
    test::RecipeHarness h;
    HealthSettings settings;
    QList<PlannedCheck> plan;
    QList<CheckResult> results;

    bool connect()
    {
        if (!h.connect({}))
            return false;
        test::pointAtTheHarness(settings, h.parameters());
        plan = HealthPlan::build(settings, h.stack.profile());
        return true;
    }

    // Runs the plan; the module restarts at its `position`-th command (-1: never).
    // Returns the texts of the health check's commands the engine started.
    std::optional<QByteArrayList> run(int position, When when)
    {
        QByteArrayList started;
        QByteArray other; // BeforeItsTurn: the session's command the module restarts at
        sim::VirtualModule *module = h.connection.virtualModule();
        HealthCheck health(h.session.commands());
        const auto queueOther = [&] {
            BuildResult built = Commands::fromText(h.session.commands()->catalog(), "AT+CGPADDR");
            other = built.command.text;
            h.session.commands()->submit(std::move(built));
        };
        QObject::connect(&h.engine, &at::CommandEngine::commandStarted, &health,
                         [&](quint64, const QByteArray &text, at::Source source) {
            if (source == at::Source::Health) {
                started << text;
                if (when == When::InsteadOfTheAnswer && started.size() == position + 1)
                    module->rebootAtNextCommand();
                else if (when == When::BeforeItsTurn && started.size() == position)
                    queueOther(); // behind this one, ahead of the next
            } else if (!other.isEmpty() && text == other) {
                module->rebootAtNextCommand();
                other.clear();
            }
        });
        QSignalSpy finished(&health, &HealthCheck::finished);
        if (when == When::BeforeItsTurn && position == 0)
            queueOther();
        if (!health.start(plan, settings) || !test::waitUntil([&] { return finished.count() == 1; }, 30000))
            return std::nullopt;
        results = health.results();
        return started;
    }

    [[nodiscard]] QString report() const
    {
        QStringList lines;
        for (const CheckResult &r : results)
            lines << QStringLiteral("%1: %2 — %3").arg(HealthPlan::title(r.kind), QLatin1String(HealthPlan::verdictName(r.verdict)), r.summary);
        return lines.join(QLatin1Char('\n'));
    }
};

// The commands a healthy run writes, in order.
QByteArrayList healthyCommands()
{
    Restart healthy;
    if (!healthy.connect())
        return {};
    return healthy.run(-1, When::InsteadOfTheAnswer).value_or(QByteArrayList());
}

} // namespace

Q_DECLARE_METATYPE(When)

class TestHealthRestart : public QObject
{
    Q_OBJECT

private:
    QByteArrayList m_commands;

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.warning=false"));
        m_commands = healthyCommands();
        QVERIFY2(m_commands.size() >= 15, m_commands.join(' ').constData());
    }

    void aRestartAtAnyCommandFailsTheCheckItHitAndTheRun_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<When>("when");
        for (int i = 0; i < m_commands.size(); ++i) {
            QTest::addRow("%d %s, instead of its answer", i, m_commands.at(i).constData()) << i << When::InsteadOfTheAnswer;
            QTest::addRow("%d %s, before its turn", i, m_commands.at(i).constData()) << i << When::BeforeItsTurn;
        }
    }

    void aRestartAtAnyCommandFailsTheCheckItHitAndTheRun()
    {
        QFETCH(int, position);
        QFETCH(When, when);
        Restart run;
        QVERIFY(run.connect());
        const std::optional<QByteArrayList> started = run.run(position, when);
        QVERIFY(started);
        // The check whose command met the restart: the one whose evidence holds it
        // (by its text up to the parameters: each run's loopback ports are its own).
        const QByteArray &healthy = m_commands.at(position);
        const QByteArray name = healthy.left(healthy.indexOf('=') + 1).isEmpty() ? healthy : healthy.left(healthy.indexOf('=') + 1);
        bool exact = false; // AT+CEREG=3 and its undo AT+CEREG=0 differ only in their parameters
        for (const PlannedCheck &check : std::as_const(run.plan))
            exact = exact || check.commandTexts().contains(QString::fromLatin1(healthy));
        const auto isHit = [&](const QByteArray &text) { return exact ? text == healthy : text.startsWith(name); };
        const auto failed = std::find_if(run.results.cbegin(), run.results.cend(),
                                         [](const CheckResult &r) { return !r.restartedWith.isEmpty(); });
        QVERIFY2(failed != run.results.cend(), qPrintable(run.report()));
        QCOMPARE(failed->restartedWith, QByteArray("RDY"));
        QCOMPARE(failed->verdict, Verdict::Fail);
        QVERIFY2(failed->summary.contains(QLatin1String("restarted (RDY)")), qPrintable(failed->summary));
        QVERIFY(failed->stopsRest);
        // Written and then met by RDY; or, before its turn, dropped unsent, or never asked (an
        // undo with nothing left to undo, when RDY came inside the second phase before it).
        const bool inEvidence = std::any_of(failed->evidence.cbegin(), failed->evidence.cend(),
                                            [&isHit](const at::Transaction &t) { return isHit(t.command); });
        QVERIFY2(inEvidence || when == When::BeforeItsTurn, qPrintable(run.report()));
        // Every check before it passed; none after it ran.
        const qsizetype at = failed - run.results.cbegin();
        for (qsizetype i = 0; i < run.results.size(); ++i) {
            if (i < at)
                QVERIFY2(run.results.at(i).verdict == Verdict::Pass, qPrintable(run.report()));
            else if (i > at)
                QVERIFY2(run.results.at(i).verdict == Verdict::NotRun && run.results.at(i).evidence.isEmpty(), qPrintable(run.report()));
        }
        // Nothing of the health check was written after the restart's command.
        QCOMPARE(started->size(), when == When::InsteadOfTheAnswer ? position + 1 : position);

        // The headline names the restart; the run fails.
        const RunVerdict verdict = RunVerdict::of(run.plan, run.results);
        QCOMPARE(verdict.kind(), RunVerdict::Kind::Failed);
        QVERIFY2(verdict.sentence().contains(QStringLiteral("The module restarted (RDY) during: %1.").arg(HealthPlan::title(failed->kind))),
                 qPrintable(verdict.sentence()));

        // The JSON: "sent" only for what was written; the restart named on its check.
        const QByteArray json = HealthReport::toJson(run.plan, run.results,
                                                     ReportContext::of(QDateTime::currentDateTime(), run.settings, false));
        const QJsonObject report = QJsonDocument::fromJson(json).object();
        QCOMPARE(report.value(QStringLiteral("verdict")).toString(), QStringLiteral("failed"));
        QVERIFY(report.value(QStringLiteral("headline")).toString().contains(QLatin1String("restarted (RDY)")));
        const QJsonObject check = report.value(QStringLiteral("checks")).toArray().at(at).toObject();
        QCOMPARE(check.value(QStringLiteral("module_restarted")).toString(), QStringLiteral("RDY"));
        for (const QJsonValue &planned : check.value(QStringLiteral("planned")).toArray()) {
            const QJsonObject entry = planned.toObject();
            if (isHit(entry.value(QStringLiteral("command")).toString().toLatin1()))
                QCOMPARE(entry.value(QStringLiteral("sent")).toBool(), when == When::InsteadOfTheAnswer);
        }
    }

    // Without a restart to blame: a required command the engine dropped unsent
    // leaves its check not run, so the run is incomplete, never a pass.
    void aRequiredCommandNotSentLeavesItsCheckNotRun()
    {
        const HealthSettings settings;
        const QList<PlannedCheck> plan = HealthPlan::build(settings, *profile::ModuleProfile::bc25());
        const PlannedCheck &identity = plan.at(0);
        QCOMPARE(identity.kind, CheckKind::Identity);
        QList<at::Transaction> evidence;
        for (const PlannedCommand &command : identity.commands) {
            at::Transaction t;
            t.command = command.built.command.text;
            t.writtenMs = 10;
            t.status = at::Transaction::Status::Ok;
            evidence << t;
        }
        evidence.last().writtenMs = -1; // the last required one (AT+CGSN=1): dropped unsent
        evidence.last().status = at::Transaction::Status::Aborted;
        evidence.last().message = QStringLiteral("Not sent: the module is not connected.");
        QCOMPARE(identity.commands.last().role, PlannedCommand::Role::Required);
        const CheckResult r = CheckJudge::judge(identity, evidence, settings, QDateTime::currentDateTimeUtc(),
                                                profile::ModuleProfile::bc25()->catalog());
        QCOMPARE(r.verdict, Verdict::NotRun);
        QVERIFY2(r.summary.contains(QString::fromLatin1(evidence.last().command)) && r.summary.contains(QLatin1String("not connected")),
                 qPrintable(r.summary));
        const QList<bool> sent = HealthPlan::sentCommands(identity, evidence);
        QCOMPARE(sent.last(), false);
        QCOMPARE(sent.first(), true);
        QList<CheckResult> results {r};
        for (qsizetype i = 1; i < plan.size(); ++i) {
            CheckResult passed;
            passed.kind = plan.at(i).kind;
            passed.verdict = Verdict::Pass;
            results << passed;
        }
        QCOMPARE(RunVerdict::of(plan, results).kind(), RunVerdict::Kind::Incomplete);
    }
};

QTEST_GUILESS_MAIN(TestHealthRestart)
#include "tst_healthrestart.moc"
