// SPDX-License-Identifier: MIT
#pragma once

#include "link/modelreading.h"
#include "link/portprofile.h"
#include "mainwindow.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace bc25::link { class ModuleStack; }

namespace bc25::ui {

class LeaveQuestion;
class MainWindow;
class ModelControls;

// The program's object graph for one model: the ModuleStack (profile →
// engine → session → connection) and the window on it. The model is decided
// per port: --model, else what the port keeps (PortModel), else the BC25.
// Switching the model (the Model menu, "Read as BG96") keeps it for the
// port, destroys the window and the stack, builds them again on the new
// profile and reconnects to the same port — only when it was connected: a
// model chosen while disconnected takes effect at the next Connect. The
// window's layout is in the settings, so the new one looks the same, and the
// terminal's, the URC log's and the transactions' history is the Workbench's,
// kept across the switch with one marker line where the new model begins. A port
// that keeps another model is rebuilt for BEFORE it opens (it opens once).
// Before a switch or closing, LeaveQuestion asks about what would be lost
// (a recipe not saved, sockets a reconnect closes); Cancel keeps all.
class Workbench final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workbench)
public:
    struct Options
    {
        QByteArray commandLineModel;  // --model: wins over what a port keeps, at start
        QStringList virtualOptions;   // --sim-option
        QString captureFolder;
    };

    explicit Workbench(Options options, QObject *parent = nullptr);
    ~Workbench() override;

    // Builds and shows the window for `port` (empty: the virtual module), not connected yet.
    void build(const QString &port);
    // Connects to the port the connection bar holds (at `baud`, when given).
    void connectNow(std::optional<qint32> baud = std::nullopt);

    [[nodiscard]] MainWindow *window() const { return m_window.get(); }
    [[nodiscard]] link::ModuleStack *stack() const { return m_stack.get(); }
    [[nodiscard]] ModelControls *modelControls() const { return m_controls; }
    [[nodiscard]] LeaveQuestion *leaveQuestion() const { return m_question; }

    // From now on reads the module as `model`, once the user agrees (LeaveQuestion):
    // kept for the port chosen, then everything rebuilt (in the next turn of the
    // event loop) and reconnected when it was connected.
    void switchModel(const QByteArray &model, link::ModelBasis basis);

signals:
    // A switch has built the new window and is connecting.
    void rebuilt();

private:
    [[nodiscard]] QString currentPort() const;
    // The model for `port`: --model (at start), else what the port keeps, else --model, else the BC25.
    [[nodiscard]] link::ModelReading decide(const QString &port) const;
    // The connection bar's gate: false when `port` keeps another model (a rebuild follows).
    bool beforeConnect(const QString &port);
    void rebuild(const QString &port, bool reconnect, std::optional<link::PortProfile> profile = std::nullopt);
    bool eventFilter(QObject *watched, QEvent *event) override;

    Options m_options;
    bool m_commandLineUsed = false;
    QString m_builtFor; // the port the stack was built for (empty: the virtual module)
    std::unique_ptr<link::ModuleStack> m_stack;
    std::unique_ptr<MainWindow> m_window;
    ModelControls *m_controls = nullptr; // the window's child
    LeaveQuestion *m_question = nullptr; // the window's child
    bool m_closeAgreed = false;          // the user saved or discarded what closing loses
    bool m_rebuildQueued = false;        // agreed to, runs in the next turn of the event loop
    // The views' history (terminal, URC log, transactions), kept across a switch:
    // each window is built on it.
    QObject m_historyOwner;
    ViewHistory m_history;
};

} // namespace bc25::ui
