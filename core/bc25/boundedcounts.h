// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>

#include <array>
#include <cstdint>
#include <cstring>

namespace bc25 {

// How often each key (a result name, a drift reason) came, for at most
// `Max` distinct keys; the rest counted together (other()). Counting is the
// whole work per event of bc25-decode --stats, and the keys are mostly the
// same few shared texts (the parser's interned names, the profile's drift
// sentences made once): a key whose text is one seen before at the same
// address is found by that address, not hashed. A freed text whose address
// a new key reuses is caught: the key kept holds its own, elsewhere.
template<typename Key, qsizetype Max>
class BoundedCounts
{
public:
    void add(const Key &key)
    {
        Recent &recent = m_recent[slotOf(key.constData())];
        // The key kept shares the text it was made from: the same address and
        // size are the same bytes, whose compare cost 0.4 M instructions a MiB.
        if (recent.data == key.constData() && recent.index >= 0 && m_keys.at(recent.index).size() == key.size()
            && (m_keys.at(recent.index).constData() == key.constData() || m_keys.at(recent.index) == key)) {
            ++m_counts[recent.index];
            return;
        }
        qsizetype index = m_index.value(key, -1);
        if (index < 0) {
            if (m_keys.size() >= Max) {
                ++m_other;
                return;
            }
            index = m_keys.size();
            m_index.insert(key, index);
            m_keys.append(key);
            m_counts.append(0);
        }
        ++m_counts[index];
        recent = {key.constData(), index};
    }
    // Each key with its count, in the order they first came.
    template<typename Visit> void forEach(Visit visit) const
    {
        for (qsizetype i = 0; i < m_keys.size(); ++i)
            visit(m_keys.at(i), m_counts.at(i));
    }
    [[nodiscard]] qint64 other() const { return m_other; }

private:
    struct Recent
    {
        const void *data = nullptr;
        qsizetype index = -1;
    };
    static constexpr size_t Slots = 64;
    static size_t slotOf(const void *data) { return (reinterpret_cast<std::uintptr_t>(data) >> 4) % Slots; }

    QHash<Key, qsizetype> m_index;
    QList<Key> m_keys;
    QList<qint64> m_counts;
    qint64 m_other = 0;
    std::array<Recent, Slots> m_recent {};
};

} // namespace bc25
