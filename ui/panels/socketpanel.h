// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTableView;

namespace bc25 { class ModuleSession; struct OpenParameters; }

namespace bc25::ui {

class SocketTableModel;
class StatusLine;

// The sockets dock: the live table of the six sockets and their actions —
// Open… (with the wait shown as progress), Close, Switch access mode, Read
// now, Refresh (AT+QISTATE?).
class SocketPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SocketPanel(ModuleSession *session, QWidget *parent = nullptr);

    // Where "Open…" points a new client by default (the virtual module's echo service).
    void setDefaultTarget(const QString &host, quint16 port);
    [[nodiscard]] QTableView *view() const { return m_view; }
    // Drops the last message (it spoke of a module that is gone).
    void clearMessage();
    [[nodiscard]] int currentSocket() const;
    // What Open… offers: the first free socket, and the virtual module's echo service while it is connected.
    [[nodiscard]] OpenParameters dialogDefaults() const;
    // Opens without the dialog (tests, scripted demos); returns the refusal, if any.
    QString open(const OpenParameters &parameters);

signals:
    void message(const QString &text);

private:
    static constexpr int MostRowsShown = 6; // the table's most rows in sight; more scroll
    void openWithDialog();
    void onOpenFinished(int connectId, bool ok, const QString &message);
    void updateProgress();
    void say(const QString &line);

    ModuleSession *m_session;
    SocketTableModel *m_model;
    QTableView *m_view;
    QProgressBar *m_progress;
    StatusLine *m_status;
    QTimer m_progressTimer;
    QElapsedTimer m_openClock;
    int m_openLimitMs = 0;
    int m_opening = -1;
    QString m_defaultHost;
    quint16 m_defaultPort = 0;
};

} // namespace bc25::ui
