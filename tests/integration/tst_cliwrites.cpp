// SPDX-License-Identifier: MIT
// Every file bc25-run writes, on a disk that would not take it:
// a file size limit (its signal ignored, so every write past it fails with
// EFBIG, as on a full disk; this machine has no /dev/full). The write error is
// said on standard error and the program fails (exit status 1), never a green
// run with a capture cut short.

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

// `program` with `arguments` under a file size limit of `blocks` (dash: 512 bytes each).
Run runLimited(const QString &program, int blocks, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("/bin/sh"), QStringList {QStringLiteral("-c"),
                                                          QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(blocks),
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
};

QTEST_GUILESS_MAIN(TestCliWrites)
#include "tst_cliwrites.moc"
