// SPDX-License-Identifier: MIT
#include "modulestack.h"

namespace bc25::link {

ModuleStack::ModuleStack(std::shared_ptr<const profile::ModuleProfile> profile)
    : m_profile(std::move(profile))
    , m_engine(m_profile)
    , m_session(&m_engine)
    , m_connection(&m_engine, &m_session)
{
}

ModuleStack::~ModuleStack() = default;

} // namespace bc25::link
