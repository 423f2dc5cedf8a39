// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QStatusBar;

namespace bc25 { class ModuleSession; }
namespace bc25::at { struct Transaction; }

namespace bc25::ui {

// What the status bar says of the user's commands (typed, or from a panel):
// a failure in words — the second phase's when there is one — until the next
// command's result replaces it, so an old error is never read as the latest.
class CommandStatus final : public QObject
{
    Q_OBJECT
public:
    CommandStatus(QStatusBar *bar, ModuleSession *session, QObject *parent = nullptr);

    // A message of the window's (a panel's, the connection's) for a while.
    void show(const QString &message, int timeoutMs = 10000);
    // A failure: on show until the next user command succeeds or another message replaces it.
    void showFailure(const QString &message);
    // `message` is no longer true: gone if it is still on show.
    void withdraw(const QString &message);

private:
    void onTransaction(const at::Transaction &transaction);

    QStatusBar *m_bar;
    ModuleSession *m_session;
    QString m_failure; // the failure on show, if any
    // AT+QIGETERROR's code, just read: its commandFailed words follow at once.
    int m_lastErrorCode = -1;
};

} // namespace bc25::ui
