// SPDX-License-Identifier: MIT
#pragma once

#include "at/commandengine.h"
#include "connection.h"
#include "profile/moduleprofile.h"
#include "session/modulesession.h"

#include <memory>

namespace bc25::link {

// The workbench's core for one model, built in the one order it can be:
// profile → engine → session → connection (and torn down in reverse). The
// programs, the tests' fixtures and the benchmarks build it here and never
// by hand, so everything in it runs the same profile.
class ModuleStack final
{
    Q_DISABLE_COPY_MOVE(ModuleStack)
public:
    explicit ModuleStack(std::shared_ptr<const profile::ModuleProfile> profile);
    ~ModuleStack();

    [[nodiscard]] const profile::ModuleProfile &profile() const { return *m_profile; }
    [[nodiscard]] const std::shared_ptr<const profile::ModuleProfile> &sharedProfile() const { return m_profile; }
    [[nodiscard]] at::CommandEngine &engine() { return m_engine; }
    [[nodiscard]] ModuleSession &session() { return m_session; }
    [[nodiscard]] Connection &connection() { return m_connection; }

private:
    const std::shared_ptr<const profile::ModuleProfile> m_profile;
    at::CommandEngine m_engine;
    ModuleSession m_session;
    Connection m_connection;
};

} // namespace bc25::link
