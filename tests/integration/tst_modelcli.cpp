// SPDX-License-Identifier: MIT
// --model and --list-models as a user runs them, on real processes: every
// program lists the same models and refuses a name none has with 2 and the
// list; bc25-sim answers on a real pty as the model named; bc25-decode reads
// a capture with the model its header names, unless --model says otherwise.

#include "transport/serialtransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace bc25;

namespace {

const QStringList Models {"bc25", "bc32", "bc660k", "bc66", "bg95", "bg96", "ec200u"};

struct Finished
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Finished run(const QString &program, const QStringList &arguments,
             const QProcessEnvironment &given = QProcessEnvironment())
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(given.isEmpty() ? environment : given);
    process.start(program, arguments);
    Finished done;
    if (!process.waitForFinished(60000)) {
        process.kill();
        return done;
    }
    done.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    done.out = process.readAllStandardOutput();
    done.err = process.readAllStandardError();
    return done;
}

// bc25-sim on its pty, asked through a real serial port.
struct RunningSim
{
    QProcess process;
    std::unique_ptr<transport::SerialTransport> serial;
    QByteArray received;

    bool start(const QStringList &arguments)
    {
        process.start(QStringLiteral(BC25_SIM_PATH), QStringList {QStringLiteral("--fresh")} + arguments);
        if (!process.waitForStarted(10000) || !QTest::qWaitFor([this] { return process.canReadLine(); }, 10000))
            return false;
        transport::SerialSettings settings;
        settings.portName = QString::fromLocal8Bit(process.readLine()).trimmed();
        serial = std::make_unique<transport::SerialTransport>(settings);
        QObject::connect(serial.get(), &transport::Transport::bytesReceived, [this](const QByteArray &b) { received += b; });
        serial->open();
        return serial->isOpen();
    }

    QByteArray ask(const QByteArray &command)
    {
        received.clear();
        serial->write(command + '\r');
        // The caller compares what came: a missing answer fails there, and is named here.
        if (!QTest::qWaitFor([this] { return received.contains("OK\r\n") || received.contains("ERROR"); }, 10000))
            qWarning("no final result to %s within 10 s", command.constData());
        // A second command's answer: whatever the first one prints after its OK came before it.
        serial->write("AT\r");
        if (!QTest::qWaitFor([this] { return received.endsWith("AT\r\r\nOK\r\n"); }, 10000))
            qWarning("no answer to the AT after %s within 10 s", command.constData());
        return std::exchange(received, {});
    }

    ~RunningSim()
    {
        serial.reset();
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
    }
};

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

// A BG96 UDP read (BG96 TCP/IP Application Note 2.2.8): 8 bytes holding an OK line.
QByteArray udpReadRecords()
{
    return "1764006663000 TX AT+QIRD=2\\r\n"
           "1764006663010 RX \\r\\n+QIRD: 8,\"10.7.89.10\",6969\\r\\nab\\r\\nOK\\r\\n\\r\\nOK\\r\\n\n";
}

QJsonObject onlyTransaction(const Finished &done)
{
    const QList<QByteArray> lines = done.out.trimmed().split('\n');
    return lines.size() == 1 ? QJsonDocument::fromJson(lines.constFirst()).object() : QJsonObject();
}

} // namespace

class TestModelCli : public QObject
{
    Q_OBJECT

private slots:
    void everyProgramListsTheModels_data();
    void everyProgramListsTheModels();
    void anUnknownModelIsRefusedWithTheList_data();
    void anUnknownModelIsRefusedWithTheList();
#ifdef BC25_WORKBENCH_PATH
    void theWorkbenchAnswersWithoutADisplay_data();
    void theWorkbenchAnswersWithoutADisplay();
#endif
    void theSimulatorAnswersAsTheModelNamed();
    void theSimulatorIdentifiesAsTheModelNamed();
    void theRunAsksTheVirtualModuleWhoItIsToo_data();
    void theRunAsksTheVirtualModuleWhoItIsToo();
    void decodeTakesTheModelFromTheCaptureHeader();
    void aCaptureNamesItsModelOnceInItsHeader();
    void aLogThatChangesModelIsSaidWithItsLine();
    void decodeMarksWhatTheModelDoesNotExpect();

private:
    QTemporaryDir m_dir;
};

void TestModelCli::everyProgramListsTheModels_data()
{
    QTest::addColumn<QString>("program");
#ifdef BC25_WORKBENCH_PATH
    QTest::newRow("bc25-workbench") << QStringLiteral(BC25_WORKBENCH_PATH);
#endif
    QTest::newRow("bc25-sim") << QStringLiteral(BC25_SIM_PATH);
    QTest::newRow("bc25-decode") << QStringLiteral(BC25_DECODE_PATH);
    QTest::newRow("bc25-run") << QStringLiteral(BC25_RUN_PATH);
}

void TestModelCli::everyProgramListsTheModels()
{
    QFETCH(QString, program);
    const Finished done = run(program, {QStringLiteral("--list-models")});
    QCOMPARE(done.exitCode, 0);
    const QList<QByteArray> lines = done.out.trimmed().split('\n');
    QCOMPARE(lines.size(), Models.size());
    for (qsizetype i = 0; i < Models.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(Models.at(i).toLatin1() + ' '), lines.at(i).constData());
    QVERIFY(done.out.contains("BG96 TCP/IP Application Note")); // where its facts come from
    QVERIFY(run(program, {QStringLiteral("--help")}).out.contains("--model"));
}

void TestModelCli::anUnknownModelIsRefusedWithTheList_data()
{
    everyProgramListsTheModels_data();
}

void TestModelCli::anUnknownModelIsRefusedWithTheList()
{
    QFETCH(QString, program);
    const Finished done = run(program, {QStringLiteral("--model"), QStringLiteral("bg97")});
    QCOMPARE(done.exitCode, 2);
    QVERIFY2(done.err.contains("\"bg97\"") && done.err.contains("bc660k") && done.err.contains("ec200u"), done.err.constData());
}

#ifdef BC25_WORKBENCH_PATH
void TestModelCli::theWorkbenchAnswersWithoutADisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("said"); // on standard output when it answers, else on standard error
    QTest::newRow("--help") << QStringList {"--help"} << 0 << QByteArray("--model");
    QTest::newRow("--help in Chinese") << QStringList {"--help", "--lang", "zh_CN"} << 0 << QByteArray("--list-models");
    QTest::newRow("--version") << QStringList {"--version"} << 0 << QByteArray("bc25-workbench " BC25_VERSION);
    QTest::newRow("--list-models") << QStringList {"--list-models"} << 0 << QByteArray("bg96 ");
    QTest::newRow("an unknown model") << QStringList {"--model", "bg97"} << 2 << QByteArray("\"bg97\"");
    QTest::newRow("an unknown option") << QStringList {"--colour"} << 2 << QByteArray("colour");
    QTest::newRow("a wrong baud rate") << QStringList {"--port", "/dev/null", "--baud", "fast"} << 2 << QByteArray("--baud");
    QTest::newRow("a wrong fault") << QStringList {"--sim-option", "nope=1"} << 2 << QByteArray("nope");
}

// Issue 17: --help and --list-models made a QApplication first, so they
// aborted on a machine without a display ("could not connect to display").
// No DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM: the answers still come.
void TestModelCli::theWorkbenchAnswersWithoutADisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, said);
    QProcessEnvironment bare;
    bare.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    bare.insert(QStringLiteral("HOME"), m_dir.path());
    bare.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    const Finished done = run(QStringLiteral(BC25_WORKBENCH_PATH), arguments, bare);
    QVERIFY2(done.exitCode == exitCode, done.err.constData());
    QVERIFY2((exitCode == 0 ? done.out : done.err).contains(said), (done.out + done.err).constData());
}
#endif

void TestModelCli::theSimulatorAnswersAsTheModelNamed()
{
    // BG96 AN 2.2.4-2.2.5: sockets 0-11, QICLOSE answers OK alone; the BC25
    // (manual 2.1.2) has 0-5 and adds CLOSE OK.
    RunningSim bg96;
    QVERIFY(bg96.start({QStringLiteral("--model"), QStringLiteral("bg96")}));
    const QByteArray closed = bg96.ask("AT+QICLOSE=11");
    QVERIFY2(closed.startsWith("AT+QICLOSE=11\r\r\nOK\r\n") && !closed.contains("CLOSE OK"), closed.constData());
    QVERIFY(bg96.ask("AT+QNTTP=1,\"127.0.0.1\"").contains("ERROR")); // BG96 AN 2.2.12: AT+QNTP
    RunningSim bc25;
    QVERIFY(bc25.start({}));
    QVERIFY(bc25.ask("AT+QICLOSE=11").contains("ERROR"));
    QVERIFY(bc25.ask("AT+QICLOSE=5").contains("CLOSE OK"));
}

void TestModelCli::theSimulatorIdentifiesAsTheModelNamed()
{
    // A real BG96's ATI (github.com/vshymanskyy/TinyGSM/issues/157); it has no
    // AT+QGMR in the workbench's sources. The BG95 answers AT+QGMR with the full build.
    RunningSim bg96;
    QVERIFY(bg96.start({QStringLiteral("--model"), QStringLiteral("bg96")}));
    const QByteArray ati = bg96.ask("ATI");
    QVERIFY2(ati.startsWith("ATI\r\r\nQuectel\r\nBG96\r\nRevision: BG96MAR02A07M1G\r\n\r\nOK\r\n"), ati.constData());
    QVERIFY(bg96.ask("AT+QGMR").contains("ERROR"));
    RunningSim bg95;
    QVERIFY(bg95.start({QStringLiteral("--model"), QStringLiteral("bg95")}));
    QVERIFY(bg95.ask("AT+CGMR").startsWith("AT+CGMR\r\r\nBG95M3LAR02A03\r\n\r\nOK\r\n"));
    QVERIFY(bg95.ask("AT+QGMR").startsWith("AT+QGMR\r\r\nBG95M3LAR02A03_01.012.01.012\r\n\r\nOK\r\n"));
}

// bc25-run checks the virtual module's identity (ATI, AT+CGMR) as it checks a
// port's module: as the model read with, it passes in silence; made to name
// another (--sim-option ati=…), it is said in the same words, once a run.
void TestModelCli::theRunAsksTheVirtualModuleWhoItIsToo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("said");
    const QStringList bg96 {QStringLiteral("--sim-option"), QStringLiteral("ati=Quectel|BG96|Revision: BG96MAR02A07M1G")};
    const QString byDefault = QStringLiteral("the module identifies itself as BG96; read as BC25, the default (--model bg96 reads it as BG96)");
    const QString recipe = QStringLiteral("01_module_identity");
    QTest::newRow("recipe, the model's own") << QStringList {QStringLiteral("--model"), QStringLiteral("bg96"), recipe} << QString();
    QTest::newRow("recipe, the default's own") << QStringList {QStringLiteral("--virtual"), recipe} << QString();
    QTest::newRow("health, the model's own") << QStringList {QStringLiteral("--model"), QStringLiteral("bg96"), QStringLiteral("--health")} << QString();
    QTest::newRow("recipe, another") << QStringList {QStringLiteral("--virtual")} + bg96 + QStringList {recipe} << byDefault;
    QTest::newRow("recipes, another") << bg96 + QStringList {recipe, QStringLiteral("02_network_attach")} << byDefault;
    QTest::newRow("recipe, another than --model")
            << QStringList {QStringLiteral("--model"), QStringLiteral("bc660k")} + bg96 + QStringList {recipe}
            << QStringLiteral("the module identifies itself as BG96; --model bc660k reads it as BC660K-GL");
    QTest::newRow("health, another") << QStringList {QStringLiteral("--health")} + bg96 << byDefault;
}

void TestModelCli::theRunAsksTheVirtualModuleWhoItIsToo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, said);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    const Finished done = run(QStringLiteral(BC25_RUN_PATH), arguments, environment);
    const QString err = QString::fromUtf8(done.err);
    // The run went as far as the module's identity: a step line at least.
    QVERIFY2(done.out.contains("PASS") || done.out.contains("passed"), done.out.constData());
    if (said.isEmpty())
        QVERIFY2(!err.contains(QLatin1String("identifies itself")), qPrintable(err));
    else
        QVERIFY2(err.count(QStringLiteral("bc25-run: ") + said + QLatin1Char('\n')) == 1, qPrintable(err));
}

void TestModelCli::decodeTakesTheModelFromTheCaptureHeader()
{
    const QString named = write(m_dir, QStringLiteral("bg96.bc25cap"), "#bc25-capture 1\n# model=bg96\n" + udpReadRecords());
    const QString old = write(m_dir, QStringLiteral("old.bc25cap"), "#bc25-capture 1\n" + udpReadRecords());

    // The header's model: the 8 bytes are the read's data, the OK inside them is not its end.
    QJsonObject read = onlyTransaction(run(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--transactions"), named}));
    QCOMPARE(read.value(QLatin1String("dataHex")).toString(), QString::fromLatin1(QByteArray("ab\r\nOK\r\n").toHex()));
    QCOMPARE(read.value(QLatin1String("lines")).toArray().size(), 2);
    QCOMPARE(run(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--stats"), named}).out.contains("\"model\":\"bg96\""), true);

    // An older capture names none: a BC25's. The BG96's read shape is not the
    // BC25's: marked as drift, and still read at its best (README, "Drift"):
    // its 8 bytes are data, not an OK that ends the read.
    read = onlyTransaction(run(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--transactions"), old}));
    QCOMPARE(read.value(QLatin1String("dataHex")).toString(), QString::fromLatin1(QByteArray("ab\r\nOK\r\n").toHex()));
    QVERIFY2(read.value(QLatin1String("drift")).toString().startsWith(QLatin1String("not expected for BC25: +QIRD with 3 fields")),
             qPrintable(read.value(QLatin1String("drift")).toString()));
    QVERIFY(run(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--stats"), old}).out.contains("\"model\":\"bc25\""));

    // --model wins over the header, and reads a raw log (the module's output alone) too.
    read = onlyTransaction(run(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--transactions"), QStringLiteral("--model"), QStringLiteral("bg96"), old}));
    QCOMPARE(read.value(QLatin1String("dataHex")).toString(), QString::fromLatin1(QByteArray("ab\r\nOK\r\n").toHex()));
    QVERIFY(run(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--stats"), QStringLiteral("--model"), QStringLiteral("bc25"), named})
                    .out.contains("\"model\":\"bc25\""));
}

// adv6 F9: a header naming two models is refused with its line (never the
// first winning silently); a "# model=" line after the records is said as a
// damaged line with its line; blanks around the name are read past.
void TestModelCli::aCaptureNamesItsModelOnceInItsHeader()
{
    const QString twice = write(m_dir, QStringLiteral("twice.bc25cap"), "#bc25-capture 1\n# model=bg96\n# note\n# model=bc25\n" + udpReadRecords());
    Finished done = run(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--transactions"), twice});
    QCOMPARE(done.exitCode, 2);
    QVERIFY2(done.err.contains(twice.toUtf8() + ":4: the capture's header names its model a second time (first on line 2)"),
             done.err.constData());
    QVERIFY(done.out.isEmpty());
    // --model reads it still, as it reads any capture.
    done = run(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--stats"), QStringLiteral("--model"), QStringLiteral("bg96"), twice});
    QCOMPARE(done.exitCode, 0);

    const QString late = write(m_dir, QStringLiteral("late.bc25cap"), "#bc25-capture 1\n# model=bg96\n" + udpReadRecords() + "# model=bc25\n");
    done = run(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--stats"), late});
    QCOMPARE(done.exitCode, 1);
    QVERIFY2(done.out.contains("\"model\":\"bg96\""), done.out.constData());
    QVERIFY2(done.err.contains(late.toUtf8() + ":5: damaged record: a \"# model=\" line after the records is not read"), done.err.constData());
    // Before the records it is the header's one model line.
    const QString lateHeader = write(m_dir, QStringLiteral("lateheader.bc25cap"), "#bc25-capture 1\n# a note\n# model=bg96\n" + udpReadRecords());
    QVERIFY(run(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--stats"), lateHeader}).out.contains("\"model\":\"bg96\""));

    for (const QByteArray &spaced : {QByteArray("# model= bg96 "), QByteArray("# model=\tBG96\r"), QByteArray("# model=bg96  ")}) {
        const QString file = write(m_dir, QStringLiteral("spaced.bc25cap"), "#bc25-capture 1\n" + spaced + "\n" + udpReadRecords());
        done = run(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--stats"), file});
        QCOMPARE(done.exitCode, 0);
        QVERIFY2(done.out.contains("\"model\":\"bg96\"") && done.out.contains("\"modelFrom\":\"capture\""), done.out.constData());
    }
}

// adv6 F9 a: a raw log whose module says BC25, restarts and says BG96 is read
// as one model (the last named), and the line where it changes is said.
void TestModelCli::aLogThatChangesModelIsSaidWithItsLine()
{
    const QByteArray bc25 = "ATI\r\r\nQuectel_Ltd\r\nQuectel_BC25\r\nRevision: BC25JAR01A04\r\n\r\nOK\r\n";
    const QByteArray bg96 = "ATI\r\r\nQuectel\r\nBG96\r\nRevision: BG96MAR02A07M1G\r\n\r\nOK\r\n";
    const QString swapped = write(m_dir, QStringLiteral("swapped.log"), bc25 + "\r\nRDY\r\n" + bg96 + "AT\r\r\nOK\r\n");
    Finished done = run(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--stats"), swapped});
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(done.out.contains("\"model\":\"bg96\""), done.out.constData());
    // Line 14: the BG96's OK (the lines are the log's, the first "ATI" line 1).
    QVERIFY2(done.err.contains(swapped.toUtf8() + ":14: the log changes model here: the module identifies itself as BG96 (BC25 "
                               "before); all of it is read as BG96"),
             done.err.constData());
    // One identity, said twice, is no change; --model is the user's choice and reads no identity.
    const QString once = write(m_dir, QStringLiteral("once.log"), bg96 + bg96);
    done = run(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--stats"), once});
    QVERIFY2(!done.err.contains("changes model"), done.err.constData());
    done = run(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--stats"), QStringLiteral("--model"), QStringLiteral("bc25"), swapped});
    QVERIFY2(!done.err.contains("changes model"), done.err.constData());
    // The same in a capture: its record's line.
    const QString capture = write(m_dir, QStringLiteral("swapped.bc25cap"),
                                  "#bc25-capture 1\n1764006663000 TX ATI\\r\n1764006663010 RX \\r\\nQuectel_Ltd\\r\\nQuectel_BC25\\r\\n\\r\\nOK\\r\\n\n"
                                  "1764006664000 RX \\r\\nRDY\\r\\n\n1764006665000 TX ATI\\r\n"
                                  "1764006665010 RX \\r\\nQuectel\\r\\nBG96\\r\\n\\r\\nOK\\r\\n\n");
    done = run(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--stats"), capture});
    QVERIFY2(done.err.contains(capture.toUtf8() + ":6: the log changes model here: the module identifies itself as BG96 (BC25 before)"),
             done.err.constData());
}

void TestModelCli::decodeMarksWhatTheModelDoesNotExpect()
{
    // A 10-field +QISTATE (BG96 AN 2.2.6; the BC25 manual 2.1.3 gives 8) and a
    // +QNTP (BG96 AN 2.2.12; the BC25 answers +QNTTP), then a command as ever.
    const QString log = write(m_dir, QStringLiteral("lte.log"),
                              "AT+QISTATE=1,0\r\r\n+QISTATE: 0,\"TCP\",\"151.139.237.11\",80,5087,2,1,0,0,\"uart1\"\r\n\r\nOK\r\n"
                              "\r\n+QNTP: 0,\"2017/01/13,15:27:03+32\"\r\n"
                              "AT\r\r\nOK\r\n");
    auto objects = [](const Finished &done) {
        QList<QJsonObject> list;
        for (const QByteArray &line : done.out.trimmed().split('\n'))
            list << QJsonDocument::fromJson(line).object();
        return list;
    };
    const QString model = QStringLiteral("--model");
    const QList<QJsonObject> events = objects(run(QStringLiteral(BC25_DECODE_PATH), {model, QStringLiteral("bc25"), log}));
    QStringList drifts;
    for (const QJsonObject &event : events) {
        if (event.contains(QLatin1String("drift")))
            drifts << event.value(QLatin1String("name")).toString() + QLatin1Char(' ') + event.value(QLatin1String("drift")).toString();
    }
    QCOMPARE(drifts.size(), 2);
    QVERIFY2(drifts.at(0).startsWith(QStringLiteral("QISTATE not expected for BC25: +QISTATE with 10 fields; the BC25 prints 8")), qPrintable(drifts.at(0)));
    QVERIFY2(drifts.at(1).startsWith(QStringLiteral("QNTP not expected for BC25: +QNTP")), qPrintable(drifts.at(1)));
    // Delivered as their best reading, and the stream goes on.
    QCOMPARE(events.constLast().value(QLatin1String("name")).toString(), QStringLiteral("OK"));

    const QList<QJsonObject> transactions = objects(run(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--transactions"), model, QStringLiteral("bc25"), log}));
    QCOMPARE(transactions.size(), 2);
    QVERIFY(transactions.at(0).value(QLatin1String("drift")).toString().startsWith(QStringLiteral("not expected for BC25: +QISTATE")));
    QCOMPARE(transactions.at(0).value(QLatin1String("final")).toString(), QStringLiteral("OK"));
    QVERIFY(!transactions.at(1).contains(QLatin1String("drift")));

    const QJsonObject stats = QJsonDocument::fromJson(run(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--stats"), model, QStringLiteral("bc25"), log}).out).object();
    QCOMPARE(stats.value(QLatin1String("drift")).toInteger(), 2);
    const QJsonObject reasons = stats.value(QLatin1String("driftByReason")).toObject();
    QCOMPARE(reasons.size(), 2);
    for (const QJsonValue &count : reasons)
        QCOMPARE(count.toInteger(), 1);

    // On the BG96 both lines are its own.
    for (const QJsonObject &event : objects(run(QStringLiteral(BC25_DECODE_PATH), {model, QStringLiteral("bg96"), log})))
        QVERIFY2(!event.contains(QLatin1String("drift")), qPrintable(event.value(QLatin1String("drift")).toString()));
    const QJsonObject bg96 = QJsonDocument::fromJson(run(QStringLiteral(BC25_DECODE_PATH), {QStringLiteral("--stats"), model, QStringLiteral("bg96"), log}).out).object();
    QCOMPARE(bg96.value(QLatin1String("drift")).toInteger(), 0);
    QVERIFY(bg96.value(QLatin1String("driftByReason")).toObject().isEmpty());
}

QTEST_MAIN(TestModelCli)
#include "tst_modelcli.moc"
