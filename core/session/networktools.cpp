// SPDX-License-Identifier: MIT
#include "networktools.h"

#include "at/commandengine.h"
#include "profile/moduleprofile.h"
#include "commandrunner.h"

namespace bc25 {

NetworkTools::NetworkTools(CommandRunner *runner, QObject *parent, at::Source source)
    : QObject(parent)
    , m_runner(runner)
    , m_source(source)
{
}

QString NetworkTools::ping(const PingParameters &parameters)
{
    BuildResult built = Commands::ping(parameters);
    if (!built.ok())
        return built.error;
    built.command.source = m_source;
    built.command.onOperationProgress = [this](const at::ResultLine &line) {
        if (const auto reply = PingReply::parse(line))
            emit pingReply(*reply);
    };
    built.command.onOperationFinished = [this](const at::OperationResult &r) {
        const auto summary = r.lines.isEmpty() ? std::nullopt : PingSummary::parse(r.lines.constLast());
        if (r.status == at::OperationResult::Status::Aborted)
            emit pingAborted();
        emit pingFinished(r.ok(), summary.value_or(PingSummary {}), CommandRunner::failureText(r));
    };
    m_runner->submit(std::move(built), [this](const at::Transaction &t) {
        if (t.ok())
            return;
        if (t.status == at::Transaction::Status::Aborted)
            emit pingAborted();
        emit pingFinished(false, PingSummary {}, CommandRunner::failureText(t));
    });
    return {};
}

QString NetworkTools::synchronizeTime(int contextId, const QString &server, int port, bool setClock)
{
    BuildResult built = Commands::synchronizeTime(m_runner->engine()->profile().catalog(), contextId, server, port, setClock ? 1 : 0);
    if (!built.ok())
        return built.error;
    built.command.source = m_source;
    built.command.onOperationFinished = [this](const at::OperationResult &r) {
        const auto time = r.lines.isEmpty() ? std::nullopt : NtpTime::parse(r.lines.constLast());
        emit timeSynchronized(r.ok(), time.value_or(NtpTime {}), CommandRunner::failureText(r));
    };
    m_runner->submit(std::move(built), [this](const at::Transaction &t) {
        if (!t.ok())
            emit timeSynchronized(false, NtpTime {}, CommandRunner::failureText(t));
    });
    return {};
}

QString NetworkTools::lookUpHost(int contextId, const QString &hostName)
{
    BuildResult built = Commands::lookUpHost(m_runner->engine()->profile().catalog(), contextId, hostName);
    if (!built.ok())
        return built.error;
    built.command.source = m_source;
    built.command.onOperationFinished = [this, hostName](const at::OperationResult &r) {
        emit hostLookedUp(r.ok(), hostName, DnsResult::fromLines(r.lines), CommandRunner::failureText(r));
    };
    m_runner->submit(std::move(built), [this, hostName](const at::Transaction &t) {
        if (!t.ok())
            emit hostLookedUp(false, hostName, DnsResult {}, CommandRunner::failureText(t));
    });
    return {};
}

} // namespace bc25
