// SPDX-License-Identifier: MIT
#pragma once

#include "atcommand.h"

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <optional>

namespace bc25::at {

class ProtocolRules;
struct ResultLine;

// The answer of the command that timed out last (DESIGN.md, rule 9), which
// may still come. Within the late window its final result belongs to it and
// the next command waits for it; until that final result, a later command's
// echo or final result, or a restart, its "+NAME:" lines are late answers,
// not URCs, and a read's payload is still that socket's (F9, F1: 2 s under
// load). A fixed-length send whose prompt did not come keeps its data for a
// late prompt. The TransactionAssembler asks it and routes what it says.
class LateAnswer final
{
public:
    static constexpr int DefaultWindowMs = 1000;

    void setWindowMs(int ms) { m_windowMs = ms; }

    // `command` timed out at `now` (-1 in a log without times: no window).
    // `promptLost`: its fixed-length data was never taken; the window stays
    // open until the module answers, and a late prompt gets the data.
    void commandTimedOut(const AtCommand &command, qint64 now, bool promptLost);
    // A new command was written: a late answer can no longer be told apart by time.
    void commandWritten() { m_windowEnd = -1; }
    // Closes the window if it has run out at `now`; returns whether it did.
    bool windowRanOut(qint64 now);
    // The module answered on (a later command's echo or final result): the
    // timed-out command's answer lines will not come.
    void moduleAnsweredOn() { m_answer.reset(); }
    // The module restarted or the link was reset: it answers nothing it was asked.
    void forget();

    // Whether any part of a late answer may still come (a line need not be offered otherwise).
    [[nodiscard]] bool awaitsAnything() const { return m_answer || !m_windowCommand.isEmpty(); }
    // Whether the next command waits for the late answer (the window is open).
    [[nodiscard]] bool awaited() const { return m_windowEnd >= 0; }
    // When the window runs out (-1: not open).
    [[nodiscard]] qint64 windowEnd() const { return m_windowEnd; }
    // Whether a final result that precedes a command's echo is the timed-out command's.
    [[nodiscard]] bool finalResultAwaited() const { return !m_windowCommand.isEmpty(); }
    // The socket a timed-out read was for: its late payload is that socket's (-1: none).
    [[nodiscard]] int dataSocket() const { return m_answer ? m_answer->dataSocket : -1; }

    enum class Part { None, FinalResult, AnswerLine, Echo };
    // Which part of the late answer `line` is; `commandOpen`: a command is in flight.
    // Asked of every line no command claims: inline while nothing timed out.
    [[nodiscard]] Part partOf(const ResultLine &line, bool commandOpen, const ProtocolRules &rules) const
    {
        return awaitsAnything() ? partOfAwaited(line, commandOpen, rules) : Part::None;
    }
    // The timed-out command whose answer line came (Part::AnswerLine).
    [[nodiscard]] const QByteArray &answeredCommand() const;
    // The late final result came: ends the window and forgets the timed-out command, returned.
    QByteArray finalResultCame();
    // The data of a lost prompt's send, once, while the window is open.
    std::optional<QByteArray> takeLostPromptData();

private:
    [[nodiscard]] Part partOfAwaited(const ResultLine &line, bool commandOpen, const ProtocolRules &rules) const;

    int m_windowMs = DefaultWindowMs;
    qint64 m_windowEnd = -1;
    // The command whose final result the window waits for (kept past the
    // window's end by a newer command, until a final result or a restart).
    QByteArray m_windowCommand;
    struct TimedOutAnswer
    {
        QByteArray command;
        QList<QByteArray> ownedPrefixes;
        int dataSocket = -1;
    };
    std::optional<TimedOutAnswer> m_answer;
    std::optional<QByteArray> m_lostPromptData;
};

} // namespace bc25::at
