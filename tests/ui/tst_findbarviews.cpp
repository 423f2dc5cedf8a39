// SPDX-License-Identifier: MIT
// The find bar on views outside the main window's panels: a capture's
// traffic (a plain table, whose stock delegate is replaced by one that
// highlights; Esc closes the bar, not the dialog), bytes searched as the
// terminal shows them (escapes, hex), a view that switches models (a
// console with "Show sent" off) followed by attaching again, and a line that
// grows in place as its bytes come.

#include "dialogs/captureviewer.h"
#include "profile/moduleprofile.h"
#include "models/trafficmodel.h"
#include "search/findbar.h"
#include "search/highlightedtext.h"
#include "search/matchhighlightdelegate.h"
#include "viewpixels.h"
#include "views/logview.h"

#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace bc25::ui;

namespace {

// A log view with its find bar under it, as a panel lays them out.
struct LoggedView
{
    explicit LoggedView(QAbstractItemModel *model)
    {
        auto *layout = new QVBoxLayout(&panel);
        view = new LogView(&panel);
        bar = new FindBar(&panel);
        layout->addWidget(view);
        layout->addWidget(bar);
        view->setModel(model);
        bar->attach(view, {TrafficModel::Bytes});
    }
    QWidget panel;
    LogView *view;
    FindBar *bar;
};

} // namespace

class TestFindBarViews : public QObject
{
    Q_OBJECT

private slots:
    void ctrlFInACaptureSearchesItsTraffic();
    void bytesAreSearchedAsTheTerminalShowsThem();
    void attachedAgainItFollowsTheViewsNewModel();
    void aLineThatGrowsInPlaceIsCountedAgain();
};

void TestFindBarViews::ctrlFInACaptureSearchesItsTraffic()
{
    CaptureViewer viewer(bc25::profile::ModuleProfile::bc25());
    for (int i = 0; i < 20; ++i)
        viewer.traffic()->append(TrafficModel::Way::Receive, "+QIURC: \"recv\"," + QByteArray::number(i % 4) + ",8\r\n");
    viewer.traffic()->flush();
    viewer.show();
    viewer.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&viewer));
    QTableView *view = viewer.trafficView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    auto *bar = view->parentWidget()->findChild<FindBar *>(); // the traffic tab's own bar
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QTest::keyClicks(bar->field(), QStringLiteral("\"recv\",3"));
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 5 matches"));
    QCOMPARE(view->currentIndex().row(), 3);
    // The terminal's view and delegate, which highlights the matches.
    QVERIFY(dynamic_cast<MatchHighlighting *>(view->itemDelegate()));
    QVERIFY(pixelsOf(view, HighlightedText::CurrentMatchBackground) > 0);
    QVERIFY(pixelsOf(view, HighlightedText::MatchBackground) > 0);
    QTest::keyClick(bar->field(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex().row(), 19);
    QTest::keyClick(bar->field(), Qt::Key_Escape); // closes the bar, not the dialog
    QVERIFY(!bar->isVisible());
    QVERIFY(viewer.isVisible());
}

void TestFindBarViews::bytesAreSearchedAsTheTerminalShowsThem()
{
    TrafficModel traffic;
    traffic.append(TrafficModel::Way::Receive, QByteArray("ab\x01\x1a\xff\r\n", 7));
    traffic.flush();
    QCOMPARE(traffic.rowText(0), QStringLiteral("ab\\x01\\x1a\\xff\\r\\n"));
    LoggedView shown(&traffic);
    FindBar *bar = shown.bar;
    bar->open();
    QTest::keyClicks(bar->field(), QStringLiteral("\\x1A"));
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 1 match"));
    traffic.setHex(true); // the same bytes in hex
    QCOMPARE(traffic.rowText(0), QStringLiteral("61 62 01 1a ff 0d 0a"));
    QCOMPARE(bar->statusText(), QStringLiteral("No matches"));
    bar->field()->setText(QStringLiteral("1a ff"));
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 1 match"));
}

void TestFindBarViews::attachedAgainItFollowsTheViewsNewModel()
{
    // As a console does with "Show sent": the whole log, or a filter of it.
    TrafficModel log;
    log.append(TrafficModel::Way::Transmit, "AT+QISEND=0,5\r");
    log.append(TrafficModel::Way::Receive, "+QIURC: \"recv\",0,5\r\n");
    log.append(TrafficModel::Way::Receive, "SEND OK\r\n");
    log.flush();
    QSortFilterProxyModel received;
    received.setSourceModel(&log);
    received.setFilterKeyColumn(TrafficModel::Direction);
    received.setFilterFixedString(QStringLiteral("RX"));
    LoggedView shown(&log);
    LogView *view = shown.view;
    FindBar *bar = shown.bar;
    bar->open();
    bar->field()->setText(QStringLiteral("0,5"));
    QCOMPARE(bar->matches()->count(), 2);
    view->setModel(&received);
    bar->attach(view, {TrafficModel::Bytes});
    QCOMPARE(bar->matches()->count(), 1);
    QCOMPARE(bar->statusText(), QStringLiteral("1 match"));
    bar->findNext();
    QCOMPARE(view->currentIndex().row(), 0);
    QCOMPARE(view->currentIndex().model(), &received);
    log.append(TrafficModel::Way::Receive, "+QIURC: \"recv\",0,5\r\n");
    log.flush();
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 2 matches"));
    view->setModel(&log);
    bar->attach(view, {TrafficModel::Bytes});
    QCOMPARE(bar->matches()->count(), 3);
}

void TestFindBarViews::aLineThatGrowsInPlaceIsCountedAgain()
{
    TrafficModel traffic;
    LoggedView shown(&traffic);
    FindBar *bar = shown.bar;
    bar->open();
    bar->field()->setText(QStringLiteral("+CSQ: 2"));
    traffic.append(TrafficModel::Way::Receive, "+CS");
    traffic.flush();
    QCOMPARE(bar->statusText(), QStringLiteral("No matches"));
    traffic.append(TrafficModel::Way::Receive, "Q: 20,0\r\n+CSQ: 2"); // the row grows, a new one begins
    traffic.flush();
    QCOMPARE(traffic.rowCount(), 2);
    QCOMPARE(bar->matches()->count(), 2);
    bar->findNext();
    QCOMPARE(shown.view->currentIndex().row(), 0);
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 2 matches"));
}

QTEST_MAIN(TestFindBarViews)
#include "tst_findbarviews.moc"
