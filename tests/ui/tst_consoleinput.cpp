// SPDX-License-Identifier: MIT
// A socket console as the user reads and types in it: a row's place in a long
// line whole in the Time column in every language, and the send field ready
// for the next send (its text kept to resend, selected so typing replaces it).

#include "link/connection.h"
#include "link/modulestack.h"
#include "models/consolemodel.h"
#include "panels/consolepanel.h"
#include "session/modulesession.h"
#include "translations.h"
#include "views/logitemdelegate.h"
#include "views/logview.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bc25;
using namespace bc25::ui;

class TestConsoleInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void aRowsPlaceInItsLineIsWholeInTheTimeColumn_data();
    void aRowsPlaceInItsLineIsWholeInTheTimeColumn();
    void aSentTextStaysSelectedSoTypingReplacesIt();

private:
    void connectModule();
    QTemporaryDir m_dir;
    std::unique_ptr<link::ModuleStack> m_stack;
};

void TestConsoleInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_consoleinput"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
    // A Latin font, as a system whose LANG is not Chinese gives: its Chinese comes from the fallback.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(9);
    QApplication::setFont(font);
}

void TestConsoleInput::cleanup()
{
    m_stack.reset();
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
}

void TestConsoleInput::connectModule()
{
    m_stack = std::make_unique<link::ModuleStack>(profile::ModuleProfile::bc25());
    m_stack->connection().setCaptureFolder(m_dir.filePath(QStringLiteral("captures")));
    m_stack->connection().connectVirtual();
    QTRY_COMPARE(m_stack->connection().state(), link::Connection::State::Connected);
    QTRY_VERIFY(!m_stack->session().moduleInfo().revision.isEmpty());
}

void TestConsoleInput::aRowsPlaceInItsLineIsWholeInTheTimeColumn_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

// "↪ 第 257 字节" was cut to "↪ 第 257 字…" in a Chinese console (new-user pass
// 10, ZH F1): the column was as wide as a time. Whole in every language, up
// to a line of 100 000 bytes.
void TestConsoleInput::aRowsPlaceInItsLineIsWholeInTheTimeColumn()
{
    QFETCH(QString, language);
    QSettings().remove(QStringLiteral("console"));
    QCOMPARE(Translations::install(QCoreApplication::instance(), language), language);
    connectModule();
    SocketConsole console(&m_stack->session(), 0);
    console.resize(800, 400);
    console.findChild<QCheckBox *>()->setChecked(true); // Timestamps: the first box of the view's row
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    QVERIFY(!console.view()->isColumnHidden(ConsoleModel::Time));
    console.model()->append(false, QByteArray(100000, 'x') + "\r\n", 1000);
    console.model()->flush();
    QTRY_VERIFY(console.model()->rowCount() > 390);
    for (const int row : {1, 390}) {
        const QModelIndex place = console.view()->model()->index(row, ConsoleModel::Time);
        QVERIFY2(place.data().toString().startsWith(QStringLiteral("↪ ")), qPrintable(place.data().toString()));
        QStyleOptionViewItem option;
        option.initFrom(console.view());
        option.font = console.view()->font();
        option.rect = console.view()->visualRect(place);
        QVERIFY2(LogItemDelegate::cutText(option, place).isEmpty(),
                 qPrintable(QStringLiteral("%1 cut at %2 px").arg(place.data().toString()).arg(option.rect.width())));
    }
}

// The field kept its text after a send and the next typing went on after it:
// a second send had both (new-user pass 10, EN F2). Kept, to be sent again
// with Enter, but selected: what is typed next replaces it.
void TestConsoleInput::aSentTextStaysSelectedSoTypingReplacesIt()
{
    QSettings().remove(QStringLiteral("console"));
    connectModule();
    SocketConsole console(&m_stack->session(), 0);
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    OpenParameters p;
    p.connectId = 0;
    p.host = QStringLiteral("127.0.0.1");
    p.remotePort = m_stack->connection().echoPort();
    QSignalSpy opened(m_stack->session().sockets(), &SocketTable::openFinished);
    QCOMPARE(m_stack->session().sockets()->open(p), QString());
    QTRY_COMPARE(opened.count(), 1);
    QTRY_VERIFY(m_stack->session().socket(0).inUse);

    auto *input = console.findChild<QLineEdit *>(QStringLiteral("input"));
    QVERIFY(input);
    QSignalSpy sent(m_stack->session().sockets(), &SocketTable::dataSent);
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("hello"));
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(1).toByteArray(), QByteArray("hello"));
    QCOMPARE(input->text(), QStringLiteral("hello"));
    QCOMPARE(input->selectedText(), QStringLiteral("hello"));

    QTest::keyClicks(input, QStringLiteral("world"));
    QCOMPARE(input->text(), QStringLiteral("world"));
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE(sent.count(), 2);
    QCOMPARE(sent.at(1).at(1).toByteArray(), QByteArray("world"));

    // Enter again resends it; so does the Send button, the field ready again after it.
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE(sent.count(), 3);
    QCOMPARE(sent.at(2).at(1).toByteArray(), QByteArray("world"));
    QPushButton *send = nullptr;
    for (QPushButton *button : console.findChildren<QPushButton *>())
        send = button->text() == QStringLiteral("Send") ? button : send;
    QVERIFY(send);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(sent.count(), 4);
    QTRY_VERIFY(input->hasFocus());
    QCOMPARE(input->selectedText(), QStringLiteral("world"));
}

QTEST_MAIN(TestConsoleInput)
#include "tst_consoleinput.moc"
