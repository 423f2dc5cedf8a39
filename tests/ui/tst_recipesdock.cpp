// SPDX-License-Identifier: MIT
// The Recipes dock, offscreen, with the real runner, real Lua and the
// in-process virtual module: the library is listed, a passing run shows
// every step passed with its duration, a refused connect shows its
// transaction and bytes on selection, a syntax error runs nothing, Stop ends
// an endless wait and closes the recipe's socket, an endless loop is stopped
// without freezing the window, Record makes a draft that runs and passes,
// a recipe's virtual-module options restart the module, Ctrl+R runs, the
// user's recipe is still listed after a restart, and all of it in Chinese.
// The editor's colouring and the dock's text helpers: tst_recipeeditor.

#include "at/commandengine.h"
#include "link/modulestack.h"
#include "bc25/commands.h"
#include "link/connection.h"
#include "mainwindow.h"
#include "views/statusline.h"
#include "panels/consolepanel.h"
#include "panels/terminalpanel.h"
#include "recipe/recipelibrary.h"
#include "recipe/reciperunner.h"
#include "recipes/parameterform.h"
#include "profile/moduleprofile.h"
#include "recipes/recipebuttons.h"
#include "recipes/recipelauncher.h"
#include "recipes/restartbar.h"
#include "recipes/recipebrowser.h"
#include "recipe/stepreport.h"
#include "recipes/recipeeditor.h"
#include "recipes/reciperecorder.h"
#include "recipes/reciperunview.h"
#include "recipes/recipespanel.h"
#include "recipes/steptablemodel.h"
#include "session/modulesession.h"
#include "translations.h"
#include "sim/virtualmodule.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QLabel>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTimer>
#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidgetItemIterator>
#include <QTranslator>
#include <QToolButton>

using namespace bc25;
using namespace bc25::ui;

class TestRecipesDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theChosenRecipeSurvivesARestart();
    void dockListsTheLibraryBesideTheTerminal();
    void formAsksTheRecipesParametersPrefilledByTheVirtualModule();
    void passingRunShowsEveryStepPassedWithItsDuration();
    void refusedConnectShowsItsTransactionAndBytesWhenSelected();
    void syntaxErrorShowsLineAndMessageAndRunsNothing();
    void aSocketAlreadyOpenGetsAdvice();
    void stopEndsAnEndlessWaitAndClosesTheRecipesSocket();
    void endlessLoopIsStoppedByTheBudgetAndTheWindowKeepsTurning();
    void recordedDraftRunsAndPasses();
    void recordingLeftASocketOpenSaysCloseItFirst();
    void aRecordedDraftsTitleIsWholeAt1280();
    void virtualModuleOptionsRestartTheModuleAndSaySo();
    void aRestartThatClosesSocketsIsAskedFirst();
    void ctrlRRunsTheRecipe();
    void aTitleAndStepWithPlacesAreShownAsWritten();
    void aRecipeWithoutStepsSaysNoStepsRan();
    void anotherRecipeClearsTheLastRun();
    void usersRecipeIsListedAfterARestartAndCanBeDeleted();
    void aRecipeForOtherModelsIsMarkedAndNotRun();
    void aRecipeForOtherModelsIsRefusedBeforeItsParameters();
    void aBuiltInRecipeNotForTheModelSaysWhy();
    void aNewLinkClearsTheLastRun();
    void newRecipeIsInTheUsersLanguage();
    void dockAndRecipeMessagesAreInChinese(); // last: the translation stays installed

private:
    void startWindow();
    // Runs the editor's recipe (`text` when given) and waits for its end.
    std::optional<recipe::RunResult> runToEnd(const QString &text = {}, int timeoutMs = 20000);
    RecipesPanel *panel() const { return m_window->recipesPanel(); }

    QTemporaryDir m_dir;
    std::unique_ptr<link::ModuleStack> m_stack; // profile → engine → session → connection
    at::CommandEngine *m_engine = nullptr;
    ModuleSession *m_session = nullptr;
    link::Connection *m_connection = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

void TestRecipesDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and the user's recipes in a test folder
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_recipesdock"));
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recipes")).removeRecursively();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

void TestRecipesDock::init()
{
    m_stack = std::make_unique<link::ModuleStack>(profile::ModuleProfile::bc25());
    m_engine = &m_stack->engine();
    m_session = &m_stack->session();
    m_connection = &m_stack->connection();
    m_connection->setCaptureFolder(m_dir.filePath(QStringLiteral("captures")));
    QSettings().remove(QStringLiteral("recipes/selected")); // each test from the first recipe
    startWindow();
    m_connection->connectVirtual();
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    QTRY_VERIFY(!m_session->moduleInfo().revision.isEmpty()); // synchronised
}

void TestRecipesDock::startWindow()
{
    m_window = std::make_unique<MainWindow>(m_session, m_connection);
    m_window->show();
}

void TestRecipesDock::cleanup()
{
    m_window.reset();
    m_connection = nullptr;
    m_session = nullptr;
    m_engine = nullptr;
    m_stack.reset();
}

std::optional<recipe::RunResult> TestRecipesDock::runToEnd(const QString &text, int timeoutMs)
{
    if (!text.isEmpty())
        panel()->editor()->setPlainText(text);
    QSignalSpy finished(panel()->runner(), &recipe::RecipeRunner::runFinished);
    if (!panel()->run())
        return std::nullopt;
    if (!finished.wait(timeoutMs) && finished.isEmpty())
        return std::nullopt;
    return finished.first().first().value<recipe::RunResult>();
}

// The recipe chosen in the list is the one shown after a restart.
void TestRecipesDock::theChosenRecipeSurvivesARestart()
{
    auto *browser = panel()->findChild<RecipeBrowser *>();
    QVERIFY(browser);
    const QStringList builtIn = browser->names(true);
    QVERIFY(builtIn.size() > 2);
    const QString first = browser->tree()->currentItem()->text(0);
    QVERIFY(panel()->selectRecipe(builtIn.at(2)));
    const QString chosen = browser->tree()->currentItem()->text(0);
    QVERIFY(chosen != first);
    const QString shown = panel()->editor()->toPlainText();

    m_window.reset();
    startWindow();
    browser = panel()->findChild<RecipeBrowser *>();
    QCOMPARE(browser->tree()->currentItem()->text(0), chosen);
    QCOMPARE(panel()->editor()->toPlainText(), shown);
}

void TestRecipesDock::dockListsTheLibraryBesideTheTerminal()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("dock.recipes"));
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), QStringLiteral("Recipes"));
    auto *terminal = m_window->findChild<QDockWidget *>(QStringLiteral("dock.terminal"));
    QVERIFY(m_window->tabifiedDockWidgets(terminal).contains(dock));
    bool inViewMenu = false;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(dock->toggleViewAction()))
            inViewMenu = true;
    }
    QVERIFY(inViewMenu);

    QStringList library;
    for (const recipe::Recipe &r : recipe::RecipeLibrary::builtIn())
        library << r.name();
    QCOMPARE(library.size(), 13);
    QCOMPARE(panel()->browser()->names(true), library);
    QVERIFY(panel()->browser()->names(false).isEmpty());
    QVERIFY(panel()->selectRecipe(QStringLiteral("06_tcp_echo_buffer")));
    QVERIFY(panel()->editor()->toPlainText().contains(QLatin1String("AT+QIOPEN")));
}

void TestRecipesDock::formAsksTheRecipesParametersPrefilledByTheVirtualModule()
{
    QVERIFY(panel()->selectRecipe(QStringLiteral("06_tcp_echo_buffer")));
    ParameterForm *form = panel()->form();
    QCOMPARE(form->count(), 3); // host, echo_port, message
    QCOMPARE(form->field(QStringLiteral("echo_port"))->text(), QString::number(m_connection->echoPort()));
    QCOMPARE(form->field(QStringLiteral("message"))->text(), QString());
    QVERIFY(form->field(QStringLiteral("message"))->placeholderText().contains(QLatin1String("hello from a recipe")));
    // A parameter without a default left empty: nothing runs.
    QVERIFY(panel()->selectRecipe(QStringLiteral("11_error_paths")));
    form->field(QStringLiteral("closed_port"))->clear();
    QSignalSpy started(panel()->runner(), &recipe::RecipeRunner::runStarted);
    QVERIFY(!panel()->run());
    QVERIFY(panel()->summary().contains(QLatin1String("closed_port")));
    QCoreApplication::processEvents();
    QCOMPARE(started.size(), 0);
}

void TestRecipesDock::passingRunShowsEveryStepPassedWithItsDuration()
{
    QVERIFY(panel()->selectRecipe(QStringLiteral("06_tcp_echo_buffer")));
    StepTableModel *steps = panel()->runView()->steps();
    QAbstractItemModelTester tester(steps, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy stepStarted(panel()->runner(), &recipe::RecipeRunner::stepStarted);
    const auto result = runToEnd();
    QVERIFY(result);
    QVERIFY2(result->passed(), qPrintable(panel()->summary()));
    QCOMPARE(stepStarted.size(), 3);
    QCOMPARE(steps->rowCount(), 3);
    for (int row = 0; row < steps->rowCount(); ++row) {
        QCOMPARE(steps->index(row, StepTableModel::Result).data().toString(), QStringLiteral("pass"));
        QVERIFY(steps->index(row, StepTableModel::Duration).data().isValid());
        QCOMPARE(steps->index(row, StepTableModel::Duration).data().toLongLong(), result->steps.at(row).durationMs);
    }
    QCOMPARE(steps->index(0, StepTableModel::Name).data().toString(), QStringLiteral("Open a TCP socket"));
    // The longest step name is not cut: the column is as wide as it (up to half the table).
    QTableView *view = panel()->runView()->view();
    QVERIFY2(view->columnWidth(StepTableModel::Name) >= static_cast<QAbstractItemView *>(view)->sizeHintForColumn(StepTableModel::Name),
             qPrintable(QString::number(view->columnWidth(StepTableModel::Name))));
    QVERIFY(panel()->summary().contains(QLatin1String("passed")));
    // Named by its title, as the library lists it, not by the file's id.
    QVERIFY(!result->title.isEmpty());
    QVERIFY2(panel()->summary().startsWith(result->title + QStringLiteral(" passed")), qPrintable(panel()->summary()));
    QVERIFY(panel()->runView()->logView()->toPlainText().contains(QLatin1String("AT+QIOPEN")));
}

void TestRecipesDock::refusedConnectShowsItsTransactionAndBytesWhenSelected()
{
    const auto result = runToEnd(QStringLiteral(
            "local closed_port = param(\"closed_port\")\n"
            "step(\"Connect\")\n"
            "expect(at(string.format('AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",%d,0,0', closed_port)), \"QIOPEN\", 0)\n"
            "step(\"Never\")\n"));
    QVERIFY(result);
    QCOMPARE(result->failures(), 1);
    StepTableModel *steps = panel()->runView()->steps();
    // The step never begun is listed, as bc25-run's SKIP line, and counted.
    QCOMPARE(steps->rowCount(), 2);
    QCOMPARE(steps->index(1, StepTableModel::Name).data().toString(), QStringLiteral("Never"));
    QCOMPARE(steps->index(1, StepTableModel::Result).data().toString(), QStringLiteral("not reached"));
    QVERIFY2(panel()->summary().contains(QLatin1String("failed at step 1 of 2")), qPrintable(panel()->summary()));
    QCOMPARE(steps->index(0, StepTableModel::Result).data().toString(), QStringLiteral("FAIL"));
    QCOMPARE(steps->index(0, StepTableModel::Result).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x00, 0x20));
    QVERIFY(steps->index(0, StepTableModel::Message).data().toString().contains(QLatin1String("line 3")));
    QVERIFY(panel()->summary().contains(QLatin1String("failed")));

    // One click on the failed row: its transaction and the bytes the module printed.
    QTableView *view = panel()->runView()->view();
    view->setCurrentIndex({});
    QVERIFY(panel()->runView()->details()->toPlainText().isEmpty());
    panel()->tabs()->setCurrentWidget(panel()->runView());
    QTRY_VERIFY(view->isVisible());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(steps->index(0, 0)).center());
    const QString details = panel()->runView()->details()->toPlainText();
    QVERIFY2(details.contains(QLatin1String("AT+QIOPEN=1,0,\"TCP\"")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("566")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("Received last")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("+QIOPEN: 0,566\\r")), qPrintable(details)); // the bytes, escaped
    // Why it failed is readable in a narrow dock: the details wrap.
    QCOMPARE(panel()->runView()->details()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
}

// +QIOPEN: 0,563 (socket identity used): the failed step says what to do.
void TestRecipesDock::aSocketAlreadyOpenGetsAdvice()
{
    const auto result = runToEnd(QStringLiteral(
            "local port = param(\"echo_port\")\n"
            "step(\"First\")\n"
            "expect(at(string.format('AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",%d,0,0', port)), \"QIOPEN\", 0)\n"
            "step(\"Again\")\n"
            "expect(at(string.format('AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",%d,0,0', port)), \"QIOPEN\", 0)\n"
            "step(\"Close\")\n"
            "expect(at('AT+QICLOSE=0'))\n"));
    QVERIFY(result);
    QCOMPARE(result->failures(), 1);
    QCOMPARE(result->stepCount(), 3);
    const QString details = recipe::StepReport::details(result->steps.at(1));
    QVERIFY2(details.contains(QLatin1String("Socket 0 is already open: close it or choose another connectID.")),
             qPrintable(details));
    m_session->sockets()->close(0);
}

void TestRecipesDock::syntaxErrorShowsLineAndMessageAndRunsNothing()
{
    panel()->editor()->setPlainText(QStringLiteral("step('x')\nexpect(at('AT'))\nlocal = 3\n"));
    QSignalSpy started(panel()->runner(), &recipe::RecipeRunner::runStarted);
    QSignalSpy written(m_engine, &at::CommandEngine::commandStarted);
    QVERIFY(!panel()->run());
    QVERIFY2(panel()->summary().contains(QLatin1String("line 3")), qPrintable(panel()->summary()));
    QVERIFY(panel()->summary().contains(QLatin1String("<name> expected")));
    // The line once, in words: not again as Lua's "name.lua:3:".
    QVERIFY2(!panel()->summary().contains(QLatin1String(".lua:3:")), qPrintable(panel()->summary()));
    QCOMPARE(panel()->editor()->markedLine(), 3);
    QCOMPARE(panel()->editor()->textCursor().blockNumber(), 2);
    QCOMPARE(panel()->tabs()->currentWidget(), panel()->editor());
    QCoreApplication::processEvents();
    QCOMPARE(started.size(), 0);
    QCOMPARE(written.size(), 0);
    QVERIFY(!panel()->runner()->isRunning());
}

void TestRecipesDock::stopEndsAnEndlessWaitAndClosesTheRecipesSocket()
{
    panel()->editor()->setPlainText(QStringLiteral(
            "step(\"Open\")\n"
            "expect(at(string.format('AT+QIOPEN=1,2,\"TCP\",\"127.0.0.1\",%d,0,0', param(\"echo_port\"))), \"QIOPEN\", 0)\n"
            "step(\"Wait forever\")\n"
            "while true do sleep(1000) end\n"));
    auto *stop = panel()->findChild<QToolButton *>(QStringLiteral("recipes.stop"));
    QVERIFY(stop && !stop->isEnabled());
    QSignalSpy finished(panel()->runner(), &recipe::RecipeRunner::runFinished);
    QSignalSpy stepStarted(panel()->runner(), &recipe::RecipeRunner::stepStarted);
    QVERIFY(panel()->run());
    QTRY_COMPARE(stepStarted.size(), 2);
    QTRY_VERIFY(m_session->socket(2).inUse);
    QVERIFY(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<recipe::RunResult>();
    QCOMPARE(result.steps.last().kind, QStringLiteral("stopped"));
    QCOMPARE(panel()->runView()->steps()->index(1, StepTableModel::Result).data().toString(), QStringLiteral("stopped"));
    QTRY_VERIFY(!m_session->socket(2).inUse);
    QVERIFY(!stop->isEnabled());
    // Stopped by the user, and said so: not "failed".
    QVERIFY2(panel()->summary().contains(QLatin1String("was stopped at step 2")), qPrintable(panel()->summary()));
    QVERIFY2(!panel()->summary().contains(QLatin1String("failed")), qPrintable(panel()->summary()));
}

void TestRecipesDock::endlessLoopIsStoppedByTheBudgetAndTheWindowKeepsTurning()
{
    // The longest the event loop went without turning while the recipe spun.
    qint64 longestGap = 0;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestGap = qMax(longestGap, sinceTick.restart());
    });
    ticker.start(5);
    QElapsedTimer clock;
    clock.start();
    const auto result = runToEnd(QStringLiteral("step('spin')\nwhile true do end\n"), 30000);
    QVERIFY(result);
    QCOMPARE(result->steps.first().kind, QStringLiteral("budget"));
    QVERIFY2(longestGap < 3000, qPrintable(QString::number(longestGap)));
    qInfo("the budget stopped the loop after %lld ms; the event loop's longest gap: %lld ms",
          static_cast<long long>(clock.elapsed()), static_cast<long long>(longestGap));
}

void TestRecipesDock::recordedDraftRunsAndPasses()
{
    panel()->setRecording(true);
    QVERIFY(panel()->recordButton()->isChecked());
    // Typed in the terminal: an open to the echo service in direct push mode.
    const QString open = QStringLiteral("AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",%1,0,1").arg(m_connection->echoPort());
    QCOMPARE(m_window->terminalPanel()->submit(open), QString());
    QTRY_VERIFY(m_session->socket(0).inUse);
    // Sent from the socket's console, a panel.
    SocketConsole *console = m_window->consolePanel()->console(0);
    console->setInput(QStringLiteral("hello \"draft\""));
    QCOMPARE(console->sendInput(), QString());
    QTRY_COMPARE(m_session->socket(0).bytesReceived, qint64(13));
    // Closed from the sockets panel.
    QSignalSpy closed(m_session->sockets(), &SocketTable::closeFinished);
    QCOMPARE(m_session->sockets()->close(0), QString());
    QTRY_COMPARE(closed.size(), 1);
    QTRY_COMPARE(panel()->recorder()->actionCount(), 3);

    panel()->setRecording(false);
    QVERIFY(!panel()->recordButton()->isChecked());
    QCOMPARE(panel()->tabs()->currentWidget(), panel()->editor());
    const QString draft = panel()->editor()->toPlainText();
    QVERIFY2(draft.contains(QLatin1String("local echo_port = param(\"echo_port\", ")), qPrintable(draft));
    QVERIFY2(draft.contains(QLatin1String("expect(at(string.format('AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",%d,0,1', echo_port)), \"QIOPEN\", 0)")),
             qPrintable(draft));
    QVERIFY2(draft.contains(QLatin1String("socket.send(0, 'hello \"draft\"')")), qPrintable(draft));
    QVERIFY2(draft.contains(QLatin1String("expect(at(\"AT+QICLOSE=0\"))")), qPrintable(draft));
    QCOMPARE(draft.count(QLatin1String("step(")), 3);
    QVERIFY2(!panel()->summary().contains(QLatin1String("Close socket")), qPrintable(panel()->summary()));

    // Run again, on a module restarted since (its echo port moved): it passes.
    m_connection->connectVirtual();
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    const auto result = runToEnd();
    QVERIFY(result);
    QVERIFY2(result->passed(), qPrintable(panel()->runView()->details()->toPlainText() + panel()->summary()));
    QCOMPARE(result->steps.size(), 3);
}

// The line above the tabs names a recorded draft (new-user pass 8): at
// 1280×720 its title — "Recorded on" and when — is whole, not "Recipe:
// Recorded on…"; the draft's name, where it does not fit too, is in the tooltip.
void TestRecipesDock::aRecordedDraftsTitleIsWholeAt1280()
{
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showNormal();
    m_window->resize(1280, 720);
    QTRY_COMPARE(m_window->size(), QSize(1280, 720));
    m_window->findChild<QDockWidget *>(QStringLiteral("dock.recipes"))->raise(); // tabbed with the tools
    QTRY_VERIFY(panel()->isVisible());
    panel()->setRecording(true);
    panel()->setRecording(false);
    const QString title = panel()->editor()->toPlainText().section(QLatin1Char('\n'), 0, 0).mid(3);
    QVERIFY2(QRegularExpression(QStringLiteral("^Recorded on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$")).match(title).hasMatch(),
             qPrintable(title));
    auto *current = panel()->findChild<StatusLine *>(QStringLiteral("recipes.current"));
    QVERIFY(current);
    QTRY_VERIFY(current->status().contains(title));
    QTRY_VERIFY2(current->text().startsWith(QStringLiteral("Recipe: ") + title), qPrintable(current->text()));
    QVERIFY(current->fontMetrics().horizontalAdvance(current->text()) <= current->contentsRect().width());
    if (current->isCut())
        QVERIFY2(current->toolTip().contains(QLatin1String("(recorded_")), qPrintable(current->toolTip()));
}

void TestRecipesDock::recordingLeftASocketOpenSaysCloseItFirst()
{
    panel()->setRecording(true);
    const QString open = QStringLiteral("AT+QIOPEN=1,2,\"TCP\",\"127.0.0.1\",%1,0,0").arg(m_connection->echoPort());
    QCOMPARE(m_window->terminalPanel()->submit(open), QString());
    QTRY_VERIFY(m_session->socket(2).inUse);
    QTRY_COMPARE(panel()->recorder()->actionCount(), 1);
    panel()->setRecording(false);
    // Run now, the draft's open would meet the socket still open (563): the summary says so first.
    QVERIFY2(panel()->summary().contains(QLatin1String("Close socket 2 before you run it")), qPrintable(panel()->summary()));
}

void TestRecipesDock::virtualModuleOptionsRestartTheModuleAndSaySo()
{
    QVERIFY(panel()->selectRecipe(QStringLiteral("13_buffer_full")));
    QSignalSpy states(m_connection, &link::Connection::stateChanged);
    const auto result = runToEnd({}, 30000);
    QVERIFY(result);
    QVERIFY2(result->passed(), qPrintable(panel()->runView()->details()->toPlainText()));
    QVERIFY(!states.isEmpty()); // restarted
    QCOMPARE(m_connection->virtualModule()->config().receiveBufferLimit, 256);
    QVERIFY(panel()->runView()->logView()->toPlainText().contains(QLatin1String("restarted with buffer-limit=256")));
    // A recipe without options has the module back to its defaults.
    QVERIFY(panel()->selectRecipe(QStringLiteral("01_module_identity")));
    const auto next = runToEnd();
    QVERIFY2(next && next->passed(), qPrintable(panel()->summary()));
    QCOMPARE(m_connection->virtualModule()->config().receiveBufferLimit, sim::SimConfig {}.receiveBufferLimit);
    QVERIFY(panel()->runView()->logView()->toPlainText().contains(QLatin1String("default settings")));
}

// A recipe that restarts the virtual module while sockets are open asks first
// (a bar in the dock, not a modal dialog), and nothing happens unless confirmed.
void TestRecipesDock::aRestartThatClosesSocketsIsAskedFirst()
{
    const QString open = QStringLiteral("AT+QIOPEN=1,%1,\"TCP\",\"127.0.0.1\",%2,0,0");
    for (const int id : {1, 3})
        QCOMPARE(m_window->terminalPanel()->submit(open.arg(id).arg(m_connection->echoPort())), QString());
    QTRY_VERIFY(m_session->socket(1).inUse && m_session->socket(3).inUse);
    QVERIFY(panel()->selectRecipe(QStringLiteral("13_buffer_full")));
    QSignalSpy states(m_connection, &link::Connection::stateChanged);
    QSignalSpy started(panel()->runner(), &recipe::RecipeRunner::runStarted);
    QVERIFY(panel()->run());
    RestartBar *bar = panel()->restartBar();
    QVERIFY(bar->isVisible());
    // "2 socket(s)" until the lead's English plurals name them "2 sockets".
    QVERIFY2(bar->question().startsWith(QLatin1String("Restart the virtual module? 2 socket")), qPrintable(bar->question()));
    // Run is off while the question stands; Stop (or Cancel) drops it.
    QTRY_VERIFY(!panel()->findChild<RecipeButtons *>()->runButton()->isEnabled());
    // Cancel: nothing restarted, nothing run, the sockets still open.
    QTest::mouseClick(bar->cancelButton(), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    // A restart would have said Connecting at once (Connection::connectVirtual).
    QVERIFY(states.isEmpty());
    QVERIFY(started.isEmpty());
    QVERIFY(m_session->socket(1).inUse && m_session->socket(3).inUse);
    QCOMPARE(m_connection->virtualModule()->config().receiveBufferLimit, sim::SimConfig {}.receiveBufferLimit);
    QVERIFY2(panel()->summary().contains(QLatin1String("Nothing was run")), qPrintable(panel()->summary()));
    QVERIFY(panel()->findChild<RecipeButtons *>()->runButton()->isEnabled());
    // Asked again and confirmed: the module restarts (its sockets gone) and the recipe runs.
    QSignalSpy finished(panel()->runner(), &recipe::RecipeRunner::runFinished);
    QVERIFY(panel()->run());
    QVERIFY(bar->isVisible());
    QTest::mouseClick(bar->restartButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().first().value<recipe::RunResult>().passed(), qPrintable(panel()->runView()->details()->toPlainText()));
    QVERIFY(!states.isEmpty());
    QCOMPARE(m_connection->virtualModule()->config().receiveBufferLimit, 256);
    QVERIFY(!m_session->socket(1).inUse && !m_session->socket(3).inUse);
}

void TestRecipesDock::ctrlRRunsTheRecipe()
{
    QVERIFY(panel()->selectRecipe(QStringLiteral("01_module_identity")));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("dock.recipes"));
    dock->raise();
    panel()->tabs()->setCurrentWidget(panel()->editor());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    panel()->editor()->setFocus();
    QSignalSpy finished(panel()->runner(), &recipe::RecipeRunner::runFinished);
    QTest::keyClick(panel()->editor(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().first().value<recipe::RunResult>().passed());
    QCOMPARE(panel()->editor()->toPlainText().count(QLatin1Char('\x12')), 0); // the key did not go into the text
}

void TestRecipesDock::usersRecipeIsListedAfterARestartAndCanBeDeleted()
{
    panel()->newRecipe();
    const QString text = QStringLiteral("-- Mine\n-- A check of my own.\nstep('alive')\nexpect(at('AT'))\n");
    panel()->editor()->setPlainText(text);
    const QString path = panel()->store().pathOf(QStringLiteral("mine"));
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QCOMPARE(panel()->saveTo(path), QString());
    QCOMPARE(panel()->browser()->names(false), QStringList {QStringLiteral("mine")});
    // The line above the tabs names what was saved, not the new recipe's "my_recipe".
    QCOMPARE(panel()->findChild<QLabel *>(QStringLiteral("recipes.current"))->text(), QStringLiteral("Recipe: Mine (mine)"));

    m_window->close();
    m_window.reset();
    startWindow();
    QCOMPARE(panel()->browser()->names(false), QStringList {QStringLiteral("mine")});
    QVERIFY(panel()->selectRecipe(QStringLiteral("mine")));
    QCOMPARE(panel()->editor()->toPlainText(), text);
    const auto result = runToEnd();
    QVERIFY(result && result->passed());
    QCOMPARE(result->title, QStringLiteral("Mine"));

    panel()->deleteCurrent(false);
    QVERIFY(!QFile::exists(path));
    QVERIFY(panel()->browser()->names(false).isEmpty());
}

// A recipe whose "-- models:" header leaves out the model the module is read
// as: greyed in the list with the reason in its tooltip, and Run refuses it
// with the same sentence, as bc25-run skips it (Recipe::isFor, one rule).
void TestRecipesDock::aRecipeForOtherModelsIsMarkedAndNotRun()
{
    panel()->newRecipe();
    const QString text = QStringLiteral("-- Not for this one\n-- A check for two other models.\n-- models: bc660k bg96\n"
                                        "step('alive')\nexpect(at('AT'))\n");
    panel()->editor()->setPlainText(text);
    const QString path = panel()->store().pathOf(QStringLiteral("others"));
    QCOMPARE(panel()->saveTo(path), QString());
    QTreeWidgetItem *item = nullptr;
    for (QTreeWidgetItemIterator it(panel()->browser()->tree()); *it; ++it) {
        if ((*it)->text(0) == QLatin1String("Not for this one"))
            item = *it;
    }
    QVERIFY(item);
    const QString sentence = QStringLiteral("For BC660K-GL, BG96 only.");
    QVERIFY2(item->toolTip(0).endsWith(sentence), qPrintable(item->toolTip(0)));
    const QTreeWidget *tree = panel()->browser()->tree();
    QCOMPARE(item->foreground(0).color(), tree->palette().color(QPalette::Disabled, QPalette::Text));
    // The built-in recipes are for every model: none greyed, none with the sentence.
    for (QTreeWidgetItemIterator it(panel()->browser()->tree()); *it; ++it) {
        if (*it != item)
            QVERIFY2(!(*it)->toolTip(0).contains(QLatin1String(" only.")), qPrintable((*it)->text(0)));
    }

    QVERIFY(panel()->selectRecipe(QStringLiteral("others")));
    QSignalSpy started(panel()->runner(), &recipe::RecipeRunner::runStarted);
    QVERIFY(!panel()->run());
    QCOMPARE(panel()->summary(), sentence + QStringLiteral(" The module is read as BC25: nothing was run."));
    QCoreApplication::processEvents();
    QCOMPARE(started.count(), 0);
    panel()->deleteCurrent(false);
}

// New-user pass 8, F4: no fields to fill for a recipe that cannot run on this
// model; the model's refusal comes first.
void TestRecipesDock::aRecipeForOtherModelsIsRefusedBeforeItsParameters()
{
    panel()->newRecipe();
    // Issue 18: with why, from its header's "-- needs:" line.
    panel()->editor()->setPlainText(QStringLiteral("-- Elsewhere\n-- models: bg96\n-- needs: twelve sockets\n"
                                                   "local port = param('echo_port')\nstep('alive')\nexpect(at('AT'))\n"));
    QSignalSpy started(panel()->runner(), &recipe::RecipeRunner::runStarted);
    QVERIFY(!panel()->run());
    QCOMPARE(panel()->summary(), QStringLiteral("For BG96 only: needs twelve sockets. The module is read as BC25: nothing was run."));
    QVERIFY2(!panel()->summary().contains(QLatin1String("echo_port")), qPrintable(panel()->summary()));
    QCoreApplication::processEvents();
    QCOMPARE(started.count(), 0);
}

// Issue 18: a built-in recipe greyed on a model says why, as its header
// does, in the tooltip and Run's refusal (RecipeLauncher::notFor, one sentence).
void TestRecipesDock::aBuiltInRecipeNotForTheModelSaysWhy()
{
    const auto bg96 = profile::ModuleProfile::byId("bg96");
    QCOMPARE(RecipeLauncher::notFor(recipe::RecipeLibrary::find(QStringLiteral("06_tcp_echo_buffer")), *bg96), QString());
    QCOMPARE(RecipeLauncher::notFor(recipe::RecipeLibrary::find(QStringLiteral("13_buffer_full")), *bg96),
             QStringLiteral("For BC25, BC32, BC66 only: needs a \"buff full\" URC (BC25 manual 2.2.3), which the LTE modules' "
                            "notes do not list (BG96 2.3, BG95 2.4) and the BC660K-GL's is not known to print."));
    QCOMPARE(RecipeLauncher::notFor(recipe::RecipeLibrary::find(QStringLiteral("12_six_sockets")), *profile::ModuleProfile::byId("bc660k")),
             QStringLiteral("For BC25, BC32, BG95, BG96, EC200U only: needs six sockets at once (the BC660K-GL and the BC66 have five)."));
}

// New-user pass 8, F5: a new link shows nothing of the old one, the Recipes
// dock's verdict and steps included (as after a model switch).
void TestRecipesDock::aNewLinkClearsTheLastRun()
{
    const auto result = runToEnd(QStringLiteral("-- Alive\nstep('alive')\nexpect(at('AT'))\n"));
    QVERIFY(result && result->passed());
    QVERIFY(panel()->summary().contains(QLatin1String("passed")));
    QCOMPARE(panel()->runView()->steps()->rowCount(), 1);
    m_connection->disconnectFromModule();
    m_connection->connectVirtual();
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
    QVERIFY2(!panel()->summary().contains(QLatin1String("passed")), qPrintable(panel()->summary()));
    QCOMPARE(panel()->runView()->steps()->rowCount(), 0);
}

namespace {

// A language in which the New recipe's words are other words (one with a quote).
class TemplateLanguage final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QLatin1String(context) != QLatin1String("bc25::ui::RecipesPanel"))
            return {};
        if (QLatin1String(source) == QLatin1String("My recipe"))
            return QStringLiteral("我的脚本");
        if (QLatin1String(source) == QLatin1String("The module answers"))
            return QStringLiteral("模块说 \"OK\"");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// A title or a step with "%1" in it is text: the summary is not filled twice.
void TestRecipesDock::aTitleAndStepWithPlacesAreShownAsWritten()
{
    const auto result = runToEnd(QStringLiteral("-- %1 %2 50%\nstep('%1 %2 50%')\nexpect(at('AT'))\n"));
    QVERIFY(result && result->passed());
    QVERIFY2(panel()->summary().startsWith(QStringLiteral("%1 %2 50% passed")), qPrintable(panel()->summary()));
    QVERIFY2(!panel()->summary().contains(QLatin1String("%2 s")), qPrintable(panel()->summary()));
    QCOMPARE(panel()->runView()->steps()->index(0, StepTableModel::Name).data().toString(), QStringLiteral("%1 %2 50%"));
    const auto failed = runToEnd(QStringLiteral("-- %1 %2 50%\nstep('%1 %2 50%')\ncheck(false, 'no')\n"));
    QVERIFY(failed && !failed->passed());
    QVERIFY2(panel()->summary().startsWith(QStringLiteral("%1 %2 50% failed at step 1 of 1, “%1 %2 50%”")),
             qPrintable(panel()->summary()));
}

// Nothing ran, so nothing passed.
void TestRecipesDock::aRecipeWithoutStepsSaysNoStepsRan()
{
    const auto result = runToEnd(QStringLiteral("-- Nothing here\nlocal x = 1\n"));
    QVERIFY(result);
    QCOMPARE(result->stepCount(), 0);
    QVERIFY2(panel()->summary().contains(QLatin1String("No steps ran")), qPrintable(panel()->summary()));
    QVERIFY2(!panel()->summary().contains(QLatin1String("passed")), qPrintable(panel()->summary()));
}

// New, Open, another recipe chosen: the last run's verdict and steps were another recipe's.
void TestRecipesDock::anotherRecipeClearsTheLastRun()
{
    QVERIFY(panel()->selectRecipe(QStringLiteral("06_tcp_echo_buffer")));
    const auto result = runToEnd();
    QVERIFY(result && result->passed());
    QVERIFY(panel()->summary().contains(QLatin1String("passed")));
    QVERIFY(panel()->runView()->steps()->rowCount() > 0);
    panel()->newRecipe();
    QVERIFY2(!panel()->summary().contains(QLatin1String("passed")), qPrintable(panel()->summary()));
    QCOMPARE(panel()->runView()->steps()->rowCount(), 0);
    // The Result column holds its widest word whole.
    QTableView *view = panel()->runView()->view();
    QVERIFY2(view->columnWidth(StepTableModel::Result) > view->fontMetrics().horizontalAdvance(QStringLiteral("not reached")),
             qPrintable(QString::number(view->columnWidth(StepTableModel::Result))));
}

void TestRecipesDock::newRecipeIsInTheUsersLanguage()
{
    TemplateLanguage language;
    QCoreApplication::installTranslator(&language);
    panel()->newRecipe();
    const QString text = panel()->editor()->toPlainText();
    QCoreApplication::removeTranslator(&language);
    QVERIFY2(text.startsWith(QStringLiteral("-- 我的脚本\n")), qPrintable(text));
    // The step's name stays one Lua string whatever the translation holds.
    QVERIFY2(text.contains(QStringLiteral("step(\"模块说 \\\"OK\\\"\")\n")), qPrintable(text));
}

void TestRecipesDock::dockAndRecipeMessagesAreInChinese()
{
    QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    m_window.reset();
    startWindow();
    QCOMPARE(m_window->findChild<QDockWidget *>(QStringLiteral("dock.recipes"))->windowTitle(), QStringLiteral("脚本"));
    QCOMPARE(m_window->findChild<QToolButton *>(QStringLiteral("recipes.run"))->text(), QStringLiteral("运行"));
    QVERIFY(panel()->selectRecipe(QStringLiteral("06_tcp_echo_buffer")));
    const auto passed = runToEnd();
    QVERIFY(passed && passed->passed());
    StepTableModel *steps = panel()->runView()->steps();
    QCOMPARE(steps->index(0, StepTableModel::Name).data().toString(), QStringLiteral("打开 TCP 套接字"));
    QCOMPARE(steps->index(0, StepTableModel::Result).data().toString(), QStringLiteral("通过"));
    QTableView *view = panel()->runView()->view();
    QVERIFY2(view->columnWidth(StepTableModel::Result) > view->fontMetrics().horizontalAdvance(QStringLiteral("未执行到")),
             qPrintable(QString::number(view->columnWidth(StepTableModel::Result))));
    QVERIFY2(panel()->summary().contains(QStringLiteral("通过")), qPrintable(panel()->summary()));

    const auto failed = runToEnd(QStringLiteral(
            "step('x')\nexpect(at(string.format('AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",%d,0,0', param('closed_port'))), 'QIOPEN', 0)\n"));
    QVERIFY(failed && !failed->passed());
    const QString message = steps->index(0, StepTableModel::Message).data().toString();
    QVERIFY2(message.startsWith(QStringLiteral("第 2 行：")), qPrintable(message));
    QVERIFY2(panel()->summary().contains(QStringLiteral("失败")), qPrintable(panel()->summary()));
    const QString details = panel()->runView()->details()->toPlainText();
    QVERIFY(!details.isEmpty());
    // The second phase's outcome in Chinese too, not "failed".
    QVERIFY2(details.contains(QStringLiteral("失败，用时")) && !details.contains(QLatin1String("failed")), qPrintable(details));

    panel()->editor()->setPlainText(QStringLiteral("local = 1\n"));
    QVERIFY(!panel()->run());
    QVERIFY2(panel()->summary().startsWith(QStringLiteral("第 1 行有语法错误")), qPrintable(panel()->summary()));
}

QTEST_MAIN(TestRecipesDock)
#include "tst_recipesdock.moc"
