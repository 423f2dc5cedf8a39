// SPDX-License-Identifier: MIT
// Which model the workbench reads with, as a user meets it: the Model menu
// switches the built-in virtual module (it then answers as that model, the
// sockets table has that model's rows, the connection bar says how the model
// was decided), the choice is kept for the port across a restart, --model
// wins over it, and a module on a real pty that says it is another model is
// offered — read as it only after the click. A switch or Quit asks first
// about what it would lose (a recipe not saved, open sockets); a model chosen
// while disconnected opens nothing; a port that keeps another model opens
// once, already read as it.

#include "at/commandengine.h"
#include "connection/connectionbar.h"
#include "connection/modelcontrols.h"
#include "health/healthpanel.h"
#include "link/connection.h"
#include "link/modelreading.h"
#include "link/modulestack.h"
#include "leavequestion.h"
#include "link/simports.h"
#include "mainwindow.h"
#include "models/trafficmodel.h"
#include "models/transactionmodel.h"
#include "models/urclogmodel.h"
#include "panels/socketpanel.h"
#include "models/consolemodel.h"
#include "panels/consolepanel.h"
#include "panels/terminalpanel.h"
#include "recipes/recipeeditor.h"
#include "recipes/recipespanel.h"
#include "session/modulesession.h"
#include "session/sockettable.h"
#include "sim/virtualmodule.h"
#include "transport/ptytransport.h"
#include "views/logview.h"
#include "workbench.h"
#include "workbenchswitch.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QToolBar>

#include <memory>

using namespace bc25;
using namespace bc25::ui;
using State = link::Connection::State;

namespace {

using test::modelAction;
using test::waitIdentified;

// Answers the question the workbench shows now with the button `text` names.
void answer(const Workbench &workbench, const QString &text)
{
    QTRY_VERIFY(workbench.leaveQuestion()->pending());
    QMessageBox *box = workbench.leaveQuestion()->pending();
    QVERIFY(box->isVisible());
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().remove(QLatin1Char('&')) == text) {
            button->click();
            return;
        }
    }
    QStringList names;
    for (QAbstractButton *button : box->buttons())
        names << button->text();
    QFAIL(qPrintable(QStringLiteral("no button %1 in %2: %3").arg(text, box->objectName(), names.join(QLatin1String(", ")))));
}

// The rows of a model whose text (any column) contains `text`.
QList<int> rowsWith(QAbstractItemModel *model, const QString &text)
{
    QList<int> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->index(row, column).data().toString().contains(text)) {
                rows << row;
                break;
            }
        }
    }
    return rows;
}

void writeDraft(const Workbench &workbench)
{
    RecipesPanel *recipes = workbench.window()->recipesPanel();
    recipes->newRecipe();
    recipes->editor()->insertPlainText(QStringLiteral("-- mine, not saved\n"));
    QVERIFY(recipes->hasUnsavedDraft());
}

} // namespace

class TestModelSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void theMenuSwitchesTheVirtualModuleAndThePortKeepsIt();
    void aModuleOfAnotherModelIsOfferedNotSwitched();
    void anotherPortIsReadWithTheModelItKeeps();
    void anUnsavedRecipeIsAskedAboutBeforeASwitch_data();
    void anUnsavedRecipeIsAskedAboutBeforeASwitch();
    void openSocketsAreAskedAboutBeforeASwitch_data();
    void openSocketsAreAskedAboutBeforeASwitch();
    void aModelChosenWhileDisconnectedTakesEffectAtTheNextConnect();
    void aSwitchAsksBeforeItClearsResults();
    void aPortIsReadWithItsKeptModelBeforeItOpens_data();
    void aPortIsReadWithItsKeptModelBeforeItOpens();
    void aSwitchKeepsTheHistoryWithOneMarker_data();
    void aSwitchKeepsTheHistoryWithOneMarker();
    void aHexAndTextConsoleKeepsItsRowHeightsAcrossASwitch();
    void aSwitchToFewerSocketsSaysWhichConsolesGo_data();
    void aSwitchToFewerSocketsSaysWhichConsolesGo();
    void quitAsksAboutAnUnsavedRecipe_data();
    void quitAsksAboutAnUnsavedRecipe();

private:
    QTemporaryDir m_dir;
};

void TestModelSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_modelswitch"));
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
    link::SimPorts::setFolder(m_dir.filePath(QStringLiteral("sim-ports")));
    // Quit closes the only window: the test goes on.
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestModelSwitch::init()
{
    QSettings().clear();
}

void TestModelSwitch::theMenuSwitchesTheVirtualModuleAndThePortKeepsIt()
{
    {
        Workbench workbench({});
        workbench.build({});
        workbench.connectNow();
        waitIdentified(workbench);
        QCOMPARE(workbench.stack()->profile().id(), QByteArray("bc25"));
        // Nothing chosen, and the module says it is a BC25.
        QTRY_COMPARE(workbench.modelControls()->readingLabel()->text(), QStringLiteral("BC25 (identified)"));
        QVERIFY(workbench.modelControls()->offer()->isHidden());
        QVERIFY(modelAction(workbench, "bc25")->isChecked());

        QSignalSpy rebuilt(&workbench, &Workbench::rebuilt);
        modelAction(workbench, "bc660k")->trigger();
        QTRY_COMPARE(rebuilt.count(), 1);
        QCOMPARE(workbench.stack()->profile().id(), QByteArray("bc660k"));
        waitIdentified(workbench);
        QVERIFY(workbench.stack()->connection().isVirtual());
        // The virtual module answers as the BC660K-GL (its manual 2.1), and five sockets (Zephyr's bc66x driver).
        QVERIFY(workbench.stack()->session().moduleInfo().identification.contains(QStringLiteral("Quectel_BC660K-GL")));
        QCOMPARE(workbench.stack()->session().moduleInfo().model, QByteArray("bc660k"));
        QCOMPARE(workbench.window()->socketPanel()->view()->model()->rowCount(), 5);
        // Chosen, and the module says so too: read as the module's word (new-user pass 9 F9).
        QCOMPARE(workbench.modelControls()->readingLabel()->text(), QStringLiteral("BC660K-GL (identified)"));
        QVERIFY(modelAction(workbench, "bc660k")->isChecked());
        QCOMPARE(link::PortModel::load(QSettings(), QString()), (link::PortModel {"bc660k", link::ModelBasis::Chosen}));
    }
    {
        // A restart: the virtual module's choice is kept.
        Workbench workbench({});
        workbench.build({});
        workbench.connectNow();
        waitIdentified(workbench);
        QCOMPARE(workbench.stack()->profile().id(), QByteArray("bc660k"));
        QCOMPARE(workbench.window()->socketPanel()->view()->model()->rowCount(), 5);
        QCOMPARE(workbench.modelControls()->readingLabel()->text(), QStringLiteral("BC660K-GL (identified)"));
        workbench.stack()->connection().disconnectFromModule();
        QTRY_COMPARE(workbench.modelControls()->readingLabel()->text(), QStringLiteral("BC660K-GL (chosen)"));
    }
    {
        // --model wins over what the port keeps.
        Workbench workbench({"bg96", {}, {}});
        workbench.build({});
        workbench.connectNow();
        waitIdentified(workbench);
        QCOMPARE(workbench.stack()->profile().id(), QByteArray("bg96"));
        QCOMPARE(workbench.window()->socketPanel()->view()->model()->rowCount(), 12);
        QCOMPARE(workbench.modelControls()->readingLabel()->text(), QStringLiteral("BG96 (identified)"));
    }
}

void TestModelSwitch::aModuleOfAnotherModelIsOfferedNotSwitched()
{
    // A BG96 on a real pty, read as the default BC25.
    transport::PtyTransport pty;
    pty.open();
    QVERIFY(pty.isOpen());
    sim::VirtualModule module(profile::ModuleProfile::byId("bg96"), sim::SimConfig {});
    module.attachTo(&pty);
    link::SimPorts announced(pty.slavePath(), QString());
    Workbench workbench({});
    workbench.build(pty.slavePath());
    workbench.connectNow();
    waitIdentified(workbench);
    QCOMPARE(workbench.stack()->session().moduleInfo().model, QByteArray("bg96"));
    ModelControls *controls = workbench.modelControls();
    QTRY_VERIFY(!controls->offer()->isHidden());
    QCOMPARE(controls->readingLabel()->text(), QStringLiteral("BC25 (default)"));
    QCOMPARE(controls->offerText(),
             QStringLiteral("The module identifies itself as BG96; reading it as BC25."));
    QCOMPARE(controls->offerAction()->text(), QStringLiteral("Read as BG96"));
    // Nothing switched, nothing kept, until the click.
    QCOMPARE(workbench.stack()->profile().id(), QByteArray("bc25"));
    QVERIFY(!link::PortModel::load(QSettings(), pty.slavePath()).has_value());

    QSignalSpy rebuilt(&workbench, &Workbench::rebuilt);
    controls->offerAction()->trigger();
    QTRY_COMPARE(rebuilt.count(), 1);
    QCOMPARE(workbench.stack()->profile().id(), QByteArray("bg96"));
    QCOMPARE(workbench.window()->connectionBar()->profile().serial.portName, pty.slavePath()); // the same port again
    waitIdentified(workbench);
    QCOMPARE(workbench.modelControls()->readingLabel()->text(), QStringLiteral("BG96 (identified)"));
    QVERIFY(workbench.modelControls()->offer()->isHidden());
    QCOMPARE(link::PortModel::load(QSettings(), pty.slavePath()), (link::PortModel {"bg96", link::ModelBasis::Identified}));
}

void TestModelSwitch::anotherPortIsReadWithTheModelItKeeps()
{
    transport::PtyTransport pty;
    pty.open();
    QVERIFY(pty.isOpen());
    sim::VirtualModule module(profile::ModuleProfile::byId("bc66"), sim::SimConfig {});
    module.attachTo(&pty);
    link::SimPorts announced(pty.slavePath(), QString());
    QSettings settings;
    link::PortModel {"bc66", link::ModelBasis::Chosen}.save(settings, pty.slavePath());
    settings.sync();
    Workbench workbench({});
    workbench.build({});
    workbench.connectNow();
    waitIdentified(workbench);
    QCOMPARE(workbench.stack()->profile().id(), QByteArray("bc25"));
    // The user picks the pty in the connection bar and connects.
    QSignalSpy rebuilt(&workbench, &Workbench::rebuilt);
    workbench.window()->connectionBar()->selectPort(pty.slavePath());
    workbench.connectNow();
    QTRY_COMPARE(rebuilt.count(), 1);
    QCOMPARE(workbench.stack()->profile().id(), QByteArray("bc66"));
    waitIdentified(workbench);
    QCOMPARE(workbench.window()->connectionBar()->profile().serial.portName, pty.slavePath());
    QCOMPARE(workbench.modelControls()->readingLabel()->text(), QStringLiteral("BC66 (identified)"));
    QCOMPARE(workbench.window()->socketPanel()->view()->model()->rowCount(), 5);
}

void TestModelSwitch::anUnsavedRecipeIsAskedAboutBeforeASwitch_data()
{
    QTest::addColumn<QString>("button");
    QTest::newRow("cancel keeps all") << QStringLiteral("Cancel");
    QTest::newRow("discard") << QStringLiteral("Discard");
    QTest::newRow("save") << QStringLiteral("Save");
}

void TestModelSwitch::anUnsavedRecipeIsAskedAboutBeforeASwitch()
{
    QFETCH(QString, button);
    Workbench workbench({});
    workbench.build({});
    workbench.connectNow();
    waitIdentified(workbench);
    writeDraft(workbench);
    const QString path = workbench.window()->recipesPanel()->store().pathOf(QStringLiteral("my_recipe"));
    QFile::remove(path);

    QSignalSpy rebuilt(&workbench, &Workbench::rebuilt);
    modelAction(workbench, "bc660k")->trigger();
    QCOMPARE(workbench.leaveQuestion()->pending()->objectName(), QStringLiteral("unsavedRecipeQuestion"));
    answer(workbench, button);
    if (button == QLatin1String("Cancel")) {
        QTRY_VERIFY(!workbench.leaveQuestion()->pending());
        QCoreApplication::processEvents(); // a switch would be queued by now
        QCOMPARE(rebuilt.count(), 0);
        QCOMPARE(workbench.stack()->profile().id(), QByteArray("bc25"));
        QVERIFY(workbench.window()->recipesPanel()->hasUnsavedDraft());
        QVERIFY(workbench.window()->recipesPanel()->editor()->toPlainText().contains(QStringLiteral("-- mine, not saved")));
        QVERIFY(!link::PortModel::load(QSettings(), QString()).has_value());
        QCOMPARE(workbench.stack()->connection().state(), State::Connected);
        return;
    }
    QTRY_COMPARE(rebuilt.count(), 1);
    QCOMPARE(workbench.stack()->profile().id(), QByteArray("bc660k"));
    QCOMPARE(QFileInfo::exists(path), button == QLatin1String("Save"));
    // The recipe saved is the one the new window's Recipes list selects, and its editor shows.
    if (button == QLatin1String("Save")) {
        RecipesPanel *recipes = workbench.window()->recipesPanel();
        auto *tree = recipes->findChild<QTreeWidget *>();
        QVERIFY(tree && tree->currentItem());
        QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toString(), path); // RecipeBrowser's PathRole
        QVERIFY(recipes->editor()->toPlainText().contains(QStringLiteral("-- mine, not saved")));
    }
}

void TestModelSwitch::openSocketsAreAskedAboutBeforeASwitch_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("toName");
    QTest::newRow("BC25 (OK, then CLOSE OK) to BG96") << QByteArray("bc25") << QByteArray("bg96") << QStringLiteral("BG96");
    // New-user pass 10 (EN F1, ZH F1): the LTE modules close with the OK alone;
    // the switch waited for a CLOSE OK that never comes, and never happened.
    QTest::newRow("BG96 (OK alone) to EC200U") << QByteArray("bg96") << QByteArray("ec200u") << QStringLiteral("EC200U");
}

void TestModelSwitch::openSocketsAreAskedAboutBeforeASwitch()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, toName);
    Workbench workbench({from, {}, {}});
    workbench.build({});
    workbench.connectNow();
    waitIdentified(workbench);
    if (workbench.stack()->profile().answers().activatesContexts) {
        bool activated = false;
        connect(&workbench.stack()->engine(), &at::CommandEngine::transactionFinished, &workbench,
                [&activated](const at::Transaction &t) { activated = activated || (t.command == "AT+QIACT=1" && t.ok()); });
        QCOMPARE(workbench.window()->terminalPanel()->submit(QStringLiteral("AT+QIACT=1")), QString());
        QTRY_VERIFY(activated);
    }
    OpenParameters open = workbench.window()->socketPanel()->dialogDefaults();
    open.connectId = 0;
    open.host = QStringLiteral("127.0.0.1");
    open.remotePort = workbench.stack()->connection().echoPort();
    QCOMPARE(workbench.window()->socketPanel()->open(open), QString());
    QTRY_COMPARE(workbench.stack()->session().socket(0).state, SocketState::Connected);

    QSignalSpy rebuilt(&workbench, &Workbench::rebuilt);
    modelAction(workbench, to)->trigger();
    QTRY_VERIFY(workbench.leaveQuestion()->pending());
    QMessageBox *box = workbench.leaveQuestion()->pending();
    QCOMPARE(box->objectName(), QStringLiteral("openSocketsQuestion"));
    QVERIFY2(box->text().contains(QStringLiteral("Reading the module as %1 closes them first (AT+QICLOSE)").arg(toName)), qPrintable(box->text()));
    answer(workbench, QStringLiteral("Cancel"));
    QTRY_VERIFY(!workbench.leaveQuestion()->pending());
    QCoreApplication::processEvents();
    QCOMPARE(rebuilt.count(), 0);
    QCOMPARE(workbench.stack()->session().socket(0).state, SocketState::Connected);
    QVERIFY(modelAction(workbench, from)->isChecked()); // the model read with, not the one cancelled
    QVERIFY(!modelAction(workbench, to)->isChecked());

    // A module keeps its sockets across a reconnect (new-user pass 9 F7): the
    // switch closes them on the module first, and rebuilds on the answer.
    QSignalSpy closeAnswered(workbench.stack()->session().sockets(), &SocketTable::closeFinished);
    qsizetype closesAnsweredAtRebuild = -1;
    connect(&workbench, &Workbench::rebuilt, &workbench, [&] {
        if (closesAnsweredAtRebuild < 0)
            closesAnsweredAtRebuild = closeAnswered.count();
    });
    modelAction(workbench, to)->trigger();
    answer(workbench, QStringLiteral("Close and read as %1").arg(toName));
    QTRY_COMPARE(rebuilt.count(), 1);
    QCOMPARE(closesAnsweredAtRebuild, 1); // rebuilt on the module's answer, not before
    QCOMPARE(closeAnswered.first().at(0).toInt(), 0);
    QVERIFY(closeAnswered.first().at(1).toBool());
    QCOMPARE(workbench.stack()->profile().id(), to);
    waitIdentified(workbench);
    // The switch closed the socket with the link: its console says so, before
    // the marker (new-user pass 8: the stream ran straight into "Now read as").
    ConsoleModel *console = workbench.window()->consolePanel()->console(0)->model();
    console->flush();
    const QList<int> closed = rowsWith(console, QStringLiteral("Socket 0 closed"));
    const QList<int> marker = rowsWith(console, QStringLiteral("Now read as %1").arg(toName));
    QCOMPARE(closed.size(), 1);
    QCOMPARE(marker.size(), 1);
    QVERIFY(closed.first() < marker.first());
}

void TestModelSwitch::aModelChosenWhileDisconnectedTakesEffectAtTheNextConnect()
{
    Workbench workbench({});
    workbench.build({});
    workbench.connectNow();
    waitIdentified(workbench);
    workbench.stack()->connection().disconnectFromModule();
    QTRY_COMPARE(workbench.stack()->connection().state(), State::Disconnected);

    QSignalSpy rebuilt(&workbench, &Workbench::rebuilt);
    modelAction(workbench, "bc660k")->trigger();
    QTRY_COMPARE(rebuilt.count(), 1);
    QCOMPARE(workbench.stack()->profile().id(), QByteArray("bc660k"));
    QSignalSpy states(&workbench.stack()->connection(), &link::Connection::stateChanged);
    QCoreApplication::processEvents();
    QCOMPARE(states.count(), 0); // nothing opened, nothing sent
    QCOMPARE(workbench.stack()->connection().state(), State::Disconnected);
    // The built-in module has no baud or line settings, in the bar built anew too (pass 9 F10).
    auto *baud = workbench.window()->connectionBar()->findChild<QComboBox *>(QStringLiteral("baudRate"));
    QVERIFY(baud);
    QVERIFY(!baud->isEnabled());
    QVERIFY(!workbench.window()->connectionBar()->findChild<QPushButton *>(QStringLiteral("lineSettings"))->isEnabled());

    workbench.connectNow();
    waitIdentified(workbench);
    QCOMPARE(workbench.stack()->session().moduleInfo().model, QByteArray("bc660k"));
}

void TestModelSwitch::aSwitchAsksBeforeItClearsResults()
{
    // New-user pass 10 (ZH F4): with the link ended, the health check's "Last
    // run" could still be saved; a model switch took it with the window, unasked.
    Workbench workbench({});
    workbench.build({});
    workbench.connectNow();
    waitIdentified(workbench);
    HealthPanel *health = workbench.window()->healthPanel();
    QSignalSpy finished(health, &HealthPanel::runFinished);
    QVERIFY(health->run());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    workbench.stack()->connection().disconnectFromModule();
    QTRY_COMPARE(workbench.stack()->connection().state(), State::Disconnected);
    QVERIFY(!health->lastResults().isEmpty());

    QSignalSpy rebuilt(&workbench, &Workbench::rebuilt);
    modelAction(workbench, "bc660k")->trigger();
    QTRY_VERIFY(workbench.leaveQuestion()->pending());
    QCOMPARE(workbench.leaveQuestion()->pending()->objectName(), QStringLiteral("resultsQuestion"));
    answer(workbench, QStringLiteral("Cancel"));
    QTRY_VERIFY(!workbench.leaveQuestion()->pending());
    QCoreApplication::processEvents();
    QCOMPARE(rebuilt.count(), 0);
    QVERIFY(!health->lastResults().isEmpty());
    QVERIFY(health->saveButton()->isEnabled());

    modelAction(workbench, "bc660k")->trigger();
    answer(workbench, QStringLiteral("Read as BC660K-GL"));
    QTRY_COMPARE(rebuilt.count(), 1);
    QCOMPARE(workbench.stack()->profile().id(), QByteArray("bc660k"));
}

void TestModelSwitch::aPortIsReadWithItsKeptModelBeforeItOpens_data()
{
    QTest::addColumn<bool>("typed");
    QTest::addColumn<QByteArray>("commandLineModel");
    QTest::newRow("picked") << false << QByteArray();
    // --model is the start's: another port is read with what it keeps, typed or picked.
    QTest::newRow("picked, after --model") << false << QByteArray("bc32");
    QTest::newRow("typed") << true << QByteArray();
    QTest::newRow("typed, after --model") << true << QByteArray("bc32");
}

void TestModelSwitch::aPortIsReadWithItsKeptModelBeforeItOpens()
{
    QFETCH(bool, typed);
    QFETCH(QByteArray, commandLineModel);
    transport::PtyTransport pty;
    pty.open();
    QVERIFY(pty.isOpen());
    sim::VirtualModule module(profile::ModuleProfile::byId("bc66"), sim::SimConfig {});
    module.attachTo(&pty);
    link::SimPorts announced(pty.slavePath(), QString());
    QSettings settings;
    link::PortModel {"bc66", link::ModelBasis::Chosen}.save(settings, pty.slavePath());
    settings.sync();
    Workbench workbench({commandLineModel, {}, {}});
    workbench.build({});
    QCOMPARE(workbench.stack()->profile().id(), commandLineModel.isEmpty() ? QByteArray("bc25") : commandLineModel);
    ConnectionBar *bar = workbench.window()->connectionBar();
    QSignalSpy rebuilt(&workbench, &Workbench::rebuilt);
    // The first stack (a BC25's) never opens the port: it is built again before.
    QSignalSpy firstOpens(&workbench.stack()->connection(), &link::Connection::stateChanged);
    if (typed) {
        auto *port = bar->findChild<QComboBox *>();
        QVERIFY(port && port->isEditable());
        port->lineEdit()->setText(pty.slavePath());
        QTest::keyClick(port->lineEdit(), Qt::Key_Return);
    } else {
        bar->selectPort(pty.slavePath());
        bar->connectNow();
    }
    QCOMPARE(firstOpens.count(), 0);
    QTRY_COMPARE(rebuilt.count(), 1);
    QCOMPARE(workbench.stack()->profile().id(), QByteArray("bc66"));
    QCOMPARE(workbench.window()->connectionBar()->profile().serial.portName, pty.slavePath());
    waitIdentified(workbench);
    QCOMPARE(workbench.modelControls()->readingLabel()->text(), QStringLiteral("BC66 (identified)"));
    QCOMPARE(rebuilt.count(), 1);
}

void TestModelSwitch::aSwitchKeepsTheHistoryWithOneMarker_data()
{
    QTest::addColumn<bool>("connected");
    QTest::newRow("connected: reconnects") << true;
    QTest::newRow("disconnected") << false;
}

// A switch built the window again with empty views: the terminal, the URC log
// and the transactions now keep what they showed, and one line in the
// terminal and the URC log says where the module began to be read as another model.
void TestModelSwitch::aSwitchKeepsTheHistoryWithOneMarker()
{
    QFETCH(bool, connected);
    Workbench workbench({});
    workbench.build({});
    workbench.connectNow();
    waitIdentified(workbench);
    QTRY_VERIFY(!workbench.stack()->engine().isBusy());
    if (!connected) {
        workbench.stack()->connection().disconnectFromModule();
        QTRY_COMPARE(workbench.stack()->connection().state(), State::Disconnected);
    }
    MainWindow *window = workbench.window();
    window->traffic()->flush();
    window->urcLog()->flush();
    window->transactions()->flush();
    const int trafficBefore = window->traffic()->rowCount();
    const int urcBefore = window->urcLog()->rowCount();
    const int transactionsBefore = window->transactions()->rowCount();
    QVERIFY(trafficBefore > 0 && urcBefore > 0 && transactionsBefore > 0);
    const QString firstRow = window->traffic()->rowText(0);
    // Socket 0's console has the link's marker at least: it is kept too.
    window->consolePanel()->console(0)->model()->flush();
    const QString consoleBefore = window->consolePanel()->console(0)->receivedText();
    QVERIFY(!consoleBefore.isEmpty());

    QSignalSpy rebuilt(&workbench, &Workbench::rebuilt);
    modelAction(workbench, "bg96")->trigger();
    QTRY_COMPARE(rebuilt.count(), 1);
    if (connected)
        waitIdentified(workbench);
    window = workbench.window();
    const QString marker = connected ? QStringLiteral("Now read as BG96: link to") : QStringLiteral("Now read as BG96 ———");
    QTRY_COMPARE(rowsWith(window->traffic(), marker).size(), 1);
    window->traffic()->flush();
    window->urcLog()->flush();
    window->transactions()->flush();
    // What was shown before is still there, first; the marker after it.
    QCOMPARE(window->traffic()->rowText(0), firstRow);
    QVERIFY(rowsWith(window->traffic(), marker).first() >= trafficBefore);
    QCOMPARE(rowsWith(window->urcLog(), marker).size(), 1);
    QVERIFY(rowsWith(window->urcLog(), marker).first() >= urcBefore);
    QVERIFY(window->transactions()->rowCount() >= transactionsBefore);
    // One line: no "Link … opened" of its own beside it.
    QCOMPARE(rowsWith(window->traffic(), QStringLiteral("opened ———")).size(), connected ? 2 : 1);
    // The consoles keep their lines, with the same one marker after them.
    SocketConsole *console = window->consolePanel()->console(0);
    console->model()->flush();
    QVERIFY2(console->receivedText().startsWith(consoleBefore), qPrintable(console->receivedText()));
    QCOMPARE(rowsWith(console->model(), marker).size(), 1);
    QVERIFY(rowsWith(console->model(), marker).first() >= int(consoleBefore.count(QLatin1Char('\n'))));
}

// A console in Hex + text holds rows of several lines (16 bytes a line); after
// a switch its kept rows were one line tall, drawn over each other, until
// Show as changed (new-user pass 8, English and Chinese): the new window set
// the line height after giving the view the kept model.
void TestModelSwitch::aHexAndTextConsoleKeepsItsRowHeightsAcrossASwitch()
{
    Workbench workbench({});
    workbench.build({});
    workbench.connectNow();
    waitIdentified(workbench);
    QTRY_VERIFY(!workbench.stack()->engine().isBusy());
    SocketConsole *console = workbench.window()->consolePanel()->console(0);
    console->setViewFormat(SocketConsole::Format::HexAndText);
    console->model()->append(false, QByteArray(100, 'x')); // seven lines of 16 bytes
    console->model()->flush();
    const auto tallRows = [](SocketConsole *shown) {
        QList<int> rows;
        const QAbstractItemModel *model = shown->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const int lines = model->index(row, 0).data(LogView::LinesRole).toInt();
            if (lines > 1)
                rows << row;
        }
        return rows;
    };
    const auto heightsAreTheirLines = [](SocketConsole *shown, const QList<int> &rows) {
        const int line = shown->view()->verticalHeader()->defaultSectionSize();
        for (const int row : rows) {
            const int lines = shown->view()->model()->index(row, 0).data(LogView::LinesRole).toInt();
            if (shown->view()->rowHeight(row) != lines * line)
                return false;
        }
        return true;
    };
    QCOMPARE(tallRows(console).size(), 1);
    QVERIFY(heightsAreTheirLines(console, tallRows(console)));

    QSignalSpy rebuilt(&workbench, &Workbench::rebuilt);
    modelAction(workbench, "bg96")->trigger();
    QTRY_COMPARE(rebuilt.count(), 1);
    console = workbench.window()->consolePanel()->console(0);
    console->model()->flush();
    QCOMPARE(tallRows(console).size(), 1);
    QVERIFY(heightsAreTheirLines(console, tallRows(console)));
}

// From a twelve-socket BG96 to a six-socket BC25: the consoles of sockets 6–11
// go, and the switch's marker says so; one socket fewer is said as one
// (new-user pass 7 read "the consoles of sockets 5–5").
void TestModelSwitch::aSwitchToFewerSocketsSaysWhichConsolesGo_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("marker");
    QTest::newRow("bg96 to bc25") << QByteArray("bg96") << QByteArray("bc25")
                                  << QStringLiteral("Now read as BC25 (sockets 0–5: the consoles of sockets 6–11 are gone)");
    QTest::newRow("bc25 to bc660k") << QByteArray("bc25") << QByteArray("bc660k")
                                    << QStringLiteral("Now read as BC660K-GL (sockets 0–4: the console of socket 5 is gone)");
}

void TestModelSwitch::aSwitchToFewerSocketsSaysWhichConsolesGo()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, marker);
    Workbench workbench({from, {}, {}});
    workbench.build({});
    workbench.connectNow();
    waitIdentified(workbench);
    QTRY_VERIFY(!workbench.stack()->engine().isBusy());
    const int before = workbench.stack()->session().sockets()->socketCount();
    QVERIFY(workbench.window()->consolePanel()->console(before - 1));
    QSignalSpy rebuilt(&workbench, &Workbench::rebuilt);
    modelAction(workbench, to)->trigger();
    QTRY_COMPARE(rebuilt.count(), 1);
    waitIdentified(workbench);
    MainWindow *window = workbench.window();
    const int after = workbench.stack()->session().sockets()->socketCount();
    QVERIFY(window->consolePanel()->console(after - 1));
    QVERIFY(!window->consolePanel()->console(after));
    QTRY_COMPARE(rowsWith(window->traffic(), marker).size(), 1);
    window->consolePanel()->console(0)->model()->flush();
    QCOMPARE(rowsWith(window->consolePanel()->console(0)->model(), marker).size(), 1);
}

void TestModelSwitch::quitAsksAboutAnUnsavedRecipe_data()
{
    QTest::addColumn<QString>("way");
    QTest::addColumn<QString>("button");
    for (const QString &way : {QStringLiteral("Ctrl+Q"), QStringLiteral("File menu"), QStringLiteral("close button")}) {
        for (const QString &button : {QStringLiteral("Cancel"), QStringLiteral("Discard"), QStringLiteral("Save")})
            QTest::newRow(qPrintable(way + QStringLiteral(", ") + button)) << way << button;
    }
}

// Quit, Ctrl+Q or the window's close button with a recipe not saved: Save /
// Discard / Cancel first; Cancel keeps the program, the window and the text.
void TestModelSwitch::quitAsksAboutAnUnsavedRecipe()
{
    QFETCH(QString, way);
    QFETCH(QString, button);
    Workbench workbench({});
    workbench.build({});
    workbench.connectNow();
    waitIdentified(workbench);
    writeDraft(workbench);
    const QString path = workbench.window()->recipesPanel()->store().pathOf(QStringLiteral("my_recipe"));
    QFile::remove(path);
    MainWindow *window = workbench.window();
    if (way == QLatin1String("Ctrl+Q")) {
        window->activateWindow();
        QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier);
    } else if (way == QLatin1String("File menu")) {
        QAction *quit = nullptr;
        for (QAction *action : window->menuBar()->actions().first()->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')) == QLatin1String("Quit"))
                quit = action;
        }
        QVERIFY(quit);
        quit->trigger();
    } else {
        window->close();
    }
    QTRY_VERIFY(workbench.leaveQuestion()->pending());
    QCOMPARE(workbench.leaveQuestion()->pending()->objectName(), QStringLiteral("unsavedRecipeQuestion"));
    QVERIFY(window->isVisible()); // nothing closed before the answer
    answer(workbench, button);
    if (button == QLatin1String("Cancel")) {
        QTRY_VERIFY(!workbench.leaveQuestion()->pending());
        QCoreApplication::processEvents();
        QVERIFY(window->isVisible());
        QVERIFY(workbench.window()->recipesPanel()->hasUnsavedDraft());
        QVERIFY(workbench.window()->recipesPanel()->editor()->toPlainText().contains(QStringLiteral("-- mine, not saved")));
        return;
    }
    QTRY_VERIFY(!window->isVisible());
    QCOMPARE(QFileInfo::exists(path), button == QLatin1String("Save"));
}

QTEST_MAIN(TestModelSwitch)
#include "tst_modelswitch.moc"
