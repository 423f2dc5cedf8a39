// SPDX-License-Identifier: MIT
// A raw log whose module kept AT+QICFG="showlength",1 in NVRAM from before
// the log began (BC25 manual 2.1.11, note 2): on a socket the log opened in
// buffer access, "+QIURC: "recv",<id>,<length>" is the showlength notice and
// carries no data (manual 1.2: the host reads it with AT+QIRD). Taken for a
// direct push, the next <length> bytes of the module's output — the read's
// echo — were eaten as payload (adversary pass 8, F4). The class: the mode as
// the log shows it (AT+QIOPEN's, AT+QISWTMD's, +QISTATE's), a socket the log
// never opened, each BC model, the EC200U's recvind; the decoder fed whole
// and byte by byte.

#include "bc25/trafficdecoder.h"
#include "modeldecode.h"
#include "profile/moduleprofile.h"

#include <QTest>

using namespace bc25;
using profile::ModuleProfile;

namespace {

using Decoded = test::ModelDecode;

// A raw log of the module's output with echo on, decoded with a model's rules.
Decoded decode(const QByteArray &model, const QByteArray &stream, bool byteByByte)
{
    return Decoded(model, stream, byteByByte);
}

QStringList dataOf(const Decoded &d)
{
    QStringList data;
    for (const QString &e : d.events) {
        if (e.startsWith(QLatin1String("data:")))
            data << e.mid(5);
    }
    return data;
}

// The notice, then the read that fetches its four bytes.
const QByteArray NoticeThenRead = "\r\n+QIURC: \"recv\",0,4\r\n"
                                  "AT+QIRD=0,512\r\r\n+QIRD: 4,0\r\nabcd\r\n\r\nOK\r\n";

} // namespace

class TestShowLengthNotice : public QObject
{
    Q_OBJECT

private slots:
    void aKnownBufferAccessSocketGetsANotice_data();
    void aKnownBufferAccessSocketGetsANotice();
    void aDirectPushSocketGetsItsData_data();
    void aDirectPushSocketGetsItsData();
    void aSocketTheLogNeverOpenedIsReadAsBefore();
    void theMarkEndsWithTheSocket_data();
    void theMarkEndsWithTheSocket();
};

void TestShowLengthNotice::aKnownBufferAccessSocketGetsANotice_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("before"); // how the log shows socket 0 in buffer access
    QTest::addColumn<QString>("first");     // that command's transaction
    const QByteArray open = "AT+QIOPEN=1,0,\"TCP\",\"10.0.0.1\",8080\r\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n";
    const QByteArray openPush = "AT+QIOPEN=1,0,\"TCP\",\"10.0.0.1\",8080,0,1\r\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n";
    const QByteArray state = "AT+QISTATE=1,0\r\r\n+QISTATE: 0,\"TCP\",\"10.0.0.1\",8080,1234,2,1,0\r\n\r\nOK\r\n";
    for (const char *split : {"whole", "byte by byte"}) {
        for (const char *model : {"bc25", "bc32", "bc66"}) {
            QTest::addRow("%s, opened with the default mode, %s", model, split)
                    << QByteArray(model) << open << QStringLiteral("AT+QIOPEN=1,0,\"TCP\",\"10.0.0.1\",8080 OK");
        }
        // Context 0 alone on the BC660K-GL.
        QTest::addRow("bc660k, opened with the default mode, %s", split)
                << QByteArray("bc660k") << QByteArray("AT+QIOPEN=0,0,\"TCP\",\"10.0.0.1\",8080\r\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n")
                << QStringLiteral("AT+QIOPEN=0,0,\"TCP\",\"10.0.0.1\",8080 OK");
        QTest::addRow("bc25, opened in direct push, switched back, %s", split)
                << QByteArray("bc25") << openPush + "AT+QISWTMD=0,0\r\r\nOK\r\n"
                << QStringLiteral("AT+QIOPEN=1,0,\"TCP\",\"10.0.0.1\",8080,0,1 OK");
        QTest::addRow("bc25, stated by AT+QISTATE, %s", split)
                << QByteArray("bc25") << state << QStringLiteral("AT+QISTATE=1,0 OK");
        // The EC200U's length form is recvind's (its note 2.4.1), set before
        // the log began (not saved, but the log need not start at power-on).
        QTest::addRow("ec200u, recvind unseen, %s", split)
                << QByteArray("ec200u") << QByteArray("AT+QIOPEN=1,0,\"TCP\",\"10.0.0.1\",8080,0,0\r\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n")
                << QStringLiteral("AT+QIOPEN=1,0,\"TCP\",\"10.0.0.1\",8080,0,0 OK");
    }
}

void TestShowLengthNotice::aKnownBufferAccessSocketGetsANotice()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, before);
    QFETCH(QString, first);
    const bool byteByByte = QByteArray(QTest::currentDataTag()).endsWith("byte by byte");
    // The EC200U reads "+QIRD: <length>" alone.
    const QByteArray read = model == "ec200u" ? QByteArray(NoticeThenRead).replace("+QIRD: 4,0", "+QIRD: 4") : NoticeThenRead;
    const Decoded out = decode(model, before + read + "AT\r\r\nOK\r\n", byteByByte);
    const QString all = out.events.join(QLatin1Char('\n'));
    QVERIFY2(out.events.contains(QStringLiteral("urc:+QIURC: \"recv\",0,4")), qPrintable(all));
    // The four bytes are the read's, once; the read's echo is no one's data.
    QCOMPARE(dataOf(out), QStringList {QStringLiteral("abcd")});
    QCOMPARE(out.finals.constFirst(), first);
    QVERIFY2(out.finals.contains(QStringLiteral("AT+QIRD=0,512 OK")), qPrintable(out.finals.join(QLatin1Char('\n'))));
    QCOMPARE(out.finals.constLast(), QStringLiteral("AT OK"));
    // The BC models print this form with showlength 1: nothing unexpected. The
    // EC200U prints it only with recvind, which the log did not show: said.
    if (model == "ec200u")
        QVERIFY2(out.drifts.size() == 1 && out.drifts.constFirst().contains(QLatin1String("recvind")),
                 qPrintable(out.drifts.join(QLatin1Char('\n'))));
    else
        QVERIFY2(out.drifts.isEmpty(), qPrintable(out.drifts.join(QLatin1Char('\n'))));
}

void TestShowLengthNotice::aDirectPushSocketGetsItsData_data()
{
    QTest::addColumn<QByteArray>("before");
    const QByteArray open = "AT+QIOPEN=1,0,\"TCP\",\"10.0.0.1\",8080\r\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n";
    for (const char *split : {"whole", "byte by byte"}) {
        QTest::addRow("opened in direct push, %s", split) << QByteArray("AT+QIOPEN=1,0,\"TCP\",\"10.0.0.1\",8080,0,1\r\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n");
        // manual 2.1.7: "The switch of data access mode will take effect immediately."
        QTest::addRow("switched to direct push mid-log, %s", split) << open + "AT+QISWTMD=0,1\r\r\nOK\r\n";
        QTest::addRow("stated by AT+QISTATE, %s", split)
                << QByteArray("AT+QISTATE=1,0\r\r\n+QISTATE: 0,\"TCP\",\"10.0.0.1\",8080,1234,2,1,1\r\n\r\nOK\r\n");
    }
}

void TestShowLengthNotice::aDirectPushSocketGetsItsData()
{
    QFETCH(QByteArray, before);
    const bool byteByByte = QByteArray(QTest::currentDataTag()).endsWith("byte by byte");
    // Direct push (manual 1.2): the length counts the data after the line, whatever it holds.
    const Decoded out = decode("bc25", before + "\r\n+QIURC: \"recv\",0,4\r\nOK\r\n\r\nAT\r\r\nOK\r\n", byteByByte);
    QCOMPARE(dataOf(out), QStringList {QStringLiteral("OK\r\n")});
    QCOMPARE(out.finals.constLast(), QStringLiteral("AT OK"));
    QVERIFY2(out.drifts.isEmpty(), qPrintable(out.drifts.join(QLatin1Char('\n'))));
}

void TestShowLengthNotice::aSocketTheLogNeverOpenedIsReadAsBefore()
{
    // Its mode is not known: with showlength 0 as far as the log says, the
    // length form is the push it looks like, and --showlength 1 says otherwise.
    for (const bool byteByByte : {false, true}) {
        const Decoded out = decode("bc25", "\r\n+QIURC: \"recv\",3,4\r\nOK\r\n\r\nAT\r\r\nOK\r\n", byteByByte);
        QCOMPARE(dataOf(out), QStringList {QStringLiteral("OK\r\n")});
        QCOMPARE(out.finals, QStringList {QStringLiteral("AT OK")});
    }
}

void TestShowLengthNotice::theMarkEndsWithTheSocket_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("closed"); // how the log shows socket 0 closed
    const QByteArray urc = "\r\n+QIURC: \"closed\",0\r\n";
    for (const char *split : {"whole", "byte by byte"}) {
        QTest::addRow("bc25, AT+QICLOSE, %s", split) << QByteArray("bc25") << QByteArray("AT+QICLOSE=0\r\r\nOK\r\n\r\nCLOSE OK\r\n");
        QTest::addRow("bc25, closed by the peer, %s", split) << QByteArray("bc25") << urc;
        // The BG96 ends a close with its OK (TCP/IP AN 2.2.5).
        QTest::addRow("bg96, AT+QICLOSE, %s", split) << QByteArray("bg96") << QByteArray("AT+QICLOSE=0\r\r\nOK\r\n");
        QTest::addRow("bg96, closed by the peer, %s", split) << QByteArray("bg96") << urc;
    }
}

void TestShowLengthNotice::theMarkEndsWithTheSocket()
{
    // Adversary pass 10, F12: socket 0 was opened in buffer access and closed;
    // after ATE0 it was opened again out of sight, in direct push. A closed
    // socket has no access mode: the push carries its 4 bytes, as on a socket
    // the log never opened (the mark made them a notice and lost them).
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, closed);
    const bool byteByByte = QByteArray(QTest::currentDataTag()).endsWith("byte by byte");
    const QByteArray open = "AT+QIOPEN=1,0,\"TCP\",\"10.0.0.1\",8080,0,0\r\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n";
    const QByteArray unseenOpen = "ATE0\r\r\nOK\r\n\r\nOK\r\n\r\n+QIOPEN: 0,0\r\n";
    const Decoded out = decode(model, open + closed + unseenOpen + "\r\n+QIURC: \"recv\",0,4\r\nOK\r\n", byteByByte);
    QCOMPARE(dataOf(out), QStringList {QStringLiteral("OK\r\n")});
}

QTEST_GUILESS_MAIN(TestShowLengthNotice)
#include "tst_showlengthnotice.moc"
