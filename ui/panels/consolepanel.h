// SPDX-License-Identifier: MIT
#pragma once

#include "bc25/commands.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <deque>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace bc25 { class ModuleSession; }

namespace bc25::ui {

// One socket's console: what it received, as text or hex (switchable after
// the fact, with or without timestamps), and a sender in text, hex or from
// a file, once or repeated. The session picks the binary-safe form and cuts
// anything over 512 bytes; each part's SEND OK or SEND FAIL is shown.
class SocketConsole final : public QWidget
{
    Q_OBJECT
public:
    enum class Format : quint8 { Text, Hex };
    static constexpr qsizetype MaxKeptBytes = 4 * 1024 * 1024;

    SocketConsole(ModuleSession *session, int connectId, QWidget *parent = nullptr);

    void setViewFormat(Format format);
    void setSendFormat(Format format);
    void setInput(const QString &text);
    // Sends what the input holds; returns the refusal, if any.
    QString sendInput();
    void sendFile(const QString &path);

    [[nodiscard]] QString receivedText() const;
    [[nodiscard]] QString statusText() const;
    // Stops this socket's sends and any repeat (the Stop button).
    void stopSending();
    // Whether progress and Stop are on show (a long send or a repeat).
    [[nodiscard]] bool isSending() const;

private:
    struct Chunk
    {
        qint64 timestampMs;
        QByteArray bytes;
        bool sent;
    };

    void record(const QByteArray &bytes, bool sent);
    void render();
    [[nodiscard]] QString format(const Chunk &chunk) const;
    [[nodiscard]] QString refusal() const;
    void started(qint64 bytes);
    void updateProgress();

    ModuleSession *m_session;
    int m_connectId;
    std::deque<Chunk> m_chunks;
    qsizetype m_keptBytes = 0;
    qsizetype m_rendered = 0; // chunks already in the view
    QPlainTextEdit *m_view;
    QComboBox *m_viewFormat;
    QCheckBox *m_timestamps;
    QCheckBox *m_showSent;
    QLineEdit *m_input;
    QComboBox *m_sendFormat;
    QCheckBox *m_lineEnd;
    QCheckBox *m_repeat;
    QSpinBox *m_interval;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    bool m_refusalShown = false;
    int m_sendsRunning = 0;    // sends of this console not yet ended
    qint64 m_queuedBytes = 0;  // since the last time nothing was running
    qint64 m_sentBytes = 0;
    QTimer m_repeatTimer;
    QTimer m_renderTimer;
};

// The consoles dock: one tab per socket.
class ConsolePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ConsolePanel(ModuleSession *session, QWidget *parent = nullptr);
    [[nodiscard]] SocketConsole *console(int connectId) const;
    void showConsole(int connectId);

private:
    QTabWidget *m_tabs;
};

} // namespace bc25::ui
