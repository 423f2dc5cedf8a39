// SPDX-License-Identifier: MIT
// Appending 1,000,000 lines to the terminal's log model (batched inserts,
// a row cap, a table view of fixed row height) and showing the end, against
// QPlainTextEdit::appendPlainText with the same cap, the usual serial
// terminal, in the same run. Prints times, the ratio and memory.

#include "models/trafficmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTableView>

#include <cstdio>

using bc25::ui::TrafficModel;

namespace {

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QByteArray lineText(qsizetype i)
{
    return "+QIURC: \"recv\",0," + QByteArray::number(i % 512) + " line " + QByteArray::number(i) + "\r\n";
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qsizetype lines = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const qsizetype cap = argc > 2 ? QByteArray(argv[2]).toLongLong() : 100000;
    constexpr qsizetype Burst = 1000; // lines arriving between two UI ticks

    const qint64 rssStart = rssKiB();
    TrafficModel model;
    model.setCap(cap);
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(18);
    view.horizontalHeader()->setStretchLastSection(true);
    view.resize(900, 600);
    view.show();
    QElapsedTimer clock;
    clock.start();
    for (qsizetype i = 0; i < lines; ++i) {
        model.append(TrafficModel::Way::Receive, lineText(i), 0);
        if (i % Burst == Burst - 1) {
            model.flush();
            view.scrollToBottom();
            QCoreApplication::processEvents();
        }
    }
    model.flush();
    view.scrollToBottom();
    QCoreApplication::processEvents();
    const double modelSeconds = clock.nsecsElapsed() / 1e9;
    const qint64 rssModel = rssKiB();
    const bool endShown = model.rowText(model.rowCount() - 1).contains(QString::number(lines - 1));

    QPlainTextEdit edit;
    edit.setMaximumBlockCount(int(cap));
    edit.setReadOnly(true);
    edit.resize(900, 600);
    edit.show();
    clock.restart();
    for (qsizetype i = 0; i < lines; ++i) {
        edit.appendPlainText(QString::fromLatin1(lineText(i).chopped(2)));
        if (i % Burst == Burst - 1)
            QCoreApplication::processEvents();
    }
    edit.ensureCursorVisible();
    QCoreApplication::processEvents();
    const double editSeconds = clock.nsecsElapsed() / 1e9;
    const qint64 rssEdit = rssKiB();

    std::printf("bench_logview: %lld lines, cap %lld rows, bursts of %lld between UI ticks\n",
                static_cast<long long>(lines), static_cast<long long>(cap), static_cast<long long>(Burst));
    std::printf("bench_logview: log model + QTableView: %.2f s (%.0f lines/s), %d rows kept, end shown: %s, RSS +%lld KiB\n",
                modelSeconds, lines / modelSeconds, model.rowCount(), endShown ? "yes" : "no",
                static_cast<long long>(rssModel - rssStart));
    std::printf("bench_logview: QPlainTextEdit::appendPlainText: %.2f s (%.0f lines/s), RSS +%lld KiB more\n",
                editSeconds, lines / editSeconds, static_cast<long long>(rssEdit - rssModel));
    std::printf("bench_logview: the model is %.1fx faster\n", editSeconds / modelSeconds);
    return endShown && model.rowCount() == cap ? 0 : 1;
}
