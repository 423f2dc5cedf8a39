// SPDX-License-Identifier: MIT
#include "contextactivation.h"

#include "at/atcommand.h"
#include "bc25/commands.h"
#include "commandrunner.h"

namespace bc25 {

ContextActivation::ContextActivation(CommandRunner *runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{
}

QString ContextActivation::activate(int contextId)
{
    BuildResult built = Commands::activateContext(m_runner->catalog(), contextId);
    if (!built.ok())
        return built.error;
    built.command.source = at::Source::Panel;
    m_busy = contextId;
    m_runner->submit(std::move(built), [this, contextId](const at::Transaction &t) {
        m_busy = -1;
        // Only the module's OK says the context is up.
        if (CommandRunner::succeeded(t))
            emit activated(contextId);
        else
            emit failed(contextId, CommandRunner::failureText(t));
    });
    return {};
}

} // namespace bc25
