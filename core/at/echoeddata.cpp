// SPDX-License-Identifier: MIT
// AtParser in a raw log's data phase: the data echoed after "> ", counted by
// its length or ended by Ctrl+Z or Esc, and the module's answer that ends the
// phase when it echoed no data or no Ctrl+Z (atparser.h, expectEchoedData).
#include "atparser.h"

#include <utility>

namespace bc25::at {

namespace {

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

} // namespace

void AtParser::expectEchoedData(qint64 length, AnswerTest isAnswer, AnswerTest followsCount, bool hexDigits)
{
    if (length == 0)
        return;
    m_mode = Mode::EchoedData;
    m_echoedDataLeft = length;
    m_echoOffset = m_consumed;
    m_isAnswer = std::move(isAnswer);
    m_echoedFixed = length > 0;
    m_echoedBreak = -1;
    m_echoedLineStart = -1;
    m_echoedCountEnd = -1;
    m_echoedOnlyLineEnds = true;
    m_echoedAnswerBreak = -1;
    m_echoedFirstLine = false;
    m_echoedHex = hexDigits && length > 0;
    m_followsCount = followsCount ? std::move(followsCount) : m_isAnswer;
    m_payload.clear();
}

bool AtParser::echoedLineMayEndData(QByteArrayView line) const
{
    // Counted by length, only a first line (after nothing but line ends) may be the
    // answer to data never echoed; a later line may still be a restart (RDY): the
    // module rebooted partway through echoing the data.
    if (!m_echoedFixed || m_echoedFirstLine)
        return m_isAnswer(line);
    return m_isRestart && m_isRestart(line);
}

void AtParser::feedEchoedData(const char *data, qsizetype size, qsizetype &i)
{
    if (m_swallowSpace) {
        m_swallowSpace = false;
        if (data[i] == ' ') {
            ++i;
            return;
        }
    }
    if (m_payload.isEmpty())
        m_echoOffset = m_base + i;
    while (i < size && m_payload.size() < MaxPayloadLength) {
        const bool counted = m_echoedDataLeft == 0;
        // Counted out, and no line that may be the module's answer is open or in doubt: done.
        if (counted && m_echoedLineStart < 0 && m_echoedAnswerBreak < 0)
            break;
        const char c = data[i];
        if (m_echoedHex && !counted && !isHexDigit(c)) {
            // manual 2.1.6: AT+QISENDEX's data is hex text; this byte is the module's own.
            endEchoedDataAt(m_payload.size());
            return; // read in line mode
        }
        if (c == '\r' || c == '\n') {
            if (m_echoedLineStart >= 0 && m_echoedLineStart < m_payload.size()) {
                // The line before this line end may be the module's answer: the data was not echoed.
                const bool answer = echoedLineMayEndData(QByteArrayView(m_payload).sliced(m_echoedLineStart));
                if (answer && !m_echoedFixed) {
                    endEchoedDataAt(m_echoedBreak);
                    return; // this line end is read in line mode
                }
                // Counted by length, the echo may itself hold "\r\nOK\r\n" (manual 2.1.5: any
                // <send_length> bytes): the answer is only a candidate until the count decides.
                if (answer)
                    m_echoedAnswerBreak = m_echoedBreak;
                m_echoedLineStart = -1;
            }
            if (counted && m_echoedAnswerBreak < 0) {
                endEchoedDataAtCount();
                return;
            }
            if (!counted) {
                if (m_echoedLineStart < m_payload.size() || m_echoedBreak < 0)
                    m_echoedBreak = m_payload.size();
                // Fixed length: every line is looked at until one is in doubt (the
                // earliest decides), a first one as an answer, a later one as a restart.
                m_echoedLineStart = m_isAnswer && (!m_echoedFixed || m_echoedAnswerBreak < 0) ? m_payload.size() + 1 : -1;
                m_echoedFirstLine = m_echoedOnlyLineEnds;
            }
        } else if (!counted) {
            m_echoedOnlyLineEnds = false;
        }
        m_payload.append(c);
        ++i;
        if (m_echoedDataLeft > 0) {
            if (--m_echoedDataLeft == 0) {
                m_echoedCountEnd = m_payload.size();
                if (m_echoedLineStart >= m_echoedCountEnd)
                    m_echoedLineStart = -1; // the data was all line ends: no line of it to look at
                // Nothing but line ends counted (AT+QISEND=0,2 and "\r\nOK"): the module's own
                // framing unless its answer follows the count, as for a first line.
                if (m_echoedOnlyLineEnds && m_echoedAnswerBreak < 0 && m_isAnswer)
                    m_echoedAnswerBreak = 0;
            }
        } else if (m_echoedDataLeft < 0 && (c == '\x1a' || c == '\x1b')) {
            m_echoedDataLeft = 0; // Ctrl+Z sends, Esc cancels: the data phase is over
            m_echoedCountEnd = m_payload.size();
            m_echoedLineStart = -1;
        } else if (counted && m_echoedAnswerBreak >= 0 && m_echoedLineStart < 0
                   && (c == '\r' || c == '\n' || m_payload.size() == m_echoedCountEnd + 1)) {
            // Looked at only where it can change: the first byte after the count and line ends.
            const AnswerVerdict verdict = answerAfterCount(false);
            if (verdict != AnswerVerdict::Pending) {
                verdict == AnswerVerdict::Follows ? endEchoedDataAtCount() : endEchoedDataAt(m_echoedAnswerBreak);
                return;
            }
        }
    }
    if (m_echoedDataLeft == 0 && m_echoedLineStart < 0 && m_echoedAnswerBreak < 0)
        finishEchoedData();
    else if (m_payload.size() >= MaxPayloadLength && m_echoedAnswerBreak >= 0)
        endEchoedDataAt(m_echoedAnswerBreak);
    else if (m_payload.size() >= MaxPayloadLength)
        m_echoedDataLeft == 0 ? endEchoedDataAtCount() : finishEchoedData();
}

AtParser::AnswerVerdict AtParser::answerAfterCount(bool atEnd) const
{
    // What the module prints after a counted echo (as the virtual module does):
    // one line end, then its answer line. Anything else says the first line
    // was the answer and the data was never echoed.
    const QByteArrayView rest = QByteArrayView(m_payload).sliced(m_echoedCountEnd);
    if (rest.isEmpty())
        return atEnd ? AnswerVerdict::Missing : AnswerVerdict::Pending;
    if (rest.front() != '\r' && rest.front() != '\n')
        return AnswerVerdict::Missing;
    // A CR LF cut in two by the count is the module's line end, not the data's and then its answer's.
    if (rest.front() == '\n' && m_echoedCountEnd > 0 && m_payload.at(m_echoedCountEnd - 1) == '\r')
        return AnswerVerdict::Missing;
    if (rest.front() == '\r' && rest.size() == 1)
        return atEnd ? AnswerVerdict::Missing : AnswerVerdict::Pending;
    const qsizetype lineStart = rest.startsWith("\r\n") ? 2 : 1;
    qsizetype lineEnd = lineStart;
    while (lineEnd < rest.size() && rest.at(lineEnd) != '\r' && rest.at(lineEnd) != '\n')
        ++lineEnd;
    if (lineEnd == rest.size() && !atEnd)
        return lineEnd - lineStart > MaxLineLength ? AnswerVerdict::Missing : AnswerVerdict::Pending;
    if (lineEnd == lineStart)
        return AnswerVerdict::Missing;
    return m_followsCount(rest.sliced(lineStart, lineEnd - lineStart)) ? AnswerVerdict::Follows : AnswerVerdict::Missing;
}

void AtParser::endEchoedDataAtCount()
{
    // The line looked at was the data's own: the echo is what was counted, the rest module lines.
    const QByteArray rest = m_payload.sliced(m_echoedCountEnd);
    const qint64 restOffset = m_echoOffset + m_echoedCountEnd;
    m_payload.truncate(m_echoedCountEnd);
    finishEchoedData();
    replayAsLines(rest, restOffset);
}

void AtParser::replayAsLines(const QByteArray &bytes, qint64 offset)
{
    const qint64 savedBase = m_base;
    m_base = offset;
    m_afterCr = false;
    process(bytes.constData(), bytes.size());
    m_base = savedBase;
}

void AtParser::endEchoedDataAt(qsizetype answerBreak)
{
    // The echo ends before the line end that frames the answer; the answer
    // and its framing (and what followed) are read again as module lines.
    const QByteArray answer = m_payload.sliced(answerBreak);
    const qint64 answerOffset = m_echoOffset + answerBreak;
    m_payload.truncate(answerBreak);
    if (m_payload.isEmpty()) {
        m_mode = Mode::Line;
        m_echoedDataLeft = 0;
        m_isAnswer = {};
    } else {
        finishEchoedData();
    }
    replayAsLines(answer, answerOffset);
}

void AtParser::finishEchoedData()
{
    AtEvent echo;
    echo.kind = AtEvent::Kind::Echo;
    echo.offset = m_echoOffset;
    echo.bytes = std::exchange(m_payload, {});
    m_mode = Mode::Line;
    m_echoedDataLeft = 0;
    m_isAnswer = {};
    m_followsCount = {};
    deliver(echo);
}

} // namespace bc25::at
