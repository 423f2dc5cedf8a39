// SPDX-License-Identifier: MIT
#pragma once

#include "at/atcommand.h"

#include <functional>
#include <map>

namespace bc25 {

// Puts finished transactions back in the order their commands were written
// (by id: the assembler numbers them as they start), for bc25-decode
// --transactions: an AT+QIOPEN that waits for its +QIOPEN finishes after the
// commands written behind it. Bounded: while one transaction stays open, at
// most `maxHeld` later ones wait for it; beyond that the oldest held go out,
// and the open one follows when it finishes.
class WrittenOrder final
{
public:
    using Sink = std::function<void(const at::Transaction &)>;
    static constexpr int DefaultMaxHeld = 4096;

    explicit WrittenOrder(Sink sink, int maxHeld = DefaultMaxHeld)
        : m_sink(std::move(sink)), m_maxHeld(maxHeld) {}

    void add(const at::Transaction &transaction);
    // The input ended: whatever is held goes out, in written order.
    void flush();
    [[nodiscard]] int held() const { return int(m_held.size()); }

private:
    void release();

    Sink m_sink;
    int m_maxHeld;
    quint64 m_next = 1; // the id whose turn it is
    std::map<quint64, at::Transaction> m_held;
};

} // namespace bc25
