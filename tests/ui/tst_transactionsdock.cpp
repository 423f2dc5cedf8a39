// SPDX-License-Identifier: MIT
// The Transactions dock, offscreen, against the in-process virtual module: a
// typed command is a terminal row with its result and latency, the
// workbench's own polling is hidden until asked for, a refused open shows its
// failed second phase in words, statistics count per command, the capture
// viewer shows the same transactions, and a row leads to its bytes.

#include "at/commandengine.h"
#include "bc25/errorcodes.h"
#include "session/commandrunner.h"
#include "session/modulesession.h"
#include "link/connection.h"
#include "dialogs/captureviewer.h"
#include "freeport.h"
#include "mainwindow.h"
#include "workbenchundertest.h"
#include "models/trafficmodel.h"
#include "models/transactionmodel.h"
#include "models/transactionstatisticsmodel.h"
#include "panels/socketpanel.h"
#include "panels/terminalpanel.h"
#include "panels/transactionspanel.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QCheckBox>
#include <QTest>

using namespace bc25;
using namespace bc25::ui;

namespace {

using Tester = QAbstractItemModelTester;

// The first row of `model` whose column `column` reads `text`, or -1.
int findRow(const QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestTransactionsDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dockIsATabOfTheBottomAreaAndKeepsItsFilterChoice();
    void typedCommandIsATerminalRowWithItsResultAndLatency();
    void workbenchPollingIsHiddenUntilAskedFor();
    void refusedOpenShowsTheFailedOperationInWords();
    void statisticsCountPerCommandAndClearEmptiesBoth();
    void captureViewerShowsTheSameTransactions();
    void doubleClickShowsTheCommandInTheTerminal();
    void modelIsBoundedAndBatched();
    void secondPhasesEndIsTheResult_data();
    void secondPhasesEndIsTheResult();
    void aBareErrorsReasonIsInItsRowsErrors();

private:
    void typeAndWait(const QByteArray &line);
    void refuseAnOpen(int connectId);

    std::unique_ptr<test::WorkbenchUnderTest> m_workbench; // the stack, its window, captures of its own
    at::CommandEngine *m_engine = nullptr;
    ModuleSession *m_session = nullptr;
    link::Connection *m_connection = nullptr;
    MainWindow *m_window = nullptr;
};

void TestTransactionsDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_transactionsdock"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

void TestTransactionsDock::init()
{
    m_workbench = std::make_unique<test::WorkbenchUnderTest>();
    m_engine = &m_workbench->engine();
    m_session = &m_workbench->session();
    m_connection = &m_workbench->connection();
    m_window = &m_workbench->window();
    QVERIFY(m_workbench->connectVirtual());
}

void TestTransactionsDock::cleanup()
{
    m_window = nullptr;
    m_connection = nullptr;
    m_session = nullptr;
    m_engine = nullptr;
    m_workbench.reset();
}

void TestTransactionsDock::typeAndWait(const QByteArray &line)
{
    QSignalSpy typed(m_session, &ModuleSession::typedCommandFinished);
    QCOMPARE(m_session->sendTyped(line), QString());
    QTRY_COMPARE(typed.count(), 1);
    m_window->transactions()->flush();
}

void TestTransactionsDock::refuseAnOpen(int connectId)
{
    QSignalSpy opened(m_session->sockets(), &SocketTable::openFinished);
    OpenParameters p;
    p.connectId = connectId;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = test::freeTcpPort();
    QCOMPARE(m_window->socketPanel()->open(p), QString());
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(!opened.at(0).at(1).toBool());
    QTRY_VERIFY(findRow(m_window->transactions(), TransactionModel::Operation, QStringLiteral("failed")) >= 0);
}

void TestTransactionsDock::dockIsATabOfTheBottomAreaAndKeepsItsFilterChoice()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("dock.transactions"));
    QVERIFY(dock);
    QCOMPARE(dock->widget(), m_window->transactionsPanel());
    auto *consoles = m_window->findChild<QDockWidget *>(QStringLiteral("dock.consoles"));
    QVERIFY(m_window->tabifiedDockWidgets(consoles).contains(dock));
    // No larger than the tab beside it: the dock never makes the window grow.
    QVERIFY(dock->minimumSizeHint().width() <= consoles->minimumSizeHint().width());
    QVERIFY(dock->minimumSizeHint().height() <= consoles->minimumSizeHint().height());
    // The filter's choice persists like the other choices.
    m_window->transactionsPanel()->setShowSession(true);
    m_window->close(); // saves
    cleanup();
    init();
    QVERIFY(m_window->transactionsPanel()->showsSession());
    m_window->transactionsPanel()->setShowSession(false);
    m_window->close();
}

void TestTransactionsDock::typedCommandIsATerminalRowWithItsResultAndLatency()
{
    Tester modelTester(m_window->transactions(), Tester::FailureReportingMode::QtTest);
    Tester filterTester(m_window->transactionsPanel()->filter(), Tester::FailureReportingMode::QtTest);
    typeAndWait("AT+QISTATE?");
    const QAbstractItemModel *shown = m_window->transactionsPanel()->view()->model();
    const int row = findRow(shown, TransactionModel::Command, QStringLiteral("AT+QISTATE?"));
    QVERIFY(row >= 0);
    QCOMPARE(cell(shown, row, TransactionModel::Source), QStringLiteral("terminal"));
    QCOMPARE(cell(shown, row, TransactionModel::Result), QStringLiteral("OK"));
    QVERIFY(!cell(shown, row, TransactionModel::Latency).isEmpty());
    QVERIFY(cell(shown, row, TransactionModel::Latency).toLongLong() >= 0);
    QVERIFY(cell(shown, row, TransactionModel::Operation).isEmpty()); // no second phase
    QVERIFY(!shown->index(row, 0).data(TransactionModel::FailedRole).toBool());
    QVERIFY(!shown->index(row, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(cell(shown, row, TransactionModel::Time).size(), 12); // HH:mm:ss.zzz
}

void TestTransactionsDock::workbenchPollingIsHiddenUntilAskedFor()
{
    TransactionsPanel *panel = m_window->transactionsPanel();
    TransactionModel *all = m_window->transactions();
    all->flush();
    QVERIFY(!panel->showsSession());
    const int polling = findRow(all, TransactionModel::Command, QStringLiteral("AT+CGMR")); // synchronize
    QVERIFY(polling >= 0);
    QCOMPARE(cell(all, polling, TransactionModel::Source), QStringLiteral("workbench"));
    const QAbstractItemModel *shown = panel->view()->model();
    QCOMPARE(findRow(shown, TransactionModel::Command, QStringLiteral("AT+CGMR")), -1);
    QVERIFY(shown->rowCount() < all->rowCount());
    // The filter says how many it hides, so an empty table at first start is explained.
    const QCheckBox *filter = panel->findChild<QCheckBox *>();
    QTRY_VERIFY(filter->text().contains(QStringLiteral("(%1 hidden)").arg(all->rowCount() - shown->rowCount())));
    panel->setShowSession(true);
    QCOMPARE(shown->rowCount(), all->rowCount());
    QVERIFY(!filter->text().contains(QLatin1String("hidden")));
    QVERIFY(findRow(shown, TransactionModel::Command, QStringLiteral("AT+CGMR")) >= 0);
    panel->setShowSession(false);
    QCOMPARE(findRow(shown, TransactionModel::Command, QStringLiteral("AT+CGMR")), -1);
}

void TestTransactionsDock::refusedOpenShowsTheFailedOperationInWords()
{
    Tester filterTester(m_window->transactionsPanel()->filter(), Tester::FailureReportingMode::QtTest);
    refuseAnOpen(2);
    const QAbstractItemModel *shown = m_window->transactionsPanel()->view()->model();
    const int row = findRow(shown, TransactionModel::Operation, QStringLiteral("failed"));
    QVERIFY(row >= 0);
    QVERIFY2(cell(shown, row, TransactionModel::Command).startsWith(QLatin1String("AT+QIOPEN=")), qPrintable(cell(shown, row, TransactionModel::Command)));
    QCOMPARE(cell(shown, row, TransactionModel::Source), QStringLiteral("panel"));
    // OK only began the attempt: the second phase's result is the command's, in words.
    QCOMPARE(cell(shown, row, TransactionModel::Result), QStringLiteral("566 (Socket connect failed)"));
    QVERIFY(shown->index(row, TransactionModel::Result).data(Qt::ToolTipRole).toString().contains(QLatin1String("OK"))); // the first phase's line
    QVERIFY(cell(shown, row, TransactionModel::OperationLatency).toLongLong() >= 0);
    const QString errors = cell(shown, row, TransactionModel::Errors);
    QVERIFY2(errors.contains(QLatin1String("Socket connect failed")), qPrintable(errors));
    QVERIFY(shown->index(row, 0).data(TransactionModel::FailedRole).toBool());
    QVERIFY(shown->index(row, 0).data(Qt::BackgroundRole).isValid()); // coloured
    QVERIFY(shown->index(row, TransactionModel::Operation).data(Qt::ToolTipRole).toString().contains(QLatin1String("+QIOPEN: 2,566")));
}

void TestTransactionsDock::statisticsCountPerCommandAndClearEmptiesBoth()
{
    TransactionsPanel *panel = m_window->transactionsPanel();
    TransactionStatisticsModel *stats = panel->statistics();
    Tester statsTester(stats, Tester::FailureReportingMode::QtTest);
    typeAndWait("AT+QISTATE?");
    typeAndWait("AT+QISTATE?");
    refuseAnOpen(3);
    using S = TransactionStatisticsModel;
    QTRY_VERIFY(findRow(stats, S::Command, QStringLiteral("AT+QIOPEN")) >= 0);
    const int state = findRow(stats, S::Command, QStringLiteral("AT+QISTATE?"));
    QVERIFY(state >= 0);
    QCOMPARE(cell(stats, state, S::Count), QStringLiteral("2"));
    QCOMPARE(cell(stats, state, S::Failures), QStringLiteral("0"));
    QVERIFY(cell(stats, state, S::MinMs).toLongLong() <= cell(stats, state, S::MaxMs).toLongLong());
    QVERIFY(!cell(stats, state, S::AvgMs).isEmpty());
    const int open = findRow(stats, S::Command, QStringLiteral("AT+QIOPEN"));
    QCOMPARE(cell(stats, open, S::Count), QStringLiteral("1"));
    QCOMPARE(cell(stats, open, S::Failures), QStringLiteral("1"));
    QCOMPARE(findRow(stats, S::Command, QStringLiteral("AT+CGMR")), -1); // follows the filter
    panel->setShowSession(true);
    QVERIFY(findRow(stats, S::Command, QStringLiteral("AT+CGMR")) >= 0);
    // The session's own AT+QISTATE? after the open counts too now.
    QVERIFY(cell(stats, findRow(stats, S::Command, QStringLiteral("AT+QISTATE?")), S::Count).toInt() >= 2);
    panel->setShowSession(false);

    m_window->transactions()->clear();
    QCOMPARE(panel->view()->model()->rowCount(), 0);
    QCOMPARE(stats->rowCount(), 0);
}

void TestTransactionsDock::captureViewerShowsTheSameTransactions()
{
    typeAndWait("AT+QISTATE?");
    refuseAnOpen(4);
    TransactionModel *live = m_window->transactions();
    QTRY_VERIFY(!m_engine->isBusy() && m_engine->pendingOperationCount() == 0);
    live->flush();
    CaptureViewer viewer(profile::ModuleProfile::bc25());
    QString error;
    QVERIFY2(viewer.load(m_connection->capturePath(), &error), qPrintable(error));
    TransactionModel *decoded = viewer.transactions();
    QVERIFY(decoded->rowCount() >= live->rowCount());
    // The same commands with the same results, first phase and second, in the same order.
    for (int row = 0; row < live->rowCount(); ++row) {
        // The capture notes who wrote each command: the sources are the live ones too.
        for (int column : {TransactionModel::Source, TransactionModel::Command, TransactionModel::Result,
                           TransactionModel::Operation, TransactionModel::Errors})
            QCOMPARE(cell(decoded, row, column), cell(live, row, column));
    }
    const int open = findRow(decoded, TransactionModel::Operation, QStringLiteral("failed"));
    QVERIFY(open >= 0);
    QVERIFY(cell(decoded, open, TransactionModel::OperationLatency).toLongLong() >= 0);
    // From a row to its bytes in the viewer's traffic tab.
    TransactionsPanel *panel = viewer.transactionsPanel();
    panel->showBytes(findRow(panel->view()->model(), TransactionModel::Command, QStringLiteral("AT+QISTATE?")));
    QVERIFY(viewer.findChild<QTabWidget *>()->currentWidget()->isAncestorOf(viewer.trafficView()));
    const QModelIndexList selected = viewer.trafficView()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(viewer.traffic()->rowText(selected.first().row()), QStringLiteral("AT+QISTATE?\\r"));
}

void TestTransactionsDock::doubleClickShowsTheCommandInTheTerminal()
{
    typeAndWait("AT+QISTATE?");
    typeAndWait("AT+CSQ");
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("dock.transactions"));
    dock->raise();
    QTableView *view = m_window->transactionsPanel()->view();
    const int row = findRow(view->model(), TransactionModel::Command, QStringLiteral("AT+QISTATE?"));
    QVERIFY(row >= 0);
    const QModelIndex index = view->model()->index(row, TransactionModel::Command);
    QTRY_VERIFY(view->isVisible());
    view->scrollTo(index);
    const QPoint centre = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTableView *terminal = m_window->terminalPanel()->view();
    QTRY_VERIFY(terminal->selectionModel()->hasSelection());
    const QModelIndexList selected = terminal->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(m_window->traffic()->rowText(selected.first().row()), QStringLiteral("AT+QISTATE?\\r"));
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("dock.terminal"))->isVisible());
}

void TestTransactionsDock::modelIsBoundedAndBatched()
{
    TransactionModel model;
    model.setCap(40);
    Tester modelTester(&model, Tester::FailureReportingMode::QtTest);
    TransactionFilterModel filter;
    filter.setSourceModel(&model);
    Tester filterTester(&filter, Tester::FailureReportingMode::QtTest);
    QSignalSpy appended(&model, &TransactionModel::rowsAppended);
    for (int i = 0; i < 150; ++i) {
        at::Transaction t;
        t.source = i % 3 == 0 ? at::Source::Session : at::Source::Terminal;
        t.command = i % 2 ? "AT+CSQ" : "AT+QIRD=0,512";
        t.writtenMs = 1000 * i;
        t.finalMs = 1000 * i + i % 7;
        t.status = i % 5 == 0 ? at::Transaction::Status::Error : at::Transaction::Status::Ok;
        t.lines = {at::ResultLine::parse(t.ok() ? "OK" : "ERROR")};
        model.append(t);
        if (i % 37 == 0) {
            model.flush();
            filter.setShowSession(i % 2 == 0);
        }
    }
    model.flush();
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(appended.count(), 6); // one insert per batch, not per transaction
    QCOMPARE(cell(&model, 39, TransactionModel::Latency), QString::number(149 % 7));
    QCOMPARE(cell(&model, 0, TransactionModel::Result), QStringLiteral("ERROR")); // 110
    const TransactionStatistics &every = model.statistics(true);
    QCOMPARE(every.rows().size(), 2);
    QCOMPARE(every.rows().at(0).command, QByteArray("AT+QIRD"));
    QCOMPARE(every.rows().at(0).count + every.rows().at(1).count, 150); // all since the clear, not just the rows kept
    QCOMPARE(model.statistics(false).rows().at(0).count + model.statistics(false).rows().at(1).count, 100);
}

// SEND OK and CLOSE OK, not the OK before them, are the command's result
// (manual 2.1.4, 2.1.2); a "+NAME:" ending in words, as the URC log says it.
void TestTransactionsDock::secondPhasesEndIsTheResult_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("ending");
    QTest::addColumn<QString>("result");
    QTest::newRow("send") << QByteArray(R"(AT+QISEND=0,5,"term1")") << QByteArray("SEND OK") << QStringLiteral("SEND OK");
    QTest::newRow("close") << QByteArray("AT+QICLOSE=0") << QByteArray("CLOSE OK") << QStringLiteral("CLOSE OK");
    QTest::newRow("open") << QByteArray(R"(AT+QIOPEN=1,0,"TCP","10.0.0.9",7,0,0)") << QByteArray("+QIOPEN: 0,0")
                          << QStringLiteral("Socket 0 is open.");
    QTest::newRow("ping") << QByteArray(R"(AT+QPING=1,"127.0.0.1")") << QByteArray("+QPING: 2,4,4,0,41,48,44")
                          << QStringLiteral("Ping done: 4 sent, 4 received, 0 lost; min 41 ms, avg 44 ms, max 48 ms.");
    // The BG96's summary starts 0 when it went well (new-user pass 6: "Ping failed: Echo received").
    QTest::newRow("ping, the BG96's summary") << QByteArray(R"(AT+QPING=1,"127.0.0.1")") << QByteArray("+QPING: 0,4,4,0,41,48,44")
                                              << QStringLiteral("Ping done: 4 sent, 4 received, 0 lost; min 41 ms, avg 44 ms, max 48 ms.");
    QTest::newRow("ping, a failure code") << QByteArray(R"(AT+QPING=1,"nowhere")") << QByteArray("+QPING: 565")
                                          << QStringLiteral("Ping failed: DNS parse failed");
    // No reply: the module's 0 ms were never measured.
    QTest::newRow("ping, no reply") << QByteArray(R"(AT+QPING=1,"127.0.0.1")") << QByteArray("+QPING: 2,4,0,4,0,0,0")
                                    << QStringLiteral("Ping done: 4 sent, 0 received, 4 lost; min —, avg —, max — (no reply).");
}

void TestTransactionsDock::secondPhasesEndIsTheResult()
{
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, ending);
    QFETCH(QString, result);
    TransactionModel model;
    at::Transaction t;
    t.source = at::Source::Terminal;
    t.command = command;
    t.status = at::Transaction::Status::Ok;
    t.lines = {at::ResultLine::parse("OK")};
    t.operation.status = at::OperationResult::Status::Done;
    t.operation.lines = {at::ResultLine::parse(ending)};
    model.append(t);
    model.flush();
    QCOMPARE(cell(&model, 0, TransactionModel::Result), result);
}

// New-user pass 9 (zh_CN F12): a raw line answered ERROR; the terminal and the
// status bar said "552 (Invalid parameters)" from the AT+QIGETERROR read next,
// but the row's Errors cell was empty. The reason is the failed row's, in its
// cell as they say it, and its tooltip says what to do.
void TestTransactionsDock::aBareErrorsReasonIsInItsRowsErrors()
{
    QSignalSpy reason(m_session->commands(), &CommandRunner::lastErrorRead);
    QCOMPARE(m_session->sendRaw("AT+QIOPEN=1,9,\"TCP\",\"127.0.0.1\",1"), QString());
    QTRY_COMPARE(reason.count(), 1);
    const int code = reason.first().first().value<LastError>().code;
    QVERIFY(code > 0);
    TransactionModel *model = m_window->transactions();
    model->flush();
    const int row = findRow(model, TransactionModel::Command, QStringLiteral("AT+QIOPEN=1,9,\"TCP\",\"127.0.0.1\",1"));
    QVERIFY(row >= 0);
    QCOMPARE(cell(model, row, TransactionModel::Result), QStringLiteral("ERROR"));
    QTRY_COMPARE(cell(model, row, TransactionModel::Errors), ErrorCodes::describe(code));
    const QString tip = model->index(row, TransactionModel::Errors).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(ErrorCodes::describe(code) + QStringLiteral(" — ")), qPrintable(tip));
    // The AT+QIGETERROR that read it keeps its own row, with no error of its own.
    const int asked = findRow(model, TransactionModel::Command, QStringLiteral("AT+QIGETERROR"));
    QVERIFY(asked > row);
    QCOMPARE(cell(model, asked, TransactionModel::Errors), QString());
}

QTEST_MAIN(TestTransactionsDock)
#include "tst_transactionsdock.moc"
