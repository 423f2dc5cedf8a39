// SPDX-License-Identifier: MIT
// New-user pass 10, a 1280×720 laptop screen in English and Chinese: the
// tables whose texts are sentences and commands share their width so that
// what the user reads them for is on screen. The transactions' Errors column
// without scrolling (Source as wide as "panel" needs, not "terminal, not in
// the manual"); the quick commands' names beside their commands, neither run
// into the other nor squeezing it; a recipe's step names and its messages.

#include "link/connection.h"
#include "link/modulestack.h"
#include "mainwindow.h"
#include "models/transactionmodel.h"
#include "panels/transactionspanel.h"
#include "quick/quickcommandspanel.h"
#include "recipes/reciperunview.h"
#include "recipes/recipespanel.h"
#include "recipes/steptablemodel.h"
#include "quick/quickcommandstore.h"
#include "session/modulesession.h"
#include "translations.h"
#include "views/columnbudget.h"
#include "views/columnfit.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QTabWidget>
#include <QTreeWidget>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bc25;
using namespace bc25::ui;

class TestTableColumns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void theBudgetGivesTheLastColumnItsLeastFirst();
    void theTransactionsErrorsAreOnScreen_data();
    void theTransactionsErrorsAreOnScreen();
    void theScrollBarsHandleIsDrawnWhereTheViewIs();
    void quickCommandsNamesAndCommandsAreBothRead_data();
    void quickCommandsNamesAndCommandsAreBothRead();
    void aRecipesStepsAndMessagesAreReadWhole_data();
    void aRecipesStepsAndMessagesAreReadWhole();

private:
    void start(const QByteArray &model, const QString &language, QSize size);
    void languages();
    QDockWidget *raise(const char *dock);

    QTemporaryDir m_dir;
    std::unique_ptr<link::ModuleStack> m_stack;
    std::unique_ptr<MainWindow> m_window;
};

void TestTableColumns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tablecolumns"));
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
    // A Latin font, as a system whose LANG is not Chinese gives: its Chinese comes from the fallback.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(9);
    QApplication::setFont(font);
}

void TestTableColumns::cleanup()
{
    m_window.reset();
    m_stack.reset();
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
}

void TestTableColumns::languages()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("en 1280") << QStringLiteral("en") << QSize(1280, 720);
    QTest::newRow("zh_CN 1280") << QStringLiteral("zh_CN") << QSize(1280, 720);
    QTest::newRow("en 1600") << QStringLiteral("en") << QSize(1600, 1000);
    QTest::newRow("zh_CN 1600") << QStringLiteral("zh_CN") << QSize(1600, 1000);
}

void TestTableColumns::start(const QByteArray &model, const QString &language, QSize size)
{
    QSettings().clear();
    QCOMPARE(Translations::install(QCoreApplication::instance(), language), language);
    m_stack = std::make_unique<link::ModuleStack>(profile::ModuleProfile::byId(model));
    m_stack->connection().setCaptureFolder(m_dir.filePath(QStringLiteral("captures")));
    m_window = std::make_unique<MainWindow>(&m_stack->session(), &m_stack->connection());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showNormal();
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    m_stack->connection().connectVirtual();
    QTRY_COMPARE(m_stack->connection().state(), link::Connection::State::Connected);
}

QDockWidget *TestTableColumns::raise(const char *dock)
{
    auto *widget = m_window->findChild<QDockWidget *>(QLatin1String(dock));
    if (!widget)
        return nullptr;
    widget->raise();
    QCoreApplication::processEvents();
    return widget;
}

void TestTableColumns::theBudgetGivesTheLastColumnItsLeastFirst()
{
    using Room = ColumnBudget::Room;
    const QList<Room> rooms{{50, 50}, {100, 200}, {40, 120}, {150, 0}};
    // Room for all: each its most, the last the rest.
    QCOMPARE(ColumnBudget::share(rooms, 600, {2, 1}), (QList<int>{50, 200, 120, 230}));
    // Short: column 2 gives way first, down to its least, then column 1.
    QCOMPARE(ColumnBudget::share(rooms, 480, {2, 1}), (QList<int>{50, 200, 80, 150}));
    QCOMPARE(ColumnBudget::share(rooms, 400, {2, 1}), (QList<int>{50, 160, 40, 150}));
    // Shorter than every least: the view scrolls, the last keeps its least.
    QCOMPARE(ColumnBudget::share(rooms, 300, {2, 1}), (QList<int>{50, 100, 40, 150}));
}

void TestTableColumns::theTransactionsErrorsAreOnScreen_data()
{
    languages();
}

// EN F4 / ZH F4: at 1280×720 Source took 175 pixels for "panel" and Errors
// was reached only with the scroll bar.
void TestTableColumns::theTransactionsErrorsAreOnScreen()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    start("bc25", language, size);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(raise("dock.transactions"));
    QTableView *view = m_window->transactionsPanel()->view();
    QTRY_VERIFY(view->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(view->horizontalScrollBar()->value(), 0);
    const int errorsAt = view->columnViewportPosition(TransactionModel::Errors);
    const int errorsWidth = view->columnWidth(TransactionModel::Errors);
    QVERIFY2(errorsAt + errorsWidth <= view->viewport()->width(),
             qPrintable(QStringLiteral("Errors at %1, %2 wide, in a view %3 wide")
                                .arg(errorsAt).arg(errorsWidth).arg(view->viewport()->width())));
    // Room for words: "566 (Socket connect failed)".
    QVERIFY2(errorsWidth >= 25 * view->fontMetrics().averageCharWidth(), qPrintable(QString::number(errorsWidth)));
    // Source as wide as its usual texts need, whole.
    const int source = view->columnWidth(TransactionModel::Source);
    QVERIFY(source >= ColumnFit::textWidth(view, TransactionModel::widestTexts(TransactionModel::Source, false)));
    QVERIFY(source >= view->horizontalHeader()->sectionSizeHint(TransactionModel::Source));
    QVERIFY2(source < ColumnFit::textWidth(view, {TransactionModel::sourceText(at::Source::Terminal, true)}),
             qPrintable(QString::number(source)));
    // The time, the latencies, the second phase's state and the URCs' label never cut.
    for (const int column : {TransactionModel::Time, TransactionModel::Latency, TransactionModel::Operation,
                             TransactionModel::OperationLatency, TransactionModel::Urcs})
        QVERIFY2(view->columnWidth(column) >= view->horizontalHeader()->sectionSizeHint(column),
                 qPrintable(QStringLiteral("column %1").arg(column)));
    QVERIFY(view->columnWidth(TransactionModel::Time)
            >= ColumnFit::textWidth(view, TransactionModel::widestTexts(TransactionModel::Time)));
    QVERIFY(view->columnWidth(TransactionModel::Operation)
            >= ColumnFit::textWidth(view, TransactionModel::widestTexts(TransactionModel::Operation)));
    // A command like AT+QIRD=5,100 whole; a longer one cut, whole in its tooltip.
    QVERIFY2(view->columnWidth(TransactionModel::Command)
                     >= ColumnFit::textWidth(view, {QStringLiteral("AT+QIRD=5,100,\"hello\"")}),
             qPrintable(QString::number(view->columnWidth(TransactionModel::Command))));
}

// EN F3: "scrolled fully right, the handle is still drawn at the far left".
// It is not: in the Fusion style the handle is the light part with an outline
// and the groove the grey one, and a handle two thirds of the track long
// leaves a grey third that reads as a handle. The pixels say where it is drawn.
void TestTableColumns::theScrollBarsHandleIsDrawnWhereTheViewIs()
{
    start("bc25", QStringLiteral("en"), QSize(1280, 720));
    if (QTest::currentTestFailed())
        return;
    m_window->resize(1000, 720); // too narrow for the columns: the view scrolls
    QTRY_COMPARE(m_window->width(), 1000);
    QVERIFY(raise("dock.transactions"));
    QTableView *view = m_window->transactionsPanel()->view();
    QScrollBar *bar = view->horizontalScrollBar();
    QTRY_VERIFY(bar->isVisible() && bar->maximum() > 0);
    // What the window shows, not what the bar would paint now: a bar that did
    // not repaint after the change shows its old handle there.
    const auto drawn = [&](int value) {
        bar->setValue(value);
        QCoreApplication::processEvents(); // LogScrollBar looks again once the changes are done
        QCoreApplication::processEvents(); // …and paints
        const QRect where(bar->mapTo(m_window.get(), QPoint(0, 0)), bar->size());
        return m_window->screen()->grabWindow(m_window->winId()).toImage().copy(where);
    };
    const QImage left = drawn(bar->minimum());
    const QImage right = drawn(bar->maximum());
    const int y = bar->height() / 2;
    const int start = bar->height() + 4;            // just past the left arrow
    const int end = bar->width() - bar->height() - 5; // just before the right arrow
    const QRgb handle = left.pixel(start, y);
    const QRgb groove = left.pixel(end, y);
    QVERIFY(handle != groove);
    QCOMPARE(right.pixel(start, y), groove);
    QCOMPARE(right.pixel(end, y), handle);
}

void TestTableColumns::quickCommandsNamesAndCommandsAreBothRead_data()
{
    languages();
}

// ZH F14 / EN F12: "最近错误AT+QIGETERROR", a name run into its command; and a
// command added without a name made the Name column take the width, every
// command then cut ("AT+QIGETERR…").
void TestTableColumns::quickCommandsNamesAndCommandsAreBothRead()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFile::remove(QuickCommandStore::defaultPath()); // the starter list
    start("bc25", language, size);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(raise("dock.quick"));
    auto *panel = m_window->findChild<QuickCommandsPanel *>();
    QVERIFY(panel);
    QTreeWidget *tree = panel->tree();
    QTRY_VERIFY(tree->isVisible());
    const auto check = [&](const char *when) {
        QCoreApplication::processEvents();
        const QTreeWidgetItem *starter = tree->topLevelItem(0);
        QVERIFY(starter && starter->childCount() >= 8);
        const int gap = tree->fontMetrics().averageCharWidth();
        const int nameEnd = tree->columnViewportPosition(0) + tree->columnWidth(0);
        for (int c = 0; c < starter->childCount(); ++c) {
            const QTreeWidgetItem *item = starter->child(c);
            const QRect name = tree->visualItemRect(item);
            // The name whole, with a gap before its command…
            if (item->text(0) != item->text(1)) {
                const int needs = name.x() + ColumnFit::textWidth(tree, {item->text(0)}) + gap;
                QVERIFY2(needs <= nameEnd, qPrintable(QStringLiteral("%1: \"%2\" needs %3, the column ends at %4")
                                                              .arg(QLatin1String(when), item->text(0)).arg(needs).arg(nameEnd)));
            }
            // …and the command whole (the one added: cut past what the dock has).
            if (c < 8)
                QVERIFY2(tree->columnWidth(1) >= ColumnFit::textWidth(tree, {item->text(1)}),
                         qPrintable(QStringLiteral("%1: \"%2\" in %3 px").arg(QLatin1String(when), item->text(1))
                                            .arg(tree->columnWidth(1))));
        }
        const int right = tree->columnViewportPosition(2) + tree->columnWidth(2);
        QVERIFY2(right <= tree->viewport()->width(), qPrintable(QStringLiteral("%1: %2 of %3")
                                                                         .arg(QLatin1String(when)).arg(right)
                                                                         .arg(tree->viewport()->width())));
    };
    check("starter");
    if (QTest::currentTestFailed())
        return;
    const int commandWidth = tree->columnWidth(1);
    panel->addCommand(0, {}, QStringLiteral("AT+QIOPEN=1,12,\"TCP\",\"127.0.0.1\",7"));
    QCOMPARE(tree->topLevelItem(0)->childCount(), 9);
    check("a nameless command added");
    // Its name is its command: it does not take the commands' room.
    QCOMPARE(tree->columnWidth(1), commandWidth);
    QFile::remove(QuickCommandStore::defaultPath());
}

void TestTableColumns::aRecipesStepsAndMessagesAreReadWhole_data()
{
    languages();
}

// EN F9: "Reading a closed socket gives 5…", "A connectID out of range is
// refu…" and the Message column half off-screen, even at 1600×1000.
void TestTableColumns::aRecipesStepsAndMessagesAreReadWhole()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    start("bg96", language, size);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(raise("dock.recipes"));
    RecipesPanel *panel = m_window->recipesPanel();
    panel->tabs()->setCurrentWidget(panel->runView());
    QTableView *view = panel->runView()->view();
    QTRY_VERIFY(view->isVisible());
    StepTableModel *steps = panel->runView()->steps();
    const QStringList names{QStringLiteral("A refused connect gives 566"), QStringLiteral("An unknown host gives 565"),
                            QStringLiteral("Reading a closed socket gives 567"),
                            QStringLiteral("A connectID out of range is refused")};
    const auto check = [&](const char *when) {
        QCoreApplication::processEvents();
        const int right = view->columnViewportPosition(StepTableModel::Message) + view->columnWidth(StepTableModel::Message);
        QVERIFY2(right <= view->viewport()->width(),
                 qPrintable(QStringLiteral("%1: the columns end at %2 in %3").arg(QLatin1String(when)).arg(right)
                                    .arg(view->viewport()->width())));
        for (int row = 0; row < steps->rowCount(); ++row) {
            for (const int column : {int(StepTableModel::Name), int(StepTableModel::Message)}) {
                const QString text = steps->index(row, column).data().toString();
                // As the item delegate lays a wrapped cell out: its width less a margin each side.
                const int inside = view->columnWidth(column) - ColumnFit::textWidth(view, {QString()}) - 1;
                const QRect needs = view->fontMetrics().boundingRect(QRect(0, 0, inside, 100000),
                                                                     Qt::TextWordWrap, text);
                QVERIFY2(needs.width() <= inside && needs.height() <= view->rowHeight(row),
                         qPrintable(QStringLiteral("%1: \"%2\" needs %3×%4 in %5×%6").arg(QLatin1String(when), text)
                                            .arg(needs.width()).arg(needs.height()).arg(inside)
                                            .arg(view->rowHeight(row))));
            }
        }
    };
    for (int i = 0; i < names.size(); ++i) {
        recipe::StepResult step;
        step.index = i;
        step.name = names.at(i);
        step.durationMs = 16;
        steps->stepStarted(i, step.name);
        steps->stepFinished(step);
    }
    check("passed");
    if (QTest::currentTestFailed())
        return;
    recipe::StepResult failed;
    failed.index = int(names.size());
    failed.name = QStringLiteral("Two sockets on one local port are refused");
    failed.status = recipe::StepResult::Status::Failed;
    failed.kind = QStringLiteral("expect");
    failed.line = 14;
    failed.message = QStringLiteral("expected +QIOPEN: 1,0 within 5 s; the module answered +QIOPEN: 1,563 "
                                    "(Socket identity has been used)");
    steps->stepStarted(failed.index, failed.name);
    steps->stepFinished(failed);
    check("failed");
}

QTEST_MAIN(TestTableColumns)
#include "tst_tablecolumns.moc"
