// SPDX-License-Identifier: MIT
// The byte-stream parser: the manual's examples and every framing hazard,
// each fed whole, one byte at a time and in random pieces (DESIGN.md, rule 2).

#include "at/atparser.h"
#include "at/resultline.h"
#include "at/transactionassembler.h"
#include "profile/moduleprofile.h"
#include "eventtext.h"
#include "manualexamples.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace bc25;
using bc25::test::eventText;

namespace {

enum class Split { Whole, ByteByByte, Random };

struct Setup
{
    at::ParserSettings settings = profile::ModuleProfile::bc25()->parserDefaults();
    bool prompt = false;
    QByteArray echo;
    bool finish = false;
};

// Feeds `stream` in the given pieces through the parser of an assembler
// reading a raw log, as bc25-decode does: echoed commands, once confirmed,
// change how the rest is cut.
QStringList parse(const QByteArray &stream, const Setup &setup, Split split, quint32 seed = 1)
{
    at::TransactionAssembler assembler(profile::ModuleProfile::bc25()->newRules());
    assembler.setCommandsFromEcho(true);
    at::AtParser &parser = assembler.parser();
    parser.setSettings(setup.settings);
    parser.setPromptExpected(setup.prompt);
    if (!setup.echo.isEmpty())
        parser.expectEcho(setup.echo);
    QStringList events;
    QObject::connect(&parser, &at::AtParser::eventParsed, [&](const at::AtEvent &event) {
        events << eventText(event);
    });
    switch (split) {
    case Split::Whole:
        parser.feed(stream);
        break;
    case Split::ByteByByte:
        for (qsizetype i = 0; i < stream.size(); ++i)
            parser.feed(QByteArrayView(stream).sliced(i, 1));
        break;
    case Split::Random: {
        QRandomGenerator random(seed);
        qsizetype i = 0;
        while (i < stream.size()) {
            const qsizetype n = qMin<qsizetype>(stream.size() - i, random.bounded(1, 17));
            parser.feed(QByteArrayView(stream).sliced(i, n));
            i += n;
        }
        break;
    }
    }
    if (setup.finish)
        parser.finish();
    return events;
}

void compareAllSplits(const QByteArray &stream, const Setup &setup, const QStringList &expected)
{
    QCOMPARE(parse(stream, setup, Split::Whole), expected);
    QCOMPARE(parse(stream, setup, Split::ByteByByte), expected);
    for (quint32 seed = 1; seed <= 8; ++seed)
        QCOMPARE(parse(stream, setup, Split::Random, seed), expected);
}

Setup directPush(int connectId, bool viewMode = false)
{
    Setup setup;
    setup.settings.directPush[size_t(connectId)] = true;
    setup.settings.viewMode = viewMode;
    return setup;
}

} // namespace

Q_DECLARE_METATYPE(Setup)

class TestAtParser : public QObject
{
    Q_OBJECT

private slots:
    void manualExampleGivesTheSameEventsHoweverSplit_data();
    void manualExampleGivesTheSameEventsHoweverSplit();
    void framingHazards_data();
    void framingHazards();
    void offsetsPointAtEventStarts();
    void overflowResyncsAtNextLineEndAndReports();
    void lyingLengthIsFlushedAsTruncatedData();
    void hexPayloadWithBadDigitsKeepsTheText();
    void memoryStaysBoundedOnEndlessGarbage();
    void oneByteLineEndsCostLinearInOneRead_data();
    void oneByteLineEndsCostLinearInOneRead();
    void echoedLineEndsCostLinear();
    void fieldsAreCutAsBefore_data();
    void fieldsAreCutAsBefore();
    void linesAreNamedAsBefore_data();
    void linesAreNamedAsBefore();
};

void TestAtParser::manualExampleGivesTheSameEventsHoweverSplit_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("events");
    for (const test::ManualExample &example : test::manualExamples())
        QTest::newRow(example.section) << example.stream() << example.events;
}

void TestAtParser::manualExampleGivesTheSameEventsHoweverSplit()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, events);
    compareAllSplits(stream, Setup {}, events);
}

void TestAtParser::framingHazards_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QVariant>("setup");
    QTest::addColumn<QStringList>("events");
    auto row = [](const char *name, const QByteArray &stream, const Setup &setup, const QStringList &events) {
        QTest::newRow(name) << stream << QVariant::fromValue(setup) << events;
    };

    row("directPushPayloadContainingOkIsData", "\r\n+QIURC: \"recv\",0,8\r\nab\r\nOK\r\n\r\nOK\r\n",
        directPush(0), {R"(L:+QIURC: "recv",0,8)", "D0:ab\\r\\nOK\\r\\n", "L:OK"});
    row("payloadContainingUrcIsData", "\r\n+QIRD: 18\r\n+QIURC: \"closed\",1\r\n\r\nOK\r\n",
        Setup {}, {"L:+QIRD: 18", R"(D:+QIURC: "closed",1)", "L:OK"});
    row("payloadContainingPromptIsData", "\r\n+QIRD: 4\r\n> ab\r\nOK\r\n", [] { Setup s; s.prompt = true; return s; }(),
        {"L:+QIRD: 4", "D:> ab", "L:OK"});
    row("payloadWithCtrlZAndNul", QByteArray("\r\n+QIRD: 3\r\n\x1a\x00z\r\nOK\r\n", 21), Setup {},
        {"L:+QIRD: 3", "D:\\x1a\\x00z", "L:OK"});
    row("payloadStartingWithLfAfterCrLf", "+QIRD: 2\r\n\n\n\r\nOK\r\n", Setup {},
        {"L:+QIRD: 2", "D:\\n\\n", "L:OK"});
    // The line end is looked for in windows of 64, 128, 256… bytes: one at and around each edge.
    for (const int length : {62, 63, 64, 65, 191, 192, 193, 448, 449}) {
        const QByteArray text(length, 'x');
        for (const char *end : {"\n", "\r", "\r\n"}) {
            const QByteArray name = "lineOf" + QByteArray::number(length) + (end[1] ? "CrLf" : end[0] == '\n' ? "Lf" : "Cr");
            row(name.constData(), text + end + "OK" + end, Setup {}, {"L:" + QString::fromLatin1(text), "L:OK"});
        }
    }
    row("viewModeOneDirectPush", "\r\n+QIURC: \"recv\",3,5,a,b\r\n\r\n", directPush(3, true),
        {R"(L:+QIURC: "recv",3,5)", "D3:a,b\\r\\n"});
    row("viewModeOneWithShowLength", "+QIRD: 3,7,1,2\r\nOK\r\n",
        [] { Setup s; s.settings.viewMode = true; s.settings.showLength = true; return s; }(),
        {"L:+QIRD: 3,7", "D:1,2", "L:OK"});
    row("viewModeOneWithoutShowLength", "+QIRD: 3,7,1,2\r\nOK\r\n",
        [] { Setup s; s.settings.viewMode = true; return s; }(),
        {"L:+QIRD: 3", "D:7,1", "L:,2", "L:OK"});
    row("bufferModeRecvWithLengthHasNoPayload", "+QIURC: \"recv\",1,12\r\nOK\r\n",
        [] { Setup s; s.settings.showLength = true; return s; }(), {R"(L:+QIURC: "recv",1,12)", "L:OK"});
    // manual 2.1.11, 2.2.2: with showlength at its default 0, buffer mode prints two fields.
    row("threeFieldRecvWithShowLengthOffIsDirectPush", "+QIURC: \"recv\",1,4\r\nOK\r\nOK\r\n", Setup {},
        {R"(L:+QIURC: "recv",1,4)", "D1:OK\\r\\n", "L:OK"});
    row("hexReceiveFormatDecodes", "+QIRD: 3\r\n41420A\r\nOK\r\n",
        [] { Setup s; s.settings.recvHex = true; return s; }(), {"L:+QIRD: 3", "D:AB\\n", "L:OK"});
    row("bg96ReadSummaryHasNoPayload", "+QIRD: 10,4,6\r\nOK\r\n", Setup {}, {"L:+QIRD: 10,4,6", "L:OK"});
    row("urcInsideAResponse", "+QISTATE: 0,\"TCP\",\"1.2.3.4\",80,0,2,1,0\r\n+QIURC: \"closed\",0\r\n\r\nOK\r\n", Setup {},
        {R"(L:+QISTATE: 0,"TCP","1.2.3.4",80,0,2,1,0)", R"(L:+QIURC: "closed",0)", "L:OK"});
    row("promptSwallowsItsSpace", "AT+QISEND=0,3\r\r\n> ", [] { Setup s; s.prompt = true; return s; }(),
        {"L:AT+QISEND=0,3", "P"});
    row("promptWithoutSpace", "\r\n>abc", [] { Setup s; s.prompt = true; s.finish = true; return s; }(),
        {"P", "L:abc"});
    row("greaterThanIsTextWhenNoPromptExpected", "\r\n> hello\r\n", Setup {}, {"L:> hello"});
    row("loneCrAndLoneLfEndLines", "A\rB\nC\r\nD\n\rE\r", Setup {},
        {"L:A", "L:B", "L:C", "L:D", "L:E"});
    row("poweredDownWithoutLineEnd", "\r\nPOWERED DOWN", [] { Setup s; s.finish = true; return s; }(),
        {"L:POWERED DOWN"});
    row("echoRecognisedAsTheBytesWritten", "AT+QISTATE?\r\r\n+QISTATE: 0,\"TCP\",\"1.2.3.4\",80,0,2,1,0\r\n\r\nOK\r\n",
        [] { Setup s; s.echo = "AT+QISTATE?\r"; return s; }(),
        {"E:AT+QISTATE?\\r", R"(L:+QISTATE: 0,"TCP","1.2.3.4",80,0,2,1,0)", "L:OK"});
    row("echoAfterAUrcStillRecognised", "\r\n+QIURC: \"closed\",1\r\nAT\r\r\nOK\r\n",
        [] { Setup s; s.echo = "AT\r"; return s; }(), {R"(L:+QIURC: "closed",1)", "E:AT\\r", "L:OK"});
    row("lineThatOnlyStartsLikeTheEchoIsALine", "ATI\r\nOK\r\n",
        [] { Setup s; s.echo = "AT+CSQ\r"; return s; }(), {"L:ATI", "L:OK"});
    row("anotherCommandsEchoIsNotOursWithoutItsTerminator", "AT+CGMR\r\r\nR1\r\n\r\nOK\r\n",
        [] { Setup s; s.echo = "AT\r"; return s; }(), {"L:AT+CGMR", "L:R1", "L:OK"});
    row("echoWithoutTerminatorStillEcho", "AT+CSQ\r\n+CSQ: 20,99\r\n",
        [] { Setup s; s.echo = "AT+CSQ\r\x1a"; return s; }(), {"E:AT+CSQ\\r", "L:+CSQ: 20,99"});
    row("binaryPayloadEchoAfterPrompt", QByteArray("\r\n> \x00\r\n\x1a\r\nOK\r\n", 13),
        [] { Setup s; s.prompt = true; s.echo = QByteArray("\x00\r\n\x1a", 4); return s; }(),
        {"P", "E:\\x00\\r\\n\\x1a", "L:OK"});
    row("blankLinesAreIgnored", "\r\n\r\n\n\r\r\nOK\r\n", Setup {}, {"L:OK"});
    row("zeroLengthReadHasNoPayload", "+QIRD: 0\r\nOK\r\n", Setup {}, {"L:+QIRD: 0", "L:OK"});
}

void TestAtParser::framingHazards()
{
    QFETCH(QByteArray, stream);
    QFETCH(QVariant, setup);
    QFETCH(QStringList, events);
    compareAllSplits(stream, setup.value<Setup>(), events);
}

void TestAtParser::offsetsPointAtEventStarts()
{
    at::AtParser parser(profile::ModuleProfile::bc25()->payloadGrammar());
    parser.setDirectPush(0, true);
    QList<qint64> offsets;
    connect(&parser, &at::AtParser::eventParsed, this, [&](const at::AtEvent &e) { offsets << e.offset; });
    const QByteArray stream = "\r\nOK\r\n+QIURC: \"recv\",0,2\r\nxy\r\nRDY\r\n";
    parser.feed(stream);
    QCOMPARE(offsets, (QList<qint64> {2, 6, stream.indexOf("xy"), stream.indexOf("RDY")}));
    QCOMPARE(parser.bytesConsumed(), stream.size());
}

void TestAtParser::overflowResyncsAtNextLineEndAndReports()
{
    const QByteArray garbage(at::AtParser::MaxLineLength + 100, 'x');
    const QByteArray stream = "OK\r\n" + garbage + "\r\n+QIURC: \"closed\",2\r\n";
    compareAllSplits(stream, Setup {},
                     {"L:OK", QStringLiteral("O:%1+100").arg(at::AtParser::MaxLineLength), R"(L:+QIURC: "closed",2)"});
}

void TestAtParser::lyingLengthIsFlushedAsTruncatedData()
{
    // A header announcing 10 bytes, then only 4, then silence: the engine's quiet
    // timer flushes, and the 4 bytes are delivered, marked truncated.
    at::AtParser parser(profile::ModuleProfile::bc25()->payloadGrammar());
    QStringList events;
    connect(&parser, &at::AtParser::eventParsed, this, [&](const at::AtEvent &e) { events << eventText(e); });
    parser.feed("+QIRD: 10\r\nabcd");
    QVERIFY(parser.isInPayload());
    QVERIFY(parser.hasPending());
    parser.flushPending();
    QVERIFY(!parser.isInPayload());
    parser.feed("\r\nOK\r\n");
    QCOMPARE(events, (QStringList {"L:+QIRD: 10", "D:abcd!truncated", "L:OK"}));
}

void TestAtParser::hexPayloadWithBadDigitsKeepsTheText()
{
    at::AtParser parser(profile::ModuleProfile::bc25()->payloadGrammar());
    parser.setRecvHex(true);
    QList<at::AtEvent> events;
    connect(&parser, &at::AtParser::eventParsed, this, [&](const at::AtEvent &e) { events << e; });
    parser.feed("+QIRD: 2\r\nZZ41\r\n");
    QCOMPARE(events.size(), 2);
    QVERIFY(events.at(1).badHex);
    QCOMPARE(events.at(1).bytes, QByteArray("ZZ41"));
}

void TestAtParser::memoryStaysBoundedOnEndlessGarbage()
{
    at::AtParser parser(profile::ModuleProfile::bc25()->payloadGrammar());
    int overflows = 0;
    connect(&parser, &at::AtParser::eventParsed, this, [&](const at::AtEvent &e) {
        overflows += e.kind == at::AtEvent::Kind::Overflow;
    });
    const QByteArray chunk(64 * 1024, 'g');
    for (int i = 0; i < 256; ++i) // 16 MiB without a line end
        parser.feed(chunk);
    QVERIFY(parser.hasPending());
    parser.feed("\n");
    QCOMPARE(overflows, 1);
}

// The fastest of five runs, in ns: the machine is shared.
template<typename Run>
qint64 fastestOfFive(Run run)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer clock;
        clock.start();
        run();
        best = qMin(best, clock.nsecsElapsed());
    }
    return best;
}

void TestAtParser::oneByteLineEndsCostLinearInOneRead_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("LF alone") << QByteArray("OK\n");
    QTest::newRow("CR alone") << QByteArray("OK\r");
    QTest::newRow("CR LF") << QByteArray("OK\r\n");
}

void TestAtParser::oneByteLineEndsCostLinearInOneRead()
{
    // bc25-decode feeds a file in 1 MiB pieces. A log whose lines end with LF
    // alone has no CR: looking for one ran to the end of the piece for every
    // line. The same 2 MiB in 1 MiB pieces and in 4 KiB pieces cost the same.
    QFETCH(QByteArray, line);
    const QByteArray log = line.repeated(2 * 1024 * 1024 / line.size());
    auto decode = [&log](qsizetype piece, int *lines) {
        return fastestOfFive([&] {
            at::AtParser parser(profile::ModuleProfile::bc25()->payloadGrammar());
            *lines = 0;
            connect(&parser, &at::AtParser::eventParsed, [lines](const at::AtEvent &e) {
                *lines += e.kind == at::AtEvent::Kind::Line;
            });
            for (qsizetype at = 0; at < log.size(); at += piece)
                parser.feed(QByteArrayView(log).sliced(at, qMin(piece, log.size() - at)));
        });
    };
    int lines = 0;
    const qint64 small = decode(4 * 1024, &lines);
    QCOMPARE(lines, log.size() / line.size());
    const qint64 large = decode(1024 * 1024, &lines);
    QCOMPARE(lines, log.size() / line.size());
    // The search to the piece's end: 256 times as much looking in 1 MiB pieces.
    QVERIFY2(large < 4 * small, qPrintable(QStringLiteral("%1 ns against %2 ns").arg(large).arg(small)));
}

void TestAtParser::echoedLineEndsCostLinear()
{
    // A raw log's data echoed after "> " up to Ctrl+Z, holding many line ends:
    // each line end counted the whole payload again (quadratic in the data
    // phase, up to its 64 KiB bound). Same total input, longer data phases.
    auto decode = [](qsizetype phase, int *echoes) {
        const QByteArray send = "AT+QISEND=0\r\r\n> " + QByteArray(phase, '\n') + "\x1a\r\nOK\r\n\r\nSEND OK\r\n";
        const QByteArray log = send.repeated(1024 * 1024 / phase);
        return fastestOfFive([&] {
            at::TransactionAssembler assembler(profile::ModuleProfile::bc25()->newRules());
            assembler.setCommandsFromEcho(true);
            *echoes = 0;
            connect(&assembler.parser(), &at::AtParser::eventParsed, [echoes](const at::AtEvent &e) {
                *echoes += e.kind == at::AtEvent::Kind::Echo && e.bytes.size() > 1024;
            });
            assembler.parser().feed(log);
        });
    };
    int echoes = 0;
    const qint64 short_ = decode(4 * 1024, &echoes);
    QCOMPARE(echoes, 256);
    const qint64 long_ = decode(32 * 1024, &echoes);
    QCOMPARE(echoes, 32);
    // Linear: the same time; counting at each line end: 8x.
    QVERIFY2(long_ < 3 * short_, qPrintable(QStringLiteral("%1 ns against %2 ns").arg(long_).arg(short_)));
}

// splitFields and Field::toInteger read every answer and URC by plain scans
// (issue 18's speed): each edge reads as the QByteArrayView calls had read it.
void TestAtParser::fieldsAreCutAsBefore_data()
{
    QTest::addColumn<QByteArray>("parameters");
    QTest::addColumn<QStringList>("fields"); // text, a leading '"' when quoted
    QTest::addColumn<QList<qint64>>("integers"); // -1: not a decimal field
    QTest::newRow("empty") << QByteArray() << QStringList {} << QList<qint64> {};
    QTest::newRow("white space only") << QByteArray(" \t\r ") << QStringList {} << QList<qint64> {};
    QTest::newRow("QISTATE") << QByteArray(R"( 0,"TCP","220.18.39.22",8062,1234,2,1,0)")
                             << QStringList {"0", "\"TCP", "\"220.18.39.22", "8062", "1234", "2", "1", "0"}
                             << QList<qint64> {0, -1, -1, 8062, 1234, 2, 1, 0};
    QTest::newRow("white space around unquoted") << QByteArray(" 12 ,\t-7\t, ab c ")
                                                 << QStringList {"12", "-7", "ab c"} << QList<qint64> {12, -7, -1};
    QTest::newRow("text after the closing quote kept") << QByteArray(R"("recv" x ,1)")
                                                       << QStringList {"\"recvx", "1"} << QList<qint64> {-1, 1};
    QTest::newRow("unclosed quote runs to the end") << QByteArray(R"(1,"a,b)") << QStringList {"1", "\"a,b"}
                                                    << QList<qint64> {1, -1};
    QTest::newRow("empty fields") << QByteArray(",,\"\",") << QStringList {"", "", "\"", ""}
                                  << QList<qint64> {-1, -1, -1, -1};
    QTest::newRow("signs and lengths") << QByteArray("-0,+5,-,123456789012345678,1234567890123456789")
                                       << QStringList {"-0", "+5", "-", "123456789012345678", "1234567890123456789"}
                                       << QList<qint64> {0, -1, -1, 123456789012345678, -1};
}

void TestAtParser::fieldsAreCutAsBefore()
{
    QFETCH(QByteArray, parameters);
    QFETCH(QStringList, fields);
    QFETCH(QList<qint64>, integers);
    const QList<at::Field> cut = at::splitFields(parameters);
    QStringList texts;
    QList<qint64> values;
    for (const at::Field &field : cut) {
        texts << (field.quoted ? QStringLiteral("\"") : QString()) + QString::fromLatin1(field.text);
        values << field.toInteger(-1);
    }
    QCOMPARE(texts, fields);
    QCOMPARE(values, integers);
    // The same through a whole line: "+NAME: <parameters>".
    const at::ResultLine line = at::ResultLine::parse("+QISTATE: " + parameters);
    QCOMPARE(line.fieldCount(), fields.size());
    for (int i = 0; i < line.fieldCount(); ++i)
        QCOMPARE(line.integer(i, -1), integers.at(i));
}

// ResultLine::parse finds its names in one table by size (speed20): every
// bare result word, an interned and an other "+NAME:", what is no name.
void TestAtParser::linesAreNamedAsBefore_data()
{
    using Final = at::ResultLine::Final;
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("prefixed");
    QTest::addColumn<int>("final");
    QTest::addColumn<int>("fieldCount");
    for (const char *bare : {"SEND OK", "SEND FAIL", "CLOSE OK", "RDY", "POWERED DOWN", "NO CARRIER", "CONNECT", "ABORTED"})
        QTest::newRow(bare) << QByteArray(bare) << QByteArray(bare) << false << int(Final::None) << 0;
    QTest::newRow("OK") << QByteArray("OK") << QByteArray("OK") << false << int(Final::Ok) << 0;
    QTest::newRow("ERROR") << QByteArray("ERROR") << QByteArray("ERROR") << false << int(Final::Error) << 0;
    QTest::newRow("white space around OK") << QByteArray(" \tOK\r ") << QByteArray("OK") << false << int(Final::Ok) << 0;
    QTest::newRow("a +NAME: word bare is text") << QByteArray("QIURC") << QByteArray() << false << int(Final::None) << 0;
    QTest::newRow("lower case is text") << QByteArray("ok") << QByteArray() << false << int(Final::None) << 0;
    QTest::newRow("longer than a word") << QByteArray("OKAY") << QByteArray() << false << int(Final::None) << 0;
    QTest::newRow("text") << QByteArray("Quectel_Ltd") << QByteArray() << false << int(Final::None) << 0;
    QTest::newRow("QIURC") << QByteArray(R"(+QIURC: "recv",0)") << QByteArray("QIURC") << true << int(Final::None) << 2;
    QTest::newRow("name trimmed") << QByteArray("+ QIRD : 512") << QByteArray("QIRD") << true << int(Final::None) << 1;
    QTest::newRow("a name no table has") << QByteArray("+QIRDX: 1,2") << QByteArray("QIRDX") << true << int(Final::None) << 2;
    QTest::newRow("CME ERROR") << QByteArray("+CME ERROR: 50") << QByteArray("CME ERROR") << true << int(Final::CmeError) << 1;
    QTest::newRow("CMS ERROR") << QByteArray("+CMS ERROR: 1") << QByteArray("CMS ERROR") << true << int(Final::CmsError) << 1;
    QTest::newRow("no colon names itself") << QByteArray("+QIURC") << QByteArray("QIURC") << true << int(Final::None) << 0;
    QTest::newRow("colon right after the plus") << QByteArray("+: 1") << QByteArray() << false << int(Final::None) << 0;
    QTest::newRow("empty") << QByteArray() << QByteArray() << false << int(Final::None) << 0;
}

void TestAtParser::linesAreNamedAsBefore()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, name);
    QFETCH(bool, prefixed);
    QFETCH(int, final);
    QFETCH(int, fieldCount);
    const at::ResultLine parsed = at::ResultLine::parse(line);
    QCOMPARE(parsed.name, name);
    QCOMPARE(parsed.prefixed, prefixed);
    QCOMPARE(int(parsed.final), final);
    QCOMPARE(parsed.fieldCount(), fieldCount);
    QCOMPARE(parsed.text, line);
}

QTEST_GUILESS_MAIN(TestAtParser)
#include "tst_atparser.moc"
