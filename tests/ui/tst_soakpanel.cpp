// SPDX-License-Identifier: MIT
// The soak panel against the in-process virtual module, time scaled: start
// from the form, points, lost echoes and a registration change appear in
// the chart, the summary tells loss and round trips, stop, the CSV exported
// to a path holds every sample, the form persists, and it fits a 420-pixel dock.

#include "recipeharness.h"

#include "sim/virtualmodule.h"
#include "soak/soakmonitor.h"
#include "soak/soakchartview.h"
#include "soak/soakpanel.h"
#include "models/transactionmodel.h"

#include <QChart>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QSet>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QPushButton>
#include <QTest>

using namespace bc25;

class TestSoakPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.warning=false"));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_soakpanel"));
        QSettings().clear();
    }

    void aRunFillsTheChartAndExportsEverySample()
    {
        test::RecipeHarness h;
        QVERIFY(h.connect({QStringLiteral("ping-delay=2"), QStringLiteral("ping-loss=3")}));
        ui::SoakPanel panel(&h.session);
        panel.setModuleConnected(true);
        panel.resize(420, 640);
        panel.show();
        QVERIFY(panel.minimumSizeHint().width() <= 420);
        const int heightBefore = panel.minimumSizeHint().height();
        panel.hostEdit()->setText(QStringLiteral("localhost"));
        panel.pingIntervalBox()->setValue(10);
        panel.signalIntervalBox()->setValue(60);
        panel.setTimeScale(500); // ten seconds of schedule in 20 ms
        QCOMPARE(panel.start(), QString());
        QVERIFY(panel.monitor()->isRunning());
        QVERIFY(!panel.hostEdit()->isEnabled());

        QTRY_VERIFY_WITH_TIMEOUT(panel.chartView()->roundTripPointCount() >= 5, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.chartView()->lostPointCount() >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.chartView()->signalPointCount() >= 2, 10000);
        h.connection.virtualModule()->setRegistration(2);
        QTRY_VERIFY_WITH_TIMEOUT(panel.chartView()->registrationMarkCount() >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.summaryText().contains(QLatin1String("not registered")), 10000);
        const soak::RegistrationChange change = panel.monitor()->statistics().registrationChanges().constFirst();
        QVERIFY(panel.chartView()->registrationMarkText(change.timeMs).startsWith(QStringLiteral("+CEREG <stat> 1 → 2 at ")));
        QVERIFY(panel.summaryText().contains(QLatin1String("p50 2 ms")));
        // Outages lengthen the summary: in a short dock (1280×720) it scrolls past
        // two lines, so it neither pushes the panel taller nor squeezes the chart.
        QVERIFY(panel.summaryText().count(QLatin1Char('\n')) >= 5);
        panel.resize(420, 360);
        const int line = panel.fontMetrics().lineSpacing();
        QTRY_VERIFY2(panel.minimumSizeHint().height() <= heightBefore + 2 * line,
                     QByteArray::number(panel.minimumSizeHint().height()) + " > " + QByteArray::number(heightBefore));
        QVERIFY(panel.chartView()->height() >= 170);
        panel.resize(420, 640);

        panel.stop();
        QVERIFY(!panel.monitor()->isRunning());
        QVERIFY(panel.hostEdit()->isEnabled());
        const soak::SoakSummary s = panel.monitor()->summary();
        QVERIFY(s.lost >= 1);
        QVERIFY2(panel.summaryText().contains(QLatin1String("then stopped")), qPrintable(panel.summaryText()));
        // The record stays where the user can find it, and the summary says where.
        QVERIFY(panel.monitor()->csvPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
        QVERIFY(panel.summaryText().contains(QLatin1String("Every sample: ") + panel.monitor()->csvPath()));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("soak.csv"));
        QCOMPARE(panel.exportCsvTo(path), QString());
        QVERIFY(panel.summaryText().contains(QLatin1String("Exported every sample to ") + path)); // said, as the report's save is
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith(QByteArrayView(soak::SoakCsvWriter::Header)));
        QCOMPARE(qint64(text.count('\n')), panel.monitor()->csvRows() + 1);
        QCOMPARE(panel.monitor()->csvRows(), qint64(s.pings + s.signalReadings + s.registrationChanges));
        QVERIFY(text.contains(",registration,,,,2\n"));
        QVERIFY(!panel.exportCsvTo(dir.filePath(QStringLiteral("no/such/folder/x.csv"))).isEmpty());
    }

    // The run's first signal reading shows (a line of one point draws nothing:
    // its marker does), and the summary coming below the chart takes none of
    // the chart's height: its room is reserved from the start.
    void theFirstReadingShowsAndTheChartKeepsItsHeight()
    {
        test::RecipeHarness h;
        QVERIFY(h.connect({QStringLiteral("ping-delay=2")}));
        ui::SoakPanel panel(&h.session);
        panel.setModuleConnected(true);
        panel.resize(420, 480);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.resize(420, 500); // laid out: the introduction's two lines at the dock's width
        QCoreApplication::processEvents();
        const int chartHeight = panel.chartView()->height();
        panel.hostEdit()->setText(QStringLiteral("localhost"));
        panel.pingIntervalBox()->setValue(3600);
        panel.signalIntervalBox()->setValue(3600); // one reading, at the start
        panel.setTimeScale(1);
        QCOMPARE(panel.start(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(panel.monitor()->summary().signalReadings == 1, 10000);
        panel.stop();
        QCoreApplication::processEvents();
        QVERIFY2(panel.summaryText().count(QLatin1Char('\n')) >= 4, qPrintable(panel.summaryText()));
        QCOMPARE(panel.chartView()->height(), chartHeight);
        QCOMPARE(panel.chartView()->signalPointCount(), 1);
        QLineSeries *signal = nullptr;
        for (QAbstractSeries *series : panel.chartView()->chart()->series()) {
            if (series->name() == QLatin1String("Signal"))
                signal = qobject_cast<QLineSeries *>(series);
        }
        QVERIFY(signal);
        // Its pixels are there, in the signal's green, where the reading is.
        QChart *chart = panel.chartView()->chart();
        const QPoint at = panel.chartView()->mapFromScene(chart->mapToScene(chart->mapToPosition(signal->at(0), signal)));
        const QImage image = panel.chartView()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        int green = 0;
        for (int y = at.y() - 4; y <= at.y() + 4; ++y) {
            for (int x = at.x() - 4; x <= at.x() + 4; ++x) {
                const QColor c = QColor::fromRgb(image.pixel(qBound(0, x, image.width() - 1), qBound(0, y, image.height() - 1)));
                green += c.green() > 120 && c.red() < 120 && c.blue() < 120;
            }
        }
        QVERIFY2(green >= 4, QByteArray::number(green) + " green pixels at " + QByteArray::number(at.x()) + ','
                                     + QByteArray::number(at.y()));
    }

    // A new link is another module: the last run's chart and summary go, its CSV file stays.
    void aNewLinkClearsTheLastRun()
    {
        test::RecipeHarness h;
        QVERIFY(h.connect({QStringLiteral("ping-delay=2")}));
        ui::SoakPanel panel(&h.session);
        panel.setModuleConnected(true);
        panel.hostEdit()->setText(QStringLiteral("localhost"));
        panel.setTimeScale(500);
        QCOMPARE(panel.start(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(panel.chartView()->roundTripPointCount() >= 2, 10000);
        panel.setModuleConnected(false, QStringLiteral("the cable"));
        QVERIFY(!panel.monitor()->isRunning());
        QVERIFY(panel.summaryText().contains(QLatin1String("the cable"))); // the run's end stays on show while no link is up
        QVERIFY(panel.chartView()->roundTripPointCount() >= 2); // and its chart, to read and export (README)
        const QString csv = panel.monitor()->csvPath();
        QVERIFY(QFile::exists(csv));
        panel.setModuleConnected(true);
        QCOMPARE(panel.chartView()->roundTripPointCount(), 0);
        QVERIFY2(!panel.summaryText().contains(QLatin1String("pings")), qPrintable(panel.summaryText()));
        QVERIFY(QFile::exists(csv));
    }

    // An outage open when the run stops is not "ongoing": the run is over
    // and the outage's end unknown; the summary says so.
    void anOutageOpenAtStopIsNotOngoing()
    {
        test::RecipeHarness h;
        QVERIFY(h.connect({QStringLiteral("ping-delay=2"), QStringLiteral("ping-loss=1")})); // every echo lost
        ui::SoakPanel panel(&h.session);
        panel.setModuleConnected(true);
        panel.hostEdit()->setText(QStringLiteral("localhost"));
        panel.pingIntervalBox()->setValue(10);
        panel.signalIntervalBox()->setValue(0);
        panel.setTimeScale(500);
        QCOMPARE(panel.start(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(panel.summaryText().contains(QLatin1String("(ongoing)")), 10000);
        panel.stop();
        QVERIFY2(!panel.summaryText().contains(QLatin1String("ongoing")), qPrintable(panel.summaryText()));
        QVERIFY2(panel.summaryText().contains(QLatin1String("pings lost: ")) && panel.summaryText().contains(QLatin1String(" (not over when the run stopped)")),
                 qPrintable(panel.summaryText()));
        QVERIFY(panel.summaryText().contains(QLatin1String("then stopped")));
    }

    // A ping the module failed (the BC25 detached: +QPING: 5, its context not
    // active) is no lost echo: the summary counts it apart and says why.
    void aPingTheModuleFailedIsShownApartFromLoss()
    {
        test::RecipeHarness h;
        QVERIFY(h.connect({QStringLiteral("attached=0")}));
        ui::SoakPanel panel(&h.session);
        panel.setModuleConnected(true);
        panel.hostEdit()->setText(QStringLiteral("localhost"));
        panel.pingIntervalBox()->setValue(10);
        panel.signalIntervalBox()->setValue(0);
        panel.setTimeScale(500);
        QCOMPARE(panel.start(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(panel.monitor()->summary().failed >= 2, 10000);
        panel.stop();
        const QString text = panel.summaryText();
        QVERIFY2(text.contains(QLatin1String(", 0 lost (0.0 %)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Pings the module failed (not counted as lost): %1")
                                       .arg(panel.monitor()->summary().failed)), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("The last ping failed: ")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Outages: 0")), qPrintable(text));
        QCOMPARE(panel.chartView()->lostPointCount(), 0);
    }

    void closingThePanelWhileItRunsStopsCleanly()
    {
        test::RecipeHarness h;
        QVERIFY(h.connect({QStringLiteral("ping-delay=20")}));
        auto panel = std::make_unique<ui::SoakPanel>(&h.session);
        panel->setModuleConnected(true);
        panel->hostEdit()->setText(QStringLiteral("localhost"));
        panel->setTimeScale(1000);
        QCOMPARE(panel->start(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(panel->monitor()->summary().pings >= 2, 10000);
        panel.reset(); // mid-round: an AT+QPING is still out
        // The engine finishes that ping without the panel or its monitor.
        QVERIFY(test::waitUntil([&] { return !h.engine.isBusy(); }, 5000));
    }

    void theFormPersists()
    {
        test::RecipeHarness h;
        {
            ui::SoakPanel panel(&h.session);
            panel.hostEdit()->setText(QStringLiteral("example.org"));
            panel.pingIntervalBox()->setValue(7);
            panel.signalIntervalBox()->setValue(0);
        }
        ui::SoakPanel again(&h.session);
        QCOMPARE(again.hostEdit()->text(), QStringLiteral("example.org"));
        QCOMPARE(again.pingIntervalBox()->value(), 7);
        QCOMPARE(again.signalIntervalBox()->value(), 0);
    }

    void aRefusedFormSendsNothing()
    {
        test::RecipeHarness h;
        QVERIFY(h.connect({}));
        ui::SoakPanel panel(&h.session);
        panel.setModuleConnected(true);
        panel.hostEdit()->clear();
        h.written.clear();
        QVERIFY(!panel.start().isEmpty());
        QVERIFY(!panel.monitor()->isRunning());
        QVERIFY(h.written.isEmpty());
        QVERIFY(panel.summaryText().contains(QLatin1String("host")));
    }

    // Without a module Start is off and refuses; a link lost mid-run ends the
    // run and says so (a pulled cable is not a network outage).
    void noModuleNoStartAndALostLinkEndsTheRun()
    {
        test::RecipeHarness h;
        QVERIFY(h.connect({QStringLiteral("ping-delay=20")}));
        ui::SoakPanel panel(&h.session);
        auto *start = panel.findChild<QPushButton *>(QStringLiteral("soak.start"));
        QVERIFY(start);
        QVERIFY(!start->isEnabled());
        h.written.clear();
        QVERIFY(panel.start().contains(QLatin1String("No module")));
        QVERIFY(h.written.isEmpty());
        panel.setModuleConnected(true);
        QVERIFY(start->isEnabled());
        panel.hostEdit()->setText(QStringLiteral("localhost"));
        panel.setTimeScale(1000);
        QCOMPARE(panel.start(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(panel.monitor()->summary().pings >= 1, 10000);
        panel.setModuleConnected(false, QStringLiteral("the port went away"));
        QVERIFY(!panel.monitor()->isRunning());
        QVERIFY(!start->isEnabled());
        QVERIFY2(panel.summaryText().contains(QLatin1String("The run ended: the link to the module was lost (the port went away).")),
                 qPrintable(panel.summaryText()));
    }

    // The user's Disconnect ends the run in its own words, not as a lost
    // link; a link's message that is a sentence is not nested in brackets.
    void theUsersDisconnectIsNotALostLink()
    {
        test::RecipeHarness h;
        QVERIFY(h.connect({QStringLiteral("ping-delay=20")}));
        ui::SoakPanel panel(&h.session);
        panel.setModuleConnected(true);
        panel.hostEdit()->setText(QStringLiteral("localhost"));
        panel.setTimeScale(1000);
        QCOMPARE(panel.start(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(panel.monitor()->summary().pings >= 1, 10000);
        panel.setModuleConnected(false, QStringLiteral("Disconnected."), true);
        QVERIFY(!panel.monitor()->isRunning());
        QVERIFY2(panel.summaryText().contains(QLatin1String("The run ended: you disconnected.")), qPrintable(panel.summaryText()));
        QVERIFY2(!panel.summaryText().contains(QLatin1String("link to the module was lost")), qPrintable(panel.summaryText()));
        panel.setModuleConnected(true);
        QCOMPARE(panel.start(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(panel.monitor()->summary().pings >= 1, 10000);
        panel.setModuleConnected(false, QStringLiteral("The port went away."));
        QVERIFY2(panel.summaryText().contains(QLatin1String("the link to the module was lost (The port went away).")),
                 qPrintable(panel.summaryText()));
        QVERIFY2(!panel.summaryText().contains(QLatin1String(".).")), qPrintable(panel.summaryText()));
    }

    // The soak monitor's pings and signal reads are its own, not the user's:
    // tagged soak, shown as "soak monitor" in the transactions dock (whose
    // filter hides only the workbench's polling), never recorded as a panel's.
    void itsCommandsCarryTheirOwnSource()
    {
        test::RecipeHarness h;
        QVERIFY(h.connect({QStringLiteral("ping-delay=2")}));
        ui::TransactionModel model;
        QList<at::Transaction> seen;
        QObject::connect(&h.engine, &at::CommandEngine::transactionFinished, &model, [&](const at::Transaction &t) {
            seen << t;
            model.appendLive(t);
        });
        ui::SoakPanel panel(&h.session);
        panel.setModuleConnected(true);
        panel.hostEdit()->setText(QStringLiteral("localhost"));
        panel.pingIntervalBox()->setValue(10);
        panel.signalIntervalBox()->setValue(10);
        panel.setTimeScale(500);
        QCOMPARE(panel.start(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(panel.monitor()->summary().pings >= 2 && panel.chartView()->signalPointCount() >= 1, 10000);
        panel.stop();
        QVERIFY(test::waitUntil([&] { return !h.engine.isBusy() && h.engine.pendingOperationCount() == 0; }, 5000));
        QSet<QByteArray> soakCommands;
        for (const at::Transaction &t : std::as_const(seen)) {
            if (t.command.startsWith("AT+QPING") || t.command == "AT+CSQ" || t.command == "AT+CEREG?") {
                QCOMPARE(t.source, at::Source::Soak);
                soakCommands << t.command.left(8);
            }
        }
        QVERIFY(soakCommands.contains("AT+QPING"));
        QVERIFY(soakCommands.contains("AT+CSQ"));
        model.flush();
        ui::TransactionFilterModel shown;
        shown.setSourceModel(&model);
        int rows = 0;
        for (int row = 0; row < shown.rowCount(); ++row) {
            if (shown.index(row, ui::TransactionModel::Command).data().toString().startsWith(QLatin1String("AT+QPING"))) {
                QCOMPARE(shown.index(row, ui::TransactionModel::Source).data().toString(), QStringLiteral("soak monitor"));
                ++rows;
            }
        }
        QVERIFY(rows >= 2);
        QCOMPARE(at::Transaction::sourceNamed(at::Transaction::sourceName(at::Source::Soak)), at::Source::Soak); // captures keep it
    }
};

QTEST_MAIN(TestSoakPanel)
#include "tst_soakpanel.moc"
