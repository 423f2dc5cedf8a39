// SPDX-License-Identifier: MIT
// What bc25-decode --stats and the Statistics tab count: per distinct name a
// constant cost and constant memory, and a bounded number of names, however
// many distinct ones a log holds (a log of garbage names must not make the
// summary quadratic or its memory unbounded).

#include "bc25/decodestatistics.h"
#include "bc25/trafficdecoder.h"
#include "bc25/transactionstatistics.h"
#include "profile/moduleprofile.h"

#include <QTest>

using namespace bc25;

class TestDecodeStatistics : public QObject
{
    Q_OBJECT

private slots:
    void commandsPastTheBoundAreCountedTogether();
    void namesPastTheBoundAreCountedTogether();
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

QTEST_GUILESS_MAIN(TestDecodeStatistics)
#include "tst_decodestatistics.moc"
