// SPDX-License-Identifier: MIT
// Which model the workbench reads with, as a user meets it: the Model menu
// switches the built-in virtual module (it then answers as that model, the
// sockets table has that model's rows, the connection bar says how the model
// was decided), the choice is kept for the port across a restart, --model
// wins over it, and a module on a real pty that says it is another model is
// offered — read as it only after the click.

#include "connection/connectionbar.h"
#include "connection/modelcontrols.h"
#include "link/connection.h"
#include "link/modelreading.h"
#include "link/modulestack.h"
#include "link/simports.h"
#include "mainwindow.h"
#include "panels/socketpanel.h"
#include "session/modulesession.h"
#include "sim/virtualmodule.h"
#include "transport/ptytransport.h"
#include "workbench.h"

#include <QAction>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace bc25;
using namespace bc25::ui;
using State = link::Connection::State;

namespace {

QAction *modelAction(const Workbench &workbench, const QByteArray &id)
{
    for (QAction *action : workbench.modelControls()->menu()->actions()) {
        if (action->data().toByteArray() == id)
            return action;
    }
    return nullptr;
}

void waitIdentified(const Workbench &workbench)
{
    QTRY_COMPARE(workbench.stack()->connection().state(), State::Connected);
    QTRY_VERIFY(!workbench.stack()->session().moduleInfo().model.isEmpty());
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
        QVERIFY(workbench.modelControls()->offerBar()->isHidden());
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
        QCOMPARE(workbench.modelControls()->readingLabel()->text(), QStringLiteral("BC660K-GL (chosen)"));
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
        QCOMPARE(workbench.modelControls()->readingLabel()->text(), QStringLiteral("BC660K-GL (chosen)"));
    }
    {
        // --model wins over what the port keeps.
        Workbench workbench({"bg96", {}, {}});
        workbench.build({});
        workbench.connectNow();
        waitIdentified(workbench);
        QCOMPARE(workbench.stack()->profile().id(), QByteArray("bg96"));
        QCOMPARE(workbench.window()->socketPanel()->view()->model()->rowCount(), 12);
        QCOMPARE(workbench.modelControls()->readingLabel()->text(), QStringLiteral("BG96 (chosen)"));
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
    QTRY_VERIFY(!controls->offerBar()->isHidden());
    QCOMPARE(controls->readingLabel()->text(), QStringLiteral("BC25 (default)"));
    QCOMPARE(controls->offerBar()->findChild<QLabel *>()->text(),
             QStringLiteral("The module says it is a BG96; reading it as a BC25."));
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
    QVERIFY(workbench.modelControls()->offerBar()->isHidden());
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
    QCOMPARE(workbench.modelControls()->readingLabel()->text(), QStringLiteral("BC66 (chosen)"));
    QCOMPARE(workbench.window()->socketPanel()->view()->model()->rowCount(), 5);
}

QTEST_MAIN(TestModelSwitch)
#include "tst_modelswitch.moc"
