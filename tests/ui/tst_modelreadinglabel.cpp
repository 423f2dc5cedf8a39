// SPDX-License-Identifier: MIT
// The connection bar's model label when the link is pulled (the pty's other
// end closed), one rule for every module (new-user pass 8): a simulator read
// by default went back to "BC25 (default)", while a module that said it is an
// EG915U, accepted, kept "EC200U (identified)" with nothing connected. With
// no link nothing says a module is identified: the label says what the
// reading rests on — "BC25 (default)", "EC200U (accepted)" — and no offer,
// no module summary is left from the module that was.

#include "connection/modelcontrols.h"
#include "link/connection.h"
#include "link/modelreading.h"
#include "link/modulestack.h"
#include "link/simports.h"
#include "mainwindow.h"
#include "session/modulesession.h"
#include "sim/simconfig.h"
#include "sim/virtualmodule.h"
#include "transport/ptytransport.h"
#include "workbench.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bc25;
using namespace bc25::ui;
using State = link::Connection::State;

class TestModelReadingLabel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aPulledLinkLeavesNoModuleIdentified_data();
    void aPulledLinkLeavesNoModuleIdentified();

private:
    QTemporaryDir m_dir;
};

void TestModelReadingLabel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_modelreadinglabel"));
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
    link::SimPorts::setFolder(m_dir.filePath(QStringLiteral("sim-ports")));
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestModelReadingLabel::init()
{
    QSettings().clear();
}

void TestModelReadingLabel::aPulledLinkLeavesNoModuleIdentified_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QStringList>("identification");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QString>("identified");
    QTest::addColumn<QString>("pulled");
    // bc25-sim on a pty: the default, confirmed by the module.
    QTest::newRow("simulator read by default") << QByteArray("bc25") << QStringList() << QString()
                                               << QStringLiteral("BC25 (identified)") << QStringLiteral("BC25 (default)");
    // A module that says it is an EG915U, read as the EC200U once its offer is clicked.
    QTest::newRow("an EG915U accepted") << QByteArray("ec200u")
                                        << QStringList {QStringLiteral("Quectel"), QStringLiteral("EG915U"),
                                                        QStringLiteral("Revision: EG915UEUABR03A01M08")}
                                        << QStringLiteral("EG915UEUABR03A01M08")
                                        << QStringLiteral("EC200U (identified)") << QStringLiteral("EC200U (accepted)");
}

void TestModelReadingLabel::aPulledLinkLeavesNoModuleIdentified()
{
    QFETCH(QByteArray, model);
    QFETCH(QStringList, identification);
    QFETCH(QString, revision);
    QFETCH(QString, identified);
    QFETCH(QString, pulled);
    auto pty = std::make_unique<transport::PtyTransport>();
    pty->open();
    QVERIFY(pty->isOpen());
    sim::SimConfig config;
    config.identification = identification;
    config.revision = revision;
    auto module = std::make_unique<sim::VirtualModule>(profile::ModuleProfile::byId(model), config);
    module->attachTo(pty.get());
    const QString port = pty->slavePath();
    Workbench workbench({});
    workbench.build(port);
    workbench.connectNow();
    QTRY_COMPARE(workbench.stack()->connection().state(), State::Connected);
    QTRY_VERIFY(!workbench.stack()->session().moduleInfo().model.isEmpty());
    if (model != "bc25") {
        // Read as the default first; the module's word offered and accepted.
        QTRY_VERIFY(!workbench.modelControls()->offer()->isHidden());
        QSignalSpy rebuilt(&workbench, &Workbench::rebuilt);
        workbench.modelControls()->offerAction()->trigger();
        QTRY_COMPARE(rebuilt.count(), 1);
        QCOMPARE(workbench.stack()->profile().id(), model);
        QTRY_COMPARE(workbench.stack()->connection().state(), State::Connected);
        QTRY_VERIFY(!workbench.stack()->session().moduleInfo().model.isEmpty());
    }
    QLabel *label = workbench.modelControls()->readingLabel();
    QTRY_COMPARE(label->text(), identified);
    QVERIFY(workbench.modelControls()->offer()->isHidden());

    // Pulled: the pty's other end closes.
    module.reset();
    pty.reset();
    QTRY_COMPARE(workbench.stack()->connection().state(), State::Lost);
    QTRY_COMPARE(label->text(), pulled);
    QVERIFY2(!label->text().contains(QLatin1String("identified")), qPrintable(label->text()));
    QVERIFY(workbench.modelControls()->offer()->isHidden());
    // Nor does the status bar keep the module that was.
    QCOMPARE(workbench.window()->statusText().section(QLatin1Char('|'), 1), QStringLiteral("|"));
    // The Model menu still says which model the reading uses.
    int checked = 0;
    for (QAction *action : workbench.modelControls()->menu()->actions()) {
        if (action->isChecked()) {
            ++checked;
            QCOMPARE(action->data().toByteArray(), model);
        }
    }
    QCOMPARE(checked, 1);
}

QTEST_MAIN(TestModelReadingLabel)
#include "tst_modelreadinglabel.moc"
