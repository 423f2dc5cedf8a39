// SPDX-License-Identifier: MIT
// The health check on the real core and the in-process virtual module: the
// plan lists every command before anything is written, an unticked check
// writes nothing, every check passes on a healthy module, and each fault the
// virtual module injects gives the right check the right verdict and advice,
// stopping the run where the rest would mean nothing; and the HTML report
// of crafted results (escaping, masking, a lost echo in the ping chart).

#include "healthsettings.h"
#include "recipeharness.h"
#include "profile/moduleprofile.h"

#include "bc25/trafficdecoder.h"
#include "health/checkjudge.h"
#include "health/healthcheck.h"
#include "health/healthhtmlreport.h"
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

Q_DECLARE_METATYPE(bc25::health::CheckKind)
Q_DECLARE_METATYPE(bc25::health::Verdict)
Q_DECLARE_METATYPE(bc25::health::RunVerdict::Kind)

namespace {

struct Run
{
    explicit Run(const QByteArray &model = "bc25")
        : h(profile::ModuleProfile::byId(model))
    {
    }

    test::RecipeHarness h;
    HealthSettings settings;
    QList<CheckResult> results;

    bool connect(const QStringList &options)
    {
        if (!h.connect(options))
            return false;
        test::pointAtTheHarness(settings, h.parameters());
        return true;
    }

    // Runs the plan (with `untick` unticked) to its end; the bytes it wrote are in h.written.
    bool run(const QList<CheckKind> &untick = {})
    {
        QList<PlannedCheck> plan = HealthPlan::build(settings, h.stack.profile());
        for (PlannedCheck &check : plan)
            if (untick.contains(check.kind))
                check.enabled = false;
        HealthCheck health(h.session.commands());
        QSignalSpy finished(&health, &HealthCheck::finished);
        h.written.clear();
        if (!health.start(plan, settings))
            return false;
        if (!test::waitUntil([&] { return finished.count() == 1; }, 60000))
            return false;
        results = health.results();
        return results.size() == plan.size();
    }

    [[nodiscard]] const CheckResult &result(CheckKind kind) const
    {
        return *std::find_if(results.cbegin(), results.cend(), [kind](const CheckResult &r) { return r.kind == kind; });
    }

    [[nodiscard]] QString report() const
    {
        QStringList lines;
        for (const CheckResult &r : results)
            lines << QStringLiteral("%1: %2 — %3 / %4").arg(HealthPlan::title(r.kind), QLatin1String(HealthPlan::verdictName(r.verdict)), r.summary, r.advice);
        return lines.join(QLatin1Char('\n'));
    }
};

} // namespace

class TestHealthCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The faults provoke errors and time-outs on purpose.
        QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.warning=false"));
    }

    // The headline of a run: a check that did not run is held against it
    // unless the user unticked it, so a CI pipeline is never green by mistake.
    void theHeadlineHoldsEveryUnrunCheckButTheUntickedAgainstTheRun_data()
    {
        QTest::addColumn<QString>("verdicts");  // a letter per check: p pass, w warning, f fail, s stops the rest, - not run
        QTest::addColumn<QString>("plan");      // a letter per check: x ticked, u unticked by the user, ? cannot run (no host)
        QTest::addColumn<RunVerdict::Kind>("kind");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("tally"); // the one count the panel and bc25-run show: of the checks not skipped
        QTest::newRow("all passed") << "pppppppppp" << "xxxxxxxxxx" << RunVerdict::Kind::Passed << "All 10 checks passed."
                                    << "10 of 10 passed";
        QTest::newRow("skipped") << "ppppppp--p" << "xxxxxxxuux" << RunVerdict::Kind::Passed << "All 8 checks passed; 2 skipped."
                                 << "8 of 8 passed, 2 skipped";
        QTest::newRow("a warning") << "ppwppppppp" << "xxxxxxxxxx" << RunVerdict::Kind::PassedWithWarnings
                                   << "No check failed; 1 with a warning: Signal." << "9 of 10 passed";
        QTest::newRow("no host") << "ppppppp--p" << "xxxxxxx??x" << RunVerdict::Kind::Incomplete
                                 << "2 of 10 checks did not run: Ping, TCP connection to the server." << "8 of 10 passed";
        QTest::newRow("no host, skipped") << "ppppppp--p" << "xxxxxxx?ux" << RunVerdict::Kind::Incomplete
                                          << "1 of 9 checks did not run: Ping." << "8 of 9 passed, 1 skipped";
        QTest::newRow("stopped") << "pppp------" << "xxxxxxxxxx" << RunVerdict::Kind::Incomplete
                                 << "6 of 10 checks did not run: Packet domain attach, PDP context and address, DNS, Ping, TCP connection to the server, Network time (NTP)."
                                 << "4 of 10 passed";
        QTest::newRow("cut short") << "ppp" << "xxxxxxxxxx" << RunVerdict::Kind::Incomplete
                                   << "7 of 10 checks did not run: Network registration, Packet domain attach, PDP context and address, DNS, Ping, TCP connection to the server, Network time (NTP)."
                                   << "3 of 10 passed";
        QTest::newRow("a failure stops the rest") << "pps-------" << "xxxxxxxxxx" << RunVerdict::Kind::Failed
                                                  << "1 of 10 checks failed: Signal." << "2 of 10 passed";
        QTest::newRow("a failure and no host") << "ppppppp-fp" << "xxxxxxx?xx" << RunVerdict::Kind::Failed
                                               << "1 of 10 checks failed: TCP connection to the server. Not run: Ping." << "8 of 10 passed";
        QTest::newRow("a failure, one skipped") << "ppppppp-fp" << "xxxxxxxuxx" << RunVerdict::Kind::Failed
                                                << "1 of 9 checks failed: TCP connection to the server." << "8 of 9 passed, 1 skipped";
        QTest::newRow("nothing") << "" << "" << RunVerdict::Kind::Incomplete << "No check ran." << "0 of 0 passed";
    }

    void theHeadlineHoldsEveryUnrunCheckButTheUntickedAgainstTheRun()
    {
        QFETCH(QString, verdicts);
        QFETCH(QString, plan);
        QFETCH(RunVerdict::Kind, kind);
        QFETCH(QString, sentence);
        QFETCH(QString, tally);
        HealthSettings settings;
        settings.pingHost = settings.serverHost = settings.ntpServer = QStringLiteral("example.com");
        settings.serverPort = 7;
        QList<PlannedCheck> planned = HealthPlan::build(settings, *profile::ModuleProfile::bc25()).mid(0, plan.size());
        for (qsizetype i = 0; i < plan.size(); ++i) {
            planned[i].enabled = plan.at(i) == QLatin1Char('x');
            if (plan.at(i) == QLatin1Char('?'))
                planned[i].problem = QStringLiteral("No host was given.");
        }
        QList<CheckResult> results;
        for (qsizetype i = 0; i < verdicts.size(); ++i) {
            CheckResult r;
            r.kind = planned.at(i).kind;
            const QChar v = verdicts.at(i);
            r.verdict = v == QLatin1Char('p') ? Verdict::Pass : v == QLatin1Char('w') ? Verdict::Warning
                    : v == QLatin1Char('-')   ? Verdict::NotRun                       : Verdict::Fail;
            r.stopsRest = v == QLatin1Char('s');
            results << r;
        }
        const RunVerdict verdict = RunVerdict::of(planned, results);
        QCOMPARE(verdict.kind(), kind);
        QCOMPARE(verdict.sentence(), sentence);
        QCOMPARE(verdict.tally(), tally);
        QCOMPARE(verdict.passed(), kind == RunVerdict::Kind::Passed || kind == RunVerdict::Kind::PassedWithWarnings);
        // The JSON report starts with it, whatever QJsonObject's key order.
        const QByteArray json = HealthReport::toJson(planned, results, ReportContext::of(QDateTime::currentDateTime(), settings, false));
        QVERIFY2(json.startsWith("{\n    \"verdict\": \"" + QByteArray(verdict.name()) + "\",\n    \"headline\": "), json.left(120).constData());
        QVERIFY(!QJsonDocument::fromJson(json).isNull());
    }

    void theHtmlReportEscapesMasksAndDrawsCraftedResults()
    {
        auto transaction = [](const QByteArray &command, const QList<QByteArray> &lines, const QList<QByteArray> &operation) {
            at::Transaction t;
            t.command = command;
            t.status = at::Transaction::Status::Ok;
            t.writtenMs = 100;
            t.finalMs = 130;
            for (const QByteArray &line : lines)
                t.lines << at::ResultLine::parse(line);
            for (const QByteArray &line : operation)
                t.operation.lines << at::ResultLine::parse(line);
            if (!operation.isEmpty())
                t.operation.status = at::OperationResult::Status::Done;
            return t;
        };
        CheckResult identity;
        identity.kind = CheckKind::Identity;
        identity.verdict = Verdict::Pass;
        identity.summary = QStringLiteral("The module answers: <script>alert(1)</script>");
        identity.evidence << transaction("ATI", {"Quectel_<BC25>", "OK"}, {})
                          << transaction("AT+CGSN=1", {"+CGSN: 866818039921448", "OK"}, {});
        CheckResult ping;
        ping.kind = CheckKind::Ping;
        ping.verdict = Verdict::Warning;
        ping.summary = QStringLiteral("1 of 2 lost");
        ping.advice = QStringLiteral("Weak signal & congestion");
        ping.evidence << transaction("AT+QPING=1,\"10.0.0.1\",4,2", {"OK"},
                                     {"+QPING: 0,\"10.0.0.1\",32,80,255", "+QPING: 1", "+QPING: 2,2,1,1,80,80,80"});
        // A command that never had its final result: no "final result after", no status name.
        at::Transaction silent = transaction("AT+CSQ", {}, {});
        silent.status = at::Transaction::Status::Timeout;
        silent.finalMs = 3105;
        silent.message = QStringLiteral("No final result for AT+CSQ within 3 s.");
        CheckResult signal;
        signal.kind = CheckKind::Signal;
        signal.verdict = Verdict::Fail;
        signal.evidence << silent;
        CheckResult notRun;
        notRun.kind = CheckKind::Time;
        const QList<CheckResult> results {identity, ping, signal, notRun};
        ReportContext context;
        context.when = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7));
        context.version = QStringLiteral("9.9.9");
        context.clockOriginMs = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 0)).toMSecsSinceEpoch();
        const QString html = QString::fromUtf8(HealthHtmlReport::toHtml({}, results, context));
        QVERIFY2(html.contains(QLatin1String("2026-03-04 05:06:07")), qPrintable(html.left(800)));
        // Each transaction at its time of day, to the millisecond: a server's log is searched by it.
        QVERIFY(html.contains(QLatin1String("written at 05:06:00.100, final result after 30 ms")));
        QVERIFY(html.contains(QLatin1String("9.9.9")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(html.contains(QLatin1String("Quectel_&lt;BC25&gt;")));
        QVERIFY(html.contains(QLatin1String("Weak signal &amp; congestion")));
        QVERIFY(html.contains(QLatin1String("86681803*******")));
        QVERIFY(!html.contains(QLatin1String("866818039921448")));
        QVERIFY(html.contains(QLatin1String("<span class=\"verdict warning\">Warning</span>")));
        QVERIFY(html.contains(QLatin1String("<span class=\"verdict notrun\">Not run</span>")));
        QVERIFY(html.contains(QLatin1String("final result after 30 ms")));
        QVERIFY(html.contains(QLatin1String("written at 05:06:00.100, no final result, given up after 3005 ms")));
        QVERIFY(html.contains(QLatin1String("none: the time limit passed")));
        QVERIFY(!html.contains(QLatin1String(">timeout<")));
        QCOMPARE(html.count(QLatin1String("final result after")), 3);
        // One bar for the echo, a "lost" mark for the one that timed out; no signal chart without AT+CSQ.
        const QString chart = HealthHtmlReport::pingChart(ping);
        QCOMPARE(chart.count(QLatin1String("<rect")), 1);
        QVERIFY(chart.contains(QLatin1String(">lost<")));
        QCOMPARE(html.count(QLatin1String("<svg")), 1);
        context.includeIdentities = true;
        QVERIFY(HealthHtmlReport::toHtml({}, results, context).contains("866818039921448"));
    }

    void thePlanListsEveryCommandBeforeAnythingIsWritten()
    {
        HealthSettings settings;
        settings.serverHost = QStringLiteral("example.com");
        settings.serverPort = 5000;
        settings.connectId = 2;
        const QList<PlannedCheck> plan = HealthPlan::build(settings, *profile::ModuleProfile::bc25());
        QCOMPARE(plan.size(), 10);
        QCOMPARE(plan.at(0).commandTexts(), QStringList({"ATI", "AT+CGMR", "AT+CGSN=1"}));
        QCOMPARE(plan.at(1).commandTexts(), QStringList({"AT+CPIN?", "AT+CIMI", "AT+QCCID"}));
        QCOMPARE(plan.at(2).commandTexts(), QStringList({"AT+CSQ", "AT+CESQ"}));
        QCOMPARE(plan.at(3).commandTexts(), QStringList({"AT+CEREG=3", "AT+CEREG?", "AT+CEREG=0"}));
        QCOMPARE(plan.at(5).commandTexts(), QStringList({"AT+CGDCONT?", "AT+CGPADDR"}));
        // A TCP/IP command's bare ERROR is explained by an AT+QIGETERROR the plan lists, not one sent unseen.
        QCOMPARE(plan.at(6).commandTexts(), QStringList({"AT+QIDNSCFG?", "AT+QIGETERROR"}));
        QCOMPARE(plan.at(8).commandTexts(), QStringList({"AT+QIOPEN=1,2,\"TCP\",\"example.com\",5000,0,0", "AT+QIGETERROR",
                                                         "AT+QICLOSE=2", "AT+QIGETERROR"}));
        const QList<PlannedCommand> &tcp = plan.at(8).commands;
        QCOMPARE(tcp.at(1).role, PlannedCommand::Role::Explain);
        QCOMPARE(tcp.at(1).target, 0);
        QCOMPARE(tcp.at(2).role, PlannedCommand::Role::Undo);
        QCOMPARE(tcp.at(2).target, 0);
        QCOMPARE(tcp.at(3).target, 2);
        for (const PlannedCommand &command : tcp)
            QVERIFY(!command.built.command.explainErrors); // the session sends nothing of its own after an ERROR
        QCOMPARE(HealthPlan::commandLines(plan.at(8)).at(1), QStringLiteral("AT+QIGETERROR (only after an ERROR)"));
        QCOMPARE(plan.at(1).commandTexts(), QStringList({"AT+CPIN?", "AT+CIMI", "AT+QCCID"})); // 27.007: +CME ERROR says why
        // The user's own +CEREG reporting, as the module last said it, is what goes back.
        HealthSettings reporting = settings;
        reporting.registrationReporting = 2;
        QCOMPARE(HealthPlan::build(reporting, *profile::ModuleProfile::bc25()).at(3).commandTexts().constLast(), QStringLiteral("AT+CEREG=2"));
        // Without a host the check cannot run, and says why.
        QVERIFY(!plan.at(7).enabled);
        QVERIFY(!plan.at(7).problem.isEmpty());
        QVERIFY(!plan.at(9).enabled);
        // A port out of range is refused by the catalog, with the manual's range.
        settings.serverPort = 70000;
        const PlannedCheck refused = HealthPlan::build(settings, *profile::ModuleProfile::bc25()).at(8);
        QVERIFY(!refused.enabled);
        QVERIFY2(refused.problem.contains(QLatin1String("65535")), qPrintable(refused.problem));
    }

    void everyCheckPassesOnAHealthyModule()
    {
        Run run;
        QVERIFY(run.connect({}));
        QVERIFY(run.run());
        for (const CheckResult &r : run.results) {
            QVERIFY2(r.verdict == Verdict::Pass, qPrintable(run.report()));
            QVERIFY(!r.evidence.isEmpty());
            QVERIFY(!r.summary.isEmpty());
        }
        QVERIFY(run.result(CheckKind::TcpConnection).evidence.size() == 2); // opened, then closed
        QVERIFY(run.h.written.contains("AT+QICLOSE=0\r"));
        QVERIFY(run.h.written.contains("AT+CEREG=0\r"));
        QVERIFY(!run.h.written.contains("AT+QIGETERROR")); // only after an ERROR
        QVERIFY(run.result(CheckKind::PdpContext).summary.contains(QLatin1String("10.45.0.2")));
        for (const CheckResult &r : run.results)
            for (const at::Transaction &t : r.evidence)
                QCOMPARE(t.source, at::Source::Health); // the transactions view tells them apart
        // The status the plan takes the user's AT+CEREG <n> from reads it from the module.
        run.h.session.status()->refresh();
        QVERIFY(test::waitUntil([&] { return run.h.session.status()->info().registrationReporting == 0; }, 5000));
    }

    // Every model's virtual module is a healthy module of that model: the
    // plan asks the model's forms, and on the LTE modules (whose contexts the
    // host activates) asks AT+QIACT? and activates the context only when the
    // module does not list it as active; a second run, finding it active,
    // does not activate it again.
    void everyModelsVirtualModulePassesTheHealthCheck_data()
    {
        QTest::addColumn<QByteArray>("model");
        for (const QByteArray &id : profile::ModuleProfile::ids())
            QTest::newRow(id.constData()) << id;
    }

    void everyModelsVirtualModulePassesTheHealthCheck()
    {
        QFETCH(QByteArray, model);
        Run run(model);
        QVERIFY(run.connect({}));
        QVERIFY(run.run());
        for (const CheckResult &r : run.results)
            QVERIFY2(r.verdict == Verdict::Pass, qPrintable(run.report()));
        const profile::ModuleProfile &profile = run.h.stack.profile();
        const QByteArray activate = "AT+QIACT=" + QByteArray::number(profile.defaultContext()) + '\r';
        QCOMPARE(run.h.written.contains("AT+QIACT?\r"), profile.answers().activatesContexts);
        QCOMPARE(run.h.written.contains(activate), profile.answers().activatesContexts);
        if (!profile.answers().activatesContexts)
            return;
        QVERIFY2(run.result(CheckKind::PdpContext).summary.contains(QLatin1String("activated")), qPrintable(run.report()));
        QVERIFY(run.run());
        for (const CheckResult &r : run.results)
            QVERIFY2(r.verdict == Verdict::Pass, qPrintable(run.report()));
        QVERIFY(run.h.written.contains("AT+QIACT?\r"));
        QVERIFY2(!run.h.written.contains(activate), run.h.written.constData());
    }

    // The JSON report: the date, the workbench's version, the module's identity
    // and the counts; the IMEI, IMSI and ICCID masked unless asked for.
    void theReportMasksEveryIdentityUnlessAskedFor()
    {
        Run run;
        QVERIFY(run.connect({}));
        QVERIFY(run.run());
        const sim::SimConfig module;
        const QList<PlannedCheck> plan = HealthPlan::build(run.settings, *profile::ModuleProfile::bc25());
        const QDateTime ended(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::OffsetFromUTC, 8 * 3600);
        const QByteArray masked = HealthReport::toJson(plan, run.results, ReportContext::of(ended, run.settings, false));
        for (const QString &identity : {module.imei, module.imsi, module.iccid}) {
            QVERIFY2(!masked.contains(identity.toLatin1()), qPrintable(identity));
            QVERIFY(masked.contains(identity.left(5).toLatin1()));
        }
        QVERIFY(masked.contains("898600**************"));
        const QJsonObject report = QJsonDocument::fromJson(masked).object();
        QCOMPARE(report.value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-04T05:06:07+08:00"));
        QCOMPARE(report.value(QStringLiteral("workbench_version")).toString(), QCoreApplication::applicationVersion());
        QCOMPARE(report.value(QStringLiteral("identities_masked")).toBool(), true);
        const QJsonObject identity = report.value(QStringLiteral("module")).toObject();
        QVERIFY2(identity.value(QStringLiteral("identification")).toArray().contains(QStringLiteral("Quectel_BC25")),
                 masked.constData());
        QVERIFY(identity.value(QStringLiteral("revision")).toArray().first().toString().contains(module.revision));
        QCOMPARE(identity.value(QStringLiteral("imei")).toString(), module.imei.left(8) + QString(module.imei.size() - 8, QLatin1Char('*')));
        QCOMPARE(identity.value(QStringLiteral("imsi")).toString(), module.imsi.left(5) + QString(module.imsi.size() - 5, QLatin1Char('*')));
        const QJsonObject counts = report.value(QStringLiteral("result")).toObject();
        QCOMPARE(counts.value(QStringLiteral("checks")).toInt(), plan.size());
        QCOMPARE(counts.value(QStringLiteral("passed")).toInt(), plan.size());
        QCOMPARE(report.value(QStringLiteral("checks")).toArray().size(), plan.size());
        // Each planned command with its rule and whether it went out.
        const QJsonArray tcp = report.value(QStringLiteral("checks")).toArray().at(8).toObject().value(QStringLiteral("planned")).toArray();
        QCOMPARE(tcp.size(), 4);
        QCOMPARE(tcp.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("required"));
        QCOMPARE(tcp.at(0).toObject().value(QStringLiteral("sent")).toBool(), true);
        QCOMPARE(tcp.at(1).toObject().value(QStringLiteral("command")).toString(), QStringLiteral("AT+QIGETERROR"));
        QCOMPARE(tcp.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("explain"));
        QCOMPARE(tcp.at(1).toObject().value(QStringLiteral("after")).toInt(), 0);
        QCOMPARE(tcp.at(1).toObject().value(QStringLiteral("sent")).toBool(), false);
        QCOMPARE(tcp.at(2).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("undo"));
        QCOMPARE(tcp.at(2).toObject().value(QStringLiteral("sent")).toBool(), true);
        const QByteArray open = HealthReport::toJson(plan, run.results, ReportContext::of(ended, run.settings, true));
        for (const QString &identity : {module.imei, module.imsi, module.iccid})
            QVERIFY(open.contains(identity.toLatin1()));
        QCOMPARE(QJsonDocument::fromJson(open).object().value(QStringLiteral("module")).toObject().value(QStringLiteral("iccid")).toString(),
                 module.iccid);
    }

    // Stop between the TCP check's AT+QIOPEN and its AT+QICLOSE: the close
    // still goes out (no socket is left open), nothing after it does.
    // Each transaction of the JSON says when it went out, on the wall clock.
    void theReportTimesEveryTransactionOnTheWallClock()
    {
        Run run;
        QVERIFY(run.connect({}));
        const QDateTime before = QDateTime::currentDateTime();
        QVERIFY(run.run());
        const QDateTime after = QDateTime::currentDateTime();
        const QByteArray json = HealthReport::toJson(HealthPlan::build(run.settings, *profile::ModuleProfile::bc25()), run.results,
                                                     ReportContext::of(after, run.settings, false, run.h.engine.clockOriginMs()));
        int timed = 0;
        for (const QJsonValue &check : QJsonDocument::fromJson(json).object().value(QStringLiteral("checks")).toArray()) {
            for (const QJsonValue &t : check.toObject().value(QStringLiteral("transactions")).toArray()) {
                const QDateTime at = QDateTime::fromString(t.toObject().value(QStringLiteral("written_at")).toString(), Qt::ISODateWithMs);
                QVERIFY2(at.isValid(), qPrintable(t.toObject().value(QStringLiteral("command")).toString()));
                QVERIFY(at.msecsTo(before) <= 50 && at.msecsTo(after) >= -50);
                ++timed;
            }
        }
        QVERIFY(timed >= 20);
    }

    void aStopMidCheckStillClosesTheSocket()
    {
        Run run;
        QVERIFY(run.connect({}));
        const QList<PlannedCheck> plan = HealthPlan::build(run.settings, *profile::ModuleProfile::bc25());
        HealthCheck health(run.h.session.commands());
        QSignalSpy finished(&health, &HealthCheck::finished);
        QObject::connect(&run.h.engine, &at::CommandEngine::rawTransmitted, &health, [&](const QByteArray &bytes) {
            if (bytes.startsWith("AT+QIOPEN="))
                health.stop();
        });
        run.h.written.clear();
        QVERIFY(health.start(plan, run.settings));
        QVERIFY(test::waitUntil([&] { return finished.count() == 1; }, 30000));
        QVERIFY(!health.isRunning());
        QVERIFY2(run.h.written.contains("AT+QICLOSE=0\r"), run.h.written.constData());
        QVERIFY(!run.h.written.contains("QNTTP"));
        const QList<CheckResult> results = health.results();
        QCOMPARE(results.size(), plan.size());
        const CheckResult &tcp = results.at(8);
        QCOMPARE(tcp.verdict, Verdict::NotRun);
        QCOMPARE(tcp.evidence.size(), 2); // what it sent before the stop is still shown
        QCOMPARE(results.at(9).verdict, Verdict::NotRun);
        QCOMPARE(results.at(7).verdict, Verdict::Pass);
    }

    // A TCP/IP command that answers a bare ERROR: the AT+QIGETERROR the plan
    // lists goes out right after it, is part of the evidence, and its code is
    // in what the check says; nothing the plan does not list is written.
    // Adversary pass 9 F6: answers without the value a check reads. OK with
    // no IMSI, or five digits, or text passed the SIM check; OK without the
    // +CPIN, +CEREG or +CGATT line failed with no words; a lookup that
    // succeeded with no address failed with no words.
    void aCheckJudgesTheValueNotTheOk_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("log");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("said");
        const QByteArray ready = "AT+CPIN?\r\r\n+CPIN: READY\r\n\r\nOK\r\n";
        QTest::newRow("no IMSI") << int(CheckKind::Sim) << ready + "AT+CIMI\r\r\n\r\nOK\r\n" << "fail"
                                 << "AT+CIMI gave no IMSI";
        QTest::newRow("five digits") << int(CheckKind::Sim) << ready + "AT+CIMI\r\r\n46000\r\n\r\nOK\r\n" << "fail"
                                     << "AT+CIMI gave no IMSI";
        QTest::newRow("text") << int(CheckKind::Sim) << ready + "AT+CIMI\r\r\nnope\r\n\r\nOK\r\n" << "fail"
                              << "AT+CIMI gave no IMSI";
        QTest::newRow("an IMSI") << int(CheckKind::Sim) << ready + "AT+CIMI\r\r\n460001234567890\r\n\r\nOK\r\n" << "pass"
                                 << "gives its IMSI";
        QTest::newRow("no +CPIN line") << int(CheckKind::Sim) << QByteArray("AT+CPIN?\r\r\n\r\nOK\r\n") << "fail"
                                       << "AT+CPIN? answered OK without its +CPIN line.";
        QTest::newRow("no +CGATT line") << int(CheckKind::Attach) << QByteArray("AT+CGATT?\r\r\n\r\nOK\r\n") << "fail"
                                        << "AT+CGATT? answered OK without its +CGATT line.";
        QTest::newRow("no +CEREG line") << int(CheckKind::Registration) << QByteArray("AT+CEREG?\r\r\n\r\nOK\r\n") << "fail"
                                        << "AT+CEREG? answered OK without its +CEREG line.";
        const QByteArray lookup = "AT+QIDNSGIP=1,\"example.com\"\r\r\nOK\r\n\r\n+QIURC: \"dnsgip\",0,";
        QTest::newRow("no address") << int(CheckKind::Dns) << lookup + "0,600\r\n" << "fail"
                                    << "the lookup succeeded but gave no address";
        QTest::newRow("0.0.0.0 only") << int(CheckKind::Dns) << lookup + "1,600\r\n\r\n+QIURC: \"dnsgip\",\"0.0.0.0\"\r\n"
                                      << "fail" << "the lookup gave no usable address (0.0.0.0)";
        QTest::newRow("an address") << int(CheckKind::Dns) << lookup + "1,600\r\n\r\n+QIURC: \"dnsgip\",\"93.184.216.34\"\r\n"
                                    << "pass" << "example.com is 93.184.216.34";
    }
    void aCheckJudgesTheValueNotTheOk()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, log);
        QFETCH(QString, verdict);
        QFETCH(QString, said);
        const auto bc25 = profile::ModuleProfile::bc25();
        TrafficDecoder decoder(bc25);
        QList<at::Transaction> evidence;
        QObject::connect(&decoder, &TrafficDecoder::transactionDecoded, [&evidence](const at::Transaction &t) {
            evidence << t;
            evidence.last().writtenMs = 0; // a raw log's commands were written; the check asks
        });
        decoder.received(log);
        decoder.finish();
        QVERIFY(!evidence.isEmpty());
        HealthSettings judged;
        judged.contextId = 1;
        judged.dnsHost = QStringLiteral("example.com");
        const QList<PlannedCheck> plan = HealthPlan::build(judged, *bc25);
        const auto check = std::find_if(plan.cbegin(), plan.cend(), [kind](const PlannedCheck &c) { return int(c.kind) == kind; });
        QVERIFY(check != plan.cend());
        const CheckResult r = CheckJudge::judge(*check, evidence, judged, QDateTime::currentDateTime(), bc25->catalog());
        QCOMPARE(QLatin1String(HealthPlan::verdictName(r.verdict)), verdict);
        QVERIFY2(r.summary.contains(said), qPrintable(r.summary));
    }

    void aBareErrorIsExplainedByThePlannedLastErrorQuery()
    {
        Run run;
        QVERIFY(run.connect({QStringLiteral("fail=+QIOPEN")}));
        QVERIFY(run.run());
        const CheckResult &tcp = run.result(CheckKind::TcpConnection);
        QCOMPARE(tcp.verdict, Verdict::Fail);
        QCOMPARE(tcp.evidence.size(), 2);
        QCOMPARE(tcp.evidence.at(0).status, at::Transaction::Status::Error);
        QCOMPARE(tcp.evidence.at(1).command, QByteArray("AT+QIGETERROR"));
        QVERIFY2(tcp.summary.contains(QLatin1String("550")), qPrintable(run.report()));
        QCOMPARE(run.h.written.count("AT+QIGETERROR\r"), 1);
        QVERIFY(!run.h.written.contains("AT+QICLOSE")); // nothing was opened
        QCOMPARE(run.result(CheckKind::Time).verdict, Verdict::Pass); // the check goes on
    }

    // "Then closed" only on the module's word: AT+QICLOSE answered ERROR
    // leaves the socket open, and the check says so (a warning with advice).
    void aCloseThatFailsIsNotReportedClosed()
    {
        Run run;
        QVERIFY(run.connect({QStringLiteral("fail=+QICLOSE")}));
        QVERIFY(run.run());
        const CheckResult &tcp = run.result(CheckKind::TcpConnection);
        QVERIFY2(tcp.verdict == Verdict::Warning, qPrintable(run.report()));
        QVERIFY2(!tcp.summary.contains(QLatin1String("then closed")), qPrintable(tcp.summary));
        QVERIFY2(tcp.summary.contains(QLatin1String("not closed")) && tcp.summary.contains(QLatin1String("550")), qPrintable(tcp.summary));
        QVERIFY2(tcp.advice.contains(QLatin1String("AT+QICLOSE")), qPrintable(tcp.advice));
    }

    void anUntickedCheckWritesNothing()
    {
        Run run;
        QVERIFY(run.connect({}));
        QVERIFY(run.run({CheckKind::Dns, CheckKind::Ping, CheckKind::Sim}));
        QVERIFY2(!run.h.written.contains("QIDNS"), run.h.written.constData());
        QVERIFY(!run.h.written.contains("QPING"));
        QVERIFY(!run.h.written.contains("CPIN"));
        QVERIFY(!run.h.written.contains("CIMI"));
        QVERIFY(run.h.written.contains("AT+QIOPEN="));
        QCOMPARE(run.result(CheckKind::Ping).verdict, Verdict::NotRun);
        QVERIFY(run.result(CheckKind::Ping).evidence.isEmpty());
        QCOMPARE(run.result(CheckKind::TcpConnection).verdict, Verdict::Pass);
    }

    void eachFaultGetsItsVerdictAndAdvice_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<CheckKind>("kind");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("seen");     // in the summary
        QTest::addColumn<QString>("advice");   // in the advice
        QTest::addColumn<bool>("stops");
        QTest::newRow("no signal") << QStringList {"csq=99"} << CheckKind::Signal << Verdict::Fail << "99" << "antenna" << true;
        QTest::newRow("weak signal") << QStringList {"csq=7"} << CheckKind::Signal << Verdict::Warning << "-99 dBm" << "Weak" << false;
        QTest::newRow("not registered") << QStringList {"registration=0"} << CheckKind::Registration << Verdict::Fail << "not searching" << "AT+CFUN=1" << true;
        QTest::newRow("searching") << QStringList {"registration=2"} << CheckKind::Registration << Verdict::Fail << "searching" << "AT+QBAND" << true;
        // The advice follows the cause: this place, or the subscription.
        QTest::newRow("denied: no suitable cells") << QStringList {"registration=3", "reject-cause=15"} << CheckKind::Registration
                                                   << Verdict::Fail << "cause 15, no suitable cells" << "AT+QBAND" << true;
        QTest::newRow("denied: not subscribed") << QStringList {"registration=3", "reject-cause=7"} << CheckKind::Registration
                                                << Verdict::Fail << "cause 7, EPS services not allowed" << "NB-IoT subscription" << true;
        QTest::newRow("detached") << QStringList {"attached=0"} << CheckKind::Registration << Verdict::Fail << "not searching" << "AT+CGATT=1" << true;
        QTest::newRow("no address") << QStringList {"no-address"} << CheckKind::PdpContext << Verdict::Fail << "no address" << "AT+CGDCONT" << true;
        QTest::newRow("no DNS answer") << QStringList {"dns-fail"} << CheckKind::Dns << Verdict::Fail << "565" << "AT+QIDNSCFG" << false;
        QTest::newRow("server unreachable") << QStringList {"unreachable"} << CheckKind::TcpConnection << Verdict::Fail << "566" << "firewall" << false;
        QTest::newRow("a failing command") << QStringList {"fail=+CPIN"} << CheckKind::Sim << Verdict::Fail << "ERROR" << "SIM" << true;
    }

    void eachFaultGetsItsVerdictAndAdvice()
    {
        QFETCH(QStringList, options);
        QFETCH(CheckKind, kind);
        QFETCH(Verdict, verdict);
        QFETCH(QString, seen);
        QFETCH(QString, advice);
        QFETCH(bool, stops);
        Run run;
        QVERIFY(run.connect(options));
        QVERIFY(run.run());
        const CheckResult &r = run.result(kind);
        QVERIFY2(r.verdict == verdict, qPrintable(run.report()));
        QVERIFY2(r.summary.contains(seen), qPrintable(run.report()));
        QVERIFY2(r.advice.contains(advice), qPrintable(run.report()));
        QVERIFY(!r.evidence.isEmpty());
        QCOMPARE(r.stopsRest, stops);
        // Every check before it passed; after a stop nothing else was sent.
        const int at = int(std::find_if(run.results.cbegin(), run.results.cend(), [kind](const CheckResult &c) { return c.kind == kind; })
                           - run.results.cbegin());
        for (int i = 0; i < at; ++i)
            QVERIFY2(run.results.at(i).verdict == Verdict::Pass, qPrintable(run.report()));
        for (int i = at + 1; i < run.results.size(); ++i) {
            if (stops) {
                QCOMPARE(run.results.at(i).verdict, Verdict::NotRun);
                QVERIFY(run.results.at(i).evidence.isEmpty());
                QVERIFY(run.results.at(i).summary.contains(HealthPlan::title(kind)));
            } else {
                QVERIFY2(run.results.at(i).verdict == Verdict::Pass, qPrintable(run.report()));
            }
        }
        if (stops)
            QVERIFY(!run.h.written.contains("QIOPEN"));
    }
};

QTEST_GUILESS_MAIN(TestHealthCheck)
#include "tst_healthcheck.moc"
