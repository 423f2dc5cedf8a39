// SPDX-License-Identifier: MIT
// The one rule for "is this an address" (bc25::UsableAddress) that the
// health check's judges and the recipes' usable_address() ask: a dotted
// a.b.c.d as 27.007 10.1.14 prints it, or IPv6 a context can use, and in
// words why not. Adversary pass 10 F2: QHostAddress took inet_aton's
// shorthands (1, 1.2.3, 127.1, 0x7f000001, 01.02.03.04) and broadcast,
// multicast, ::1 and ::ffff:0.0.0.0 as a context's address.

#include "bc25/usableaddress.h"

#include <QTest>

using bc25::UsableAddress;

Q_DECLARE_METATYPE(bc25::UsableAddress::Use)

class TestUsableAddress : public QObject
{
    Q_OBJECT

private slots:
    void anAddressIsUsableOrSaysWhyNot_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<UsableAddress::Use>("use");
        QTest::addColumn<QString>("why"); // empty: usable; else words the reason holds
        const auto context = UsableAddress::Use::Context;
        const auto host = UsableAddress::Use::Host;
        const auto loopback = UsableAddress::Use::LoopbackHost;
        QTest::newRow("IPv4") << "10.45.0.9" << context << "";
        QTest::newRow("IPv4, 255 in it") << "10.255.0.1" << context << "";
        QTest::newRow("IPv6 octets") << "32.1.13.184.0.0.0.0.0.0.0.0.0.0.0.1" << context << "";
        QTest::newRow("IPv6 colons") << "2001:db8::1" << context << "";
        QTest::newRow("IPv6 link-local") << "fe80::1" << context << "";
        QTest::newRow("one number") << "1" << context << "is not an address";
        QTest::newRow("three parts") << "1.2.3" << context << "is not an address";
        QTest::newRow("127.1") << "127.1" << context << "is not an address";
        QTest::newRow("hex") << "0x7f000001" << context << "is not an address";
        QTest::newRow("hex part") << "0x7f.0.0.1" << context << "not a decimal number";
        QTest::newRow("octal-looking") << "01.02.03.04" << context << "leading zero";
        QTest::newRow("over 255") << "10.0.0.256" << context << "more than 255";
        QTest::newRow("empty part") << "10..0.1" << context << "not a decimal number";
        QTest::newRow("sign") << "+1.2.3.4" << context << "not a decimal number";
        QTest::newRow("text") << "abc" << context << "is not an address";
        QTest::newRow("empty") << "" << context << "no address";
        QTest::newRow("unspecified") << "0.0.0.0" << context << "unspecified address: no address is set";
        QTest::newRow("zero octets") << "0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0" << context << "unspecified";
        QTest::newRow("::") << "::" << context << "unspecified";
        QTest::newRow("this network") << "0.1.2.3" << context << "0.0.0.0/8";
        QTest::newRow("broadcast") << "255.255.255.255" << context << "broadcast";
        QTest::newRow("multicast") << "224.0.0.1" << context << "multicast";
        QTest::newRow("IPv6 multicast") << "ff02::1" << context << "multicast";
        QTest::newRow("reserved") << "240.0.0.1" << context << "reserved";
        QTest::newRow("loopback") << "127.0.0.1" << context << "loopback";
        QTest::newRow("::1") << "::1" << context << "loopback";
        QTest::newRow("::1 as octets") << "0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1" << context << "loopback";
        QTest::newRow("v4-mapped unspecified") << "::ffff:0.0.0.0" << context << "written as IPv6";
        QTest::newRow("v4-mapped") << "::ffff:10.0.0.1" << context << "written as IPv6";
        QTest::newRow("scope") << "fe80::1%eth0" << context << "not an IPv6 address";
        QTest::newRow("bad IPv6") << "1:2:3" << context << "not an IPv6 address";
        // A host's address: loopback only where a loopback host was asked for.
        QTest::newRow("host") << "93.184.216.34" << host << "";
        QTest::newRow("host, loopback") << "127.0.0.1" << host << "not the host asked for";
        QTest::newRow("localhost") << "127.0.0.1" << loopback << "";
        QTest::newRow("localhost ::1") << "::1" << loopback << "";
        QTest::newRow("host, broadcast") << "255.255.255.255" << host << "broadcast";
        QTest::newRow("host, one number") << "1" << host << "is not an address";
    }
    void anAddressIsUsableOrSaysWhyNot()
    {
        QFETCH(QString, text);
        QFETCH(UsableAddress::Use, use);
        QFETCH(QString, why);
        const QString said = UsableAddress::whyNot(text, use);
        QCOMPARE(said.isEmpty(), why.isEmpty());
        QVERIFY2(said.contains(why), qPrintable(said));
        QCOMPARE(UsableAddress::isUsable(text, use), why.isEmpty());
    }

    void noneSetIsTheUnspecifiedAddress()
    {
        QVERIFY(UsableAddress::isUnspecified(QStringLiteral("0.0.0.0")));
        QVERIFY(UsableAddress::isUnspecified(QStringLiteral("00.00.00.00")));
        QVERIFY(UsableAddress::isUnspecified(QStringLiteral("::")));
        QVERIFY(!UsableAddress::isUnspecified(QStringLiteral("8.8.8.8")));
        QVERIFY(!UsableAddress::isUnspecified(QStringLiteral("0")));
        QVERIFY(!UsableAddress::isUnspecified(QString()));
    }

    void aLoopbackHostIsNamedOrWritten()
    {
        for (const char *host : {"localhost", "LocalHost", "a.localhost", "127.0.0.1", "127.9.9.9", "::1"})
            QVERIFY2(UsableAddress::isLoopbackHost(QLatin1String(host)), host);
        for (const char *host : {"example.com", "localhost.example.com", "8.8.8.8", "127.1", "0.0.0.0", ""})
            QVERIFY2(!UsableAddress::isLoopbackHost(QLatin1String(host)), host);
    }
};

QTEST_GUILESS_MAIN(TestUsableAddress)
#include "tst_usableaddress.moc"
