// SPDX-License-Identifier: MIT
#pragma once

#include "opencommand.h"

#include <deque>
#include <list>
#include <optional>

namespace bc25::at {

// The second phases still waiting for their line (DESIGN.md, rule 4), in the
// order their commands were confirmed. A line belongs to the first one whose
// matcher claims it; each has its own deadline. The assembler finishes them.
class OperationList final
{
public:
    using Iterator = std::list<OpenCommand>::iterator;

    // Whether claimed lines and URCs are kept in the transactions (see
    // TransactionAssembler::setRecordContents).
    void setRecordContents(bool on) { m_recordContents = on; }
    void add(OpenCommand entry) { m_entries.push_back(std::move(entry)); }
    [[nodiscard]] bool empty() const { return m_entries.empty(); }
    [[nodiscard]] int size() const { return int(m_entries.size()); }
    [[nodiscard]] Iterator begin() { return m_entries.begin(); }
    [[nodiscard]] Iterator end() { return m_entries.end(); }

    struct Claim
    {
        Iterator entry;
        OperationMatcher::Match match = OperationMatcher::Match::NotMine;
    };
    // The operation a line belongs to (its lines and deadline updated), or
    // match NotMine. `restartAt`: the new deadline for operations whose
    // progress lines restart their timer, from each one's own limit.
    Claim claim(const ResultLine &line, const std::function<qint64(int limitMs)> &restartAt);
    OpenCommand take(Iterator entry);
    [[nodiscard]] qint64 nextDeadline() const;
    // The first operation whose deadline has passed at `now`, or end().
    Iterator firstExpired(qint64 now);
    // An unsolicited line arrived while they were open.
    void noteUrc(const ResultLine &line);

    // A second phase that timed out: its line may still come, late. It must
    // then not pass for an unsolicited line (a late +QIOPEN: 0,0 says the
    // socket IS open), nor for a newer operation's.
    struct TimedOut
    {
        std::shared_ptr<OperationMatcher> matcher;
        QByteArray command;
        quint64 id = 0;
        QList<SettingChange> changesOnDone;
    };
    static constexpr int MaxTimedOut = 8;
    void rememberTimedOut(const OpenCommand &entry);
    [[nodiscard]] bool hasTimedOut() const { return !m_timedOut.empty(); }
    // The timed-out operation a line belongs to, with the match (removed once it ends it).
    std::optional<TimedOut> claimTimedOut(const ResultLine &line, OperationMatcher::Match *match);
    // Whether a timed-out operation answered in order (a send not yet followed
    // by a newer one the module accepted) claims the line before any newer one
    // does — a pending operation, the command in flight —: the older's late
    // line comes first. So does one whose late answer began (a ping's echo):
    // the module prints an answer whole.
    [[nodiscard]] bool olderTimedOutClaims(const ResultLine &line) const;
    // A newer operation the module accepted (its OK, a send's prompt; or a
    // reboot: nullptr) leaves no room for the timed-out ones it supersedes.
    void forgetTimedOut(const OperationMatcher *newer);
    // A newer operation's own answer began: the module prints one answer at a
    // time, whole, so the older ones it supersedes are over, told apart or not.
    void newerAnswerBegan(const OperationMatcher &newer);
    // The newest timed-out operation whose late line `newer` could not tell
    // from its own (its command; empty: none): the one `newer` supersedes,
    // or, given `line`, one that claims it too. A send is never one: the
    // module accepted the newer only once the older had ended (manual 4.1.2).
    [[nodiscard]] QByteArray indistinguishableTimedOut(const OperationMatcher &newer,
                                                       const ResultLine *line = nullptr) const;

private:
    std::list<OpenCommand> m_entries;
    std::deque<TimedOut> m_timedOut; // at most MaxTimedOut, the oldest dropped
    bool m_recordContents = true;
};

} // namespace bc25::at
