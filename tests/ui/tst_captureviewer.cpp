// SPDX-License-Identifier: MIT
// File → Open capture shows what bc25-decode says of the same file: the
// transactions in the order their commands were written (an AT+QIOPEN that
// waits for its +QIOPEN before the commands behind it), and every damaged
// record skipped, by file and line, with why.

#include "capture/captureformat.h"
#include "dialogs/captureviewer.h"
#include "models/trafficmodel.h"
#include "models/transactionmodel.h"
#include "profile/moduleprofile.h"

#include <QBrush>
#include <QColor>
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
    void itReadsWithTheHeadersModelAndMarksDrift_data();
    void itReadsWithTheHeadersModelAndMarksDrift();
    void aHeaderNamingTwoModelsIsRefused();

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

void TestCaptureViewer::itReadsWithTheHeadersModelAndMarksDrift_data()
{
    QTest::addColumn<QByteArray>("header"); // the "# model=" line, or none
    QTest::addColumn<bool>("byteByByte");   // the module's output a record per byte
    QTest::addColumn<QString>("model");     // the model it is read with, as the viewer says it
    QTest::addColumn<bool>("drift");
    // BG96 AN 2.2.6: +QISTATE has 10 fields; BC25 manual 2.1.3: 8.
    QTest::newRow("bg96 in the header") << QByteArray("# model=bg96\n") << false << QStringLiteral("BG96 (from the capture's header)") << false;
    QTest::newRow("bg96, byte by byte") << QByteArray("# model=bg96\n") << true << QStringLiteral("BG96 (from the capture's header)") << false;
    QTest::newRow("no model") << QByteArray() << false << QStringLiteral("BC25 (no model in the header)") << true;
    QTest::newRow("no model, byte by byte") << QByteArray() << true << QStringLiteral("BC25 (no model in the header)") << true;
}

// Issue 17: the viewer read every capture with the window's model, named
// none, and left the traffic's drift unmarked. It reads with the header's
// model (a capture naming none is a BC25's), says so over its tabs, and its
// traffic marks a line the model does not expect as the terminal does.
void TestCaptureViewer::itReadsWithTheHeadersModelAndMarksDrift()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, byteByByte);
    QFETCH(QString, model);
    QFETCH(bool, drift);
    const QByteArray state = "+QISTATE: 0,\"TCP\",\"220.180.239.212\",8009,65514,2,1,0,0,\"usbmodem\"";
    const QByteArray answer = "AT+QISTATE=1,0\r\r\n" + state + "\r\n\r\nOK\r\n";
    QByteArray file = QByteArray(CaptureFormat::Magic.data(), CaptureFormat::Magic.size()) + '\n' + header;
    file += CaptureFormat::formatRecord({1000, CaptureRecord::Direction::Transmit, "AT+QISTATE=1,0\r"});
    if (byteByByte) {
        for (qsizetype i = 0; i < answer.size(); ++i)
            file += CaptureFormat::formatRecord({1002 + i, CaptureRecord::Direction::Receive, answer.mid(i, 1)});
    } else {
        file += CaptureFormat::formatRecord({1002, CaptureRecord::Direction::Receive, answer});
    }
    const QString path = write(QStringLiteral("state.bc25cap"), file);
    const auto named = CaptureViewer::modelOf(path);
    QCOMPARE(named != nullptr, !header.isEmpty());
    CaptureViewer viewer(named ? named : profile::ModuleProfile::bc25());
    QString error;
    QVERIFY2(viewer.load(path, &error), qPrintable(error));
    QVERIFY2(viewer.modelText().contains(model), qPrintable(viewer.modelText()));

    TrafficModel *traffic = viewer.traffic();
    int row = -1;
    for (int i = 0; i < traffic->rowCount() && row < 0; ++i)
        row = traffic->rowText(i).startsWith(QString::fromLatin1(state)) ? i : -1;
    QVERIFY(row >= 0);
    const QModelIndex bytes = traffic->index(row, TrafficModel::Bytes);
    const QString tip = bytes.data(Qt::ToolTipRole).toString();
    if (drift) {
        QVERIFY2(tip.startsWith(QStringLiteral("not expected for BC25: +QISTATE with 10 fields")), qPrintable(tip));
        QCOMPARE(bytes.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0x8a, 0x2b, 0xa8)); // the terminal's violet
    } else {
        QVERIFY2(tip.isEmpty(), qPrintable(tip));
        QVERIFY(!bytes.data(Qt::ForegroundRole).isValid());
    }
}

// As bc25-decode (adv6 F9): two "# model=" lines in the header are refused
// with their lines, never the first read silently; blanks around one are read past.
void TestCaptureViewer::aHeaderNamingTwoModelsIsRefused()
{
    const QByteArray records = CaptureFormat::formatRecord({1000, CaptureRecord::Direction::Transmit, "AT\r"})
            + CaptureFormat::formatRecord({1001, CaptureRecord::Direction::Receive, "AT\r\r\nOK\r\n"});
    const QByteArray magic = QByteArray(CaptureFormat::Magic.data(), CaptureFormat::Magic.size()) + '\n';
    const QString twice = write(QStringLiteral("twice.bc25cap"), magic + "# model=bg96\n# model=bc660k\n" + records);
    QCOMPARE(CaptureViewer::modelOf(twice), nullptr);
    CaptureViewer viewer(profile::ModuleProfile::bc25());
    QString error;
    QVERIFY(!viewer.load(twice, &error));
    QVERIFY2(error.contains(QStringLiteral("line 3 names the capture's model a second time (first on line 2)")), qPrintable(error));

    const QString spaced = write(QStringLiteral("spaced.bc25cap"), magic + "# model= bg96 \n" + records);
    QCOMPARE(CaptureViewer::modelOf(spaced), profile::ModuleProfile::byId("bg96"));
}

QTEST_MAIN(TestCaptureViewer)
#include "tst_captureviewer.moc"
