// SPDX-License-Identifier: MIT
// No program writes over a file it was given for something else (adversary
// pass 10, F17 and F3): an output naming the module's port (the capture
// would be sent to the module), the recipe it runs, another output through a
// symlink whose target is not there yet, or the file standard output goes
// to. Each is bad usage (exit status 2): said, nothing sent, nothing written.

#include <QDir>
#include <QFile>
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

// `program` with `arguments` in `folder`; standard output to `outputFile` when one is named (appended to).
Run runIn(const QString &folder, const QString &program, const QStringList &arguments, const QString &outputFile = {})
{
    QProcess process;
    process.setWorkingDirectory(folder);
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile, QIODevice::Append);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
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

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QString RunProgram = QStringLiteral(BC25_RUN_PATH);

} // namespace

class TestCliOutputs : public QObject
{
    Q_OBJECT

private slots:
    // `--port P --capture P` (a mistyped capture name, or a link to the port):
    // the capture's records would be written into the serial line, the
    // module would echo them, and the echo be captured again, for ever.
    void anOutputNamingTheModulesPortIsRefused()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("ttyBC25"));
        QProcess sim;
        sim.start(QStringLiteral(BC25_SIM_PATH), {QStringLiteral("--fresh"), QStringLiteral("--link"), link});
        QVERIFY(sim.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 10000);
        const QString pty = QString::fromLocal8Bit(sim.readLine()).trimmed();
        for (const QStringList &arguments :
             {QStringList {QStringLiteral("--port"), link, QStringLiteral("--capture"), link, QStringLiteral("01_module_identity")},
              QStringList {QStringLiteral("--port"), pty, QStringLiteral("--capture"), link, QStringLiteral("01_module_identity")},
              QStringList {QStringLiteral("--port"), link, QStringLiteral("--junit"), pty, QStringLiteral("01_module_identity")},
              QStringList {QStringLiteral("--health"), QStringLiteral("--port"), link, QStringLiteral("--capture"), pty},
              QStringList {QStringLiteral("--health"), QStringLiteral("--port"), pty, QStringLiteral("--json"), link}}) {
            const Run refused = runIn(dir.path(), RunProgram, arguments);
            QVERIFY2(refused.status == 2, qPrintable(arguments.join(u' ') + refused.out + refused.err));
            QVERIFY2(refused.err.contains(QLatin1String("would write over an input")), qPrintable(refused.err));
            QVERIFY2(refused.out.isEmpty(), qPrintable(refused.out)); // nothing ran
        }
        sim.terminate();
        QVERIFY(sim.waitForFinished(10000));
    }

    // `--junit x.lua x.lua`: the report would replace the recipe it ran.
    void anOutputNamingTheRecipeIsRefused()
    {
        QTemporaryDir dir;
        const QByteArray recipe = "-- Mine\nstep('a')\nexpect(at('AT'))\n";
        QVERIFY(writeFile(dir.filePath(QStringLiteral("x.lua")), recipe));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("x.lua")), dir.filePath(QStringLiteral("alias.lua"))));
        for (const QStringList &arguments : {QStringList {QStringLiteral("--junit"), QStringLiteral("x.lua"), QStringLiteral("x.lua")},
                                             QStringList {QStringLiteral("--capture"), QStringLiteral("x.lua"), QStringLiteral("x.lua")},
                                             QStringList {QStringLiteral("--junit"), QStringLiteral("alias.lua"), QStringLiteral("./x.lua")}}) {
            const Run refused = runIn(dir.path(), RunProgram, arguments);
            QVERIFY2(refused.status == 2, qPrintable(arguments.join(u' ') + refused.out + refused.err));
            QVERIFY2(refused.err.contains(QLatin1String("the recipe both name")), qPrintable(refused.err));
            QCOMPARE(contents(dir.filePath(QStringLiteral("x.lua"))), recipe);
        }
        // Its own file beside it is written as ever.
        const Run run = runIn(dir.path(), RunProgram, {QStringLiteral("--junit"), QStringLiteral("x.xml"), QStringLiteral("x.lua")});
        QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
        QVERIFY(contents(dir.filePath(QStringLiteral("x.xml"))).startsWith("<?xml"));
    }

    // Two outputs naming one file not there yet, through a symlink (or two)
    // that leads to it: the second would replace the first.
    void outputsThroughADanglingLinkAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("capture and junit") << QStringList {QStringLiteral("--capture"), QStringLiteral("a.cap"), QStringLiteral("--junit"),
                                                           QStringLiteral("b.xml"), QStringLiteral("01_module_identity")};
        QTest::newRow("json and report") << QStringList {QStringLiteral("--health"), QStringLiteral("--json"), QStringLiteral("a.cap"),
                                                         QStringLiteral("--report"), QStringLiteral("b.xml")};
        QTest::newRow("a chain of links") << QStringList {QStringLiteral("--capture"), QStringLiteral("a.cap"), QStringLiteral("--junit"),
                                                          QStringLiteral("c.xml"), QStringLiteral("01_module_identity")};
    }

    void outputsThroughADanglingLinkAreRefused()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        QVERIFY(QFile::link(QStringLiteral("a.cap"), dir.filePath(QStringLiteral("b.xml"))));
        QVERIFY(QFile::link(QStringLiteral("b.xml"), dir.filePath(QStringLiteral("c.xml"))));
        const Run refused = runIn(dir.path(), RunProgram, arguments);
        QVERIFY2(refused.status == 2, qPrintable(refused.out + refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("give each its own file")), qPrintable(refused.err));
        QVERIFY2(refused.out.isEmpty(), qPrintable(refused.out));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("a.cap"))));
    }

    // `--json out.txt > out.txt`: the report would replace the run's own lines.
    void anOutputWhereStandardOutputGoesIsRefused()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("out.txt"));
        QVERIFY(QFile::link(log, dir.filePath(QStringLiteral("link.txt"))));
        for (const QStringList &arguments : {QStringList {QStringLiteral("--health"), QStringLiteral("--json"), log},
                                             QStringList {QStringLiteral("--junit"), QStringLiteral("link.txt"), QStringLiteral("01_module_identity")}}) {
            QVERIFY(writeFile(log, "earlier lines\n"));
            const Run refused = runIn(dir.path(), RunProgram, arguments, log);
            QVERIFY2(refused.status == 2, qPrintable(refused.err));
            QVERIFY2(refused.err.contains(QLatin1String("where standard output goes")), qPrintable(refused.err));
            QCOMPARE(contents(log), QByteArray("earlier lines\n"));
        }
        // Standard output to another file: the run goes on.
        const Run run = runIn(dir.path(), RunProgram, {QStringLiteral("--health"), QStringLiteral("--json"), log},
                              dir.filePath(QStringLiteral("run.log")));
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY(contents(dir.filePath(QStringLiteral("run.log"))).contains("health check: PASSED"));
    }

    // `bc25-decode x.log >> x.log`: the events would be written into the log being read.
    void aLogDecodedIntoItselfIsRefused()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("x.log"));
        const QByteArray bytes = "AT\r\r\nOK\r\n";
        QVERIFY(writeFile(log, bytes));
        const Run refused = runIn(dir.path(), QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("x.log")}, log);
        QVERIFY2(refused.status == 2, qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("bc25-decode: FILE names x.log, and standard output goes there too")), qPrintable(refused.err));
        QCOMPARE(contents(log), bytes);
        const Run run = runIn(dir.path(), QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("x.log")}, dir.filePath(QStringLiteral("x.jsonl")));
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY(contents(dir.filePath(QStringLiteral("x.jsonl"))).contains("\"kind\":\"final\""));
    }

    // bc25-sim --link and --state naming one file: the link would replace the
    // NVRAM file, and the NVRAM be written into the terminal.
    void theSimsLinkAndStateInOneFileAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::link(QStringLiteral("nvram.json"), dir.filePath(QStringLiteral("tty"))));
        for (const QStringList &arguments : {QStringList {QStringLiteral("--state"), QStringLiteral("nvram.json"), QStringLiteral("--link"),
                                                          QStringLiteral("nvram.json")},
                                             QStringList {QStringLiteral("--state"), QStringLiteral("nvram.json"), QStringLiteral("--link"),
                                                          QStringLiteral("tty")}}) {
            const Run refused = runIn(dir.path(), QStringLiteral(BC25_SIM_PATH), arguments);
            QVERIFY2(refused.status == 2, qPrintable(arguments.join(u' ') + refused.err));
            QVERIFY2(refused.err.contains(QLatin1String("bc25-sim: --link and --state both name")), qPrintable(refused.err));
            QVERIFY2(refused.out.isEmpty(), qPrintable(refused.out)); // no terminal made
        }
    }
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "tst_clioutputs.moc"
