// SPDX-License-Identifier: MIT
// The window's menus in each language the programs speak: within a menu (and
// on the menu bar) no two entries share a mnemonic, so Alt+letter always
// reaches one entry — a translation keeps its own letters (刷新信号(&G)).

#include "link/modulestack.h"
#include "capturefolder.h"
#include "mainwindow.h"
#include "translations.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QUrl>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace bc25;
using namespace bc25::ui;

class TestMenus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void noTwoEntriesShareAMnemonic_data();
    void noTwoEntriesShareAMnemonic();
    void aboutNamesEveryModel();
    void theFileMenuSaysWhereCapturesGo();
};

namespace {

// The entries of one menu whose mnemonic is taken twice, "letter: a, b".
QStringList sharedMnemonics(const QList<QAction *> &actions)
{
    QMultiHash<QString, QString> byLetter;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QKeySequence mnemonic = QKeySequence::mnemonic(action->text());
        if (!mnemonic.isEmpty())
            byLetter.insert(mnemonic.toString(), action->text());
    }
    QStringList shared;
    for (const QString &letter : byLetter.uniqueKeys()) {
        if (const QStringList texts = byLetter.values(letter); texts.size() > 1)
            shared << letter + QLatin1String(": ") + texts.join(QLatin1String(", "));
    }
    return shared;
}

} // namespace

void TestMenus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_menus"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

void TestMenus::cleanupTestCase()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
}

void TestMenus::noTwoEntriesShareAMnemonic_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestMenus::noTwoEntriesShareAMnemonic()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(QCoreApplication::instance(), language), language);
    link::ModuleStack stack(profile::ModuleProfile::bc25());
    MainWindow window(&stack.session(), &stack.connection());
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 4);
    QStringList shared = sharedMnemonics(menus);
    int entries = 0;
    for (const QAction *title : menus) {
        QMenu *menu = title->menu();
        QVERIFY(menu);
        entries += int(menu->actions().size());
        for (const QString &letters : sharedMnemonics(menu->actions()))
            shared << title->text() + QLatin1String(" → ") + letters;
    }
    QVERIFY(entries >= 10);
    QVERIFY2(shared.isEmpty(), qPrintable(shared.join(QLatin1String("; "))));
}

// Help → About names every model the workbench drives, not the BC25/BC32 alone (en85).
void TestMenus::aboutNamesEveryModel()
{
    QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
    link::ModuleStack stack(profile::ModuleProfile::bc25());
    MainWindow window(&stack.session(), &stack.connection());
    QAction *about = nullptr;
    for (const QAction *title : window.menuBar()->actions()) {
        for (QAction *action : title->menu()->actions()) {
            if (action->text().contains(QLatin1String("About")))
                about = action;
        }
    }
    QVERIFY(about);
    about->trigger();
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("about"));
    QVERIFY(box);
    for (const QByteArray &id : profile::ModuleProfile::ids())
        QVERIFY2(box->text().contains(profile::ModuleProfile::byId(id)->name()), id.constData());
    box->close();
}

// New-user pass 8, F12: the File menu names the capture folder, copies its
// path, and where no program opens folders says the path in the window.
void TestMenus::theFileMenuSaysWhereCapturesGo()
{
    QCOMPARE(Translations::install(QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
    QTemporaryDir dir;
    const QString folder = QDir::toNativeSeparators(dir.path());
    QSettings().setValue(QStringLiteral("captureFolder"), dir.path());
    link::ModuleStack stack(profile::ModuleProfile::bc25());
    MainWindow window(&stack.session(), &stack.connection());
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    QAction *show = nullptr;
    QAction *copy = nullptr;
    for (QAction *action : file->actions()) {
        if (action->text() == QLatin1String("Show the &capture folder"))
            show = action;
        if (action->text() == QLatin1String("Copy the capture folder's &path"))
            copy = action;
    }
    QVERIFY(show && copy);
    emit file->aboutToShow();
    QCOMPARE(show->toolTip(), QStringLiteral("Captures go to ") + folder);
    QCOMPARE(copy->statusTip(), QStringLiteral("Captures go to ") + folder);
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), folder);

    // No program opens folders: a message in the window with the path, selectable.
    QUrl asked;
    const QString said = CaptureFolder::show(&window, [&asked](const QUrl &url) {
        asked = url;
        return false;
    });
    QCOMPARE(asked, QUrl::fromLocalFile(dir.path()));
    QVERIFY2(said.endsWith(folder), qPrintable(said));
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("captureFolder.notShown"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(box->text(), said);
    QVERIFY(box->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    box->close();
    // A program that opens it: nothing more is said.
    QVERIFY(CaptureFolder::show(&window, [](const QUrl &) { return true; }).isEmpty());
    QSettings().remove(QStringLiteral("captureFolder"));
}

QTEST_MAIN(TestMenus)
#include "tst_menus.moc"
