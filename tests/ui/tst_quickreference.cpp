// SPDX-License-Identifier: MIT
// The quick reference (F1): the commands, the error codes and the unsolicited
// lines, each table from its one source (the catalog, ErrorCodes,
// UrcDescription); one search across the three, the page with a match brought
// forward; the pane that shows the selected row's whole entry.

#include "bc25/commandcatalog.h"
#include "profile/moduleprofile.h"
#include "bc25/errorcodes.h"
#include "bc25/urcdescription.h"
#include "dialogs/quickreference.h"
#include "help/referencetables.h"
#include "health/healthsettingsform.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace bc25;
using namespace bc25::ui;

class TestQuickReference : public QObject
{
    Q_OBJECT

private slots:
    void searchFindsWhatIsOnAnyPage_data();
    void searchFindsWhatIsOnAnyPage();
    void basicCommandsAnswerWithoutAPrefix();
    void everyErrorCodeOfTheManualIsListed();
    void everyUrcExampleIsOneTheLogExplains();
    void onlyTheUrcTypesTheModelPrintsAreListed();
    void detailPaneShowsTheWholeEntry();
    void modelsPassTheTester();
    void anExactHitBringsItsPageForward();
    void everyRowNamesItsManualSection();
    void aSectionInWordsIsTranslated();
    void otherModelsRowsCiteNoBc25Section_data();
    void otherModelsRowsCiteNoBc25Section();
    void theHealthFormSpeaksOfTheModelsCommands();
};

void TestQuickReference::searchFindsWhatIsOnAnyPage_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("detail");
    QTest::newRow("an error code") << QStringLiteral("566") << int(QuickReference::ErrorCodes)
                                   << QStringLiteral("Socket connect failed");
    QTest::newRow("a URC type") << QStringLiteral("incoming full") << int(QuickReference::Urcs)
                                << QStringLiteral("An incoming connection was refused");
    QTest::newRow("a ping result") << QStringLiteral("PING_TIMEOUT") << int(QuickReference::ErrorCodes)
                                   << QStringLiteral("Request timed out");
    QTest::newRow("buffer full") << QStringLiteral("buff full") << int(QuickReference::Urcs)
                                 << QStringLiteral("read it with AT+QIRD");
    QTest::newRow("a command") << QStringLiteral("QICLOSE") << int(QuickReference::Commands)
                               << QStringLiteral("AT+QICLOSE=<connectID>");
}

void TestQuickReference::searchFindsWhatIsOnAnyPage()
{
    QFETCH(QString, search);
    QFETCH(int, page);
    QFETCH(QString, detail);
    QuickReference reference(*profile::ModuleProfile::bc25());
    reference.setSearch(search);
    QCOMPARE(reference.pages()->currentIndex(), page);
    QVERIFY(reference.view(QuickReference::Page(page))->model()->rowCount() >= 1);
    QVERIFY2(reference.detailText().contains(detail), qPrintable(reference.detailText()));
    // The tab says how many rows match.
    QVERIFY2(reference.pages()->tabText(page).contains(QLatin1Char('(')), qPrintable(reference.pages()->tabText(page)));
    reference.setSearch(QStringLiteral("no such thing anywhere"));
    QCOMPARE(reference.detailText(), QStringLiteral("Nothing matches."));
}

void TestQuickReference::basicCommandsAnswerWithoutAPrefix()
{
    // ATE and ATI print no "+E:" or "+I:" (V.250): ATI answers text lines.
    QCOMPARE(CommandCatalog::answers(bc25::profile::ModuleProfile::bc25()->catalog().spec(CommandId::Echo)), QStringList {QStringLiteral("OK or ERROR only")});
    QCOMPARE(CommandCatalog::answers(bc25::profile::ModuleProfile::bc25()->catalog().spec(CommandId::Identify)), QStringList {QStringLiteral("text lines")});
    QVERIFY(CommandCatalog::answers(bc25::profile::ModuleProfile::bc25()->catalog().spec(CommandId::Open)).contains(QStringLiteral("+QIOPEN:")));
    QVERIFY(CommandCatalog::answers(bc25::profile::ModuleProfile::bc25()->catalog().spec(CommandId::Send)).contains(QStringLiteral("SEND OK")));
    QuickReference reference(*profile::ModuleProfile::bc25());
    const QAbstractItemModel *commands = reference.view()->model();
    for (int row = 0; row < commands->rowCount(); ++row) {
        const QString answer = commands->index(row, QuickReference::Answer).data().toString();
        QVERIFY2(!answer.contains(QLatin1String("+E:")) && !answer.contains(QLatin1String("+I:")), qPrintable(answer));
    }
}

void TestQuickReference::everyErrorCodeOfTheManualIsListed()
{
    QuickReference reference(*profile::ModuleProfile::bc25());
    const QAbstractItemModel *codes = reference.view(QuickReference::ErrorCodes)->model();
    QStringList listed;
    for (int row = 0; row < codes->rowCount(); ++row)
        listed << codes->index(row, ReferenceTables::Code).data().toString();
    // manual chapter 3, Table 1: 0 and 550-574
    QVERIFY(listed.contains(QStringLiteral("0")));
    for (int code = ErrorCodes::FirstTcpIpError; code <= ErrorCodes::LastTcpIpError; ++code)
        QVERIFY2(listed.contains(QString::number(code)), qPrintable(QString::number(code)));
    QCOMPARE(codes->rowCount(), int(ErrorCodes::tcpIpCodes().size() + ErrorCodes::pingResults().size()
                                    + ErrorCodes::cmeCodes().size()));
}

void TestQuickReference::everyUrcExampleIsOneTheLogExplains()
{
    const QList<UrcDescription::Reference> entries = UrcDescription::reference();
    QVERIFY(entries.size() >= 9);
    for (const UrcDescription::Reference &entry : entries) {
        const UrcDescription said = UrcDescription::describe(at::ResultLine::parse(entry.example));
        QVERIFY2(!said.meaning.isEmpty() && !said.meaning.contains(QLatin1String("Unknown")), entry.example.constData());
        QVERIFY(!entry.meaning.isEmpty());
    }
}

// New-user pass 10 (EN F3): F1 listed +QIURC: "pdpdeact" for a BC25, whose
// manual has no such type and whose log marks the line as unexpected.
void TestQuickReference::onlyTheUrcTypesTheModelPrintsAreListed()
{
    const auto listed = [](const QByteArray &model, const QString &syntax) {
        std::unique_ptr<QStandardItemModel> urcs(ui::ReferenceTables::urcs(*profile::ModuleProfile::byId(model), nullptr));
        for (int row = 0; row < urcs->rowCount(); ++row) {
            if (urcs->index(row, 0).data().toString().startsWith(syntax))
                return true;
        }
        return false;
    };
    QVERIFY(!listed("bc25", QStringLiteral("+QIURC: \"pdpdeact\"")));
    QVERIFY(listed("bg96", QStringLiteral("+QIURC: \"pdpdeact\"")));
    QVERIFY(listed("bc25", QStringLiteral("+QIURC: \"closed\"")));
    QVERIFY(listed("bc25", QStringLiteral("CLOSE OK")));
}

void TestQuickReference::detailPaneShowsTheWholeEntry()
{
    QuickReference reference(*profile::ModuleProfile::bc25());
    reference.resize(1152, 648); // 90 % of a 1280×720 laptop
    reference.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reference));
    reference.setSearch(QStringLiteral("AT+QIOPEN"));
    QTableView *view = reference.view();
    QCOMPARE(view->model()->rowCount(), 1);
    // The syntax column is narrower than QIOPEN's syntax: the pane has all of it.
    const QString syntax = view->model()->index(0, QuickReference::Syntax).data().toString();
    QVERIFY(view->columnWidth(QuickReference::Syntax) <= reference.width() / 5);
    // The widest column keeps room for its words (it was squeezed to an ellipsis).
    QVERIFY(view->columnWidth(QuickReference::Parameters) >= 150);
    for (const QString &line : syntax.split(QLatin1Char('\n')))
        QVERIFY2(reference.detailText().contains(line), qPrintable(line));
    QVERIFY(reference.detailText().contains(QStringLiteral("<remote_port>")));
    QVERIFY(reference.detailText().contains(QStringLiteral("2.1.1")));
    // Another row selected: the pane follows.
    reference.setSearch(QString());
    view->setCurrentIndex(view->model()->index(1, 0));
    QVERIFY(reference.detailText().contains(view->model()->index(1, QuickReference::Command).data().toString()));
}

void TestQuickReference::modelsPassTheTester()
{
    QuickReference reference(*profile::ModuleProfile::bc25());
    for (int page = 0; page < QuickReference::PageCount; ++page) {
        QAbstractItemModelTester tester(reference.view(QuickReference::Page(page))->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        reference.setSearch(QStringLiteral("socket"));
        reference.setSearch(QString());
    }
}

// From the URCs (after "incoming full"), 566 is an error code: its page comes
// forward though a URC's example mentions it. Without an exact hit the page
// in view stays while it has matches.
void TestQuickReference::anExactHitBringsItsPageForward()
{
    QuickReference reference(*profile::ModuleProfile::bc25());
    reference.setSearch(QStringLiteral("incoming full"));
    QCOMPARE(reference.pages()->currentIndex(), int(QuickReference::Urcs));
    reference.setSearch(QStringLiteral("566"));
    QCOMPARE(reference.pages()->currentIndex(), int(QuickReference::ErrorCodes));
    QVERIFY2(reference.detailText().contains(QLatin1String("Socket connect failed")), qPrintable(reference.detailText()));
    reference.setSearch(QStringLiteral("+QIOPEN"));
    QCOMPARE(reference.pages()->currentIndex(), int(QuickReference::Commands));
    reference.pages()->setCurrentIndex(QuickReference::Urcs);
    reference.setSearch(QStringLiteral("socket")); // on every page, no name: the page stays
    QCOMPARE(reference.pages()->currentIndex(), int(QuickReference::Urcs));
}

void TestQuickReference::everyRowNamesItsManualSection()
{
    QuickReference reference(*profile::ModuleProfile::bc25());
    const int manualColumn[QuickReference::PageCount] = {ReferenceTables::Section, ReferenceTables::Table,
                                                          ReferenceTables::UrcSection};
    for (int page = 0; page < QuickReference::PageCount; ++page) {
        const QAbstractItemModel *model = reference.view(QuickReference::Page(page))->model();
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY2(!model->index(row, manualColumn[page]).data().toString().isEmpty(),
                     qPrintable(model->index(row, 0).data().toString()));
    }
}

namespace {

// A translation that marks every URC text it is asked for.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QLatin1String(context) != QLatin1String("bc25::UrcDescription"))
            return {};
        return QStringLiteral("[T] ") + QString::fromUtf8(source);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// F1 → URCs' Manual column in words ("2.2 (the form; this type is not
// listed)") goes through the translation (new-user pass 8, zh_CN F1).
void TestQuickReference::aSectionInWordsIsTranslated()
{
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QStringList sections;
    for (const UrcDescription::Reference &entry : UrcDescription::reference())
        sections << entry.section;
    QCoreApplication::removeTranslator(&marking);
    QVERIFY2(sections.contains(QStringLiteral("[T] 2.2 (the form; this type is not listed)")), qPrintable(sections.join(QLatin1Char('|'))));
    for (const QString &section : std::as_const(sections)) {
        // Words are wrapped for translation, every one of them.
        if (section.contains(QRegularExpression(QStringLiteral("[a-z]{3}"))))
            QVERIFY2(section.startsWith(QLatin1String("[T] ")), qPrintable(section));
    }
}

void TestQuickReference::otherModelsRowsCiteNoBc25Section_data()
{
    QTest::addColumn<QByteArray>("model");
    for (const QByteArray &id : {QByteArray("bg96"), QByteArray("bg95"), QByteArray("ec200u"), QByteArray("bc660k"), QByteArray("bc66")})
        QTest::newRow(id.constData()) << id;
}

// NU10: F1 on another model cites its own manual's section or none, never
// the BC25 manual's ("2.1.1", "manual 3, Table 1", "2.2.1").
void TestQuickReference::otherModelsRowsCiteNoBc25Section()
{
    QFETCH(QByteArray, model);
    const auto profile = profile::ModuleProfile::byId(model);
    QuickReference reference(*profile);
    const int manualColumn[QuickReference::PageCount] = {ReferenceTables::Section, ReferenceTables::Table,
                                                          ReferenceTables::UrcSection};
    const QRegularExpression bc25Section(QStringLiteral("^[0-9]+\\.[0-9]|\\bmanual [0-9]")); // "2.1.1", "manual 3, Table 1"
    int rows = 0;
    for (int page = 0; page < QuickReference::PageCount; ++page) {
        const QAbstractItemModel *table = reference.view(QuickReference::Page(page))->model();
        for (int row = 0; row < table->rowCount(); ++row, ++rows) {
            const QString cell = table->index(row, manualColumn[page]).data().toString();
            QVERIFY2(!cell.contains(bc25Section) || cell.startsWith(profile->source()),
                     qPrintable(table->index(row, 0).data().toString() + QLatin1String(": ") + cell));
        }
    }
    QVERIFY(rows > 50);
}

// The health check's fields named the BC25's commands and manual sections on
// every model (AT+QNTTP and "manual 2.1.9" on a BG96, whose NTP is AT+QNTP).
void TestQuickReference::theHealthFormSpeaksOfTheModelsCommands()
{
    const auto tipOf = [](const HealthSettingsForm &form, const char *name) {
        return form.findChild<QLineEdit *>(QLatin1String(name))->toolTip();
    };
    const HealthSettingsForm bc25(*profile::ModuleProfile::bc25());
    QCOMPARE(tipOf(bc25, "health.ntpServer"), QStringLiteral("The server AT+QNTTP asks for the time (manual 2.1.9)."));
    QCOMPARE(tipOf(bc25, "health.dnsHost"), QStringLiteral("A name AT+QIDNSGIP looks up, 1–253 characters (manual 2.1.10)."));

    const HealthSettingsForm bg96(*profile::ModuleProfile::byId("bg96"));
    QVERIFY2(tipOf(bg96, "health.ntpServer").startsWith(QStringLiteral("The server AT+QNTP asks")), qPrintable(tipOf(bg96, "health.ntpServer")));
    const QRegularExpression bc25Section(QStringLiteral("manual \\d"));
    for (const QWidget *field : bg96.findChildren<QWidget *>())
        QVERIFY2(!field->toolTip().contains(bc25Section), qPrintable(field->toolTip()));
    for (const QLabel *label : bg96.findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(bc25Section), qPrintable(label->text()));
}

QTEST_MAIN(TestQuickReference)
#include "tst_quickreference.moc"
