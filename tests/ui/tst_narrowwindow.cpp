// SPDX-License-Identifier: MIT
// Issue 17, a 1280×720 laptop screen in English and Chinese: a long text on
// show gives way itself, whole in its tooltip, instead of squeezing what is
// around it. An open's failure in the socket table's State cell elides before
// any other column's header is shortened (ColumnFit::setYieldingColumn), and
// a console's "SEND OK — … Sent by a recipe." fits its status line.

#include "bc25/commands.h"
#include "link/connection.h"
#include "link/modulestack.h"
#include "mainwindow.h"
#include "views/elidingstatusbar.h"
#include "bc25/errorcodes.h"
#include "models/sockettablemodel.h"
#include "panels/consolepanel.h"
#include "panels/socketpanel.h"
#include "session/modulesession.h"
#include "session/sendqueue.h"
#include "session/sockettable.h"
#include "translations.h"
#include "views/statusline.h"

#include <QApplication>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bc25;
using namespace bc25::ui;

class TestNarrowWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void aFailureInTheStateCellLeavesTheHeadersWhole_data();
    void aFailureInTheStateCellLeavesTheHeadersWhole();
    void aSendByARecipeFitsTheConsolesStatus_data();
    void aSendByARecipeFitsTheConsolesStatus();
    void aStatusChangedRapidlyIsNeverCutWithRoomToSpare();
    void aLongMessageIsElidedBeforeThePermanentFields_data();
    void aLongMessageIsElidedBeforeThePermanentFields();

private:
    void start(const QByteArray &model, const QString &language);
    void languages();

    QTemporaryDir m_dir;
    std::unique_ptr<link::ModuleStack> m_stack;
    std::unique_ptr<MainWindow> m_window;
};

void TestNarrowWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_narrowwindow"));
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
    // A Latin font, as a system whose LANG is not Chinese gives: its Chinese comes from the fallback.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(9);
    QApplication::setFont(font);
}

void TestNarrowWindow::cleanup()
{
    m_window.reset();
    m_stack.reset();
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
}

void TestNarrowWindow::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestNarrowWindow::start(const QByteArray &model, const QString &language)
{
    QSettings().clear();
    QCOMPARE(Translations::install(QCoreApplication::instance(), language), language);
    m_stack = std::make_unique<link::ModuleStack>(profile::ModuleProfile::byId(model));
    m_stack->connection().setCaptureFolder(m_dir.filePath(QStringLiteral("captures")));
    m_window = std::make_unique<MainWindow>(&m_stack->session(), &m_stack->connection());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showNormal();
    m_window->resize(1280, 720);
    QTRY_COMPARE(m_window->size(), QSize(1280, 720));
    m_stack->connection().connectVirtual();
    QTRY_COMPARE(m_stack->connection().state(), link::Connection::State::Connected);
    QTRY_VERIFY(!m_stack->session().moduleInfo().revision.isEmpty());
}

void TestNarrowWindow::aFailureInTheStateCellLeavesTheHeadersWhole_data()
{
    languages();
}

void TestNarrowWindow::aFailureInTheStateCellLeavesTheHeadersWhole()
{
    QFETCH(QString, language);
    start("bg96", language); // a fresh BG96 answers 561: its context is not active
    if (QTest::currentTestFailed())
        return;
    SocketPanel *panel = m_window->socketPanel();
    OpenParameters p = panel->dialogDefaults();
    p.connectId = 0;
    QSignalSpy finished(m_stack->session().sockets(), &SocketTable::openFinished);
    // The table announces changes in batches: the columns are fitted (ColumnFit,
    // connected first) once the row's failure is announced.
    const QModelIndex state = panel->view()->model()->index(0, SocketTableModel::State);
    bool announced = false;
    connect(panel->view()->model(), &QAbstractItemModel::dataChanged, this, [&announced, state] {
        announced = announced || state.data().toString().contains(QLatin1String("561"));
    });
    QCOMPARE(panel->open(p), QString());
    QTRY_COMPARE(finished.size(), 1);
    QTRY_VERIFY(announced);
    // Whole in its tooltip, with what to do about it (new-user pass 9, zh_CN F4).
    QVERIFY2(state.data(Qt::ToolTipRole).toString().startsWith(state.data().toString()),
             qPrintable(state.data(Qt::ToolTipRole).toString()));

    QHeaderView *header = panel->view()->horizontalHeader();
    const auto cutHeaders = [header] {
        QStringList cut;
        for (int c = 0; c < header->count(); ++c) {
            if (c != SocketTableModel::Remote && header->sectionSize(c) < header->sectionSizeHint(c))
                cut << QStringLiteral("%1: %2 of %3 px")
                           .arg(header->model()->headerData(c, Qt::Horizontal).toString())
                           .arg(header->sectionSize(c))
                           .arg(header->sectionSizeHint(c));
        }
        return cut.join(QStringLiteral(", "));
    };
    QTRY_VERIFY2(cutHeaders().isEmpty(), qPrintable(cutHeaders()));
    // The table still fits its view: the State cell gave the width.
    QVERIFY(header->length() <= panel->view()->viewport()->width());
}

void TestNarrowWindow::aSendByARecipeFitsTheConsolesStatus_data()
{
    languages();
}

void TestNarrowWindow::aSendByARecipeFitsTheConsolesStatus()
{
    QFETCH(QString, language);
    start("bc25", language);
    if (QTest::currentTestFailed())
        return;
    SocketPanel *panel = m_window->socketPanel();
    OpenParameters p = panel->dialogDefaults(); // the virtual module's echo service
    p.connectId = 0;
    QSignalSpy finished(m_stack->session().sockets(), &SocketTable::openFinished);
    QCOMPARE(panel->open(p), QString());
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(1).toBool());
    SocketConsole *console = m_window->consolePanel()->console(0);
    m_window->consolePanel()->showConsole(0);
    QCOMPARE(m_stack->session().sends()->send(0, "hello from a recipe", SendQueue::Mode::Auto, at::Source::Recipe),
             QString());
    QTRY_VERIFY2(console->statusText().startsWith(QStringLiteral("SEND OK")), qPrintable(console->statusText()));
    auto *status = console->findChild<StatusLine *>(QStringLiteral("status"));
    QVERIFY(status && status->isVisible());
    QVERIFY(status->status().contains(QLatin1String("QISEND")));
    QTRY_VERIFY2(!status->isCut(), qPrintable(status->text()));
}

// The status bar was once seen cutting a summary with 558 px to spare (xcb):
// its texts change in bursts (the link's state, the module, the signal, a
// message over them); once the events of a change are handled — not after a
// wait — no line is cut while another has room it does not need.
// The 561 advice ran under the module's identity at 1280, cut mid-word with
// no "…" (new-user pass 7): the message keeps left of the permanent fields,
// elided, and is whole in the tooltip.
void TestNarrowWindow::aLongMessageIsElidedBeforeThePermanentFields_data()
{
    languages();
}

void TestNarrowWindow::aLongMessageIsElidedBeforeThePermanentFields()
{
    QFETCH(QString, language);
    start("bg96", language);
    if (QTest::currentTestFailed())
        return;
    auto *bar = qobject_cast<ElidingStatusBar *>(m_window->statusBar());
    QVERIFY(bar);
    const QString message = QStringLiteral("AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",7,0,1: Error 561 (open PDP context failed). ")
                            + ErrorCodes::advice(561, 0, true);
    bar->showMessage(message, 60000);
    QTRY_VERIFY(bar->currentMessage() == message);
    int firstField = bar->width();
    for (const QWidget *child : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->isVisible())
            firstField = qMin(firstField, child->geometry().left());
    }
    QVERIFY2(firstField < bar->width() / 2 + bar->width() / 4, "the module's fields are shown");
    QVERIFY(bar->messageRect().right() < firstField);
    const QString shown = bar->shownMessage();
    QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
    QVERIFY(bar->fontMetrics().horizontalAdvance(shown) <= bar->messageRect().width());
    QCOMPARE(bar->toolTip(), message);
}

void TestNarrowWindow::aStatusChangedRapidlyIsNeverCutWithRoomToSpare()
{
    start("bc25", QStringLiteral("en"));
    if (QTest::currentTestFailed())
        return;
    QStatusBar *bar = m_window->statusBar();
    const QList<StatusLine *> lines = bar->findChildren<StatusLine *>(Qt::FindDirectChildrenOnly);
    QCOMPARE(lines.size(), 3); // the link's state, the module, the signal
    const auto cutWithRoomToSpare = [bar, &lines] {
        int spare = 0;
        for (const StatusLine *line : lines) {
            if (line->isVisible())
                spare += std::max(0, line->width() - line->sizeHint().width());
        }
        for (const StatusLine *line : lines) {
            if (line->isVisible() && line->isCut() && spare >= line->sizeHint().width() - line->width())
                return QStringLiteral("\"%1\" cut (%2 of %3 px) with %4 px spare in a bar %5 wide")
                    .arg(line->status()).arg(line->width()).arg(line->sizeHint().width()).arg(spare).arg(bar->width());
        }
        return QString();
    };
    const QStringList texts = {QString(), QStringLiteral("BC25"),
                               QStringLiteral("Quectel_BC25, revision BC25JAR01A04 and a longer summary of it"),
                               QStringLiteral("Signal -69 dBm (CSQ 22) · registered, home · attached · 10.45.0.2")};
    for (int round = 0; round < 40; ++round) {
        for (int i = 0; i < lines.size(); ++i)
            lines.at(i)->setStatus(texts.at((round + i) % texts.size()));
        if (round % 3 == 0)
            bar->showMessage(QStringLiteral("A message over the state line"), 1000);
        if (round % 3 == 1)
            bar->clearMessage();
        if (round % 2 == 0) // now and then a burst: two changes before the bar lays out
            lines.at(1)->setStatus(texts.at((round + 3) % texts.size()));
        QCoreApplication::sendPostedEvents(); // the layout requests of the change, and no more
        QCoreApplication::processEvents();
        QVERIFY2(cutWithRoomToSpare().isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(cutWithRoomToSpare())));
    }
}

QTEST_MAIN(TestNarrowWindow)
#include "tst_narrowwindow.moc"
