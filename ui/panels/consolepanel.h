// SPDX-License-Identifier: MIT
#pragma once

#include "bc25/commands.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;

namespace bc25 { class ModuleSession; }

namespace bc25::ui {

class ConsoleModel;
struct ViewHistory;
class FindBar;
class LogView;
class StatusLine;

// One socket's console: what it received, a row per line, as text, hex or
// both side by side
// (switchable after the fact, with or without timestamps; Copy, Export…),
// and a sender in text, hex or from
// a file, once or repeated. The session picks the binary-safe form and cuts
// anything over 512 bytes; each part's SEND OK or SEND FAIL is shown.
class SocketConsole final : public QWidget
{
    Q_OBJECT
public:
    enum class Format : quint8 { Text, Hex, HexAndText }; // in the order of "Show as"

    // `kept`: the socket's console history of the window before (a model switch), else its own.
    SocketConsole(ModuleSession *session, int connectId, QWidget *parent = nullptr, ConsoleModel *kept = nullptr);

    void setViewFormat(Format format);
    void setSendFormat(Format format);
    void setInput(const QString &text);
    // Sends what the input holds; returns the refusal, if any.
    QString sendInput();
    void sendFile(const QString &path);

    // The console's lines as shown (sent ones with "» ", times when shown).
    [[nodiscard]] QString receivedText() const;
    [[nodiscard]] LogView *view() const { return m_view; }
    [[nodiscard]] FindBar *findBar() const { return m_find; }
    [[nodiscard]] ConsoleModel *model() const { return m_model; }
    [[nodiscard]] QString statusText() const;
    // Stops this socket's sends and any repeat (the Stop button).
    void stopSending();
    // Whether Stop is enabled, the progress on show (a long send or a repeat).
    [[nodiscard]] bool isSending() const;
    [[nodiscard]] QPushButton *stopButton() const { return m_stop; }
    // The console's own sends not yet ended (a recipe's on the same socket are not).
    [[nodiscard]] int sendsRunning() const { return m_sendsRunning; }

private:
    void followSession(); // consolefollow.cpp
    // The user's choices of this console (Show as, timestamps, the send row's),
    // kept across restarts per socket: consolechoices.cpp.
    void restoreChoices();
    void keepChoices();
    [[nodiscard]] QString refusal() const;
    void showSent(bool show);
    void started(qint64 bytes);
    void updateProgress();

    ModuleSession *m_session;
    int m_connectId;
    ConsoleModel *m_model;
    QSortFilterProxyModel *m_receivedOnly; // the view's model while "Show sent" is off
    LogView *m_view;
    FindBar *m_find;
    QComboBox *m_viewFormat;
    QCheckBox *m_timestamps;
    QCheckBox *m_showSent;
    QLineEdit *m_input;
    QComboBox *m_sendFormat;
    QCheckBox *m_lineEnd;
    QCheckBox *m_repeat;
    QSpinBox *m_interval;
    StatusLine *m_status;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    bool m_refusalShown = false;
    bool m_open = false;       // the socket's open confirmed and marked: a new open starts a new stream
    bool m_streamOpen = false; // an "opened" marker shown, its "closed" one not yet
    QSet<quint64> m_ownSends;  // this console's sends not yet ended (SendQueue::lastSendId)
    int m_sendsRunning = 0;    // sends of this console not yet ended (m_ownSends' count)
    qint64 m_queuedBytes = 0;  // since the last time nothing was running
    qint64 m_sentBytes = 0;
    int m_repeatSends = 0;       // sends of the repeat under way, for Stop's words
    QList<SendForm> m_partForms; // the forms of the parts of the send under way
    QTimer m_repeatTimer;
};

// The consoles dock: one tab per socket.
class ConsolePanel final : public QWidget
{
    Q_OBJECT
public:
    // `history`: the consoles' lines kept across windows (MainWindow's ViewHistory),
    // taken for each socket of the session's model; those of sockets it lacks go.
    explicit ConsolePanel(ModuleSession *session, QWidget *parent = nullptr, ViewHistory *history = nullptr);
    [[nodiscard]] SocketConsole *console(int connectId) const;
    void showConsole(int connectId);
    // A line in every console where a link began or ended.
    void markLink(const QString &text);

private:
    QTabWidget *m_tabs;
};

} // namespace bc25::ui
