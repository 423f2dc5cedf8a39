// SPDX-License-Identifier: MIT
// The tools and dialogs on every model: their defaults come from the session's
// profile (its contexts, its command names), never the BC25's, and the
// built-in virtual module of that model accepts and answers each one. The
// status bar and Tools → Settings tell the latest result, whoever sent it.
#include "at/commandengine.h"
#include "bc25/commands.h"
#include "dialogs/opensocketdialog.h"
#include "link/connection.h"
#include "link/modulestack.h"
#include "connection/connectionbar.h"
#include "connection/linkstatus.h"
#include "mainwindow.h"
#include "models/urclogmodel.h"
#include "panels/dnspanel.h"
#include "panels/modulesettingspanel.h"
#include "panels/ntppanel.h"
#include "panels/pingpanel.h"
#include "models/sockettablemodel.h"
#include "panels/socketpanel.h"
#include "panels/terminalpanel.h"
#include "session/sockettable.h"
#include "profile/moduleprofile.h"
#include "quick/quickcommandspanel.h"
#include "session/modulesession.h"
#include "sim/virtualmodule.h"
#include "transport/ptytransport.h"
#include "freeport.h"
#include "workbenchundertest.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QApplication>
#include <QFile>
#include <QTimer>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace bc25;
using namespace bc25::ui;

class TestToolsOnModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void everyToolIsAcceptedAndAnsweredOnTheModel_data();
    void everyToolIsAcceptedAndAnsweredOnTheModel();
    void theNextResultReplacesAnErrorWhoeverSentIt();
    void aPortThatWillNotOpenIsAFailureAndReconnectWaitsForIt();
    void theUrcLogMarksWhereEachLinkBeganAndEnded();
    void theOpenDialogOffersWhatItLastOpenedOnTheLink();
    void afterAListenerAClientIsOfferedThePeersPort();
    void applySendsOnlyTheSettingsThatChanged();
    void aRefusedOpenSaysWhatToDoAndIsForgottenOnceOpen();
    void thePingSizeSaysWhenTheModelTakesNone_data();
    void thePingSizeSaysWhenTheModelTakesNone();

private:
    bool start(const QByteArray &model);
    // The command text of the last transaction the user's panels sent.
    QByteArray lastPanelCommand() const { return m_panelCommands.isEmpty() ? QByteArray() : m_panelCommands.constLast(); }

    std::unique_ptr<test::WorkbenchUnderTest> m_workbench;
    QList<QByteArray> m_panelCommands;
};

void TestToolsOnModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_toolsonmodels"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

bool TestToolsOnModels::start(const QByteArray &model)
{
    m_workbench = std::make_unique<test::WorkbenchUnderTest>(profile::ModuleProfile::byId(model));
    m_panelCommands.clear();
    connect(&m_workbench->engine(), &at::CommandEngine::transactionFinished, this, [this](const at::Transaction &t) {
        if (t.source == at::Source::Panel)
            m_panelCommands << t.command;
    });
    // The built-in virtual module needs no pseudo-terminal: a connection that
    // ends at once is a broken demo, a failure.
    return m_workbench->connectVirtual();
}

void TestToolsOnModels::cleanup()
{
    m_workbench.reset();
}

void TestToolsOnModels::everyToolIsAcceptedAndAnsweredOnTheModel_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("ntpCommand"); // the model's name for AT+QNTTP
    QTest::newRow("bc25") << QByteArray("bc25") << QByteArray("AT+QNTTP=1,");
    // Context 0 only, and AT+QNTP (README, Models).
    QTest::newRow("bc660k") << QByteArray("bc660k") << QByteArray("AT+QNTP=0,");
    QTest::newRow("bc66") << QByteArray("bc66") << QByteArray("AT+QNTTP=1,");
}

void TestToolsOnModels::everyToolIsAcceptedAndAnsweredOnTheModel()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, ntpCommand);
    if (!start(model))
        QFAIL("the virtual module did not connect");
    const profile::ModuleProfile &profile = m_workbench->engine().profile();
    QCOMPARE(profile.id(), model);

    // Open…: the model's context, OK on, and the dialog takes what it offers.
    const OpenParameters defaults = m_workbench->window().socketPanel()->dialogDefaults();
    QCOMPARE(defaults.contextId, profile.limits().firstContext);
    QVERIFY2(Commands::open(profile.catalog(), defaults).ok(), qPrintable(Commands::open(profile.catalog(), defaults).error));
    {
        OpenSocketDialog dialog(profile.catalog());
        dialog.setParameters(defaults);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // DNS: sent on the model's context and answered with addresses.
    DnsPanel *dns = m_workbench->window().dnsPanel();
    QCOMPARE(dns->lookUp(QStringLiteral("localhost")), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!dns->addresses().isEmpty(), 10000);
    QVERIFY2(lastPanelCommand().startsWith("AT+QIDNSGIP=" + QByteArray::number(profile.limits().firstContext) + ','),
             lastPanelCommand().constData());

    // NTP: the model's command and context, answered with the module's time.
    NtpPanel *ntp = m_workbench->window().ntpPanel();
    QCOMPARE(ntp->synchronize(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(ntp->resultText().contains(QLatin1String("agrees with this PC")), 10000);
    QVERIFY2(lastPanelCommand().startsWith(ntpCommand), lastPanelCommand().constData());
}

void TestToolsOnModels::theNextResultReplacesAnErrorWhoeverSentIt()
{
    if (!start("bc25"))
        QFAIL("the virtual module did not connect");
    ModuleSettingsPanel *settings = m_workbench->window().settingsPanel();
    const QString before = settings->lastErrorText();
    QVERIFY2(!before.contains(QLatin1String("565")), qPrintable(before));

    // A lookup that fails (+QIURC: "dnsgip",565): the status bar and Settings say so.
    QCOMPARE(m_workbench->window().dnsPanel()->lookUp(QStringLiteral("no-such-host.invalid")), QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_workbench->window().statusBar()->currentMessage().contains(QLatin1String("565")), 10000);
    QVERIFY2(settings->lastErrorText().contains(QLatin1String("565 (DNS parse failed)")), qPrintable(settings->lastErrorText()));
    QVERIFY2(settings->lastErrorText().contains(QLatin1String("read at")), qPrintable(settings->lastErrorText()));
    QVERIFY(m_workbench->session().settings().lastErrorTime.isValid());

    // A quick command's result is the latest news: the old 565 goes.
    auto *quick = m_workbench->window().findChild<QuickCommandsPanel *>();
    QVERIFY(quick);
    bool quickAnswered = false;
    QObject scope; // the connection ends with this test
    connect(&m_workbench->engine(), &at::CommandEngine::transactionFinished, &scope, [&quickAnswered](const at::Transaction &t) {
        quickAnswered = quickAnswered || t.source == at::Source::Quick;
    });
    QCOMPARE(quick->send(0, 0), QString()); // the starter's AT
    QTRY_VERIFY(quickAnswered);
    QVERIFY2(!m_workbench->window().statusBar()->currentMessage().contains(QLatin1String("565")),
             qPrintable(m_workbench->window().statusBar()->currentMessage()));
}

// --port /dev/ttyNOPE: red like every other failure, saying what to do; with
// Reconnect ticked (then or later) it says it waits, and connects once the port is there.
void TestToolsOnModels::aPortThatWillNotOpenIsAFailureAndReconnectWaitsForIt()
{
    if (!start("bc25"))
        QFAIL("the virtual module did not connect");
    link::Connection &connection = m_workbench->connection();
    auto *status = m_workbench->window().findChild<LinkStatus *>();
    QVERIFY(status);
    const QString path = QDir(m_workbench->captureFolder()).filePath(QStringLiteral("ttyNOPE"));
    transport::SerialSettings settings;
    settings.portName = path;
    connection.setAutoReconnect(false);
    connection.setReconnectPollMs(50);
    connection.connectSerial(settings);
    QTRY_VERIFY(connection.openFailed());
    QCOMPARE(connection.state(), link::Connection::State::Disconnected);
    QCOMPARE(status->tone(), LinkStatus::Tone::Bad);
    QVERIFY2(m_workbench->window().statusText().contains(QLatin1String("tick Reconnect")), qPrintable(m_workbench->window().statusText()));
    // A name no port has (new-user pass 8, F8): said so, never "pick its port from the list again".
    QVERIFY2(m_workbench->window().statusText().contains(QLatin1String("No port has that name now.")), qPrintable(m_workbench->window().statusText()));
    QVERIFY2(m_workbench->window().statusText().contains(QLatin1String("Check the port's name")), qPrintable(m_workbench->window().statusText()));
    QVERIFY2(!m_workbench->window().statusText().contains(QLatin1String("from the list again")), qPrintable(m_workbench->window().statusText()));

    // Ticked after the failure: it says it waits, and does.
    m_workbench->window().connectionBar()->setReconnect(true);
    QVERIFY(connection.autoReconnect());
    QVERIFY2(m_workbench->window().statusText().contains(QLatin1String("Waiting for a port called %1 to appear").arg(path)),
             qPrintable(m_workbench->window().statusText()));
    QVERIFY2(m_workbench->window().statusText().contains(QLatin1String("check the name")), qPrintable(m_workbench->window().statusText()));
    QCOMPARE(status->tone(), LinkStatus::Tone::Bad);
    transport::PtyTransport pty; // the port appears
    pty.open();
    if (!pty.isOpen())
        QSKIP("no pseudo-terminal here");
    sim::VirtualModule module(profile::ModuleProfile::bc25(), sim::SimConfig {});
    module.attachTo(&pty);
    QVERIFY(QFile::link(pty.slavePath(), path));
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), link::Connection::State::Connected, 10000);
    QVERIFY(!connection.openFailed());
    connection.disconnectFromModule();
    QFile::remove(path);

    // Ticked before: the failure itself says it will retry.
    connection.connectSerial(settings);
    QTRY_VERIFY(connection.openFailed());
    QVERIFY2(m_workbench->window().statusText().contains(QLatin1String("Waiting for a port called %1 to appear").arg(path)),
             qPrintable(m_workbench->window().statusText()));
    QVERIFY2(!m_workbench->window().statusText().contains(QLatin1String("from the list again")), qPrintable(m_workbench->window().statusText()));
    QCOMPARE(status->tone(), LinkStatus::Tone::Bad);
    QVERIFY(QFile::link(pty.slavePath(), path));
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), link::Connection::State::Connected, 10000);
    connection.disconnectFromModule();
    m_workbench->window().connectionBar()->setReconnect(false);
}

// The URC log, like the terminal and the consoles, marks where a link began
// and ended.
void TestToolsOnModels::theUrcLogMarksWhereEachLinkBeganAndEnded()
{
    if (!start("bc25"))
        QFAIL("the virtual module did not connect");
    const auto markers = [this] {
        QStringList texts;
        UrcLogModel *log = m_workbench->window().urcLog();
        for (int row = 0; row < log->rowCount(); ++row) {
            const QModelIndex index = log->index(row, UrcLogModel::Meaning);
            if (index.data(UrcLogModel::MarkerRole).toBool())
                texts << index.data().toString();
        }
        return texts;
    };
    QCOMPARE(markers().size(), 1);
    QVERIFY2(markers().constFirst().contains(QLatin1String("opened")), qPrintable(markers().join(QLatin1Char('|'))));
    m_workbench->connection().connectVirtual(); // another link
    QTRY_COMPARE(m_workbench->connection().state(), link::Connection::State::Connected);
    QTRY_COMPARE(markers().size(), 3);
    QVERIFY2(markers().at(1).contains(QLatin1String("ended")) || markers().at(1).contains(QLatin1String("closed")),
             qPrintable(markers().join(QLatin1Char('|'))));
    // A filter shows what it asks for (an export of "recv" on socket 3 has only those rows).
    UrcFilterModel filtered;
    filtered.setSourceModel(m_workbench->window().urcLog());
    QVERIFY(filtered.rowCount() >= 3);
    filtered.setSocketFilter(4);
    QCOMPARE(filtered.rowCount(), 0);
}

// Open… offers the type, address and ports it last opened on this link (a
// second socket to the same server is one click), on the next free socket;
// a new link starts from its own defaults again.
void TestToolsOnModels::theOpenDialogOffersWhatItLastOpenedOnTheLink()
{
    if (!start("bc660k"))
        QFAIL("the virtual module did not connect");
    SocketPanel *sockets = m_workbench->window().socketPanel();
    QAction *openAction = nullptr;
    for (QAction *action : sockets->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Open…"))
            openAction = action;
    }
    QVERIFY(openAction);
    const OpenParameters first = sockets->dialogDefaults();
    OpenParameters chosen = first;
    chosen.service = ServiceType::Udp;
    chosen.remotePort = m_workbench->connection().echoPort();
    chosen.accessMode = AccessMode::DirectPush;
    QSignalSpy opened(m_workbench->session().sockets(), &SocketTable::openFinished);
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<OpenSocketDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setParameters(chosen);
        dialog->accept();
        answered = true;
    });
    openAction->trigger();
    QVERIFY(answered);
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(opened.at(0).at(1).toBool());

    const OpenParameters again = sockets->dialogDefaults();
    QCOMPARE(again.service, ServiceType::Udp);
    QCOMPARE(again.host, chosen.host);
    QCOMPARE(again.remotePort, chosen.remotePort);
    QCOMPARE(again.accessMode, AccessMode::DirectPush);
    QCOMPARE(again.contextId, m_workbench->engine().profile().limits().firstContext);
    QVERIFY(again.connectId != chosen.connectId); // that one is in use

    m_workbench->connection().connectVirtual(); // a new link: its own defaults
    QTRY_COMPARE(m_workbench->connection().state(), link::Connection::State::Connected);
    const OpenParameters fresh = sockets->dialogDefaults();
    QCOMPARE(fresh.service, ServiceType::Tcp);
    QCOMPARE(fresh.remotePort, int(m_workbench->connection().echoPort()));
}

// After a TCP listener the Open dialog offered its ports to the next socket:
// a client got remote port 0 (the echo port gone), a listener a client's 0.
void TestToolsOnModels::afterAListenerAClientIsOfferedThePeersPort()
{
    if (!start("bc25"))
        QFAIL("the virtual module did not connect");
    SocketPanel *sockets = m_workbench->window().socketPanel();
    QAction *openAction = nullptr;
    for (QAction *action : sockets->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Open…"))
            openAction = action;
    }
    QVERIFY(openAction);
    const int echo = m_workbench->connection().echoPort();
    const int listenPort = test::freeTcpPort();
    QSignalSpy opened(m_workbench->session().sockets(), &SocketTable::openFinished);
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<OpenSocketDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        OpenParameters listener = dialog->parameters();
        QCOMPARE(listener.remotePort, echo);
        listener.service = ServiceType::TcpListener;
        listener.localPort = listenPort;
        dialog->setParameters(listener);
        dialog->accept();
    });
    openAction->trigger();
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(opened.at(0).at(1).toBool());

    const OpenParameters again = sockets->dialogDefaults();
    QCOMPARE(again.service, ServiceType::TcpListener);
    // The port the listener holds is not offered again (new-user pass 9 F2): the next one.
    QVERIFY2(again.localPort != listenPort && again.localPort > 0, qPrintable(QString::number(again.localPort)));
    QCOMPARE(again.remotePort, echo); // for a client type, the dialog shows "—" for a listener

    // The dialog again, changed to a UDP client: the echo port, the automatic local port, no refusal.
    bool looked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<OpenSocketDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *service = dialog->findChild<QComboBox *>();
        service->setCurrentIndex(service->findData(int(ServiceType::Udp)));
        QCOMPARE(dialog->parameters().remotePort, echo);
        QCOMPARE(dialog->parameters().localPort, 0);
        service->setCurrentIndex(service->findData(int(ServiceType::TcpListener)));
        looked = dialog->parameters().localPort == again.localPort; // not the held one (checked above)
        dialog->reject();
    });
    openAction->trigger();
    QVERIFY(looked);
}

// Settings → Apply sent all three AT+QICFG when one box changed.
void TestToolsOnModels::applySendsOnlyTheSettingsThatChanged()
{
    if (!start("bc25"))
        QFAIL("the virtual module did not connect");
    ModuleSettingsPanel *panel = m_workbench->window().settingsPanel();
    QCheckBox *showLength = nullptr;
    for (QCheckBox *box : panel->findChildren<QCheckBox *>()) {
        if (box->text().contains(QLatin1String("showlength")))
            showLength = box;
    }
    QPushButton *apply = nullptr;
    for (QPushButton *button : panel->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Apply") && !apply)
            apply = button; // the data group's, first
    }
    QVERIFY(showLength && apply);
    QTRY_VERIFY(!m_workbench->engine().isBusy());
    m_panelCommands.clear();
    const bool before = m_workbench->session().settings().showLength;
    showLength->setChecked(!before);
    apply->click();
    QTRY_COMPARE(m_workbench->session().settings().showLength, !before); // on the module's OK
    QTRY_COMPARE(m_panelCommands.size(), 1);
    QTRY_VERIFY(!m_workbench->engine().isBusy());
    QCOMPARE(m_panelCommands, QList<QByteArray> {"AT+QICFG=\"showlength\"," + QByteArray(before ? "0" : "1")});

    // Nothing changed: nothing is sent, and the panel says so.
    apply->click();
    QCoreApplication::processEvents();
    QVERIFY(!m_workbench->engine().isBusy());
    QCOMPARE(m_panelCommands.size(), 1);
    const auto saidNothingToApply = [panel] {
        bool said = false;
        for (const QLabel *label : panel->findChildren<QLabel *>())
            said = said || label->text().startsWith(QLatin1String("Nothing to apply"));
        return said;
    };
    QVERIFY(saidNothingToApply());

    // The keepalive group: off as the module has it, its times changed — nothing to send either.
    QPushButton *applyKeep = nullptr;
    for (QPushButton *button : panel->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Apply") && button != apply)
            applyKeep = button;
    }
    QVERIFY(applyKeep);
    QVERIFY(!m_workbench->session().settings().keepAlive.on);
    for (QSpinBox *box : panel->findChildren<QSpinBox *>())
        box->setValue(box->value() + 1);
    for (QLabel *label : panel->findChildren<QLabel *>()) {
        if (label->text().startsWith(QLatin1String("Nothing to apply")))
            label->clear();
    }
    applyKeep->click();
    QCoreApplication::processEvents();
    QVERIFY(!m_workbench->engine().isBusy());
    QCOMPARE(m_panelCommands.size(), 1);
    QVERIFY(saidNothingToApply());
    // Turned on: one AT+QIKALIVE, believed on the module's OK.
    for (QCheckBox *box : panel->findChildren<QCheckBox *>()) {
        if (box->text() == QLatin1String("TCP keepalive"))
            box->setChecked(true);
    }
    applyKeep->click();
    QTRY_VERIFY(m_workbench->session().settings().keepAlive.on);
    QTRY_COMPARE(m_panelCommands.size(), 2);
    QVERIFY2(m_panelCommands.constLast().startsWith("AT+QIKALIVE="), m_panelCommands.constLast().constData());
}

// New-user pass 6: on a BG96 whose context is not active, Open… fails with 561
// and the line under the table names AT+QIACT (not AT+CGDCONT); once the socket
// is open (here from the terminal, after AT+QIACT), neither the table's cell nor
// that line still speaks of the 561.
void TestToolsOnModels::aRefusedOpenSaysWhatToDoAndIsForgottenOnceOpen()
{
    if (!start("bg96"))
        QFAIL("the virtual module did not connect");
    SocketPanel *panel = m_workbench->window().socketPanel();
    OpenParameters p = panel->dialogDefaults();
    p.connectId = 0;
    QSignalSpy finished(m_workbench->session().sockets(), &SocketTable::openFinished);
    QCOMPARE(panel->open(p), QString());
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.at(0).at(1).toBool());
    QCOMPARE(m_workbench->session().socket(0).lastError, 561);
    QVERIFY2(panel->statusText().contains(QLatin1String("AT+QIACT")), qPrintable(panel->statusText()));
    QVERIFY2(!panel->statusText().contains(QLatin1String("CGDCONT")), qPrintable(panel->statusText()));
    const QModelIndex state = panel->view()->model()->index(0, SocketTableModel::State);
    QVERIFY(state.data().toString().contains(QLatin1String("561")));

    QCOMPARE(m_workbench->window().terminalPanel()->submit(QStringLiteral("AT+QIACT=1")), QString());
    QTRY_VERIFY(!m_workbench->engine().isBusy());
    const QString open = QStringLiteral("AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",%1,0,0").arg(m_workbench->connection().echoPort());
    QCOMPARE(m_workbench->window().terminalPanel()->submit(open), QString());
    QTRY_VERIFY(m_workbench->session().socket(0).inUse && m_workbench->session().socket(0).state == SocketState::Connected);
    QTRY_VERIFY2(!state.data().toString().contains(QLatin1String("561")), qPrintable(state.data().toString()));
    QVERIFY2(!panel->statusText().contains(QLatin1String("561")), qPrintable(panel->statusText()));
}

void TestToolsOnModels::thePingSizeSaysWhenTheModelTakesNone_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<bool>("takesASize");
    QTest::newRow("bc25: 32-200 (manual 2.1.8)") << QByteArray("bc25") << true;
    QTest::newRow("bg96: none (its note 2.2.11)") << QByteArray("bg96") << false;
}

// New-user pass 6: the BG96's greyed size box showed "0 bytes".
void TestToolsOnModels::thePingSizeSaysWhenTheModelTakesNone()
{
    QFETCH(QByteArray, model);
    QFETCH(bool, takesASize);
    if (!start(model))
        QFAIL("the virtual module did not connect");
    QSpinBox *size = nullptr;
    for (QSpinBox *box : m_workbench->window().pingPanel()->findChildren<QSpinBox *>()) {
        if (box->suffix() == QLatin1String(" bytes"))
            size = box;
    }
    QVERIFY(size);
    QCOMPARE(size->isEnabled(), takesASize);
    if (takesASize)
        QCOMPARE(size->text(), QStringLiteral("32 bytes"));
    else
        QCOMPARE(size->text(), QStringLiteral("not on the BG96"));
}

QTEST_MAIN(TestToolsOnModels)
#include "tst_toolsonmodels.moc"
