// SPDX-License-Identifier: MIT
// Every file bc25-run, bc25-sim and bc25-decode write, on a disk that would not take it:
// a file size limit (its signal ignored, so every write past it fails with
// EFBIG, as on a full disk; this machine has no /dev/full). The write error is
// said on standard error and the program fails (exit status 1), never a green
// run with a capture or a report cut short, never an NVRAM lost in silence.

#include "transport/serialtransport.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace bc25;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

// `program` with `arguments` under a file size limit of `blocks` (dash: 512 bytes each; -1: none).
Run runLimited(const QString &program, int blocks, const QStringList &arguments, const QString &outputFile = {})
{
    QProcess process;
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile); // opened before the limit: its writes meet it
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("/bin/sh"), QStringList {QStringLiteral("-c"),
                                                          QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"")
                                                                  .arg(blocks < 0 ? QStringLiteral("unlimited") : QString::number(blocks)),
                                                          program} + arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return run;
    }
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const QString CaptureFile = QStringLiteral("@capture");

} // namespace

class TestCliWrites : public QObject
{
    Q_OBJECT

private slots:
    // --capture on a disk that takes none of it (limit 0: not even the header)
    // or only its beginning (one block: the header and the first records):
    // the recipes' steps pass, the run does not.
    void aCaptureTheDiskWouldNotTakeFailsTheRun_data()
    {
        QTest::addColumn<int>("blocks");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("passedLine");
        QTest::addColumn<int>("files");
        const QString recipesPassed = QStringLiteral("Recipes: 1 passed, 0 failed.");
        const QString healthPassed = QStringLiteral("health check: PASSED");
        QTest::newRow("recipe, no byte") << 0 << QStringList {QStringLiteral("--capture"), CaptureFile, QStringLiteral("01_module_identity")}
                                         << recipesPassed << 1;
        QTest::newRow("recipe, cut short") << 1 << QStringList {QStringLiteral("--capture"), CaptureFile, QStringLiteral("01_module_identity")}
                                           << recipesPassed << 1;
        QTest::newRow("recipes, each its own file")
                << 0 << QStringList {QStringLiteral("--capture"), CaptureFile, QStringLiteral("01_module_identity"), QStringLiteral("02_network_attach")}
                << QStringLiteral("Recipes: 2 passed, 0 failed.") << 2;
        QTest::newRow("health, no byte") << 0 << QStringList {QStringLiteral("--health"), QStringLiteral("--capture"), CaptureFile}
                                         << healthPassed << 1;
        QTest::newRow("health, cut short") << 1 << QStringList {QStringLiteral("--health"), QStringLiteral("--capture"), CaptureFile}
                                           << healthPassed << 1;
    }

    void aCaptureTheDiskWouldNotTakeFailsTheRun()
    {
        QFETCH(int, blocks);
        QFETCH(QStringList, arguments);
        QFETCH(QString, passedLine);
        QFETCH(int, files);
        QTemporaryDir dir;
        const QString capture = dir.filePath(QStringLiteral("run.bc25cap"));
        arguments.replaceInStrings(CaptureFile, capture);
        const Run run = runLimited(QStringLiteral(BC25_RUN_PATH), blocks, arguments);
        QVERIFY2(run.out.contains(passedLine), qPrintable(run.out + run.err));
        QVERIFY2(run.status == 1, qPrintable(QString::number(run.status) + QLatin1Char(' ') + run.err));
        QVERIFY2(run.err.contains(QLatin1String("bc25-run: Writing the capture ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("File too large")), qPrintable(run.err));
        // Cut short: the header and the first records are there, the rest is not.
        if (blocks > 0)
            QVERIFY(QFileInfo(capture).size() > 0 && QFileInfo(capture).size() <= blocks * 512);
        // Said once a file, where it happened: not a line per record lost.
        QVERIFY2(run.err.count(QLatin1String("Writing the capture")) == files, qPrintable(run.err));
    }

    // The same limit without the capture: the run passes, so the capture alone failed it above.
    void theSameRunWithoutACapturePasses()
    {
        const Run run = runLimited(QStringLiteral(BC25_RUN_PATH), 0, {QStringLiteral("01_module_identity")});
        QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    // bc25-run's standard output sent to a file (a CI log) on that disk: the
    // step lines are the run's results, and a run whose results are lost is
    // not a pass, as bc25-decode's output (tst_decodecli).
    void resultsTheDiskWouldNotTakeFailTheRun_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("recipe") << QStringList {QStringLiteral("01_module_identity")};
        QTest::newRow("health") << QStringList {QStringLiteral("--health")};
        QTest::newRow("list") << QStringList {QStringLiteral("--list")};
    }

    void resultsTheDiskWouldNotTakeFailTheRun()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const Run run = runLimited(QStringLiteral(BC25_RUN_PATH), 0, arguments, dir.filePath(QStringLiteral("run.log")));
        QVERIFY2(run.status == 1, qPrintable(QString::number(run.status) + QLatin1Char(' ') + run.err));
        QVERIFY2(run.err.count(QLatin1String("bc25-run: cannot write the output: File too large")) == 1, qPrintable(run.err));
    }

    // What --version, --help and --list-models print is all they do: on a
    // disk that takes none of it they fail as bc25-run's results do, each
    // program alike (adversary pass 10 F4), and exit 0 when it was written.
    void informationTheDiskWouldNotTakeFailsEveryProgram_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("option");
        const QList<std::pair<QString, QString>> programs {{QStringLiteral("bc25-run"), QStringLiteral(BC25_RUN_PATH)},
                                                           {QStringLiteral("bc25-decode"), QStringLiteral(BC25_DECODE_PATH)},
                                                           {QStringLiteral("bc25-sim"), QStringLiteral(BC25_SIM_PATH)}};
        for (const auto &[name, path] : programs) {
            for (const QString &option : {QStringLiteral("--version"), QStringLiteral("--help"), QStringLiteral("--list-models")})
                QTest::newRow(qPrintable(name + QLatin1Char(' ') + option)) << path << option;
        }
    }

    void informationTheDiskWouldNotTakeFailsEveryProgram()
    {
        QFETCH(QString, program);
        QFETCH(QString, option);
        QTemporaryDir dir;
        const QString name = QFileInfo(program).fileName();
        const Run lost = runLimited(program, 0, {option}, dir.filePath(QStringLiteral("lost.txt")));
        QVERIFY2(lost.status == 1, qPrintable(QString::number(lost.status) + QLatin1Char(' ') + lost.err));
        QVERIFY2(lost.err.count(name + QStringLiteral(": cannot write the output: File too large")) == 1, qPrintable(lost.err));
        const Run written = runLimited(program, -1, {option}, dir.filePath(QStringLiteral("written.txt")));
        QVERIFY2(written.status == 0, qPrintable(written.err));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("written.txt"))).size() > 0);
    }

    // The reports, each written whole or not at all (QSaveFile, committed):
    // the error that comes only when the bytes reach the disk is said too.
    void aReportTheDiskWouldNotTakeFailsTheRun_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("file");
        QTest::newRow("junit") << QStringList {QStringLiteral("--junit"), QStringLiteral("@"), QStringLiteral("01_module_identity")}
                               << QStringLiteral("run.xml");
        QTest::newRow("junit of a failed run") << QStringList {QStringLiteral("--junit"), QStringLiteral("@"), QStringLiteral("--sim-option"),
                                                               QStringLiteral("fail=+QIOPEN"), QStringLiteral("06_tcp_echo_buffer")}
                                               << QStringLiteral("run.xml");
        QTest::newRow("health json") << QStringList {QStringLiteral("--health"), QStringLiteral("--json"), QStringLiteral("@")}
                                     << QStringLiteral("health.json");
        QTest::newRow("health report") << QStringList {QStringLiteral("--health"), QStringLiteral("--report"), QStringLiteral("@")}
                                       << QStringLiteral("health.html");
    }

    void aReportTheDiskWouldNotTakeFailsTheRun()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        arguments.replaceInStrings(QStringLiteral("@"), path);
        const Run run = runLimited(QStringLiteral(BC25_RUN_PATH), 0, arguments);
        QVERIFY2(run.status == 1, qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(QStringLiteral("bc25-run: cannot write ") + path), qPrintable(run.err));
        QVERIFY2(!QFileInfo::exists(path), "a report is whole or not there");
    }

    // bc25-sim --state on a disk that would not take the NVRAM: the module goes
    // on answering, the error is said once, and the stop exits 1; the same
    // without the limit exits 0.
    void anNvramTheDiskWouldNotTakeIsSaidAndFailsTheStop_data()
    {
        QTest::addColumn<int>("blocks");
        QTest::newRow("limit 0") << 0;
        QTest::newRow("no limit") << -1;
    }

    void anNvramTheDiskWouldNotTakeIsSaidAndFailsTheStop()
    {
        QFETCH(int, blocks);
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("nvram.json"));
        QProcess sim;
        sim.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" --state \"$1\"")
                                                 .arg(blocks < 0 ? QStringLiteral("unlimited") : QString::number(blocks)),
                   QStringLiteral(BC25_SIM_PATH), state});
        QVERIFY(sim.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 10000);
        transport::SerialSettings settings;
        settings.portName = QString::fromLocal8Bit(sim.readLine()).trimmed();
        transport::SerialTransport serial(settings);
        QByteArray received;
        QObject::connect(&serial, &transport::Transport::bytesReceived, &serial, [&received](const QByteArray &b) { received += b; });
        serial.open();
        QVERIFY(serial.isOpen());
        for (const QByteArray &command : {QByteArrayLiteral("AT+QICFG=\"viewmode\",1\r"), QByteArrayLiteral("AT+QICFG=\"showlength\",1\r")}) {
            received.clear();
            serial.write(command);
            QTRY_VERIFY_WITH_TIMEOUT(received.contains("OK\r\n"), 10000); // the module answers all the same
        }
        serial.close();
        sim.terminate();
        QVERIFY(sim.waitForFinished(10000));
        const QString err = QString::fromUtf8(sim.readAllStandardError());
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        if (blocks < 0) {
            QCOMPARE(sim.exitCode(), 0);
            QVERIFY2(!err.contains(QLatin1String("NVRAM")), qPrintable(err));
            QVERIFY(QFileInfo(state).size() > 0);
            return;
        }
        QCOMPARE(sim.exitCode(), 1);
        QVERIFY2(err.count(QStringLiteral("bc25-sim: cannot write the NVRAM file ") + state) == 1, qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("File too large")), qPrintable(err));
    }

    // bc25-sim's first line is the terminal's path, how anyone finds the
    // module: written to a disk that would not take it, the sim stops at once.
    void aTerminalPathTheDiskWouldNotTakeStopsTheSim()
    {
        QTemporaryDir dir;
        const Run run = runLimited(QStringLiteral(BC25_SIM_PATH), 0, {QStringLiteral("--fresh")}, dir.filePath(QStringLiteral("sim.log")));
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("bc25-sim: cannot write the output: File too large")), qPrintable(run.err));
    }

    // A --state bc25-sim could never write is said before anything starts, as
    // bc25-run's outputs are: no terminal is made, exit status 1.
    void anNvramFileThatCannotBeWrittenIsSaidBeforeTheStart()
    {
        const Run run = runLimited(QStringLiteral(BC25_SIM_PATH), 0,
                                   {QStringLiteral("--state"), QStringLiteral("/nonexistent-bc25-folder/nvram.json")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QVERIFY2(run.err.contains(QLatin1String("bc25-sim: cannot write /nonexistent-bc25-folder/nvram.json: the folder")),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliWrites)
#include "tst_cliwrites.moc"
