// SPDX-License-Identifier: MIT
#include "commandstatus.h"

#include "erroradvice.h"
#include "session/modulesession.h"

#include "bc25/responses.h"

#include <QStatusBar>

#include <utility>

namespace bc25::ui {

namespace {
constexpr int FailureShownMs = 30000;

bool isUsers(at::Source source)
{
    switch (source) {
    case at::Source::Panel:
    case at::Source::Terminal:
    case at::Source::Quick:
    case at::Source::Raw:
        return true;
    case at::Source::Session:
    case at::Source::Recipe:
    case at::Source::Log:
    case at::Source::Health:
    case at::Source::Soak:
        return false;
    }
    return false;
}
} // namespace

CommandStatus::CommandStatus(QStatusBar *bar, ModuleSession *session, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_session(session)
{
    connect(session, &ModuleSession::transactionFinished, this, &CommandStatus::onTransaction);
    // AT+QIGETERROR's answer after an ERROR: the reason, in the manual's words,
    // and what to do about it on this model (ErrorAdvice). The runner says the
    // code (lastErrorRead), then its words (commandFailed), one after the other.
    connect(session->commands(), &CommandRunner::lastErrorRead, this,
            [this](const LastError &error) { m_lastErrorCode = error.code; });
    connect(session->commands(), &CommandRunner::commandFailed, this, [this](const QString &message) {
        showFailure(ErrorAdvice::withAdvice(message, std::exchange(m_lastErrorCode, -1), m_session->profile()));
    });
    // A failure ("Last error: …") of the module that was is not one of the next module's.
    connect(session, &ModuleSession::forgotten, this, [this] {
        if (!m_failure.isEmpty() && m_bar->currentMessage() == m_failure)
            m_bar->clearMessage();
        m_failure.clear();
    });
}

void CommandStatus::show(const QString &message, int timeoutMs)
{
    m_failure.clear();
    m_bar->showMessage(message, timeoutMs);
}

void CommandStatus::showFailure(const QString &message)
{
    m_failure = message;
    m_bar->showMessage(message, FailureShownMs);
}

void CommandStatus::withdraw(const QString &message)
{
    if (m_bar->currentMessage() != message)
        return;
    m_bar->clearMessage();
    if (m_failure == message)
        m_failure.clear();
}

void CommandStatus::onTransaction(const at::Transaction &t)
{
    // The user's own commands, however sent (typed, raw, a panel's, a quick
    // command's): the workbench's polling and the recipes, the health check
    // and the soak monitor report in their own panels.
    if (!isUsers(t.source))
        return;
    if (!CommandRunner::succeeded(t)) {
        showFailure(ErrorAdvice::withAdvice(CommandRunner::resultText(t), t, m_session->profile()));
        return;
    }
    // A later success: the earlier failure is no longer the latest news.
    if (!m_failure.isEmpty() && m_bar->currentMessage() == m_failure) {
        m_failure.clear();
        m_bar->clearMessage();
    }
}

} // namespace bc25::ui
