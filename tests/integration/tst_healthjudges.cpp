// SPDX-License-Identifier: MIT
// The health check's judges on answers a module should not give (adversary
// pass 10 F2, F9, F18, F19; new-user pass 10's DNS servers 0.0.0.0), each
// read from a raw log as the decoder reads it; and the built-in recipe
// 02_network_attach and the health check judging a context's address by the
// one rule on every model (F5: 0.0.0.0 passed the recipe, failed the check).

#include "healthsettings.h"
#include "recipeharness.h"

#include "bc25/trafficdecoder.h"
#include "bc25/usableaddress.h"
#include "health/checkjudge.h"
#include "health/healthcheck.h"
#include "health/healthplan.h"
#include "profile/moduleprofile.h"
#include "recipe/recipelibrary.h"
#include "recipe/stepreport.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace bc25;
using namespace bc25::health;

namespace {

const QByteArray Ready = "AT+CPIN?\r\r\n+CPIN: READY\r\n\r\nOK\r\n";
const QByteArray Identity = "ATI\r\r\nQuectel_Ltd\r\nQuectel_BC25\r\nRevision: BC25JAR01A04\r\n\r\nOK\r\n";
const QByteArray Revision = "AT+CGMR\r\r\nBC25JAR01A04\r\n\r\nOK\r\n";
const QByteArray Imei = "AT+CGSN=1\r\r\n+CGSN: 866123456789012\r\n\r\nOK\r\n";
const QByteArray Contexts = "AT+CGDCONT?\r\r\n+CGDCONT: 1,\"IP\",\"nbiot\",\"10.0.0.5\",0,0\r\n\r\nOK\r\n";
const QByteArray Ping = "AT+QPING=1,\"1.2.3.4\"\r\r\nOK\r\n";
const QByteArray Echo = "\r\n+QPING: 0,1.2.3.4,32,40,255\r\n";
const QByteArray FourEchoes = Echo + Echo + Echo + Echo;
const QByteArray Servers = "AT+QIDNSCFG?\r\r\n+QIDNSCFG: \"8.8.8.8\",\"8.8.4.4\"\r\n\r\nOK\r\n";
const QByteArray NoServers = "AT+QIDNSCFG?\r\r\n+QIDNSCFG: \"0.0.0.0\",\"0.0.0.0\"\r\n\r\nOK\r\n";

QByteArray lookup(const QByteArray &host, const QByteArray &answer)
{
    return "AT+QIDNSGIP=1,\"" + host + "\"\r\r\nOK\r\n" + answer;
}

} // namespace

class TestHealthJudges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.warning=false"));
    }

    void aCheckJudgesWhatTheAnswerSays_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("host"); // looked up and pinged
        QTest::addColumn<QByteArray>("log");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("said");
        QTest::addColumn<QString>("advice");
        const int sim = int(CheckKind::Sim);
        const int identity = int(CheckKind::Identity);
        const int pdp = int(CheckKind::PdpContext);
        const int dns = int(CheckKind::Dns);
        const int ping = int(CheckKind::Ping);
        const QString example = QStringLiteral("example.com");
        // F18: MCC 000 names no country; a SIM has one IMSI.
        QTest::newRow("IMSI of zeros") << sim << example << Ready + "AT+CIMI\r\r\n000000000000000\r\n\r\nOK\r\n" << "fail"
                                       << "country code 000" << "another SIM";
        QTest::newRow("two IMSI lines") << sim << example << Ready + "AT+CIMI\r\r\n460001234567890\r\n460009999999999\r\n\r\nOK\r\n"
                                        << "fail" << "gave 2 lines" << "another SIM";
        QTest::newRow("a test network's IMSI") << sim << example << Ready + "AT+CIMI\r\r\n001011234567890\r\n\r\nOK\r\n" << "pass"
                                               << "gives its IMSI" << "";
        // F19: a bare OK is no identity, no revision, no context.
        QTest::newRow("bare ATI") << identity << example << "ATI\r\r\n\r\nOK\r\n" + Revision + Imei << "warning"
                                  << "ATI answered OK without naming its maker or model" << "firmware";
        QTest::newRow("bare AT+CGMR") << identity << example << Identity + "AT+CGMR\r\r\n\r\nOK\r\n" + Imei << "warning"
                                      << "AT+CGMR answered OK without a revision" << "firmware";
        QTest::newRow("identity") << identity << example << Identity + Revision + Imei << "pass" << "Quectel_BC25" << "";
        QTest::newRow("bare AT+CGDCONT?") << pdp << example
                                          << QByteArray("AT+CGDCONT?\r\r\n\r\nOK\r\nAT+CGPADDR\r\r\n+CGPADDR: 1,10.0.0.5\r\n\r\nOK\r\n")
                                          << "fail" << "AT+CGDCONT? lists no context 1" << "AT+CGDCONT";
        QTest::newRow("context") << pdp << example << Contexts + "AT+CGPADDR\r\r\n+CGPADDR: 1,10.0.0.5\r\n\r\nOK\r\n" << "pass"
                                 << "Context 1 has the address 10.0.0.5 (APN \"nbiot\")" << "";
        // F2: shapes +CGPADDR never prints as an address, and addresses no context has.
        for (const char *address : {"1", "1.2.3", "127.1", "0x7f000001", "01.02.03.04", "255.255.255.255", "224.0.0.1", "::1",
                                    "::ffff:0.0.0.0", "0.0.0.0"}) {
            QTest::addRow("context address %s", address)
                    << pdp << example << Contexts + "AT+CGPADDR\r\r\n+CGPADDR: 1," + QByteArray(address) + "\r\n\r\nOK\r\n"
                    << "fail" << QStringLiteral("no usable address: the module gave \"%1\"").arg(QLatin1String(address)) << "AT+CGDCONT";
        }
        // F2, the DNS answers: a name is not "1" nor the broadcast address; "localhost" is loopback, another name not.
        const QByteArray one = "\r\n+QIURC: \"dnsgip\",0,1,600\r\n\r\n+QIURC: \"dnsgip\",";
        QTest::newRow("lookup gives 1") << dns << example << Servers + lookup("example.com", one + "\"1\"\r\n") << "fail"
                                        << "is not an address" << "";
        QTest::newRow("lookup gives broadcast") << dns << example << Servers + lookup("example.com", one + "\"255.255.255.255\"\r\n")
                                                << "fail" << "broadcast" << "";
        QTest::newRow("a name gives loopback") << dns << example << Servers + lookup("example.com", one + "\"127.0.0.1\"\r\n")
                                               << "fail" << "loopback" << "";
        QTest::newRow("localhost gives loopback") << dns << "localhost" << Servers + lookup("localhost", one + "\"127.0.0.1\"\r\n")
                                                  << "pass" << "localhost is 127.0.0.1; DNS servers: 8.8.8.8, 8.8.4.4" << "";
        // New-user pass 10: 0.0.0.0 is no server set, said so whether the lookup passes or fails.
        QTest::newRow("no server, failed") << dns << example << NoServers + lookup("example.com", "\r\n+QIURC: \"dnsgip\",565\r\n")
                                           << "fail" << "no DNS server is set (0.0.0.0)" << "No DNS server is set (0.0.0.0)";
        QTest::newRow("no server, passed") << dns << "localhost" << NoServers + lookup("localhost", one + "\"127.0.0.1\"\r\n")
                                           << "pass" << "localhost is 127.0.0.1; no DNS server is set (0.0.0.0)" << "";
        QTest::newRow("servers, failed") << dns << example << Servers + lookup("example.com", "\r\n+QIURC: \"dnsgip\",565\r\n")
                                         << "fail" << "DNS servers: 8.8.8.8, 8.8.4.4" << "give no answer";
        // F9: a summary checked against itself and its echo lines.
        QTest::newRow("more back than sent") << ping << example << Ping + FourEchoes + "\r\n+QPING: 2,4,8,-4,40,40,40\r\n" << "fail"
                                             << "4 sent, 8 received and -4 lost" << "contradicts itself";
        QTest::newRow("negative round trips") << ping << example << Ping + FourEchoes + "\r\n+QPING: 2,4,4,0,-1,-1,-1\r\n" << "fail"
                                              << "-1/-1/-1 ms" << "contradicts itself";
        QTest::newRow("no echo lines") << ping << example << Ping + "\r\n+QPING: 2,4,4,0,40,40,40\r\n" << "fail"
                                       << "counts 4 echoes back, but 0 echo lines came" << "contradicts itself";
        // An echo naming another address than the one pinged is not this
        // ping's (a timed-out older ping's, adversary pass 10 F10): none are left to count.
        QTest::newRow("echoes from 0.0.0.0") << ping << example
                                             << Ping + QByteArray("\r\n+QPING: 0,0.0.0.0,32,40,255\r\n").repeated(4)
                                                        + "\r\n+QPING: 2,4,4,0,40,40,40\r\n"
                                             << "fail" << "but 0 echo lines came before it" << "contradicts itself";
        QTest::newRow("nothing sent") << ping << example << Ping + "\r\n+QPING: 2,0,0,0,0,0,0\r\n" << "fail"
                                      << "no request was sent" << "";
        QTest::newRow("a ping") << ping << example << Ping + FourEchoes + "\r\n+QPING: 2,4,4,0,40,40,40\r\n" << "pass"
                                << "4 of 4 echoes back (0% lost)" << "";
        QTest::newRow("one lost") << ping << example << Ping + Echo + Echo + "\r\n+QPING: 1\r\n" + Echo + "\r\n+QPING: 2,4,3,1,40,40,40\r\n"
                                  << "warning" << "3 of 4 echoes back (25% lost)" << "";
    }
    void aCheckJudgesWhatTheAnswerSays()
    {
        QFETCH(int, kind);
        QFETCH(QString, host);
        QFETCH(QByteArray, log);
        QFETCH(QString, verdict);
        QFETCH(QString, said);
        QFETCH(QString, advice);
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
        judged.dnsHost = host;
        judged.pingHost = QStringLiteral("1.2.3.4");
        const QList<PlannedCheck> plan = HealthPlan::build(judged, *bc25);
        const auto check = std::find_if(plan.cbegin(), plan.cend(), [kind](const PlannedCheck &c) { return int(c.kind) == kind; });
        QVERIFY(check != plan.cend());
        const CheckResult r = CheckJudge::judge(*check, evidence, judged, QDateTime::currentDateTime(), bc25->catalog());
        QVERIFY2(QLatin1String(HealthPlan::verdictName(r.verdict)) == verdict, qPrintable(r.summary));
        QVERIFY2(r.summary.contains(said), qPrintable(r.summary));
        QVERIFY2(r.advice.contains(advice), qPrintable(r.advice));
    }

    // F5: the recipe and the health check ask one rule, on every model's virtual module.
    void theRecipeAndTheHealthCheckJudgeAnAddressAlike_data()
    {
        QTest::addColumn<QByteArray>("model");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("usable");
        for (const QByteArray &model : profile::ModuleProfile::ids()) {
            QTest::addRow("%s 0.0.0.0", model.constData()) << model << QStringLiteral("0.0.0.0") << false;
            QTest::addRow("%s 10.45.0.9", model.constData()) << model << QStringLiteral("10.45.0.9") << true;
        }
        for (const char *address : {"1", "127.1", "::", "::1", "255.255.255.255", "::ffff:0.0.0.0"})
            QTest::addRow("bg96 %s", address) << QByteArray("bg96") << QString::fromLatin1(address) << false;
        QTest::newRow("bc25 IPv6 octets") << QByteArray("bc25") << QStringLiteral("32.1.13.184.0.0.0.0.0.0.0.0.0.0.0.1") << true;
    }
    void theRecipeAndTheHealthCheckJudgeAnAddressAlike()
    {
        QFETCH(QByteArray, model);
        QFETCH(QString, address);
        QFETCH(bool, usable);
        test::RecipeHarness h(profile::ModuleProfile::byId(model));
        QVERIFY(h.connect({QStringLiteral("address=") + address}));
        const auto result = h.run(recipe::RecipeLibrary::find(QStringLiteral("02_network_attach")));
        QVERIFY(result);
        QVERIFY2(result->passed() == usable, qPrintable(recipe::StepReport::details(result->steps.constLast())));
        if (!usable)
            QVERIFY2(result->steps.constLast().message.contains(QLatin1String("Check failed: Address: ")),
                     qPrintable(result->steps.constLast().message));

        HealthSettings settings;
        test::pointAtTheHarness(settings, h.parameters());
        QList<PlannedCheck> plan = HealthPlan::build(settings, h.stack.profile());
        for (PlannedCheck &check : plan)
            check.enabled = check.kind != CheckKind::Dns && check.kind != CheckKind::Ping && check.kind != CheckKind::TcpConnection
                            && check.kind != CheckKind::Time;
        HealthCheck health(h.session.commands());
        QSignalSpy finished(&health, &HealthCheck::finished);
        QVERIFY(health.start(plan, settings));
        QVERIFY(test::waitUntil([&] { return finished.count() == 1; }, 60000));
        const QList<CheckResult> results = health.results();
        const auto pdp = std::find_if(results.cbegin(), results.cend(), [](const CheckResult &r) { return r.kind == CheckKind::PdpContext; });
        QVERIFY(pdp != results.cend());
        QVERIFY2((pdp->verdict == Verdict::Pass) == usable, qPrintable(pdp->summary));
        // The same words for the same reason.
        if (!usable) {
            const QString why = UsableAddress::whyNot(address, UsableAddress::Use::Context);
            QVERIFY2(pdp->summary.contains(why) && result->steps.constLast().message.contains(why),
                     qPrintable(pdp->summary + QLatin1Char('\n') + result->steps.constLast().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestHealthJudges)
#include "tst_healthjudges.moc"
