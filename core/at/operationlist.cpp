// SPDX-License-Identifier: MIT
#include "operationlist.h"

#include "recordbounds.h"

#include <algorithm>

namespace bc25::at {

OperationList::Claim OperationList::claim(const ResultLine &line, const std::function<qint64(int)> &restartAt)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        OperationMatcher &matcher = *it->command.operation;
        const OperationMatcher::Match match = matcher.match(line);
        if (match == OperationMatcher::Match::NotMine)
            continue;
        if (m_recordContents)
            appendBounded(it->transaction.operation.lines, line);
        if (match == OperationMatcher::Match::Progress && matcher.progressRestartsTimer())
            it->deadline = restartAt(matcher.timeoutMs());
        return {it, match};
    }
    return {m_entries.end(), OperationMatcher::Match::NotMine};
}

OpenCommand OperationList::take(Iterator entry)
{
    OpenCommand taken = std::move(*entry);
    m_entries.erase(entry);
    return taken;
}

qint64 OperationList::nextDeadline() const
{
    qint64 next = -1;
    for (const OpenCommand &entry : m_entries) {
        if (entry.deadline >= 0 && (next < 0 || entry.deadline < next))
            next = entry.deadline;
    }
    return next;
}

OperationList::Iterator OperationList::firstExpired(qint64 now)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->deadline >= 0 && now >= it->deadline)
            return it;
    }
    return m_entries.end();
}

void OperationList::rememberTimedOut(const OpenCommand &entry)
{
    if (m_timedOut.size() >= size_t(MaxTimedOut))
        m_timedOut.pop_front();
    m_timedOut.push_back({entry.command.operation->clone(), entry.transaction.command, entry.transaction.id,
                          entry.command.changesOnOperation});
}

std::optional<OperationList::TimedOut> OperationList::claimTimedOut(const ResultLine &line,
                                                                    OperationMatcher::Match *match)
{
    for (auto it = m_timedOut.begin(); it != m_timedOut.end(); ++it) {
        *match = it->matcher->match(line);
        if (*match == OperationMatcher::Match::NotMine)
            continue;
        TimedOut claimed = *it;
        if (*match != OperationMatcher::Match::Progress)
            m_timedOut.erase(it);
        return claimed;
    }
    *match = OperationMatcher::Match::NotMine;
    return std::nullopt;
}

bool OperationList::olderTimedOutClaims(const ResultLine &line) const
{
    if (m_timedOut.empty())
        return false; // the common case: asked of every line
    // Matchers keep state (a ping counts its echoes): asked through fresh copies.
    const auto claims = [&line](const OperationMatcher &matcher) {
        return matcher.clone()->match(line) != OperationMatcher::Match::NotMine;
    };
    const auto older = std::find_if(m_timedOut.cbegin(), m_timedOut.cend(), [&claims](const TimedOut &t) {
        return (t.matcher->answeredInOrder() || t.matcher->answerBegun()) && claims(*t.matcher);
    });
    if (older == m_timedOut.cend())
        return false;
    // It timed out before the command in flight began; a pending operation
    // confirmed before it had timed out is older still, and comes first.
    return std::none_of(m_entries.cbegin(), m_entries.cend(), [&older, &claims](const OpenCommand &entry) {
        return entry.transaction.id < older->id && claims(*entry.command.operation);
    });
}

void OperationList::forgetTimedOut(const OperationMatcher *newer)
{
    if (!newer) {
        m_timedOut.clear();
        return;
    }
    // The module took the newer one, so the older had ended (one send at a
    // time, manual 4.1.2; 568 Operation busy): its line will not come, and its
    // claim would take the newer's — but where the lines tell the two apart
    // (a ping's echo names its host), a late line of the older is still its own.
    std::erase_if(m_timedOut, [newer](const TimedOut &t) {
        return newer->supersedes(*t.matcher) && !newer->answersToldApart(*t.matcher);
    });
}

void OperationList::newerAnswerBegan(const OperationMatcher &newer)
{
    std::erase_if(m_timedOut, [&newer](const TimedOut &t) { return newer.supersedes(*t.matcher); });
}

QByteArray OperationList::indistinguishableTimedOut(const OperationMatcher &newer, const ResultLine *line) const
{
    for (auto it = m_timedOut.crbegin(); it != m_timedOut.crend(); ++it) {
        const OperationMatcher &older = *it->matcher;
        if (older.answeredInOrder() || newer.answersToldApart(older))
            continue;
        if (line ? older.clone()->match(*line) != OperationMatcher::Match::NotMine : newer.supersedes(older))
            return it->command;
    }
    return {};
}

void OperationList::noteUrc(const ResultLine &line)
{
    if (!m_recordContents)
        return;
    for (OpenCommand &entry : m_entries)
        appendBounded(entry.transaction.urcs, line);
}

} // namespace bc25::at
