// SPDX-License-Identifier: MIT
// A citation belongs to the model's profile (NU10): the model's own manual
// and section, or none. Every refusal the catalog words, every terminal hint
// (CommandCatalog::reference) and every F1 "Manual" cell (citedSection) of
// the models whose manual is not the BC25's is walked: none says "manual
// 2.1.x" meaning the BC25&BC32 manual. The BC25 and BC32 keep theirs.

#include "bc25/commandcatalog.h"
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
        // The F1 table's "Manual" cell: the model's own document, or empty.
        const QString cell = CommandCatalog::citedSection(spec);
        QVERIFY2(cell.isEmpty() || cell.startsWith(profile->source()), qPrintable(QString::fromLatin1(spec.name) + u' ' + cell));
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
    // BG96, whose own note's section was not read into the table, not at all.
    const auto ec200u = ModuleProfile::byId("ec200u");
    QCOMPARE(CommandCatalog::citation(*ec200u->spec(CommandId::ContextActivate)),
             QStringLiteral("Quectel EC200U&EG915U Series TCP/IP Application Note V1.1, 2.4.3"));
    const auto bg96 = ModuleProfile::byId("bg96");
    QVERIFY(CommandCatalog::citation(*bg96->spec(CommandId::ContextActivate)).isEmpty());
    QCOMPARE(CommandCatalog::validate(bg96->catalog().parse("AT+QIACT=17")),
             QStringLiteral("AT+QIACT: <contextID> is 17; the manual allows 1-16."));
    // A refusal of a command the BG96 took from the BC25's table cites nothing.
    QCOMPARE(CommandCatalog::validate(bg96->catalog().parse("AT+QIOPEN=1,12,\"TCP\",\"10.0.0.1\",80")),
             QStringLiteral("AT+QIOPEN: <connectID> is 12; the manual allows 0-11."));
}

QTEST_GUILESS_MAIN(TestCitations)
#include "tst_citations.moc"
