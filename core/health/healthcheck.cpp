// SPDX-License-Identifier: MIT
#include "healthcheck.h"

#include "checkjudge.h"
#include "bc25/responses.h"
#include "healthplan.h"
#include "at/commandengine.h"
#include "profile/moduleprofile.h"
#include "session/commandrunner.h"

#include <QDateTime>
#include <QPointer>

namespace bc25::health {

HealthCheck::HealthCheck(CommandRunner *runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{
    // A restart is a URC (RDY): it may come inside a command of the check,
    // instead of its answer, or while another's command holds the line.
    connect(m_runner->engine(), &at::CommandEngine::urcReceived, this, &HealthCheck::onUnsolicited);
}

bool HealthCheck::start(const QList<PlannedCheck> &plan, const HealthSettings &settings)
{
    if (m_running)
        return false;
    ++m_generation;
    m_plan = plan;
    m_settings = settings;
    // The judges read the context the plan used: the user's, else the model's.
    if (!m_settings.contextId)
        m_settings.contextId = m_runner->engine()->profile().defaultContext();
    m_results.clear();
    m_check = -1;
    m_stoppedBy = -1;
    m_stopping = false;
    m_running = true;
    runNext();
    return true;
}

qint64 HealthCheck::clockOriginMs() const
{
    return m_runner->engine()->clockOriginMs();
}

void HealthCheck::stop(const QString &notRunReason)
{
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    m_stopReason = notRunReason;
    if (undoMayBeDue() || m_results.size() > m_check)
        return; // sendNext() sends the undo once the command in flight is answered (or
                // runNext(), under way between two checks, marks the rest) and ends
    // Nothing to put back: the run ends now; the answer in flight is dropped.
    ++m_generation;
    m_results << notRun(m_plan.at(m_check));
    m_results.last().evidence = m_evidence;
    emit checkFinished(m_check, m_results.constLast());
    runNext();
}

// Whether the current check has sent (or is sending) a command whose undo has
// not gone out yet: AT+QIOPEN in flight or done, its AT+QICLOSE still to come.
bool HealthCheck::undoMayBeDue() const
{
    if (m_check < 0 || m_check >= m_plan.size())
        return false;
    const QList<PlannedCommand> &commands = m_plan.at(m_check).commands;
    for (qsizetype i = qMax(0, m_command + 1); i < commands.size(); ++i) {
        const PlannedCommand &c = commands.at(i);
        if (c.role == PlannedCommand::Role::Undo && (c.target == m_command || m_succeeded.value(c.target)))
            return true;
    }
    return false;
}

CheckResult HealthCheck::notRun(const PlannedCheck &check) const
{
    CheckResult r;
    r.kind = check.kind;
    r.verdict = Verdict::NotRun;
    if (m_stopping)
        r.summary = m_stopReason.isEmpty() ? CheckJudge::tr("Not run: the check was stopped.") : m_stopReason;
    else if (m_stoppedBy >= 0)
        r.summary = CheckJudge::tr("Not run: \"%1\" failed, so this check would tell nothing.")
                            .arg(HealthPlan::title(m_plan.at(m_stoppedBy).kind));
    else if (!check.problem.isEmpty())
        r.summary = check.problem;
    else
        r.summary = CheckJudge::tr("Not ticked: nothing was sent.");
    return r;
}

void HealthCheck::runNext()
{
    while (m_running && ++m_check < m_plan.size()) {
        const PlannedCheck &check = m_plan.at(m_check);
        if (!check.enabled || !check.problem.isEmpty() || check.commands.isEmpty() || m_stoppedBy >= 0 || m_stopping) {
            m_results << notRun(check);
            emit checkFinished(m_check, m_results.constLast());
            continue;
        }
        m_evidence.clear();
        m_succeeded.fill(false, check.commands.size());
        m_answeredError.fill(false, check.commands.size());
        m_command = -1;
        m_requiredFailed = false;
        m_restartedWith.clear();
        emit checkStarted(m_check);
        sendNext();
        return;
    }
    if (m_running) {
        m_running = false;
        emit finished(m_results);
    }
}

// The next command of the current check that its rules let out, or the verdict.
void HealthCheck::sendNext()
{
    if (!m_running || m_check >= m_plan.size())
        return; // stopped from a slot of checkStarted
    const PlannedCheck &check = m_plan.at(m_check);
    while (++m_command < check.commands.size()) {
        const PlannedCommand &planned = check.commands.at(m_command);
        if (!isDue(planned))
            continue;
        BuildResult built = planned.built;
        built.command.source = at::Source::Health;
        // The engine may end this command after the check is gone (the window
        // closed mid-run, the link torn down after it): the guard says so.
        built.command.onTransaction = [self = QPointer<HealthCheck>(this), generation = m_generation](const at::Transaction &t) {
            if (self && generation == self->m_generation)
                self->onTransaction(t);
        };
        m_runner->submit(std::move(built));
        return;
    }
    CheckResult result = m_stopping ? notRun(check)
                                    : CheckJudge::judge(check, m_evidence, m_settings, QDateTime::currentDateTimeUtc(),
                                                        m_runner->engine()->profile().catalog());
    if (!m_restartedWith.isEmpty() && !m_stopping)
        CheckJudge::restarted(result, m_restartedWith);
    result.evidence = m_evidence; // a stopped check still shows what it sent
    if (result.verdict == Verdict::Fail && result.stopsRest)
        m_stoppedBy = m_check;
    m_results << result;
    emit checkFinished(m_check, result);
    runNext();
}

// Whether a command of the current check goes out, by its role (PlannedCommand).
bool HealthCheck::isDue(const PlannedCommand &planned) const
{
    switch (planned.role) {
    case PlannedCommand::Role::Undo:
        // A restart closed what there was to undo (every socket goes with it).
        return m_succeeded.value(planned.target) && m_restartedWith.isEmpty();
    case PlannedCommand::Role::Explain:
        // After a restart the module's last error is not the one to explain.
        return m_answeredError.value(planned.target) && !m_stopping && m_restartedWith.isEmpty();
    case PlannedCommand::Role::Activate: {
        // Only on the module's word: its AT+QIACT? answered and did not list the context as active.
        if (!m_succeeded.value(planned.target) || m_requiredFailed || m_stopping || !m_restartedWith.isEmpty())
            return false;
        const CommandCatalog &catalog = m_runner->engine()->profile().catalog();
        const at::Transaction *query = CheckJudge::find(catalog, m_evidence, CommandId::ContextActivate, CommandForm::Read, false);
        return query && !contextActivated(*query, m_settings.contextId.value_or(-1), catalog);
    }
    case PlannedCommand::Role::Required:
    case PlannedCommand::Role::Optional:
        break;
    }
    // Nothing more is asked of a module that restarted: it would answer from a fresh start.
    return !m_requiredFailed && !m_stopping && m_restartedWith.isEmpty();
}

void HealthCheck::onTransaction(const at::Transaction &transaction)
{
    m_evidence << transaction;
    const PlannedCommand::Role role = m_plan.at(m_check).commands.at(m_command).role;
    if (role == PlannedCommand::Role::Explain)
        m_runner->takeLastError(transaction); // the session's last error, as after any other ERROR
    const bool ok = CheckJudge::succeeded(transaction);
    m_succeeded[m_command] = ok;
    m_answeredError[m_command] = transaction.status == at::Transaction::Status::Error;
    if (!ok && (role == PlannedCommand::Role::Required || role == PlannedCommand::Role::Activate))
        m_requiredFailed = true;
    // Out of the engine's callback: the next command is submitted from the event loop.
    QMetaObject::invokeMethod(this, [this, generation = m_generation] {
        if (generation == m_generation)
            sendNext();
    }, Qt::QueuedConnection);
}

void HealthCheck::onUnsolicited(const at::ResultLine &line)
{
    if (!m_running || m_stopping || m_check < 0 || m_check >= m_plan.size() || m_results.size() > m_check)
        return; // between runs, or the current check is judged already
    if (m_restartedWith.isEmpty() && m_runner->engine()->assembler().rules().restartedBy(line))
        m_restartedWith = line.text;
}

} // namespace bc25::health
