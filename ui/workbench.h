// SPDX-License-Identifier: MIT
#pragma once

#include "link/modelreading.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace bc25::link { class ModuleStack; }

namespace bc25::ui {

class MainWindow;
class ModelControls;

// The program's object graph for one model: the ModuleStack (profile →
// engine → session → connection) and the window on it. The model is decided
// per port: --model, else what the port keeps (PortModel), else the BC25.
// Switching the model (the Model menu, "Read as BG96") keeps it for the
// port, destroys the window and the stack, builds them again on the new
// profile and reconnects to the same port; the window's layout is in the
// settings, so the new one looks the same.
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

    // From now on reads the module as `model`: kept for the port connected,
    // then everything rebuilt and reconnected (in the next turn of the event loop).
    void switchModel(const QByteArray &model, link::ModelBasis basis);

signals:
    // A switch has built the new window and is connecting.
    void rebuilt();

private:
    [[nodiscard]] QString currentPort() const;
    // The model for `port`: --model (at start), else what the port keeps, else the BC25.
    [[nodiscard]] link::ModelReading decide(const QString &port) const;
    void rebuild(const QString &port);

    Options m_options;
    bool m_commandLineUsed = false;
    QString m_builtFor; // the port the stack was built for (empty: the virtual module)
    std::unique_ptr<link::ModuleStack> m_stack;
    std::unique_ptr<MainWindow> m_window;
    ModelControls *m_controls = nullptr; // the window's child
};

} // namespace bc25::ui
