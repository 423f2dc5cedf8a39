// SPDX-License-Identifier: MIT
#include "modulesession.h"

#include "at/commandengine.h"

namespace bc25 {

ModuleSession::ModuleSession(at::CommandEngine *engine, QObject *parent)
    : QObject(parent)
    , m_runner(engine)
    , m_sockets(&m_runner)
    , m_sends(&m_runner, &m_sockets)
    , m_status(&m_runner)
    , m_configuration(&m_runner)
    , m_tools(&m_runner)
{
    m_log.follow(engine);
    // A reboot drops every socket: every pending send and second phase fails with the reason.
    connect(&m_sockets, &SocketTable::moduleRestarted, this, [this](const QString &reason) {
        m_sends.failAll(reason, [this, reason] { m_runner.engine()->abortOperations(reason); });
    });
}

void ModuleSession::synchronize()
{
    m_status.identify();
    m_configuration.read();
    m_sockets.refresh();
    m_status.refresh();
}

void ModuleSession::forget()
{
    m_sends.failAll(tr("The module is not connected."));
    m_sockets.forget();
    m_status.forget();
}

QString ModuleSession::sendTyped(const QByteArray &line)
{
    BuildResult built = Commands::fromText(line);
    if (!built.ok())
        return built.error;
    built.command.lineEnding = m_typedLineEnding;
    m_runner.submit(std::move(built), [this](const at::Transaction &t) { emit typedCommandFinished(t); });
    return {};
}

} // namespace bc25
