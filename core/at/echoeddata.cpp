// SPDX-License-Identifier: MIT
// AtParser in a raw log's data phase: the data echoed after "> ", counted by
// its length or ended by Ctrl+Z or Esc, and the module's answer that ends the
// phase when it echoed no data or no Ctrl+Z (atparser.h, expectEchoedData).
#include "atparser.h"

#include <utility>

namespace bc25::at {

void AtParser::expectEchoedData(qint64 length, AnswerTest isAnswer)
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
    m_payload.clear();
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
        // Counted out, but a line that may be the module's answer is still open: read it to its end.
        if (counted && m_echoedLineStart < 0)
            break;
        const char c = data[i];
        if (c == '\r' || c == '\n') {
            // The line before this line end may be the module's answer: the data was not echoed.
            if (m_echoedLineStart >= 0 && m_echoedLineStart < m_payload.size() && endEchoedDataAtAnswer())
                return; // this line end is read in line mode
            if (counted) {
                endEchoedDataAtCount();
                return;
            }
            if (m_echoedLineStart < m_payload.size() || m_echoedBreak < 0)
                m_echoedBreak = m_payload.size();
            // Fixed length: only a first line, after nothing but line ends, is looked at.
            m_echoedLineStart = m_isAnswer && (!m_echoedFixed || m_echoedOnlyLineEnds) ? m_payload.size() + 1 : -1;
        } else {
            m_echoedOnlyLineEnds = false;
        }
        m_payload.append(c);
        ++i;
        if (m_echoedDataLeft > 0) {
            if (--m_echoedDataLeft == 0)
                m_echoedCountEnd = m_payload.size();
        } else if (m_echoedDataLeft < 0 && (c == '\x1a' || c == '\x1b')) {
            m_echoedDataLeft = 0; // Ctrl+Z sends, Esc cancels: the data phase is over
            m_echoedCountEnd = m_payload.size();
            m_echoedLineStart = -1;
        }
    }
    if (m_echoedDataLeft == 0 && m_echoedLineStart < 0)
        finishEchoedData();
    else if (m_payload.size() >= MaxPayloadLength)
        m_echoedDataLeft == 0 ? endEchoedDataAtCount() : finishEchoedData();
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

bool AtParser::endEchoedDataAtAnswer()
{
    const QByteArrayView line = QByteArrayView(m_payload).sliced(m_echoedLineStart);
    if (!m_isAnswer(line))
        return false;
    // The echo ends before the line end that frames the answer; the answer
    // and its framing are read again as module lines.
    const QByteArray answer = m_payload.sliced(m_echoedBreak);
    const qint64 answerOffset = m_echoOffset + m_echoedBreak;
    m_payload.truncate(m_echoedBreak);
    if (m_payload.isEmpty()) {
        m_mode = Mode::Line;
        m_echoedDataLeft = 0;
        m_isAnswer = {};
    } else {
        finishEchoedData();
    }
    replayAsLines(answer, answerOffset);
    return true;
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
    deliver(echo);
}

} // namespace bc25::at
