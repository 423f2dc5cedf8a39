// SPDX-License-Identifier: MIT
// Goodput of a 256 KiB TCP echo through the engine, the session and the
// virtual module, with the module's output paced at 115200 baud, as a
// fraction of what the line allows once the AT framing is counted: the
// bytes that crossed the busier direction, at 10 bits a byte, against the
// time it took. Prints its figures; the README quotes them.

#include "simharness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

using namespace bc25;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int Baud = 115200;
    constexpr qsizetype Size = 256 * 1024;

    sim::SimConfig config;
    config.faults.baudRate = Baud;
    test::SimHarness sim;
    if (!sim.start(config, Baud)) {
        std::printf("bench_simgoodput: no pseudo-terminal here, skipped\n");
        return 0;
    }
    qint64 transmitted = 0;
    QObject::connect(&sim.engine, &at::CommandEngine::rawTransmitted, [&](const QByteArray &b) { transmitted += b.size(); });

    // Printable payload, so that each 512-byte part goes out in the inline text form.
    QByteArray payload(Size, Qt::Uninitialized);
    QRandomGenerator random(1);
    for (char &c : payload)
        c = char(random.bounded(0x23, 0x7f));

    bool opened = false;
    QObject::connect(sim.session->sockets(), &SocketTable::openFinished, [&](int, bool ok) { opened = ok; app.quit(); });
    OpenParameters open;
    open.host = QStringLiteral("127.0.0.1");
    open.remotePort = sim.echo.port();
    open.accessMode = AccessMode::DirectPush;
    sim.session->sockets()->open(open);
    app.exec();
    if (!opened) {
        std::printf("bench_simgoodput: could not open the socket\n");
        return 1;
    }

    QByteArray received;
    QObject::connect(sim.session->sockets(), &SocketTable::dataReceived, [&](int, const QByteArray &b) {
        received += b;
        if (received.size() >= Size)
            app.quit();
    });
    QTimer::singleShot(600000, &app, &QCoreApplication::quit);
    const qint64 rxBefore = sim.received.size();
    const qint64 txBefore = transmitted;
    QElapsedTimer clock;
    clock.start();
    sim.session->sends()->send(0, payload);
    app.exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    if (received != payload) {
        std::printf("bench_simgoodput: the echo differs from what was sent (%lld of %lld bytes)\n",
                    static_cast<long long>(received.size()), static_cast<long long>(Size));
        return 1;
    }
    const qint64 rx = sim.received.size() - rxBefore;
    const qint64 tx = transmitted - txBefore;
    const double lineBytesPerSecond = Baud / 10.0;
    const double ideal = qMax(rx, tx) / lineBytesPerSecond;
    std::printf("bench_simgoodput: 256 KiB TCP echo at %d baud (echo on, direct push, inline sends): %.1f s, "
                "goodput %.0f B/s; module->host %lld bytes, host->module %lld bytes on the line\n",
                Baud, seconds, Size / seconds, static_cast<long long>(rx), static_cast<long long>(tx));
    std::printf("bench_simgoodput: %.1f %% of what the line allows after AT framing (ideal %.1f s)\n",
                100.0 * ideal / seconds, ideal);
    return 0;
}
