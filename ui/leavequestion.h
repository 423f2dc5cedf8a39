// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QMessageBox;

namespace bc25 { class ModuleSession; }

namespace bc25::ui {

class MainWindow;

// Asks before the window's work goes unasked: closing it (Quit, Ctrl+Q) or
// rebuilding it for another model would throw away a recipe not saved
// ("Editor*": Save / Discard / Cancel), and a switch that reconnects closes
// the open sockets first ("2 sockets are open. Reading the module as BG96
// closes them first (AT+QICLOSE), then connects again"). The questions are window-modal and opened,
// not exec'd: nothing blocks, and a test answers them. Cancel keeps all.
class LeaveQuestion final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeaveQuestion)
public:
    LeaveQuestion(MainWindow *window, ModuleSession *session);

    // True when closing the window now would lose something: ask first.
    [[nodiscard]] bool closeLosesWork() const;
    // Calls `go` once the user has saved or discarded the recipe (at once when nothing is lost).
    void askBeforeClose(std::function<void()> go);
    // Before reading the module as `modelName`; `reconnects`: the link is up and will be
    // opened again: the module's open sockets are closed (their AT+QICLOSE answered) before `go`.
    void askBeforeSwitch(const QString &modelName, bool reconnects, std::function<void()> go);

    // The question shown now, if any.
    [[nodiscard]] QMessageBox *pending() const;

private:
    void askRecipe(std::function<void()> go);
    void askSockets(const QString &modelName, int open, std::function<void()> go);
    // The health check's last results and the soak run's chart do not outlive the window the switch rebuilds.
    void askResults(const QString &modelName, std::function<void()> go);
    [[nodiscard]] bool switchLosesResults() const;
    // A question of the switch (`name`, the box's object name): Cancel, or `goText`, which calls `go`.
    void askModelQuestion(const QString &name, const QString &text, const QString &goText, std::function<void()> go);
    void closeSocketsThen(std::function<void()> go);

    MainWindow *m_window;
    ModuleSession *m_session;
    QPointer<QMessageBox> m_pending;
    bool m_closingForSwitch = false;
};

} // namespace bc25::ui
