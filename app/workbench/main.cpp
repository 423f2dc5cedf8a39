// SPDX-License-Identifier: MIT
// bc25-workbench: builds the object graph (engine, session, connection,
// window) and connects — to the named port, or to the built-in virtual BC25.

#include "at/commandengine.h"
#include "link/modulestack.h"
#include "profile/modelchoice.h"
#include "session/modulesession.h"
#include "connection/connectionbar.h"
#include "link/connection.h"
#include "mainwindow.h"
#include "panels/consolepanel.h"
#include "panels/pingpanel.h"
#include "panels/socketpanel.h"
#include "translations.h"
#include "workbench.h"
#include "workbenchoptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <memory>

using namespace bc25;

namespace {

// --screenshot: a short demo on the virtual module, then the window as a PNG.
void scheduleScreenshot(ui::MainWindow *window, link::Connection *connection, const QString &path)
{
    QObject::connect(connection, &link::Connection::stateChanged, window,
                     [window, connection, path](link::Connection::State state) {
        if (state != link::Connection::State::Connected)
            return;
        QTimer::singleShot(500, window, [window, connection, path] {
            OpenParameters open = window->socketPanel()->dialogDefaults(); // the model's context
            open.connectId = 0;
            open.host = QStringLiteral("127.0.0.1");
            open.remotePort = connection->echoPort();
            open.accessMode = AccessMode::DirectPush;
            window->socketPanel()->open(open);
            open.connectId = 1;
            open.service = ServiceType::Udp;
            open.accessMode = AccessMode::Buffer;
            window->socketPanel()->open(open);
            window->pingPanel()->setHost(QStringLiteral("localhost"));
            window->pingPanel()->start();
            QTimer::singleShot(1000, window, [window] {
                window->consolePanel()->showConsole(0); // the socket the demo talks on
                ui::SocketConsole *console = window->consolePanel()->console(0);
                console->setInput(QStringLiteral("Hello from BC25 Workbench"));
                console->sendInput();
                console->setInput(QStringLiteral("你好，模组！ 0x1A and \"quotes\" go out binary-safe"));
                console->sendInput();
            });
            QTimer::singleShot(3000, window, [window, path] {
                const bool saved = window->grab().save(path);
                std::printf("%s %s\n", saved ? "saved" : "could not save", qPrintable(path));
                QApplication::exit(saved ? 0 : 1);
            });
        });
    });
}

// --startup-time: says when the window is on screen and connected (for bench_startup).
void reportWhenReady(ui::MainWindow *window, link::Connection *connection, const QElapsedTimer &sinceMain)
{
    auto check = std::make_shared<QTimer>();
    check->setInterval(1);
    QObject::connect(check.get(), &QTimer::timeout, window, [window, connection, &sinceMain, check] {
        if (connection->state() != link::Connection::State::Connected || !window->windowHandle()
            || !window->windowHandle()->isExposed())
            return;
        check->stop();
        std::printf("ready: shown and connected %lld ms after main()\n", static_cast<long long>(sinceMain.elapsed()));
        std::fflush(stdout);
    });
    check->start();
}

void nameTheApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BC25Workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("bc25-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BC25_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    {
        // --help, --version, --list-models and a wrong command line are
        // answered before any window exists: no display needed.
        QCoreApplication early(argc, argv);
        nameTheApplication();
        Translations::installFromArguments(&early, argc, argv);
        if (const auto status = WorkbenchOptions().answer())
            return *status;
    }
    QApplication app(argc, argv);
    nameTheApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/bc25-workbench.svg")));
    // The language shown, Qt's own dialogs' included (Translations sets the locale too).
    Translations::installFromArguments(&app, argc, argv);
    WorkbenchOptions options;
    if (const auto status = options.answer())
        return *status;

    // The model is the port's (--model, else what the port keeps, else the
    // BC25); the Model menu rebuilds everything on another (ui::Workbench).
    const QString captures = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/captures");
    QSettings().setValue(QStringLiteral("captureFolder"), captures);
    const QCommandLineParser &args = options.args();
    ui::Workbench workbench({profile::ModelChoice::given(args) ? profile::ModelChoice::chosen(args)->id() : QByteArray(),
                             options.simOptions(), captures});
    workbench.build(options.serial() ? options.port() : QString());
    ui::MainWindow *window = workbench.window();
    link::Connection *connection = &workbench.stack()->connection();
    if (!options.screenshot().isEmpty())
        scheduleScreenshot(window, connection, options.screenshot());
    if (options.startupTime())
        reportWhenReady(window, connection, sinceMain);
    workbench.connectNow(options.baud());
    return app.exec();
}
