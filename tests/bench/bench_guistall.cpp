// SPDX-License-Identifier: MIT
// The whole workbench window connected to bc25-sim (a separate process) over
// a pseudo-terminal at 921600 baud, with a TCP peer pushing data into a
// direct-push socket for 30 s. Measures the GUI thread's event-loop stalls
// (a 1 ms precise timer: the longest gap and the 99th percentile) and checks
// that every byte the peer sent was received. Prints its figures.

#include "at/commandengine.h"
#include "link/modulestack.h"
#include "session/modulesession.h"
#include "link/connection.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace bc25;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : 30;
    constexpr int Baud = 921600;

    QProcess sim;
    sim.start(QStringLiteral(BC25_SIM_PATH), {QStringLiteral("--fresh"), QStringLiteral("--loopback-only"),
                                               QStringLiteral("--baud"), QString::number(Baud)});
    if (!sim.waitForStarted(10000) || !sim.waitForReadyRead(10000)) {
        std::printf("bench_guistall: bc25-sim did not start\n");
        return 1;
    }
    const QString pty = QString::fromLocal8Bit(sim.readLine()).trimmed();

    link::ModuleStack stack(profile::ModuleProfile::bc25());
    ModuleSession &session = stack.session();
    link::Connection &connection = stack.connection();
    ui::MainWindow window(&session, &connection);
    window.resize(1280, 800);
    window.show();

    // The peer: printable lines as a device would send, a little faster than
    // the line can carry (100 kB/s against 92 kB/s), so the module is never idle.
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    qint64 sent = 0;
    qint64 lineNumber = 0;
    QTcpSocket *peer = nullptr;
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    feeder.setInterval(10);
    QElapsedTimer feedClock;
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        const qint64 due = feedClock.elapsed() * 100; // 100 bytes a millisecond
        QByteArray chunk;
        while (sent + chunk.size() < due)
            chunk += "sensor " + QByteArray::number(lineNumber++).rightJustified(8, '0') + " t=21.5 rh=40\n";
        sent += peer->write(chunk);
    });
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        peer = server.nextPendingConnection();
        feedClock.start();
        feeder.start();
    });

    qint64 received = 0;
    QObject::connect(session.sockets(), &SocketTable::dataReceived, [&](int, const QByteArray &b) { received += b.size(); });

    QList<qint64> gapsUs;
    QElapsedTimer tick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        gapsUs << tick.nsecsElapsed() / 1000;
        tick.restart();
    });

    bool opened = false;
    QObject::connect(session.sockets(), &SocketTable::openFinished, [&](int, bool ok) {
        opened = ok;
        if (!ok) {
            app.exit(1);
            return;
        }
        tick.start();
        probe.start();
        QTimer::singleShot(seconds * 1000, &app, [&] {
            feeder.stop();
            // Drain: what was sent arrives, however long it takes; the probe goes on.
            auto *drain = new QTimer(&app);
            QObject::connect(drain, &QTimer::timeout, [&] {
                if (received >= sent && peer && peer->bytesToWrite() == 0)
                    app.quit();
            });
            drain->start(50);
            QTimer::singleShot(120000, &app, &QCoreApplication::quit);
        });
    });
    QObject::connect(&connection, &link::Connection::stateChanged, [&](link::Connection::State state) {
        if (state != link::Connection::State::Connected)
            return;
        QTimer::singleShot(200, [&] {
            OpenParameters p;
            p.host = QStringLiteral("127.0.0.1");
            p.remotePort = server.serverPort();
            p.accessMode = AccessMode::DirectPush;
            session.sockets()->open(p);
        });
    });
    transport::SerialSettings settings;
    settings.portName = pty;
    settings.baudRate = Baud;
    connection.connectSerial(settings);
    QElapsedTimer total;
    total.start();
    const int status = app.exec();
    probe.stop();
    const double elapsed = total.nsecsElapsed() / 1e9;
    sim.terminate();
    sim.waitForFinished(5000);
    if (!opened || status != 0 || gapsUs.isEmpty()) {
        std::printf("bench_guistall: could not run (opened %d, status %d)\n", opened, status);
        return 1;
    }

    std::sort(gapsUs.begin(), gapsUs.end());
    const double maxMs = gapsUs.constLast() / 1000.0;
    const double p99Ms = gapsUs.at(qsizetype(gapsUs.size() * 0.99)) / 1000.0;
    const double p50Ms = gapsUs.at(gapsUs.size() / 2) / 1000.0;
    std::printf("bench_guistall: %d s of direct push at %d baud into the full window (%.1f s with the drain): "
                "%lld bytes sent, %lld received (%s)\n",
                seconds, Baud, elapsed, static_cast<long long>(sent), static_cast<long long>(received),
                sent == received ? "equal" : "DIFFERENT");
    std::printf("bench_guistall: event loop, 1 ms probe: median %.2f ms, p99 %.2f ms, max %.2f ms over %lld ticks\n",
                p50Ms, p99Ms, maxMs, static_cast<long long>(gapsUs.size()));
    return sent == received ? 0 : 1;
}
