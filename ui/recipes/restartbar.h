// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace bc25::ui {

// The Recipes dock's question before a recipe restarts the built-in virtual
// module while sockets are open: "Restart the virtual module? 2 sockets are
// open…" with Restart and run / Cancel. A bar in the dock, not a modal
// dialog: nothing waits on it (a modal dialog blocked the run under the
// offscreen platform), and the rest of the window stays usable meanwhile.
class RestartBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestartBar)
public:
    explicit RestartBar(QWidget *parent = nullptr);

    // Shows the question for `openSockets` open sockets.
    void ask(int openSockets);
    void dismiss();
    [[nodiscard]] bool isAsking() const { return !isHidden(); }
    [[nodiscard]] QString question() const;
    [[nodiscard]] QPushButton *restartButton() const { return m_restart; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }

signals:
    void confirmed();
    void cancelled();

private:
    QLabel *m_question;
    QPushButton *m_restart;
    QPushButton *m_cancel;
};

} // namespace bc25::ui
