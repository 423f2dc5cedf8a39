// SPDX-License-Identifier: MIT
// What the window shows when one link ends and the next begins (or none does):
// every "last …" of the module that was — the terminal's result line, a
// console's SEND OK, the status bar's failure, the settings' last error, the
// tools' results — is gone; the history above the link marker stays.

#include "at/commandengine.h"
#include "link/modulestack.h"
#include "link/connection.h"
#include "connection/connectionbar.h"
#include "mainwindow.h"
#include "panels/consolepanel.h"
#include "panels/modulesettingspanel.h"
#include "panels/pingpanel.h"
#include "panels/socketpanel.h"
#include "panels/terminalpanel.h"
#include "quick/quickcommandspanel.h"
#include "recipes/recipespanel.h"
#include "modulecontrols.h"
#include "rawpty.h"
#include "transport/serialsettings.h"
#include "session/modulesession.h"

#include <QAction>
#include <QComboBox>
#include <QLoggingCategory>
#include <QPushButton>
#include <QToolButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace bc25;
using namespace bc25::ui;

class TestLinkChange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void nothingLastOfTheOldLinkStaysOnShow_data();
    void nothingLastOfTheOldLinkStaysOnShow();
    void theModulesRevisionIsSaidInTheWindowsWords();
    void whatNeedsAModuleIsOffWithTheReason();
    void theBuiltInModuleIsNamedByItsModel_data();
    void theBuiltInModuleIsNamedByItsModel();
    void theLinkMarkersAreBuiltAlike();
    void aLostLinksMarkerEndsAsTheOthers();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<link::ModuleStack> m_stack; // profile → engine → session → connection
    at::CommandEngine *m_engine = nullptr;
    ModuleSession *m_session = nullptr;
    link::Connection *m_connection = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

void TestLinkChange::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_linkchange"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

void TestLinkChange::init()
{
    m_stack = std::make_unique<link::ModuleStack>(profile::ModuleProfile::bc25());
    m_engine = &m_stack->engine();
    m_session = &m_stack->session();
    m_connection = &m_stack->connection();
    m_connection->setCaptureFolder(m_dir.filePath(QStringLiteral("captures")));
    m_window = std::make_unique<MainWindow>(m_session, m_connection);
    m_window->show();
    m_connection->connectVirtual();
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    QTRY_VERIFY(!m_session->moduleInfo().revision.isEmpty()); // synchronised
}

void TestLinkChange::cleanup()
{
    m_window.reset();
    m_connection = nullptr;
    m_session = nullptr;
    m_engine = nullptr;
    m_stack.reset();
}

void TestLinkChange::nothingLastOfTheOldLinkStaysOnShow_data()
{
    QTest::addColumn<bool>("reconnect");
    QTest::newRow("another link") << true;
    QTest::newRow("Close") << false;
}

void TestLinkChange::nothingLastOfTheOldLinkStaysOnShow()
{
    QFETCH(bool, reconnect);
    // A console's SEND OK.
    QSignalSpy opened(m_session->sockets(), &SocketTable::openFinished);
    OpenParameters p;
    p.connectId = 0;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = m_connection->echoPort();
    QCOMPARE(m_window->socketPanel()->open(p), QString());
    QTRY_COMPARE(opened.count(), 1);
    SocketConsole *console = m_window->consolePanel()->console(0);
    console->setInput(QStringLiteral("before"));
    QCOMPARE(console->sendInput(), QString());
    QTRY_VERIFY(console->statusText().contains(QLatin1String("SEND OK")));
    QTRY_VERIFY(console->receivedText().contains(QLatin1String("\nbefore")));
    // A typed command's failure: the terminal's result line, the status bar,
    // and the module's last error (AT+QIGETERROR, asked after an ERROR).
    TerminalPanel *terminal = m_window->terminalPanel();
    QSignalSpy typed(m_session, &ModuleSession::typedCommandFinished);
    QCOMPARE(terminal->submit(QStringLiteral("AT+QIRD=5,10")), QString());
    QTRY_COMPARE(typed.count(), 1);
    QVERIFY(!terminal->statusText().isEmpty());
    QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Last error")));
    QTRY_VERIFY(m_session->settings().lastError.code != 0);
    const QString lastError = m_window->settingsPanel()->lastErrorText();

    QSignalSpy changed(m_connection, &link::Connection::stateChanged);
    if (reconnect) {
        m_connection->connectVirtual();
        QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
        QTRY_VERIFY(!m_session->moduleInfo().revision.isEmpty());
    } else {
        m_connection->disconnectFromModule();
        QCOMPARE(m_connection->state(), link::Connection::State::Disconnected);
    }
    QCOMPARE(terminal->statusText(), QString());
    QCOMPARE(console->statusText(), QString());
    QVERIFY2(!m_window->statusBar()->currentMessage().contains(QLatin1String("Last error")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(m_window->settingsPanel()->lastErrorText() != lastError);
    QCOMPARE(m_session->settings().lastError.code, 0);
    // The history stays, above the marker of the link's end.
    const QString history = console->receivedText();
    // The user's own Close is said once ("closed"), another link's start ends the old one.
    const QString end = reconnect ? QStringLiteral("ended") : QStringLiteral("(built-in) closed ———");
    QVERIFY2(history.indexOf(QLatin1String("before")) < history.indexOf(end), qPrintable(history));
}

// AT+CGMR answers "Revision: BC25JAR01A04": the label is the module's English;
// the status bar says "revision" through tr(), and shows nothing once the module is gone.
void TestLinkChange::theModulesRevisionIsSaidInTheWindowsWords()
{
    QCOMPARE(m_session->moduleInfo().revision, QStringLiteral("BC25JAR01A04"));
    const QString status = m_window->statusText();
    QVERIFY2(!status.contains(QLatin1String("Revision:")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("Quectel_BC25, revision BC25JAR01A04")), qPrintable(status));
    m_connection->disconnectFromModule();
    QVERIFY2(!m_window->statusText().contains(QLatin1String("BC25JAR01A04")), qPrintable(m_window->statusText()));
}

// The built-in module answers as the stack's model: the port list, the
// connecting message and the status bar name that model, never "BC25".
void TestLinkChange::theBuiltInModuleIsNamedByItsModel_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QString>("name");
    QTest::newRow("bc25") << QByteArray("bc25") << QStringLiteral("Virtual BC25 (built-in)");
    QTest::newRow("bg96") << QByteArray("bg96") << QStringLiteral("Virtual BG96 (built-in)");
    QTest::newRow("bc660k") << QByteArray("bc660k") << QStringLiteral("Virtual BC660K-GL (built-in)");
}

void TestLinkChange::theBuiltInModuleIsNamedByItsModel()
{
    QFETCH(QByteArray, model);
    QFETCH(QString, name);
    link::ModuleStack stack(profile::ModuleProfile::byId(model));
    MainWindow window(&stack.session(), &stack.connection());
    auto *port = window.connectionBar()->findChild<QComboBox *>();
    QVERIFY(port);
    QTRY_COMPARE(port->itemText(0), name);
    QSignalSpy states(&stack.connection(), &link::Connection::stateChanged);
    stack.connection().connectVirtual();
    QTRY_COMPARE(stack.connection().state(), link::Connection::State::Connected);
    QVERIFY(!states.isEmpty());
    QCOMPARE(states.first().at(1).toString(), QStringLiteral("Starting the virtual %1…").arg(stack.profile().name()));
    QCOMPARE(stack.connection().portDescription(), name);
    QTRY_VERIFY2(window.statusText().contains(name), qPrintable(window.statusText()));
}

QTEST_MAIN(TestLinkChange)
#include "tst_linkchange.moc"

namespace {

template<class Button>
Button *buttonNamed(QWidget *root, const QString &text)
{
    for (Button *button : root->findChildren<Button *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

// Everything that needs a link — Run the recipe (menu, Ctrl+R, the dock's
// button), the quick commands' Send and Run group, a console's Send, the
// tools' Ping — is off without one, its tooltip saying why, from the start
// and after a link ends; on again, with its own tooltip, when one is up.
void TestLinkChange::whatNeedsAModuleIsOffWithTheReason()
{
    const QString reason = QStringLiteral("No module is connected.");
    auto *runRecipe = m_window->findChild<QAction *>(QStringLiteral("action.runRecipe"));
    QVERIFY(runRecipe);
    QCOMPARE(runRecipe->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    QVERIFY(runRecipe->isEnabled());
    QPushButton *ping = buttonNamed<QPushButton>(m_window->pingPanel(), QStringLiteral("Ping"));
    QPushButton *consoleSend = buttonNamed<QPushButton>(m_window->consolePanel()->console(0), QStringLiteral("Send"));
    QToolButton *recipeRun = buttonNamed<QToolButton>(m_window->recipesPanel(), QStringLiteral("Run"));
    QPushButton *quickRun = buttonNamed<QPushButton>(m_window.get(), QStringLiteral("Run group"));
    QVERIFY(ping && consoleSend && recipeRun && quickRun);
    const QString recipeRunOwnTip = recipeRun->toolTip();

    auto checkOff = [&](QWidget *window) {
        int marked = 0;
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (!widget->property(ModuleControls::Property).toBool() || widget->isHidden())
                continue;
            ++marked;
            QVERIFY2(!widget->isEnabled(), qPrintable(widget->objectName()));
            QCOMPARE(widget->toolTip(), reason);
        }
        for (QAction *action : window->findChildren<QAction *>()) {
            if (!action->property(ModuleControls::Property).toBool())
                continue;
            ++marked;
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
            QCOMPARE(action->toolTip(), reason);
        }
        QVERIFY(marked >= 10);
    };

    m_connection->disconnectFromModule();
    QTRY_VERIFY(m_connection->state() != link::Connection::State::Connected);
    checkOff(m_window.get());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!runRecipe->isEnabled());
    QCOMPARE(runRecipe->toolTip(), reason);
    QVERIFY(!ping->isEnabled());
    QCOMPARE(m_window->pingPanel()->start(), reason); // Enter in the host field: nothing queued
    QVERIFY(!consoleSend->isEnabled());
    QVERIFY(!quickRun->isEnabled());
    QVERIFY(!recipeRun->isEnabled());
    QVERIFY2(recipeRun->toolTip().contains(QLatin1String("No module is connected")), qPrintable(recipeRun->toolTip()));

    // A window made while no module is there starts so.
    MainWindow fresh(m_session, m_connection);
    checkOff(&fresh);
    if (QTest::currentTestFailed())
        return;

    m_connection->connectVirtual();
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    QVERIFY(runRecipe->isEnabled());
    QVERIFY(runRecipe->toolTip() != reason);
    QVERIFY(ping->isEnabled());
    QVERIFY(ping->toolTip() != reason);
    QVERIFY(consoleSend->isEnabled());
    QTRY_VERIFY(recipeRun->isEnabled());
    QCOMPARE(recipeRun->toolTip(), recipeRunOwnTip);
}

// The markers of a link's start and of the user's own close are one sentence
// built the same way ("Link to X opened" / "Link to X closed", no full stop in
// one of them), so that a translation spaces them alike (new-user pass 8, ZH F6).
void TestLinkChange::theLinkMarkersAreBuiltAlike()
{
    SocketConsole *console = m_window->consolePanel()->console(0);
    const QString link = m_connection->portDescription();
    const QString opened = QStringLiteral("——— Link to %1 opened ———").arg(link);
    QTRY_VERIFY2(console->receivedText().contains(opened), qPrintable(console->receivedText()));
    // Another link's start ends this one with its reason, and no full stop before the rule either.
    m_connection->connectVirtual();
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    const QString ended = QStringLiteral("——— Link to %1 ended: ").arg(link);
    QTRY_VERIFY2(console->receivedText().contains(ended), qPrintable(console->receivedText()));
    const QString text = console->receivedText();
    const QString endedLine = text.mid(text.indexOf(ended)).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(endedLine.endsWith(QStringLiteral(" ———")) && !endedLine.endsWith(QStringLiteral(". ———")), qPrintable(endedLine));
    m_connection->disconnectFromModule();
    QString closed = opened;
    closed.replace(QLatin1String(" opened "), QLatin1String(" closed "));
    QTRY_VERIFY2(console->receivedText().contains(closed), qPrintable(console->receivedText()));
}

// A port that disappears ends its link with the system's reason, a sentence
// ("… disappeared: Input/output error."): inside the marker it loses its full
// stop, so the marker ends as the opened and closed ones do.
void TestLinkChange::aLostLinksMarkerEndsAsTheOthers()
{
    auto pty = std::make_unique<test::RawPty>();
    if (!pty->isOpen())
        QSKIP("no pseudo-terminal here");
    const QString path = pty->slavePath();
    transport::SerialSettings serial;
    serial.portName = path;
    m_connection->connectSerial(serial);
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    pty.reset(); // the other end is gone, as when a USB adapter is pulled
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Lost);
    SocketConsole *console = m_window->consolePanel()->console(0);
    const QString ended = QStringLiteral("——— Link to %1 ended: ").arg(path);
    QTRY_VERIFY2(console->receivedText().contains(ended), qPrintable(console->receivedText()));
    const QString text = console->receivedText();
    const QString endedLine = text.mid(text.indexOf(ended)).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(endedLine.contains(QLatin1String("disappeared")), qPrintable(endedLine));
    QVERIFY2(endedLine.endsWith(QStringLiteral(" ———")) && !endedLine.endsWith(QStringLiteral(". ———"))
                     && !endedLine.endsWith(QStringLiteral("\u3002 ———")),
             qPrintable(endedLine));
}
