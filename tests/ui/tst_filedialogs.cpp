// SPDX-License-Identifier: MIT
// Every file dialog of the window — open a capture, a recipe, quick commands,
// a file to send; export a table, save a report or a CSV — is Qt's own here
// (offscreen: no native one) and comes sized to the window (80 % of a
// 1280×720 one) in its detail view, the name column half of it, not cut.

#include "at/commandengine.h"
#include "link/modulestack.h"
#include "dialogs/filedialogs.h"
#include "dialogs/savelocation.h"
#include "link/connection.h"
#include "mainwindow.h"
#include "panels/consolepanel.h"
#include "quick/quickcommandspanel.h"
#include "recipes/recipespanel.h"
#include "session/modulesession.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace bc25;
using namespace bc25::ui;

class TestFileDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyFileDialogFitsTheWindow_data();
    void everyFileDialogFitsTheWindow();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<link::ModuleStack> m_stack; // profile → engine → session → connection
    at::CommandEngine *m_engine = nullptr;
    ModuleSession *m_session = nullptr;
    link::Connection *m_connection = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

struct Shown
{
    bool seen = false;
    QSize size;
    int nameColumn = 0;
    int otherColumns = 0;
    bool detail = false;
};

// Opens a dialog with `open` (which returns when it closes) and looks at the
// dialog while it is up, then cancels it.
Shown look(const std::function<void()> &open)
{
    Shown shown;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        shown.seen = true;
        shown.size = dialog->size();
        shown.detail = dialog->viewMode() == QFileDialog::Detail;
        if (auto *files = dialog->findChild<QTreeView *>(QStringLiteral("treeView"))) {
            shown.nameColumn = files->header()->sectionSize(0);
            for (int i = 1; i < files->header()->count(); ++i)
                shown.otherColumns = std::max(shown.otherColumns, files->header()->sectionSize(i));
        }
        dialog->reject();
    });
    poll.start();
    open();
    return shown;
}

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

void TestFileDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_filedialogs"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

void TestFileDialogs::init()
{
    m_stack = std::make_unique<link::ModuleStack>(profile::ModuleProfile::bc25());
    m_engine = &m_stack->engine();
    m_session = &m_stack->session();
    m_connection = &m_stack->connection();
    m_connection->setCaptureFolder(m_dir.filePath(QStringLiteral("captures")));
    m_window = std::make_unique<MainWindow>(m_engine, m_session, m_connection);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showNormal();
    m_window->resize(1280, 720);
    QTRY_COMPARE(m_window->width(), 1280);
    m_connection->connectVirtual(); // the console's File… needs a module
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
}

void TestFileDialogs::cleanup()
{
    m_window.reset();
    m_connection = nullptr;
    m_session = nullptr;
    m_engine = nullptr;
    m_stack.reset();
}

void TestFileDialogs::everyFileDialogFitsTheWindow_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("open a capture") << QStringLiteral("capture");
    QTest::newRow("open a recipe") << QStringLiteral("recipe");
    QTest::newRow("import quick commands") << QStringLiteral("quick");
    QTest::newRow("send a file") << QStringLiteral("sendFile");
    QTest::newRow("export a console") << QStringLiteral("export");
    QTest::newRow("save a report or a CSV") << QStringLiteral("save");
}

void TestFileDialogs::everyFileDialogFitsTheWindow()
{
    QFETCH(QString, which);
    std::function<void()> open;
    if (which == QLatin1String("capture")) {
        QAction *action = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("&Open capture…"))
                action = a;
        }
        QVERIFY(action);
        open = [action] { action->trigger(); };
    } else if (which == QLatin1String("recipe")) {
        auto *button = buttonNamed<QAbstractButton>(m_window->recipesPanel(), QStringLiteral("Open file…"));
        QVERIFY(button);
        open = [button] { button->click(); };
    } else if (which == QLatin1String("quick")) {
        auto *button = buttonNamed<QAbstractButton>(m_window->findChild<QuickCommandsPanel *>(), QStringLiteral("Import…"));
        QVERIFY(button);
        open = [button] { button->click(); };
    } else if (which == QLatin1String("sendFile")) {
        auto *button = buttonNamed<QAbstractButton>(m_window->consolePanel()->console(0), QStringLiteral("File…"));
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        open = [button] { button->click(); };
    } else if (which == QLatin1String("export")) {
        auto *button = buttonNamed<QAbstractButton>(m_window->consolePanel()->console(0), QStringLiteral("Export…"));
        QVERIFY(button);
        open = [button] { button->click(); };
    } else {
        // The health report's Save report… and the soak monitor's Export CSV… ask here.
        open = [this] {
            SaveLocation::ask(m_window.get(), QStringLiteral("Save"), QStringLiteral("test/folder"), QStringLiteral("x.csv"),
                              QStringLiteral("CSV files (*.csv)"));
        };
    }
    const Shown shown = look(open);
    QVERIFY(shown.seen);
    QVERIFY(shown.detail);
    // 80 % of the window, within the screen (offscreen's is 800×600).
    const QSize expected = (m_window->size() * FileDialogs::WindowShare).boundedTo(m_window->screen()->availableSize());
    QVERIFY2(shown.size.width() >= expected.width() - 1 && shown.size.height() >= expected.height() - 1,
             qPrintable(QStringLiteral("%1×%2").arg(shown.size.width()).arg(shown.size.height())));
    QVERIFY2(shown.nameColumn >= shown.size.width() / 2 - 1, QByteArray::number(shown.nameColumn));
    QVERIFY(shown.nameColumn > shown.otherColumns);
}

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"
