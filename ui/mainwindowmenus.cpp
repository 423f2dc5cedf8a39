// SPDX-License-Identifier: MIT
// The main window's menus: File, Module, View, Help (mainwindow.cpp has the rest).
#include "mainwindow.h"
#include "dialogs/filedialogs.h"
#include "capturefolder.h"

#include "modulecontrols.h"
#include "profile/moduleprofile.h"

#include "dialogs/quickreference.h"
#include "health/healthpanel.h"
#include "link/connection.h"
#include "recipes/recipespanel.h"
#include "session/commandrunner.h"
#include "session/modulesession.h"
#include "session/modulestatus.h"
#include "session/sockettable.h"
#include "sim/virtualmodule.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QStatusBar>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QUrl>

namespace bc25::ui {

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open capture…"), QKeySequence::Open, this, [this] {
        const QString path = FileDialogs::openFile(this, FileDialogs::Purpose::Capture, tr("Open a capture"),
                                                   tr("Captures (*.bc25cap);;All files (*)"),
                                                   QSettings().value(QStringLiteral("captureFolder")).toString());
        if (!path.isEmpty())
            openCapture(path);
    });
    // Every session is recorded: the menu says where, and shows it (new-user pass 8, F12).
    QAction *showCaptures = file->addAction(tr("Show the &capture folder"), this, [this] {
        if (!CaptureFolder::show(this, &QDesktopServices::openUrl).isEmpty())
            statusBar()->showMessage(CaptureFolder::where(), 10000);
    });
    QAction *copyCaptures = file->addAction(tr("Copy the capture folder's &path"), this, [this] {
        const QString folder = CaptureFolder::path();
        QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(folder));
        statusBar()->showMessage(tr("Copied: %1").arg(QDir::toNativeSeparators(folder)), 10000);
    });
    connect(file, &QMenu::aboutToShow, showCaptures, [showCaptures, copyCaptures] {
        const QString folder = CaptureFolder::path();
        const bool exists = !folder.isEmpty() && QFileInfo::exists(folder);
        showCaptures->setEnabled(exists);
        copyCaptures->setEnabled(!folder.isEmpty());
        const QString where = CaptureFolder::where();
        showCaptures->setToolTip(exists ? where : tr("No capture has been recorded yet: the folder does not exist."));
        showCaptures->setStatusTip(where);
        copyCaptures->setStatusTip(where);
    });
    file->setToolTipsVisible(true);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // QKeySequence::Quit is Ctrl+Q only under X11 desktops (and Cmd+Q on a Mac):
    // on Windows and a headless platform it is no key at all, and Ctrl+Q did nothing.
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (quitKeys.isEmpty())
        quitKeys << QKeySequence(Qt::CTRL | Qt::Key_Q);
    quit->setShortcuts(quitKeys);

    QMenu *module = menuBar()->addMenu(tr("&Module"));
    ModuleControls::mark(module->addAction(tr("Refresh &sockets (AT+QISTATE?)"), QKeySequence::Refresh, m_session->sockets(), &SocketTable::refreshAsked));
    ModuleControls::mark(module->addAction(tr("Refresh si&gnal"), m_session->status(), &ModuleStatus::refresh));
    ModuleControls::mark(module->addAction(tr("&Identify and read settings"), m_session, &ModuleSession::synchronize));
    ModuleControls::mark(module->addAction(tr("&Last error (AT+QIGETERROR)"), m_session->commands(), &CommandRunner::readLastError));
    // One key from anywhere in the window: the field engineer's "what works, what does not".
    ModuleControls::mark(module->addAction(tr("Run the &health check"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), this, [this] {
        if (auto *diagnostics = findChild<QDockWidget *>(QStringLiteral("dock.diagnostics"))) {
            diagnostics->show();
            diagnostics->raise();
        }
        m_diagnostics->setCurrentWidget(m_health);
        m_health->run();
    }));
    // Ctrl+R from anywhere in the window, like the health check's key: the
    // recipe the Recipes dock holds, with its parameters (the dock comes to the front).
    QAction *runRecipe = module->addAction(tr("Run the &recipe"), QKeySequence(Qt::CTRL | Qt::Key_R), this, [this] {
        if (auto *recipes = findChild<QDockWidget *>(QStringLiteral("dock.recipes"))) {
            recipes->show();
            recipes->raise();
        }
        m_recipes->run();
    });
    runRecipe->setObjectName(QStringLiteral("action.runRecipe"));
    ModuleControls::mark(runRecipe);
    module->addSeparator();
    QAction *restart = module->addAction(tr("Res&tart the virtual module"), this, [this] {
        if (sim::VirtualModule *virtualModule = m_connection->virtualModule())
            virtualModule->reboot();
    });
    restart->setObjectName(QStringLiteral("action.restartVirtual"));
    // What cannot apply is disabled, and its tooltip says why (the menus show tooltips).
    module->setToolTipsVisible(true);
    file->setToolTipsVisible(true);
    auto applicable = [this, restart] {
        const bool connected = m_connection->state() == link::Connection::State::Connected;
        restart->setEnabled(connected && m_connection->virtualModule());
        restart->setToolTip(!connected ? tr("No module is connected.")
                            : !m_connection->virtualModule() ? tr("Only the built-in virtual module can be restarted from here; this link is to a serial port.")
                                                             : QString());
    };
    connect(m_connection, &link::Connection::stateChanged, restart, applicable);
    applicable();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addAction(tr("&Reset layout"), this, [this] { restoreState(m_defaultState); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Quick reference"), QKeySequence::HelpContents, this, [this] {
        auto *reference = new QuickReference(m_session->profile(), this);
        reference->setAttribute(Qt::WA_DeleteOnClose);
        reference->show();
    });
    help->addAction(tr("&About BC25 Workbench"), this, [this] {
        // Every model the workbench knows (the Model menu's), not only the BC25/BC32.
        QStringList models;
        for (const QByteArray &id : profile::ModuleProfile::ids()) {
            if (const auto model = profile::ModuleProfile::byId(id))
                models << model->name();
        }
        auto *about = new QMessageBox(QMessageBox::Information, tr("About BC25 Workbench"),
                                      tr("<p><b>BC25 Workbench %1</b></p><p>Drives and diagnoses Quectel modules (%2) "
                                         "through their TCP/IP AT commands. Without a module, the built-in virtual "
                                         "module answers like the chosen model, with real sockets on this computer.</p>")
                                              .arg(QApplication::applicationVersion(), models.join(QLatin1String(", "))),
                                      QMessageBox::Ok, this);
        about->setObjectName(QStringLiteral("about"));
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open(); // not exec(): the window goes on while it shows
    });
}

} // namespace bc25::ui
