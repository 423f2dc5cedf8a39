// SPDX-License-Identifier: MIT
// Record writes what was sent in the form of the model it was sent to: a
// hex send is AT+QISENDEX=<id>,<len>,<hex> on a BC25 and =<id>,"<hex>" on a
// BG96, and the draft's socket.send() carries the same bytes on both (the
// parameters are read by name from the model's catalog, never by position).

#include "link/connection.h"
#include "link/modulestack.h"
#include "recipes/reciperecorder.h"
#include "session/modulesession.h"
#include "session/sockettable.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace bc25;
using namespace bc25::ui;

class TestRecipeRecorder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aHexSendIsRecordedInAnyModelsForm_data();
    void aHexSendIsRecordedInAnyModelsForm();
};

void TestRecipeRecorder::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

void TestRecipeRecorder::aHexSendIsRecordedInAnyModelsForm_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArrayList>("before"); // what the model needs before a socket opens
    QTest::addColumn<QByteArray>("hexSend");
    QTest::newRow("BC25: <id>,<len>,<hex>") << QByteArray("bc25") << QByteArrayList() << QByteArray("AT+QISENDEX=1,3,\"41420A\"");
    QTest::newRow("BG96: <id>,\"<hex>\"") << QByteArray("bg96") << QByteArrayList {"AT+QIACT=1"} << QByteArray("AT+QISENDEX=1,\"41420A\"");
}

void TestRecipeRecorder::aHexSendIsRecordedInAnyModelsForm()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArrayList, before);
    QFETCH(QByteArray, hexSend);
    link::ModuleStack stack(profile::ModuleProfile::byId(model));
    ModuleSession &session = stack.session();
    stack.connection().connectVirtual();
    QTRY_COMPARE(stack.connection().state(), link::Connection::State::Connected);
    QTRY_VERIFY(!session.moduleInfo().revision.isEmpty());
    QSignalSpy finished(&session, &ModuleSession::transactionFinished);
    // Typed, and waited for: its own transaction ended (not just any: the
    // session's own reads run beside it).
    const auto typed = [&](const QByteArray &line) {
        const qsizetype had = finished.size();
        const QString refused = session.sendTyped(line);
        const auto ended = [&] {
            for (qsizetype i = had; i < finished.size(); ++i) {
                if (finished.at(i).at(0).value<at::Transaction>().command == line)
                    return true;
            }
            return false;
        };
        return refused.isEmpty() && QTest::qWaitFor(ended, 10000) ? QString() : refused;
    };
    for (const QByteArray &line : before)
        QCOMPARE(typed(line), QString());

    RecipeRecorder recorder(&session);
    recorder.start();
    const QByteArray open = "AT+QIOPEN=1,1,\"TCP\",\"127.0.0.1\"," + QByteArray::number(stack.connection().echoPort()) + ",0,1";
    QCOMPARE(typed(open), QString());
    QTRY_VERIFY(session.socket(1).inUse);
    QCOMPARE(typed(hexSend), QString());
    QTRY_COMPARE(session.socket(1).bytesReceived, qint64(3)); // the echo: the module took the send
    QTRY_COMPARE(recorder.actionCount(), 2);
    QCOMPARE(recorder.socketsOpened(), QList<int>({1}));
    const QString draft = QString::fromUtf8(recorder.stop());
    QVERIFY2(draft.contains(QLatin1String("step(\"Send on socket 1\")")), qPrintable(draft));
    QVERIFY2(draft.contains(QLatin1String("socket.send(1, \"AB\\n\")")), qPrintable(draft));
}

QTEST_MAIN(TestRecipeRecorder)
#include "tst_reciperecorder.moc"
