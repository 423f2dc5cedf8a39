// SPDX-License-Identifier: MIT
// Cold start and idle memory of bc25-workbench as a user starts it: the real
// program, with no settings (a fresh configuration folder each time), on the
// built-in virtual module. Start-up is the time from starting the process
// to a window that is shown and connected (the program says so on stdout
// with --startup-time), median of 5 (issue 8's goal: < 500 ms). Memory is
// the process's peak and current resident set after 5 s of an idle window.
// Run under Xvfb for a real display (scripts/run-tests.sh does).

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

// A line of /proc/PID/status in KiB ("VmHWM", "VmRSS"), or -1.
qint64 statusKib(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    constexpr int Runs = 5;
    QList<qint64> startMs;
    QList<qint64> mainMs;
    qint64 peakKib = -1;
    qint64 residentKib = -1;
    for (int run = 0; run < Runs; ++run) {
        QTemporaryDir home; // no settings, no history: a first start every time
        QProcess workbench;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        workbench.setProcessEnvironment(environment);
        workbench.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer clock;
        clock.start();
        workbench.start(QStringLiteral(BC25_WORKBENCH_PATH), {QStringLiteral("--virtual"), QStringLiteral("--startup-time")});
        QByteArray said;
        while (!said.contains("ready:") && workbench.waitForReadyRead(20000))
            said += workbench.readAllStandardOutput();
        const qint64 elapsed = clock.elapsed();
        if (!said.contains("ready:")) {
            std::printf("bench_startup: the workbench did not say it was ready: %s %s\n", said.constData(),
                        workbench.readAllStandardError().constData());
            return 1;
        }
        startMs << elapsed;
        const QByteArray afterMain = said.mid(said.indexOf("connected ") + 10);
        mainMs << afterMain.left(afterMain.indexOf(' ')).toLongLong();
        if (run == Runs - 1) {
            QThread::sleep(5); // an idle window: nothing to wait for but time
            peakKib = statusKib(workbench.processId(), "VmHWM");
            residentKib = statusKib(workbench.processId(), "VmRSS");
        }
        workbench.terminate();
        if (!workbench.waitForFinished(5000))
            workbench.kill();
    }
    QList<qint64> sorted = startMs;
    std::sort(sorted.begin(), sorted.end());
    QStringList runs;
    for (qsizetype i = 0; i < startMs.size(); ++i)
        runs << QStringLiteral("%1 (%2 in main)").arg(startMs.at(i)).arg(mainMs.at(i));
    std::printf("bench_startup: cold start on the virtual module to a shown, connected window (%s): median %lld ms "
                "of %d runs: %s ms\n",
                qEnvironmentVariableIsEmpty("DISPLAY") ? "offscreen" : "X display", static_cast<long long>(sorted.at(Runs / 2)),
                Runs, qPrintable(runs.join(QStringLiteral(", "))));
    std::printf("bench_startup: idle window after 5 s: peak resident %.1f MiB, resident now %.1f MiB\n",
                double(peakKib) / 1024, double(residentKib) / 1024);
    return 0;
}
