// SPDX-License-Identifier: MIT
#include "commandrunner.h"

#include "at/commandengine.h"
#include "bc25/catalogrules.h"
#include "bc25/errorcodes.h"
#include "bc25/urcdescription.h"
#include "profile/moduleprofile.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRunner, "bc25.session.commands")

namespace bc25 {

const CommandCatalog &CommandRunner::catalog() const
{
    return m_engine->profile().catalog();
}

CommandRunner::CommandRunner(at::CommandEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
}

quint64 CommandRunner::submit(BuildResult built, std::function<void(const at::Transaction &)> onFinished)
{
    Q_ASSERT(built.ok());
    // A bare ERROR from a TCP/IP command says nothing; AT+QIGETERROR says why (manual 2.1.12).
    // The workbench's own commands (a drain's AT+QIRD, the polling) are not the
    // user's: their reason goes to the log, never into "Last error" or the status bar.
    const bool explainErrors = built.command.explainErrors;
    const bool forTheUser = built.command.source != at::Source::Session;
    built.command.onFinished = [this, explainErrors, forTheUser, onFinished = std::move(onFinished)](const at::Transaction &t) {
        if (explainErrors && t.status == at::Transaction::Status::Error) {
            if (forTheUser)
                explainError(t.id);
            else
                logLastError(QString::fromLatin1(t.command));
        }
        if (onFinished)
            onFinished(t);
    };
    return m_engine->submit(std::move(built.command));
}

void CommandRunner::readLastError()
{
    submit(Commands::lastError(catalog()), [this](const at::Transaction &t) { takeLastError(t); });
}

void CommandRunner::explainError(quint64 transactionId)
{
    submit(Commands::lastError(catalog()), [this, transactionId](const at::Transaction &t) {
        takeLastError(t);
        for (const at::ResultLine &line : t.lines) {
            if (const auto error = LastError::parse(line); error && error->code != ErrorCodes::Success)
                emit errorExplained(transactionId, error->code);
        }
    });
}

void CommandRunner::logLastError(const QString &command)
{
    submit(Commands::lastError(catalog()), [command](const at::Transaction &t) {
        for (const at::ResultLine &line : t.lines) {
            if (const auto error = LastError::parse(line))
                qCInfo(lcRunner).noquote() << command << "failed:" << ErrorCodes::describe(error->code);
        }
    });
}

void CommandRunner::takeLastError(const at::Transaction &answer)
{
    for (const at::ResultLine &line : answer.lines) {
        if (const auto error = LastError::parse(line)) {
            emit lastErrorRead(*error);
            if (error->code != ErrorCodes::Success)
                emit commandFailed(tr("Last error: %1").arg(ErrorCodes::describe(error->code)));
        }
    }
}

QString CommandRunner::failureText(const at::Transaction &t)
{
    const QString command = QString::fromLatin1(t.command);
    switch (t.status) {
    case at::Transaction::Status::Open:
    case at::Transaction::Status::Ok:
        return {};
    case at::Transaction::Status::Error:
        return tr("%1 answered ERROR.").arg(command);
    case at::Transaction::Status::CmeError:
    case at::Transaction::Status::CmsError:
        if (!t.errors.isEmpty())
            return tr("%1 failed: %2").arg(command, t.errors.constFirst());
        break;
    case at::Transaction::Status::Timeout:
    case at::Transaction::Status::Aborted:
        if (!t.message.isEmpty())
            return t.message;
        break;
    }
    // A failure always says something: callers put it after a colon.
    return tr("%1 failed.").arg(command);
}

QString CommandRunner::failureText(const at::OperationResult &result)
{
    if (result.status == at::OperationResult::Status::None || result.status == at::OperationResult::Status::Done
        || result.status == at::OperationResult::Status::Pending)
        return {};
    // The engine's own words first (a timeout, the socket closed, the module
    // restarted), then the module's failing line, never nothing.
    if (!result.message.isEmpty())
        return result.message;
    if (!result.lines.isEmpty()) {
        if (const QString text = CatalogRules::errorTextOf(result.lines.constLast()); !text.isEmpty())
            return text;
    }
    return tr("%1 failed.").arg(QString::fromLatin1(result.command));
}

QString CommandRunner::doneText(const at::OperationResult &result)
{
    if (result.lines.isEmpty())
        return QStringLiteral("OK");
    // The line that ended it: SEND OK and CLOSE OK as printed, a "+NAME:" line
    // in words ("Socket 0 is open.", the ping's summary), as the URC log says it.
    const at::ResultLine &last = result.lines.constLast();
    if (last.prefixed) {
        if (const QString meaning = UrcDescription::describe(last).meaning; !meaning.isEmpty())
            return meaning;
    }
    return QString::fromLatin1(last.text);
}

bool CommandRunner::succeeded(const at::Transaction &t)
{
    const at::OperationResult::Status op = t.operation.status;
    return t.ok() && (op == at::OperationResult::Status::None || op == at::OperationResult::Status::Done);
}

QString CommandRunner::resultText(const at::Transaction &t)
{
    const QString command = QString::fromUtf8(t.command); // a typed command's text may be UTF-8 ("你好")
    if (!t.ok())
        return t.status == at::Transaction::Status::Open ? QString() : failureText(t);
    switch (t.operation.status) {
    case at::OperationResult::Status::None:
        return tr("%1: OK").arg(command);
    case at::OperationResult::Status::Done:
        return tr("%1: %2").arg(command, doneText(t.operation));
    case at::OperationResult::Status::Pending:
        return tr("%1: OK, waiting for its result").arg(command);
    case at::OperationResult::Status::Failed:
    case at::OperationResult::Status::Timeout:
    case at::OperationResult::Status::Aborted:
        break;
    }
    const QString why = failureText(t.operation);
    return tr("%1: %2").arg(command, why.isEmpty() ? tr("failed") : why);
}

} // namespace bc25
