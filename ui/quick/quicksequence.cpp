// SPDX-License-Identifier: MIT
#include "quicksequence.h"

#include "session/modulesession.h"

namespace bc25::ui {

QuickSequence::QuickSequence(ModuleSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_next.setSingleShot(true);
    m_next.callOnTimeout(this, &QuickSequence::sendNext);
}

void QuickSequence::start(const QStringList &commands, int count, int intervalMs, bool stopOnError)
{
    stop();
    m_commands = commands;
    m_count = qMax(1, count);
    m_stopOnError = stopOnError;
    m_done = 0;
    m_failed = 0;
    m_running = !commands.isEmpty();
    ++m_run;
    m_next.setInterval(qMax(0, intervalMs));
    emit progress(0, total());
    if (!m_running) {
        m_endState.clear();
        emit finished(false, tr("The group has no commands."));
        return;
    }
    sendNext();
}

void QuickSequence::stop()
{
    if (!m_running)
        return;
    // Stopped on the command going out (or the next one, between two).
    m_done = qMin(m_done + 1, total());
    emit progress(m_done, total()); // the bar agrees with "Stopped at 4 of 10"
    finish(false, tr("stopped by the user"));
}

void QuickSequence::sendNext()
{
    if (!m_running)
        return;
    const QString line = m_commands.at(m_done % m_commands.size());
    emit sending(int(m_done % m_commands.size()));
    const quint64 run = m_run;
    const QString refusal = m_session->sendQuick(line.toLatin1(), [this, run](const at::Transaction &t) {
        if (run == m_run && m_running)
            answered(t);
    });
    if (refusal.isEmpty())
        return;
    // Refused before anything went out: an error like any other.
    ++m_done;
    ++m_failed;
    emit progress(m_done, total());
    if (m_stopOnError) {
        finish(false, tr("%1 refused: %2").arg(line, refusal));
        return;
    }
    if (m_done == total())
        finish(true);
    else
        m_next.start();
}

void QuickSequence::answered(const at::Transaction &transaction)
{
    ++m_done;
    if (!transaction.ok())
        ++m_failed;
    emit progress(m_done, total());
    if (!transaction.ok() && m_stopOnError) {
        finish(false, CommandRunner::failureText(transaction));
        return;
    }
    if (m_done == total()) {
        finish(true);
        return;
    }
    m_next.start();
}

void QuickSequence::finish(bool completed, const QString &why)
{
    m_running = false;
    m_next.stop();
    ++m_run;
    // m_done counts the command it stopped at: "Stopped at 4 of 10" is the fourth.
    m_endState = completed ? tr("Done %1 of %2").arg(m_done).arg(total())
                           : tr("Stopped at %1 of %2").arg(m_done).arg(total());
    QString message = completed ? m_endState : tr("%1: %2").arg(m_endState, why);
    if (m_failed > 0)
        message += tr(" (%n failed)", nullptr, m_failed);
    emit finished(completed, message);
}

} // namespace bc25::ui
