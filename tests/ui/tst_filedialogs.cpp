// SPDX-License-Identifier: MIT
// Every file dialog of the window — open a capture, a recipe, quick commands,
// a file to send; export a table, save a report or a CSV — is Qt's own here
// (offscreen: no native one) and comes sized to the window (80 % of a
// 1280×720 one) in its detail view, the name column half of it, not cut.

#include "at/commandengine.h"
#include "link/modulestack.h"
#include "dialogs/filedialogs.h"
#include "dialogs/filelistdelegate.h"
#include "link/connection.h"
#include "mainwindow.h"
#include "panels/consolepanel.h"
#include "quick/quickcommandspanel.h"
#include "recipes/recipespanel.h"
#include "session/modulesession.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
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

Q_DECLARE_METATYPE(bc25::ui::FileDialogs::Purpose)

class TestFileDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyFileDialogFitsTheWindow_data();
    void everyFileDialogFitsTheWindow();
    void eachPurposeKeepsItsFolder_data();
    void eachPurposeKeepsItsFolder();
    void hiddenFoldersAreNotListed();
    void datesAreInTheWindowsLanguage();

private:
    void startWindow();
    // Opens the dialog of `which` the way the user does (the menu, a button).
    std::function<void()> opener(const QString &which);
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
    QString folder;
    QStringList listed;      // the names in the folder shown
    QStringList cutColumns;  // Size, Type, Date narrower than their title or content
    QStringList dates;       // the Date column as the rows show it
    bool hiddenFilter = false;
};

// Opens a dialog with `open` (which returns when it closes) and looks at the
// dialog while it is up — once its folder is listed — then cancels it, or
// accepts `choose` (a file's path) when given.
Shown look(const std::function<void()> &open, const QString &choose = {})
{
    Shown shown;
    QTimer poll;
    poll.setInterval(5);
    int waited = 0;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *files = dialog->findChild<QTreeView *>(QStringLiteral("treeView"));
        // The folder is read in a thread: its rows come a little later (an empty one never).
        if (files && files->model()->rowCount(files->rootIndex()) == 0 && ++waited < 400)
            return;
        shown.seen = true;
        shown.size = dialog->size();
        shown.detail = dialog->viewMode() == QFileDialog::Detail;
        shown.folder = dialog->directory().absolutePath();
        shown.hiddenFilter = dialog->filter().testFlag(QDir::Hidden);
        if (files) {
            QHeaderView *header = files->header();
            shown.nameColumn = header->sectionSize(0);
            for (int i = 1; i < header->count(); ++i) {
                shown.otherColumns = std::max(shown.otherColumns, header->sectionSize(i));
                const QString title = files->model()->headerData(i, Qt::Horizontal).toString();
                // The title, and each row's text with the item's margins.
                int needed = header->fontMetrics().horizontalAdvance(title);
                for (int row = 0; row < files->model()->rowCount(files->rootIndex()); ++row) {
                    const QString text = FileListDelegate::shown(files->model()->index(row, i, files->rootIndex()));
                    needed = std::max(needed, files->fontMetrics().horizontalAdvance(text) + 6);
                }
                if (header->sectionSize(i) < needed)
                    shown.cutColumns << QStringLiteral("%1 (%2 < %3)").arg(title).arg(header->sectionSize(i)).arg(needed);
            }
            const bool delegated = qobject_cast<FileListDelegate *>(files->itemDelegate()) != nullptr;
            for (int row = 0; row < files->model()->rowCount(files->rootIndex()); ++row) {
                shown.listed << files->model()->index(row, 0, files->rootIndex()).data().toString();
                const QModelIndex date = files->model()->index(row, 3, files->rootIndex());
                shown.dates << (delegated ? FileListDelegate::shown(date) : date.data().toString());
            }
        }
        // The columns follow the folder's contents once it is read: a moment to do so.
        if (!shown.cutColumns.isEmpty() && ++waited < 400) {
            shown = {};
            return;
        }
        poll.stop();
        if (choose.isEmpty()) {
            dialog->reject();
            return;
        }
        // Typed as the user types it (selectFile leaves a focused name field alone).
        dialog->setDirectory(QFileInfo(choose).absolutePath());
        if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->setText(QFileInfo(choose).fileName());
        QMetaObject::invokeMethod(dialog, "done", Qt::QueuedConnection, Q_ARG(int, QDialog::Accepted));
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
    startWindow();
    m_connection->connectVirtual(); // the console's File… needs a module
    QTRY_COMPARE(m_connection->state(), link::Connection::State::Connected);
}

void TestFileDialogs::startWindow()
{
    m_window = std::make_unique<MainWindow>(m_session, m_connection);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showNormal();
    m_window->resize(1280, 720);
    QTRY_COMPARE(m_window->width(), 1280);
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
    QTest::newRow("export quick commands") << QStringLiteral("quickExport");
    QTest::newRow("save a report") << QStringLiteral("report");
    QTest::newRow("export soak samples") << QStringLiteral("soak");
}

std::function<void()> TestFileDialogs::opener(const QString &which)
{
    if (which == QLatin1String("capture")) {
        QAction *action = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("&Open capture…"))
                action = a;
        }
        return action ? std::function<void()>([action] { action->trigger(); }) : nullptr;
    }
    QWidget *root = nullptr;
    QString text;
    if (which == QLatin1String("recipe")) {
        root = m_window->recipesPanel();
        text = QStringLiteral("Open file…");
    } else if (which == QLatin1String("quick")) {
        root = m_window->findChild<QuickCommandsPanel *>();
        text = QStringLiteral("Import…");
    } else if (which == QLatin1String("quickExport")) {
        root = m_window->findChild<QuickCommandsPanel *>();
        text = QStringLiteral("Export…");
    } else if (which == QLatin1String("sendFile")) {
        root = m_window->consolePanel()->console(0);
        text = QStringLiteral("File…");
    } else if (which == QLatin1String("export")) {
        root = m_window->consolePanel()->console(0);
        text = QStringLiteral("Export…");
    } else {
        // The health report's Save report… and the soak monitor's Export CSV…
        // ask once there is a report or samples: asked here as they ask.
        const auto purpose = which == QLatin1String("report") ? FileDialogs::Purpose::Report : FileDialogs::Purpose::SoakCsv;
        return [this, purpose] {
            FileDialogs::saveFile(m_window.get(), purpose, QStringLiteral("Save"), QStringLiteral("x.csv"),
                                  QStringLiteral("CSV files (*.csv)"));
        };
    }
    auto *button = root ? buttonNamed<QAbstractButton>(root, text) : nullptr;
    if (!button || !button->isEnabled())
        return nullptr;
    return [button] { button->click(); };
}

void TestFileDialogs::everyFileDialogFitsTheWindow()
{
    QFETCH(QString, which);
    const std::function<void()> open = opener(which);
    QVERIFY(open);
    const Shown shown = look(open);
    QVERIFY(shown.seen);
    QVERIFY(shown.detail);
    // 80 % of the window, within the screen (offscreen's is 800×600).
    const QSize expected = (m_window->size() * FileDialogs::WindowShare).boundedTo(m_window->screen()->availableSize());
    QVERIFY2(shown.size.width() >= expected.width() - 1 && shown.size.height() >= expected.height() - 1,
             qPrintable(QStringLiteral("%1×%2").arg(shown.size.width()).arg(shown.size.height())));
    // Size, Type and Date whole (title and content), the name the widest.
    QVERIFY2(shown.cutColumns.isEmpty(), qPrintable(shown.cutColumns.join(QStringLiteral(", "))));
    QVERIFY2(shown.nameColumn >= shown.size.width() / 4, QByteArray::number(shown.nameColumn));
    QVERIFY(shown.nameColumn > shown.otherColumns);
}

// Each purpose opens where its last file went or came from, after a restart
// too, not where another purpose's did.
void TestFileDialogs::eachPurposeKeepsItsFolder_data()
{
    QTest::addColumn<FileDialogs::Purpose>("purpose");
    QTest::addColumn<QString>("which");
    QTest::addColumn<bool>("save");
    QTest::newRow("open a capture") << FileDialogs::Purpose::Capture << QStringLiteral("capture") << false;
    QTest::newRow("open a recipe") << FileDialogs::Purpose::Recipe << QStringLiteral("recipe") << false;
    QTest::newRow("import quick commands") << FileDialogs::Purpose::QuickCommands << QStringLiteral("quick") << false;
    QTest::newRow("export quick commands") << FileDialogs::Purpose::QuickCommands << QStringLiteral("quickExport") << true;
    QTest::newRow("save a report") << FileDialogs::Purpose::Report << QStringLiteral("report") << true;
    QTest::newRow("export soak samples") << FileDialogs::Purpose::SoakCsv << QStringLiteral("soak") << true;
    QTest::newRow("export a table") << FileDialogs::Purpose::TableExport << QStringLiteral("export") << true;
    QTest::newRow("send a file") << FileDialogs::Purpose::SendFile << QStringLiteral("sendFile") << false;
}

void TestFileDialogs::eachPurposeKeepsItsFolder()
{
    QFETCH(FileDialogs::Purpose, purpose);
    QFETCH(QString, which);
    QFETCH(bool, save);
    const QString folder = m_dir.filePath(QStringLiteral("kept-") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(QDir().mkpath(folder));
    const QString file = QDir(folder).filePath(QStringLiteral("chosen.txt"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    // Chosen there once...
    const Shown first = look([&] {
        const QString path = save ? FileDialogs::saveFile(m_window.get(), purpose, QStringLiteral("Save"), QStringLiteral("x.txt"), {})
                                  : FileDialogs::openFile(m_window.get(), purpose, QStringLiteral("Open"), {});
        QCOMPARE(path, file);
    }, file);
    QVERIFY(first.seen);
    for (const FileDialogs::Purpose other : FileDialogs::Purposes) {
        if (other != purpose)
            QVERIFY(FileDialogs::folder(other) != folder);
    }
    // ...it is where the dialog opens after a restart.
    m_window.reset();
    startWindow();
    const std::function<void()> open = opener(which);
    QVERIFY(open);
    const Shown shown = look(open);
    QVERIFY(shown.seen);
    QCOMPARE(shown.folder, QDir(folder).absolutePath());
}

// A folder's hidden folders (a home folder's .cache, .config…) are not
// listed in any of them, the quick commands' import included.
void TestFileDialogs::hiddenFoldersAreNotListed()
{
    const QString folder = m_dir.filePath(QStringLiteral("with-hidden"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/.hidden")));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/visible")));
    const QString file = QDir(folder).filePath(QStringLiteral("commands.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[]");
    }
    QVERIFY(look([&] { FileDialogs::openFile(m_window.get(), FileDialogs::Purpose::QuickCommands, QStringLiteral("Open"), {}); },
                 file).seen);
    const Shown shown = look(opener(QStringLiteral("quick")));
    QVERIFY(shown.seen);
    QCOMPARE(shown.folder, QDir(folder).absolutePath());
    QVERIFY2(shown.listed.contains(QStringLiteral("visible")), qPrintable(shown.listed.join(QLatin1Char(','))));
    QVERIFY2(!shown.listed.contains(QStringLiteral(".hidden")), qPrintable(shown.listed.join(QLatin1Char(','))));
    QVERIFY(!shown.hiddenFilter);
}

// Issue 17: with Chinese chosen the dialog's texts were Chinese and its dates
// English ("7 Dec 2026 08:37:04": the model writes QLocale::system()'s, the
// environment's LC_TIME). They are written in the window's language now.
void TestFileDialogs::datesAreInTheWindowsLanguage()
{
    const QString folder = m_dir.filePath(QStringLiteral("dated"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = QDir(folder).filePath(QStringLiteral("one.bc25cap"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# bc25cap\n");
    }
    QSettings().remove(QStringLiteral("folders/capture")); // opens in `folder`
    QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    const QDateTime modified = QFileInfo(file).lastModified();
    const Shown shown = look([&] { FileDialogs::openFile(m_window.get(), FileDialogs::Purpose::Capture, QStringLiteral("Open"), {}, folder); });
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    QVERIFY(shown.seen);
    QCOMPARE(shown.dates.size(), 1);
    QCOMPARE(shown.dates.constFirst(), QLocale(QLocale::Chinese, QLocale::China).toString(modified, QLocale::ShortFormat));
    QVERIFY2(!shown.dates.constFirst().contains(QStringLiteral("Dec")), qPrintable(shown.dates.constFirst()));
    QVERIFY2(shown.cutColumns.isEmpty(), qPrintable(shown.cutColumns.join(QLatin1Char(','))));
}

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"
