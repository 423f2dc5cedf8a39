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
    // AT+QISENDEX's hex digits end at the first other byte: a URC's line ends them.
    m_echoedUrcWatch = m_isUrcBeforeData && !m_echoedHex;
    m_echoedHeld.clear();
    m_echoedUrcEnd = -1;
}

void AtParser::watchForUrc(const char *data, qsizetype size, qsizetype &i)
{
    // The held bytes keep the shape "\r\n<line>\r\n", or they are the data's.
    while (i < size) {
        const char c = data[i];
        if (m_echoedUrcEnd >= 0) {
            // Counted by length, the data may itself be a URC's line: the count decides,
            // as for an answer (answerAfterCount). Bounded: the count and one line more;
            // looked at only where it can change (the first byte after the count, line
            // ends, a line past its longest), so each byte costs the same.
            m_echoedHeld.append(c);
            ++i;
            const qsizetype after = m_echoedHeld.size() - qsizetype(m_echoedDataLeft);
            if (c != '\r' && c != '\n' && after != 1 && after <= MaxLineLength + 2)
                continue;
            const AnswerVerdict verdict = heldUrcIsData(false);
            if (verdict == AnswerVerdict::Follows) {
                releaseHeld();
                return;
            }
            if (verdict == AnswerVerdict::Missing) {
                deliverHeldUrc();
                return;
            }
            continue;
        }
        const qsizetype held = m_echoedHeld.size();
        bool fits = false;
        if (held == 0)
            fits = c == '\r';
        else if (held == 1)
            fits = c == '\n';
        else if (held > 2 && m_echoedHeld.back() == '\r')
            fits = c == '\n';
        else if (c == '\r')
            fits = held > 2; // an empty line is no URC
        else
            fits = c != '\n' && held - 2 < MaxLineLength;
        if (!fits) {
            releaseHeld(); // byte i is read after them, as data
            return;
        }
        if (held == 0)
            m_echoedHeldOffset = m_base + i;
        m_echoedHeld.append(c);
        ++i;
        if (held <= 2 || c != '\n')
            continue;
        const QByteArrayView line = QByteArrayView(m_echoedHeld).sliced(2, m_echoedHeld.size() - 4);
        // A line that announces payload would take bytes of its own: never taken here.
        if (!m_isUrcBeforeData(line) || m_grammar.headerOf(line, m_settings).announcesPayload(MaxPayloadLength)) {
            releaseHeld();
            return;
        }
        m_echoedUrcEnd = m_echoedHeld.size();
        if (!m_echoedFixed) {
            deliverHeldUrc(); // up to Ctrl+Z: a URC's line is never the data's first
            return;
        }
        if (const AnswerVerdict verdict = heldUrcIsData(false); verdict != AnswerVerdict::Pending) {
            verdict == AnswerVerdict::Follows ? releaseHeld() : deliverHeldUrc();
            return;
        }
    }
}

AtParser::AnswerVerdict AtParser::heldUrcIsData(bool atEnd) const
{
    // Not counted out before the input ends: the URC was the module's.
    if (m_echoedHeld.size() <= m_echoedDataLeft)
        return atEnd ? AnswerVerdict::Missing : AnswerVerdict::Pending;
    return answerAfter(m_echoedHeld, qsizetype(m_echoedDataLeft), atEnd);
}

void AtParser::deliverHeldUrc()
{
    AtEvent urc;
    urc.kind = AtEvent::Kind::Line;
    urc.offset = m_echoedHeldOffset + 2;
    urc.bytes = m_echoedHeld.sliced(2, m_echoedUrcEnd - 4);
    const QByteArray rest = m_echoedHeld.sliced(m_echoedUrcEnd);
    const qint64 restOffset = m_echoedHeldOffset + m_echoedUrcEnd;
    m_echoedHeld.clear();
    m_echoedUrcEnd = -1;
    deliver(urc);
    if (m_mode != Mode::EchoedData || rest.isEmpty())
        return;
    // What followed it is looked at again: another URC, or the data.
    const qint64 savedBase = m_base;
    m_base = restOffset;
    process(rest.constData(), rest.size());
    m_base = savedBase;
}

void AtParser::releaseHeld()
{
    // Not a URC: the held bytes are read again as the data phase's first bytes.
    m_echoedUrcWatch = false;
    m_echoedUrcEnd = -1;
    const QByteArray held = std::exchange(m_echoedHeld, {});
    if (held.isEmpty())
        return;
    const qint64 savedBase = m_base;
    m_base = m_echoedHeldOffset;
    process(held.constData(), held.size());
    m_base = savedBase;
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
    if (m_echoedUrcWatch) {
        watchForUrc(data, size, i);
        if (m_echoedUrcWatch || m_mode != Mode::EchoedData)
            return; // all held or taken, or the bytes read again ended the data phase
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
    return answerAfter(m_payload, m_echoedCountEnd, atEnd);
}

AtParser::AnswerVerdict AtParser::answerAfter(QByteArrayView bytes, qsizetype countEnd, bool atEnd) const
{
    // What the module prints after a counted echo (as the virtual module does):
    // one line end, then its answer line. Anything else says the first line
    // was the answer and the data was never echoed.
    const QByteArrayView rest = bytes.sliced(countEnd);
    if (rest.isEmpty())
        return atEnd ? AnswerVerdict::Missing : AnswerVerdict::Pending;
    if (rest.front() != '\r' && rest.front() != '\n')
        return AnswerVerdict::Missing;
    // A CR LF cut in two by the count is the module's line end, not the data's and then its answer's.
    if (rest.front() == '\n' && countEnd > 0 && bytes.at(countEnd - 1) == '\r')
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
    m_echoedUrcWatch = false;
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
