// SPDX-License-Identifier: MIT
// What the sockets panel offers and says where a new user meets the module's
// rules (new-user pass 8): a fresh BG96, BG95 or EC200U (the built-in one boots
// as a real module does, its context not active) refuses the first open with
// 561; the panel offers "Activate context 1" there, which sends AT+QIACT=1 like
// any command and says the context is up only on the module's OK — then the
// open goes through. A BC25 (its context up once attached) is offered nothing.
// An incoming connection on a direct-push listener reads in buffer access mode,
// as the module's manual says it starts (BC25 2.2.5, BG96 AN 2.3.4): the
// table's Access cell says where that comes from.
#include "bc25/errorcodes.h"
#include "erroradvice.h"
#include "link/connection.h"
#include "mainwindow.h"
#include "models/sockettablemodel.h"
#include "panels/socketpanel.h"
#include "profile/moduleprofile.h"
#include "session/modulesession.h"
#include "session/sockettable.h"
#include "views/statusline.h"
#include "workbenchundertest.h"

#include <QApplication>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>

using namespace bc25;
using namespace bc25::ui;

class TestSocketActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void aRefusedOpenOffersToActivateTheContext_data();
    void aRefusedOpenOffersToActivateTheContext();
    void aModuleThatBringsItsContextUpIsOfferedNothing();
    void anIncomingConnectionSaysWhyItReadsInBufferMode();

private:
    bool start(const QByteArray &model);
    // Opens socket `connectId` on the built-in module's echo service; returns the open's verdict.
    bool openEcho(int connectId);

    std::unique_ptr<test::WorkbenchUnderTest> m_workbench;
};

void TestSocketActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_socketactions"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

void TestSocketActions::cleanup()
{
    m_workbench.reset();
}

bool TestSocketActions::start(const QByteArray &model)
{
    m_workbench = std::make_unique<test::WorkbenchUnderTest>(profile::ModuleProfile::byId(model));
    // At 1280×720, after the window has been fitted to the (smaller) offscreen screen.
    MainWindow &window = m_workbench->window();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.showNormal();
    window.resize(1280, 720);
    if (!QTest::qWaitFor([&] { return window.size() == QSize(1280, 720); }))
        return false;
    return m_workbench->connectVirtual();
}

bool TestSocketActions::openEcho(int connectId)
{
    SocketPanel *panel = m_workbench->window().socketPanel();
    OpenParameters p = panel->dialogDefaults();
    p.connectId = connectId;
    QSignalSpy finished(m_workbench->session().sockets(), &SocketTable::openFinished);
    if (!panel->open(p).isEmpty() || !finished.wait(10000))
        return false;
    return finished.constFirst().at(1).toBool();
}

void TestSocketActions::aRefusedOpenOffersToActivateTheContext_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::newRow("bg96") << QByteArray("bg96");
    QTest::newRow("bg95") << QByteArray("bg95");
    QTest::newRow("ec200u") << QByteArray("ec200u");
}

void TestSocketActions::aRefusedOpenOffersToActivateTheContext()
{
    QFETCH(QByteArray, model);
    if (!start(model))
        QFAIL("the virtual module did not connect");
    QVERIFY(m_workbench->session().profile().answers().activatesContexts);
    SocketPanel *panel = m_workbench->window().socketPanel();
    QPushButton *activate = panel->activateButton();
    QVERIFY(activate->isHidden());
    const int context = panel->dialogDefaults().contextId;

    // The module boots with no active context: the first open is refused (561), as a real one's is.
    QVERIFY(!openEcho(0));
    QCOMPARE(m_workbench->session().socket(0).lastError, ErrorCodes::OpenPdpContextFailed);
    QTRY_VERIFY(activate->isVisible());
    QCOMPARE(activate->text(), QStringLiteral("Activate context %1").arg(context));
    // The advice whole where the line beside it is cut: in the line's tooltip and the button's.
    const QString advice = ErrorAdvice::advice(ErrorCodes::OpenPdpContextFailed, m_workbench->session().profile());
    QVERIFY2(activate->toolTip().startsWith(advice), qPrintable(activate->toolTip()));
    QVERIFY2(activate->toolTip().contains(QStringLiteral("AT+QIACT=%1").arg(context)), qPrintable(activate->toolTip()));
    auto *line = panel->findChild<StatusLine *>(QStringLiteral("sockets.status"));
    QVERIFY(line);
    QVERIFY(line->status().endsWith(ErrorAdvice::advice(ErrorCodes::OpenPdpContextFailed, m_workbench->session().profile(), 0)));
    // Whole on the panel's two lines at 1280×720, the button beside them.
    QTRY_VERIFY2(!line->isCut(), qPrintable(QStringLiteral("%1 px of %2 px: %3").arg(line->width()).arg(panel->width()).arg(line->text())));
    QVERIFY(activate->geometry().right() <= panel->width()); // the button whole at 1280×720

    // The click sends AT+QIACT=<contextID> through the engine; "active" only on its OK.
    QSignalSpy finished(&m_workbench->session(), &ModuleSession::transactionFinished);
    activate->click();
    QVERIFY(activate->isHidden());
    QVERIFY2(panel->statusText().startsWith(QStringLiteral("Activating context %1").arg(context)), qPrintable(panel->statusText()));
    QTRY_VERIFY2(panel->statusText().startsWith(QStringLiteral("Context %1 is active").arg(context)), qPrintable(panel->statusText()));
    bool sent = false;
    for (const QList<QVariant> &args : std::as_const(finished)) {
        const auto t = args.at(0).value<at::Transaction>();
        sent = sent || (t.command == QStringLiteral("AT+QIACT=%1").arg(context).toLatin1() && t.ok());
    }
    QVERIFY(sent);
    // The way out worked: the same open goes through now.
    QVERIFY(openEcho(0));
    QVERIFY(activate->isHidden());
}

void TestSocketActions::aModuleThatBringsItsContextUpIsOfferedNothing()
{
    if (!start("bc25"))
        QFAIL("the virtual module did not connect");
    SocketPanel *panel = m_workbench->window().socketPanel();
    QVERIFY(openEcho(0));
    // A refusal that is not the context's (the socket is taken: 563) offers nothing either.
    OpenParameters p = panel->dialogDefaults();
    p.connectId = 0;
    QSignalSpy finished(m_workbench->session().sockets(), &SocketTable::openFinished);
    panel->open(p);
    QTRY_VERIFY(!finished.isEmpty() || !panel->statusText().isEmpty());
    QVERIFY(panel->activateButton()->isHidden());
}

void TestSocketActions::anIncomingConnectionSaysWhyItReadsInBufferMode()
{
    if (!start("bc25"))
        QFAIL("the virtual module did not connect");
    SocketPanel *panel = m_workbench->window().socketPanel();
    OpenParameters p = panel->dialogDefaults();
    p.connectId = 0;
    p.service = ServiceType::TcpListener;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = 0;
    p.localPort = 0;
    p.accessMode = AccessMode::DirectPush;
    // A free port of this computer's loopback: the virtual module listens there.
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        p.localPort = probe.serverPort();
    }
    QSignalSpy finished(m_workbench->session().sockets(), &SocketTable::openFinished);
    QCOMPARE(panel->open(p), QString());
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.constFirst().at(1).toBool());
    QTRY_COMPARE(m_workbench->session().socket(0).accessMode, AccessMode::DirectPush);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(p.localPort));
    QVERIFY(client.waitForConnected(5000));
    int accepted = -1;
    QTRY_VERIFY([&] {
        for (int id = 1; id < m_workbench->session().sockets()->socketCount(); ++id) {
            if (m_workbench->session().socket(id).inUse && m_workbench->session().socket(id).serverId == 0)
                accepted = id;
        }
        return accepted > 0;
    }());
    // What the manual says it starts in (manual 2.2.5), the listener's direct push notwithstanding.
    QCOMPARE(m_workbench->session().socket(accepted).accessMode, AccessMode::Buffer);
    QAbstractItemModel *table = panel->view()->model();
    const QModelIndex access = table->index(accepted, SocketTableModel::AccessMode);
    QCOMPARE(access.data().toString(), QStringLiteral("buffer"));
    const QString tip = access.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("listener 0")) && tip.contains(QLatin1String("buffer access mode"))
                     && tip.contains(QLatin1String("AT+QISTATE")),
             qPrintable(tip));
    // It wraps (new-user pass 10, zh_CN F11: one line ~1200 pixels wide on a
    // 1280 screen). Qt wraps a rich-text tooltip at about 80 characters, a
    // plain one only where the screen is narrower than the line.
    QVERIFY2(Qt::mightBeRichText(tip), qPrintable(tip));
    QToolTip::showText(panel->view()->viewport()->mapToGlobal(panel->view()->visualRect(access).center()), tip,
                       panel->view()->viewport());
    QLabel *shown = nullptr;
    QTRY_VERIFY([&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->inherits("QTipLabel") && widget->isVisible())
                shown = qobject_cast<QLabel *>(widget);
        }
        return shown != nullptr;
    }());
    QVERIFY2(shown->width() <= 90 * shown->fontMetrics().averageCharWidth(),
             qPrintable(QStringLiteral("%1 px for %2 characters").arg(shown->width()).arg(tip.size())));
    QToolTip::hideText();
    // The module's own word (AT+QISTATE?) agrees, and the table shows it.
    QSignalSpy finished2(&m_workbench->session(), &ModuleSession::transactionFinished);
    m_workbench->session().sockets()->refresh();
    QTRY_VERIFY([&] {
        for (const QList<QVariant> &args : std::as_const(finished2)) {
            if (args.at(0).value<at::Transaction>().command.startsWith("AT+QISTATE"))
                return true;
        }
        return false;
    }());
    QCOMPARE(m_workbench->session().socket(accepted).accessMode, AccessMode::Buffer);
    // The listener itself stays in direct push, and its cell has no such note.
    QCOMPARE(table->index(0, SocketTableModel::AccessMode).data().toString(), QStringLiteral("direct push"));
    QVERIFY(!table->index(0, SocketTableModel::AccessMode).data(Qt::ToolTipRole).isValid());
}

QTEST_MAIN(TestSocketActions)
#include "tst_socketactions.moc"
