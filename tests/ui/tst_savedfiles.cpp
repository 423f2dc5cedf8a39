// SPDX-License-Identifier: MIT
// What the workbench saves from its panels — a recipe, the quick commands, a
// health report (HTML and JSON), a table exported as CSV — is written whole or
// not at all: when the disk takes no more (here a file size limit of 0 bytes,
// the kernel's EFBIG as on a full disk), the save says why and the file saved
// before is left as it was. On Qt 6.4 QSaveFile::commit() and QFile's close
// flush a small file's bytes without looking at the error: the file was left
// empty and the save reported done.

#include "health/healthreportfiles.h"
#include "quick/quickcommandstore.h"
#include "recipes/recipestore.h"
#include "tabletext.h"

#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace bc25;
using namespace bc25::ui;

namespace {

// While it lives, no file of the process grows past `bytes`; writes past it
// fail with EFBIG (SIGXFSZ ignored, as `trap '' XFSZ` in a shell).
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_before);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_before;
        limit.rlim_cur = bytes;
        m_set = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_before);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    [[nodiscard]] bool isSet() const { return m_set; }

private:
    rlimit m_before {};
    void (*m_handler)(int) = nullptr;
    bool m_set = false;
};

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(cannot read)");
}

} // namespace

class TestSavedFiles : public QObject
{
    Q_OBJECT

private slots:
    void aRecipeNotSavedSaysSoAndKeepsTheOldOne();
    void quickCommandsNotSavedSayWhyAndKeepTheOldFile();
    void aHealthReportNotWrittenSaysSo();
    void anExportedTableNotWrittenSaysSo();

private:
    QTemporaryDir m_dir;
};

void TestSavedFiles::aRecipeNotSavedSaysSoAndKeepsTheOldOne()
{
    const QString path = m_dir.filePath(QStringLiteral("recipes/attach.lua"));
    const QByteArray before = "-- the recipe as it was\nat.send('AT')\n";
    QCOMPARE(RecipeStore::save(path, before), QString());
    QString error;
    {
        const FileSizeLimit limit(0);
        QVERIFY(limit.isSet());
        error = RecipeStore::save(path, "-- edited\nat.send('ATI')\n");
    }
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("large"), Qt::CaseInsensitive), qPrintable(error)); // "File too large"
    QCOMPARE(contentsOf(path), before);
}

void TestSavedFiles::quickCommandsNotSavedSayWhyAndKeepTheOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("quick-commands.json"));
    QuickCommandStore store;
    QVERIFY(store.add({QuickCommandStore::starterGroup()}));
    QCOMPARE(store.save(path), QString());
    const QByteArray before = contentsOf(path);
    QVERIFY(before.contains("AT+CSQ"));

    store.groups().first().commands.append({QStringLiteral("Version"), QStringLiteral("AT+CGMR")});
    QString error;
    QString exportError;
    {
        const FileSizeLimit limit(0);
        QVERIFY(limit.isSet());
        error = store.save(path);
        exportError = store.exportFile(m_dir.filePath(QStringLiteral("export.txt")));
    }
    QVERIFY2(error.contains(QStringLiteral("large"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(!exportError.isEmpty(), "an export the disk did not take is said");
    QCOMPARE(contentsOf(path), before);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("export.txt"))));
}

void TestSavedFiles::aHealthReportNotWrittenSaysSo()
{
    const QString html = m_dir.filePath(QStringLiteral("report.html"));
    HealthReportFiles::Run run;
    run.ended = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    QCOMPARE(HealthReportFiles::write(html, run, false), QString());
    const QByteArray htmlBefore = contentsOf(html);
    const QByteArray jsonBefore = contentsOf(HealthReportFiles::jsonPathFor(html));
    QVERIFY(htmlBefore.contains("<html"));
    QVERIFY(jsonBefore.startsWith('{'));

    run.ended = run.ended.addSecs(60);
    QString error;
    {
        const FileSizeLimit limit(0);
        QVERIFY(limit.isSet());
        error = HealthReportFiles::write(html, run, false);
    }
    QVERIFY2(error.contains(html) && error.contains(QStringLiteral("large"), Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(contentsOf(html), htmlBefore);
    QCOMPARE(contentsOf(HealthReportFiles::jsonPathFor(html)), jsonBefore);
}

void TestSavedFiles::anExportedTableNotWrittenSaysSo()
{
    QStandardItemModel model(2, 2);
    model.setItem(0, 0, new QStandardItem(QStringLiteral("套接字 0")));
    model.setItem(1, 1, new QStandardItem(QStringLiteral("TCP")));
    const QString path = m_dir.filePath(QStringLiteral("table.csv"));
    QCOMPARE(TableText::write(path, &model), 2);
    const QByteArray before = contentsOf(path);
    QVERIFY(before.startsWith("\xEF\xBB\xBF")); // the byte order mark spreadsheets need
    QVERIFY(before.contains("套接字 0"));

    model.item(1, 1)->setText(QStringLiteral("UDP"));
    QString error;
    int rows = 0;
    {
        const FileSizeLimit limit(0);
        QVERIFY(limit.isSet());
        rows = TableText::write(path, &model, &error);
    }
    QCOMPARE(rows, -1);
    QVERIFY2(error.contains(QStringLiteral("large"), Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(contentsOf(path), before);
}

QTEST_MAIN(TestSavedFiles)
#include "tst_savedfiles.moc"
