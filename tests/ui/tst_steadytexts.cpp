// SPDX-License-Identifier: MIT
// Texts that come and go move nothing (issue 17): the terminal's syntax and
// result lines, the Recipes dock's save message and long titles, the Open
// dialog's refusal keep their room, at 1280×720 and 1600×1000; a refusal
// shows once the user typed or pressed Open; a greyed remote port is empty;
// the status bar's summaries are cut with their whole text in a tooltip; a
// recipe's parameters are shown in words, the Lua name in the tooltip.

#include "at/commandengine.h"
#include "at/resultline.h"
#include "bc25/commands.h"
#include "dialogs/opensocketdialog.h"
#include "link/connection.h"
#include "link/modulestack.h"
#include "mainwindow.h"
#include "panels/terminalpanel.h"
#include "profile/moduleprofile.h"
#include "recipe/recipeparameters.h"
#include "recipes/parameterform.h"
#include "recipes/recipeeditor.h"
#include "recipes/reciperunview.h"
#include "recipes/recipespanel.h"
#include "session/modulesession.h"
#include "views/statusline.h"
#include "views/logitemdelegate.h"
#include "views/logview.h"
#include "models/consolemodel.h"
#include "models/trafficmodel.h"
#include "models/urclogmodel.h"
#include "panels/consolepanel.h"
#include "panels/urclogpanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace bc25;
using namespace bc25::ui;

class TestSteadyTexts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void theTerminalsCommandRowStaysPut_data();
    void theTerminalsCommandRowStaysPut();
    void theSyntaxLineShowsTheRangesOnEveryModel_data();
    void theSyntaxLineShowsTheRangesOnEveryModel();
    void theRecipesTabsStayPut_data();
    void theRecipesTabsStayPut();
    void theOpenDialogKeepsItsSizeAndWaitsForTheUser();
    void aGreyedRemotePortIsEmpty();
    void statusBarSummariesAreCutWithATooltip();
    void parametersAreShownInWords();
    void aStatusLineBreaksOnlyBetweenWords_data();
    void aStatusLineBreaksOnlyBetweenWords();
    void linkMarkersAreDrawnAcrossAndWholeInTheirTooltips_data();
    void linkMarkersAreDrawnAcrossAndWholeInTheirTooltips();
    void theUrcLogGivesTheMeaningAndTheLineTheRoom();

private:
    void openWindow(QSize size, QByteArrayView model = "bc25");

    QTemporaryDir m_dir;
    std::unique_ptr<link::ModuleStack> m_stack;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

int yIn(const QWidget *widget, const QWidget *window)
{
    return widget->mapTo(window, QPoint(0, 0)).y();
}

} // namespace

void TestSteadyTexts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_steadytexts"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

void TestSteadyTexts::openWindow(QSize size, QByteArrayView model)
{
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
    QTRY_VERIFY(!m_stack->session().moduleInfo().revision.isEmpty());
}

void TestSteadyTexts::cleanup()
{
    m_window.reset();
    m_stack.reset();
}

void TestSteadyTexts::theTerminalsCommandRowStaysPut_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x720") << QSize(1280, 720);
    QTest::newRow("1600x1000") << QSize(1600, 1000);
}

void TestSteadyTexts::theTerminalsCommandRowStaysPut()
{
    QFETCH(QSize, size);
    openWindow(size);
    m_window->findChild<QDockWidget *>(QStringLiteral("dock.terminal"))->raise();
    TerminalPanel *terminal = m_window->terminalPanel();
    QTRY_VERIFY(terminal->commandLine()->isVisible());
    QCoreApplication::processEvents();
    const int rowAt = yIn(terminal->commandLine(), m_window.get());
    QVERIFY(terminal->hintText().isEmpty());
    QVERIFY(terminal->statusText().isEmpty());

    terminal->commandLine()->setText(QStringLiteral("AT+QIOPEN="));
    QVERIFY(!terminal->hintText().isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(yIn(terminal->commandLine(), m_window.get()), rowAt);
    // AT+QIOPEN's long syntax is never cut at the dock's edge: its lines fit,
    // and what does not fit ends in "…" with the whole in the tooltip.
    const StatusLine *hint = terminal->hint();
    for (const QString &line : hint->text().split(QLatin1Char('\n')))
        QVERIFY2(hint->fontMetrics().horizontalAdvance(line) <= hint->contentsRect().width(), qPrintable(line));
    QVERIFY(hint->isCut());
    QVERIFY(hint->text().endsWith(QChar(0x2026)));
    // The ranges show, not only in the tooltip (new-user pass 8, F2): they
    // come first (new-user pass 9: a BG96 note's title pushed them out), the
    // section and the syntax after them; the tooltip says all of it.
    QVERIFY2(hint->text().startsWith(QLatin1String("<contextID> 1-3; <connectID> 0-")), qPrintable(hint->text()));
    QVERIFY2(hint->toolTip().startsWith(QLatin1String("manual 2.1.1: ")), qPrintable(hint->toolTip()));
    // A shorter command's syntax shows too; AT+QIOPEN's is what is cut (whole in the tooltip).
    QVERIFY2(hint->toolTip().contains(QLatin1String("AT+QIOPEN=<")), qPrintable(hint->toolTip()));
    QCOMPARE(terminal->commandLine()->toolTip(), hint->toolTip());
    terminal->commandLine()->setText(QStringLiteral("AT+QICLOSE="));
    QVERIFY2(hint->text().contains(QLatin1String("AT+QICLOSE=<connectID>")), qPrintable(hint->text()));
    QVERIFY2(hint->text().contains(QLatin1String("<connectID> 0-")), qPrintable(hint->text()));
    QVERIFY2(hint->text().contains(QLatin1String("manual 2.1.2")), qPrintable(hint->text()));
    terminal->commandLine()->setText(QStringLiteral("AT+QIOPEN="));

    QCOMPARE(terminal->submit(QStringLiteral("AT+CSQ")), QString());
    QTRY_VERIFY(!terminal->statusText().isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(yIn(terminal->commandLine(), m_window.get()), rowAt);
    terminal->submit(QStringLiteral("AT+QIOPEN=9,9,\"TCP\",\"") + QString(200, QLatin1Char('x')) + QStringLiteral("\",70000"));
    QVERIFY(!terminal->statusText().isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(yIn(terminal->commandLine(), m_window.get()), rowAt);

    terminal->commandLine()->clear(); // the syntax line goes: nothing moves back either
    QVERIFY(terminal->hintText().isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(yIn(terminal->commandLine(), m_window.get()), rowAt);
}

void TestSteadyTexts::theSyntaxLineShowsTheRangesOnEveryModel_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QString>("ranges");
    QTest::addColumn<QString>("source");
    QTest::newRow("bc25") << QByteArray("bc25") << QStringLiteral("<contextID> 1-3; ") << QStringLiteral("manual 2.1.1: ");
    QTest::newRow("bg96") << QByteArray("bg96") << QStringLiteral("<contextID> 1-16; ")
                          << QStringLiteral("Quectel BG96 TCP/IP Application Note V1.2, 2.2.4: ");
    QTest::newRow("bc660k") << QByteArray("bc660k") << QStringLiteral("<contextID> 0; ")
                            << QStringLiteral("(BC660K-GL manual: section not read)");
}

// AT+QIOPEN= at 1280×720 (new-user pass 9): the BG96's line began with its
// note's English title, the ranges out of sight; the BC660K-GL's named no
// section at all; the BC25's tooltip, wider than the screen, was wrapped by Qt
// and its last line cut in half. The ranges come first on every model, where
// the rules are written is said (or that they were not read), and the
// tooltip is lines no wider than the screen.
void TestSteadyTexts::theSyntaxLineShowsTheRangesOnEveryModel()
{
    QFETCH(QByteArray, model);
    QFETCH(QString, ranges);
    QFETCH(QString, source);
    openWindow(QSize(1280, 720), model);
    m_window->findChild<QDockWidget *>(QStringLiteral("dock.terminal"))->raise();
    TerminalPanel *terminal = m_window->terminalPanel();
    QTRY_VERIFY(terminal->commandLine()->isVisible());
    terminal->commandLine()->setText(QStringLiteral("AT+QIOPEN="));
    const StatusLine *hint = terminal->hint();
    QVERIFY2(hint->text().startsWith(ranges), qPrintable(hint->text()));
    const QStringList tooltip = hint->toolTip().split(QLatin1Char('\n'));
    QVERIFY2(tooltip.first().contains(source), qPrintable(tooltip.first()));
    QVERIFY2(tooltip.contains(ranges.chopped(2)), qPrintable(hint->toolTip()));
    QVERIFY2(std::any_of(tooltip.cbegin(), tooltip.cend(), [](const QString &l) { return l.startsWith(QLatin1String("AT+QIOPEN=<")); }),
             qPrintable(hint->toolTip()));
    const QFontMetrics metrics(QToolTip::font());
    const int screen = 1280; // the smallest the workbench is made for (offscreen's own is smaller)
    for (const QString &line : tooltip)
        QVERIFY2(metrics.horizontalAdvance(line) < screen, qPrintable(line));
}

void TestSteadyTexts::theRecipesTabsStayPut_data()
{
    theTerminalsCommandRowStaysPut_data();
}

void TestSteadyTexts::theRecipesTabsStayPut()
{
    QFETCH(QSize, size);
    openWindow(size);
    m_window->findChild<QDockWidget *>(QStringLiteral("dock.recipes"))->raise();
    RecipesPanel *recipes = m_window->recipesPanel();
    QTRY_VERIFY(recipes->tabs()->isVisible());
    recipes->newRecipe();
    QCoreApplication::processEvents();
    const int tabsAt = yIn(recipes->tabs()->tabBar(), m_window.get());

    QCOMPARE(recipes->saveTo(m_dir.filePath(QStringLiteral("a_recipe_saved_under_a_rather_long_name_in_a_folder.lua"))), QString());
    QVERIFY(recipes->summary().startsWith(QLatin1String("Saved to")));
    QCoreApplication::processEvents();
    QCOMPARE(yIn(recipes->tabs()->tabBar(), m_window.get()), tabsAt);

    // A title longer than the dock is wide: one line, cut, whole in the tooltip.
    const QString title = QStringLiteral("A recipe whose title goes on and on about what it checks ").repeated(4).trimmed();
    recipes->editor()->setPlainText(QStringLiteral("-- ") + title + QStringLiteral("\nstep(\"x\")\n"));
    auto *current = recipes->findChild<StatusLine *>(QStringLiteral("recipes.current"));
    QVERIFY(current);
    QTRY_VERIFY(current->status().contains(title));
    QCoreApplication::processEvents();
    QCOMPARE(yIn(recipes->tabs()->tabBar(), m_window.get()), tabsAt);
    QVERIFY(current->isCut());
    QVERIFY(current->toolTip().contains(title));

    recipes->runView()->setSummary(QStringLiteral("Syntax error at line 3, nothing was run: ").repeated(10), true);
    QCoreApplication::processEvents();
    QCOMPARE(yIn(recipes->tabs()->tabBar(), m_window.get()), tabsAt);
}

void TestSteadyTexts::theOpenDialogKeepsItsSizeAndWaitsForTheUser()
{
    OpenSocketDialog dialog(profile::ModuleProfile::bc25()->catalog());
    dialog.setParameters(OpenParameters()); // as the socket panel opens it: no address yet
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *problem = dialog.findChild<StatusLine *>(QStringLiteral("open.problem"));
    QVERIFY(problem);
    QPushButton *open = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    // Nothing typed yet (no address): no refusal, and Open is there to press.
    QCOMPARE(problem->status(), QString());
    QVERIFY(open->isEnabled());
    QCoreApplication::processEvents();
    const QSize size = dialog.size();

    // Open pressed: the refusal shows, the dialog stays, its size too.
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(!problem->status().isEmpty(), "no refusal after Open");
    QVERIFY(!open->isEnabled());
    QCoreApplication::processEvents();
    QCOMPARE(dialog.size(), size);

    // Typing: the refusal follows, and the size does not.
    auto *host = dialog.findChild<QLineEdit *>();
    QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
    QSpinBox *remote = dialog.findChildren<QSpinBox *>().at(2);
    remote->selectAll();
    QTest::keyClicks(remote, QStringLiteral("70000"));
    QVERIFY2(problem->status().contains(QLatin1String("1-65535")), qPrintable(problem->status()));
    QCoreApplication::processEvents();
    QCOMPARE(dialog.size(), size);
    remote->selectAll();
    QTest::keyClicks(remote, QStringLiteral("80"));
    QCOMPARE(problem->status(), QString());
    QVERIFY(open->isEnabled());
    QCoreApplication::processEvents();
    QCOMPARE(dialog.size(), size);

    // A fresh dialog where the user types in a field: its refusal shows at once.
    OpenSocketDialog typed(profile::ModuleProfile::bc25()->catalog());
    typed.setParameters(OpenParameters());
    typed.show();
    QVERIFY(QTest::qWaitForWindowExposed(&typed));
    auto *typedProblem = typed.findChild<StatusLine *>(QStringLiteral("open.problem"));
    QSpinBox *typedRemote = typed.findChildren<QSpinBox *>().at(2);
    typedRemote->selectAll();
    QTest::keyClicks(typedRemote, QStringLiteral("70000"));
    QVERIFY(!typedProblem->status().isEmpty());
}

void TestSteadyTexts::aGreyedRemotePortIsEmpty()
{
    OpenSocketDialog dialog(profile::ModuleProfile::bc25()->catalog());
    OpenParameters p;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = 8080;
    dialog.setParameters(p);
    QSpinBox *remote = dialog.findChildren<QSpinBox *>().at(2);
    auto *service = dialog.findChild<QComboBox *>();
    for (const ServiceType server : {ServiceType::TcpListener, ServiceType::UdpService}) {
        service->setCurrentIndex(service->findData(int(server)));
        QVERIFY(!remote->isEnabled());
        QCOMPARE(remote->text(), QStringLiteral("—"));
        QCOMPARE(dialog.parameters().remotePort, 0); // manual 2.1.1: always 0 for a server
        service->setCurrentIndex(service->findData(int(ServiceType::Udp)));
        QVERIFY(remote->isEnabled());
        QCOMPARE(remote->value(), 8080);
        QCOMPARE(remote->text(), QStringLiteral("8080"));
    }
    // A listener given with a port shows none either.
    p.service = ServiceType::TcpListener;
    p.localPort = 5000;
    dialog.setParameters(p);
    QCOMPARE(remote->text(), QStringLiteral("—"));
    QCOMPARE(dialog.parameters().remotePort, 0);
}

void TestSteadyTexts::statusBarSummariesAreCutWithATooltip()
{
    openWindow(QSize(1600, 1000));
    const QList<StatusLine *> summaries = m_window->statusBar()->findChildren<StatusLine *>();
    QCOMPARE(summaries.size(), 3); // the link, the module, the signal
    const QString longText = QStringLiteral("已连接 BC25JAR01A04 · 信号 -51 dBm (CSQ 31) · 已注册，本地网络 · 已附着 · 10.0.0.2 ").repeated(6);
    for (StatusLine *summary : summaries) {
        summary->setStatus(longText);
        QCoreApplication::processEvents();
        if (summary->status() != longText)
            continue; // the link's line, told the module answered again meanwhile
        QVERIFY2(summary->isCut(), qPrintable(QStringLiteral("%1 wide").arg(summary->width())));
        QCOMPARE(summary->toolTip(), longText);
        QVERIFY(summary->text().endsWith(QChar(0x2026)));
        QVERIFY(summary->geometry().right() <= m_window->statusBar()->width());
    }
    QCOMPARE(m_window->width(), 1600); // nothing widened the window
    // A short one fits: no tooltip.
    summaries.last()->setStatus(QStringLiteral("CSQ 31"));
    QTRY_VERIFY(!summaries.last()->isCut());
    QVERIFY(summaries.last()->toolTip().isEmpty());
}

void TestSteadyTexts::parametersAreShownInWords()
{
    const QByteArray text = "local port = param(\"server_port\", 80, \"integer\") -- The server's port\n"
                            "local average = param(\"max_average_ms\", 2000)\n"
                            "local name = param(\"dns_name\", \"localhost\") --[[ a long comment ]]\n"
                            "local quoted = param(\"message\", \"-- not a comment\")\n";
    const QList<recipe::RecipeParameter> declared = recipe::RecipeParameters::declaredIn(text);
    QCOMPARE(declared.size(), 4);
    QCOMPARE(declared.at(0).label, QStringLiteral("The server's port"));
    QCOMPARE(declared.at(3).label, QString());
    ParameterForm form;
    form.setParameters(declared, {});
    const QHash<QString, QString> shown {{QStringLiteral("server_port"), QStringLiteral("The server's port")},
                                         {QStringLiteral("max_average_ms"), QStringLiteral("Max average (ms)")},
                                         {QStringLiteral("dns_name"), QStringLiteral("DNS name")},
                                         {QStringLiteral("message"), QStringLiteral("Message")}};
    for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
        auto *label = form.findChild<QLabel *>(QStringLiteral("label.") + it.key());
        QVERIFY2(label, qPrintable(it.key()));
        QCOMPARE(label->text(), it.value());
        QVERIFY(label->toolTip().contains(it.key()));
        QCOMPARE(label->buddy(), form.field(it.key()));
    }
}

void TestSteadyTexts::aStatusLineBreaksOnlyBetweenWords_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("zh") << QStringLiteral("SEND OK — 以二进制安全的提示符形式（AT+QISEND=<id>,<len>）分 4 段发送了 1920 字节。");
    QTest::newRow("en") << QStringLiteral("SEND OK — 3072 bytes in 6 parts as binary-safe prompt form (AT+QISEND=<id>,<len>).");
    QTest::newRow("zh, no punctuation") << QStringLiteral("套接字 0 收到 1920 字节数据");
}

void TestSteadyTexts::aStatusLineBreaksOnlyBetweenWords()
{
    QFETCH(QString, status);
    // Where a line may end: after a whole part (a word with what ends it), spaces aside.
    const auto withoutSpaces = [](QString text) { return text.remove(QLatin1Char(' ')).remove(QChar(0x2026)); };
    QSet<QString> ends;
    QString sofar;
    for (const QString &part : StatusLine::parts(status))
        ends.insert(withoutSpaces(sofar += part));
    StatusLine line(2);
    line.setStatus(status);
    const int whole = line.fontMetrics().horizontalAdvance(status);
    for (int width = 40; width <= whole + 40; width += 7) {
        line.resize(width, line.height());
        line.setStatus(status); // laid out at the new width (a hidden label has no resize event yet)
        const QStringList lines = line.text().split(QLatin1Char('\n'));
        QVERIFY(lines.size() <= 2);
        QString shown;
        for (const QString &text : lines) {
            QVERIFY2(line.fontMetrics().horizontalAdvance(text) <= line.contentsRect().width(), qPrintable(text));
            shown += text;
            // Every line ends between two words ("字 / 节" or "1920 / 字节" never), unless
            // it is a single word too wide for the line, cut with "…".
            const bool oneWordCut = text.endsWith(QChar(0x2026)) && !ends.contains(withoutSpaces(shown));
            QVERIFY2(ends.contains(withoutSpaces(shown)) || (oneWordCut && lines.size() == 1 + lines.indexOf(text)),
                     qPrintable(QStringLiteral("%1 px: %2").arg(width).arg(lines.join(QLatin1String(" / ")))));
        }
        QCOMPARE(line.isCut(), withoutSpaces(shown) != withoutSpaces(status));
        QCOMPARE(line.toolTip(), line.isCut() ? status : QString());
    }
}

void TestSteadyTexts::linkMarkersAreDrawnAcrossAndWholeInTheirTooltips_data()
{
    theTerminalsCommandRowStaysPut_data();
}

void TestSteadyTexts::linkMarkersAreDrawnAcrossAndWholeInTheirTooltips()
{
    QFETCH(QSize, size);
    openWindow(size);
    m_stack->connection().disconnectFromModule();
    QTRY_COMPARE(m_stack->connection().state(), link::Connection::State::Disconnected);
    const QString marker = QStringLiteral("——— Link to Virtual BC25 (built-in) closed ———");
    m_window->urcLog()->flush();
    m_window->traffic()->flush();
    auto *consoles = m_window->consolePanel();
    consoles->console(0)->setViewFormat(SocketConsole::Format::HexAndText);
    consoles->console(0)->model()->flush();
    m_window->findChild<QDockWidget *>(QStringLiteral("dock.urclog"))->raise();
    m_window->findChild<QDockWidget *>(QStringLiteral("dock.terminal"))->raise();
    QCoreApplication::processEvents();
    // In each log: the marker's row, its words across the columns after its
    // first (nothing beside it to cut it short), and its tooltip the whole.
    struct Log { QTableView *view; int column; };
    const QList<Log> logs {{m_window->urcLogPanel()->view(), UrcLogModel::Meaning},
                           {m_window->terminalPanel()->view(), TrafficModel::Bytes},
                           {consoles->console(0)->view(), ConsoleModel::Data}};
    for (const Log &log : logs) {
        log.view->resize(300, log.view->height()); // narrower than the marker, wherever it is
        const QAbstractItemModel *model = log.view->model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, log.column).data().toString() == marker)
                row = r;
        }
        QVERIFY2(row >= 0, qPrintable(log.view->objectName()));
        QCOMPARE(log.view->columnSpan(row, log.column), qMax(1, model->columnCount() - log.column));
        const QModelIndex index = model->index(row, log.column);
        const QString tooltip = index.data(Qt::ToolTipRole).toString();
        if (!tooltip.isEmpty()) {
            QCOMPARE(tooltip, marker);
            continue;
        }
        // The view's own: the whole text when the cell cuts it, none when all of it shows.
        QStyleOptionViewItem option;
        option.initFrom(log.view);
        option.rect = log.view->visualRect(index);
        const QString cut = LogItemDelegate::cutText(option, index).remove(QLatin1Char('\n'));
        const QVariant font = index.data(Qt::FontRole);
        const QFontMetrics metrics(font.isValid() ? qvariant_cast<QFont>(font).resolve(log.view->font()) : log.view->font());
        const int width = metrics.horizontalAdvance(marker);
        if (model->index(row, 0).data(LogView::WrapsRole).toInt() == log.column) {
            // Its words wrap (LogView::WrapsRole): whole in the row, or whole in its tooltip.
            QVERIFY2(cut.isEmpty() || cut == marker, qPrintable(cut));
            continue;
        }
        QVERIFY2(cut.isEmpty() ? width <= option.rect.width() - 2 * LogItemDelegate::Padding : cut == marker, qPrintable(cut));
    }
}

// At 1280×720 the URC log gave time, type and socket 100 px each, the
// meaning 420 and the line as printed ~100: "+QIURC: "recv…", "Ping done: …,
// max 4…" (new-user pass 9, F12). The three narrow columns are as wide as
// what they show; the meaning and the line share the rest, the line
// stretching; what is still cut is whole in its tooltip.
void TestSteadyTexts::theUrcLogGivesTheMeaningAndTheLineTheRoom()
{
    openWindow(QSize(1280, 720));
    m_window->findChild<QDockWidget *>(QStringLiteral("dock.urclog"))->raise();
    UrcLogModel *log = m_window->urcLog();
    for (const char *line : {"+QIOPEN: 1,0", "+QIURC: \"recv\",1,10", "+QIURC: \"incoming\",2,3,\"127.0.0.1\",47294",
                             "+QPING: 0,\"127.0.0.1\",32,48,255", "+QIURC: \"closed\",2",
                             "+QIURC: \"dnsgip\",0,1,0", "+QIURC: \"dnsgip\",\"127.0.0.1\"", "+QNTP: 0,\"26/12/07,20:43:28+00\""})
        log->append(at::ResultLine::parse(line));
    log->flush();
    QTableView *view = m_window->urcLogPanel()->view();
    QTRY_VERIFY(view->isVisible());
    QCoreApplication::processEvents();
    // The narrow columns: no wider than their label or their widest text needs, and 100 px no more.
    for (const int column : {UrcLogModel::Time, UrcLogModel::Type, UrcLogModel::Socket})
        QVERIFY2(view->columnWidth(column) < 100, qPrintable(QString::number(view->columnWidth(column))));
    // Every row of that session whole but the longest meaning (a closed
    // socket's advice), whole in its tooltip.
    QStringList cut;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        for (const int column : {int(UrcLogModel::Time), int(UrcLogModel::Type), int(UrcLogModel::Meaning), int(UrcLogModel::Line)}) {
            const QModelIndex index = view->model()->index(row, column);
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.rect = view->visualRect(index);
            if (LogItemDelegate::cutText(option, index).isEmpty())
                continue;
            QCOMPARE(index.data(Qt::ToolTipRole).toString(), index.data().toString());
            cut << QStringLiteral("%1 (%2 px)").arg(index.data().toString()).arg(option.rect.width());
        }
    }
    QVERIFY2(cut.size() <= 1 && (cut.isEmpty() || cut.first().startsWith(QLatin1String("Socket 2 was closed"))),
             qPrintable(cut.join(QStringLiteral("; "))));
    // The last column stretches to the view's edge.
    const int right = view->columnViewportPosition(UrcLogModel::Line) + view->columnWidth(UrcLogModel::Line);
    QCOMPARE(right, view->viewport()->width());
}

QTEST_MAIN(TestSteadyTexts)
#include "tst_steadytexts.moc"
