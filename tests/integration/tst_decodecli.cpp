// SPDX-License-Identifier: MIT
// bc25-decode as a user runs it: JSON Lines for raw logs and captures,
// --stats, standard input, exit codes, and garbage that never crashes or
// hangs it.

#include "capture/captureformat.h"
#include "manualexamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace bc25;

namespace {

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> objects;
    QByteArray errors;
};

Run decode(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(BC25_DECODE_PATH), arguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.errors = process.readAllStandardError();
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            run.objects << QJsonDocument::fromJson(line).object();
    }
    return run;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

} // namespace

class TestDecodeCli : public QObject
{
    Q_OBJECT

private slots:
    void rawLogOfEveryManualExample();
    void captureFileWithBothDirections();
    void settingsFromTheCommandLine();
    void statsSummarisesTheStream();
    void transactionsFromACaptureCarryLatencies();
    void statsGivePerCommandLatencies();
    void timesThatGoBackAreSaidAndLatenciesFollowTheWrittenOrder();
    void standardInputWorks();
    void onlyItsOwnWordsOnStandardError();
    void unreadableFileExitsWithTwo();
    void outputThatCannotBeWrittenIsAFailure();
    void damagedCaptureRecordIsNamedAndExitsWithOne();
    void captureHeaderAfterAByteOrderMark();
    void recordsTheWriterNeverWritesAreDamaged_data();
    void recordsTheWriterNeverWritesAreDamaged();
    void captureHeaderItCannotReadExitsWithTwo_data();
    void captureHeaderItCannotReadExitsWithTwo();
    void aCaptureNamingNoModelIsRefusedWithItsLine();
    void theModelOptionsAreCheckedBeforeAnything();
    void transactionsInWrittenOrderWithTheirPayload();
    void garbageNeverCrashesOrHangs();
    void theModelFromTheModulesIdentity_data();
    void theModelFromTheModulesIdentity();

private:
    QTemporaryDir m_dir;
};

void TestDecodeCli::rawLogOfEveryManualExample()
{
    QByteArray log;
    for (const test::ManualExample &example : test::manualExamples())
        log += example.stream();
    const Run run = decode({writeFile(m_dir, QStringLiteral("manual.log"), log)});
    QCOMPARE(run.exitCode, 0);
    qint64 lastOffset = -1;
    int data = 0;
    for (const QJsonObject &object : run.objects) {
        const QString kind = object.value(QLatin1String("kind")).toString();
        QVERIFY2(kind != QLatin1String("unknown"), qPrintable(QJsonDocument(object).toJson()));
        const qint64 offset = object.value(QLatin1String("offset")).toInteger(-1);
        QVERIFY(offset > lastOffset);
        lastOffset = offset;
        data += kind == QLatin1String("data");
    }
    QCOMPARE(data, 7);
}

void TestDecodeCli::captureFileWithBothDirections()
{
    using capture::CaptureRecord;
    QByteArray file = capture::CaptureFormat::Magic.toByteArray() + '\n';
    file += capture::CaptureFormat::formatRecord({1000, CaptureRecord::Direction::Transmit, "AT+QIRD=3,512\r"});
    file += capture::CaptureFormat::formatRecord({1005, CaptureRecord::Direction::Receive, "AT+QIRD=3,512\r\r\n+QIRD: 4\r\nOK\r\n\r\n\r\nOK\r\n"});
    const Run run = decode({writeFile(m_dir, QStringLiteral("session.bc25cap"), file)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.objects.size(), 4);
    QCOMPARE(run.objects.at(0).value(QLatin1String("kind")).toString(), QStringLiteral("echo"));
    QCOMPARE(run.objects.at(0).value(QLatin1String("time")).toInteger(), 1005);
    QCOMPARE(run.objects.at(1).value(QLatin1String("name")).toString(), QStringLiteral("QIRD"));
    QCOMPARE(run.objects.at(2).value(QLatin1String("kind")).toString(), QStringLiteral("data"));
    QCOMPARE(run.objects.at(2).value(QLatin1String("hex")).toString(), QStringLiteral("4f4b0d0a")); // "OK\r\n" is data
    QCOMPARE(run.objects.at(2).value(QLatin1String("connectID")).toInt(), 3);
    QCOMPARE(run.objects.at(3).value(QLatin1String("name")).toString(), QStringLiteral("OK"));
}

void TestDecodeCli::settingsFromTheCommandLine()
{
    const QString path = writeFile(m_dir, QStringLiteral("viewmode.log"), "+QIRD: 3,2,abc\r\nOK\r\n");
    Run run = decode({QStringLiteral("--viewmode"), QStringLiteral("1"), QStringLiteral("--showlength"), QStringLiteral("1"), path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.objects.at(1).value(QLatin1String("hex")).toString(), QStringLiteral("616263"));
    run = decode({QStringLiteral("--recv-hex"), QStringLiteral("1"),
                  writeFile(m_dir, QStringLiteral("hex.log"), "+QIRD: 2\r\n4142\r\nOK\r\n")});
    QCOMPARE(run.objects.at(1).value(QLatin1String("hex")).toString(), QStringLiteral("4142"));
    QCOMPARE(run.objects.at(1).value(QLatin1String("length")).toInt(), 2);
    // Bad usage is 2, as every program says it: a wrong value, an unknown option, no file.
    QCOMPARE(decode({QStringLiteral("--viewmode"), QStringLiteral("2"), path}).exitCode, 2);
    QCOMPARE(decode({QStringLiteral("--no-such-option"), path}).exitCode, 2);
    // One summary or a line per transaction, not both.
    QCOMPARE(decode({QStringLiteral("--stats"), QStringLiteral("--transactions"), path}).exitCode, 2);
    QCOMPARE(decode({}).exitCode, 2);
}

void TestDecodeCli::statsSummarisesTheStream()
{
    const Run run = decode({QStringLiteral("--stats"),
                            writeFile(m_dir, QStringLiteral("stats.log"), test::manualExamples().at(7).stream())});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.objects.size(), 1);
    const QJsonObject stats = run.objects.constFirst();
    QCOMPARE(stats.value(QLatin1String("events")).toInt(), 7);
    QCOMPARE(stats.value(QLatin1String("byName")).toObject().value(QLatin1String("QPING")).toInt(), 5);
    QVERIFY(stats.value(QLatin1String("megabytesPerSecond")).toDouble() > 0);
}

namespace {

// AT+QIOPEN answered at once, its second phase 40 ms later with 566; then a
// read whose answer takes 12 ms, with a URC arriving in between.
QByteArray openAndReadCapture()
{
    using capture::CaptureRecord;
    namespace CaptureFormat = capture::CaptureFormat;
    QByteArray file = CaptureFormat::Magic.toByteArray() + '\n';
    file += CaptureFormat::formatRecord({1000, CaptureRecord::Direction::Transmit, R"(AT+QIOPEN=1,0,"TCP","10.0.0.1",80,0,1)" "\r"});
    file += CaptureFormat::formatRecord({1002, CaptureRecord::Direction::Receive, R"(AT+QIOPEN=1,0,"TCP","10.0.0.1",80,0,1)" "\r\r\nOK\r\n"});
    file += CaptureFormat::formatRecord({1042, CaptureRecord::Direction::Receive, "\r\n+QIOPEN: 0,566\r\n"});
    file += CaptureFormat::formatRecord({2000, CaptureRecord::Direction::Transmit, "AT+QIRD=0,512\r"});
    file += CaptureFormat::formatRecord({2004, CaptureRecord::Direction::Receive, "AT+QIRD=0,512\r\r\n+QIURC: \"recv\",1\r\n"});
    file += CaptureFormat::formatRecord({2012, CaptureRecord::Direction::Receive, "\r\n+QIRD: 0\r\n\r\nOK\r\n"});
    return file;
}

} // namespace

void TestDecodeCli::transactionsFromACaptureCarryLatencies()
{
    const Run run = decode({QStringLiteral("--transactions"), writeFile(m_dir, QStringLiteral("t.bc25cap"), openAndReadCapture())});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.objects.size(), 2);
    const QJsonObject open = run.objects.at(0);
    QCOMPARE(open.value(QLatin1String("final")).toString(), QStringLiteral("OK"));
    QCOMPARE(open.value(QLatin1String("latencyMs")).toInteger(), 2);
    const QJsonObject operation = open.value(QLatin1String("operation")).toObject();
    QCOMPARE(operation.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
    QCOMPARE(operation.value(QLatin1String("latencyMs")).toInteger(), 42);
    QCOMPARE(open.value(QLatin1String("errors")).toArray().at(0).toString(), QStringLiteral("566 (Socket connect failed)"));
    const QJsonObject read = run.objects.at(1);
    QCOMPARE(read.value(QLatin1String("latencyMs")).toInteger(), 12);
    QCOMPARE(read.value(QLatin1String("urcs")).toArray().at(0).toString(), QStringLiteral("+QIURC: \"recv\",1"));
}

void TestDecodeCli::statsGivePerCommandLatencies()
{
    const Run run = decode({QStringLiteral("--stats"), writeFile(m_dir, QStringLiteral("s.bc25cap"), openAndReadCapture())});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject commands = run.objects.at(0).value(QLatin1String("commands")).toObject();
    const QJsonObject open = commands.value(QLatin1String("AT+QIOPEN")).toObject();
    QCOMPARE(open.value(QLatin1String("count")).toInt(), 1);
    QCOMPARE(open.value(QLatin1String("failures")).toInt(), 1);
    QCOMPARE(open.value(QLatin1String("maxMs")).toInteger(), 2);
    const QJsonObject read = commands.value(QLatin1String("AT+QIRD")).toObject();
    QCOMPARE(read.value(QLatin1String("minMs")).toInteger(), 12);
    QCOMPARE(read.value(QLatin1String("avgMs")).toDouble(), 12.0);
}

void TestDecodeCli::timesThatGoBackAreSaidAndLatenciesFollowTheWrittenOrder()
{
    // The clock was set back between the command and its answer (or the file
    // was edited): still read, exit 0, said with the line, and the latency is
    // the written order's (0), not dropped as negative.
    const QByteArray capture = "#bc25-capture 1\n"
                               "1764006663010 TX AT+CSQ\\r\n"
                               "1764006662000 RX AT+CSQ\\r\\r\\n+CSQ: 22,0\\r\\n\\r\\nOK\\r\\n\n"
                               "1764006662030 TX AT\\r\n"
                               "1764006662040 RX AT\\r\\r\\nOK\\r\\n\n";
    const QString file = writeFile(m_dir, QStringLiteral("back.bc25cap"), capture);
    const Run run = decode({QStringLiteral("--transactions"), file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errors.contains(":3: the time goes back (3 records in all)"), run.errors.constData());
    QCOMPARE(run.objects.size(), 2);
    QCOMPARE(run.objects.at(0).value(QLatin1String("latencyMs")).toInteger(-1), 0);
    QCOMPARE(run.objects.at(1).value(QLatin1String("latencyMs")).toInteger(-1), 0);
    // Times that only go forward say nothing.
    const Run forward = decode({QStringLiteral("--transactions"), writeFile(m_dir, QStringLiteral("f.bc25cap"), openAndReadCapture())});
    QVERIFY2(!forward.errors.contains("time goes back"), forward.errors.constData());
}

void TestDecodeCli::standardInputWorks()
{
    const Run run = decode({QStringLiteral("-")}, "\r\nRDY\r\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.objects.size(), 1);
    QCOMPARE(run.objects.at(0).value(QLatin1String("name")).toString(), QStringLiteral("RDY"));
}

void TestDecodeCli::onlyItsOwnWordsOnStandardError()
{
    // A line too long to be one, and a capture's command that times out: events, not log lines.
    const Run raw = decode({QStringLiteral("-")}, "\r\n" + QByteArray(5000, 'x') + "\r\nOK\r\n");
    QCOMPARE(raw.exitCode, 0);
    QVERIFY2(raw.errors.isEmpty(), raw.errors.constData());
    const QByteArray capture = capture::CaptureFormat::Magic.toByteArray() + "\n"
            + "1000 TX AT+CSQ\\r\n" + "900000 RX \\r\\nOK\\r\\n\n";
    const Run late = decode({QStringLiteral("-")}, capture);
    QVERIFY2(late.errors.isEmpty(), late.errors.constData());
    QVERIFY(!late.objects.isEmpty());
}

// Output that cannot be written (a full disk; here a file size limit of 0,
// its signal ignored, so every write fails with EFBIG) is no decoded log:
// exit 1 and said (adversary pass 8, F9).
void TestDecodeCli::outputThatCannotBeWrittenIsAFailure()
{
    // A command too, so that --transactions has a line to print.
    const QString log = writeFile(m_dir, QStringLiteral("full.log"), "\r\nRDY\r\n\r\n+CEREG: 1\r\nAT\r\r\nOK\r\n");
    for (const QString &options : {QString(), QStringLiteral("--stats"), QStringLiteral("--transactions")}) {
        QProcess process;
        process.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 0; exec \"$0\" $1 \"$2\" > \"$3\""),
                       QStringLiteral(BC25_DECODE_PATH), options, log, m_dir.filePath(QStringLiteral("out.json"))});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(process.readAllStandardError().contains("cannot write the output"), qPrintable(options));
    }
}

void TestDecodeCli::unreadableFileExitsWithTwo()
{
    const Run run = decode({m_dir.filePath(QStringLiteral("does-not-exist.log"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.errors.contains("does-not-exist.log"));
}

void TestDecodeCli::damagedCaptureRecordIsNamedAndExitsWithOne()
{
    const QByteArray capture = capture::CaptureFormat::Magic.toByteArray() + "\n"
            + "1000 RX \\r\\n+QIURC: \"recv\",0,5\\r\\nhel\n"
            + "1001 RX lo\\r\\n\\q\n" // damaged: an escape the format never writes
            + "1002 RX \\r\\nRDY\\r\\n\n";
    const QString path = writeFile(m_dir, QStringLiteral("damaged.bc25cap"), capture);
    const Run run = decode({path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errors.contains("damaged.bc25cap:3: damaged record"), run.errors.constData());
    QVERIFY(run.errors.contains("escape"));
    // The rest was read: the payload shows what it got, then the reboot.
    QCOMPARE(run.objects.constLast().value(QLatin1String("name")).toString(), QStringLiteral("RDY"));
    const Run stats = decode({path, QStringLiteral("--stats")});
    QCOMPARE(stats.exitCode, 1);
    QCOMPARE(stats.objects.at(0).value(QLatin1String("malformedLines")).toInt(), 1);
}

void TestDecodeCli::captureHeaderAfterAByteOrderMark()
{
    // An editor's UTF-8 BOM before the header: a capture all the same, every record read.
    const QByteArray capture = "\xEF\xBB\xBF#bc25-capture 1\n1000 RX \\r\\nOK\\r\\n\n1001 RX \\r\\nRDY\\r\\n\n";
    const Run run = decode({QStringLiteral("-")}, capture);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errors.isEmpty(), run.errors.constData());
    QCOMPARE(run.objects.size(), 2);
    QCOMPARE(run.objects.constLast().value(QLatin1String("name")).toString(), QStringLiteral("RDY"));
}

void TestDecodeCli::recordsTheWriterNeverWritesAreDamaged_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::newRow("an escape of a printable byte") << QByteArray("1000 RX \\x41\\r\\nOK\\r\\n");
    QTest::newRow("an escape of a line end") << QByteArray("1000 RX \\x0D\\x0A");
    QTest::newRow("a time with its sign") << QByteArray("+1000 RX \\r\\nOK\\r\\n");
}

void TestDecodeCli::recordsTheWriterNeverWritesAreDamaged()
{
    QFETCH(QByteArray, record);
    const QByteArray capture = capture::CaptureFormat::Magic.toByteArray() + "\n" + record + "\n1002 RX \\r\\nRDY\\r\\n\n";
    const Run run = decode({QStringLiteral("-")}, capture);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errors.contains(":2: damaged record"), run.errors.constData());
}

void TestDecodeCli::captureHeaderItCannotReadExitsWithTwo_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("another version") << QByteArray("#bc25-capture 2\n1000 RX \\r\\nOK\\r\\n\n")
                                     << QByteArray("line 1: \"#bc25-capture 2\"");
    QTest::newRow("damaged header") << QByteArray("#bc25-capturE 1\n1000 RX \\r\\nOK\\r\\n\n")
                                    << QByteArray("line 1:");
    QTest::newRow("header missing") << QByteArray("1000 RX \\r\\nOK\\r\\n\n") << QByteArray("line 1:");
    // The first line that is not blank decides: a header after a blank line or a blank is damaged.
    QTest::newRow("blank line before the header") << QByteArray("\n#bc25-capture 1\n1000 RX \\r\\nOK\\r\\n\n")
                                                  << QByteArray("line 1:");
    QTest::newRow("blank before the header") << QByteArray(" #bc25-capture 1\n1000 RX \\r\\nOK\\r\\n\n")
                                             << QByteArray("line 1:");
    QTest::newRow("records after blank lines") << QByteArray("\r\n\n1000 RX \\r\\nOK\\r\\n\n") << QByteArray("line 1:");
}

void TestDecodeCli::captureHeaderItCannotReadExitsWithTwo()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);
    // Not read as a raw log (which would print its records as unknown lines).
    const Run run = decode({QStringLiteral("-")}, input);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.objects.isEmpty());
    QVERIFY2(run.errors.contains(message), run.errors.constData());
}

// A capture whose header names a model no profile has is refused (2), with
// the header's line: decoding it as a BC25 would call its lines drift.
void TestDecodeCli::aCaptureNamingNoModelIsRefusedWithItsLine()
{
    const QByteArray records = "1764006663010 RX \\r\\n+CSQ: 20,99\\r\\n\\r\\nOK\\r\\n\n";
    const QString bad = writeFile(m_dir, QStringLiteral("bad.bc25cap"), "#bc25-capture 1\n# model=bg97\n" + records);
    const Run run = decode({bad});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errors.contains("bad.bc25cap:2:") && run.errors.contains("\"bg97\""), run.errors.constData());
    QVERIFY(run.objects.isEmpty());
    // --model reads it all the same; an alias in the header is the model's (the BG77: the BG95's note).
    QCOMPARE(decode({QStringLiteral("--model"), QStringLiteral("bg96"), bad}).exitCode, 0);
    const QString alias = writeFile(m_dir, QStringLiteral("bg77.bc25cap"), "#bc25-capture 1\n# model=bg77\n" + records);
    const Run stats = decode({QStringLiteral("--stats"), alias});
    QCOMPARE(stats.exitCode, 0);
    QVERIFY(!stats.objects.isEmpty());
    QCOMPARE(stats.objects.constFirst().value(QStringLiteral("model")).toString(), QStringLiteral("bg95"));
}

// --list-models beside a wrong --model is a wrong command line (2), as two
// --model are: the last no longer wins in silence (ModelChoice, the same in
// every program; tst_simcli asks bc25-sim). bg77 and bc660k-gl are names too.
void TestDecodeCli::theModelOptionsAreCheckedBeforeAnything()
{
    const QString model = QStringLiteral("--model");
    Run run = decode({QStringLiteral("--list-models"), model, QStringLiteral("nope")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errors.contains("\"nope\"") && run.objects.isEmpty(), run.errors.constData());
    run = decode({model, QStringLiteral("bc25"), model, QStringLiteral("bg96"), QStringLiteral("--list-models")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errors.contains("--model") && run.errors.contains("bc25, bg96"), run.errors.constData());
    for (const char *alias : {"bg77", "BG77", "bc660k-gl"})
        QCOMPARE(decode({model, QString::fromLatin1(alias), QStringLiteral("--list-models")}).exitCode, 0);
}

void TestDecodeCli::transactionsInWrittenOrderWithTheirPayload()
{
    // The open's second phase ends after the read: printed in the order written all the same.
    const QByteArray log = "AT+QIOPEN=1,0,\"TCP\",\"10.0.0.1\",80,0,0\r\r\nOK\r\n"
                           "AT+QIRD=1,512\r\r\n+QIRD: 4\r\n\x01\xffOK\r\nOK\r\n"
                           "\r\n+QIOPEN: 0,0\r\n";
    const Run run = decode({QStringLiteral("--transactions"), QStringLiteral("-")}, log);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.objects.size(), 2);
    QVERIFY(run.objects.at(0).value(QLatin1String("command")).toString().startsWith(QLatin1String("AT+QIOPEN")));
    QCOMPARE(run.objects.at(0).value(QLatin1String("operation")).toObject().value(QLatin1String("result")).toString(),
             QStringLiteral("done"));
    QCOMPARE(run.objects.at(1).value(QLatin1String("command")).toString(), QStringLiteral("AT+QIRD=1,512"));
    QCOMPARE(run.objects.at(1).value(QLatin1String("dataLength")).toInt(), 4);
    QCOMPARE(run.objects.at(1).value(QLatin1String("dataHex")).toString(), QStringLiteral("01ff4f4b"));
}

void TestDecodeCli::garbageNeverCrashesOrHangs()
{
    QByteArray garbage(2 << 20, Qt::Uninitialized);
    QRandomGenerator random(99);
    for (char &c : garbage)
        c = char(random.bounded(256));
    // Headers that announce payloads, and one cut short at the end of the file.
    garbage.replace(1000, 14, "\r\n+QIRD: 500\r\n");
    garbage += "\r\n+QIRD: 400\r\nshort";
    const Run run = decode({writeFile(m_dir, QStringLiteral("garbage.log"), garbage)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.objects.isEmpty());
    QCOMPARE(run.objects.constLast().value(QLatin1String("truncated")).toBool(), true);
    QCOMPARE(decode({m_dir.filePath(QStringLiteral("garbage.log")), QStringLiteral("--stats")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestDecodeCli)
void TestDecodeCli::theModelFromTheModulesIdentity_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("from");
    // A BG96 answers a prompt send with SEND OK alone: read as a BC25 the send
    // would never end; read as the BG96 its ATI names, it is OK and done.
    const QByteArray bg96Send = "AT+QISEND=0,4\r\r\n> test\r\nSEND OK\r\n";
    const QByteArray bg96Ati = "ATI\r\r\nQuectel\r\nBG96\r\nRevision: BG96MAR02A07M1G\r\n\r\nOK\r\n";
    QTest::newRow("raw log, ATI") << bg96Ati + bg96Send << QStringList() << "bg96" << "identity";
    QTest::newRow("raw log, AT+CGMR alone")
            << QByteArray("AT+CGMR\r\r\nRevision: BC660KGLAAR01A05\r\n\r\nOK\r\n") << QStringList() << "bc660k" << "identity";
    QTest::newRow("raw log, AT+QGMR alone")
            << QByteArray("AT+QGMR\r\r\nBG95M3LAR02A03_01.012.01.012\r\n\r\nOK\r\n") << QStringList() << "bg95" << "identity";
    QTest::newRow("raw log, no identity") << QByteArray("AT\r\r\nOK\r\n") << QStringList() << "bc25" << "default";
    // The look-ahead is bounded: an ATI after the first 64 KiB is not looked for.
    QTest::newRow("raw log, ATI after 64 KiB")
            << QByteArray("AT\r\r\nOK\r\n").repeated(65536 / 9 + 1) + bg96Ati << QStringList() << "bc25" << "default";
    QTest::newRow("--model wins") << bg96Ati << QStringList {QStringLiteral("--model"), QStringLiteral("bc32")} << "bc32" << "option";
    const QByteArray magic = capture::CaptureFormat::Magic.toByteArray() + '\n';
    const QByteArray records = capture::CaptureFormat::formatRecord({1000, capture::CaptureRecord::Direction::Transmit, "ATI\r"})
            + capture::CaptureFormat::formatRecord({1002, capture::CaptureRecord::Direction::Receive,
                                                    "\r\nQuectel\r\nEC200U\r\nRevision: EC200UCNAAR03A15M08\r\n\r\nOK\r\n"});
    QTest::newRow("capture, no model in its header") << magic + records << QStringList() << "ec200u" << "identity";
    QTest::newRow("capture, the header's model wins") << magic + "# model=bg95\n" + records << QStringList() << "bg95" << "capture";
}

void TestDecodeCli::theModelFromTheModulesIdentity()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, options);
    QFETCH(QString, model);
    QFETCH(QString, from);
    const QString path = writeFile(m_dir, QStringLiteral("identity.log"), input);
    const Run stats = decode(options + QStringList {QStringLiteral("--stats"), path});
    QCOMPARE(stats.exitCode, 0);
    QCOMPARE(stats.objects.size(), 1);
    QCOMPARE(stats.objects.constFirst().value(QLatin1String("model")).toString(), model);
    QCOMPARE(stats.objects.constFirst().value(QLatin1String("modelFrom")).toString(), from);
    QVERIFY2(stats.errors.contains(("model " + model).toUtf8()), stats.errors.constData());
    // --verbose says it too; without either, standard error stays quiet. The same from standard input.
    QVERIFY(decode(options + QStringList {QStringLiteral("--verbose"), path}).errors.contains(("model " + model).toUtf8()));
    const Run piped = decode(options + QStringList {QStringLiteral("--stats"), QStringLiteral("-")}, input);
    QCOMPARE(piped.objects.value(0).value(QLatin1String("model")).toString(), model);
    const Run quiet = decode(options + QStringList {QStringLiteral("--transactions"), path});
    QVERIFY2(quiet.errors.isEmpty(), quiet.errors.constData());
    if (input.contains("AT+QISEND=0,4")) {
        // The whole input is decoded with the model found, from its start.
        const QJsonObject send = quiet.objects.constLast();
        QCOMPARE(send.value(QLatin1String("command")).toString(), QStringLiteral("AT+QISEND=0,4"));
        QCOMPARE(send.value(QLatin1String("final")).toString(), QStringLiteral("OK"));
        QCOMPARE(send.value(QLatin1String("operation")).toObject().value(QLatin1String("result")).toString(), QStringLiteral("done"));
    }
}

#include "tst_decodecli.moc"
