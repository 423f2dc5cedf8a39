// SPDX-License-Identifier: MIT
// A socket console across connections: a new open of the socket (or a new
// link) starts a new stream — a fresh row, offsets from 0, a marker — and
// every send on the socket is shown as sent, whoever asked for it.

#include "at/commandengine.h"
#include "link/modulestack.h"
#include "link/connection.h"
#include "mainwindow.h"
#include "models/consolemodel.h"
#include "models/sockettablemodel.h"
#include "panels/consolepanel.h"
#include "panels/socketpanel.h"
#include "panels/terminalpanel.h"
#include "session/modulesession.h"
#include "translations.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTableView>
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
    void switchingModeSaysSo();
    void aListenerShowsItsLocalPortAndNoRemote_data();
    void aListenerShowsItsLocalPortAndNoRemote();
    void openOffersTheSelectedSocketWhenFree();

private:
    void open(int connectId);
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
    m_window = std::make_unique<MainWindow>(m_engine, m_session, m_connection);
    m_window->show();
    m_connection->connectVirtual();
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    QTRY_VERIFY(!m_session->moduleInfo().revision.isEmpty()); // synchronised
}

void TestConsoleStreams::cleanup()
{
    m_window.reset();
    m_connection = nullptr;
    m_session = nullptr;
    m_engine = nullptr;
    m_stack.reset();
}

void TestConsoleStreams::open(int connectId)
{
    QSignalSpy opened(m_session->sockets(), &SocketTable::openFinished);
    OpenParameters p;
    p.connectId = connectId;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = m_connection->echoPort();
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
    console->setInput(QString(600, QLatin1Char('x')));
    QCOMPARE(console->sendInput(), QString());
    QTRY_VERIFY2(console->statusText().startsWith(QLatin1String("SEND OK")), qPrintable(console->statusText()));
    QVERIFY2(console->statusText().startsWith(QStringLiteral("SEND OK — 600 bytes in 2 parts as inline text")),
             qPrintable(console->statusText()));
    console->setInput(QStringLiteral("x"));
    QCOMPARE(console->sendInput(), QString());
    QTRY_VERIFY2(console->statusText().startsWith(QStringLiteral("SEND OK — 1 byte as inline text")), qPrintable(console->statusText()));
    QVERIFY2(!console->statusText().contains(QStringLiteral("parts")), qPrintable(console->statusText()));
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
    QTest::addColumn<QString>("marker");
    QTest::newRow("TCP LISTENER") << ServiceType::TcpListener << QStringLiteral("Socket 2 opened (TCP LISTENER :40123)");
    QTest::newRow("UDP SERVICE") << ServiceType::UdpService << QStringLiteral("Socket 2 opened (UDP SERVICE :40123)");
}

void TestConsoleStreams::aListenerShowsItsLocalPortAndNoRemote()
{
    QFETCH(ServiceType, service);
    QFETCH(QString, marker);
    QSignalSpy opened(m_session->sockets(), &SocketTable::openFinished);
    OpenParameters p = m_window->socketPanel()->dialogDefaults(); // the echo service's address and port
    p.connectId = 2;
    p.service = service;
    p.localPort = 40123;
    QCOMPARE(m_window->socketPanel()->open(p), QString());
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(m_session->socket(2).inUse);
    const QModelIndex remote = m_window->socketPanel()->view()->model()->index(2, SocketTableModel::Remote);
    QCOMPARE(remote.data().toString(), QString());
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

QTEST_MAIN(TestConsoleStreams)
#include "tst_consolestreams.moc"
