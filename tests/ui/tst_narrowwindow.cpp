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
    QCOMPARE(state.data(Qt::ToolTipRole).toString(), state.data().toString()); // whole in its tooltip

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

QTEST_MAIN(TestNarrowWindow)
#include "tst_narrowwindow.moc"
