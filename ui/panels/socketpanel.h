// SPDX-License-Identifier: MIT
#pragma once

#include "bc25/commands.h"
#include "panels/sockettableview.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace bc25 { class ContextActivation; class ModuleSession; }

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

    // Where "Open…" points a new client by default (the virtual module's echo
    // service), for a new link: what the dialog opened on the link before is forgotten.
    void setDefaultTarget(const QString &host, quint16 port);
    // Whether a local port is free outside the module too (the built-in module's
    // listeners take this computer's ports); none: only the table decides.
    void setLocalPortTest(std::function<bool(int port)> isFree) { m_portIsFree = std::move(isFree); }
    [[nodiscard]] QTableView *view() const { return m_view; }
    // The table grows to at most this many rows (the model's sockets at most);
    // the window's height beyond them goes to the consoles.
    void setMostRowsShown(int rows);
    // Drops the last message (it spoke of a module that is gone).
    void clearMessage();
    [[nodiscard]] int currentSocket() const;
    // What Open… offers: the socket selected or the first free one, the model's
    // first context, and the type and address the dialog last opened on this
    // link. The ports go with the type: a client's remote port is the last
    // client's (else the virtual module's echo service), a listener's or a
    // service's local port the last listener's (else listenerPort()).
    [[nodiscard]] OpenParameters dialogDefaults() const;
    // The local port offered to a listener or a UDP service when the dialog changes to one:
    // the last listener's (else 5000), or the next after it that is free — no socket of the
    // table on it, no open failed on it on this link, free on this computer for the built-in module.
    [[nodiscard]] int listenerPort() const;
    // Opens without the dialog (tests, scripted demos); returns the refusal, if any.
    QString open(const OpenParameters &parameters);
    // The line under the table: the panel's latest news.
    [[nodiscard]] QString statusText() const;
    // "Activate context N", beside that line after an open failed because its
    // context is not active (561, 570) on a model whose contexts the host
    // activates (BG9x, EC200U); hidden otherwise.
    [[nodiscard]] QPushButton *activateButton() const { return m_activate; }

signals:
    void message(const QString &text);
    // A message no longer true (the socket it said was open is closed): wherever it still shows, it goes.
    void messageOutdated(const QString &text);

private:
    void openWithDialog();
    void onOpenFinished(int connectId, bool ok, const QString &message);
    // The line under the table is out of date: cleared, here and in the status bar.
    void forgetLine();
    // Offers AT+QIACT=<contextID> for an open refused for want of an active context, or hides the offer (-1).
    void offerActivation(int contextId);
    void activateContext();
    void updateProgress();
    void say(const QString &line);
    [[nodiscard]] bool localPortIsFree(int port) const;
    // Says what a socket now is ("open", "in direct push mode"): true until it is no longer in use.
    void sayOfSocket(int connectId, const QString &line);

    ModuleSession *m_session;
    SocketTableModel *m_model;
    SocketTableView *m_view;
    QProgressBar *m_progress;
    StatusLine *m_status;
    QPushButton *m_activate;
    ContextActivation *m_activation;
    int m_offeredContext = -1; // the context m_activate activates
    QHash<int, int> m_openContexts; // connectID → the context its open named (a refusal's context)
    QTimer m_progressTimer;
    QElapsedTimer m_openClock;
    int m_openLimitMs = 0;
    int m_opening = -1;
    int m_lineAbout = -1; // the socket whose state the status line tells, or -1
    int m_refusedOpen = -1; // the socket whose failed open the status line tells, or -1
    QString m_defaultHost;
    quint16 m_defaultPort = 0;
    std::optional<OpenParameters> m_lastOpened; // by the dialog, on this link
    int m_lastClientRemotePort = 0;             // the last client's, on this link (0: none yet)
    int m_lastListenerPort = 0;                 // the last listener's or service's local port, on this link
    int m_openingServerPort = 0;                // the local port of the listener or service being opened
    QSet<int> m_failedServerPorts;              // local ports a listener or service failed to open on, this link
    std::function<bool(int)> m_portIsFree;
};

} // namespace bc25::ui
