// SPDX-License-Identifier: MIT
// Port profiles in the connection bar, on real pseudo-terminals opened by a
// real QSerialPort: connecting saves the port's profile under its path,
// choosing the port again brings it back (baud box, line settings, line
// ending), two paths keep two profiles, the baud reaches the line, the line
// settings dialog round-trips, --baud wins over the profile, the terminal ends
// typed commands as the profile says, and a typed port that never opened is not
// offered once it is gone.

#include "at/commandengine.h"
#include "link/modulestack.h"
#include "connection/connectionbar.h"
#include "connection/linesettingsdialog.h"
#include "link/connection.h"
#include "link/simports.h"
#include "mainwindow.h"
#include "panels/terminalpanel.h"
#include "rawpty.h"
#include "session/modulesession.h"
#include "sim/virtualmodule.h"
#include "transport/ptytransport.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QAction>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace bc25;
using namespace bc25::ui;
using link::PortProfile;
using State = link::Connection::State;

class TestPortProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void connectingSavesTheProfileAndChoosingThePortBringsItBack();
    void eachPathKeepsItsOwnProfile();
    void lineSettingsDialogRoundTrips();
    void terminalEndsTypedCommandsAsTheProfileSays();
    void aTypedPortIsOfferedWhileItExistsOrOnceItOpened();
    void restartingTheVirtualModuleIsOffOnASerialLink();
    void enterInThePortFieldConnectsOnce();

private:
    [[nodiscard]] QComboBox *portBox() const { return m_window->connectionBar()->findChild<QComboBox *>(); }
    // Chooses a port in the list as a click on its item does.
    void choose(const QString &path);
    void connectAndWait();

    QTemporaryDir m_dir;
    std::unique_ptr<link::ModuleStack> m_stack; // profile → engine → session → connection
    at::CommandEngine *m_engine = nullptr;
    ModuleSession *m_session = nullptr;
    link::Connection *m_connection = nullptr;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<link::SimPorts>> m_announced;
};

void TestPortProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_portprofiles"));
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

void TestPortProfiles::init()
{
    QSettings().clear();
    link::SimPorts::setFolder(m_dir.filePath(QStringLiteral("sim-ports")));
    m_stack = std::make_unique<link::ModuleStack>(profile::ModuleProfile::bc25());
    m_engine = &m_stack->engine();
    m_session = &m_stack->session();
    m_connection = &m_stack->connection();
    m_window = std::make_unique<MainWindow>(m_session, m_connection);
    m_window->show();
}

void TestPortProfiles::cleanup()
{
    m_announced.clear();
    m_window.reset();
    m_connection = nullptr;
    m_session = nullptr;
    m_engine = nullptr;
    m_stack.reset();
}

void TestPortProfiles::choose(const QString &path)
{
    ConnectionBar *bar = m_window->connectionBar();
    // The test's ptys stand for bc25-sim's: announced as its are, so the list offers them.
    if (path.startsWith(QLatin1String("/dev/pts/")))
        m_announced.push_back(std::make_unique<link::SimPorts>(path, QString()));
    bar->refreshPorts();
    const int index = portBox()->findData(path);
    QVERIFY2(index >= 0, qPrintable(path));
    portBox()->setCurrentIndex(index);
    emit portBox()->activated(index);
}

void TestPortProfiles::connectAndWait()
{
    m_window->connectionBar()->connectNow();
    QTRY_COMPARE(m_connection->state(), State::Connected);
}

void TestPortProfiles::connectingSavesTheProfileAndChoosingThePortBringsItBack()
{
    test::RawPty pty;
    if (!pty.isOpen())
        QSKIP("no pseudo-terminal here");
    ConnectionBar *bar = m_window->connectionBar();
    QVERIFY(!PortProfile::load(QSettings(), pty.slavePath()).has_value());
    choose(pty.slavePath());
    PortProfile chosen = bar->profile();
    chosen.serial.baudRate = 9600;
    chosen.serial.stopBits = QSerialPort::TwoStop;
    chosen.serial.requestToSend = transport::ControlSignal::On;
    chosen.lineEnding = at::LineEnding::CrLf;
    bar->setProfile(chosen);
    connectAndWait();

    // The line runs at the profile's baud; the pty has no RTS, and the status bar says so.
    const termios tio = pty.lineSettings();
    QCOMPARE(cfgetospeed(&tio), speed_t(B9600));
    QVERIFY(tio.c_cflag & CSTOPB);
    QVERIFY2(m_window->statusText().contains(QLatin1String("RTS")), qPrintable(m_window->statusText()));
    // Saved under the port's path once it opened.
    QCOMPARE(PortProfile::load(QSettings(), pty.slavePath()), chosen);
    m_connection->disconnectFromModule();

    // Another port, other settings; choosing this one again brings its profile back.
    bar->selectPort({});
    bar->setProfile(PortProfile {});
    QCOMPARE(bar->settings().baudRate, 115200);
    choose(pty.slavePath());
    QCOMPARE(bar->profile(), chosen);
    auto *lineButton = bar->findChild<QPushButton *>(QStringLiteral("lineSettings"));
    QVERIFY(lineButton);
    QCOMPARE(lineButton->text(), QStringLiteral("8N2 · CR LF"));

    // As main() does with --port and --baud: the port's profile, the baud given winning.
    bar->selectPort({});
    bar->selectPort(pty.slavePath());
    bar->setBaudRate(921600);
    QCOMPARE(bar->settings().baudRate, 921600);
    QCOMPARE(bar->profile().lineEnding, at::LineEnding::CrLf);
}

void TestPortProfiles::eachPathKeepsItsOwnProfile()
{
    // One device, two names (like /dev/ttyUSB0 and its /dev/serial/by-id link): two profiles.
    test::RawPty pty;
    if (!pty.isOpen())
        QSKIP("no pseudo-terminal here");
    const QString byId = m_dir.filePath(QStringLiteral("usb-Quectel_BC25-if00-port0"));
    QFile::remove(byId);
    QVERIFY(QFile::link(pty.slavePath(), byId));
    ConnectionBar *bar = m_window->connectionBar();

    bar->selectPort(pty.slavePath());
    PortProfile direct = bar->profile();
    direct.serial.baudRate = 57600;
    direct.lineEnding = at::LineEnding::Lf;
    bar->setProfile(direct);
    connectAndWait();
    m_connection->disconnectFromModule();

    bar->selectPort(byId);
    PortProfile linked = bar->profile();
    QCOMPARE(linked.serial.portName, byId);
    linked.serial.baudRate = 230400;
    linked.lineEnding = at::LineEnding::CrLf;
    bar->setProfile(linked);
    connectAndWait();
    const termios tio = pty.lineSettings();
    QCOMPARE(cfgetospeed(&tio), speed_t(B230400));
    m_connection->disconnectFromModule();

    choose(pty.slavePath());
    QCOMPARE(bar->profile(), direct);
    choose(byId);
    QCOMPARE(bar->profile(), linked);
    // A path typed into the box brings its profile back when the typing is done.
    bar->selectPort({});
    portBox()->setEditText(pty.slavePath());
    emit portBox()->lineEdit()->editingFinished();
    QCOMPARE(bar->profile(), direct);
    QFile::remove(byId);
}

void TestPortProfiles::lineSettingsDialogRoundTrips()
{
    PortProfile unusual;
    unusual.serial.portName = QStringLiteral("/dev/ttyUSB3");
    unusual.serial.baudRate = 460800;
    unusual.serial.dataBits = QSerialPort::Data7;
    unusual.serial.parity = QSerialPort::EvenParity;
    unusual.serial.stopBits = QSerialPort::TwoStop;
    unusual.serial.flowControl = QSerialPort::SoftwareControl;
    unusual.serial.requestToSend = transport::ControlSignal::Off;
    unusual.serial.dataTerminalReady = transport::ControlSignal::On;
    unusual.lineEnding = at::LineEnding::Lf;
    LineSettingsDialog dialog;
    dialog.setProfile(unusual);
    QCOMPARE(dialog.profile(), unusual);
    // Under RTS/CTS the driver drives RTS: the choice is shown disabled, and kept.
    auto *flow = dialog.findChildren<QComboBox *>().at(3);
    auto *rts = dialog.findChild<QComboBox *>(QStringLiteral("rts"));
    flow->setCurrentIndex(flow->findData(int(QSerialPort::HardwareControl)));
    QVERIFY(!rts->isEnabled());
    QCOMPARE(dialog.profile().serial.requestToSend, transport::ControlSignal::Off);
    QCOMPARE(dialog.profile().serial.flowControl, QSerialPort::HardwareControl);

    // Through the bar's button: what is chosen in the dialog is the bar's profile.
    ConnectionBar *bar = m_window->connectionBar();
    bar->selectPort(QStringLiteral("/dev/bc25-test-not-here"));
    auto *button = bar->findChild<QPushButton *>(QStringLiteral("lineSettings"));
    QVERIFY(button->isEnabled());
    bool seen = false;
    QTimer::singleShot(0, this, [&seen, bar] {
        auto *open = bar->findChild<LineSettingsDialog *>();
        QVERIFY(open && open->isVisible());
        seen = true;
        auto *ending = open->findChild<QComboBox *>(QStringLiteral("lineEnding"));
        ending->setCurrentIndex(ending->findData(int(at::LineEnding::CrLf)));
        auto *dtr = open->findChild<QComboBox *>(QStringLiteral("dtr"));
        dtr->setCurrentIndex(dtr->findData(int(transport::ControlSignal::Off)));
        open->accept();
    });
    button->click();
    QVERIFY(seen);
    QCOMPARE(bar->profile().lineEnding, at::LineEnding::CrLf);
    QCOMPARE(bar->profile().serial.dataTerminalReady, transport::ControlSignal::Off);
    QCOMPARE(button->text(), QStringLiteral("8N1 · CR LF"));
}

void TestPortProfiles::terminalEndsTypedCommandsAsTheProfileSays()
{
    transport::PtyTransport pty;
    pty.open();
    if (!pty.isOpen())
        QSKIP("no pseudo-terminal here");
    sim::VirtualModule module {profile::ModuleProfile::bc25(), sim::SimConfig {}};
    module.attachTo(&pty);
    ConnectionBar *bar = m_window->connectionBar();
    bar->selectPort(pty.slavePath());
    PortProfile profile = bar->profile();
    profile.lineEnding = at::LineEnding::Lf;
    bar->setProfile(profile);
    connectAndWait();
    QTRY_VERIFY(!m_session->moduleInfo().revision.isEmpty()); // the workbench's own commands, with CR

    QList<QByteArray> writes;
    connect(m_engine, &at::CommandEngine::rawTransmitted, this, [&writes](const QByteArray &b) { writes << b; });
    QSignalSpy typed(m_session, &ModuleSession::typedCommandFinished);
    QCOMPARE(m_window->terminalPanel()->submit(QStringLiteral("AT+CSQ")), QString());
    QTRY_COMPARE(typed.count(), 1);
    QVERIFY(typed.at(0).at(0).value<at::Transaction>().ok());
    QVERIFY(writes.contains("AT+CSQ\n"));
    m_connection->disconnectFromModule();
}

void TestPortProfiles::aTypedPortIsOfferedWhileItExistsOrOnceItOpened()
{
    ConnectionBar *bar = m_window->connectionBar();
    // A mistyped path fails to open and is not offered once something else is chosen.
    const QString mistyped = m_dir.filePath(QStringLiteral("ttyUSB-typo"));
    bar->selectPort({});
    portBox()->setEditText(mistyped);
    QCOMPARE(bar->settings().portName, mistyped);
    bar->connectNow();
    QCOMPARE(m_connection->state(), State::Disconnected);
    QVERIFY(m_window->statusText().contains(QLatin1String("Cannot open")));
    bar->selectPort({});
    bar->refreshPorts();
    QCOMPARE(portBox()->findData(mistyped), -1);
    QVERIFY(!PortProfile::load(QSettings(), mistyped).has_value()); // nothing saved for it either

    // A path typed while it exists is offered; one that opened stays on offer
    // after it is gone (a pulled adapter), in this run and the next.
    auto pty = std::make_unique<test::RawPty>();
    if (!pty->isOpen())
        QSKIP("no pseudo-terminal here");
    const QString link = m_dir.filePath(QStringLiteral("ttyBC25"));
    const QString named = m_dir.filePath(QStringLiteral("ttyNamed"));
    QFile::remove(link);
    QFile::remove(named);
    QVERIFY(QFile::link(pty->slavePath(), link));
    QVERIFY(QFile::link(pty->slavePath(), named));
    bar->selectPort(named);
    bar->selectPort(link);
    connectAndWait();
    m_connection->disconnectFromModule();
    bar->selectPort({});
    bar->refreshPorts();
    QVERIFY(portBox()->findData(named) >= 0); // exists
    QVERIFY(portBox()->findData(link) >= 0);
    pty.reset();
    QFile::remove(link);
    QFile::remove(named);
    bar->refreshPorts();
    QCOMPARE(portBox()->findData(named), -1); // gone and never opened
    QVERIFY(portBox()->findData(link) >= 0);  // gone, but it opened
    m_window->close(); // saves the settings
    MainWindow restarted(m_session, m_connection);
    QVERIFY(restarted.connectionBar()->findChild<QComboBox *>()->findData(link) >= 0);
}


// Module → Restart the virtual module applies to the built-in module only: off,
// with the reason as its tooltip, without a link and on a serial port.
void TestPortProfiles::restartingTheVirtualModuleIsOffOnASerialLink()
{
    auto *restart = m_window->findChild<QAction *>(QStringLiteral("action.restartVirtual"));
    QVERIFY(restart);
    QVERIFY(!restart->isEnabled());
    QCOMPARE(restart->toolTip(), QStringLiteral("No module is connected."));
    m_connection->connectVirtual();
    QTRY_COMPARE(m_connection->state(), State::Connected);
    QVERIFY(restart->isEnabled());
    m_connection->disconnectFromModule();
    QVERIFY(!restart->isEnabled());

    test::RawPty pty;
    if (!pty.isOpen())
        QSKIP("no pseudo-terminal here");
    choose(pty.slavePath());
    connectAndWait();
    QVERIFY(!restart->isEnabled());
    QVERIFY2(restart->toolTip().contains(QLatin1String("serial port")), qPrintable(restart->toolTip()));
}

QTEST_MAIN(TestPortProfiles)
// Enter in the editable port box asks to connect once: the box handed the
// key back to its line edit, which said returnPressed a second time.
void TestPortProfiles::enterInThePortFieldConnectsOnce()
{
    ConnectionBar *bar = m_window->connectionBar();
    QStringList asked;
    bar->setConnectGate([&asked](const QString &port) {
        asked << port;
        return false; // nothing opens: only the asking is counted
    });
    QComboBox *port = portBox();
    QVERIFY(port && port->isEditable());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    port->lineEdit()->setFocus();
    port->lineEdit()->setText(QStringLiteral("/dev/bc25-test-typed"));
    // A keystroke goes where the window's focus is: the box, whose line edit's
    // focus proxy it is (eating the box's key left Enter doing nothing: pass 7).
    QCOMPARE(QApplication::focusWidget(), port);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(asked, QStringList {QStringLiteral("/dev/bc25-test-typed")});
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
    QTRY_COMPARE(asked.size(), 2);
    // The line edit's own key too, once.
    QTest::keyClick(port->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(asked.size(), 3);
    QCoreApplication::processEvents();
    QCOMPARE(asked.size(), 3);
}

#include "tst_portprofiles.moc"
