// SPDX-License-Identifier: MIT
// What the Open dialog says of a listener's address (its <IP_address> is the
// module's own, manual 2.1.1), from the socket panel's Open… on a real link:
// a BG95 on a pseudo-terminal (bc25-sim --model bg95 --link PATH) whose
// context is not active has no address for AT+CGPADDR to give, and its
// contexts are the host's to activate: the advice is AT+QIACT first. The
// built-in BG96 offers 127.0.0.1 and says it is the virtual module's
// loopback. A BC25 on a pseudo-terminal keeps the AT+CGPADDR advice alone.
#include "dialogs/opensocketdialog.h"
#include "link/connection.h"
#include "link/modulestack.h"
#include "mainwindow.h"
#include "panels/socketpanel.h"
#include "profile/moduleprofile.h"
#include "session/modulesession.h"
#include "sim/virtualmodule.h"
#include "transport/ptytransport.h"
#include "views/statusline.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace bc25;
using namespace bc25::ui;

class TestListenerAddress : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void aPtyModuleWithoutAnAddressIsToldWhatToDo_data();
    void aPtyModuleWithoutAnAddressIsToldWhatToDo();
    void theBuiltInModulesLoopbackIsSaidSo_data();
    void theBuiltInModulesLoopbackIsSaidSo();

private:
    void startWindow(const QByteArray &model);
    // Opens the panel's Open… dialog, turns it to a TCP listener, runs `look`, cancels.
    bool lookAtAListener(const std::function<void(OpenSocketDialog *)> &look);

    QTemporaryDir m_dir;
    std::unique_ptr<link::ModuleStack> m_stack;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

QString lineNamed(const OpenSocketDialog *dialog, const QString &name)
{
    const auto *line = dialog->findChild<StatusLine *>(name);
    return line ? line->status() : QStringLiteral("(no line %1)").arg(name);
}

} // namespace

void TestListenerAddress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_listeneraddress"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

void TestListenerAddress::cleanup()
{
    m_window.reset();
    m_stack.reset();
}

void TestListenerAddress::startWindow(const QByteArray &model)
{
    m_stack = std::make_unique<link::ModuleStack>(profile::ModuleProfile::byId(model));
    m_stack->connection().setCaptureFolder(m_dir.filePath(QStringLiteral("captures")));
    m_window = std::make_unique<MainWindow>(&m_stack->session(), &m_stack->connection());
    m_window->show();
}

bool TestListenerAddress::lookAtAListener(const std::function<void(OpenSocketDialog *)> &look)
{
    QAction *openAction = nullptr;
    for (QAction *action : m_window->socketPanel()->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Open…"))
            openAction = action;
    }
    if (!openAction)
        return false;
    bool looked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<OpenSocketDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *service = dialog->findChild<QComboBox *>();
        service->setCurrentIndex(service->findData(int(ServiceType::TcpListener)));
        look(dialog);
        looked = true;
        dialog->reject();
    });
    openAction->trigger();
    return looked;
}

void TestListenerAddress::aPtyModuleWithoutAnAddressIsToldWhatToDo_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<bool>("activateFirst");
    QTest::newRow("bg95: AT+QIACT first") << QByteArray("bg95") << true;
    QTest::newRow("bg96: AT+QIACT first") << QByteArray("bg96") << true;
    QTest::newRow("bc25: up once attached") << QByteArray("bc25") << false;
}

void TestListenerAddress::aPtyModuleWithoutAnAddressIsToldWhatToDo()
{
    QFETCH(QByteArray, model);
    QFETCH(bool, activateFirst);
    const auto profile = profile::ModuleProfile::byId(model);
    QCOMPARE(profile->answers().activatesContexts, activateFirst); // the profile says so
    startWindow(model);
    transport::PtyTransport pty;
    pty.open();
    if (!pty.isOpen())
        QSKIP("no pseudo-terminal here");
    // As bc25-sim --model <model> --link PATH; the BC25's context has no address either.
    sim::SimConfig config;
    if (!activateFirst)
        config.pdpAddress.clear();
    sim::VirtualModule module(profile, config);
    module.attachTo(&pty);
    transport::SerialSettings settings;
    settings.portName = pty.slavePath();
    m_stack->connection().connectSerial(settings);
    QTRY_COMPARE_WITH_TIMEOUT(m_stack->connection().state(), link::Connection::State::Connected, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_stack->session().moduleInfo().revision.isEmpty(), 10000); // synchronised
    QVERIFY(m_stack->session().moduleInfo().pdpAddress.isEmpty());

    const int context = profile->limits().firstContext;
    QVERIFY(lookAtAListener([&](OpenSocketDialog *dialog) {
        QCOMPARE(dialog->parameters().host, QString()); // nothing invented
        dialog->accept(); // refused: the refusal shows
        const QString refusal = lineNamed(dialog, QStringLiteral("open.problem"));
        QVERIFY2(refusal.contains(QLatin1String("AT+CGPADDR")), qPrintable(refusal));
        const qsizetype activate = refusal.indexOf(QStringLiteral("AT+QIACT=%1").arg(context));
        if (activateFirst) {
            QVERIFY2(activate >= 0 && activate < refusal.indexOf(QLatin1String("AT+CGPADDR")), qPrintable(refusal));
        } else {
            QVERIFY2(!refusal.contains(QLatin1String("AT+QIACT")), qPrintable(refusal));
        }
        // A pty module is no loopback of this computer's.
        QCOMPARE(lineNamed(dialog, QStringLiteral("open.addressNote")), QString());
    }));
    m_stack->connection().disconnectFromModule();
}

void TestListenerAddress::theBuiltInModulesLoopbackIsSaidSo_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::newRow("bg96") << QByteArray("bg96");
    QTest::newRow("bc25") << QByteArray("bc25");
}

void TestListenerAddress::theBuiltInModulesLoopbackIsSaidSo()
{
    QFETCH(QByteArray, model);
    startWindow(model);
    m_stack->connection().connectVirtual();
    QTRY_COMPARE(m_stack->connection().state(), link::Connection::State::Connected);
    QTRY_VERIFY(!m_stack->session().moduleInfo().revision.isEmpty()); // synchronised
    QVERIFY(lookAtAListener([&](OpenSocketDialog *dialog) {
        QCOMPARE(dialog->parameters().host, QStringLiteral("127.0.0.1"));
        const QString note = lineNamed(dialog, QStringLiteral("open.addressNote"));
        QVERIFY2(note.startsWith(QLatin1String("127.0.0.1 is the virtual module's loopback address")), qPrintable(note));
        // A client's address is the remote's: no word of the module's own.
        auto *service = dialog->findChild<QComboBox *>();
        service->setCurrentIndex(service->findData(int(ServiceType::Tcp)));
        QCOMPARE(lineNamed(dialog, QStringLiteral("open.addressNote")), QString());
    }));
}

QTEST_MAIN(TestListenerAddress)
#include "tst_listeneraddress.moc"
