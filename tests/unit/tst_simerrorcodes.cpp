// SPDX-License-Identifier: MIT
// Every ERROR the virtual module prints sets the code AT+QIGETERROR then
// reads (manual 2.1.12), on every model: a line longer than the module takes
// (adv6 F3c: a 257-byte inline AT+QISENDEX on the BG96 answered ERROR and
// AT+QIGETERROR then said 0), an unknown command, a refused parameter, a
// command the fault plan fails, a send on a closed socket, a context activated
// before the network attached. Each starts on a fresh module, whose code is 0.

#include "bc25/errorcodes.h"
#include "profile/moduleprofile.h"
#include "sim/simconfig.h"
#include "sim/virtualmodule.h"

#include <QTest>

using namespace bc25;
using profile::ModuleProfile;

namespace {

struct Module
{
    Module(const QByteArray &model, const sim::SimConfig &config)
        : profile(ModuleProfile::byId(model))
        , module(profile, config)
    {
        QObject::connect(&module, &sim::VirtualModule::output, [this](const QByteArray &b) { out += b; });
        ask("ATE0");
    }

    // Writes a command line; returns what the module printed up to its final result.
    QByteArray ask(const QByteArray &command)
    {
        const qsizetype from = out.size();
        module.receive(command + '\r');
        auto ended = [&] {
            const QByteArray said = out.mid(from);
            return said.contains("OK\r\n") || said.contains("ERROR");
        };
        // The caller compares what came: a missing answer fails there, and is named here.
        if (!QTest::qWaitFor(ended, 5000))
            qWarning("no final result to %s within 5 s", command.constData());
        return out.mid(from);
    }

    std::shared_ptr<const ModuleProfile> profile;
    sim::VirtualModule module;
    QByteArray out;
};

} // namespace

class TestSimErrorCodes : public QObject
{
    Q_OBJECT

private slots:
    void everyErrorSetsTheCodeQigeterrorReads_data();
    void everyErrorSetsTheCodeQigeterrorReads();
    void aPingWithoutItsContextEndsWithTheModelsCode_data();
    void aPingWithoutItsContextEndsWithTheModelsCode();
};

void TestSimErrorCodes::everyErrorSetsTheCodeQigeterrorReads_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("command"); // empty: a line one byte longer than the model takes
    QTest::addColumn<bool>("detached");
    QTest::addColumn<int>("code");
    for (const QByteArray &model : ModuleProfile::ids()) {
        const char *m = model.constData();
        QTest::addRow("%s line too long", m) << model << QByteArray() << false << ErrorCodes::InvalidParameters;
        QTest::addRow("%s unknown command", m) << model << QByteArray("AT+QNOSUCH=1") << false << ErrorCodes::UnknownError;
        QTest::addRow("%s refused parameter", m) << model << QByteArray("AT+QICLOSE=99") << false
                                                 << ErrorCodes::InvalidParameters;
        QTest::addRow("%s basic command refused", m) << model << QByteArray("ATE7") << false
                                                     << ErrorCodes::InvalidParameters;
        QTest::addRow("%s failing command", m) << model << QByteArray("AT+QIDNSGIP?") << false << ErrorCodes::UnknownError;
        QTest::addRow("%s send on a closed socket", m) << model << QByteArray("AT+QISEND=0,5") << false << -1;
        if (ModuleProfile::byId(model)->answers().activatesContexts)
            QTest::addRow("%s context before attach", m) << model << QByteArray("AT+QIACT=1") << true
                                                         << ErrorCodes::OpenPdpContextFailed;
    }
    // The adversary's line: 257 bytes of hex on the BG96's one-line QISENDEX (at most 512 digits).
    QTest::addRow("bg96 QISENDEX of 257 bytes") << QByteArray("bg96")
                                               << "AT+QISENDEX=0,\"" + QByteArray(514, 'A') + '"' << false
                                               << ErrorCodes::InvalidParameters;
}

void TestSimErrorCodes::everyErrorSetsTheCodeQigeterrorReads()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, command);
    QFETCH(bool, detached);
    QFETCH(int, code);
    sim::SimConfig config;
    config.faults.failingCommands = {"+QIDNSGIP"};
    if (detached)
        config.attached = 0;
    Module m(model, config);
    if (command.isEmpty())
        command = "AT" + QByteArray(m.module.maxCommandLineLength(), 'X');
    QVERIFY2(m.ask("AT+QIGETERROR").contains("+QIGETERROR: 0,"), m.out.constData()); // a fresh module
    const QByteArray answer = m.ask(command);
    QVERIFY2(answer.contains("ERROR"), answer.constData());
    const QByteArray explained = m.ask("AT+QIGETERROR");
    QVERIFY2(!explained.contains("+QIGETERROR: 0,"), explained.constData());
    if (code >= 0)
        QVERIFY2(explained.contains("+QIGETERROR: " + QByteArray::number(code) + ','), explained.constData());
}

void TestSimErrorCodes::aPingWithoutItsContextEndsWithTheModelsCode_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<int>("result");
    // BC25 manual 2.1.8 and chapter 3, Table 2: 5, PING_PDP_ACT_FAIL (the BC32 and
    // the BC66 family keep the BC25's: their own notes were not read here).
    for (const char *model : {"bc25", "bc32", "bc660k", "bc66"})
        QTest::newRow(model) << QByteArray(model) << 5;
    // BG96 AN 2.2.11, BG95 AN 2.3.11, EC200U AN 2.4.14: <finresult> "Others: error
    // code", their chapter 4 has no 5; 561 "PDP context opening failed".
    for (const char *model : {"bg95", "bg96", "ec200u"})
        QTest::newRow(model) << QByteArray(model) << 561;
}

void TestSimErrorCodes::aPingWithoutItsContextEndsWithTheModelsCode()
{
    QFETCH(QByteArray, model);
    QFETCH(int, result);
    sim::SimConfig config;
    config.attached = 0; // the BC25's context is up once attached; the LTE modules' only after AT+QIACT
    Module m(model, config);
    QCOMPARE(m.profile->pingDefaults().noContextResult, result);
    const QByteArray context = QByteArray::number(m.profile->limits().firstContext);
    QVERIFY2(m.ask("AT+QPING=" + context + ",\"127.0.0.1\"").contains("OK\r\n"), m.out.constData());
    const QByteArray failed = "\r\n+QPING: " + QByteArray::number(result) + "\r\n";
    QTRY_VERIFY2(m.out.endsWith(failed), m.out.constData());
    // The code AT+QIGETERROR reads is the TCP/IP one on every model: 561.
    QVERIFY2(m.ask("AT+QIGETERROR").contains("+QIGETERROR: 561,"), m.out.constData());
}

QTEST_GUILESS_MAIN(TestSimErrorCodes)
#include "tst_simerrorcodes.moc"
