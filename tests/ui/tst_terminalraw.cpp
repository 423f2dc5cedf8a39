// SPDX-License-Identifier: MIT
// The terminal's deliberate ways past its checks and around its popup: "Send
// raw" (the button and Ctrl+Shift+Enter) sends a line the catalog refuses,
// only after a confirmation the first time, marked RAW in the traffic and the
// transactions, and believed about no setting; the completion list never
// covers the syntax line under the command line, wherever the window is.

#include "profile/moduleprofile.h"
#include "at/commandengine.h"
#include "link/modulestack.h"
#include "bc25/commands.h"
#include "link/connection.h"
#include "mainwindow.h"
#include "models/trafficmodel.h"
#include "models/transactionmodel.h"
#include "panels/terminalpanel.h"
#include "panels/transactionspanel.h"
#include "views/statusline.h"
#include "session/modulesession.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace bc25;
using namespace bc25::ui;

class TestTerminalRaw : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aRawLineKeepsItsExpectationButNoSettingItsArgumentsState();
    void aRefusedLineGoesOutRawOnlyOnPurposeAndIsMarked();
    void aCommandNotInTheManualGoesOutAsTypedAndIsSaidSo();
    void completionListNeverCoversTheSyntaxLine_data();
    void completionListNeverCoversTheSyntaxLine();
    void enterOnTheStartOfACommandNeverSendsIt();
    void aRefusalIsWholeRightUnderTheCommandLine();

private:
    static int rowsWith(const QAbstractItemModel *model, int column, const QString &text);
};

void TestTerminalRaw::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_terminalraw"));
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

int TestTerminalRaw::rowsWith(const QAbstractItemModel *model, int column, const QString &text)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        count += model->index(row, column).data().toString().contains(text) ? 1 : 0;
    return count;
}

void TestTerminalRaw::aRawLineKeepsItsExpectationButNoSettingItsArgumentsState()
{
    // Refused when typed: <n> of AT+CEREG is 0-5 (27.007 10.1.22), ATE takes 0-1.
    QVERIFY(!Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), "ATE7").ok());
    const BuildResult raw = Commands::rawFromText(bc25::profile::ModuleProfile::bc25()->catalog(), "ATE7");
    QVERIFY(raw.ok());
    QCOMPARE(raw.command.source, at::Source::Raw);
    QVERIFY(raw.command.changesOnOk.isEmpty()); // an OK to ATE7 says nothing of the echo
    // A raw line within the ranges is believed as a typed one.
    const BuildResult valid = Commands::rawFromText(bc25::profile::ModuleProfile::bc25()->catalog(), "ATE0");
    QCOMPARE(valid.command.changesOnOk.size(), Commands::fromText(bc25::profile::ModuleProfile::bc25()->catalog(), "ATE0").command.changesOnOk.size());
    QVERIFY(!valid.command.changesOnOk.isEmpty());
    // Still one line, and never a data phase.
    QVERIFY(!Commands::rawFromText(bc25::profile::ModuleProfile::bc25()->catalog(), "AT\rAT").ok());
    QVERIFY(!Commands::rawFromText(bc25::profile::ModuleProfile::bc25()->catalog(), "AT+QISEND=0").ok());
    QCOMPARE(at::Transaction::sourceNamed(at::Transaction::sourceName(at::Source::Raw)), at::Source::Raw);
    QCOMPARE(at::Transaction::sourceNamed(at::Transaction::sourceName(at::Source::Quick)), at::Source::Quick);
}

void TestTerminalRaw::aRefusedLineGoesOutRawOnlyOnPurposeAndIsMarked()
{
    QSettings().remove(QStringLiteral("terminal/rawConfirmed"));
    link::ModuleStack stack(profile::ModuleProfile::bc25());
    at::CommandEngine &engine = stack.engine();
    ModuleSession &session = stack.session();
    link::Connection &connection = stack.connection();
    MainWindow window(&session, &connection);
    window.show();
    connection.connectVirtual();
    QTRY_COMPARE(connection.state(), link::Connection::State::Connected);
    QTRY_VERIFY(!session.moduleInfo().revision.isEmpty());
    QTRY_VERIFY(!engine.isBusy());
    TerminalPanel *terminal = window.terminalPanel();
    const QAbstractItemModel *transactions = window.transactionsPanel()->view()->model();

    // Typed, it is refused with the range and the way to send it all the same.
    const QString refusal = terminal->submit(QStringLiteral("AT+QICLOSE=9"));
    QVERIFY2(refusal.contains(QLatin1String("0-5")), qPrintable(refusal));
    QVERIFY2(terminal->statusText().contains(QLatin1String("Ctrl+Shift+Enter")), qPrintable(terminal->statusText()));

    // The first time it asks; Cancel sends nothing.
    auto confirmation = [terminal]() -> QMessageBox * {
        return terminal->findChild<QMessageBox *>(QStringLiteral("confirmRaw"));
    };
    QCOMPARE(terminal->submitRaw(QStringLiteral("AT+QICLOSE=9")), QString());
    QTRY_VERIFY(confirmation() && confirmation()->isVisible());
    confirmation()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!confirmation());
    QCOMPARE(rowsWith(transactions, TransactionModel::Command, QStringLiteral("AT+QICLOSE=9")), 0);

    // Confirmed with the button that says what it does: it goes out, marked.
    terminal->commandLine()->setText(QStringLiteral("AT+QICLOSE=9"));
    terminal->findChild<QPushButton *>(QStringLiteral("sendRaw"))->click();
    QTRY_VERIFY(confirmation() && confirmation()->isVisible());
    QPushButton *send = nullptr;
    for (QAbstractButton *button : confirmation()->buttons()) {
        if (button->text() == QLatin1String("Send raw"))
            send = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(send);
    send->click();
    QTRY_COMPARE(rowsWith(transactions, TransactionModel::Command, QStringLiteral("AT+QICLOSE=9")), 1);
    QTRY_VERIFY(!engine.isBusy());
    int row = -1;
    for (int r = 0; r < transactions->rowCount(); ++r) {
        if (transactions->index(r, TransactionModel::Command).data().toString() == QLatin1String("AT+QICLOSE=9"))
            row = r;
    }
    QCOMPARE(transactions->index(row, TransactionModel::Source).data().toString(), QStringLiteral("RAW (unchecked)"));
    QCOMPARE(transactions->index(row, TransactionModel::Result).data().toString(), QStringLiteral("ERROR")); // the module's own answer
    window.traffic()->flush();
    const QAbstractItemModel *traffic = terminal->view()->model();
    bool marked = false;
    for (int r = 0; r < traffic->rowCount(); ++r) {
        if (traffic->index(r, TrafficModel::Bytes).data().toString().startsWith(QLatin1String("AT+QICLOSE=9\\r"))
            && traffic->index(r, TrafficModel::Direction).data().toString() == QLatin1String("RAW"))
            marked = true;
    }
    QVERIFY(marked);
    QTRY_VERIFY2(terminal->statusText().startsWith(QStringLiteral("Sent raw — AT+QICLOSE=9")), qPrintable(terminal->statusText()));
    // The module's reason, read by AT+QIGETERROR after the bare ERROR, stands beside it.
    QTRY_VERIFY2(terminal->statusText().contains(QLatin1String("The module says why: 552")), qPrintable(terminal->statusText()));

    // Asked once: Ctrl+Shift+Enter sends the next one at once.
    terminal->commandLine()->setText(QStringLiteral("AT+CEREG=9"));
    QTest::keyClick(terminal->commandLine(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!confirmation());
    QTRY_COMPARE(rowsWith(transactions, TransactionModel::Command, QStringLiteral("AT+CEREG=9")), 1);
    QVERIFY(terminal->commandLine()->text().isEmpty());
    // Plain Enter still checks.
    terminal->commandLine()->setText(QStringLiteral("AT+CEREG=8"));
    QTest::keyClick(terminal->commandLine(), Qt::Key_Return);
    QCOMPARE(terminal->commandLine()->text(), QStringLiteral("AT+CEREG=8"));
    QTRY_VERIFY(!engine.isBusy());
    QCOMPARE(rowsWith(transactions, TransactionModel::Command, QStringLiteral("AT+CEREG=8")), 0);
    connection.disconnectFromModule();
}

void TestTerminalRaw::aCommandNotInTheManualGoesOutAsTypedAndIsSaidSo()
{
    // README, Terminal: a command the model's manual does not have goes out as
    // typed with Enter, said before and after; one it has, out of range, needs Send raw.
    QSettings().remove(QStringLiteral("terminal/rawConfirmed"));
    link::ModuleStack stack(profile::ModuleProfile::bc25());
    at::CommandEngine &engine = stack.engine();
    ModuleSession &session = stack.session();
    link::Connection &connection = stack.connection();
    MainWindow window(&session, &connection);
    window.show();
    connection.connectVirtual();
    QTRY_COMPARE(connection.state(), link::Connection::State::Connected);
    QTRY_VERIFY(!session.moduleInfo().revision.isEmpty());
    QTRY_VERIFY(!engine.isBusy());
    TerminalPanel *terminal = window.terminalPanel();
    const QAbstractItemModel *transactions = window.transactionsPanel()->view()->model();

    // The start of a command of the manual is not "not a command" yet.
    terminal->commandLine()->setText(QStringLiteral("AT+QIOP"));
    QVERIFY2(!terminal->hintText().contains(QLatin1String("not a command")), qPrintable(terminal->hintText()));
    // A chained line is refused when sent, not said to go out as typed.
    terminal->commandLine()->setText(QStringLiteral("AT+CSQ;+CFUN=0"));
    QVERIFY2(!terminal->hintText().contains(QLatin1String("as typed")), qPrintable(terminal->hintText()));
    terminal->commandLine()->setText(QStringLiteral("hello"));
    QVERIFY2(terminal->hintText().startsWith(QLatin1String("hello is not an AT command.")), qPrintable(terminal->hintText()));
    // Before it is sent, the syntax line says what it is and what Enter does.
    terminal->commandLine()->setText(QStringLiteral("AT+QFOO=1"));
    QVERIFY2(terminal->hintText().contains(QLatin1String("AT+QFOO is not a command of the BC25 TCP/IP manual."))
                     && terminal->hintText().contains(QLatin1String("sends it as typed")),
             qPrintable(terminal->hintText()));
    QTest::keyClick(terminal->commandLine(), Qt::Key_Return);
    QVERIFY(!terminal->findChild<QMessageBox *>(QStringLiteral("confirmRaw"))); // no Send raw needed
    QVERIFY(terminal->commandLine()->text().isEmpty());
    QTRY_COMPARE(rowsWith(transactions, TransactionModel::Command, QStringLiteral("AT+QFOO=1")), 1);
    QTRY_VERIFY(!engine.isBusy());
    for (int r = 0; r < transactions->rowCount(); ++r) {
        const QString command = transactions->index(r, TransactionModel::Command).data().toString();
        const QString source = transactions->index(r, TransactionModel::Source).data().toString();
        if (command == QLatin1String("AT+QFOO=1")) {
            QCOMPARE(source, QStringLiteral("terminal, not in the manual"));
            QVERIFY(transactions->index(r, TransactionModel::Source).data(Qt::ToolTipRole).toString()
                            .contains(QLatin1String("not a command of the BC25 TCP/IP manual")));
        } else {
            QVERIFY2(!source.contains(QLatin1String("not in the manual")), qPrintable(command)); // AT+QIGETERROR, polling
        }
    }
    // A command of the manual is not marked, typed or not.
    terminal->submit(QStringLiteral("AT+CSQ"));
    QTRY_COMPARE(rowsWith(transactions, TransactionModel::Command, QStringLiteral("AT+CSQ")), 1);
    QCOMPARE(rowsWith(transactions, TransactionModel::Source, QStringLiteral("not in the manual")), 1);
    // One the manual has, out of its range, is refused as before: Send raw, on purpose.
    terminal->commandLine()->setText(QStringLiteral("AT+QICLOSE=9"));
    QVERIFY(!terminal->hintText().contains(QLatin1String("not a command")));
    QTest::keyClick(terminal->commandLine(), Qt::Key_Return);
    QCOMPARE(terminal->commandLine()->text(), QStringLiteral("AT+QICLOSE=9"));
    QVERIFY2(terminal->statusText().contains(QLatin1String("Ctrl+Shift+Enter")), qPrintable(terminal->statusText()));
    QTRY_VERIFY(!engine.isBusy());
    QCOMPARE(rowsWith(transactions, TransactionModel::Command, QStringLiteral("AT+QICLOSE=9")), 0);
    connection.disconnectFromModule();
}

void TestTerminalRaw::completionListNeverCoversTheSyntaxLine_data()
{
    QTest::addColumn<bool>("atTheBottom");
    QTest::newRow("list under the line") << false;
    QTest::newRow("list over the line (the screen ends)") << true;
}

void TestTerminalRaw::completionListNeverCoversTheSyntaxLine()
{
    QFETCH(bool, atTheBottom);
    link::ModuleStack stack(profile::ModuleProfile::bc25());
    ModuleSession &session = stack.session();
    TrafficModel traffic;
    TerminalPanel terminal(&session, &traffic);
    const QRect screen = terminal.screen()->availableGeometry();
    terminal.resize(500, 300);
    terminal.move(screen.left() + 10, atTheBottom ? screen.bottom() - 300 : screen.top() + 10);
    terminal.show();
    QVERIFY(QTest::qWaitForWindowExposed(&terminal));
    terminal.commandLine()->setFocus();
    QTest::keyClicks(terminal.commandLine(), QStringLiteral("AT+QI"));
    QCompleter *completer = terminal.completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    terminal.commandLine()->setText(QStringLiteral("AT+QICLOSE"));
    completer->setCompletionPrefix(QStringLiteral("AT+QICLOSE"));
    completer->complete();
    QTRY_VERIFY(terminal.hint()->isVisible());
    QTRY_VERIFY(completer->popup()->isVisible());
    const QRect hint(terminal.hint()->mapToGlobal(QPoint(0, 0)), terminal.hint()->size());
    const QRect line(terminal.commandLine()->mapToGlobal(QPoint(0, 0)), terminal.commandLine()->size());
    const QRect popup = completer->popup()->geometry();
    QVERIFY2(!popup.intersects(hint), qPrintable(QStringLiteral("popup %1,%2 %3x%4 hint %5,%6 %7x%8")
                                                   .arg(popup.x()).arg(popup.y()).arg(popup.width()).arg(popup.height())
                                                   .arg(hint.x()).arg(hint.y()).arg(hint.width()).arg(hint.height())));
    QVERIFY(!popup.intersects(line));
    QVERIFY(popup.height() > 0);
}

// Enter with the list open and none chosen sent "AT+QIOP" to the module, a
// typo (new-user pass 10, ZH F5). The start of several commands keeps the list,
// the first chosen; the start of one is completed; neither is sent.
void TestTerminalRaw::enterOnTheStartOfACommandNeverSendsIt()
{
    link::ModuleStack stack(profile::ModuleProfile::bc25());
    TrafficModel traffic;
    TerminalPanel terminal(&stack.session(), &traffic);
    terminal.resize(500, 300);
    terminal.show();
    QVERIFY(QTest::qWaitForWindowExposed(&terminal));
    QSignalSpy started(&stack.engine(), &at::CommandEngine::commandStarted);
    QCompleter *completer = terminal.completer();
    QAbstractItemView *popup = completer->popup();
    terminal.commandLine()->setFocus();
    QTest::keyClicks(terminal.commandLine(), QStringLiteral("AT+QIOP"));
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(completer->completionCount() > 1);
    QVERIFY(!popup->currentIndex().isValid());
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(popup->isVisible());
    QTRY_COMPARE(popup->currentIndex().row(), 0);
    const QString first = popup->currentIndex().data().toString();
    QVERIFY(first.startsWith(QStringLiteral("AT+QIOPEN")));
    QCOMPARE(terminal.commandLine()->text(), first); // the line shows the one chosen, as Down does
    QCOMPARE(terminal.statusText(), QString()); // not submitted: no result, no refusal
    QTest::keyClick(popup, Qt::Key_Return); // the first taken, the list gone
    QCOMPARE(terminal.commandLine()->text(), first);
    QTRY_VERIFY(!popup->isVisible());

    // The start of a single command: completed, not sent.
    const QAbstractItemModel *completions = completer->model();
    QString single;
    for (int row = 0; row < completions->rowCount() && single.isEmpty(); ++row) {
        const QString command = completions->index(row, 0).data().toString();
        const QString start = command.left(command.size() - 1);
        if (start.size() > 3 && completions->match(completions->index(0, 0), Qt::DisplayRole, start, -1,
                                                   Qt::MatchStartsWith).size() == 1)
            single = command;
    }
    QVERIFY(!single.isEmpty());
    terminal.commandLine()->clear();
    QTRY_VERIFY(!popup->isVisible());
    QTest::keyClicks(terminal.commandLine(), single.left(single.size() - 1));
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(terminal.commandLine()->text(), single);
    QCOMPARE(terminal.statusText(), QString());
    QCOMPARE(started.count(), 0);
}

// The refusal of a chained line stood under three empty lines of syntax, cut
// at its second line (new-user pass 10, EN F11, 1280×720: the dock ~430 px).
void TestTerminalRaw::aRefusalIsWholeRightUnderTheCommandLine()
{
    link::ModuleStack stack(profile::ModuleProfile::bc25());
    TrafficModel traffic;
    TerminalPanel terminal(&stack.session(), &traffic);
    terminal.resize(430, 500);
    terminal.show();
    QVERIFY(QTest::qWaitForWindowExposed(&terminal));
    const int lineBottom = terminal.commandLine()->geometry().bottom();
    const int underLine = terminal.height() - lineBottom; // what the command row leaves below it
    const QString refusal = terminal.submit(QStringLiteral("AT+CSQ;+CGATT?"));
    QVERIFY(!refusal.isEmpty());
    auto *status = terminal.findChild<StatusLine *>(QStringLiteral("terminal.status"));
    QVERIFY(status);
    QTRY_VERIFY(status->isVisible());
    const QPoint top = status->mapTo(&terminal, QPoint(0, 0));
    QVERIFY2(top.y() - lineBottom <= 12, qPrintable(QStringLiteral("%1 px below the command line").arg(top.y() - lineBottom)));
    QVERIFY2(!status->isCut(), qPrintable(status->text()));
    QCOMPARE(QString(status->text()).replace(QLatin1Char('\n'), QLatin1Char(' ')), terminal.statusText());
    // The command row did not move, nor what it leaves below it.
    QCOMPARE(terminal.commandLine()->geometry().bottom(), lineBottom);
    QCOMPARE(terminal.height() - lineBottom, underLine);

    // Typing the next command: its syntax under the result, the row still in place.
    terminal.commandLine()->setText(QStringLiteral("AT+QICLOSE=1"));
    QTRY_VERIFY(terminal.hint()->isVisible());
    QVERIFY(terminal.hint()->mapTo(&terminal, QPoint(0, 0)).y() > top.y());
    QCOMPARE(terminal.commandLine()->geometry().bottom(), lineBottom);
}

QTEST_MAIN(TestTerminalRaw)
#include "tst_terminalraw.moc"
