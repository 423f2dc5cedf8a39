// SPDX-License-Identifier: MIT
// Which model a module is, from what it says: every model's own answers (as
// the virtual module gives them) name it, real modules' answers quoted in
// the research notes (family-facts.md) name theirs, and text no model prints
// is "unknown".

#include "at/commandengine.h"
#include "link/portprofile.h"
#include "session/modulestatus.h"
#include "link/modelreading.h"
#include "link/modulestack.h"
#include "profile/modelidentification.h"
#include "profile/moduleprofile.h"
#include "sim/simconfig.h"
#include "sim/virtualmodule.h"
#include "transport/ptytransport.h"

#include <QSettings>
#include <QStandardPaths>

#include <QSignalSpy>
#include <QTest>

using namespace bc25;
using profile::ModelIdentification;
using profile::ModuleProfile;

class TestModelIdentity : public QObject
{
    Q_OBJECT

private slots:
    void eachModelsOwnAnswersNameIt_data();
    void eachModelsOwnAnswersNameIt();
    void realModulesAnswersNameTheirModel_data();
    void realModulesAnswersNameTheirModel();
    void textNoModelPrintsIsUnknown_data();
    void textNoModelPrintsIsUnknown();
    void theVirtualModuleIdentifiesAsItsModel_data();
    void theVirtualModuleIdentifiesAsItsModel();
    void theSessionReportsTheModelItIsAndAsksQgmrOnlyOfOneThatHasIt_data();
    void theSessionReportsTheModelItIsAndAsksQgmrOnlyOfOneThatHasIt();
    void theReadingSaysHowTheModelWasDecided();
    void aPortKeepsItsModel();
};

void TestModelIdentity::eachModelsOwnAnswersNameIt_data()
{
    QTest::addColumn<QByteArray>("model");
    for (const QByteArray &id : ModuleProfile::ids())
        QTest::newRow(id.constData()) << id;
}

void TestModelIdentity::eachModelsOwnAnswersNameIt()
{
    QFETCH(QByteArray, model);
    const profile::ModuleIdentity &identity = ModuleProfile::byId(model)->identity();
    QVERIFY(!identity.ati.isEmpty() && !identity.revision.isEmpty());
    QCOMPARE(ModelIdentification::identify(identity.ati, identity.revision, identity.firmware), model);
    QCOMPARE(ModelIdentification::identify(identity.ati), model);                 // ATI alone
    QCOMPARE(ModelIdentification::identify({}, identity.revision), model);        // AT+CGMR alone
    QCOMPARE(ModuleProfile::byId(model)->hasFirmwareRevision(), !identity.firmware.isEmpty());
    if (!identity.firmware.isEmpty())
        QCOMPARE(ModelIdentification::identify({}, {}, identity.firmware), model); // AT+QGMR alone
}

void TestModelIdentity::realModulesAnswersNameTheirModel_data()
{
    QTest::addColumn<QStringList>("ati");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QByteArray>("model");
    // family-facts.md, the sources named in each row.
    QTest::newRow("BC660K-GL ATI, real (markbac/quectel-bc660k-dashboard)")
            << QStringList {"Quectel_Ltd", "Quectel_BC660K-GL", "Revision: BC660KGLAAR01A05"} << QString() << QByteArray("bc660k");
    QTest::newRow("BC660K-GL AT+CGMR, manual 2.4 example")
            << QStringList {} << QStringLiteral("Revision: BC660KGLAAR01A03") << QByteArray("bc660k");
    QTest::newRow("BC66 ATI, real (Wiz-IO issue 17)")
            << QStringList {"Quectel_Ltd", "Quectel_BC66", "Revision: BC66NBR01A10"} << QString() << QByteArray("bc66");
    QTest::newRow("BC66 ATI of Renode's model, its AT+CGMR")
            << QStringList {"Quectel_Ltd", "Quectel_BC66", "Revision: MTK_2625"} << QStringLiteral("Revision: BC66NBR01A01")
            << QByteArray("bc66");
    QTest::newRow("BC66 AT+CGMR alone (Renode)") << QStringList {} << QStringLiteral("Revision: BC66NBR01A01") << QByteArray("bc66");
    QTest::newRow("BG96 ATI, real (TinyGSM issue 157)")
            << QStringList {"Quectel", "BG96", "Revision: BG96MAR02A07M1G"} << QString() << QByteArray("bg96");
    QTest::newRow("BG96 ATI with its echo, real (a QuecOpen README)")
            << QStringList {"ATIQuectel", "BG96", "Revision: BG96MAR03A03M1G"} << QString() << QByteArray("bg96");
    QTest::newRow("BG95-M3 ATI, real (release notes' capture)")
            << QStringList {"Quectel", "BG95-M3", "Revision: BG95M3LAR02A03"} << QString() << QByteArray("bg95");
    QTest::newRow("BG77 ATI (LooUQ LTEm driver's test)")
            << QStringList {"Quectel", "BG77", "Revision: BG77LAR02A04"} << QString() << QByteArray("bg95");
    QTest::newRow("EC200U ATI, real host log")
            << QStringList {"Quectel", "EC200U", "Revision: EC200UCNAAR03A15M08"} << QString() << QByteArray("ec200u");
    QTest::newRow("EC200U revision of a test report")
            << QStringList {"Revision: EC200UEUAAR02A02M08_HJ"} << QString() << QByteArray("ec200u");
    QTest::newRow("EC200U ATI, library summary")
            << QStringList {"Quectel", "EC200U", "Revision: EC200UCNAAR01A04M08"} << QString() << QByteArray("ec200u");
    // One application note for both (EC200U&EG915U Series TCP/IP Application Note V1.1), as the BG77 the BG95's.
    QTest::newRow("EG915U ATI") << QStringList {"Quectel", "EG915U", "Revision: EG915UEUABR03A01M08"} << QString()
                                << QByteArray("ec200u");
    QTest::newRow("EG915U revision alone") << QStringList {} << QStringLiteral("EG915UEUABR03A01M08") << QByteArray("ec200u");
}

void TestModelIdentity::realModulesAnswersNameTheirModel()
{
    QFETCH(QStringList, ati);
    QFETCH(QString, revision);
    QFETCH(QByteArray, model);
    QCOMPARE(ModelIdentification::identify(ati, revision), model);
}

void TestModelIdentity::textNoModelPrintsIsUnknown_data()
{
    QTest::addColumn<QStringList>("ati");
    QTest::addColumn<QString>("revision");
    QTest::newRow("nothing") << QStringList {} << QString();
    QTest::newRow("an EC25") << QStringList {"Quectel", "EC25", "Revision: EC25EFAR06A09M4G"} << QString();
    QTest::newRow("another vendor") << QStringList {"SIMCOM INCORPORATED", "SIM7080", "Revision:1951B04SIM7080"}
                                    << QStringLiteral("Revision:1951B04SIM7080");
    QTest::newRow("a model line inside another") << QStringList {"Quectel_BC66X", "my BG96"} << QString();
    QTest::newRow("only the vendor") << QStringList {"Quectel_Ltd", "Quectel"} << QStringLiteral("Revision: QCX212");
}

void TestModelIdentity::textNoModelPrintsIsUnknown()
{
    QFETCH(QStringList, ati);
    QFETCH(QString, revision);
    QCOMPARE(ModelIdentification::identify(ati, revision), ModelIdentification::Unknown);
}

void TestModelIdentity::theVirtualModuleIdentifiesAsItsModel_data()
{
    eachModelsOwnAnswersNameIt_data();
}

void TestModelIdentity::theVirtualModuleIdentifiesAsItsModel()
{
    QFETCH(QByteArray, model);
    sim::VirtualModule module(ModuleProfile::byId(model), sim::SimConfig {});
    QByteArray out;
    QObject::connect(&module, &sim::VirtualModule::output, [&out](const QByteArray &b) { out += b; });
    module.receive("ATE0\r");
    QTRY_VERIFY(out.contains("OK\r\n"));
    out.clear();
    module.receive("ATI\r");
    QTRY_VERIFY2(out.endsWith("OK\r\n"), out.constData());
    QStringList ati = QString::fromLatin1(out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ati.removeLast(); // OK
    QCOMPARE(ati, ModuleProfile::byId(model)->identity().ati);
    out.clear();
    module.receive("AT+CGMR\r");
    QTRY_VERIFY2(out.endsWith("OK\r\n"), out.constData());
    const QString revision = QString::fromLatin1(out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).constFirst();
    out.clear();
    module.receive("AT+QGMR\r");
    QTRY_VERIFY2(out.endsWith("OK\r\n") || out.contains("ERROR"), out.constData());
    const bool hasFirmware = ModuleProfile::byId(model)->hasFirmwareRevision();
    QCOMPARE(out.contains("ERROR"), !hasFirmware);
    const QString firmware = hasFirmware ? QString::fromLatin1(out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).constFirst()
                                         : QString();
    QCOMPARE(ModelIdentification::identify(ati, revision, firmware), model);
}

void TestModelIdentity::theSessionReportsTheModelItIsAndAsksQgmrOnlyOfOneThatHasIt_data()
{
    QTest::addColumn<QByteArray>("reading");
    QTest::addColumn<QByteArray>("module");
    QTest::addColumn<bool>("asksFirmware");
    QTest::newRow("BC25 reading a BG95") << QByteArray("bc25") << QByteArray("bg95") << true;
    QTest::newRow("BG95 reading a BG96") << QByteArray("bg95") << QByteArray("bg96") << false;
    QTest::newRow("BC25 reading a BC25") << QByteArray("bc25") << QByteArray("bc25") << false;
    QTest::newRow("BC25 reading a BC660K-GL") << QByteArray("bc25") << QByteArray("bc660k") << false;
}

void TestModelIdentity::theSessionReportsTheModelItIsAndAsksQgmrOnlyOfOneThatHasIt()
{
    QFETCH(QByteArray, reading);
    QFETCH(QByteArray, module);
    QFETCH(bool, asksFirmware);
    // A module of one model on a real pty, read by a session of another.
    transport::PtyTransport pty;
    pty.open();
    QVERIFY(pty.isOpen());
    sim::VirtualModule simulated(ModuleProfile::byId(module), sim::SimConfig {});
    simulated.attachTo(&pty);
    link::ModuleStack stack(ModuleProfile::byId(reading));
    QStringList sent;
    QObject::connect(&stack.engine(), &at::CommandEngine::commandStarted,
                     [&sent](quint64, const QByteArray &text, at::Source) { sent << QString::fromLatin1(text); });
    QSignalSpy identified(stack.session().status(), &ModuleStatus::modelIdentified);
    transport::SerialSettings settings;
    settings.portName = pty.slavePath();
    stack.connection().connectSerial(settings);
    QTRY_COMPARE(stack.session().moduleInfo().model, module);
    QTRY_VERIFY(!stack.session().moduleInfo().revision.isEmpty());
    // The session's own reads follow (AT+CSQ …): by then the identity's commands are all written.
    QTRY_VERIFY2(sent.contains(QStringLiteral("AT+CSQ")), qPrintable(sent.join(QLatin1Char(' '))));
    QCOMPARE(sent.contains(QStringLiteral("AT+QGMR")), asksFirmware);
    if (asksFirmware)
        QTRY_COMPARE(stack.session().moduleInfo().firmware, ModuleProfile::byId(module)->identity().firmware);
    QCOMPARE(identified.count(), 1);
    QCOMPARE(identified.constFirst().constFirst().toByteArray(), module);
    // Nothing switched: the session still reads with its own model.
    QCOMPARE(stack.profile().id(), reading);
}

void TestModelIdentity::theReadingSaysHowTheModelWasDecided()
{
    using link::ModelBasis;
    link::ModelReading byDefault(ModuleProfile::bc25(), ModelBasis::Default);
    QCOMPARE(byDefault.text(), QStringLiteral("BC25 (default)"));
    byDefault.setIdentified("bc25");
    QCOMPARE(byDefault.text(), QStringLiteral("BC25 (identified)")); // the module confirmed the default
    QVERIFY(byDefault.offer().isEmpty());
    byDefault.setIdentified("bg96");
    QCOMPARE(byDefault.text(), QStringLiteral("BC25 (default)"));
    QCOMPARE(byDefault.offer(), QByteArray("bg96"));
    QCOMPARE(byDefault.offerText(), QStringLiteral("The module identifies itself as BG96; reading it as BC25."));
    byDefault.setIdentified(ModelIdentification::Unknown);
    QVERIFY(byDefault.offer().isEmpty()); // nothing to offer for text no model prints
    QVERIFY(byDefault.offerText().isEmpty());
    // A module no profile names is never silently the default: its own word is said.
    byDefault.setIdentified(ModelIdentification::Unknown, QStringLiteral("EC21"));
    QCOMPARE(byDefault.text(), QStringLiteral("BC25 (default; the module says EC21)"));
    QVERIFY(byDefault.offer().isEmpty());
    // An EG915U is offered the EC200U's table, which its note covers (adv6 F9).
    byDefault.setIdentified(ModelIdentification::identify({QStringLiteral("Quectel"), QStringLiteral("EG915U")}));
    QCOMPARE(byDefault.offer(), QByteArray("ec200u"));
    QCOMPARE(ModuleProfile::byId("EG915U"), ModuleProfile::byId("ec200u"));

    link::ModelReading chosen(ModuleProfile::byId("bc660k"), ModelBasis::Chosen);
    QCOMPARE(chosen.text(), QStringLiteral("BC660K-GL (chosen)"));
    chosen.setIdentified("bc660k");
    QCOMPARE(chosen.text(), QStringLiteral("BC660K-GL (identified)")); // the module confirms the choice (pass 9 F9)
    chosen.setIdentified("bc66");
    QCOMPARE(chosen.offer(), QByteArray("bc66")); // the user's choice is offered the module's word too
    // Accepted from the module's word on an earlier link: "identified" only while a module says so.
    link::ModelReading accepted(ModuleProfile::byId("bg96"), ModelBasis::Identified);
    QCOMPARE(accepted.text(), QStringLiteral("BG96 (accepted)"));
    accepted.setIdentified("bg96");
    QCOMPARE(accepted.text(), QStringLiteral("BG96 (identified)"));
    accepted.setIdentified({}); // the link gone
    QCOMPARE(accepted.text(), QStringLiteral("BG96 (accepted)"));
    accepted.setIdentified("bc25");
    QCOMPARE(accepted.text(), QStringLiteral("BG96 (accepted)")); // and offered the BC25
    QCOMPARE(accepted.offer(), QByteArray("bc25"));
    accepted.setIdentified(ModelIdentification::Unknown, QStringLiteral("EC21"));
    QCOMPARE(accepted.text(), QStringLiteral("BG96 (accepted; the module now says EC21)"));
    chosen.setIdentified(ModelIdentification::Unknown, QStringLiteral("EC21"));
    QCOMPARE(chosen.text(), QStringLiteral("BC660K-GL (chosen; the module says EC21)"));
}

void TestModelIdentity::aPortKeepsItsModel()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25WorkbenchModelTest"));
    QSettings settings;
    settings.clear();
    using link::PortModel;
    QVERIFY(!PortModel::load(settings, QStringLiteral("/dev/ttyUSB0")).has_value());
    PortModel {"bg96", link::ModelBasis::Identified}.save(settings, QStringLiteral("/dev/ttyUSB0"));
    PortModel {"bc660k", link::ModelBasis::Chosen}.save(settings, QString()); // the virtual module
    QCOMPARE(PortModel::load(settings, QStringLiteral("/dev/ttyUSB0")), (PortModel {"bg96", link::ModelBasis::Identified}));
    QCOMPARE(PortModel::load(settings, QString()), (PortModel {"bc660k", link::ModelBasis::Chosen}));
    QVERIFY(!PortModel::load(settings, QStringLiteral("/dev/ttyUSB1")).has_value());
    // A name no model has (a damaged file, a retired model) is not a choice.
    settings.setValue(link::PortProfile::settingsGroup(QStringLiteral("/dev/ttyUSB1")) + QStringLiteral("/model"),
                      QStringLiteral("bg97"));
    QVERIFY(!PortModel::load(settings, QStringLiteral("/dev/ttyUSB1")).has_value());
    settings.clear();
}

QTEST_GUILESS_MAIN(TestModelIdentity)
#include "tst_modelidentity.moc"
