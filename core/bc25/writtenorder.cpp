// SPDX-License-Identifier: MIT
#include "writtenorder.h"

namespace bc25 {

void WrittenOrder::add(const at::Transaction &transaction)
{
    if (transaction.id < m_next) {
        // Its turn was given away when too many waited behind it: late, but not lost.
        m_sink(transaction);
        return;
    }
    if (transaction.id == m_next && m_held.empty()) {
        // Most transactions finish in turn: no copy.
        m_sink(transaction);
        ++m_next;
        return;
    }
    m_held.emplace(transaction.id, transaction);
    release();
    while (int(m_held.size()) > m_maxHeld) {
        auto oldest = m_held.begin();
        m_next = oldest->first + 1;
        m_sink(oldest->second);
        m_held.erase(oldest);
        release();
    }
}

void WrittenOrder::release()
{
    for (auto it = m_held.begin(); it != m_held.end() && it->first == m_next; it = m_held.erase(it)) {
        m_sink(it->second);
        ++m_next;
    }
}

void WrittenOrder::flush()
{
    for (const auto &[id, transaction] : m_held)
        m_sink(transaction);
    if (!m_held.empty())
        m_next = m_held.rbegin()->first + 1;
    m_held.clear();
}

} // namespace bc25
