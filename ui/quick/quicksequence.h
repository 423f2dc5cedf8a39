// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace bc25 { class ModuleSession; }
namespace bc25::at { struct Transaction; }

namespace bc25::ui {

// Runs a group of quick commands `count` times, one after the other, through
// the session's engine (Source::Quick, checked by the catalog): the next goes
// `intervalMs` after the previous one's answer, on a timer, never a sleep.
// Stop ends it; with stopOnError, a refusal or a failed answer ends it too.
class QuickSequence final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickSequence)
public:
    explicit QuickSequence(ModuleSession *session, QObject *parent = nullptr);

    void start(const QStringList &commands, int count, int intervalMs, bool stopOnError);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] int done() const { return m_done; }
    [[nodiscard]] int total() const { return int(m_commands.size()) * m_count; }
    // How the last run ended, short, for the progress bar: "Done 10 of 10", "Stopped at 4 of 10".
    [[nodiscard]] QString endState() const { return m_endState; }

signals:
    void progress(int done, int total);
    // The command going out now: its index in the group (the panel marks its row).
    void sending(int command);
    // The end, in words: "Done 6 of 6", "Stopped at 3 of 6: <why>".
    void finished(bool completed, const QString &message);

private:
    void sendNext();
    void answered(const at::Transaction &transaction);
    void finish(bool completed, const QString &why = {});

    ModuleSession *m_session;
    QStringList m_commands;
    int m_count = 0;
    bool m_stopOnError = false;
    bool m_running = false;
    int m_done = 0;
    int m_failed = 0;
    quint64 m_run = 0; // answers to a stopped run's command are not this run's
    QTimer m_next;
    QString m_endState;
};

} // namespace bc25::ui
