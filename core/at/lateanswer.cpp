// SPDX-License-Identifier: MIT
#include "lateanswer.h"

#include "protocolrules.h"
#include "resultline.h"

#include <limits>
#include <utility>

namespace bc25::at {

void LateAnswer::commandTimedOut(const AtCommand &command, qint64 now, bool promptLost)
{
    m_lostPromptData.reset();
    if (promptLost)
        m_lostPromptData = command.payload;
    m_windowCommand = command.text;
    m_windowEnd = now >= 0 ? now + m_windowMs : -1;
    // Esc would be data after AT+QISEND=<id>,<len>: nothing is written until the module answers.
    if (promptLost && m_windowEnd >= 0)
        m_windowEnd = std::numeric_limits<qint64>::max();
    m_answer = TimedOutAnswer {command.text, command.ownedPrefixes, command.dataSocket};
}

bool LateAnswer::windowRanOut(qint64 now)
{
    if (!awaited() || now < m_windowEnd)
        return false;
    m_windowEnd = -1;
    m_windowCommand.clear();
    return true;
}

void LateAnswer::forget()
{
    m_windowEnd = -1;
    m_windowCommand.clear();
    m_answer.reset();
    m_lostPromptData.reset();
}

LateAnswer::Part LateAnswer::partOfAwaited(const ResultLine &line, bool commandOpen, const ProtocolRules &rules) const
{
    // Its echo, late like the rest (the session's first AT timed out on a
    // loaded host; its "AT" came just before ATI's echo, which it begins).
    if (!line.prefixed && !line.isFinal() && m_answer && line.text == m_answer->command)
        return Part::Echo;
    // The final result of a command that already timed out: absorbed, the engine resyncs.
    if (line.isFinal() && !commandOpen)
        return Part::FinalResult;
    // Its "+NAME:" answer line (+CGATT: 1, +QIRD: 512), unless the model also
    // prints it unsolicited: late, tied to its command, not a URC without meaning.
    if (!m_answer || line.isFinal() || !line.prefixed || !m_answer->ownedPrefixes.contains(line.name)
        || rules.isKnownUrc(line))
        return Part::None;
    return Part::AnswerLine;
}

const QByteArray &LateAnswer::answeredCommand() const
{
    static const QByteArray none;
    return m_answer ? m_answer->command : none;
}

QByteArray LateAnswer::finalResultCame()
{
    // Both the window and the remembered command end with the final result.
    m_windowEnd = -1;
    QByteArray command = std::exchange(m_windowCommand, {});
    if (m_answer && command.isEmpty())
        command = m_answer->command;
    m_answer.reset();
    return command;
}

std::optional<QByteArray> LateAnswer::takeLostPromptData()
{
    if (!awaited())
        return std::nullopt;
    return std::exchange(m_lostPromptData, std::nullopt);
}

} // namespace bc25::at
