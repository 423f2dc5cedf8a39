// SPDX-License-Identifier: MIT
// bc25-sim as a user runs it: the terminal's path first, --link, --echo,
// NVRAM that survives a restart unless --fresh, and faults from options.

#include "transport/serialtransport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bc25;

namespace {

struct RunningSim
{
    QProcess process;
    QString path;
    QString echoLine;
    std::unique_ptr<transport::SerialTransport> serial;
    QByteArray received;

    bool start(const QStringList &arguments)
    {
        process.start(QStringLiteral(BC25_SIM_PATH), arguments);
        if (!process.waitForStarted(10000))
            return false;
        // The first line names the terminal, flushed at once.
        if (!QTest::qWaitFor([this] { return process.canReadLine(); }, 10000))
            return false;
        path = QString::fromLocal8Bit(process.readLine()).trimmed();
        if (arguments.contains(QStringLiteral("--echo"))) {
            if (!QTest::qWaitFor([this] { return process.canReadLine(); }, 10000))
                return false;
            echoLine = QString::fromLocal8Bit(process.readLine()).trimmed();
        }
        transport::SerialSettings settings;
        settings.portName = path;
        serial = std::make_unique<transport::SerialTransport>(settings);
        QObject::connect(serial.get(), &transport::Transport::bytesReceived, [this](const QByteArray &b) { received += b; });
        serial->open();
        return serial->isOpen();
    }

    QByteArray ask(const QByteArray &command, const QByteArray &until = "\r\nOK\r\n")
    {
        received.clear();
        serial->write(command + '\r');
        if (!QTest::qWaitFor([&] { return received.contains(until) || received.contains("ERROR"); }, 10000))
            return {};
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

} // namespace

class TestSimCli : public QObject
{
    Q_OBJECT

private slots:
    void helpListsEveryOption();
    void printsThePathFirstAndMakesTheLink();
    void echoServiceAnswersOnLoopback();
    void nvramSurvivesARestartUnlessFresh();
    void faultsFromOptions();
    void namedFaultsFromOption();
    void strictRefusesWhatTheManualSaysIsNotSupported_data();
    void strictRefusesWhatTheManualSaysIsNotSupported();
    void strictKeepsToTheModelsOwnManual_data();
    void strictKeepsToTheModelsOwnManual();
    void theModelOptionsAreCheckedBeforeAnything();
    void badOptionIsRefused();
    void aLinkReplacesNothingButAnEarlierLink();
    void aStateFileThatIsNotNvramIsLeftAlone();

private:
    QTemporaryDir m_dir;
};

void TestSimCli::helpListsEveryOption()
{
    QProcess process;
    process.start(QStringLiteral(BC25_SIM_PATH), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    const QByteArray help = process.readAllStandardOutput();
    for (const char *option : {"--link", "--echo", "--state", "--fresh", "--bind", "--ping-delay", "--buffer-limit",
                               "--send-ack-delay", "--baud", "--split", "--latency", "--fail", "--reboot-after", "--dead-after", "--option"})
        QVERIFY2(help.contains(option), option);
}

void TestSimCli::printsThePathFirstAndMakesTheLink()
{
    const QString link = m_dir.filePath(QStringLiteral("ttyBC25"));
    RunningSim sim;
    QVERIFY(sim.start({QStringLiteral("--fresh"), QStringLiteral("--link"), link}));
    QVERIFY(sim.path.startsWith(QLatin1String("/dev/pts/")));
    QCOMPARE(QFileInfo(link).symLinkTarget(), sim.path);
    QCOMPARE(sim.ask("AT"), QByteArray("AT\r\r\nOK\r\n"));
    QVERIFY(sim.ask("ATI").contains("Quectel_BC25"));
    sim.serial.reset();
    sim.process.terminate();
    QVERIFY(sim.process.waitForFinished(5000));
    QVERIFY(!QFileInfo::exists(link)); // removed on the way out
}

void TestSimCli::echoServiceAnswersOnLoopback()
{
    RunningSim sim;
    QVERIFY(sim.start({QStringLiteral("--fresh"), QStringLiteral("--echo"), QStringLiteral("0")}));
    QVERIFY(sim.echoLine.startsWith(QLatin1String("echo 127.0.0.1:")));
    const QByteArray port = sim.echoLine.section(u':', 1).toLatin1();
    QVERIFY(sim.ask(R"(AT+QIOPEN=1,0,"TCP","127.0.0.1",)" + port + ",0,1", "+QIOPEN: 0,").contains("+QIOPEN: 0,0"));
    const QByteArray answer = sim.ask(R"(AT+QISEND=0,4,"ping")", "+QIURC: \"recv\",0,4\r\nping");
    QVERIFY2(answer.contains("SEND OK"), answer.constData());
}

void TestSimCli::nvramSurvivesARestartUnlessFresh()
{
    const QString state = m_dir.filePath(QStringLiteral("nvram.json"));
    {
        RunningSim sim;
        QVERIFY(sim.start({QStringLiteral("--state"), state}));
        QVERIFY(sim.ask(R"(AT+QICFG="viewmode",1)").contains("+QICFG: \"viewmode\",1"));
        QVERIFY(sim.ask("AT+QISWTMD=3,1").contains("OK"));
    }
    {
        RunningSim sim;
        QVERIFY(sim.start({QStringLiteral("--state"), state}));
        QVERIFY(sim.ask(R"(AT+QICFG="viewmode")").contains("+QICFG: \"viewmode\",1"));
    }
    {
        RunningSim sim;
        QVERIFY(sim.start({QStringLiteral("--state"), state, QStringLiteral("--fresh")}));
        QVERIFY(sim.ask(R"(AT+QICFG="viewmode")").contains("+QICFG: \"viewmode\",0"));
    }
}

void TestSimCli::faultsFromOptions()
{
    RunningSim sim;
    QVERIFY(sim.start({QStringLiteral("--fresh"), QStringLiteral("--fail"), QStringLiteral("AT+QPING"),
                       QStringLiteral("--reboot-after"), QStringLiteral("1500")}));
    QVERIFY(sim.ask(R"(AT+QPING=1,"localhost")").contains("\r\nERROR\r\n"));
    QVERIFY(sim.ask("AT+QIGETERROR").contains("+QIGETERROR: 550,unknown error"));
    sim.received.clear();
    QTRY_VERIFY_WITH_TIMEOUT(sim.received.contains("\r\nRDY\r\n"), 10000);
}

// The health check's faults by name: registration denied with its cause, no address.
void TestSimCli::namedFaultsFromOption()
{
    RunningSim sim;
    QVERIFY(sim.start({QStringLiteral("--fresh"), QStringLiteral("--option"), QStringLiteral("registration=3"),
                       QStringLiteral("--option"), QStringLiteral("reject-cause=15"), QStringLiteral("--option"), QStringLiteral("no-address")}));
    QVERIFY(sim.ask("AT+CEREG=3").contains("OK"));
    const QByteArray cereg = sim.ask("AT+CEREG?");
    QVERIFY2(cereg.contains("+CEREG: 3,3,") && cereg.contains(",0,15"), cereg.constData());
    QVERIFY(!sim.ask("AT+CGPADDR").contains("10.45.0.2"));
}

// --strict and --option strict: the manual's "not supported now" (2.1.1, note 3).
void TestSimCli::strictRefusesWhatTheManualSaysIsNotSupported_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--strict") << QStringList {QStringLiteral("--strict")};
    QTest::newRow("--option strict") << QStringList {QStringLiteral("--option"), QStringLiteral("strict")};
}

void TestSimCli::strictRefusesWhatTheManualSaysIsNotSupported()
{
    QFETCH(QStringList, arguments);
    RunningSim sim;
    QVERIFY(sim.start(QStringList {QStringLiteral("--fresh")} + arguments));
    const QByteArray open = sim.ask(R"(AT+QIOPEN=1,0,"UDP SERVICE","127.0.0.1",0,5683,0)", "\r\nERROR\r\n");
    QVERIFY2(open.contains("\r\nERROR\r\n"), open.constData());
    QVERIFY(sim.ask("AT+QIGETERROR").contains("+QIGETERROR: 555,operation not supported"));
    const QByteArray hex = sim.ask(R"(AT+QICFG="dataformat",1,0)", "\r\nERROR\r\n"); // 2.1.11, note 3
    QVERIFY2(hex.contains("\r\nERROR\r\n"), hex.constData());
}

// The notes are the BC25 manual's: --strict on a model whose manual has UDP
// SERVICE and hex sending (BG96 AN 2.2.4, 2.2.8; EC200U AN) refuses neither.
void TestSimCli::strictKeepsToTheModelsOwnManual_data()
{
    QTest::addColumn<QString>("model");
    QTest::newRow("bg96") << QStringLiteral("bg96");
    QTest::newRow("ec200u") << QStringLiteral("ec200u");
}

void TestSimCli::strictKeepsToTheModelsOwnManual()
{
    QFETCH(QString, model);
    RunningSim sim;
    QVERIFY(sim.start({QStringLiteral("--fresh"), QStringLiteral("--strict"), QStringLiteral("--model"), model}));
    QVERIFY(sim.ask("AT+QIACT=1").contains("OK"));
    const QByteArray open = sim.ask(R"(AT+QIOPEN=1,0,"UDP SERVICE","127.0.0.1",0,5683,0)", "+QIOPEN: 0,");
    QVERIFY2(open.contains("+QIOPEN: 0,0"), open.constData());
    const QByteArray hex = sim.ask(R"(AT+QICFG="dataformat",1,0)", "\r\nOK\r\n");
    QVERIFY2(hex.contains("+QICFG: \"dataformat\",1,0"), hex.constData());
}

// The same refusals as bc25-decode's (ModelChoice): a wrong --model beside
// --list-models, and --model twice, exit 2 before the module starts.
void TestSimCli::theModelOptionsAreCheckedBeforeAnything()
{
    for (const QStringList &arguments : {QStringList {QStringLiteral("--list-models"), QStringLiteral("--model"), QStringLiteral("nope")},
                                         QStringList {QStringLiteral("--model"), QStringLiteral("bc25"), QStringLiteral("--model"),
                                                      QStringLiteral("bg96")}}) {
        QProcess process;
        process.start(QStringLiteral(BC25_SIM_PATH), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
    }
    QProcess alias;
    alias.start(QStringLiteral(BC25_SIM_PATH), {QStringLiteral("--model"), QStringLiteral("bg77"), QStringLiteral("--list-models")});
    QVERIFY(alias.waitForFinished(10000));
    QCOMPARE(alias.exitCode(), 0);
}

void TestSimCli::badOptionIsRefused()
{
    QProcess process;
    process.start(QStringLiteral(BC25_SIM_PATH), {QStringLiteral("--baud"), QStringLiteral("fast")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2); // bad usage: 2, as every program says it
    QVERIFY(process.readAllStandardError().contains("--baud"));
    QProcess named;
    named.start(QStringLiteral(BC25_SIM_PATH), {QStringLiteral("--option"), QStringLiteral("reject-cause=900")});
    QVERIFY(named.waitForFinished(10000));
    QCOMPARE(named.exitCode(), 2);
    QVERIFY(named.readAllStandardError().contains("reject-cause takes a number in 0-255"));
    // 27.007 8.5: <rssi> 0-31 or 99; 32-98 is no answer of a module, by option or as --option.
    for (const QStringList &csq : {QStringList {QStringLiteral("--csq"), QStringLiteral("32")},
                                   QStringList {QStringLiteral("--csq"), QStringLiteral("98")},
                                   QStringList {QStringLiteral("--option"), QStringLiteral("csq=50")}}) {
        QProcess signal;
        signal.start(QStringLiteral(BC25_SIM_PATH), csq);
        QVERIFY(signal.waitForFinished(10000));
        QCOMPARE(signal.exitCode(), 2);
        QVERIFY(signal.readAllStandardError().contains("csq takes 0-31 (the signal) or 99 (not known)"));
    }
    // QCommandLineParser's own refusal (an unknown option) is bad usage too, not 1.
    QProcess unknown;
    unknown.start(QStringLiteral(BC25_SIM_PATH), {QStringLiteral("--no-such-option")});
    QVERIFY(unknown.waitForFinished(10000));
    QCOMPARE(unknown.exitCode(), 2);
    QVERIFY(unknown.readAllStandardError().contains("bc25-sim: Unknown option 'no-such-option'"));
}

// Adversary pass 10 F15: --link over a user's file replaced it and removed
// it at the stop. Only an earlier link to a pseudo-terminal (a sim killed
// before it could remove its own) is replaced; anything else is refused
// before a terminal is made (exit 1, as any link that cannot be made).
void TestSimCli::aLinkReplacesNothingButAnEarlierLink()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("precious.txt"));
    {
        QFile precious(file);
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.write("precious data\n");
    }
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    QVERIFY(QFile::link(file, dir.filePath(QStringLiteral("alias"))));
    for (const QString &name : {QStringLiteral("precious.txt"), QStringLiteral("folder"), QStringLiteral("alias")}) {
        QProcess refused;
        refused.start(QStringLiteral(BC25_SIM_PATH), {QStringLiteral("--fresh"), QStringLiteral("--link"), dir.filePath(name)});
        QVERIFY(refused.waitForFinished(10000));
        QCOMPARE(refused.exitCode(), 1);
        QVERIFY(refused.readAllStandardOutput().isEmpty()); // no terminal
        const QString err = QString::fromUtf8(refused.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("bc25-sim: cannot make the link %1: ").arg(dir.filePath(name))), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("is not a link to a pseudo-terminal")), qPrintable(err));
    }
    QFile precious(file);
    QVERIFY(precious.open(QIODevice::ReadOnly));
    QCOMPARE(precious.readAll(), QByteArray("precious data\n"));
    QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("alias"))).symLinkTarget(), file);

    // A stale link of an earlier sim (its terminal gone) is replaced, and removed at the stop.
    const QString stale = dir.filePath(QStringLiteral("ttyBC25"));
    QVERIFY(QFile::link(QStringLiteral("/dev/pts/999999"), stale));
    RunningSim sim;
    QVERIFY(sim.start({QStringLiteral("--fresh"), QStringLiteral("--link"), stale}));
    QCOMPARE(QFileInfo(stale).symLinkTarget(), sim.path);
    sim.serial.reset();
    sim.process.terminate();
    QVERIFY(sim.process.waitForFinished(5000));
    QCOMPARE(sim.process.exitCode(), 0);
    QVERIFY(!QFileInfo(stale).isSymLink());
}

// A --state naming a file that is not an NVRAM file (a mistyped name) would
// be read as factory settings and replaced at the first setting change:
// refused before anything starts (exit 1, as a --state that cannot be written).
void TestSimCli::aStateFileThatIsNotNvramIsLeftAlone()
{
    QTemporaryDir dir;
    const QList<std::pair<QString, QByteArray>> notNvram {{QStringLiteral("notes.txt"), "my notes, not NVRAM\n"},
                                                          {QStringLiteral("package.json"), "{\"name\": \"app\"}\n"},
                                                          {QStringLiteral("list.json"), "[1, 2]\n"}};
    for (const auto &[name, bytes] : notNvram) {
        const QString path = dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QProcess refused;
        refused.start(QStringLiteral(BC25_SIM_PATH), {QStringLiteral("--state"), path});
        QVERIFY(refused.waitForFinished(10000));
        QCOMPARE(refused.exitCode(), 1);
        QVERIFY(refused.readAllStandardOutput().isEmpty());
        const QString err = QString::fromUtf8(refused.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("bc25-sim: %1 is not an NVRAM file").arg(path)), qPrintable(err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }
    // An empty file (made for it beforehand) is a fresh NVRAM: the sim runs and writes it.
    const QString empty = dir.filePath(QStringLiteral("nvram.json"));
    QFile(empty).open(QIODevice::WriteOnly);
    RunningSim sim;
    QVERIFY(sim.start({QStringLiteral("--state"), empty}));
    QVERIFY(sim.ask("AT+QICFG=\"viewmode\",1").contains("OK"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(empty).size() > 0, 10000);
}

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_simcli.moc"
