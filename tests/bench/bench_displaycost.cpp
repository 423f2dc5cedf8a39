// SPDX-License-Identifier: MIT
// What showing a flood costs: the whole workbench window, every view on
// screen at once (terminal, socket console, URC log, transactions, sockets),
// connected to bc25-sim (a separate process) over a pseudo-terminal at
// 921600 baud. A TCP peer in a third process pushes lines into a direct-push
// socket as fast as the line carries them, and the window pings the peer's
// host every few seconds, so the stream is direct-push URCs with payload, OK
// and QPING lines. Prints the workbench process's CPU seconds (user + system,
// all its threads) per MB received on the serial line — issue 8 compares it
// with CuteCom 0.51's on the same stream.
//
//   bench_displaycost [seconds] [--hide-terminal] [--paint-census]
//                     [--record FILE] [--replay FILE]
//
// --record keeps what the module sent; --replay plays such a file into a
// pseudo-terminal at 921600 baud instead (no module answers the window's own
// commands then), the very stream tests/bench/cutecom_cost.sh shows CuteCom.
//
// --paint-census also prints which widgets were painted how often: the way
// to find a view that repaints more than it shows.

#include "at/commandengine.h"
#include "link/modulestack.h"
#include "link/connection.h"
#include "mainwindow.h"
#include "panels/consolepanel.h"
#include "session/modulesession.h"

#include <QApplication>
#include <QHash>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <arpa/inet.h>
#include <csignal>
#include <cstdio>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <QFile>

using namespace bc25;

namespace {

constexpr int Baud = 921600;

// Counts paint events per widget (class and object name), for --paint-census.
class PaintCensus final : public QObject
{
public:
    QHash<QString, int> counts;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            QString name = QString::fromLatin1(watched->metaObject()->className());
            // The named ancestor beyond Qt's own parts (qt_…) says which view it is.
            for (QObject *o = watched; o; o = o->parent()) {
                if (o->objectName().startsWith(QLatin1String("qt_")))
                    continue;
                if (!o->objectName().isEmpty()) {
                    name += QLatin1Char(' ') + o->objectName();
                    break;
                }
            }
            ++counts[name];
        }
        return false;
    }
};

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// The peer, in a process of its own so that its CPU is not counted: accepts
// one connection and writes sensor-like lines at 100 kB/s (a little more than
// the serial line carries, so the module is never idle) until killed.
[[noreturn]] void runPeer(int listener)
{
    const int client = accept(listener, nullptr, nullptr);
    if (client < 0)
        _exit(1);
    long long line = 0;
    timespec start{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    long long sent = 0;
    for (;;) {
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        const long long dueBytes = ((now.tv_sec - start.tv_sec) * 1000LL + (now.tv_nsec - start.tv_nsec) / 1000000) * 100;
        char chunk[8192];
        int length = 0;
        while (sent + length < dueBytes && length < int(sizeof chunk) - 64)
            length += std::snprintf(chunk + length, sizeof chunk - size_t(length), "sensor %08lld t=21.5 rh=40\n", line++);
        if (length > 0 && write(client, chunk, size_t(length)) != length)
            _exit(0);
        sent += length;
        usleep(10000);
    }
}

// The replayer, in a process of its own: waits for a byte on `start`, then
// writes the recording into the pty's master at the line's pace (10 bits a
// byte), round and round, and reads what the window writes, until killed.
[[noreturn]] void runReplay(int master, int start, const QByteArray &recording)
{
    char go = 0;
    if (read(start, &go, 1) != 1 || recording.isEmpty())
        _exit(1);
    timespec begin{};
    clock_gettime(CLOCK_MONOTONIC, &begin);
    long long written = 0;
    char sink[4096];
    for (;;) {
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        const long long due = ((now.tv_sec - begin.tv_sec) * 1000000LL + (now.tv_nsec - begin.tv_nsec) / 1000) * (Baud / 10) / 1000000;
        while (written < due) {
            const qsizetype at = qsizetype(written % recording.size());
            const qsizetype length = qMin<qsizetype>(due - written, recording.size() - at);
            const ssize_t n = write(master, recording.constData() + at, size_t(length));
            if (n <= 0)
                break;
            written += n;
        }
        while (read(master, sink, sizeof sink) > 0) {
        }
        usleep(2000);
    }
}

QString argumentAfter(int argc, char *argv[], const char *option)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], option) == 0)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    const QString replayPath = argumentAfter(argc, argv, "--replay");
    const QString recordPath = argumentAfter(argc, argv, "--record");
    QString replayPty;
    int replayStart = -1;
    pid_t replayer = -1;
    if (!replayPath.isEmpty()) {
        QFile file(replayPath);
        if (!file.open(QIODevice::ReadOnly)) {
            std::printf("bench_displaycost: cannot read %s\n", qPrintable(replayPath));
            return 1;
        }
        const QByteArray recording = file.readAll();
        const int master = posix_openpt(O_RDWR | O_NOCTTY);
        int pipeEnds[2];
        if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0 || pipe(pipeEnds) != 0)
            return 1;
        replayPty = QString::fromLocal8Bit(ptsname(master));
        replayer = fork();
        if (replayer == 0) {
            fcntl(master, F_SETFL, O_NONBLOCK);
            runReplay(master, pipeEnds[0], recording);
        }
        replayStart = pipeEnds[1];
        close(pipeEnds[0]);
        // The master stays open here too, so the pty lives until the end.
    }

    // The peer's socket and process come first, before Qt starts any thread.
    const int listener = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t addressLength = sizeof address;
    if (listener < 0 || bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || listen(listener, 1) != 0 || getsockname(listener, reinterpret_cast<sockaddr *>(&address), &addressLength) != 0) {
        std::printf("bench_displaycost: cannot listen on loopback\n");
        return 1;
    }
    const pid_t peer = fork();
    if (peer == 0)
        runPeer(listener);
    close(listener);

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int seconds = arguments.size() > 1 && arguments.at(1).toInt() > 0 ? arguments.at(1).toInt() : 20;
    const bool replay = !replayPath.isEmpty();
    QFile record(recordPath);
    if (!recordPath.isEmpty() && !record.open(QIODevice::WriteOnly)) {
        std::printf("bench_displaycost: cannot write %s\n", qPrintable(recordPath));
        return 1;
    }
    const bool hideTerminal = arguments.contains(QStringLiteral("--hide-terminal"));
    PaintCensus census;
    if (arguments.contains(QStringLiteral("--paint-census")))
        app.installEventFilter(&census);

    QProcess sim;
    QString pty = replayPty;
    if (!replay) {
        sim.start(QStringLiteral(BC25_SIM_PATH), {QStringLiteral("--fresh"), QStringLiteral("--loopback-only"),
                                                   QStringLiteral("--baud"), QString::number(Baud)});
        if (!sim.waitForStarted(10000) || !sim.waitForReadyRead(10000)) {
            std::printf("bench_displaycost: bc25-sim did not start\n");
            kill(peer, SIGKILL);
            return 1;
        }
        pty = QString::fromLocal8Bit(sim.readLine()).trimmed();
    }

    link::ModuleStack stack(profile::ModuleProfile::bc25());
    at::CommandEngine &engine = stack.engine();
    ModuleSession &session = stack.session();
    link::Connection &connection = stack.connection();
    ui::MainWindow window(&session, &connection);
    // Every view on screen at once: each dock in a place of its own.
    auto dock = [&](const char *name) { return window.findChild<QDockWidget *>(QLatin1String(name)); };
    window.addDockWidget(Qt::BottomDockWidgetArea, dock("dock.consoles"));
    window.addDockWidget(Qt::BottomDockWidgetArea, dock("dock.urclog"));
    window.splitDockWidget(dock("dock.consoles"), dock("dock.urclog"), Qt::Horizontal);
    window.addDockWidget(Qt::LeftDockWidgetArea, dock("dock.transactions"));
    window.addDockWidget(Qt::RightDockWidgetArea, dock("dock.terminal"));
    window.addDockWidget(Qt::RightDockWidgetArea, dock("dock.tools"));
    window.splitDockWidget(dock("dock.terminal"), dock("dock.tools"), Qt::Vertical);
    dock("dock.terminal")->setVisible(!hideTerminal);
    window.resize(1600, 1000);
    window.show();

    QElapsedTimer clock; // runs from the start of the measurement
    qint64 lineBytes = 0;
    QObject::connect(&engine, &at::CommandEngine::rawReceived, [&](const QByteArray &b) {
        lineBytes += b.size();
        if (record.isOpen() && clock.isValid())
            record.write(b);
    });
    qint64 received = 0;
    QObject::connect(session.sockets(), &SocketTable::dataReceived, [&](int, const QByteArray &b) { received += b.size(); });

    QTimer pinger;
    pinger.setInterval(3000);
    QObject::connect(&pinger, &QTimer::timeout, [&] {
        PingParameters ping(*profile::ModuleProfile::bc25());
        ping.host = QStringLiteral("127.0.0.1");
        ping.count = 4;
        session.tools()->ping(ping);
    });

    double cpuAtStart = 0;
    qint64 lineBytesAtStart = 0;
    bool opened = false;
    auto startMeasuring = [&] {
        cpuAtStart = cpuSeconds();
        lineBytesAtStart = lineBytes;
        clock.start();
        QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    };
    QObject::connect(session.sockets(), &SocketTable::openFinished, [&](int id, bool ok) {
        opened = ok;
        if (!ok) {
            app.exit(1);
            return;
        }
        window.consolePanel()->showConsole(id);
        pinger.start();
        startMeasuring();
    });
    QObject::connect(&connection, &link::Connection::stateChanged, [&](link::Connection::State state) {
        if (state != link::Connection::State::Connected)
            return;
        if (replay) {
            opened = true;
            const char go = 1;
            if (write(replayStart, &go, 1) != 1)
                app.exit(1);
            startMeasuring();
            return;
        }
        QTimer::singleShot(200, [&] {
            OpenParameters p;
            p.host = QStringLiteral("127.0.0.1");
            p.remotePort = ntohs(address.sin_port);
            p.accessMode = AccessMode::DirectPush;
            session.sockets()->open(p);
        });
    });
    transport::SerialSettings settings;
    settings.portName = pty;
    settings.baudRate = Baud;
    connection.connectSerial(settings);
    QTimer::singleShot(60000 + seconds * 1000, &app, [&] { app.exit(2); });
    const int status = app.exec();
    const double cpu = cpuSeconds() - cpuAtStart;
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;
    const double megabytes = double(lineBytes - lineBytesAtStart) / 1e6;
    kill(peer, SIGKILL);
    waitpid(peer, nullptr, 0);
    if (replayer > 0) {
        kill(replayer, SIGKILL);
        waitpid(replayer, nullptr, 0);
    }
    sim.terminate();
    sim.waitForFinished(5000);
    if (!opened || status != 0 || megabytes <= 0) {
        std::printf("bench_displaycost: could not run (opened %d, status %d)\n", opened, status);
        return 1;
    }
    std::printf("bench_displaycost: %.1f s of direct push, QPING and OK at %d baud%s, %s: %.2f MB on the line "
                "(%.1f kB/s), %lld payload bytes; workbench CPU %.2f s = %.2f s/MB (%.0f %% of a core)\n",
                elapsed, Baud, replay ? " (replayed)" : "", hideTerminal ? "terminal hidden" : "every view visible", megabytes,
                megabytes * 1000 / elapsed, static_cast<long long>(received), cpu, cpu / megabytes,
                100 * cpu / elapsed);
    QList<std::pair<int, QString>> painted;
    for (auto it = census.counts.cbegin(); it != census.counts.cend(); ++it)
        painted.append({it.value(), it.key()});
    std::sort(painted.begin(), painted.end(), std::greater<>());
    for (const auto &[count, name] : painted.mid(0, 25))
        std::printf("  painted %6d × %s\n", count, qPrintable(name));
    return 0;
}
