// SPDX-License-Identifier: MIT
// Hex data as the module prints it (AT+QICFG="dataformat",x,1): the BC660K's
// one-line push "recv",<connectID>,<length>,"<hex>" and hex +QIRD data. Text
// that is not hex pairs is shown as it came, as drift with why, and no bytes
// are made up from it; bare digits where the model quotes them are read, as
// drift; a push cut by a restart or by the line bound is truncated (adv6 F2);
// digits past the announced length are drift too, shown as they came; a
// count that would run past the data's line end ends there (adv F7).
// Each stream whole, byte by byte and cut in two at every byte.

#include "bc25/trafficdecoder.h"
#include "profile/moduleprofile.h"

#include <QTest>

using namespace bc25;
using profile::ModuleProfile;

namespace {

struct Seen
{
    QList<DecodedEvent> data;
    QStringList drifts;
    QStringList finals;
};

const QByteArray HexOn = "AT+QICFG=\"dataformat\",0,1\r\r\nOK\r\n";

Seen decode(const QByteArray &model, const QList<QByteArray> &pieces)
{
    TrafficDecoder decoder(ModuleProfile::byId(model));
    Seen seen;
    QObject::connect(&decoder, &TrafficDecoder::decoded, [&seen](const DecodedEvent &e) {
        if (e.kind == DecodedEvent::Kind::Data)
            seen.data << e;
        if (!e.drift.isEmpty())
            seen.drifts << e.drift;
    });
    QObject::connect(&decoder, &TrafficDecoder::transactionDecoded, [&seen](const at::Transaction &t) {
        seen.finals << QString::fromLatin1(t.command) + QLatin1Char(' ') + QLatin1String(at::Transaction::statusName(t.status));
    });
    for (const QByteArray &piece : pieces)
        decoder.received(piece);
    decoder.finish();
    return seen;
}

// The stream whole, byte by byte, and in two pieces cut at each byte.
QList<QList<QByteArray>> splits(const QByteArray &stream)
{
    QList<QList<QByteArray>> all {{stream}};
    QList<QByteArray> bytes;
    for (const char c : stream)
        bytes << QByteArray(1, c);
    all << bytes;
    for (qsizetype cut = 1; cut < stream.size(); ++cut)
        all << QList<QByteArray> {stream.first(cut), stream.sliced(cut)};
    return all;
}

} // namespace

class TestHexData : public QObject
{
    Q_OBJECT

private slots:
    void hexDataIsReadOrShownAsItCame_data();
    void hexDataIsReadOrShownAsItCame();
    void aHexPushLongerThanALineIsTruncated();
    void digitsPastTheLengthAreDriftShownAsTheyCame_data();
    void digitsPastTheLengthAreDriftShownAsTheyCame();
};

void TestHexData::hexDataIsReadOrShownAsItCame_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QByteArray>("bytes");  // the data event's bytes (the text as it came when not hex)
    QTest::addColumn<bool>("badHex");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<QString>("drift");     // the start of the data's drift; empty: none
    const QString notHex = QStringLiteral("hex data that is not pairs of hex digits");
    QTest::newRow("pairs") << QByteArray("bc660k") << QByteArray("\r\n+QIURC: \"recv\",0,2,\"6a6B\"\r\n")
                           << QByteArray("jk") << false << false << QString();
    QTest::newRow("odd digits") << QByteArray("bc660k") << QByteArray("\r\n+QIURC: \"recv\",0,2,\"616\"\r\n")
                                << QByteArray("616") << true << false << notHex;
    QTest::newRow("not hex") << QByteArray("bc660k") << QByteArray("\r\n+QIURC: \"recv\",0,2,\"zz41\"\r\n")
                             << QByteArray("zz41") << true << false << notHex;
    QTest::newRow("unquoted") << QByteArray("bc660k") << QByteArray("\r\n+QIURC: \"recv\",0,2,6162\r\n")
                              << QByteArray("ab") << false << false
                              << QStringLiteral("hex data without the double quotes");
    // RDY inside the push's hex: the bytes before it, truncated (the text path's mark).
    QTest::newRow("cut by RDY") << QByteArray("bc660k") << QByteArray("\r\n+QIURC: \"recv\",0,8,\"41424344\r\nRDY\r\n")
                                << QByteArray("ABCD") << false << true << QString();
    QTest::newRow("cut by RDY inside a byte") << QByteArray("bc660k")
                                              << QByteArray("\r\n+QIURC: \"recv\",0,8,\"414\r\nRDY\r\n")
                                              << QByteArray("A") << false << true << QString();
    // adv F7: hex text holds no line end, so a count that would run past
    // the data's CR LF (and eat the next command's echo and its OK) ends
    // there: the digits so far, truncated; the lines after it stay lines.
    QTest::newRow("count swallowing the line end") << QByteArray("bc25") << QByteArray("\r\n+QIURC: \"recv\",0,5\r\n41424344\r\n")
                                                   << QByteArray("ABCD") << false << true << QString();
    QTest::newRow("count running into the next line") << QByteArray("bc25")
                                                      << QByteArray("\r\n+QIURC: \"recv\",0,9\r\n41424344\r\n")
                                                      << QByteArray("ABCD") << false << true << QString();
    QTest::newRow("QIRD count running into its OK") << QByteArray("bc25")
                                                    << QByteArray("AT+QIRD=0,512\r\r\n+QIRD: 6\r\n41424344\r\n\r\nOK\r\n")
                                                    << QByteArray("ABCD") << false << true << QString();
    QTest::newRow("fewer digits than announced, quoted") << QByteArray("bc660k")
                                                         << QByteArray("\r\n+QIURC: \"recv\",0,6,\"41424344\"\r\n")
                                                         << QByteArray("ABCD") << false << true << QString();
    // Hex +QIRD data on an LTE module: not hex pairs is the same drift.
    QTest::newRow("QIRD not hex") << QByteArray("bg96")
                                  << QByteArray("AT+QIRD=0,1500\r\r\n+QIRD: 2\r\n4x4y\r\nOK\r\n")
                                  << QByteArray("4x4y") << true << false << notHex;
}

void TestHexData::hexDataIsReadOrShownAsItCame()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, lines);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, badHex);
    QFETCH(bool, truncated);
    QFETCH(QString, drift);
    const QByteArray stream = HexOn + lines + "AT\r\r\nOK\r\n";
    for (const QList<QByteArray> &pieces : splits(stream)) {
        const Seen seen = decode(model, pieces);
        const QByteArray how = "in " + QByteArray::number(pieces.size()) + " pieces, first " + QByteArray::number(pieces.first().size());
        QVERIFY2(seen.data.size() == 1, how.constData());
        const DecodedEvent &data = seen.data.constFirst();
        QVERIFY2(data.data == bytes, (how + ": " + data.data).constData());
        QVERIFY2(data.badHex == badHex, how.constData());
        QVERIFY2(data.truncated == truncated, how.constData());
        // Not hex: printed as its text, never as bytes read from it.
        QCOMPARE(data.toJson().contains(QLatin1String("hex")), !badHex);
        if (drift.isEmpty()) {
            QVERIFY2(seen.drifts.isEmpty(), qPrintable(seen.drifts.join(QLatin1Char('\n'))));
        } else {
            QVERIFY2(seen.drifts.size() == 1 && seen.drifts.constFirst().startsWith(drift),
                     qPrintable(seen.drifts.join(QLatin1Char('\n'))));
            QCOMPARE(data.drift, seen.drifts.constFirst());
        }
        QVERIFY2(seen.finals.constLast() == QLatin1String("AT OK"), qPrintable(seen.finals.join(QLatin1Char('\n'))));
    }
}

void TestHexData::aHexPushLongerThanALineIsTruncated()
{
    // adv6 F2d: a push of more than ~2036 bytes passed the line bound and came
    // out as an unknown line with no data. Now its data up to the bound, truncated.
    for (const int length : {2048, 4096, 40000}) {
        const QByteArray push = "\r\n+QIURC: \"recv\",0," + QByteArray::number(length) + ",\""
                                + QByteArray(2 * length, 'A') + "\"\r\n";
        for (const bool byteByByte : {false, true}) {
            QList<QByteArray> pieces {HexOn + push + "AT\r\r\nOK\r\n"};
            if (byteByByte) {
                pieces.clear();
                for (const char c : HexOn + push + "AT\r\r\nOK\r\n")
                    pieces << QByteArray(1, c);
            }
            const Seen seen = decode("bc660k", pieces);
            QCOMPARE(seen.data.size(), 1);
            const DecodedEvent &data = seen.data.constFirst();
            QVERIFY(data.truncated);
            QVERIFY(!data.badHex);
            QVERIFY(data.data.size() > 2000 && data.data.size() < length);
            QVERIFY(data.data.count('\xaa') == data.data.size());
            QCOMPARE(seen.finals.constLast(), QStringLiteral("AT OK"));
        }
    }
}

void TestHexData::digitsPastTheLengthAreDriftShownAsTheyCame_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QString>("final"); // the command the lines answer, and its status; empty: none
    // The BC660K's one-line push (its hex <data> on the URC's line).
    QTest::newRow("one-line push") << QByteArray("bc660k") << QByteArray("\r\n+QIURC: \"recv\",0,2,\"41424344\"\r\n")
                                   << QString();
    // Hex +QIRD data on an LTE module, and a BC25 push: the data on the lines after the header.
    QTest::newRow("QIRD") << QByteArray("bg96") << QByteArray("AT+QIRD=0,1500\r\r\n+QIRD: 2\r\n41424344\r\nOK\r\n")
                          << QStringLiteral("AT+QIRD=0,1500 OK");
    QTest::newRow("push") << QByteArray("bc25") << QByteArray("\r\n+QIURC: \"recv\",0,2\r\n41424344\r\n") << QString();
}

void TestHexData::digitsPastTheLengthAreDriftShownAsTheyCame()
{
    // The length counts 2 bytes ("AB"); "4344" after them are no bytes of the
    // socket's: never dropped unsaid, never read as data.
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, lines);
    QFETCH(QString, final);
    const QByteArray stream = HexOn + lines + "AT\r\r\nOK\r\n";
    for (const QList<QByteArray> &pieces : splits(stream)) {
        const Seen seen = decode(model, pieces);
        const QByteArray how = "in " + QByteArray::number(pieces.size()) + " pieces, first " + QByteArray::number(pieces.first().size());
        QVERIFY2(seen.data.size() == 2, how.constData());
        QVERIFY2(seen.data.at(0).data == "AB" && !seen.data.at(0).badHex && !seen.data.at(0).truncated, how.constData());
        const DecodedEvent &past = seen.data.at(1);
        QVERIFY2(past.data == "4344" && past.badHex, (how + ": " + past.data).constData());
        QCOMPARE(past.toJson().value(QLatin1String("text")).toString(), QStringLiteral("4344")); // as it came
        QVERIFY2(seen.drifts.size() == 1 && seen.drifts.constFirst().startsWith(QLatin1String("hex digits past the length")),
                 qPrintable(seen.drifts.join(QLatin1Char('\n'))));
        QCOMPARE(past.drift, seen.drifts.constFirst());
        // The stream goes on: the read ends with its OK, the next command with its own.
        QStringList finals {QStringLiteral("AT+QICFG=\"dataformat\",0,1 OK")};
        if (!final.isEmpty())
            finals << final;
        finals << QStringLiteral("AT OK");
        QVERIFY2(seen.finals == finals, qPrintable(how + ": " + seen.finals.join(QLatin1String(" | "))));
    }
}

QTEST_GUILESS_MAIN(TestHexData)
#include "tst_hexdata.moc"
