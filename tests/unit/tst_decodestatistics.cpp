// SPDX-License-Identifier: MIT
// What bc25-decode --stats and the Statistics tab count: per distinct name a
// constant cost and constant memory, and a bounded number of names, however
// many distinct ones a log holds (a log of garbage names must not make the
// summary quadratic or its memory unbounded).

#include "bc25/decodestatistics.h"
#include "bc25/trafficdecoder.h"
#include "bc25/transactionjson.h"
#include "bc25/transactionstatistics.h"
#include "profile/moduleprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace bc25;

class TestDecodeStatistics : public QObject
{
    Q_OBJECT

private slots:
    void commandsPastTheBoundAreCountedTogether();
    void namesPastTheBoundAreCountedTogether();
    void textIsUtf8AndBytesThatDoNotDecodeStayRecoverable_data();
    void textIsUtf8AndBytesThatDoNotDecodeStayRecoverable();
};

void TestDecodeStatistics::commandsPastTheBoundAreCountedTogether()
{
    TransactionStatistics statistics;
    auto add = [&statistics](const QByteArray &command) {
        at::Transaction t;
        t.command = command;
        statistics.add(t);
    };
    const qsizetype distinct = 3 * TransactionStatistics::MaxCommands;
    add("AT+CSQ");
    add("AT+QIRD=0,512");
    for (qsizetype i = 0; i < distinct; ++i)
        add("AT+X" + QByteArray::number(i) + "=1");
    add("at+csq");
    add("AT+QIRD=1,100");

    const QList<TransactionStatistics::Row> &rows = statistics.rows();
    QCOMPARE(rows.size(), TransactionStatistics::MaxCommands + 1);
    // The names are kept in the order they first occurred.
    QCOMPARE(rows.at(0).command, QByteArray("AT+CSQ"));
    QCOMPARE(rows.at(0).count, 2);
    QCOMPARE(rows.at(1).command, QByteArray("AT+QIRD"));
    QCOMPARE(rows.at(1).count, 2);
    QCOMPARE(rows.at(2).command, QByteArray("AT+X0"));
    QCOMPARE(rows.last().command, QByteArray(TransactionStatistics::OtherCommands));
    QCOMPARE(rows.last().count, distinct - (TransactionStatistics::MaxCommands - 2));
    qint64 total = 0;
    for (const TransactionStatistics::Row &row : rows)
        total += row.count;
    QCOMPARE(total, distinct + 4);
    QVERIFY(statistics.toJson().contains(QLatin1String(TransactionStatistics::OtherCommands)));

    statistics.clear();
    add("AT+CGATT?");
    QCOMPARE(statistics.rows().size(), 1);
    QCOMPARE(statistics.rows().at(0).command, QByteArray("AT+CGATT?"));
}

void TestDecodeStatistics::namesPastTheBoundAreCountedTogether()
{
    // A raw log of URC-shaped garbage, every line a new name.
    const qsizetype distinct = 3 * DecodeStatistics::MaxNames;
    QByteArray log;
    for (qsizetype i = 0; i < distinct; ++i)
        log += "\r\n+GARBAGE" + QByteArray::number(i) + ": 1\r\n";
    log += "\r\n+GARBAGE0: 2\r\n";

    DecodeStatistics statistics;
    TrafficDecoder decoder(profile::ModuleProfile::bc25());
    decoder.setEventsWanted(false);
    decoder.setTransactionContentsWanted(false);
    decoder.setListener(&statistics);
    decoder.received(log);
    decoder.finish();

    const QJsonObject names = statistics.byName();
    QCOMPARE(names.size(), DecodeStatistics::MaxNames + 1);
    QCOMPARE(names.value(QLatin1String("GARBAGE0")).toInteger(), 2);
    QCOMPARE(names.value(QLatin1String(DecodeStatistics::OtherNames)).toInteger(),
             distinct - DecodeStatistics::MaxNames);
    qint64 total = 0;
    for (auto it = names.begin(); it != names.end(); ++it)
        total += it.value().toInteger();
    QCOMPARE(total, distinct + 1);
}

void TestDecodeStatistics::textIsUtf8AndBytesThatDoNotDecodeStayRecoverable_data()
{
    QTest::addColumn<int>("split"); // 0: whole
    QTest::newRow("whole") << 0;
    QTest::newRow("byte by byte") << 1;
    QTest::newRow("in threes") << 3;
}

// --transactions and --stats as the events view: UTF-8 text ("你" is 你, not
// "ä½\u00a0"), a byte that does not decode shown as U+FFFD with its bytes in
// hex beside it, and an operation's message encoded once.
void TestDecodeStatistics::textIsUtf8AndBytesThatDoNotDecodeStayRecoverable()
{
    QFETCH(int, split);
    const QByteArray log = "AT+QIDNSGIP=1,\"\xc3\xbf.cn\"\r\r\nOK\r\n"
                           "AT+QIDNSGIP=1,\"\xff.cn\"\r\r\nOK\r\n"
                           "AT+QIDNSGIP=1,\"\xe4\xbd\xa0.cn\"\r\r\nOK\r\n"
                           "AT\xfe\r\r\nO\xffK\r\n";
    TransactionStatistics statistics;
    QByteArray json;
    TrafficDecoder decoder(profile::ModuleProfile::bc25());
    decoder.setEventsWanted(false);
    QObject::connect(&decoder, &TrafficDecoder::transactionDecoded, &decoder, [&](const at::Transaction &t) {
        json += transactionToJson(t) + '\n';
        statistics.add(t);
    });
    if (split == 0) {
        decoder.received(log);
    } else {
        for (qsizetype i = 0; i < log.size(); i += split)
            decoder.received(log.mid(i, split));
    }
    decoder.finish();

    const QList<QByteArray> lines = json.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QList<QJsonObject> objects;
    for (const QByteArray &line : lines) {
        QVERIFY2(QByteArrayView(line).isValidUtf8(), line.constData());
        QJsonParseError error;
        objects << QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
    // Text as UTF-8, written as it is: no \u00XX for each byte of a character.
    // (In the order they end: the last lookup ends with the input, after AT\xfe.)
    QVERIFY2(lines.at(3).contains("\"command\":\"AT+QIDNSGIP=1,\\\"\xe4\xbd\xa0.cn\\\"\""), lines.at(3).constData());
    QCOMPARE(objects.at(0).value(QLatin1String("command")).toString(), QStringLiteral("AT+QIDNSGIP=1,\"\u00ff.cn\""));
    QVERIFY(!objects.at(0).contains(QLatin1String("commandHex")));
    // A byte that does not decode: U+FFFD, and every byte in hex.
    QCOMPARE(objects.at(1).value(QLatin1String("command")).toString(), QStringLiteral("AT+QIDNSGIP=1,\"\ufffd.cn\""));
    QCOMPARE(objects.at(1).value(QLatin1String("commandHex")).toString(),
             QString::fromLatin1(QByteArray("AT+QIDNSGIP=1,\"\xff.cn\"").toHex()));
    // The message quotes the next command once, decoded as its text is.
    QCOMPARE(objects.at(1).value(QLatin1String("operation")).toObject().value(QLatin1String("message")).toString(),
             QStringLiteral("AT+QIDNSGIP=1,\"\u4f60.cn\" was confirmed before this operation's result came."));
    // Lines too: one that does not decode has its hex in the same place of "linesHex".
    const QJsonObject last = objects.at(2);
    QCOMPARE(last.value(QLatin1String("commandHex")).toString(), QStringLiteral("4154fe"));
    if (last.contains(QLatin1String("lines"))) {
        const QJsonArray texts = last.value(QLatin1String("lines")).toArray();
        const QJsonArray hex = last.value(QLatin1String("linesHex")).toArray();
        QCOMPARE(hex.size(), texts.size());
        for (qsizetype i = 0; i < texts.size(); ++i) {
            if (texts.at(i).toString().contains(QChar(0xfffd)))
                QVERIFY(!hex.at(i).toString().isEmpty());
            else
                QVERIFY(hex.at(i).isNull());
        }
    }
    // --stats: the names as UTF-8, one that does not decode with its hex.
    const QJsonObject commands = statistics.toJson();
    QVERIFY2(commands.contains(QStringLiteral("AT\ufffd")), QJsonDocument(commands).toJson().constData());
    QCOMPARE(commands.value(QStringLiteral("AT\ufffd")).toObject().value(QLatin1String("hex")).toString(), QStringLiteral("4154fe"));
    QVERIFY(!QJsonDocument(commands).toJson().contains("\xc3\x83"));
}

QTEST_GUILESS_MAIN(TestDecodeStatistics)
#include "tst_decodestatistics.moc"
