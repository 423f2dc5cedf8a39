// SPDX-License-Identifier: MIT
// A socket console across connections: a new open of the socket (or a new
// link) starts a new stream — a fresh row, offsets from 0, a marker — and
// every send on the socket is shown as sent, whoever asked for it.

#include "at/commandengine.h"
#include "freeport.h"
#include "link/modulestack.h"
#include "link/connection.h"
#include "mainwindow.h"
#include "models/consolemodel.h"
#include "models/sockettablemodel.h"
#include "panels/consolepanel.h"
#include "panels/socketpanel.h"
#include "panels/terminalpanel.h"
#include "recipe/reciperunner.h"
#include "recipes/recipeeditor.h"
#include "recipes/recipespanel.h"
#include "session/modulesession.h"
#include "session/sendqueue.h"
#include "sim/simconfig.h"
#include "sim/virtualmodule.h"
#include "views/statusline.h"
#include "views/logview.h"
#include "translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QHeaderView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace bc25;
using namespace bc25::ui;

class TestConsoleStreams : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aNewOpenStartsAFreshRowAndOffsets();
    void anotherLinkCountsOffsetsFromZero();
    void everySendOnTheSocketIsShownAsSent_data();
    void everySendOnTheSocketIsShownAsSent();
    void everySendTheModuleConfirmedIsCounted_data();
    void everySendTheModuleConfirmedIsCounted();
    void aSendInPartsReportsItsTotal();
    void theSocketTableShowsTheConsolesFiguresAtEveryStep();
    void switchingModeSaysSo();
    void aListenerShowsItsLocalPortAndNoRemote_data();
    void aListenerShowsItsLocalPortAndNoRemote();
    void openOffersTheSelectedSocketWhenFree();
    void aCloseByAnyoneEndsTheStreamOnce_data();
    void aCloseByAnyoneEndsTheStreamOnce();
    void aFailedOpenIsNoStream();
    void anOpenFromElsewhereSaysWhatItOpened();
    void theLineUnderTheTableForgetsASocketClosedElsewhere_data();
    void theLineUnderTheTableForgetsASocketClosedElsewhere();
    void theTerminalsRefusalGoesWhenThePanelOpens();
    void aFailedOpenFromTheTerminalIsTheLatestNews();
    void everySendOnTheSocketEndsInTheStatusLine_data();
    void everySendOnTheSocketEndsInTheStatusLine();
    void onlyTheConsolesOwnSendsAreRunning();
    void aQueuedSendNamesItsSender_data();
    void aQueuedSendNamesItsSender();
    void aCloseOrANewOpenClearsTheLastConnectionsStatus();
    void theConsolesChoicesSurviveARestart();
    void stopSaysTheRepeatIsOff();
    void aSocketOpenedOrClosedFromTheTerminalShowsItsConsole();
    void twelveSocketsLeaveTheConsolesTheirHeight();
    void escWhileAFixedLengthPartWaitsForItsPromptWritesNothing();

private:
    void open(int connectId, int port = 0);
    void startWindow();
    QTemporaryDir m_dir;
    std::unique_ptr<link::ModuleStack> m_stack; // profile → engine → session → connection
    at::CommandEngine *m_engine = nullptr;
    ModuleSession *m_session = nullptr;
    link::Connection *m_connection = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

void TestConsoleStreams::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_consolestreams"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
    Translations::install(QCoreApplication::instance(), QStringLiteral("en")); // "1 byte", "600 bytes"
}

void TestConsoleStreams::init()
{
    m_stack = std::make_unique<link::ModuleStack>(profile::ModuleProfile::bc25());
    m_engine = &m_stack->engine();
    m_session = &m_stack->session();
    m_connection = &m_stack->connection();
    m_connection->setCaptureFolder(m_dir.filePath(QStringLiteral("captures")));
    // Each test from the default choices (the consoles keep theirs across restarts).
    QSettings().remove(QStringLiteral("console"));
    startWindow();
    m_connection->connectVirtual();
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    QTRY_VERIFY(!m_session->moduleInfo().revision.isEmpty()); // synchronised
}

void TestConsoleStreams::startWindow()
{
    m_window = std::make_unique<MainWindow>(m_session, m_connection);
    m_window->show();
}

void TestConsoleStreams::cleanup()
{
    m_window.reset();
    m_connection = nullptr;
    m_session = nullptr;
    m_engine = nullptr;
    m_stack.reset();
}

void TestConsoleStreams::open(int connectId, int port)
{
    QSignalSpy opened(m_session->sockets(), &SocketTable::openFinished);
    OpenParameters p;
    p.connectId = connectId;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = port != 0 ? port : m_connection->echoPort();
    QCOMPARE(m_window->socketPanel()->open(p), QString());
    QTRY_COMPARE(opened.count(), 1);
    QTRY_VERIFY(m_session->socket(connectId).inUse);
}

void TestConsoleStreams::aNewOpenStartsAFreshRowAndOffsets()
{
    open(0);
    SocketConsole *console = m_window->consolePanel()->console(0);
    console->setInput(QStringLiteral("unfinished")); // no line end: the row stays open
    QCOMPARE(console->sendInput(), QString());
    QTRY_VERIFY(console->receivedText().contains(QLatin1String("\nunfinished")));
    QSignalSpy closed(m_session->sockets(), &SocketTable::closeFinished);
    QCOMPARE(m_session->sockets()->close(0), QString());
    QTRY_COMPARE(closed.count(), 1);
    QTRY_VERIFY(!m_session->socket(0).inUse);

    open(0);
    const QString marker = QStringLiteral("Socket 0 opened (TCP 127.0.0.1:%1)").arg(m_connection->echoPort());
    QTRY_VERIFY2(console->receivedText().contains(marker), qPrintable(console->receivedText()));
    // Sent by someone else (a recipe's socket.send goes this way): the echo of the
    // new connection on a row of its own, after the marker.
    QCOMPARE(m_session->sends()->send(0, "again"), QString());
    QTRY_VERIFY2(console->receivedText().contains(QLatin1String("\nagain")), qPrintable(console->receivedText()));
    QVERIFY2(!console->receivedText().contains(QLatin1String("unfinishedagain")), qPrintable(console->receivedText()));
    QVERIFY(console->receivedText().indexOf(marker) < console->receivedText().lastIndexOf(QLatin1String("again")));
    // Both streams of the new connection count from 0.
    console->setViewFormat(SocketConsole::Format::HexAndText);
    const QString text = console->receivedText();
    QVERIFY2(text.contains(QStringLiteral("» 00000000  61 67 61 69 6E")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\n  00000000  61 67 61 69 6E")), qPrintable(text));
}

void TestConsoleStreams::anotherLinkCountsOffsetsFromZero()
{
    open(0);
    SocketConsole *console = m_window->consolePanel()->console(0);
    console->setInput(QStringLiteral("first link"));
    QCOMPARE(console->sendInput(), QString());
    QTRY_VERIFY(console->receivedText().contains(QLatin1String("\nfirst link")));

    m_connection->connectVirtual();
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    QTRY_VERIFY(!m_session->moduleInfo().revision.isEmpty());
    open(0);
    console->setInput(QStringLiteral("second"));
    QCOMPARE(console->sendInput(), QString());
    QTRY_VERIFY(console->receivedText().contains(QLatin1String("\nsecond")));
    console->setViewFormat(SocketConsole::Format::HexAndText);
    const QString text = console->receivedText();
    QVERIFY2(text.contains(QStringLiteral("» 00000000  73 65 63 6F 6E 64")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\n  00000000  73 65 63 6F 6E 64")), qPrintable(text));
}

void TestConsoleStreams::everySendOnTheSocketIsShownAsSent_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("recipe") << QStringLiteral("recipe");
    QTest::newRow("quick command") << QStringLiteral("quick");
    QTest::newRow("terminal, inline") << QStringLiteral("AT+QISEND=0,6,\"hello!\"");
    QTest::newRow("terminal, hex") << QStringLiteral("AT+QISENDEX=0,6,\"68656C6C6F21\"");
}

void TestConsoleStreams::everySendOnTheSocketIsShownAsSent()
{
    QFETCH(QString, who);
    open(0);
    SocketConsole *console = m_window->consolePanel()->console(0);
    if (who == QLatin1String("recipe"))
        QCOMPARE(m_session->sends()->send(0, "hello!", SendQueue::Mode::Auto, at::Source::Recipe), QString());
    else if (who == QLatin1String("quick"))
        QCOMPARE(m_session->sends()->send(0, "hello!", SendQueue::Mode::Auto, at::Source::Quick), QString());
    else
        QCOMPARE(m_window->terminalPanel()->submit(who), QString());
    QTRY_VERIFY2(console->receivedText().contains(QStringLiteral("» hello!")), qPrintable(console->receivedText()));
    QTRY_VERIFY2(console->receivedText().contains(QLatin1String("\nhello!")), qPrintable(console->receivedText()));
}

// The socket table's Sent and Acknowledged count every send the module took
// and confirmed (OK, then SEND OK), not only the console's own.
void TestConsoleStreams::everySendTheModuleConfirmedIsCounted_data()
{
    everySendOnTheSocketIsShownAsSent_data();
    QTest::newRow("console") << QStringLiteral("console");
}

void TestConsoleStreams::everySendTheModuleConfirmedIsCounted()
{
    QFETCH(QString, who);
    open(0);
    SocketConsole *console = m_window->consolePanel()->console(0);
    if (who == QLatin1String("recipe")) {
        QCOMPARE(m_session->sends()->send(0, "hello!", SendQueue::Mode::Auto, at::Source::Recipe), QString());
    } else if (who == QLatin1String("quick")) {
        QCOMPARE(m_session->sends()->send(0, "hello!", SendQueue::Mode::Auto, at::Source::Quick), QString());
    } else if (who == QLatin1String("console")) {
        console->setInput(QStringLiteral("hello!"));
        QCOMPARE(console->sendInput(), QString());
    } else {
        QCOMPARE(m_window->terminalPanel()->submit(who), QString());
    }
    QTRY_COMPARE(m_session->socket(0).bytesAcknowledged, 6);
    QCOMPARE(m_session->socket(0).bytesSent, 6);
    const QAbstractItemModel *table = m_window->socketPanel()->view()->model();
    QTRY_COMPARE(table->index(0, SocketTableModel::Sent).data().toString(), QStringLiteral("6"));
    QCOMPARE(table->index(0, SocketTableModel::Acknowledged).data().toString(), QStringLiteral("6"));
    // Once each: the echo comes back, nothing counts twice.
    QTRY_VERIFY(console->receivedText().contains(QLatin1String("\nhello!")));
    QCOMPARE(m_session->socket(0).bytesSent, 6);
    QCOMPARE(m_session->socket(0).bytesAcknowledged, 6);
}

// "SEND OK — N bytes" is the whole send's size, in as many parts as it took
// (512 bytes at most each, manual 2.1.4), not its last part's.
void TestConsoleStreams::aSendInPartsReportsItsTotal()
{
    open(0);
    SocketConsole *console = m_window->consolePanel()->console(0);
    // Each part's end says where the send is; SEND OK only once the last is confirmed.
    QStringList afterEachPart;
    connect(m_session->sends(), &SendQueue::chunkFinished, this,
            [&] { afterEachPart << console->statusText(); });
    console->setInput(QString(600, QLatin1Char('x')));
    QCOMPARE(console->sendInput(), QString());
    QTRY_VERIFY2(console->statusText().startsWith(QLatin1String("SEND OK")), qPrintable(console->statusText()));
    QCOMPARE(afterEachPart.size(), 2);
    QCOMPARE(afterEachPart.at(0), QStringLiteral("1 of 2 parts acknowledged…"));
    QVERIFY2(console->statusText().startsWith(QStringLiteral("SEND OK — 600 bytes in 2 parts as inline text")),
             qPrintable(console->statusText()));
    console->setInput(QStringLiteral("x"));
    QCOMPARE(console->sendInput(), QString());
    QTRY_VERIFY2(console->statusText().startsWith(QStringLiteral("SEND OK — 1 byte as inline text")), qPrintable(console->statusText()));
    QVERIFY2(!console->statusText().contains(QStringLiteral("parts")), qPrintable(console->statusText()));
}

// A 3 KB send goes in six parts: at each part's end, and at the send's, the
// socket table shows (has announced to its view) the bytes the console says.
void TestConsoleStreams::theSocketTableShowsTheConsolesFiguresAtEveryStep()
{
    open(0);
    SocketConsole *console = m_window->consolePanel()->console(0);
    const QAbstractItemModel *table = m_window->socketPanel()->view()->model();
    const QLocale locale;
    QString shownSent = table->index(0, SocketTableModel::Sent).data().toString();
    connect(table, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from, const QModelIndex &to) {
        if (from.row() <= 0 && to.row() >= 0 && from.column() <= SocketTableModel::Sent && to.column() >= SocketTableModel::Sent)
            shownSent = table->index(0, SocketTableModel::Sent).data().toString();
    });
    const auto *progress = console->findChild<QProgressBar *>();
    QVERIFY(progress);
    QStringList steps;
    connect(m_session->sends(), &SendQueue::chunkFinished, this, [&](int id) {
        if (id == 0)
            steps << QStringLiteral("console %1, table %2").arg(locale.toString(progress->value()), shownSent);
    });
    QSignalSpy finished(m_session->sends(), &SendQueue::sendFinished);
    connect(m_session->sends(), &SendQueue::sendFinished, this, [&](int id, qint64, qint64 total) {
        if (id == 0)
            steps << QStringLiteral("console %1, table %2").arg(locale.toString(total), shownSent);
    });
    console->setInput(QString(3072, QLatin1Char('x')));
    QCOMPARE(console->sendInput(), QString());
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(console->statusText().startsWith(QLatin1String("SEND OK")), qPrintable(console->statusText()));
    QCOMPARE(steps.size(), 7); // six parts of 512 bytes, then the send
    for (const QString &step : std::as_const(steps)) {
        const QStringList figures = step.split(QStringLiteral(", table "));
        QVERIFY2(figures.at(0).mid(8) == figures.at(1), qPrintable(steps.join(QLatin1String("; "))));
    }
    QVERIFY2(steps.constLast().startsWith(QStringLiteral("console %1").arg(locale.toString(3072))), qPrintable(steps.constLast()));
}

// The status bar tells what just happened: not "Socket 0 is open." after a switch.
void TestConsoleStreams::switchingModeSaysSo()
{
    open(0);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Socket 0 is open.")));
    QCOMPARE(m_session->sockets()->switchAccessMode(0, AccessMode::DirectPush), QString());
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("Socket 0 now in direct push mode.")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_session->sockets()->switchAccessMode(0, AccessMode::Buffer), QString());
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("Socket 0 now in buffer access mode.")),
                 qPrintable(m_window->statusBar()->currentMessage()));
}

// A TCP LISTENER or a UDP SERVICE has no remote: the Open dialog's greyed
// remote port and address (the echo service's) are not shown as one, in the
// table or in the console's marker, which names the local port instead.
void TestConsoleStreams::aListenerShowsItsLocalPortAndNoRemote_data()
{
    QTest::addColumn<ServiceType>("service");
    QTest::addColumn<QString>("kind");
    QTest::newRow("TCP LISTENER") << ServiceType::TcpListener << QStringLiteral("TCP LISTENER");
    QTest::newRow("UDP SERVICE") << ServiceType::UdpService << QStringLiteral("UDP SERVICE");
}

void TestConsoleStreams::aListenerShowsItsLocalPortAndNoRemote()
{
    QFETCH(ServiceType, service);
    QFETCH(QString, kind);
    QSignalSpy opened(m_session->sockets(), &SocketTable::openFinished);
    OpenParameters p = m_window->socketPanel()->dialogDefaults(); // the echo service's address and port
    p.connectId = 2;
    p.service = service;
    // A port nobody holds now: the simulator listens on it for real.
    p.localPort = service == ServiceType::UdpService ? test::freeUdpPort() : test::freeTcpPort();
    QVERIFY(p.localPort != 0);
    const QString marker = QStringLiteral("Socket 2 opened (%1 :%2)").arg(kind).arg(p.localPort);
    QCOMPARE(m_window->socketPanel()->open(p), QString());
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(m_session->socket(2).inUse);
    const QModelIndex remote = m_window->socketPanel()->view()->model()->index(2, SocketTableModel::Remote);
    QCOMPARE(remote.data().toString(), QString());
    // It waits for peers: connected to nobody.
    const QModelIndex state = m_window->socketPanel()->view()->model()->index(2, SocketTableModel::State);
    QCOMPARE(state.data().toString(), QStringLiteral("listening"));
    SocketConsole *console = m_window->consolePanel()->console(2);
    QTRY_VERIFY2(console->receivedText().contains(marker), qPrintable(console->receivedText()));
    QVERIFY2(!console->receivedText().contains(QLatin1String("127.0.0.1")), qPrintable(console->receivedText()));
}

// "Open…" offers the socket selected in the table (the console shown) when
// it is free, else the first free one.
void TestConsoleStreams::openOffersTheSelectedSocketWhenFree()
{
    QTableView *view = m_window->socketPanel()->view();
    view->setCurrentIndex(view->model()->index(3, 0));
    QCOMPARE(m_window->socketPanel()->dialogDefaults().connectId, 3);
    open(0);
    view->setCurrentIndex(view->model()->index(0, 0));
    QCOMPARE(m_window->socketPanel()->dialogDefaults().connectId, 1);
}

// "Socket N closed" ends the stream in that socket's console, once, whoever
// closed it — as "Socket N opened" began it.
void TestConsoleStreams::aCloseByAnyoneEndsTheStreamOnce_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("the user's Close") << QStringLiteral("user");
    QTest::newRow("the terminal's AT+QICLOSE") << QStringLiteral("terminal");
    QTest::newRow("a recipe's AT+QICLOSE") << QStringLiteral("recipe");
    QTest::newRow("the remote (+QIURC: \"closed\"), then Close") << QStringLiteral("remote");
    QTest::newRow("the link's end") << QStringLiteral("link");
}

void TestConsoleStreams::aCloseByAnyoneEndsTheStreamOnce()
{
    QFETCH(QString, how);
    QTcpServer remote; // a real peer on loopback, which can hang up
    QVERIFY(remote.listen(QHostAddress::LocalHost));
    open(0, int(remote.serverPort()));
    QTRY_VERIFY(remote.hasPendingConnections());
    std::unique_ptr<QTcpSocket> peer(remote.nextPendingConnection());
    SocketConsole *console = m_window->consolePanel()->console(0);
    const QString closed = QStringLiteral("——— Socket 0 closed");
    QVERIFY(console->receivedText().contains(QLatin1String("Socket 0 opened")));
    QVERIFY(!console->receivedText().contains(closed));

    if (how == QLatin1String("user")) {
        QCOMPARE(m_session->sockets()->close(0), QString()); // the socket table's Close
    } else if (how == QLatin1String("terminal")) {
        QCOMPARE(m_window->terminalPanel()->submit(QStringLiteral("AT+QICLOSE=0")), QString());
    } else if (how == QLatin1String("recipe")) {
        RecipesPanel *recipes = m_window->recipesPanel();
        recipes->editor()->setPlainText(QStringLiteral("step('close')\nexpect(at('AT+QICLOSE=0'))\n"));
        QSignalSpy finished(recipes->runner(), &recipe::RecipeRunner::runFinished);
        QVERIFY(recipes->run());
        QTRY_COMPARE(finished.count(), 1);
    } else if (how == QLatin1String("remote")) {
        peer->close();
        QTRY_VERIFY2(console->receivedText().contains(QStringLiteral("——— Socket 0 closed by the remote ———")),
                     qPrintable(console->receivedText()));
        QVERIFY(m_session->socket(0).inUse); // closing: the host's AT+QICLOSE frees it (manual 2.2.1)
        QCOMPARE(m_session->sockets()->close(0), QString());
    } else {
        m_connection->disconnectFromModule();
    }
    QTRY_VERIFY(!m_session->socket(0).inUse);
    QTRY_VERIFY2(console->receivedText().contains(closed), qPrintable(console->receivedText()));
    QCOMPARE(console->receivedText().count(closed), 1);
    // Only where a stream was open.
    QVERIFY(!m_window->consolePanel()->console(1)->receivedText().contains(QLatin1String("Socket 1 closed")));
}

// The "opened" marker is the module's confirmation (+QIOPEN: <id>,0, manual
// 2.1.1): an open the module refused (here a peer that refuses the connection)
// shows neither "opened" nor "closed"; the next open that succeeds is marked once.
void TestConsoleStreams::anOpenFromElsewhereSaysWhatItOpened()
{
    // New-user pass 10 (EN F2, ZH F3): an open by a recipe, the terminal or the
    // health check was marked "Socket 4 opened ( :0)", or with the details of
    // the connection before it on that socket ("UDP 127.0.0.1:…").
    open(1);
    QSignalSpy closed(m_session->sockets(), &SocketTable::closeFinished);
    QCOMPARE(m_session->sockets()->close(1), QString());
    QTRY_COMPARE(closed.count(), 1);
    QTRY_VERIFY(!m_session->socket(1).inUse);

    const quint16 port = test::freeTcpPort();
    QCOMPARE(m_window->terminalPanel()->submit(QStringLiteral("AT+QIOPEN=1,1,\"TCP LISTENER\",\"127.0.0.1\",0,%1,0").arg(port)),
             QString());
    SocketConsole *console = m_window->consolePanel()->console(1);
    const QString marker = QStringLiteral("Socket 1 opened (TCP LISTENER :%1)").arg(port);
    QTRY_VERIFY2(console->receivedText().contains(marker), qPrintable(console->receivedText()));
    QCOMPARE(console->receivedText().count(QLatin1String("Socket 1 opened")), 2);
}

void TestConsoleStreams::aFailedOpenIsNoStream()
{
    quint16 refusingPort = 0;
    {
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost));
        refusingPort = gone.serverPort();
    } // closed: a connect to its port is refused
    SocketConsole *console = m_window->consolePanel()->console(0);
    QSignalSpy opened(m_session->sockets(), &SocketTable::openFinished);
    OpenParameters p;
    p.connectId = 0;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = refusingPort;
    QCOMPARE(m_window->socketPanel()->open(p), QString());
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(opened.constFirst().at(1).toBool(), false);
    QVERIFY(!m_session->socket(0).inUse);
    QVERIFY2(!console->receivedText().contains(QLatin1String("Socket 0 opened")), qPrintable(console->receivedText()));
    QVERIFY2(!console->receivedText().contains(QLatin1String("Socket 0 closed")), qPrintable(console->receivedText()));

    open(0);
    QTRY_COMPARE(console->receivedText().count(QLatin1String("Socket 0 opened")), 1);
    QVERIFY(!console->receivedText().contains(QLatin1String("Socket 0 closed")));
}

// "Socket 2 is open." under the table is true until the socket is closed, by
// anyone: the terminal's AT+QICLOSE, the virtual module's restart (zh71).
void TestConsoleStreams::theLineUnderTheTableForgetsASocketClosedElsewhere_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("terminal") << QStringLiteral("terminal");
    QTest::newRow("restart") << QStringLiteral("restart");
}

void TestConsoleStreams::theLineUnderTheTableForgetsASocketClosedElsewhere()
{
    QFETCH(QString, how);
    auto *line = m_window->socketPanel()->findChild<StatusLine *>(QStringLiteral("sockets.status"));
    QVERIFY(line);
    open(2);
    QTRY_COMPARE(line->status(), QStringLiteral("Socket 2 is open."));
    if (how == QLatin1String("terminal")) {
        QCOMPARE(m_window->terminalPanel()->submit(QStringLiteral("AT+QICLOSE=2")), QString());
    } else {
        QVERIFY(m_connection->virtualModule());
        m_connection->virtualModule()->reboot();
    }
    QTRY_VERIFY(!m_session->socket(2).inUse);
    QVERIFY2(!line->status().contains(QLatin1String("is open")), qPrintable(line->status()));
    // The status bar told the same news: it goes there too (it stayed, new-user pass 10, EN F6).
    QVERIFY2(!m_window->statusBar()->currentMessage().contains(QLatin1String("is open")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

// A 566 of the terminal's AT+QIOPEN on socket 4 left "Socket 2 is open." under
// the table (new-user pass 10, EN F6): the latest open is the news, the
// terminal's as the panel's, its code in words there and in the table.
void TestConsoleStreams::aFailedOpenFromTheTerminalIsTheLatestNews()
{
    auto *line = m_window->socketPanel()->findChild<StatusLine *>(QStringLiteral("sockets.status"));
    QVERIFY(line);
    open(2);
    QTRY_COMPARE(line->status(), QStringLiteral("Socket 2 is open."));
    QTcpServer closed; // a port nobody listens on: the module's connect is refused
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QCOMPARE(m_window->terminalPanel()->submit(
                     QStringLiteral("AT+QIOPEN=1,4,\"TCP\",\"127.0.0.1\",%1,0,0").arg(port)), QString());
    QTRY_VERIFY2(line->status().startsWith(QStringLiteral("Socket 4 could not be opened")), qPrintable(line->status()));
    QVERIFY2(line->status().contains(QLatin1String("566")), qPrintable(line->status()));
    QCOMPARE(m_session->socket(4).lastError, 566);
    QVERIFY(m_session->socket(2).inUse);

    // Opened from the terminal: that is the news then.
    QCOMPARE(m_window->terminalPanel()->submit(
                     QStringLiteral("AT+QIOPEN=1,4,\"TCP\",\"127.0.0.1\",%1,0,0").arg(m_connection->echoPort())), QString());
    QTRY_COMPARE(line->status(), QStringLiteral("Socket 4 is open."));
}

// The terminal's refusal of a typed AT+QIOPEN is old news once the Open
// dialog opened the socket (zh07).
void TestConsoleStreams::theTerminalsRefusalGoesWhenThePanelOpens()
{
    TerminalPanel *terminal = m_window->terminalPanel();
    const QString refusal = terminal->submit(QStringLiteral("AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",7,0,9"));
    QVERIFY(!refusal.isEmpty());
    QVERIFY(terminal->statusText().contains(refusal));
    open(0);
    QTRY_COMPARE(terminal->statusText(), QString());
}

// The status line under the send row tells how every send on its socket
// ended, not only the console's and the send queue's: the terminal's AT+QISEND
// and AT+QISENDEX, a quick command's, and their failures in words.
void TestConsoleStreams::everySendOnTheSocketEndsInTheStatusLine_data()
{
    // ("6 byte(s)" until the lead's translation gives the plural: the start and end are checked.)
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("openFirst");
    QTest::addColumn<QString>("begins");
    QTest::addColumn<QString>("ends");
    const QString ok = QStringLiteral("SEND OK — 6 byte");
    QTest::newRow("terminal, inline") << QStringLiteral("AT+QISEND=0,6,\"hello!\"") << true << ok
                                      << QStringLiteral(", sent by the terminal.");
    QTest::newRow("terminal, hex") << QStringLiteral("AT+QISENDEX=0,6,\"68656C6C6F21\"") << true << ok
                                   << QStringLiteral(", sent by the terminal.");
    QTest::newRow("quick command") << QStringLiteral("quick") << true << ok << QStringLiteral(", sent by a quick command.");
    QTest::newRow("terminal, socket not open") << QStringLiteral("AT+QISEND=0,6,\"hello!\"") << false
                                               << QStringLiteral("SEND FAIL — ") << QStringLiteral("(sent by the terminal)");
}

void TestConsoleStreams::everySendOnTheSocketEndsInTheStatusLine()
{
    QFETCH(QString, who);
    QFETCH(bool, openFirst);
    QFETCH(QString, begins);
    QFETCH(QString, ends);
    if (openFirst)
        open(0);
    SocketConsole *console = m_window->consolePanel()->console(0);
    console->setInput(QStringLiteral("x"));
    if (!openFirst)
        QVERIFY(!console->sendInput().isEmpty()); // the console's own refusal on show first
    if (who == QLatin1String("quick"))
        QCOMPARE(m_session->sendQuick("AT+QISEND=0,6,\"hello!\"", {}), QString());
    else
        QCOMPARE(m_window->terminalPanel()->submit(who), QString());
    QTRY_VERIFY2(console->statusText().startsWith(begins), qPrintable(console->statusText()));
    QVERIFY2(console->statusText().endsWith(ends), qPrintable(console->statusText()));
}

// "Sends running" counts the console's own: a recipe's send on the same
// socket ending first leaves the console's one running (Stop, the progress).
void TestConsoleStreams::onlyTheConsolesOwnSendsAreRunning()
{
    open(0);
    SocketConsole *console = m_window->consolePanel()->console(0);
    QCOMPARE(m_session->sends()->send(0, QByteArray(600, 'r'), SendQueue::Mode::Auto, at::Source::Recipe), QString());
    const quint64 recipeSend = m_session->sends()->lastSendId();
    QCOMPARE(console->sendsRunning(), 0);
    console->setInput(QStringLiteral("mine"));
    QCOMPARE(console->sendInput(), QString());
    QCOMPARE(console->sendsRunning(), 1);
    QList<int> runningWhenTheRecipesEnded;
    connect(m_session->sends(), &SendQueue::sendFinished, this,
            [&](int, qint64, qint64, bool, const QString &, quint64 sendId, at::Source) {
        if (sendId == recipeSend)
            runningWhenTheRecipesEnded << console->sendsRunning();
    });
    QTRY_VERIFY2(console->statusText().startsWith(QStringLiteral("SEND OK — 4 bytes")), qPrintable(console->statusText()));
    QCOMPARE(runningWhenTheRecipesEnded, QList<int>({1}));
    QCOMPARE(console->sendsRunning(), 0);
    QVERIFY(!console->isSending());
}

// A queued send that is not the console's ends in its status line with its
// sender named, as the terminal's does (en61; README, "Socket consoles"): the
// queue says who asked, nothing is inferred.
void TestConsoleStreams::aQueuedSendNamesItsSender_data()
{
    QTest::addColumn<at::Source>("source");
    QTest::addColumn<QString>("named");
    QTest::newRow("a recipe") << at::Source::Recipe << QStringLiteral("Sent by a recipe.");
    QTest::newRow("a quick command") << at::Source::Quick << QStringLiteral("Sent by a quick command.");
    QTest::newRow("the health check") << at::Source::Health << QStringLiteral("Sent by the health check.");
}

void TestConsoleStreams::aQueuedSendNamesItsSender()
{
    QFETCH(at::Source, source);
    QFETCH(QString, named);
    open(0);
    SocketConsole *console = m_window->consolePanel()->console(0);
    QCOMPARE(m_session->sends()->send(0, QByteArray("from a recipe"), SendQueue::Mode::Auto, source), QString());
    QTRY_VERIFY2(console->statusText().startsWith(QStringLiteral("SEND OK — 13 bytes")), qPrintable(console->statusText()));
    QVERIFY2(console->statusText().endsWith(named), qPrintable(console->statusText()));
    // The console's own send names no one.
    console->setInput(QStringLiteral("mine"));
    QCOMPARE(console->sendInput(), QString());
    QTRY_VERIFY2(console->statusText().startsWith(QStringLiteral("SEND OK — 4 bytes")), qPrintable(console->statusText()));
    QVERIFY(!console->statusText().contains(QLatin1String("Sent by")));
}

// A recipe sent on the socket and closed it; the user opens it again: the
// recipe's "SEND OK … Sent by a recipe." was of the connection before. The
// close says it is out of date, and so does a new open.
void TestConsoleStreams::aCloseOrANewOpenClearsTheLastConnectionsStatus()
{
    open(0);
    SocketConsole *console = m_window->consolePanel()->console(0);
    QCOMPARE(m_session->sends()->send(0, QByteArray("from a recipe"), SendQueue::Mode::Auto, at::Source::Recipe), QString());
    QTRY_VERIFY2(console->statusText().endsWith(QLatin1String("Sent by a recipe.")), qPrintable(console->statusText()));
    QCOMPARE(m_session->sockets()->close(0), QString()); // as the recipe's AT+QICLOSE
    QTRY_VERIFY(!m_session->socket(0).inUse);
    QVERIFY2(console->statusText().isEmpty(), qPrintable(console->statusText()));
    open(0);
    QVERIFY2(console->statusText().isEmpty(), qPrintable(console->statusText()));

    // Said while closed (a send refused: not open), gone with the new open.
    QCOMPARE(m_session->sockets()->close(0), QString());
    QTRY_VERIFY(!m_session->socket(0).inUse);
    console->setInput(QStringLiteral("too early"));
    QVERIFY(!console->sendInput().isEmpty());
    QVERIFY(!console->statusText().isEmpty());
    open(0);
    QVERIFY2(console->statusText().isEmpty(), qPrintable(console->statusText()));
}

// How each console shows and sends is the user's, per socket, after a restart too.
void TestConsoleStreams::theConsolesChoicesSurviveARestart()
{
    const auto checkBox = [this](int id, const QString &text) -> QCheckBox * {
        for (QCheckBox *box : m_window->consolePanel()->console(id)->findChildren<QCheckBox *>()) {
            if (box->text() == text)
                return box;
        }
        return nullptr;
    };
    SocketConsole *console = m_window->consolePanel()->console(2);
    console->setViewFormat(SocketConsole::Format::HexAndText);
    console->setSendFormat(SocketConsole::Format::Hex);
    QVERIFY(checkBox(2, QStringLiteral("Timestamps")) && checkBox(2, QStringLiteral("Show sent")) && checkBox(2, QStringLiteral("+CR LF")));
    checkBox(2, QStringLiteral("Timestamps"))->setChecked(true);
    checkBox(2, QStringLiteral("Show sent"))->setChecked(false);
    checkBox(2, QStringLiteral("+CR LF"))->setChecked(true);
    m_window->consolePanel()->console(1)->setViewFormat(SocketConsole::Format::Hex);

    m_window.reset();
    startWindow();
    const auto viewFormat = [this](int id) {
        return m_window->consolePanel()->console(id)->findChild<QComboBox *>(QStringLiteral("viewFormat"))->currentIndex();
    };
    QCOMPARE(viewFormat(2), int(SocketConsole::Format::HexAndText));
    QCOMPARE(viewFormat(1), int(SocketConsole::Format::Hex));
    QCOMPARE(viewFormat(0), int(SocketConsole::Format::Text));
    // Shown so, not only ticked: the Text column of "Hex + text", the times.
    QCOMPARE(m_window->consolePanel()->console(2)->model()->columnCount(), ConsoleModel::ColumnCount + 1);
    QVERIFY(!m_window->consolePanel()->console(2)->view()->isColumnHidden(ConsoleModel::Time));
    QVERIFY(checkBox(2, QStringLiteral("Timestamps"))->isChecked());
    QVERIFY(!checkBox(2, QStringLiteral("Show sent"))->isChecked());
    QVERIFY(checkBox(2, QStringLiteral("+CR LF"))->isChecked());
    QVERIFY(!checkBox(0, QStringLiteral("Timestamps"))->isChecked());
    QVERIFY(checkBox(0, QStringLiteral("Show sent"))->isChecked());
    // The send row's format: hex input takes hex digits only.
    SocketConsole *again = m_window->consolePanel()->console(2);
    again->setInput(QStringLiteral("zz"));
    QVERIFY(again->sendInput().contains(QLatin1String("Hex input")));
}

// README: "sockets opened or closed from the terminal show too".
void TestConsoleStreams::aSocketOpenedOrClosedFromTheTerminalShowsItsConsole()
{
    auto *tabs = m_window->consolePanel()->findChild<QTabWidget *>(QStringLiteral("consoles.tabs"));
    QVERIFY(tabs);
    QTableView *view = m_window->socketPanel()->view();
    view->setCurrentIndex(view->model()->index(0, 0));
    QCOMPARE(tabs->currentIndex(), 0);
    const QByteArray open = "AT+QIOPEN=1,3,\"TCP\",\"127.0.0.1\"," + QByteArray::number(m_connection->echoPort()) + ",0,0";
    QCOMPARE(m_session->sendTyped(open), QString());
    QTRY_COMPARE(tabs->currentIndex(), 3);
    QCOMPARE(view->currentIndex().row(), 3);
    QTRY_VERIFY(m_session->socket(3).inUse);

    view->setCurrentIndex(view->model()->index(0, 0));
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(m_session->sendTyped("AT+QICLOSE=3"), QString());
    QTRY_COMPARE(tabs->currentIndex(), 3);
    QTRY_VERIFY(!m_session->socket(3).inUse);
}

// Stop unticks "Repeat every": the status line says so, with how many went.
void TestConsoleStreams::stopSaysTheRepeatIsOff()
{
    open(0);
    SocketConsole *console = m_window->consolePanel()->console(0);
    QCheckBox *repeat = nullptr;
    for (QCheckBox *box : console->findChildren<QCheckBox *>()) {
        if (box->text() == QLatin1String("Repeat every"))
            repeat = box;
    }
    QVERIFY(repeat);
    // An empty line is said plainly, without a parameter the user never typed.
    console->setInput(QString());
    QCOMPARE(console->sendInput(), QStringLiteral("Nothing to send."));
    QCOMPARE(console->statusText(), QStringLiteral("Nothing to send."));
    repeat->setChecked(true);
    console->setInput(QStringLiteral("tick"));
    QCOMPARE(console->sendInput(), QString());
    QTRY_VERIFY(console->isSending());
    console->stopSending();
    QVERIFY(!repeat->isChecked());
    QVERIFY2(console->statusText().startsWith(QLatin1String("Stopped; repeat off after ")), qPrintable(console->statusText()));
}

// A model with twelve sockets (the BG96) at 1280×720: the table scrolls, and
// the consoles under it keep a useful height.
void TestConsoleStreams::twelveSocketsLeaveTheConsolesTheirHeight()
{
    m_window.reset();
    m_stack = std::make_unique<link::ModuleStack>(profile::ModuleProfile::byId("bg96"));
    m_engine = &m_stack->engine();
    m_session = &m_stack->session();
    m_connection = &m_stack->connection();
    QCOMPARE(m_session->sockets()->socketCount(), 12);
    startWindow();
    m_window->resize(1280, 720);
    QTableView *view = m_window->socketPanel()->view();
    QTRY_VERIFY(view->isVisible());
    const int row = view->verticalHeader()->defaultSectionSize();
    // Fewer than its twelve rows: it takes the room a 1280×720 window has to
    // spare, not the consoles' (tst_steadylayout checks it grows where there is room).
    QVERIFY2(view->height() < 12 * row + view->horizontalHeader()->height(), qPrintable(QString::number(view->height())));
    QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0); // the rest scroll
    SocketConsole *console = m_window->consolePanel()->console(0);
    QVERIFY2(console->height() >= 8 * row, qPrintable(QString::number(console->height())));
}

// adv4 F10: in the fixed-length form (AT+QISEND=<id>,<len>) the module counts
// bytes, so an Esc written while the part waits for "> " would be data for
// the peer. No key writes one: Esc in a console or the terminal (or the
// window) while the prompt is on its way writes nothing, and the part goes
// out whole once "> " comes (the engine's own Esc is for the Ctrl+Z form only:
// tst_interruptions aLostFixedLengthPromptIsNeverLeftWithEsc).
void TestConsoleStreams::escWhileAFixedLengthPartWaitsForItsPromptWritesNothing()
{
    m_connection->disconnectFromModule();
    sim::SimConfig slow;
    slow.faults.latencyMs = 300; // the prompt comes 300 ms after the command
    m_connection->connectVirtual(slow);
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->moduleInfo().revision.isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isBusy(), 20000);
    OpenParameters p;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = m_connection->echoPort();
    QCOMPARE(m_window->socketPanel()->open(p), QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->socket(0).inUse, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isBusy(), 10000);

    QByteArray written;
    connect(m_session, &ModuleSession::rawTransmitted, this, [&written](const QByteArray &bytes) { written += bytes; });
    QByteArray echoed;
    connect(m_session->sockets(), &SocketTable::dataReceived, this,
            [&echoed](int id, const QByteArray &bytes) { echoed += id == 0 ? bytes : QByteArray(); });
    QSignalSpy finished(m_session->sends(), &SendQueue::sendFinished);
    const QByteArray payload("\x00\x01" "abc", 5); // not text: the fixed-length form
    QCOMPARE(m_session->sends()->send(0, payload), QString());
    QTRY_VERIFY(written.contains("AT+QISEND=0,5"));
    QVERIFY(!written.contains("abc")); // waiting for "> "
    QList<QWidget *> targets {m_window.get()};
    for (QLineEdit *line : m_window->consolePanel()->findChildren<QLineEdit *>())
        targets << line;
    for (QLineEdit *line : m_window->terminalPanel()->findChildren<QLineEdit *>())
        targets << line;
    for (QWidget *target : targets)
        QTest::keyClick(target, Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY2(finished.at(0).at(3).toBool(), qPrintable(finished.at(0).at(4).toString()));
    QVERIFY2(!written.contains('\x1b'), written.toHex(' ').constData());
    QTRY_COMPARE_WITH_TIMEOUT(echoed, payload, 10000);
}

QTEST_MAIN(TestConsoleStreams)
#include "tst_consolestreams.moc"
