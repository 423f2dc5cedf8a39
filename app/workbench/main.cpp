// SPDX-License-Identifier: MIT
// bc25-workbench: builds the object graph (engine, session, connection,
// window) and connects — to the named port, or to the built-in virtual BC25.

#include "at/commandengine.h"
#include "commandline.h"
#include "commandlinehelp.h"
#include "link/modulestack.h"
#include "profile/modelchoice.h"
#include "session/modulesession.h"
#include "sim/simconfig.h"
#include "sim/simoptions.h"
#include "connection/connectionbar.h"
#include "link/connection.h"
#include "mainwindow.h"
#include "panels/consolepanel.h"
#include "panels/pingpanel.h"
#include "panels/socketpanel.h"
#include "translations.h"
#include "workbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QLocale>
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

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BC25Workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("bc25-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BC25_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/bc25-workbench.svg")));

    // Qt's own dialogs (the file dialog's dates and sizes) follow the language shown, not the system's.
    if (const QString language = Translations::installFromArguments(&app, argc, argv); language != QLatin1String("en"))
        QLocale::setDefault(QLocale(language));

    QCommandLineParser args;
    const QString description = QCoreApplication::translate("bc25-workbench",
        "Drives and diagnoses Quectel BC25/BC32 modules through their TCP/IP AT commands.\n"
        "With no port it starts on the built-in virtual BC25.");
    args.setApplicationDescription(description);
    // --help wrapped for the reader's language (Chinese at phrase boundaries), not at Qt's 79 characters.
    CommandLineHelp help(description);
    help.addOptions({args.addHelpOption(), args.addVersionOption()});
    const QCommandLineOption port(QStringLiteral("port"), QCoreApplication::translate("bc25-workbench", "Serial port to open, e.g. /dev/ttyUSB0."), QStringLiteral("NAME"));
    const QCommandLineOption baud(QStringLiteral("baud"), QCoreApplication::translate("bc25-workbench", "Baud rate (default: the port's profile, else 115200)."), QStringLiteral("N"));
    const QCommandLineOption virtualModule(QStringLiteral("virtual"), QCoreApplication::translate("bc25-workbench", "Use the built-in virtual BC25."));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("bc25-workbench", "Language: zh_CN or en (default: the system's)."), QStringLiteral("LANG"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QCoreApplication::translate("bc25-workbench", "Run a short demo on the virtual module, save the window to FILE and quit."), QStringLiteral("FILE"));
    const QCommandLineOption startupTime(QStringLiteral("startup-time"), QCoreApplication::translate("bc25-workbench", "Print when the window is shown and connected (for the start-up benchmark)."));
    const QCommandLineOption simOption(QStringLiteral("sim-option"), QCoreApplication::translate("bc25-workbench", "A setting or fault of the built-in virtual module, as bc25-sim --option names it: csq=3, registration=3, reject-cause=15, no-address, dns-fail, unreachable, ping-loss=4 (repeatable)."), QStringLiteral("NAME=VALUE"));
    const QList<QCommandLineOption> options {port, baud, virtualModule, lang, screenshot, startupTime, simOption};
    for (const QList<QCommandLineOption> &some : {options, profile::ModelChoice::options()}) {
        args.addOptions(some);
        help.addOptions(some);
    }
    if (const auto status = CommandLine::parse(args, "bc25-workbench", help))
        return *status;
    if (const auto status = profile::ModelChoice::handle(args, "bc25-workbench"))
        return *status;

    bool baudOk = true;
    const qint32 baudRate = args.isSet(baud) ? args.value(baud).toInt(&baudOk) : 115200;
    if (!baudOk || baudRate <= 0) {
        std::fprintf(stderr, "bc25-workbench: --baud takes a positive number\n");
        return ExitStatus::BadUsage;
    }

    // Checked before a window shows: a demo with a mistyped fault would show a healthy module.
    for (const QString &option : args.values(simOption)) {
        sim::SimConfig check;
        if (const QString why = sim::SimOptions::apply(check, option); !why.isEmpty()) {
            std::fprintf(stderr, "bc25-workbench: %s\n", qPrintable(why));
            return ExitStatus::BadUsage;
        }
    }

    // The model is the port's (--model, else what the port keeps, else the
    // BC25); the Model menu rebuilds everything on another (ui::Workbench).
    const QString captures = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/captures");
    QSettings().setValue(QStringLiteral("captureFolder"), captures);
    ui::Workbench workbench({profile::ModelChoice::given(args) ? profile::ModelChoice::chosen(args)->id() : QByteArray(),
                             args.values(simOption), captures});
    const bool serial = args.isSet(port) && !args.isSet(virtualModule) && !args.isSet(screenshot);
    workbench.build(serial ? args.value(port) : QString());
    ui::MainWindow *window = workbench.window();
    link::Connection *connection = &workbench.stack()->connection();
    if (args.isSet(screenshot))
        scheduleScreenshot(window, connection, args.value(screenshot));
    if (args.isSet(startupTime))
        reportWhenReady(window, connection, sinceMain);
    workbench.connectNow(serial && args.isSet(baud) ? std::optional<qint32>(baudRate) : std::nullopt);
    return app.exec();
}
