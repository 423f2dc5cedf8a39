// SPDX-License-Identifier: MIT
// One advice for an error code, in the model's terms, in every view that shows
// the code (ErrorAdvice). A fresh built-in BG96 answers 561 (its context is not
// active) to an open and 5 (PING_PDP_ACT_FAIL) to a ping: the socket panel's
// line, the status bar, the Transactions dock's Errors tooltip, the quick
// reference (F1), the ping tool and the soak monitor each say to activate it
// with AT+QIACT, in the same words; a BC25's 561 has no such advice anywhere.
// A row read before a model switch keeps the advice of the model that read it.
#include "at/atcommand.h"
#include "bc25/commands.h"
#include "connection/modelcontrols.h"
#include "bc25/errorcodes.h"
#include "erroradvice.h"
#include "help/referencetables.h"
#include "link/connection.h"
#include "link/modulestack.h"
#include "mainwindow.h"
#include "models/transactionmodel.h"
#include "panels/modulesettingspanel.h"
#include "panels/pingpanel.h"
#include "panels/socketpanel.h"
#include "profile/moduleprofile.h"
#include "session/modulesession.h"
#include "session/sessionlog.h"
#include "session/sockettable.h"
#include "soak/soakpanel.h"
#include "workbench.h"
#include "workbenchundertest.h"

#include <QAction>
#include <QMenu>

#include <QLineEdit>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <memory>
#include <optional>

using namespace bc25;
using namespace bc25::ui;

class TestErrorAdvice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void theQuickReferenceAdvisesAsTheModelDoes_data();
    void theQuickReferenceAdvisesAsTheModelDoes();
    void everyCodeWithGroundsHasAdviceInTheQuickReference_data();
    void everyCodeWithGroundsHasAdviceInTheQuickReference();
    void aRefusedOpenIsAdvisedAlikeInEveryView();
    void aFailedPingIsAdvisedInThePingToolAndTheSoakMonitor();
    void aRowKeepsTheAdviceOfTheModelThatReadIt();
    void theAdviceIsSetApartFromTheError();
    void aClosedSocketsAdviceDoesNotAssumeAPeerClosedIt();

private:
    bool start(const QByteArray &model);

    std::unique_ptr<test::WorkbenchUnderTest> m_workbench;
};

void TestErrorAdvice::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_erroradvice"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

bool TestErrorAdvice::start(const QByteArray &model)
{
    m_workbench = std::make_unique<test::WorkbenchUnderTest>(profile::ModuleProfile::byId(model));
    return m_workbench->connectVirtual();
}

void TestErrorAdvice::cleanup()
{
    m_workbench.reset();
}

void TestErrorAdvice::theQuickReferenceAdvisesAsTheModelDoes_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<bool>("advised");
    QTest::newRow("bc25: up once attached") << QByteArray("bc25") << false;
    QTest::newRow("bg96: AT+QIACT") << QByteArray("bg96") << true;
    QTest::newRow("ec200u: AT+QIACT") << QByteArray("ec200u") << true;
}

// F1's error codes: 561 and 570 (Table 1) and the ping's 5 (Table 2) with the model's advice.
void TestErrorAdvice::theQuickReferenceAdvisesAsTheModelDoes()
{
    QFETCH(QByteArray, model);
    QFETCH(bool, advised);
    const auto profile = profile::ModuleProfile::byId(model);
    QVERIFY(profile);
    std::unique_ptr<QStandardItemModel> table(ReferenceTables::errorCodes(*profile, nullptr));
    QCOMPARE(table->columnCount(), int(ReferenceTables::ErrorColumnCount));
    int seen = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const int code = table->item(row, ReferenceTables::Code)->text().toInt();
        const QString where = table->item(row, ReferenceTables::Table)->text();
        const QString advice = table->item(row, ReferenceTables::Advice)->text();
        const bool context = (code == ErrorCodes::OpenPdpContextFailed || code == ErrorCodes::PdpContextBrokenDown)
            || (code == ErrorCodes::PingPdpActivationFailed && where.contains(QLatin1String("QPING")));
        if (!context)
            continue;
        ++seen;
        QCOMPARE(advice.contains(QLatin1String("AT+QIACT")), advised);
        QCOMPARE(advice, ErrorAdvice::advice(ErrorCodes::OpenPdpContextFailed, *profile)); // the one source
    }
    QCOMPARE(seen, 3);
}

void TestErrorAdvice::everyCodeWithGroundsHasAdviceInTheQuickReference_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::newRow("bc25") << QByteArray("bc25");
    QTest::newRow("bg96") << QByteArray("bg96");
    QTest::newRow("bc660k") << QByteArray("bc660k");
}

// F1's "What to do" (new-user pass 8, F8): every code of Table 1 whose name
// gives grounds has advice, in the words the health check uses (one source).
void TestErrorAdvice::everyCodeWithGroundsHasAdviceInTheQuickReference()
{
    QFETCH(QByteArray, model);
    if (!start(model))
        QFAIL("the virtual module did not connect");
    const profile::ModuleProfile &profile = m_workbench->session().profile();
    std::unique_ptr<QStandardItemModel> table(ReferenceTables::errorCodes(profile, nullptr));
    // Nothing to act on in their names: unknown, blocked, accept failed, close context failed, cancel send.
    QList<int> silent {550, 551, 560, 562, 571};
    if (!profile.answers().activatesContexts)
        silent << 573; // APN not configured: no command for it in this model's notes
    QMap<int, QString> advised;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString where = table->item(row, ReferenceTables::Table)->text();
        if (!where.contains(QLatin1String("QIGETERROR")))
            continue;
        advised.insert(table->item(row, ReferenceTables::Code)->text().toInt(), table->item(row, ReferenceTables::Advice)->text());
    }
    for (int code = ErrorCodes::FirstTcpIpError; code <= ErrorCodes::LastTcpIpError; ++code) {
        QVERIFY2(advised.contains(code), qPrintable(QString::number(code)));
        QVERIFY2(advised.value(code).isEmpty() == silent.contains(code), qPrintable(QString::number(code)));
        QCOMPARE(advised.value(code), ErrorAdvice::advice(code, profile));
    }
    QVERIFY2(advised.value(ErrorCodes::SocketConnectFailed).contains(QLatin1String("firewall")), qPrintable(advised.value(566)));
    QVERIFY2(advised.value(ErrorCodes::DnsParseFailed).contains(QLatin1String("AT+QIDNSCFG")), qPrintable(advised.value(565)));
    QVERIFY2(advised.value(ErrorCodes::OperationTimeout).contains(QLatin1String("unreachable")), qPrintable(advised.value(569)));
}

void TestErrorAdvice::aRefusedOpenIsAdvisedAlikeInEveryView()
{
    if (!start("bg96"))
        QFAIL("the virtual module did not connect");
    const QString advice = ErrorAdvice::advice(ErrorCodes::OpenPdpContextFailed, m_workbench->session().profile(), 0);
    QVERIFY(advice.contains(QLatin1String("AT+QIACT")));
    SocketPanel *panel = m_workbench->window().socketPanel();
    OpenParameters p = panel->dialogDefaults();
    p.connectId = 0;
    QSignalSpy finished(m_workbench->session().sockets(), &SocketTable::openFinished);
    QCOMPARE(panel->open(p), QString());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_workbench->session().socket(0).lastError, ErrorCodes::OpenPdpContextFailed);

    // The socket panel's line.
    QVERIFY2(panel->statusText().endsWith(advice), qPrintable(panel->statusText()));
    // The status bar's copy: the command, its 561, the same advice.
    const QString bar = m_workbench->window().statusBar()->currentMessage();
    QVERIFY2(bar.contains(QLatin1String("561")) && bar.endsWith(advice), qPrintable(bar));
    // The Transactions dock: the open's Errors cell, whole in its tooltip with the advice.
    TransactionModel *transactions = m_workbench->window().transactions();
    transactions->flush();
    int row = -1;
    for (int r = 0; r < transactions->rowCount(); ++r) {
        if (transactions->index(r, TransactionModel::Command).data().toString().startsWith(QLatin1String("AT+QIOPEN")))
            row = r;
    }
    QVERIFY(row >= 0);
    const QString tip = transactions->index(row, TransactionModel::Errors).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.endsWith(advice), qPrintable(tip));
    // Its cell keeps the codes alone (the advice is the tooltip's).
    QVERIFY(!transactions->index(row, TransactionModel::Errors).data().toString().contains(QLatin1String("AT+QIACT")));
    // Tools → Settings, "Last error": the code read back, the advice in its tooltip (new-user pass 7).
    m_workbench->session().commands()->readLastError();
    QTRY_VERIFY(m_workbench->window().settingsPanel()->lastErrorText().startsWith(QLatin1String("561")));
    QVERIFY2(m_workbench->window().settingsPanel()->lastErrorToolTip().endsWith(advice), qPrintable(m_workbench->window().settingsPanel()->lastErrorToolTip()));
}

void TestErrorAdvice::aFailedPingIsAdvisedInThePingToolAndTheSoakMonitor()
{
    if (!start("bg96"))
        QFAIL("the virtual module did not connect");
    const QString advice = ErrorAdvice::advice(ErrorCodes::OpenPdpContextFailed, m_workbench->session().profile());
    QVERIFY(advice.contains(QLatin1String("AT+QIACT")));
    // The ping tool: its context is not active, the ping fails at once.
    PingPanel *ping = m_workbench->window().pingPanel();
    ping->setHost(QStringLiteral("127.0.0.1"));
    QCOMPARE(ping->start(), QString());
    QTRY_VERIFY2(ping->summaryText().endsWith(advice), qPrintable(ping->summaryText()));
    // The BG96's own code (its note 2.2.11, chapter 4: 561), read as its failure; not the BC25's 5.
    const QString words = ErrorCodes::pingResultText(ErrorCodes::OpenPdpContextFailed);
    QVERIFY2(ping->summaryText().contains(words), qPrintable(ping->summaryText()));

    // The soak monitor: its rounds' pings fail alike, and its summary says why.
    SoakPanel *soak = m_workbench->window().soakPanel();
    soak->hostEdit()->setText(QStringLiteral("127.0.0.1"));
    soak->setTimeScale(1000);
    QCOMPARE(soak->start(), QString());
    QTRY_VERIFY2(soak->summaryText().contains(advice), qPrintable(soak->summaryText()));
    QVERIFY2(soak->summaryText().contains(words), qPrintable(soak->summaryText()));
    soak->stop();
}

// The Transactions dock keeps its rows across a model switch (ViewHistory):
// a BG96's refused open read before a switch to the BC25 advised, after it,
// as the BC25 would (new-user pass 8). Each row keeps its model's advice; a
// row the BC25 reads after the switch has the BC25's.
void TestErrorAdvice::aRowKeepsTheAdviceOfTheModelThatReadIt()
{
    QSettings().clear();
    Workbench workbench({"bg96", {}, {}});
    workbench.build({});
    workbench.connectNow();
    QTRY_COMPARE(workbench.stack()->connection().state(), link::Connection::State::Connected);
    QTRY_VERIFY(!workbench.stack()->session().moduleInfo().revision.isEmpty());
    std::optional<at::Transaction> refused;
    connect(workbench.stack()->session().log(), &SessionLog::transactionAdded, this, [&refused](const at::Transaction &t) {
        if (t.command.startsWith("AT+QIOPEN"))
            refused = t;
    });
    SocketPanel *panel = workbench.window()->socketPanel();
    OpenParameters p = panel->dialogDefaults();
    p.connectId = 0;
    QCOMPARE(panel->open(p), QString());
    QTRY_VERIFY(refused.has_value());
    QCOMPARE(ErrorAdvice::codeOf(*refused), int(ErrorCodes::OpenPdpContextFailed));
    const auto bg96 = profile::ModuleProfile::byId("bg96");
    const auto bc25 = profile::ModuleProfile::bc25();
    QVERIFY(ErrorAdvice::adviceFor(*refused, *bg96) != ErrorAdvice::adviceFor(*refused, *bc25));

    QAction *readAsBc25 = nullptr;
    for (QAction *action : workbench.modelControls()->menu()->actions()) {
        if (action->data().toByteArray() == "bc25")
            readAsBc25 = action;
    }
    QVERIFY(readAsBc25);
    QSignalSpy rebuilt(&workbench, &Workbench::rebuilt);
    readAsBc25->trigger();
    QTRY_COMPARE(rebuilt.count(), 1);
    QTRY_COMPARE(workbench.stack()->connection().state(), link::Connection::State::Connected);

    TransactionModel *transactions = workbench.window()->transactions();
    transactions->append(*refused); // the same answer, read by the BC25
    transactions->flush();
    QList<int> rows;
    for (int r = 0; r < transactions->rowCount(); ++r) {
        if (transactions->index(r, TransactionModel::Command).data().toString().startsWith(QLatin1String("AT+QIOPEN")))
            rows << r;
    }
    QCOMPARE(rows.size(), 2);
    const QString text = transactions->index(rows.first(), TransactionModel::Errors).data().toString();
    QCOMPARE(transactions->index(rows.first(), TransactionModel::Errors).data(Qt::ToolTipRole).toString(),
             ErrorAdvice::withAdvice(text, *refused, *bg96));
    QVERIFY(transactions->index(rows.first(), TransactionModel::Errors).data(Qt::ToolTipRole).toString()
                .contains(QLatin1String("AT+QIACT")));
    QCOMPARE(transactions->index(rows.last(), TransactionModel::Errors).data(Qt::ToolTipRole).toString(),
             ErrorAdvice::withAdvice(text, *refused, *bc25));
}

void TestErrorAdvice::theAdviceIsSetApartFromTheError()
{
    // New-user pass 9 F8: "574 (Port busy) The local port is taken…" ran on, one sentence.
    const auto bc25 = profile::ModuleProfile::bc25();
    const QString advice = ErrorAdvice::advice(574, *bc25);
    QVERIFY(!advice.isEmpty());
    QCOMPARE(ErrorAdvice::withAdvice(QStringLiteral("574 (Port busy)"), 574, *bc25),
             QStringLiteral("574 (Port busy) — ") + advice);
    QCOMPARE(ErrorAdvice::withAdvice(QString(), 574, *bc25), advice);
    QCOMPARE(ErrorAdvice::withAdvice(QStringLiteral("OK"), 0, *bc25), QStringLiteral("OK"));
}

// New-user pass 9 (zh_CN F13): a send on a socket never opened answers ERROR and
// AT+QIGETERROR 567; the advice said "the peer or the network closed the socket".
// Manual 2.1.4: the send's ERROR is for a connection "not established, abnormally closed".
void TestErrorAdvice::aClosedSocketsAdviceDoesNotAssumeAPeerClosedIt()
{
    const QString advice = ErrorAdvice::advice(ErrorCodes::SocketClosed, *profile::ModuleProfile::bc25(), 0);
    QVERIFY2(!advice.startsWith(QLatin1String("The peer or the network closed")), qPrintable(advice));
    QVERIFY2(advice.contains(QLatin1String("open it first")), qPrintable(advice));
    QVERIFY2(advice.contains(QLatin1String("AT+QICLOSE")), qPrintable(advice)); // a closed one is closed here too (2.2.1)
}

QTEST_MAIN(TestErrorAdvice)
#include "tst_erroradvice.moc"
