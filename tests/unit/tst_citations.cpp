// SPDX-License-Identifier: MIT
// A citation belongs to the model's profile (NU10): the model's own manual
// and section, or none. Every refusal the catalog words, every terminal hint
// (CommandCatalog::reference) and every F1 "Manual" cell (citedSection) of
// the models whose manual is not the BC25's is walked: none says "manual
// 2.1.x" meaning the BC25&BC32 manual. The BC25 and BC32 keep theirs.

#include "bc25/commandcatalog.h"
#include "profile/manualcitation.h"
#include "profile/moduleprofile.h"

#include <QRegularExpression>
#include <QTest>

using namespace bc25;
using profile::ModuleProfile;

namespace {

// "manual 2.1.4", "manual 27.007 9.1", "manual BC25 AT 4.5": a bare manual
// section. "the manual allows 0-4" (the model's range) is not a citation.
const QRegularExpression &bareManualSection()
{
    static const QRegularExpression pattern(QStringLiteral("\\bmanual [0-9A-Z]"));
    return pattern;
}

// Every line a model's catalog refuses for each command: each form it lacks,
// its write form with too many values and with each value out of any range.
QStringList refusalsOf(const ModuleProfile &profile)
{
    QStringList refusals;
    const CommandCatalog &catalog = profile.catalog();
    for (const CommandSpec &spec : profile.commands()) {
        const QByteArray command = spec.commandText();
        for (const QByteArray &form : {QByteArray("=?"), QByteArray("?"), QByteArray()})
            refusals << CommandCatalog::validate(catalog.parse(command + form));
        int most = 0;
        for (const Signature &signature : spec.writeSignatures)
            most = qMax(most, int(signature.parameters.size()));
        QByteArrayList values(most + 3, "99999");
        refusals << CommandCatalog::validate(catalog.parse(command + '=' + values.join(',')));
        for (int i = 0; i < most; ++i) {
            QByteArrayList one(most, "1");
            one[i] = "\"\"";
            refusals << CommandCatalog::validate(catalog.parse(command + '=' + one.join(',')));
            one[i] = "-7";
            refusals << CommandCatalog::validate(catalog.parse(command + '=' + one.join(',')));
        }
    }
    refusals.removeAll(QString());
    return refusals;
}

// The basic commands' standards, which every model follows.
bool isStandard(const QString &citation)
{
    return citation.startsWith(QLatin1String("3GPP TS 27.007 ")) || citation.startsWith(QLatin1String("ITU-T V.250"));
}

} // namespace

class TestCitations : public QObject
{
    Q_OBJECT

private slots:
    void otherModelsCiteNoBc25Section_data();
    void otherModelsCiteNoBc25Section();
    void theBc25AndBc32CiteTheirManual_data();
    void theBc25AndBc32CiteTheirManual();
    void aSectionIsCitedByTheModelWhoseNoteItIs();
    void everyCommandCitesItsSectionOrSaysItWasNotRead_data();
    void everyCommandCitesItsSectionOrSaysItWasNotRead();
    void aRowCitesItsSectionForTheCommandsItChanges_data();
    void aRowCitesItsSectionForTheCommandsItChanges();
};

void TestCitations::otherModelsCiteNoBc25Section_data()
{
    QTest::addColumn<QByteArray>("model");
    for (const QByteArray &id : ModuleProfile::ids()) {
        if (ModuleProfile::byId(id)->source() != ModuleProfile::bc25()->source())
            QTest::newRow(id.constData()) << id;
    }
}

void TestCitations::otherModelsCiteNoBc25Section()
{
    QFETCH(QByteArray, model);
    const auto profile = ModuleProfile::byId(model);
    const QStringList refusals = refusalsOf(*profile);
    QVERIFY(refusals.size() > 100); // the walk reached the refusals
    for (const QString &refusal : refusals)
        QVERIFY2(!refusal.contains(bareManualSection()), qPrintable(refusal));
    for (const CommandSpec &spec : profile->commands()) {
        const QString hint = CommandCatalog::reference(spec);
        QVERIFY2(!hint.contains(bareManualSection()), qPrintable(hint));
        // The citation: the model's own document, a standard, or nothing.
        const QString cell = CommandCatalog::citedSection(spec);
        QVERIFY2(cell.isEmpty() || cell.startsWith(profile->source()) || isStandard(cell),
                 qPrintable(QString::fromLatin1(spec.name) + u' ' + cell));
        QCOMPARE(CommandCatalog::citation(spec).isEmpty(), cell.isEmpty());
    }
}

void TestCitations::theBc25AndBc32CiteTheirManual_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::newRow("bc25") << QByteArray("bc25");
    QTest::newRow("bc32") << QByteArray("bc32");
}

void TestCitations::theBc25AndBc32CiteTheirManual()
{
    QFETCH(QByteArray, model);
    const auto profile = ModuleProfile::byId(model);
    const CommandCatalog &catalog = profile->catalog();
    QCOMPARE(CommandCatalog::validate(catalog.parse("AT+QIOPEN=1,6,\"TCP\",\"10.0.0.1\",80")),
             QStringLiteral("AT+QIOPEN: <connectID> is 6; the manual allows 0-5. (manual 2.1.1)"));
    QCOMPARE(CommandCatalog::citation(*profile->spec(CommandId::Send)), QStringLiteral("manual 2.1.4"));
    QCOMPARE(CommandCatalog::citedSection(*profile->spec(CommandId::Send)), QStringLiteral("2.1.4"));
    QVERIFY(CommandCatalog::reference(*profile->spec(CommandId::Close)).contains(QStringLiteral("manual 2.1.2: ")));
}

void TestCitations::aSectionIsCitedByTheModelWhoseNoteItIs()
{
    // AT+QIACT's words are the EC200U note's (2.4.3): cited there, and on the
    // BG96, whose own note's section was not read into the table, not at all:
    // its F1 cell says so.
    const auto ec200u = ModuleProfile::byId("ec200u");
    QCOMPARE(CommandCatalog::citation(*ec200u->spec(CommandId::ContextActivate)),
             QStringLiteral("Quectel EC200U&EG915U Series TCP/IP Application Note V1.1, 2.4.3"));
    const auto bg96 = ModuleProfile::byId("bg96");
    QVERIFY(CommandCatalog::citation(*bg96->spec(CommandId::ContextActivate)).isEmpty());
    QCOMPARE(profile::manualCell(*bg96, *bg96->spec(CommandId::ContextActivate)),
             QStringLiteral("BG96 manual: section not read"));
    QCOMPARE(CommandCatalog::validate(bg96->catalog().parse("AT+QIACT=17")),
             QStringLiteral("AT+QIACT: <contextID> is 17; the manual allows 1-16."));
    // A refusal of a command the BG96's table changed cites the BG96 note's section.
    QCOMPARE(CommandCatalog::validate(bg96->catalog().parse("AT+QIOPEN=1,12,\"TCP\",\"10.0.0.1\",80")),
             QStringLiteral("AT+QIOPEN: <connectID> is 12; the manual allows 0-11. "
                            "(Quectel BG96 TCP/IP Application Note V1.2, 2.2.4)"));
}

void TestCitations::everyCommandCitesItsSectionOrSaysItWasNotRead_data()
{
    QTest::addColumn<QByteArray>("model");
    for (const QByteArray &id : ModuleProfile::ids())
        QTest::newRow(id.constData()) << id;
}

// F1's Manual column on every model: each command's section of the model's own
// manual (or the standard of a basic command), else words saying it was not
// read; never an empty cell, never a section of another model's manual.
void TestCitations::everyCommandCitesItsSectionOrSaysItWasNotRead()
{
    QFETCH(QByteArray, model);
    const auto profile = ModuleProfile::byId(model);
    QStringList otherManuals;
    for (const QByteArray &id : ModuleProfile::ids()) {
        if (ModuleProfile::byId(id)->source() != profile->source())
            otherManuals << ModuleProfile::byId(id)->source();
    }
    const QString notRead = profile->name() + QStringLiteral(" manual: section not read");
    for (const CommandSpec &spec : profile->commands()) {
        const QString cell = profile::manualCell(*profile, spec);
        const QString what = QString::fromLatin1(spec.name) + QLatin1String(": ") + cell;
        QVERIFY2(!cell.isEmpty(), qPrintable(what));
        const bool own = profile->hasTheBc25Manual() ? !cell.startsWith(QLatin1String("Quectel"))
                                                     : cell.startsWith(profile->source() + QLatin1String(", "));
        QVERIFY2(own || isStandard(cell) || cell == notRead, qPrintable(what));
        for (const QString &other : otherManuals)
            QVERIFY2(!cell.contains(other), qPrintable(what));
    }
}

void TestCitations::aRowCitesItsSectionForTheCommandsItChanges_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<int>("command");
    QTest::addColumn<QString>("section");
    const QString bg96 = QStringLiteral("Quectel BG96 TCP/IP Application Note V1.2, ");
    const QString bg95 = QStringLiteral("Quectel BG95&BG77&BG600L Series TCP/IP Application Note V1.1, ");
    const QString ec200u = QStringLiteral("Quectel EC200U&EG915U Series TCP/IP Application Note V1.1, ");
    auto row = [](const char *name, const char *model, CommandId id, const QString &section) {
        QTest::newRow(name) << QByteArray(model) << int(id) << section;
    };
    // The rows' own sections (lteSocketDifferences), each where the model's note writes it.
    row("BG96 AT+QIOPEN", "bg96", CommandId::Open, bg96 + QLatin1String("2.2.4"));
    row("BG96 AT+QICLOSE", "bg96", CommandId::Close, bg96 + QLatin1String("2.2.5"));
    row("BG96 AT+QISTATE", "bg96", CommandId::State, bg96 + QLatin1String("2.2.6"));
    row("BG96 AT+QIRD", "bg96", CommandId::Read, bg96 + QLatin1String("2.2.8"));
    row("BG96 AT+QPING", "bg96", CommandId::Ping, bg96 + QLatin1String("2.2.11"));
    row("BG96 AT+QNTP", "bg96", CommandId::Ntp, bg96 + QLatin1String("2.2.12"));
    row("BG95 AT+QIOPEN", "bg95", CommandId::Open, bg95 + QLatin1String("2.3.4"));
    row("BG95 AT+QISENDEX", "bg95", CommandId::SendHex, bg95 + QLatin1String("2.3.9"));
    row("BG95 AT+QISWTMD (kept)", "bg95", CommandId::SwitchMode, bg95 + QLatin1String("2.3.10"));
    row("EC200U AT+QICLOSE", "ec200u", CommandId::Close, ec200u + QLatin1String("2.4.8"));
    row("EC200U AT+QIDNSCFG", "ec200u", CommandId::DnsServers, ec200u + QLatin1String("2.4.16"));
    row("EC200U AT+QICFG (kept)", "ec200u", CommandId::Config, ec200u + QLatin1String("2.4.1"));
    row("EC200U AT+QISWTMD (kept)", "ec200u", CommandId::SwitchMode, ec200u + QLatin1String("2.4.13"));
    row("EC200U AT+QIDNSGIP (kept)", "ec200u", CommandId::DnsLookup, ec200u + QLatin1String("2.4.17"));
    row("EC200U AT+QIGETERROR (kept)", "ec200u", CommandId::LastError, ec200u + QLatin1String("2.4.19"));
    row("BC660K AT+QNTP", "bc660k", CommandId::Ntp,
        QStringLiteral("Quectel BC660K-GL&BC950K-GL AT Commands Manual V1.4, 14.1 Table 2"));
    // A row read in a driver, not in the model's manual, cites nothing.
    row("BC660K AT+QIOPEN (a driver's row)", "bc660k", CommandId::Open, QStringLiteral("BC660K-GL manual: section not read"));
    row("BC66 AT+QIOPEN (a driver's row)", "bc66", CommandId::Open, QStringLiteral("BC66 manual: section not read"));
    row("BG96 AT+CSQ (the standard)", "bg96", CommandId::SignalQuality, QStringLiteral("3GPP TS 27.007 8.5"));
}

void TestCitations::aRowCitesItsSectionForTheCommandsItChanges()
{
    QFETCH(QByteArray, model);
    QFETCH(int, command);
    QFETCH(QString, section);
    const auto profile = ModuleProfile::byId(model);
    QCOMPARE(profile::manualCell(*profile, *profile->spec(CommandId(command))), section);
}

QTEST_GUILESS_MAIN(TestCitations)
#include "tst_citations.moc"
