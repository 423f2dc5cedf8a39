// SPDX-License-Identifier: MIT
// A line the module's model does not expect, in the workbench: the terminal
// keeps its text as it came and marks its row with the reason (tooltip,
// colour), the transactions dock lists the reason with the transaction, and
// the status bar counts drifts since the link opened, its tooltip naming the
// last reason; a new link clears it. The same line on the model that prints
// it is marked nowhere.

#include "at/commandengine.h"
#include "bc25/trafficdecoder.h"
#include "driftstatus.h"
#include "models/trafficmodel.h"
#include "models/transactionmodel.h"
#include "profile/moduleprofile.h"
#include "session/modulesession.h"

#include <QLabel>
#include <QTest>

using namespace bc25;
using profile::ModuleProfile;

namespace {

const QByteArray NtpLine = "+QNTP: 0,\"2026/07/03,00:56:27+32\""; // BG96 AN 2.2.12; the BC25 answers +QNTTP

int rowWith(ui::TrafficModel &model, const QByteArray &text)
{
    model.flush();
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.rowText(row).contains(QString::fromLatin1(text)))
            return row;
    }
    return -1;
}

} // namespace

class TestDriftViews : public QObject
{
    Q_OBJECT

private slots:
    void theTerminalAndTheStatusBarMarkADrift_data();
    void theTerminalAndTheStatusBarMarkADrift();
    void theTransactionsDockShowsADrift();
};

void TestDriftViews::theTerminalAndTheStatusBarMarkADrift_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<bool>("byteByByte");
    QTest::addColumn<bool>("drift");
    QTest::newRow("BC25, whole") << QByteArray("bc25") << false << true;
    QTest::newRow("BC25, byte by byte") << QByteArray("bc25") << true << true;
    QTest::newRow("BG96, whole") << QByteArray("bg96") << false << false;
}

void TestDriftViews::theTerminalAndTheStatusBarMarkADrift()
{
    QFETCH(QByteArray, model);
    QFETCH(bool, byteByByte);
    QFETCH(bool, drift);
    at::CommandEngine engine(ModuleProfile::byId(model));
    ModuleSession session(&engine); // the views subscribe to the session
    ui::TrafficModel traffic;
    traffic.follow(&session);
    QLabel label;
    ui::DriftStatus status(&label, &session);
    QVERIFY(label.isHidden());

    const QByteArray stream = "\r\n" + NtpLine + "\r\n\r\n+QIURC: \"closed\",0\r\n";
    if (byteByByte) {
        for (const char c : stream)
            engine.receive(QByteArray(1, c));
    } else {
        engine.receive(stream);
    }

    const int row = rowWith(traffic, NtpLine);
    QVERIFY(row >= 0);
    // The text as it came, whatever the mark.
    QVERIFY(traffic.rowText(row).startsWith(QString::fromLatin1(NtpLine)));
    const QString tip = traffic.index(row, ui::TrafficModel::Bytes).data(Qt::ToolTipRole).toString();
    const QString closedTip = traffic.index(rowWith(traffic, "closed"), ui::TrafficModel::Bytes).data(Qt::ToolTipRole).toString();
    QVERIFY(closedTip.isEmpty()); // the stream goes on, unmarked
    if (!drift) {
        QVERIFY2(tip.isEmpty(), qPrintable(tip));
        QCOMPARE(status.count(), 0);
        QVERIFY(label.isHidden());
        return;
    }
    QVERIFY2(tip.startsWith(QStringLiteral("not expected for BC25: +QNTP")), qPrintable(tip));
    QVERIFY(traffic.index(row, ui::TrafficModel::Bytes).data(Qt::ForegroundRole).isValid());
    QCOMPARE(status.count(), 1);
    QVERIFY(!label.isHidden());
    QVERIFY2(label.text().contains(QLatin1Char('1')), qPrintable(label.text()));
    QVERIFY2(label.toolTip().contains(tip), qPrintable(label.toolTip()));
    // A new link counts from nothing.
    status.reset();
    QCOMPARE(status.count(), 0);
    QVERIFY(label.isHidden());
}

void TestDriftViews::theTransactionsDockShowsADrift()
{
    // BG96 AN 2.2.6: 10 fields; BC25 manual 2.1.3: 8.
    const QByteArray stream = "AT+QISTATE=1,0\r\r\n+QISTATE: 0,\"TCP\",\"220.180.239.212\",8009,65514,2,1,0,0,\"usbmodem\"\r\n\r\nOK\r\n";
    for (const QByteArray &model : {QByteArray("bc25"), QByteArray("bg96")}) {
        TrafficDecoder decoder(ModuleProfile::byId(model));
        ui::TransactionModel transactions;
        QObject::connect(&decoder, &TrafficDecoder::transactionDecoded, &transactions, &ui::TransactionModel::append);
        decoder.received(stream);
        decoder.finish();
        transactions.flush();
        QCOMPARE(transactions.rowCount(), 1);
        const QString errors = transactions.index(0, ui::TransactionModel::Errors).data().toString();
        if (model == "bc25")
            QVERIFY2(errors.startsWith(QStringLiteral("not expected for BC25: +QISTATE with 10 fields")), qPrintable(errors));
        else
            QVERIFY2(errors.isEmpty(), qPrintable(errors));
        QCOMPARE(transactions.index(0, ui::TransactionModel::Result).data().toString(), QStringLiteral("OK"));
    }
}

QTEST_MAIN(TestDriftViews)
#include "tst_driftviews.moc"
