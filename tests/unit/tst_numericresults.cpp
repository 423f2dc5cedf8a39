// SPDX-License-Identifier: MIT
// ATV0 (V.250 6.2.6): the module prints its result codes as numbers, "0\r"
// for OK and "4\r" for ERROR (Table 1), ATV0's own answer already so. The
// engine and the decoder read them once the module confirmed ATV0 (state
// changes only on confirmation); before that, after a refusal, after ATV1
// and after a restart, a "0" line is no result. The virtual module answers
// ATV0 and ATV1 as V.250 says. Live, from the recording, and from a raw log
// whole and byte by byte.

#include "at/commandengine.h"
#include "bc25/trafficdecoder.h"
#include "link/enginelink.h"
#include "profile/moduleprofile.h"
#include "session/modulesession.h"
#include "sim/simconfig.h"
#include "sim/virtualmodule.h"
#include "transport/memorytransport.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace bc25;
using profile::ModuleProfile;

namespace {

QString finalOf(const at::Transaction &t)
{
    return QString::fromLatin1(t.command) + QLatin1Char(' ') + QLatin1String(at::Transaction::statusName(t.status));
}

// A raw log of the module's output with echo on, decoded: each command and its status.
QStringList decodeRaw(const QByteArray &log, bool byteByByte)
{
    TrafficDecoder decoder(ModuleProfile::bc25());
    QStringList finals;
    QObject::connect(&decoder, &TrafficDecoder::transactionDecoded, [&finals](const at::Transaction &t) { finals << finalOf(t); });
    if (byteByByte) {
        for (const char c : log)
            decoder.received(QByteArray(1, c));
    } else {
        decoder.received(log);
    }
    decoder.finish();
    return finals;
}

// The engine on the virtual module over an in-memory link; the module
// started in ATV0 when `verbose` is false.
struct EngineOnVirtualModule
{
    explicit EngineOnVirtualModule(bool verbose = true)
    {
        transport::MemoryTransport::connectPair(&host, &device);
        host.open();
        device.open();
        link.setTransport(&host);
        module.setVerboseResults(verbose);
        module.attachTo(&device);
    }

    const std::shared_ptr<const ModuleProfile> profile = ModuleProfile::bc25();
    transport::MemoryTransport host;
    transport::MemoryTransport device;
    at::CommandEngine engine {profile};
    link::EngineLink link {&engine};
    sim::VirtualModule module {profile, sim::SimConfig {}};
};

} // namespace

class TestNumericResults : public QObject
{
    Q_OBJECT

private slots:
    void theEngineReadsNumbersOnceTheModuleConfirmsAtv0();
    void aRawLogDecodesAlike_data();
    void aRawLogDecodesAlike();
    void aModuleAlreadyInAtv0IsReadNotDeclaredDead();
    void theVirtualModuleFramesOnlyTheTextAroundAPayload_data();
    void theVirtualModuleFramesOnlyTheTextAroundAPayload();
};

void TestNumericResults::theEngineReadsNumbersOnceTheModuleConfirmsAtv0()
{
    EngineOnVirtualModule onModule;
    at::CommandEngine &engine = onModule.engine;
    sim::VirtualModule &module = onModule.module;
    QByteArray printed;
    connect(&module, &sim::VirtualModule::output, this, [&printed](const QByteArray &b) { printed += b; });
    struct Record { bool transmit; QByteArray bytes; qint64 time; };
    QList<Record> capture;
    connect(&engine, &at::CommandEngine::rawTransmitted, this, [&capture](const QByteArray &b) {
        capture << Record {true, b, QDateTime::currentMSecsSinceEpoch()};
    });
    connect(&engine, &at::CommandEngine::rawReceived, this, [&capture](const QByteArray &b) {
        capture << Record {false, b, QDateTime::currentMSecsSinceEpoch()};
    });
    QList<at::Transaction> finished;
    connect(&engine, &at::CommandEngine::transactionFinished, this, [&finished](const at::Transaction &t) { finished << t; });
    auto run = [&](const QByteArray &text) -> at::Transaction {
        const qsizetype before = finished.size();
        engine.submit(engine.assembler().rules().commandFor(text));
        if (!QTest::qWaitFor([&] { return finished.size() > before; }, 10000))
            return {};
        return finished.constLast();
    };

    const qsizetype from = printed.size();
    QCOMPARE(run("ATV0").status, at::Transaction::Status::Ok);
    QCOMPARE(printed.mid(from), QByteArray("ATV0\r0\r")); // the echo, then its own result as a number
    QVERIFY(!engine.settings().verboseResults);
    const at::Transaction csq = run("AT+CSQ");
    QCOMPARE(csq.status, at::Transaction::Status::Ok);
    QVERIFY(!csq.lines.isEmpty() && csq.lines.constFirst().name == "CSQ");
    QCOMPARE(run("AT+CMEE=7").status, at::Transaction::Status::Error); // "4\r": out of 27.007's range
    QCOMPARE(run("AT&F").status, at::Transaction::Status::Ok); // words again (V.250 6.1.2)
    QVERIFY(engine.settings().verboseResults);
    QVERIFY2(printed.endsWith("AT&F\r\r\nOK\r\n"), printed.constData());
    QCOMPARE(run("ATV0").status, at::Transaction::Status::Ok);
    QCOMPARE(run("ATV1").status, at::Transaction::Status::Ok);
    QVERIFY(engine.settings().verboseResults);
    QVERIFY2(printed.endsWith("ATV1\r\r\nOK\r\n"), printed.constData());
    QCOMPARE(run("AT").status, at::Transaction::Status::Ok);

    // The recording reads the same.
    TrafficDecoder decoder(onModule.profile);
    QStringList decoded;
    connect(&decoder, &TrafficDecoder::transactionDecoded, this, [&decoded](const at::Transaction &t) { decoded << finalOf(t); });
    for (const Record &r : std::as_const(capture)) {
        if (r.transmit)
            decoder.transmitted(r.bytes, r.time);
        else
            decoder.received(r.bytes, r.time);
    }
    decoder.finish();
    QStringList live;
    for (const at::Transaction &t : std::as_const(finished))
        live << finalOf(t);
    QCOMPARE(decoded, live);
}

void TestNumericResults::aRawLogDecodesAlike_data()
{
    QTest::addColumn<QByteArray>("log");
    QTest::addColumn<QStringList>("finals");
    const QByteArray v0 = "ATV0\r0\r";
    for (const char *split : {"whole", "byte by byte"}) {
        QTest::addRow("numbers after ATV0, words after ATV1, %s", split)
                << v0 + "AT+CSQ\r+CSQ: 20,0\r\n0\rAT+CMEE=7\r4\rATV1\r\r\nOK\r\nAT\r\r\nOK\r\n"
                << QStringList {QStringLiteral("ATV0 OK"), QStringLiteral("AT+CSQ OK"), QStringLiteral("AT+CMEE=7 ERROR"),
                                QStringLiteral("ATV1 OK"), QStringLiteral("AT OK")};
        // Refused: words stay, and a line "0" is AT+CGSN's text, not its result.
        QTest::addRow("ATV0 refused, %s", split)
                << QByteArray("ATV0\r\r\nERROR\r\nAT+CGSN\r\r\n0\r\n\r\nOK\r\n")
                << QStringList {QStringLiteral("ATV0 ERROR"), QStringLiteral("AT+CGSN OK")};
        // AT&F restores ATV1 (V.250 6.1.2): its OK comes as a word, and words are believed again.
        QTest::addRow("AT&F, %s", split)
                << v0 + "AT&F\r\r\nOK\r\nAT+CGSN\r\r\n4\r\n\r\nOK\r\n"
                << QStringList {QStringLiteral("ATV0 OK"), QStringLiteral("AT&F OK"), QStringLiteral("AT+CGSN OK")};
        // In a chain (V.250 5.4) ATV0 is taken on as alone: the chain's own result is the first number.
        for (const char *chain : {"ATE1V0", "ATV0E1", "AT&FV0"}) {
            QTest::addRow("%s, %s", chain, split)
                    << QByteArray(chain) + "\r0\rAT+CSQ\r+CSQ: 22,0\r\n0\rAT+CGATT?\r+CGATT: 1\r\n0\rAT\r0\r"
                    << QStringList {QLatin1String(chain) + QLatin1String(" OK"), QStringLiteral("AT+CSQ OK"),
                                    QStringLiteral("AT+CGATT? OK"), QStringLiteral("AT OK")};
        }
        // A refused value in the chain changes nothing: "0" stays AT+CGSN's text.
        QTest::addRow("ATE1V7, %s", split)
                << QByteArray("ATE1V7\r\r\nERROR\r\nAT+CGSN\r\r\n0\r\n\r\nOK\r\n")
                << QStringList {QStringLiteral("ATE1V7 ERROR"), QStringLiteral("AT+CGSN OK")};
        // A restart brings the default back (V.250: ATV1), as the virtual module does.
        QTest::addRow("restarted, %s", split)
                << v0 + "\r\nRDY\r\nAT+CGSN\r\r\n0\r\n\r\nOK\r\n"
                << QStringList {QStringLiteral("ATV0 OK"), QStringLiteral("AT+CGSN OK")};
    }
}

void TestNumericResults::aRawLogDecodesAlike()
{
    QFETCH(QByteArray, log);
    QFETCH(QStringList, finals);
    QCOMPARE(decodeRaw(log, QByteArray(QTest::currentDataTag()).endsWith("byte by byte")), finals);
}

// A module left in ATV0 (saved with AT&W, set by another host) answers the
// session's first AT with "0\r": a command that prints no text can have no
// other answer, so the module said it is in numeric mode, and the session
// reads it so — not "The module does not answer: check its power…"
// (adversary pass 10 F16). The virtual module, started in ATV0.
void TestNumericResults::aModuleAlreadyInAtv0IsReadNotDeclaredDead()
{
    EngineOnVirtualModule onModule(false);
    at::CommandEngine &engine = onModule.engine;
    ModuleSession session {&engine};
    QSignalSpy answered(&session, &ModuleSession::moduleAnswered);
    QSignalSpy silent(&session, &ModuleSession::moduleNotAnswering);
    session.synchronize();
    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 10000);
    QCOMPARE(silent.count(), 0);
    QVERIFY(!engine.settings().verboseResults);
    QTRY_COMPARE(session.moduleInfo().model, QByteArray("bc25"));
    QTRY_VERIFY_WITH_TIMEOUT(!engine.isBusy(), 10000);
}

// V.250 6.2.6: ATV0 changes the frame of information text ("<text>\r\n"
// instead of "\r\n<text>\r\n") and the result code, never a read's data:
// six bytes "\r\nAB\r\n" read back are six bytes under either (adversary
// pass 10 F8: under ATV0 the virtual module printed four, and the count ate "0\r").
void TestNumericResults::theVirtualModuleFramesOnlyTheTextAroundAPayload_data()
{
    QTest::addColumn<QByteArray>("atv");
    QTest::addColumn<QByteArray>("answer");
    const QByteArray data = "\r\nAB\r\n";
    QTest::newRow("ATV1") << QByteArray("ATV1") << "\r\n+QIRD: 6\r\n" + data + "\r\n\r\nOK\r\n";
    QTest::newRow("ATV0") << QByteArray("ATV0") << "+QIRD: 6\r\n" + data + "\r\n0\r";
}

void TestNumericResults::theVirtualModuleFramesOnlyTheTextAroundAPayload()
{
    QFETCH(QByteArray, atv);
    QFETCH(QByteArray, answer);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    transport::MemoryTransport host;
    transport::MemoryTransport device;
    transport::MemoryTransport::connectPair(&host, &device);
    host.open();
    device.open();
    sim::VirtualModule module {ModuleProfile::bc25(), sim::SimConfig {}};
    module.attachTo(&device);
    QByteArray printed;
    connect(&module, &sim::VirtualModule::output, this, [&printed](const QByteArray &b) { printed += b; });
    auto exchange = [&](const QByteArray &command, const QByteArray &until) {
        printed.clear();
        host.write(command + '\r');
        return QTest::qWaitFor([&] { return printed.contains(until); }, 5000);
    };
    QVERIFY(exchange(atv, "\r"));
    QVERIFY(exchange(R"(AT+QIOPEN=1,0,"TCP","127.0.0.1",)" + QByteArray::number(server.serverPort()) + ",0,0", "+QIOPEN: 0,0"));
    QTRY_VERIFY(server.hasPendingConnections());
    QTcpSocket *peer = server.nextPendingConnection();
    printed.clear();
    peer->write("\r\nAB\r\n");
    QTRY_VERIFY(printed.contains("+QIURC: \"recv\",0"));
    QVERIFY(exchange("AT+QIRD=0,512", answer));
    QCOMPARE(printed, "AT+QIRD=0,512\r" + answer);
}

QTEST_GUILESS_MAIN(TestNumericResults)
#include "tst_numericresults.moc"
