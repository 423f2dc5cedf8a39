// SPDX-License-Identifier: MIT
// The virtual module's name resolver, independent of this machine's hosts
// file and resolver: hosts files written here, DNS servers on loopback that
// answer (DnsResponder) or never do (a bound socket that stays silent).

#include "bc25/errorcodes.h"
#include "dnsresponder.h"
#include "sim/hostresolver.h"

#include <QElapsedTimer>
#include <QTemporaryFile>
#include <QTest>
#include <QUdpSocket>

using namespace bc25;
using sim::HostResolver;

namespace {

// A hosts file as a fresh Debian 12 writes it (::1 before 127.0.0.1 for
// some names), plus names that only this test knows.
const char DebianHosts[] =
    "::1\tlocalhost ip6-localhost ip6-loopback\n"
    "127.0.0.1\tlocalhost\n"
    "ff02::1\t\tip6-allnodes\n"
    "# a comment line\n"
    "::1 sensor.test\n"
    "127.0.0.5 sensor.test other.test # trailing comment\n"
    "   \n"
    "10.1.2.4\tSENSOR.TEST\n"
    "::1 v6only.test\n";

} // namespace

class TestSimHostResolver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void hostsFileGivesIPv4AddressesInFileOrder();
    void localhostNamesAreTheLoopbackWithoutAskingAnyone_data();
    void localhostNamesAreTheLoopbackWithoutAskingAnyone();
    void namesFromTheHostsFileAreIPv4Only();
    void invalidNamesFailAtOnce();
    void literalAddressesAreTheirOwnAnswer();
    void configuredServerIsAskedAndAnswersIPv4();
    void silentServerFailsWithinTheTimeLimit();
    void refusingServerFailsWithinTheTimeLimit();
    void answersForAGoneContextAreDropped();

private:
    // Resolves `host` and waits for the answer (at most `waitMs`).
    HostResolver::Answer resolve(HostResolver &resolver, const QString &host, int waitMs = 5000);

    QTemporaryFile m_hosts;
};

void TestSimHostResolver::init()
{
    if (m_hosts.isOpen())
        return;
    QVERIFY(m_hosts.open());
    m_hosts.write(DebianHosts);
    m_hosts.flush();
}

HostResolver::Answer TestSimHostResolver::resolve(HostResolver &resolver, const QString &host, int waitMs)
{
    HostResolver::Answer answer;
    int calls = 0;
    resolver.resolve(host, this, [&](const HostResolver::Answer &a) {
        answer = a;
        ++calls;
    });
    [&] { QTRY_COMPARE_WITH_TIMEOUT(calls, 1, waitMs); }();
    return answer;
}

void TestSimHostResolver::hostsFileGivesIPv4AddressesInFileOrder()
{
    const QString path = m_hosts.fileName();
    QCOMPARE(HostResolver::hostsFileAddresses(path, QStringLiteral("localhost")),
             QList<QHostAddress> {QHostAddress(QStringLiteral("127.0.0.1"))});
    QCOMPARE(HostResolver::hostsFileAddresses(path, QStringLiteral("sensor.test")),
             (QList<QHostAddress> {QHostAddress(QStringLiteral("127.0.0.5")), QHostAddress(QStringLiteral("10.1.2.4"))}));
    QCOMPARE(HostResolver::hostsFileAddresses(path, QStringLiteral("Other.Test.")),
             QList<QHostAddress> {QHostAddress(QStringLiteral("127.0.0.5"))});
    QVERIFY(HostResolver::hostsFileAddresses(path, QStringLiteral("v6only.test")).isEmpty());
    QVERIFY(HostResolver::hostsFileAddresses(path, QStringLiteral("comment")).isEmpty());
    QVERIFY(HostResolver::hostsFileAddresses(path, QStringLiteral("missing.test")).isEmpty());
    QVERIFY(HostResolver::hostsFileAddresses(QStringLiteral("/nonexistent/hosts"), QStringLiteral("localhost")).isEmpty());
}

void TestSimHostResolver::localhostNamesAreTheLoopbackWithoutAskingAnyone_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("localhost") << QStringLiteral("localhost");
    QTest::newRow("upper case, trailing dot") << QStringLiteral("LocalHost.");
    QTest::newRow("under .localhost") << QStringLiteral("db.localhost");
}

void TestSimHostResolver::localhostNamesAreTheLoopbackWithoutAskingAnyone()
{
    QFETCH(QString, name);
    // RFC 6761 6.3: no hosts file, and a DNS server that would never answer.
    QUdpSocket silent;
    const bool serverUp = silent.bind(QHostAddress(QStringLiteral("127.0.0.78")), 53);
    HostResolver resolver;
    resolver.setHostsFile(QString());
    resolver.setServers(QHostAddress(QStringLiteral("127.0.0.78")), {});
    resolver.setTimeoutMs(60000);
    const HostResolver::Answer answer = resolve(resolver, name, 1000);
    QCOMPARE(answer.error, 0);
    QCOMPARE(answer.addresses, QList<QHostAddress> {QHostAddress(QHostAddress::LocalHost)});
    if (serverUp)
        QVERIFY(!silent.hasPendingDatagrams());
}

void TestSimHostResolver::namesFromTheHostsFileAreIPv4Only()
{
    HostResolver resolver;
    resolver.setHostsFile(m_hosts.fileName());
    resolver.setTimeoutMs(1000);
    HostResolver::Answer answer = resolve(resolver, QStringLiteral("sensor.test"));
    QCOMPARE(answer.error, 0);
    QCOMPARE(answer.addresses.constFirst(), QHostAddress(QStringLiteral("127.0.0.5")));
    answer = resolve(resolver, QStringLiteral("localhost"));
    QCOMPARE(answer.addresses, QList<QHostAddress> {QHostAddress(QHostAddress::LocalHost)});
}

void TestSimHostResolver::invalidNamesFailAtOnce()
{
    HostResolver resolver;
    resolver.setHostsFile(QString());
    resolver.setTimeoutMs(60000);
    QElapsedTimer clock;
    clock.start();
    const HostResolver::Answer answer = resolve(resolver, QStringLiteral("no-such-host.invalid"), 1000);
    QCOMPARE(answer.error, ErrorCodes::DnsParseFailed);
    QVERIFY(answer.addresses.isEmpty());
    QVERIFY(clock.elapsed() < 1000);
}

void TestSimHostResolver::literalAddressesAreTheirOwnAnswer()
{
    HostResolver resolver;
    const HostResolver::Answer answer = resolve(resolver, QStringLiteral("192.0.2.7"));
    QCOMPARE(answer.error, 0);
    QCOMPARE(answer.addresses, QList<QHostAddress> {QHostAddress(QStringLiteral("192.0.2.7"))});
}

void TestSimHostResolver::configuredServerIsAskedAndAnswersIPv4()
{
    test::DnsResponder dns(QHostAddress(QStringLiteral("10.9.8.7")), 321);
    if (!dns.start(QHostAddress(QStringLiteral("127.0.0.77"))))
        QSKIP("cannot bind port 53 on the loopback range here");
    HostResolver resolver;
    resolver.setHostsFile(m_hosts.fileName()); // not read when a server is configured
    resolver.setServers(QHostAddress(QStringLiteral("127.0.0.77")), {});
    const HostResolver::Answer answer = resolve(resolver, QStringLiteral("sensor.test"));
    QCOMPARE(answer.error, 0);
    QCOMPARE(answer.addresses, QList<QHostAddress> {QHostAddress(QStringLiteral("10.9.8.7"))});
    QCOMPARE(answer.ttl, 321);
    QCOMPARE(dns.queries(), 1);
}

void TestSimHostResolver::silentServerFailsWithinTheTimeLimit()
{
    QUdpSocket silent; // takes the queries and never answers: a DNS server out of reach
    if (!silent.bind(QHostAddress(QStringLiteral("127.0.0.78")), 53))
        QSKIP("cannot bind port 53 on the loopback range here");
    HostResolver resolver;
    resolver.setServers(QHostAddress(QStringLiteral("127.0.0.78")), {});
    resolver.setTimeoutMs(300);
    QElapsedTimer clock;
    clock.start();
    const HostResolver::Answer answer = resolve(resolver, QStringLiteral("sensor.example"), 5000);
    QCOMPARE(answer.error, ErrorCodes::DnsParseFailed);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QTRY_VERIFY(silent.hasPendingDatagrams()); // it did ask
}

void TestSimHostResolver::refusingServerFailsWithinTheTimeLimit()
{
    // Nothing listens at 127.0.0.79:53: the query is refused, or lost.
    HostResolver resolver;
    resolver.setServers(QHostAddress(QStringLiteral("127.0.0.79")), QHostAddress(QStringLiteral("127.0.0.80")));
    resolver.setTimeoutMs(300);
    QElapsedTimer clock;
    clock.start();
    const HostResolver::Answer answer = resolve(resolver, QStringLiteral("sensor.example"), 5000);
    QCOMPARE(answer.error, ErrorCodes::DnsParseFailed);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
}

void TestSimHostResolver::answersForAGoneContextAreDropped()
{
    HostResolver resolver;
    int calls = 0;
    {
        QObject context;
        resolver.resolve(QStringLiteral("localhost"), &context, [&](const HostResolver::Answer &) { ++calls; });
    }
    resolver.resolve(QStringLiteral("127.0.0.1"), this, [&](const HostResolver::Answer &) { ++calls; });
    resolver.cancelAll(); // a reboot drops what is still to come
    QObject marker;
    bool done = false;
    resolver.resolve(QStringLiteral("127.0.0.1"), &marker, [&](const HostResolver::Answer &) { done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TestSimHostResolver)
#include "tst_simhostresolver.moc"
