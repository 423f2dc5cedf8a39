// SPDX-License-Identifier: MIT
// Every failure text built from a transaction or an operation's result says
// why: callers put it after a colon ("… failed after 0 bytes: <why>"), and
// an empty one reads as a bug. The engine's own message comes first (the
// socket closed, the module restarted), then the module's failing line,
// and at worst the command's name.

#include "at/atcommand.h"
#include "at/resultline.h"
#include "session/commandrunner.h"

#include <QTest>

using namespace bc25;
using Status = at::OperationResult::Status;

class TestFailureText : public QObject
{
    Q_OBJECT

private slots:
    void operationFailuresSayWhy_data();
    void operationFailuresSayWhy();
    void transactionFailuresSayWhy_data();
    void transactionFailuresSayWhy();
};

void TestFailureText::operationFailuresSayWhy_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected");
    const QString closed = QStringLiteral("Socket 0 was closed (+QIURC: \"closed\",0) before the operation's result.");
    QTest::newRow("closed mid-send") << int(Status::Failed) << closed << QByteArray() << closed;
    QTest::newRow("timeout") << int(Status::Timeout) << QStringLiteral("No SEND OK within 5 s.") << QByteArray()
                             << QStringLiteral("No SEND OK within 5 s.");
    QTest::newRow("send fail line") << int(Status::Failed) << QString() << QByteArray("SEND FAIL") << QString();
    QTest::newRow("nothing known") << int(Status::Failed) << QString() << QByteArray()
                                   << QStringLiteral("AT+QISEND=0,13 failed.");
    QTest::newRow("aborted, no words") << int(Status::Aborted) << QString() << QByteArray()
                                       << QStringLiteral("AT+QISEND=0,13 failed.");
}

void TestFailureText::operationFailuresSayWhy()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    at::OperationResult result;
    result.command = "AT+QISEND=0,13";
    result.status = Status(status);
    result.message = message;
    if (!line.isEmpty())
        result.lines.append(at::ResultLine::parse(line));
    const QString text = CommandRunner::failureText(result);
    QVERIFY2(!text.trimmed().isEmpty(), "a failure with no words");
    if (!expected.isEmpty())
        QCOMPARE(text, expected);

    result.status = Status::Done;
    QVERIFY(CommandRunner::failureText(result).isEmpty());
}

void TestFailureText::transactionFailuresSayWhy_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");
    using T = at::Transaction::Status;
    QTest::newRow("error") << int(T::Error) << QString() << QStringLiteral("AT+QIOPEN=0 answered ERROR.");
    QTest::newRow("timeout") << int(T::Timeout) << QStringLiteral("No final result for AT+QIOPEN=0 within 3 s.")
                             << QStringLiteral("No final result for AT+QIOPEN=0 within 3 s.");
    QTest::newRow("timeout, no words") << int(T::Timeout) << QString() << QStringLiteral("AT+QIOPEN=0 failed.");
    QTest::newRow("aborted, no words") << int(T::Aborted) << QString() << QStringLiteral("AT+QIOPEN=0 failed.");
    QTest::newRow("cme, no code kept") << int(T::CmeError) << QString() << QStringLiteral("AT+QIOPEN=0 failed.");
}

void TestFailureText::transactionFailuresSayWhy()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QString, expected);
    at::Transaction t;
    t.command = "AT+QIOPEN=0";
    t.status = at::Transaction::Status(status);
    t.message = message;
    QCOMPARE(CommandRunner::failureText(t), expected);
}

QTEST_GUILESS_MAIN(TestFailureText)
#include "tst_failuretext.moc"
