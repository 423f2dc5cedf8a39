// SPDX-License-Identifier: MIT
// "Hide polling" in the terminal: the rows of the workbench's own commands
// (Source::Session) and of what the engine routed to them are hidden; the
// user's commands, URCs and anything unattributed stay. First the traffic
// model on the real engine fed in pieces (a line cut across reads and shown
// before its end, blank lines, a URC inside an own answer, payload); then the
// whole window on the built-in virtual module, with the checkbox remembered and
// "Show in terminal" saying when a command's bytes are hidden.

#include "profile/moduleprofile.h"
#include "at/commandengine.h"
#include "link/modulestack.h"
#include "bc25/commands.h"
#include "link/connection.h"
#include "mainwindow.h"
#include "models/trafficmodel.h"
#include "models/transactionmodel.h"
#include "panels/transactionspanel.h"
#include "panels/terminalpanel.h"
#include "session/modulesession.h"
#include "session/sessionlog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace bc25;
using namespace bc25::ui;

class TestTerminalPolling : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownRowsAreKnownWhereverTheReadsCut();
    void onePollingRuleHidesInBothViewsAndShowsInBoth_data();
    void onePollingRuleHidesInBothViewsAndShowsInBoth();
    void urcsAndTheUsersCommandsStayWhilePollingHides();

private:
    static QStringList shown(const QAbstractItemModel *model);
};

void TestTerminalPolling::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_terminalpolling"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

QStringList TestTerminalPolling::shown(const QAbstractItemModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows << model->index(row, TrafficModel::Direction).data().toString() + QLatin1Char(' ')
                        + model->index(row, TrafficModel::Bytes).data().toString();
    return rows;
}

void TestTerminalPolling::ownRowsAreKnownWhereverTheReadsCut()
{
    at::CommandEngine engine(profile::ModuleProfile::bc25());
    engine.setLinkOpen(true);
    ModuleSession session(&engine); // the views subscribe to the session
    TrafficModel traffic;
    traffic.follow(&session);
    TrafficFilterModel filter;
    filter.setSourceModel(&traffic);
    filter.setHideOwn(true);
    QAbstractItemModelTester trafficTester(&traffic, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&engine, &at::CommandEngine::commandFinished);
    QSignalSpy started(&engine, &at::CommandEngine::commandStarted);
    // Submits and waits until the command is written (the engine writes on its next turn).
    auto submit = [&engine, &started](const char *text, at::Source source) {
        at::AtCommand command = Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), text).command;
        command.source = source;
        const int before = int(started.count());
        engine.submit(command);
        QTRY_COMPARE(started.count(), before + 1);
    };

    // The workbench's own AT+QISTATE?, its answer cut inside a line and shown
    // (a frame passed) before the rest came, a URC in the middle of it (one the
    // session only notes: a "closed" would have it drain and close the socket
    // with commands of its own, which this scripted stream does not answer).
    submit("AT+QISTATE?", at::Source::Session);
    engine.receive("\r\n+QISTATE: 0,\"TCP\",\"10.0.0");
    traffic.flush();
    engine.receive(".1\",80,0,2,1,0\r\n\r\n+QIURC: \"pdpdeact\",1\r\n");
    traffic.flush();
    engine.receive("\r\nOK\r\n");
    QTRY_COMPARE(finished.count(), 1);
    // The user's AT+QIRD with its payload, which holds a line end of its own.
    submit("AT+QIRD=3,512", at::Source::Terminal);
    engine.receive("\r\n+QIRD: 6\r\nab\r\ncd\r\nOK\r\n");
    QTRY_COMPARE(finished.count(), 2);
    // The same read by the workbench (a drain after a receive notice): hidden, payload too.
    submit("AT+QIRD=3,512", at::Source::Session);
    engine.receive("\r\n+QIRD: 6\r\nxy\r\nzw\r\nOK\r\n");
    QTRY_COMPARE(finished.count(), 3);
    traffic.flush();

    const QStringList visible = shown(&filter);
    QCOMPARE(visible,
             QStringList({QStringLiteral("RX \\r\\n"), QStringLiteral("RX +QIURC: \"pdpdeact\",1\\r\\n"),
                          QStringLiteral("TX AT+QIRD=3,512\\r"), QStringLiteral("RX \\r\\n"),
                          QStringLiteral("RX +QIRD: 6\\r\\n"), QStringLiteral("RX ab\\r\\n"),
                          QStringLiteral("RX cd\\r\\n"), QStringLiteral("RX OK\\r\\n")}));
    // Nothing is lost: shown again, every byte is there.
    filter.setHideOwn(false);
    QCOMPARE(filter.rowCount(), traffic.rowCount());
    // The answer line shown before its end came grew in place: one row, hidden as a whole before.
    QVERIFY(shown(&filter).contains(QStringLiteral("RX +QISTATE: 0,\"TCP\",\"10.0.0.1\",80,0,2,1,0\\r\\n")));
    QVERIFY(shown(&filter).contains(QStringLiteral("RX xy\\r\\n")));
}

void TestTerminalPolling::onePollingRuleHidesInBothViewsAndShowsInBoth_data()
{
    QTest::addColumn<int>("sourceNumber");
    QTest::addColumn<bool>("polling");
    QTest::addColumn<bool>("byteByByte");
    // Only the workbench's own commands are polling; every other origin is
    // shown by both views, hidden or not.
    for (const bool byteByByte : {false, true}) {
        const char *split = byteByByte ? ", byte by byte" : ", whole";
        QTest::addRow("workbench%s", split) << int(at::Source::Session) << true << byteByByte;
        QTest::addRow("terminal%s", split) << int(at::Source::Terminal) << false << byteByByte;
        QTest::addRow("panel%s", split) << int(at::Source::Panel) << false << byteByByte;
        QTest::addRow("recipe%s", split) << int(at::Source::Recipe) << false << byteByByte;
        QTest::addRow("health%s", split) << int(at::Source::Health) << false << byteByByte;
        QTest::addRow("soak%s", split) << int(at::Source::Soak) << false << byteByByte;
        QTest::addRow("quick%s", split) << int(at::Source::Quick) << false << byteByByte;
        QTest::addRow("raw%s", split) << int(at::Source::Raw) << false << byteByByte;
    }
}

void TestTerminalPolling::onePollingRuleHidesInBothViewsAndShowsInBoth()
{
    QFETCH(int, sourceNumber);
    const auto source = at::Source(sourceNumber);
    QFETCH(bool, polling);
    QFETCH(bool, byteByByte);
    QCOMPARE(ModuleSession::isPolling(source), polling);
    // The two views as the window wires them: the terminal's traffic and the
    // transactions log, both fed by the session.
    at::CommandEngine engine(profile::ModuleProfile::bc25());
    engine.setLinkOpen(true);
    ModuleSession session(&engine);
    TrafficModel traffic;
    traffic.follow(&session);
    TrafficFilterModel terminal;
    terminal.setSourceModel(&traffic);
    TransactionModel transactions;
    connect(session.log(), &SessionLog::transactionAdded, &transactions,
            [&transactions](const at::Transaction &t) { transactions.appendLive(t); });
    TransactionFilterModel transactionsView;
    transactionsView.setSourceModel(&transactions);
    QAbstractItemModelTester terminalTester(&terminal, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester transactionsTester(&transactionsView, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QSignalSpy started(&session, &ModuleSession::commandStarted);
    QSignalSpy finished(&session, &ModuleSession::transactionFinished);
    at::AtCommand command = Commands::fromText(profile::ModuleProfile::bc25()->catalog(), "AT+CSQ").command;
    command.source = source;
    engine.submit(command);
    QTRY_COMPARE(started.count(), 1);
    const QByteArray answer = "\r\n+CSQ: 20,0\r\n\r\nOK\r\n";
    if (byteByByte) {
        for (const char c : answer)
            engine.receive(QByteArray(1, c));
    } else {
        engine.receive(answer);
    }
    QTRY_COMPARE(finished.count(), 1);
    traffic.flush();
    transactions.flush();
    QCOMPARE(transactions.rowCount(), 1);

    // Hidden: in both views or in neither.
    terminal.setHideOwn(true);
    transactionsView.setShowSession(false);
    const QStringList hiddenRows = shown(&terminal);
    QCOMPARE(hiddenRows.filter(QStringLiteral("AT+CSQ")).isEmpty(), polling);
    QCOMPARE(hiddenRows.filter(QStringLiteral("+CSQ: 20,0")).isEmpty(), polling);
    QCOMPARE(transactionsView.rowCount(), polling ? 0 : 1);
    // The user un-hides: shown in both, every row of it.
    terminal.setHideOwn(false);
    transactionsView.setShowSession(true);
    const QStringList shownRows = shown(&terminal);
    QCOMPARE(shownRows.filter(QStringLiteral("AT+CSQ")).size(), 1); // TX, or RAW when sent raw
    QCOMPARE(shownRows.filter(QStringLiteral("+CSQ: 20,0")).size(), 1);
    QCOMPARE(terminal.rowCount(), traffic.rowCount());
    QCOMPARE(transactionsView.rowCount(), 1);
    QCOMPARE(transactionsView.index(0, TransactionModel::Command).data().toString(), QStringLiteral("AT+CSQ"));
}

void TestTerminalPolling::urcsAndTheUsersCommandsStayWhilePollingHides()
{
    link::ModuleStack stack(profile::ModuleProfile::bc25());
    at::CommandEngine &engine = stack.engine();
    ModuleSession &session = stack.session();
    link::Connection &connection = stack.connection();
    MainWindow window(&session, &connection);
    window.show();
    connection.connectVirtual();
    QTRY_COMPARE(connection.state(), link::Connection::State::Connected);
    QTRY_VERIFY(!session.moduleInfo().revision.isEmpty()); // the workbench's own: ATI, AT+CGMR, …
    QTRY_VERIFY(!engine.isBusy());
    TerminalPanel *terminal = window.terminalPanel();
    QAbstractItemModel *view = terminal->view()->model();
    QAbstractItemModelTester viewTester(view, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *hide = terminal->findChild<QCheckBox *>(QStringLiteral("hidePolling"));
    QVERIFY(hide);
    QVERIFY(!hide->isChecked()); // every byte by default

    // The user opens a socket to the echo service in buffer access mode and sends:
    // the recv URC comes, and the workbench reads the data by itself (AT+QIRD).
    QSignalSpy typed(&session, &ModuleSession::typedCommandFinished);
    QCOMPARE(terminal->submit(QStringLiteral("AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",%1,0,0").arg(connection.echoPort())),
             QString());
    QTRY_VERIFY(session.socket(0).inUse && session.socket(0).state == SocketState::Connected);
    QCOMPARE(terminal->submit(QStringLiteral("AT+QISEND=0,5,\"hello\"")), QString());
    QTRY_COMPARE(session.socket(0).bytesReceived, 5);
    QTRY_VERIFY(!engine.isBusy());
    window.traffic()->flush();
    const QStringList all = shown(view);
    QVERIFY(all.filter(QStringLiteral("AT+CGMR")).size() == 2); // written and echoed
    QVERIFY(!all.filter(QStringLiteral("AT+QIRD=0,512")).isEmpty());

    hide->click();
    // Hiding puts the filter between the traffic and the view (only then: it costs a flood nothing otherwise).
    QVERIFY(terminal->view()->model() != view);
    view = terminal->view()->model();
    QAbstractItemModelTester filterTester(view, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList visible = shown(view);
    QVERIFY2(visible.filter(QStringLiteral("AT+CGMR")).isEmpty(), qPrintable(visible.join(u'\n')));
    QVERIFY(visible.filter(QStringLiteral("ATI")).isEmpty());
    QVERIFY(visible.filter(QStringLiteral("AT+QIRD")).isEmpty());
    QVERIFY(visible.filter(QStringLiteral("+QIRD: 5")).isEmpty());
    QVERIFY(visible.filter(QStringLiteral("hello")).size() == 2); // the user's send, written and echoed
    QVERIFY(!visible.filter(QStringLiteral("+QIURC: \"recv\",0")).isEmpty()); // a URC stays
    QVERIFY(!visible.filter(QStringLiteral("+QIOPEN: 0,0")).isEmpty()); // the user's second phase
    QVERIFY(!visible.filter(QStringLiteral("SEND OK")).isEmpty());

    // Polling while hidden does not show; the user's command does.
    session.status()->refresh();
    QCOMPARE(terminal->submit(QStringLiteral("AT+CSQ")), QString());
    QTRY_COMPARE(typed.count(), 3);
    QTRY_VERIFY(!engine.isBusy());
    window.traffic()->flush();
    const QStringList later = shown(view);
    QCOMPARE(later.filter(QStringLiteral("AT+CSQ")).size(), 2); // the user's, written and echoed
    QCOMPARE(later.filter(QStringLiteral("+CSQ: ")).size(), 1);
    QVERIFY(later.filter(QStringLiteral("AT+CEREG")).isEmpty());

    // Asked for the bytes of a workbench command they are hidden: the window says so.
    TransactionsPanel *transactions = window.transactionsPanel();
    transactions->setShowSession(true);
    QTRY_VERIFY(transactions->view()->model()->rowCount() > 0);
    int ownRow = -1;
    for (int row = 0; row < transactions->view()->model()->rowCount() && ownRow < 0; ++row) {
        if (transactions->view()->model()->index(row, TransactionModel::Command).data().toString() == QLatin1String("AT+CGMR"))
            ownRow = row;
    }
    QVERIFY(ownRow >= 0);
    transactions->showBytes(ownRow);
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("hidden by Hide polling")),
             qPrintable(window.statusBar()->currentMessage()));

    // Remembered for the next start.
    TrafficModel otherTraffic;
    TerminalPanel restarted(&session, &otherTraffic);
    QVERIFY(restarted.hidesPolling());
    hide->click();
    QCOMPARE(terminal->view()->model(), window.traffic()); // every row again, straight from the traffic
    TerminalPanel again(&session, &otherTraffic);
    QVERIFY(!again.hidesPolling());
    connection.disconnectFromModule();
}

QTEST_MAIN(TestTerminalPolling)
#include "tst_terminalpolling.moc"
