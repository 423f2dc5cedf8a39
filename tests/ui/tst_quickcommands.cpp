// SPDX-License-Identifier: MIT
// Quick commands: the store (the starter group on a first start, saved and
// read back, JSON and plain-list import and export, bounds), the panel on the
// built-in virtual module (one click sends through the engine, checked by the
// catalog, marked "quick"), and a group run as a sequence (count, interval,
// progress, Stop, stop on error).

#include "at/commandengine.h"
#include "link/modulestack.h"
#include "link/connection.h"
#include "mainwindow.h"
#include "quick/quickcommandspanel.h"
#include "quick/quickcommandstore.h"
#include "quick/quicksequence.h"
#include "session/modulesession.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace bc25;
using namespace bc25::ui;

class TestQuickCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstStartOffersTheStarterGroupAndChangesPersist();
    void exportedCommandsImportBack_data();
    void exportedCommandsImportBack();
    void plainListsReadAsSscomUsersWriteThem();
    void importIsBounded();
    void oneClickSendsThroughTheEngineAndTheCatalogChecks();
    void aGroupRunsCountTimesWithProgressAndStop();
    void stopOnErrorEndsTheSequenceAtTheFirstFailure_data();
    void stopOnErrorEndsTheSequenceAtTheFirstFailure();
    void theRowGoingOutIsMarkedAndTheEndReplacesTheProgress();
    void anEditClearsTheProgressOfTheRunBefore();
    void theWorkbenchHasTheDock();

private:
    struct Module
    {
        link::ModuleStack stack {profile::ModuleProfile::bc25()};
        at::CommandEngine &engine = stack.engine();
        ModuleSession &session = stack.session();
        link::Connection &connection = stack.connection();
    };
    static int quickTransactions(const QList<at::Transaction> &log);
    QTemporaryDir m_dir;
};

void TestQuickCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_quickcommands"));
    QSettings().clear();
    QFile::remove(QuickCommandStore::defaultPath());
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
    QVERIFY(m_dir.isValid());
}

void TestQuickCommands::firstStartOffersTheStarterGroupAndChangesPersist()
{
    const QString path = m_dir.filePath(QStringLiteral("first/quick-commands.json"));
    QuickCommandStore store;
    QCOMPARE(store.load(path), QString());
    QCOMPARE(store.groups().size(), 1);
    QStringList lines;
    for (const QuickCommand &command : store.groups().constFirst().commands)
        lines << command.command;
    for (const char *expected : {"AT", "ATI", "AT+CSQ", "AT+CEREG?", "AT+QISTATE?"})
        QVERIFY2(lines.contains(QLatin1String(expected)), expected);

    // The panel saves every change; a restart (a new panel on the file) has it.
    Module module;
    {
        QuickCommandsPanel panel(&module.session, path);
        const int group = panel.addGroup(QStringLiteral("Echo test"));
        panel.addCommand(group, QStringLiteral("Open"), QStringLiteral("AT+QIOPEN=1,0,\"TCP\",\"127.0.0.1\",7,0,0"));
        panel.addCommand(group, QString(), QStringLiteral("AT+QICLOSE=0"));
    }
    QuickCommandsPanel restarted(&module.session, path);
    QCOMPARE(restarted.store().groups().size(), 2);
    const QuickGroup &saved = restarted.store().groups().at(1);
    QCOMPARE(saved.name, QStringLiteral("Echo test"));
    QCOMPARE(saved.commands.size(), 2);
    QCOMPARE(saved.commands.at(0).name, QStringLiteral("Open"));
    QCOMPARE(saved.commands.at(1).name, QStringLiteral("AT+QICLOSE=0")); // no name: the command names itself
    QCOMPARE(restarted.tree()->topLevelItemCount(), 2);
}

void TestQuickCommands::exportedCommandsImportBack_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("JSON") << QStringLiteral("export.json");
    QTest::newRow("plain list") << QStringLiteral("export.txt");
}

void TestQuickCommands::exportedCommandsImportBack()
{
    QFETCH(QString, fileName);
    QuickCommandStore store;
    store.load(m_dir.filePath(QStringLiteral("none.json")));
    store.groups()[0].commands << QuickCommand {QStringLiteral("Keepalive"), QStringLiteral("AT+QIKALIVE=1,60,10,3")};
    const QString path = m_dir.filePath(fileName);
    QCOMPARE(store.exportFile(path), QString());
    QuickCommandStore other;
    other.groups().clear();
    QCOMPARE(other.importFile(path), QString());
    QCOMPARE(other.commandCount(), store.commandCount());
    QList<QuickCommand> all;
    for (const QuickGroup &group : other.groups())
        all << group.commands;
    QCOMPARE(all.constLast().name, QStringLiteral("Keepalive"));
    QCOMPARE(all.constLast().command, QStringLiteral("AT+QIKALIVE=1,60,10,3"));
    QCOMPARE(all.constFirst().command, QStringLiteral("AT"));
}

void TestQuickCommands::plainListsReadAsSscomUsersWriteThem()
{
    const QuickGroup group = QuickCommandStore::fromPlainList("# my module\r\nAT\r\nSignal=AT+CSQ\r\n\r\n; old\r\n"
                                                              "AT+CEREG=1\r\n  ati  \r\n", QStringLiteral("list"));
    QCOMPARE(group.name, QStringLiteral("list"));
    QCOMPARE(group.commands.size(), 4);
    QCOMPARE(group.commands.at(0).command, QStringLiteral("AT"));
    QCOMPARE(group.commands.at(1).name, QStringLiteral("Signal"));
    QCOMPARE(group.commands.at(1).command, QStringLiteral("AT+CSQ"));
    QCOMPARE(group.commands.at(2).command, QStringLiteral("AT+CEREG=1")); // its "=" is the command's
    QCOMPARE(group.commands.at(3).command, QStringLiteral("ati"));
}

void TestQuickCommands::importIsBounded()
{
    // A file too large is no list of commands: refused whole.
    const QString big = m_dir.filePath(QStringLiteral("big.txt"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(QuickCommandStore::MaxFileBytes + 1, 'A'));
    }
    QuickCommandStore store;
    QVERIFY(!store.importFile(big).isEmpty());
    QCOMPARE(store.commandCount(), 0);
    // Past MaxCommands the rest is left out, and it says so.
    const QString many = m_dir.filePath(QStringLiteral("many.txt"));
    {
        QFile file(many);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < QuickCommandStore::MaxCommands + 500; ++i)
            file.write("AT\n");
    }
    QVERIFY(store.importFile(many).contains(QString::number(QuickCommandStore::MaxCommands)));
    QCOMPARE(store.commandCount(), QuickCommandStore::MaxCommands);
}

int TestQuickCommands::quickTransactions(const QList<at::Transaction> &log)
{
    return int(std::count_if(log.cbegin(), log.cend(), [](const at::Transaction &t) { return t.source == at::Source::Quick; }));
}

void TestQuickCommands::oneClickSendsThroughTheEngineAndTheCatalogChecks()
{
    Module module;
    module.connection.connectVirtual();
    QTRY_COMPARE(module.connection.state(), link::Connection::State::Connected);
    QTRY_VERIFY(!module.session.moduleInfo().revision.isEmpty());
    QTRY_VERIFY(!module.engine.isBusy());
    QList<at::Transaction> log;
    connect(&module.engine, &at::CommandEngine::commandFinished, this, [&log](const at::Transaction &t) { log << t; });
    QuickCommandsPanel panel(&module.session, m_dir.filePath(QStringLiteral("click/quick-commands.json")));
    panel.show();
    // The starter group's third row, AT+CSQ: one click on its Send button.
    auto *send = panel.findChild<QToolButton *>(QStringLiteral("send-0-2"));
    QVERIFY(send);
    send->click();
    QTRY_COMPARE(quickTransactions(log), 1);
    QCOMPARE(log.constLast().command, QByteArray("AT+CSQ"));
    QTRY_VERIFY(panel.statusText().contains(QLatin1String("AT+CSQ: OK")));
    // The answer is in sight in the dock itself, not only in the terminal behind it.
    QVERIFY2(panel.statusText().contains(QLatin1String("+CSQ: ")), qPrintable(panel.statusText()));

    // Out of the manual's range: refused before anything is sent, with the range.
    panel.addCommand(0, QStringLiteral("bad"), QStringLiteral("AT+QICLOSE=9"));
    const int last = int(panel.store().groups().at(0).commands.size()) - 1;
    const QString refusal = panel.send(0, last);
    QVERIFY2(refusal.contains(QLatin1String("0-5")), qPrintable(refusal));
    QTRY_VERIFY(!module.engine.isBusy());
    QCOMPARE(quickTransactions(log), 1);
    module.connection.disconnectFromModule();
}

void TestQuickCommands::aGroupRunsCountTimesWithProgressAndStop()
{
    Module module;
    module.connection.connectVirtual();
    QTRY_COMPARE(module.connection.state(), link::Connection::State::Connected);
    QTRY_VERIFY(!module.session.moduleInfo().revision.isEmpty());
    QList<at::Transaction> log;
    connect(&module.engine, &at::CommandEngine::commandFinished, this, [&log](const at::Transaction &t) { log << t; });
    QuickCommandsPanel panel(&module.session, m_dir.filePath(QStringLiteral("run/quick-commands.json")));
    const int group = panel.addGroup(QStringLiteral("Two"));
    panel.addCommand(group, {}, QStringLiteral("AT"));
    panel.addCommand(group, {}, QStringLiteral("AT+CSQ"));
    panel.repeatCount()->setValue(3);
    panel.interval()->setValue(0);
    QSignalSpy finished(panel.sequence(), &QuickSequence::finished);
    panel.runGroup(group);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(quickTransactions(log), 6);
    QCOMPARE(panel.progress()->value(), 6);
    QCOMPARE(panel.progress()->maximum(), 6);
    QVERIFY2(panel.statusText().contains(QLatin1String("6 of 6")), qPrintable(panel.statusText()));

    // A long run, stopped: nothing more goes out.
    log.clear();
    panel.repeatCount()->setValue(1000);
    panel.interval()->setValue(20);
    panel.runGroup(group);
    QVERIFY(panel.sequence()->isRunning());
    QTRY_VERIFY(quickTransactions(log) >= 2);
    panel.stopSequence();
    QVERIFY(!panel.sequence()->isRunning());
    QVERIFY2(panel.statusText().contains(QLatin1String("Stopped at")), qPrintable(panel.statusText()));
    QTRY_VERIFY(!module.engine.isBusy());
    const int atStop = quickTransactions(log);
    QTest::qWait(200); // a window for a wrongly scheduled next command; nothing synchronises on it
    QCOMPARE(quickTransactions(log), atStop);
    module.connection.disconnectFromModule();
}

void TestQuickCommands::stopOnErrorEndsTheSequenceAtTheFirstFailure_data()
{
    QTest::addColumn<QString>("failing");
    QTest::addColumn<bool>("stopOnError");
    QTest::addColumn<int>("sent");
    QTest::newRow("the module says ERROR, stop") << QStringLiteral("AT+NOSUCH") << true << 2;
    QTest::newRow("the module says ERROR, go on") << QStringLiteral("AT+NOSUCH") << false << 3;
    QTest::newRow("the catalog refuses, stop") << QStringLiteral("AT+QICLOSE=9") << true << 1;
    QTest::newRow("the catalog refuses, go on") << QStringLiteral("AT+QICLOSE=9") << false << 2;
}

void TestQuickCommands::stopOnErrorEndsTheSequenceAtTheFirstFailure()
{
    QFETCH(QString, failing);
    QFETCH(bool, stopOnError);
    QFETCH(int, sent);
    Module module;
    module.connection.connectVirtual();
    QTRY_COMPARE(module.connection.state(), link::Connection::State::Connected);
    QTRY_VERIFY(!module.session.moduleInfo().revision.isEmpty());
    QList<at::Transaction> log;
    connect(&module.engine, &at::CommandEngine::commandFinished, this, [&log](const at::Transaction &t) { log << t; });
    QuickCommandsPanel panel(&module.session, m_dir.filePath(QStringLiteral("error/%1.json").arg(QTest::currentDataTag())));
    const int group = panel.addGroup(QStringLiteral("Three"));
    panel.addCommand(group, {}, QStringLiteral("AT"));
    panel.addCommand(group, {}, failing);
    panel.addCommand(group, {}, QStringLiteral("AT+CSQ"));
    panel.interval()->setValue(0);
    panel.stopOnError()->setChecked(stopOnError);
    QSignalSpy finished(panel.sequence(), &QuickSequence::finished);
    panel.runGroup(group);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), !stopOnError);
    QTRY_VERIFY(!module.engine.isBusy());
    QCOMPARE(quickTransactions(log), sent);
    module.connection.disconnectFromModule();
}

// While a group runs, its row going out is marked; at the end no row is, and
// the progress says how it ended ("Done 4 of 4", "Stopped at 2 of 4: why"), not "3 of 4".
void TestQuickCommands::theRowGoingOutIsMarkedAndTheEndReplacesTheProgress()
{
    Module module;
    module.connection.connectVirtual();
    QTRY_COMPARE(module.connection.state(), link::Connection::State::Connected);
    QTRY_VERIFY(!module.session.moduleInfo().revision.isEmpty());
    QuickCommandsPanel panel(&module.session, m_dir.filePath(QStringLiteral("marked/quick-commands.json")));
    const int group = panel.addGroup(QStringLiteral("Two"));
    panel.addCommand(group, {}, QStringLiteral("AT"));
    panel.addCommand(group, {}, QStringLiteral("AT+CSQ"));
    panel.repeatCount()->setValue(2);
    panel.interval()->setValue(0);
    QList<QTreeWidgetItem *> marked;
    int highlighted = 0;
    connect(panel.sequence(), &QuickSequence::sending, this, [&] {
        marked << panel.runningItem();
        highlighted += marked.last() && marked.last()->background(0) != QBrush();
    });
    QSignalSpy finished(panel.sequence(), &QuickSequence::finished);
    panel.runGroup(group);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(marked.size(), 4);
    QTreeWidgetItem *groupItem = panel.tree()->topLevelItem(group);
    QCOMPARE(marked, (QList<QTreeWidgetItem *> {groupItem->child(0), groupItem->child(1), groupItem->child(0), groupItem->child(1)}));
    QCOMPARE(highlighted, 4);
    QCOMPARE(panel.runningItem(), nullptr);
    for (int c = 0; c < groupItem->childCount(); ++c)
        QCOMPARE(groupItem->child(c)->background(0), QBrush());
    QCOMPARE(panel.progress()->text(), QStringLiteral("Done 4 of 4"));
    QCOMPARE(panel.statusText(), QStringLiteral("Done 4 of 4"));

    // Stopped on the second command: at 2 of 4, and why.
    panel.interval()->setValue(60000);
    finished.clear();
    panel.runGroup(group);
    QTRY_COMPARE(panel.sequence()->done(), 1); // the first answered; the second waits for the interval
    panel.stopSequence();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(panel.runningItem(), nullptr);
    QCOMPARE(panel.progress()->text(), QStringLiteral("Stopped at 2 of 4"));
    QCOMPARE(panel.progress()->value(), 2); // the bar as full as its words say
    QCOMPARE(panel.statusText(), QStringLiteral("Stopped at 2 of 4: stopped by the user"));
    QTRY_VERIFY(!module.engine.isBusy());
    module.connection.disconnectFromModule();
}

// "Done 2 of 2" read beside a list of three is a lie: adding, renaming or
// removing a command ends what the bar and the status said of the run before.
void TestQuickCommands::anEditClearsTheProgressOfTheRunBefore()
{
    Module module;
    module.connection.connectVirtual();
    QTRY_COMPARE(module.connection.state(), link::Connection::State::Connected);
    QTRY_VERIFY(!module.session.moduleInfo().revision.isEmpty());
    QuickCommandsPanel panel(&module.session, m_dir.filePath(QStringLiteral("edited/quick-commands.json")));
    const int group = panel.addGroup(QStringLiteral("Two"));
    panel.addCommand(group, {}, QStringLiteral("AT"));
    panel.addCommand(group, {}, QStringLiteral("AT+CSQ"));
    panel.repeatCount()->setValue(1);
    panel.interval()->setValue(0);
    const auto run = [&](const QString &end) {
        QSignalSpy finished(panel.sequence(), &QuickSequence::finished);
        panel.runGroup(group);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(panel.progress()->text(), end);
        QCOMPARE(panel.statusText(), end);
        QVERIFY(!panel.progress()->isHidden());
    };
    const auto cleared = [&] {
        QVERIFY(panel.progress()->isHidden());
        QVERIFY2(!panel.progress()->text().contains(QLatin1String("Done")), qPrintable(panel.progress()->text()));
        QVERIFY2(!panel.statusText().contains(QLatin1String("Done")), qPrintable(panel.statusText()));
    };
    run(QStringLiteral("Done 2 of 2"));
    panel.addCommand(group, {}, QStringLiteral("ATI")); // a third command
    cleared();
    run(QStringLiteral("Done 3 of 3"));
    panel.tree()->topLevelItem(group)->child(0)->setText(0, QStringLiteral("Attention")); // renamed in place
    cleared();
    run(QStringLiteral("Done 3 of 3"));
    panel.tree()->setCurrentItem(panel.tree()->topLevelItem(group)->child(2));
    panel.removeSelected();
    cleared();
    QTRY_VERIFY(!module.engine.isBusy());
    module.connection.disconnectFromModule();
}

void TestQuickCommands::theWorkbenchHasTheDock()
{
    Module module;
    MainWindow window(&module.session, &module.connection);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("dock.quick"));
    QVERIFY(dock);
    auto *panel = qobject_cast<QuickCommandsPanel *>(dock->widget());
    QVERIFY(panel);
    // No module (connected, then gone): nothing offers to send, a command added after that included.
    module.connection.connectVirtual();
    QTRY_COMPARE(module.connection.state(), link::Connection::State::Connected);
    module.connection.disconnectFromModule();
    QTRY_VERIFY(module.connection.state() != link::Connection::State::Connected);
    QVERIFY(!panel->findChild<QToolButton *>(QStringLiteral("send-0-0"))->isEnabled());
    panel->addCommand(0, {}, QStringLiteral("AT+CGSN=1"));
    const int last = int(panel->store().groups().at(0).commands.size()) - 1;
    QVERIFY(!panel->findChild<QToolButton *>(QStringLiteral("send-0-%1").arg(last))->isEnabled());
    module.connection.connectVirtual();
    QTRY_COMPARE(module.connection.state(), link::Connection::State::Connected);
    QVERIFY(panel->findChild<QToolButton *>(QStringLiteral("send-0-%1").arg(last))->isEnabled());
    panel->removeSelected(); // the group, and the file back to what it was
    module.connection.disconnectFromModule();
    QFile::remove(QuickCommandStore::defaultPath());
}

QTEST_MAIN(TestQuickCommands)
#include "tst_quickcommands.moc"
