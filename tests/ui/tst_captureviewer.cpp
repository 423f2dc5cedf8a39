// SPDX-License-Identifier: MIT
// File → Open capture shows what bc25-decode says of the same file: the
// transactions in the order their commands were written (an AT+QIOPEN that
// waits for its +QIOPEN before the commands behind it), and every damaged
// record skipped, by file and line, with why.

#include "capture/captureformat.h"
#include "dialogs/captureviewer.h"
#include "models/transactionmodel.h"
#include "profile/moduleprofile.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bc25;
using namespace bc25::capture;
using namespace bc25::ui;

class TestCaptureViewer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void transactionsAreInTheOrderWritten();
    void damagedRecordsAreListedWithTheirLineAndWhy();
    void aWholeCaptureListsNoDamage();

private:
    QString write(const QString &name, const QByteArray &contents);
    QTemporaryDir m_dir;
};

void TestCaptureViewer::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*.debug=false\nbc25.*.warning=false"));
}

QString TestCaptureViewer::write(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCaptureViewer::transactionsAreInTheOrderWritten()
{
    // The open's second phase ends after the read: listed in the order written all the same.
    QByteArray file = QByteArray(CaptureFormat::Magic.data(), CaptureFormat::Magic.size()) + '\n';
    const QByteArray open = R"(AT+QIOPEN=1,0,"TCP","10.0.0.1",80,0,0)";
    file += CaptureFormat::formatRecord({1000, CaptureRecord::Direction::Transmit, open + "\r"});
    file += CaptureFormat::formatRecord({1002, CaptureRecord::Direction::Receive, open + "\r\r\nOK\r\n"});
    file += CaptureFormat::formatRecord({1010, CaptureRecord::Direction::Transmit, "AT+CSQ\r"});
    file += CaptureFormat::formatRecord({1012, CaptureRecord::Direction::Receive, "AT+CSQ\r\r\n+CSQ: 22,0\r\n\r\nOK\r\n"});
    file += CaptureFormat::formatRecord({1042, CaptureRecord::Direction::Receive, "\r\n+QIOPEN: 0,0\r\n"});
    CaptureViewer viewer(profile::ModuleProfile::bc25());
    QString error;
    QVERIFY2(viewer.load(write(QStringLiteral("order.bc25cap"), file), &error), qPrintable(error));
    TransactionModel *model = viewer.transactions();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, TransactionModel::Command).data().toString(), QString::fromLatin1(open));
    QCOMPARE(model->index(1, TransactionModel::Command).data().toString(), QStringLiteral("AT+CSQ"));
    QVERIFY(viewer.damagedText().isEmpty());
}

void TestCaptureViewer::damagedRecordsAreListedWithTheirLineAndWhy()
{
    QByteArray file = QByteArray(CaptureFormat::Magic.data(), CaptureFormat::Magic.size()) + '\n';
    file += "1000 RX \\r\\n+QIURC: \"recv\",0,5\\r\\nhel\n";
    file += "1001 RX lo\\r\\n\\q\n"; // line 3: an escape the format never writes
    file += "garbage\n";             // line 4: no time
    file += "1002 RX \\r\\nRDY\\r\\n\n";
    CaptureViewer viewer(profile::ModuleProfile::bc25());
    QString error;
    QVERIFY2(viewer.load(write(QStringLiteral("damaged.bc25cap"), file), &error), qPrintable(error));
    const QStringList lines = viewer.damagedText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("damaged.bc25cap:3: damaged record: ")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("damaged.bc25cap:4: damaged record: ")), qPrintable(lines.at(1)));
    auto *tabs = viewer.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QVERIFY(tabs->tabText(tabs->count() - 1).contains(QLatin1String("Damaged records (2)")));
}

void TestCaptureViewer::aWholeCaptureListsNoDamage()
{
    QByteArray file = QByteArray(CaptureFormat::Magic.data(), CaptureFormat::Magic.size()) + '\n';
    file += CaptureFormat::formatRecord({1000, CaptureRecord::Direction::Receive, "\r\nRDY\r\n"});
    CaptureViewer viewer(profile::ModuleProfile::bc25());
    QString error;
    QVERIFY(viewer.load(write(QStringLiteral("whole.bc25cap"), file), &error));
    QVERIFY(viewer.damagedText().isEmpty());
    auto *tabs = viewer.findChild<QTabWidget *>();
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY(!tabs->tabText(i).contains(QLatin1String("Damaged")));
}

QTEST_MAIN(TestCaptureViewer)
#include "tst_captureviewer.moc"
