// SPDX-License-Identifier: MIT
// +CEREG and +CPSMS read for their PSM timers, and asked against granted in
// one sentence: the fields a real module leaves empty, the network's
// deactivation, a rejected registration, a report without timers.

#include "power/edrxgrant.h"
#include "power/psmgrant.h"

#include <QTest>

using namespace bc25;
using namespace bc25::power;

class TestPsmGrant : public QObject
{
    Q_OBJECT

private slots:
    void grantsReadAndSaid_data();
    void grantsReadAndSaid();
    void registrationFields_data();
    void registrationFields();
    void notALineOfTimers_data();
    void notALineOfTimers();
    void edrxGrantsSaid_data();
    void edrxGrantsSaid();
};

// `asked`: the +CPSMS read answer's parameters, empty when not asked.
// `granted`: a +CEREG URC's parameters, or a read answer's (`read`).
void TestPsmGrant::grantsReadAndSaid_data()
{
    QTest::addColumn<QByteArray>("asked");
    QTest::addColumn<QByteArray>("granted");
    QTest::addColumn<bool>("read");
    QTest::addColumn<QString>("said");
    QTest::addColumn<bool>("canEnterPsm");
    // A URC of status 4 (out of coverage), seen on a module: its timers grant nothing.
    QTest::newRow("empty fields, out of coverage (POWER.md)")
            << QByteArray() << QByteArray(R"(4,,,,,,"11100000","11100000")") << false
            << QStringLiteral("Not registered (unknown (out of coverage?)): the timers in this report grant nothing") << false;
    QTest::newRow("searching, timers that would allow PSM")
            << QByteArray(R"(1,,,"01000111","00100100")") << QByteArray(R"(2,"1A2B","01A2D103",9,,,"00100100","01000111")") << false
            << QStringLiteral("Not registered (not registered, searching): the timers in this report grant nothing") << false;
    QTest::newRow("registered, both 111: PSM off, T3412 applies")
            << QByteArray() << QByteArray(R"(1,,,,,,"11100000","11100000")") << false
            << QStringLiteral("PSM off: the network deactivated the active time") << false;
    QTest::newRow("TAU 111 is not 'no TAU': the network's T3412 applies")
            << QByteArray(R"(1,,,"01000111","00100100")") << QByteArray(R"(1,"1A2B","01A2D103",9,,,"00100100","11100000")") << false
            << QStringLiteral("active time 4 min as asked; asked 70 h periodic TAU, the network gave none (its T3412 applies)") << true;
    QTest::newRow("asked 4 min, given 2 min; TAU as asked")
            << QByteArray(R"(1,,,"01000111","00100100")") << QByteArray(R"(1,"1A2B","01A2D103",9,,,"00100010","01000111")") << false
            << QStringLiteral("asked 4 min active time, network gave 2 min; periodic TAU 70 h as asked") << true;
    QTest::newRow("read answer, both as asked")
            << QByteArray(R"(1,,,"01000111","00100100")") << QByteArray(R"(4,1,"1A2B","01A2D103",9,,,"00100100","01000111")") << true
            << QStringLiteral("active time 4 min as asked; periodic TAU 70 h as asked") << true;
    QTest::newRow("asked, the network deactivated it")
            << QByteArray(R"(1,,,"01000111","00100100")") << QByteArray(R"(1,"1A2B","01A2D103",9,,,"11100000","01000111")") << false
            << QStringLiteral("PSM off: asked 4 min active time, the network deactivated it") << false;
    QTest::newRow("PSM not asked, the network offers")
            << QByteArray("0") << QByteArray(R"(1,"1A2B","01A2D103",9,,,"00000101","00100001")") << false
            << QStringLiteral("PSM not asked (AT+CPSMS mode 0); the network offers active time 10 s; periodic TAU 1 h") << true;
    QTest::newRow("asked without timers: the module's defaults")
            << QByteArray("1") << QByteArray(R"(5,"1A2B","01A2D103",9,,,"00100010","01000111")") << false
            << QStringLiteral("active time 2 min; periodic TAU 70 h") << true;
    QTest::newRow("no ask known")
            << QByteArray() << QByteArray(R"(1,"1A2B","01A2D103",9,,,"00000000","00000001")") << false
            << QStringLiteral("active time 0 s; periodic TAU 10 min") << true;
    QTest::newRow("mode 2 report: no timers")
            << QByteArray(R"(1,,,"01000111","00100100")") << QByteArray(R"(1,"1A2B","01A2D103",9)") << false
            << QStringLiteral("No timers in this report (AT+CEREG=4 shows what the network granted)") << false;
    QTest::newRow("only the active time said")
            << QByteArray(R"(1,,,"01000111","00100100")") << QByteArray(R"(1,"1A2B","01A2D103",9,,,"00100100")") << false
            << QStringLiteral("active time 4 min as asked") << true;
}

void TestPsmGrant::grantsReadAndSaid()
{
    QFETCH(QByteArray, asked);
    QFETCH(QByteArray, granted);
    QFETCH(bool, read);
    QFETCH(QString, said);
    QFETCH(bool, canEnterPsm);
    const std::optional<PsmRequest> request = asked.isEmpty() ? std::nullopt : PsmRequest::fromReadAnswer(at::splitFields(asked));
    QCOMPARE(asked.isEmpty(), !request.has_value());
    const QList<at::Field> fields = at::splitFields(granted);
    const std::optional<RegistrationReport> report = read ? RegistrationReport::fromReadAnswer(fields) : RegistrationReport::fromUrc(fields);
    QVERIFY(report);
    QCOMPARE(PsmGrant::describe(request, *report), said);
    QCOMPARE(PsmGrant::canEnterPsm(*report), canEnterPsm);
}

void TestPsmGrant::registrationFields_data()
{
    QTest::addColumn<QByteArray>("urc");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("rejectCause");
    QTest::addColumn<bool>("registered");
    QTest::newRow("home") << QByteArray(R"(1,"1A2B","01A2D103",9)") << 1 << QStringLiteral("registered, home network") << -1 << true;
    QTest::newRow("roaming") << QByteArray("5") << 5 << QStringLiteral("registered, roaming") << -1 << true;
    QTest::newRow("searching") << QByteArray("2") << 2 << QStringLiteral("not registered, searching") << -1 << false;
    QTest::newRow("denied, cause 15 (mode 5)") << QByteArray(R"(3,"1A2B","01A2D103",9,0,15)") << 3
                                               << QStringLiteral("registration denied") << 15 << false;
    QTest::newRow("a status 27.007 adds later") << QByteArray("9") << 9 << QStringLiteral("status 9") << -1 << false;
}

void TestPsmGrant::registrationFields()
{
    QFETCH(QByteArray, urc);
    QFETCH(int, status);
    QFETCH(QString, words);
    QFETCH(int, rejectCause);
    QFETCH(bool, registered);
    const std::optional<RegistrationReport> report = RegistrationReport::fromUrc(at::splitFields(urc));
    QVERIFY(report);
    QCOMPARE(report->status(), status);
    QCOMPARE(report->statusWords(), words);
    QCOMPARE(report->rejectCause(), rejectCause);
    QCOMPARE(report->isRegistered(), registered);
}

void TestPsmGrant::notALineOfTimers_data()
{
    QTest::addColumn<QByteArray>("parameters");
    QTest::addColumn<bool>("read");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("status not a number") << QByteArray(R"("x",,,,,,"00100100","01000111")") << false;
    QTest::newRow("empty status") << QByteArray(R"(,,,,,,"00100100","01000111")") << false;
    QTest::newRow("read answer with <n> only") << QByteArray("4") << true;
}

void TestPsmGrant::notALineOfTimers()
{
    QFETCH(QByteArray, parameters);
    QFETCH(bool, read);
    const QList<at::Field> fields = at::splitFields(parameters);
    QVERIFY(!(read ? RegistrationReport::fromReadAnswer(fields) : RegistrationReport::fromUrc(fields)));
    // A timer field that is not eight bits is no timer, the rest is still read.
    const std::optional<RegistrationReport> partly = RegistrationReport::fromUrc(at::splitFields(R"(1,,,,,,"0010010","01000111")"));
    QVERIFY(partly);
    QVERIFY(!partly->activeTime());
    QCOMPARE(partly->periodicTau()->seconds(), 252000);
}

// +CEDRXP and +CEDRXRDP (27.007 7.40, 7.41), per radio's table.
void TestPsmGrant::edrxGrantsSaid_data()
{
    QTest::addColumn<QByteArray>("parameters");
    QTest::addColumn<bool>("read");
    QTest::addColumn<QString>("said");
    QTest::newRow("not used by the cell") << QByteArray("0") << true << QStringLiteral("eDRX not used by this cell");
    QTest::newRow("NB-IoT as asked") << QByteArray(R"(5,"0101","0101","0011")") << true
                                     << QStringLiteral("eDRX 81.92 s as asked; paging window 10.24 s");
    QTest::newRow("NB-IoT longer than asked") << QByteArray(R"(5,"0101","1001","0000")") << true
                                              << QStringLiteral("asked 81.92 s eDRX, network gave 163.84 s; paging window 2.56 s");
    QTest::newRow("LTE-M, its own table") << QByteArray(R"(4,"0000","0110","0000")") << true
                                          << QStringLiteral("asked 5.12 s eDRX, network gave 102.4 s; paging window 1.28 s");
    QTest::newRow("NB-IoT, a value its table lacks") << QByteArray(R"(5,"0000","0010")") << true
                                                     << QStringLiteral("asked 0000 (NB-IoT reads it as no eDRX) eDRX, network gave 20.48 s");
    QTest::newRow("requested only") << QByteArray(R"(5,"0101")") << true
                                    << QStringLiteral("asked 81.92 s eDRX, the network's value not said");
    QTest::newRow("GSM access type: not these radios") << QByteArray(R"(2,"0101")") << false << QString();
    QTest::newRow("empty") << QByteArray() << false << QString();
}

void TestPsmGrant::edrxGrantsSaid()
{
    QFETCH(QByteArray, parameters);
    QFETCH(bool, read);
    QFETCH(QString, said);
    const std::optional<EdrxGrant> grant = EdrxGrant::fromFields(at::splitFields(parameters));
    QCOMPARE(grant.has_value(), read);
    if (grant)
        QCOMPARE(grant->describe(), said);
}

QTEST_GUILESS_MAIN(TestPsmGrant)
#include "tst_psmgrant.moc"
