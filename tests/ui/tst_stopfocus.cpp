// SPDX-License-Identifier: MIT
// Stop (and Run, Ping) turned off while it holds the focus gives it to where
// the user goes on (issue 17), as the consoles' Stop does: the quick
// commands' sequence, the recipes, the health check and the ping tool;
// never to Qt's next widget in the tab chain (Export…, Delete).

#include "at/commandengine.h"
#include "link/connection.h"
#include "link/modulestack.h"
#include "panels/pingpanel.h"
#include "profile/moduleprofile.h"
#include "quick/quickcommandspanel.h"
#include "quick/quicksequence.h"
#include "recipe/reciperunner.h"
#include "recipes/recipeeditor.h"
#include "recipes/recipespanel.h"
#include "health/healthpanel.h"
#include "session/modulesession.h"

#include <QApplication>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace bc25;
using namespace bc25::ui;

class TestStopFocus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void quickCommandsStopGivesTheFocusToRun();
    void recipesStopGivesTheFocusToRun();
    void healthStopKeepsTheFocusInThePanel();
    void pingGivesTheFocusToTheHost();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<link::ModuleStack> m_stack;
};

namespace {

QString focused()
{
    QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() + QLatin1Char(' ') + QString::fromLatin1(w->metaObject()->className()) : QStringLiteral("none");
}

bool activate(QWidget *widget)
{
    widget->resize(520, 640);
    widget->show();
    widget->activateWindow();
    return QTest::qWaitForWindowActive(widget);
}

template<class Button>
Button *buttonNamed(QWidget *root, const QString &text)
{
    for (Button *b : root->findChildren<Button *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

void TestStopFocus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_stopfocus"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

void TestStopFocus::init()
{
    m_stack = std::make_unique<link::ModuleStack>(profile::ModuleProfile::bc25());
    m_stack->connection().setCaptureFolder(m_dir.filePath(QStringLiteral("captures")));
    m_stack->connection().connectVirtual();
    QTRY_COMPARE(m_stack->connection().state(), link::Connection::State::Connected);
    QTRY_VERIFY(!m_stack->session().moduleInfo().revision.isEmpty());
}

void TestStopFocus::cleanup()
{
    m_stack.reset();
}

void TestStopFocus::quickCommandsStopGivesTheFocusToRun()
{
    QuickCommandsPanel panel(&m_stack->session(), m_dir.filePath(QStringLiteral("quick.json")));
    QVERIFY(activate(&panel));
    auto *run = buttonNamed<QPushButton>(&panel, QStringLiteral("Run group"));
    auto *stop = buttonNamed<QPushButton>(&panel, QStringLiteral("Stop"));
    QVERIFY(run && stop);
    panel.repeatCount()->setValue(1000);
    panel.interval()->setValue(1000);
    panel.tree()->setCurrentIndex(panel.tree()->model()->index(0, 0));
    run->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(run->hasFocus());
    QTest::keyClick(run, Qt::Key_Space); // Run goes off under the focus: to Stop
    QVERIFY(panel.sequence()->isRunning());
    QVERIFY2(stop->hasFocus(), qPrintable(focused()));
    QTest::keyClick(stop, Qt::Key_Space);
    QTRY_VERIFY(!panel.sequence()->isRunning());
    QVERIFY2(run->hasFocus(), qPrintable(focused()));
}

void TestStopFocus::recipesStopGivesTheFocusToRun()
{
    RecipesPanel panel(&m_stack->session(), &m_stack->connection());
    QVERIFY(activate(&panel));
    panel.newRecipe();
    panel.editor()->setPlainText(QStringLiteral("-- Waits\nstep(\"wait\")\nsleep(60000)\n"));
    auto *stop = panel.findChild<QToolButton *>(QStringLiteral("recipes.stop"));
    QVERIFY(stop);
    QVERIFY(panel.run());
    QTRY_VERIFY(panel.runner()->isRunning());
    QVERIFY(stop->isEnabled());
    stop->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(stop->hasFocus());
    QTest::keyClick(stop, Qt::Key_Space);
    QTRY_VERIFY(!panel.runner()->isRunning());
    QTRY_VERIFY(!stop->isEnabled());
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus && focus->objectName() != QLatin1String("recipes.stop") && focus->isEnabled() && panel.isAncestorOf(focus)
                     && (qobject_cast<QToolButton *>(focus) == nullptr || focus->objectName() == QLatin1String("recipes.run")),
             qPrintable(focused()));
}

void TestStopFocus::healthStopKeepsTheFocusInThePanel()
{
    HealthPanel panel(&m_stack->session(), &m_stack->connection());
    QVERIFY(activate(&panel));
    QVERIFY(panel.run());
    QVERIFY(panel.stopButton()->isEnabled());
    panel.stopButton()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(panel.stopButton()->hasFocus());
    QTest::keyClick(panel.stopButton(), Qt::Key_Space);
    QVERIFY(!panel.stopButton()->isEnabled());
    QVERIFY2(panel.view()->hasFocus(), qPrintable(focused()));
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 20000);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus == panel.view() || focus == panel.runButton(), qPrintable(focused()));
}

void TestStopFocus::pingGivesTheFocusToTheHost()
{
    PingPanel panel(&m_stack->session());
    QVERIFY(activate(&panel));
    panel.setHost(QStringLiteral("127.0.0.1"));
    auto *ping = buttonNamed<QPushButton>(&panel, QStringLiteral("Ping"));
    QVERIFY(ping);
    ping->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(ping->hasFocus());
    QTest::keyClick(ping, Qt::Key_Space);
    QVERIFY(!ping->isEnabled());
    QVERIFY2(panel.hostEdit()->hasFocus(), qPrintable(focused()));
}

QTEST_MAIN(TestStopFocus)
#include "tst_stopfocus.moc"
