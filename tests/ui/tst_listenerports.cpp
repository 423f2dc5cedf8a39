// SPDX-License-Identifier: MIT
// The local port the socket panel's Open… offers a listener or a UDP service
// on the built-in virtual module, whose listeners bind this computer's real
// ports (new-user pass 9 F2): never one a socket of the table holds, nor one
// an open just failed on (574, port busy), nor one another program holds here
// (a second workbench's demo on 5000); the hint says the port is this
// computer's. A failed listener's row is idle without a service, and its
// State cell's tooltip and the panel's line say the advice whole (zh_CN F4).
#include "dialogs/opensocketdialog.h"
#include "link/connection.h"
#include "link/modulestack.h"
#include "mainwindow.h"
#include "models/sockettablemodel.h"
#include "panels/socketpanel.h"
#include "profile/moduleprofile.h"
#include "session/modulesession.h"
#include "views/statusline.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLoggingCategory>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace bc25;
using namespace bc25::ui;

class TestListenerPorts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theOfferIsAPortFreeOnThisComputer();
    void aPortASocketHoldsOrAnOpenFailedOnIsNotOfferedAgain();
    void aFailedListenersRowIsIdleWithoutAServiceAndItsAdviceIsWhole();

private:
    // Opens the panel's Open… dialog as a TCP listener on socket `connectId`, runs `fill`, presses Open.
    bool openAListenerWithTheDialog(int connectId, const std::function<void(OpenSocketDialog *)> &fill);
    [[nodiscard]] SocketPanel *panel() const { return m_window->socketPanel(); }
    [[nodiscard]] QAbstractItemModel *table() const { return panel()->view()->model(); }

    QTemporaryDir m_dir;
    std::unique_ptr<link::ModuleStack> m_stack;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

bool freeHere(int port)
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, quint16(port));
}

} // namespace

void TestListenerPorts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_listenerports"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

void TestListenerPorts::init()
{
    m_stack = std::make_unique<link::ModuleStack>(profile::ModuleProfile::bc25());
    m_stack->connection().setCaptureFolder(m_dir.filePath(QStringLiteral("captures")));
    m_window = std::make_unique<MainWindow>(&m_stack->session(), &m_stack->connection());
    m_window->show();
    m_stack->connection().connectVirtual();
    QTRY_COMPARE(m_stack->connection().state(), link::Connection::State::Connected);
    QTRY_VERIFY(!m_stack->session().moduleInfo().revision.isEmpty()); // synchronised
}

void TestListenerPorts::cleanup()
{
    m_window.reset();
    m_stack.reset();
}

bool TestListenerPorts::openAListenerWithTheDialog(int connectId, const std::function<void(OpenSocketDialog *)> &fill)
{
    QAction *openAction = nullptr;
    for (QAction *action : panel()->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Open…"))
            openAction = action;
    }
    if (!openAction)
        return false;
    panel()->view()->selectRow(connectId);
    bool opened = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<OpenSocketDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *service = dialog->findChild<QComboBox *>();
        service->setCurrentIndex(service->findData(int(ServiceType::TcpListener)));
        fill(dialog);
        dialog->accept();
        opened = dialog->result() == QDialog::Accepted;
    });
    openAction->trigger();
    return opened;
}

// Another workbench's demo (or any program) holding 5000 on this computer:
// the built-in module would answer 574. The offer is a port free here.
void TestListenerPorts::theOfferIsAPortFreeOnThisComputer()
{
    QTcpServer other;
    other.listen(QHostAddress::LocalHost, 5000); // may be held already, by another program
    QVERIFY(!freeHere(5000));
    const int offered = panel()->listenerPort();
    QVERIFY2(offered != 5000 && freeHere(offered), qPrintable(QString::number(offered)));
    // The dialog offers it, and its hint says the port is this computer's.
    QVERIFY(openAListenerWithTheDialog(1, [&](OpenSocketDialog *dialog) {
        QCOMPARE(dialog->parameters().localPort, offered);
        const QString hint = dialog->findChild<StatusLine *>(QStringLiteral("open.wait"))->status();
        QVERIFY2(hint.contains(QLatin1String("this computer's local port")), qPrintable(hint));
    }));
    QTRY_VERIFY(m_stack->session().socket(1).inUse && m_stack->session().socket(1).state == SocketState::Connected);
}

void TestListenerPorts::aPortASocketHoldsOrAnOpenFailedOnIsNotOfferedAgain()
{
    // A listener the dialog opened: the next offer is not its port.
    int listening = 0;
    QVERIFY(openAListenerWithTheDialog(1, [&](OpenSocketDialog *dialog) { listening = dialog->parameters().localPort; }));
    QTRY_VERIFY(m_stack->session().socket(1).inUse && m_stack->session().socket(1).state == SocketState::Connected);
    QCOMPARE(m_stack->session().socket(1).localPort, listening);
    QVERIFY(panel()->listenerPort() != listening);
    // A port taken while the dialog was open: 574, and that port is not offered
    // again, though the program that held it has let it go since.
    auto other = std::make_unique<QTcpServer>();
    int busy = panel()->listenerPort();
    while (!other->listen(QHostAddress::LocalHost, quint16(busy)))
        ++busy;
    QVERIFY(openAListenerWithTheDialog(2, [&](OpenSocketDialog *dialog) {
        dialog->findChildren<QSpinBox *>().at(3)->setValue(busy); // context, connect ID, remote port, local port
        QCOMPARE(dialog->parameters().localPort, busy);
    }));
    QTRY_VERIFY(m_stack->session().socket(2).lastError > 0);
    QVERIFY(!m_stack->session().socket(2).inUse);
    other.reset();
    QVERIFY(freeHere(busy));
    const int offered = panel()->listenerPort();
    QVERIFY2(offered != busy && offered != listening, qPrintable(QStringLiteral("%1 (busy %2)").arg(offered).arg(busy)));
}

void TestListenerPorts::aFailedListenersRowIsIdleWithoutAServiceAndItsAdviceIsWhole()
{
    QTcpServer other;
    int busy = 45000;
    while (!other.listen(QHostAddress::LocalHost, quint16(busy)))
        ++busy;
    OpenParameters p;
    p.connectId = 3;
    p.service = ServiceType::TcpListener;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = 0;
    p.localPort = busy;
    QCOMPARE(panel()->open(p), QString());
    const QModelIndex state = table()->index(3, SocketTableModel::State);
    QTRY_VERIFY(state.data().toString().contains(QLatin1String("574 (Port busy)")));
    QCOMPARE(table()->index(3, SocketTableModel::Service).data().toString(), QString()); // idle: no service
    const QString tip = state.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(state.data().toString()) && tip.contains(QLatin1String("The local port is taken")), qPrintable(tip));
    // The panel's line (two lines since the sockets panel's advice grew): whole
    // at the narrowest window, or whole in its tooltip where it is cut.
    auto *line = panel()->findChild<StatusLine *>(QStringLiteral("sockets.status"));
    QVERIFY2(line->status().contains(QLatin1String("The local port is taken")), qPrintable(line->status()));
    m_window->resize(700, m_window->height());
    QCoreApplication::processEvents();
    QVERIFY(!line->isCut() || line->toolTip() == line->status());
}

QTEST_MAIN(TestListenerPorts)
#include "tst_listenerports.moc"
