// SPDX-License-Identifier: MIT
#include "atparser.h"

#include "payloadheader.h"

#include <QMetaMethod>

#include <cstring>
#include <utility>

namespace bc25::at {

namespace {

// The first CR or LF at or after `from`. memchr looks in windows that double:
// a line costs about its own length, also in a log whose lines all end with
// the same one byte (LF alone), where one unbounded search for the other
// would run to the end of the piece for every line (quadratic in the piece).
qsizetype findLineEnd(const char *data, qsizetype from, qsizetype size)
{
    qsizetype window = 64;
    for (qsizetype start = from; start < size; window *= 2) {
        const qsizetype end = size - start > window ? start + window : size;
        const char *cr = static_cast<const char *>(std::memchr(data + start, '\r', size_t(end - start)));
        const qsizetype limit = cr ? cr - data : end;
        if (const char *lf = static_cast<const char *>(std::memchr(data + start, '\n', size_t(limit - start))))
            return lf - data;
        if (cr)
            return limit;
        start = end;
    }
    return size;
}

} // namespace

AtParser::AtParser(const PayloadGrammar &grammar, QObject *parent)
    : QObject(parent)
    , m_grammar(grammar)
    , m_settings(grammar.socketCount)
{
    m_line.reserve(256);
    for (const auto *shapes : {&grammar.announcements, &grammar.driftAnnouncements}) {
        for (const PayloadAnnouncement &shape : *shapes) {
            if (shape.prefix.isEmpty())
                m_headerStarts.set();
            else
                m_headerStarts.set(uchar(shape.prefix.front()));
        }
    }
}

void AtParser::setDirectPush(int connectId, bool on)
{
    m_settings.setDirectPush(connectId, on);
}

void AtParser::expectEcho(const QByteArray &bytes)
{
    if (m_echoMatched > 0)
        replayEcho();
    m_echo = bytes;
    m_echoMatched = 0;
}

void AtParser::expectMoreEcho(QByteArrayView bytes)
{
    if (m_echo.isEmpty()) {
        expectEcho(bytes.toByteArray()); // the pieces before were echoed already
        return;
    }
    m_echo += bytes;
}

void AtParser::clearExpectedEcho()
{
    if (m_echoMatched > 0)
        replayEcho();
    m_echo.clear();
    m_echoMatched = 0;
}

bool AtParser::hasPending() const
{
    return m_mode != Mode::Line || !m_line.isEmpty() || m_echoMatched > 0;
}

void AtParser::feed(QByteArrayView bytes)
{
    m_base = m_consumed;
    process(bytes.data(), bytes.size());
    m_consumed += bytes.size();
}

void AtParser::process(const char *data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size) {
        switch (m_mode) {
        case Mode::Payload: {
            if (m_afterCr) {
                m_afterCr = false;
                if (data[i] == '\n') {
                    ++i;
                    continue;
                }
            }
            if (m_payload.isEmpty())
                m_payloadOffset = m_base + i;
            qsizetype take = qsizetype(qMin<qint64>(size - i, m_payloadWanted - m_payload.size()));
            // Hex text (AT+QICFG="dataformat",x,1) holds no line end: one before
            // the count is complete ends the data (adv F7: a count that would
            // swallow the CR LF and the next line). The digits so far are the
            // data, cut short; the line end and what follows are read as lines.
            const qsizetype lineEnd = m_settings.recvHex ? findLineEnd(data, i, i + take) : i + take;
            const bool cut = lineEnd < i + take;
            take = lineEnd - i;
            takePayload(data + i, take);
            i += take;
            if (cut)
                finishPayload(true);
            else if (m_payload.size() == m_payloadWanted)
                payloadCounted(data, size, i);
            break;
        }
        case Mode::Trailer:
            feedTrailer(data, size, i);
            break;
        case Mode::Discard: {
            qsizetype j = i;
            while (j < size && data[j] != '\r' && data[j] != '\n')
                ++j;
            m_discarded += j - i;
            i = j;
            if (j < size) {
                m_afterCr = data[j] == '\r';
                ++i;
                endDiscard();
            }
            break;
        }
        case Mode::Line:
            feedLineMode(data, size, i);
            break;
        case Mode::EchoedData:
            feedEchoedData(data, size, i);
            break;
        }
    }
}

void AtParser::feedLineMode(const char *data, qsizetype size, qsizetype &i)
{
    if (m_afterCr) {
        m_afterCr = false;
        if (data[i] == '\n') {
            ++i;
            return;
        }
    }
    if (m_swallowSpace) {
        m_swallowSpace = false;
        if (data[i] == ' ') {
            ++i;
            return;
        }
    }
    if (m_line.isEmpty()) {
        if (!m_echo.isEmpty() && !m_replaying && matchEcho(data, size, i))
            return;
        if (m_promptExpected && data[i] == '>') {
            emitPrompt(m_base + i++);
            return;
        }
        m_lineOffset = m_base + i;
    }

    // Fast scan to the next byte that can end the line (or start a viewmode-1 payload).
    qsizetype j = i;
    if (m_settings.viewMode) {
        while (j < size && data[j] != '\r' && data[j] != '\n' && data[j] != ',')
            ++j;
    } else {
        j = findLineEnd(data, i, size);
    }

    const qsizetype room = MaxLineLength - m_line.size();
    if (j - i >= room) {
        // Bound reached: keep the head for the report, drop the rest up to the line end.
        m_line.append(data + i, room);
        m_discarded = j - i - room;
        m_mode = Mode::Discard;
        i = j;
        return;
    }
    m_line.append(data + i, j - i);
    i = j;
    if (j == size)
        return;

    const char c = data[j];
    ++i;
    if (c == ',') {
        m_line.append(',');
        startPayloadAtComma(m_base + i);
        return;
    }
    m_afterCr = c == '\r';
    endLine(m_base + i);
    // CR LF, the common ending: its LF is skipped here, as the next call
    // would skip it, without a turn of process() of its own for each line.
    if (m_afterCr && m_mode == Mode::Line && i < size && data[i] == '\n') {
        m_afterCr = false;
        ++i;
    }
}

void AtParser::emitPrompt(qint64 offset)
{
    // manual 2.1.4: the data-mode prompt is ">" followed by a space, no line end
    AtEvent prompt;
    prompt.kind = AtEvent::Kind::Prompt;
    prompt.offset = offset;
    prompt.bytes = QByteArrayLiteral(">");
    m_promptExpected = false;
    m_swallowSpace = true;
    deliver(prompt);
}

bool AtParser::matchEcho(const char *data, qsizetype size, qsizetype &i)
{
    if (m_echoMatched == 0) {
        if (data[i] != m_echo.at(0))
            return false;
        m_echoOffset = m_base + i;
    }
    while (i < size && m_echoMatched < m_echo.size()) {
        if (data[i] != m_echo.at(m_echoMatched)) {
            // Modules differ in echoing the terminator (CR, Ctrl+Z): all but
            // the terminator still counts as the echo.
            const QByteArrayView rest = QByteArrayView(m_echo).sliced(m_echoMatched);
            bool terminatorOnly = true;
            for (const char t : rest) {
                if (t != '\r' && t != '\n' && t != '\x1a')
                    terminatorOnly = false;
            }
            // ...and the answer that follows begins with its line end: "AT+CGMR"
            // when "AT\r" is expected is another command's echo, not ours.
            if (terminatorOnly && (data[i] == '\r' || data[i] == '\n')) {
                AtEvent echo;
                echo.kind = AtEvent::Kind::Echo;
                echo.offset = m_echoOffset;
                echo.bytes = m_echo.first(m_echoMatched);
                m_echo.clear();
                m_echoMatched = 0;
                deliver(echo);
            } else {
                replayEcho();
            }
            return true;
        }
        ++m_echoMatched;
        ++i;
    }
    if (m_echoMatched == m_echo.size()) {
        AtEvent echo;
        echo.kind = AtEvent::Kind::Echo;
        echo.offset = m_echoOffset;
        echo.bytes = std::exchange(m_echo, {});
        m_echoMatched = 0;
        m_afterCr = echo.bytes.endsWith('\r');
        deliver(echo);
    }
    return true;
}

void AtParser::replayEcho()
{
    // The bytes looked like the echo but were not: parse them as ordinary input.
    const QByteArray bytes = m_echo.first(m_echoMatched);
    m_echoMatched = 0;
    const qint64 savedBase = m_base;
    const bool savedReplaying = m_replaying;
    m_base = m_echoOffset;
    m_replaying = true;
    process(bytes.constData(), bytes.size());
    m_replaying = savedReplaying;
    m_base = savedBase;
}

void AtParser::deliver(const AtEvent &event)
{
    if (m_listener)
        m_listener->atEventParsed(event);
    if (m_eventParsedHeard)
        emit eventParsed(event);
}

void AtParser::connectNotify(const QMetaMethod &signal)
{
    // Never reset: a disconnect keeps emitting, which is only slower.
    if (signal == QMetaMethod::fromSignal(&AtParser::eventParsed))
        m_eventParsedHeard = true;
}

void AtParser::emitLine(qint64 offset)
{
    AtEvent line;
    line.kind = AtEvent::Kind::Line;
    line.offset = offset;
    line.bytes = std::exchange(m_line, {});
    deliver(line);
    reuseBuffer(m_line, line.bytes);
}

void AtParser::reuseBuffer(QByteArray &buffer, QByteArray &delivered)
{
    // When nobody kept what was delivered (bc25-decode --stats), its buffer
    // takes the next line or payload: no allocation per event. Whoever kept
    // it shares it, and it stays as it was.
    if (buffer.isEmpty() && delivered.isDetached()) {
        buffer = std::move(delivered);
        buffer.truncate(0);
    }
}

void AtParser::endLine(qint64 nextOffset)
{
    if (m_line.isEmpty())
        return; // blank lines around results carry nothing
    if (m_lineOffset == m_hexEndAt && emitHexPastLength())
        return;
    // A complete header line: the payload follows after the line end.
    const PayloadHeader header = m_headerStarts.test(uchar(m_line.front())) ? m_grammar.headerOf(m_line, m_settings)
                                                                           : PayloadHeader {};
    if (header.dataOnLine() && header.announcesPayload(MaxPayloadLength)) {
        emitLineWithData(header);
        return;
    }
    emitLine(m_lineOffset);
    if (header.announcesPayload(MaxPayloadLength))
        startPayload(header.length, header.connectId, nextOffset);
}

void AtParser::emitLineWithData(const PayloadHeader &header)
{
    // The line first (the URC, as every model's push), then its data as any
    // payload's: decoded bytes, the socket, the announced length; fewer bytes
    // than announced is a truncated payload, text that is not hex is kept as it came.
    AtEvent data;
    data.kind = AtEvent::Kind::Data;
    data.offset = m_lineOffset + header.dataStart;
    data.connectId = header.connectId;
    data.length = header.length;
    QByteArrayView hex = QByteArrayView(m_line).sliced(header.dataStart, header.dataSize);
    if (header.dataCut && hex.size() % 2 != 0)
        hex.chop(1); // the cut fell inside a byte's two digits
    // Never more than the line announced: digits past its length are no
    // bytes of the socket's, but they are not dropped unsaid either.
    QByteArrayView pastLength;
    if (hex.size() > 2 * header.length) {
        pastLength = hex.sliced(2 * header.length);
        hex.truncate(2 * header.length);
    }
    if (!PayloadHeader::decodeHex(hex, &data.bytes)) {
        // Not hex pairs: shown as it came, with why (no bytes made up from it).
        data.bytes = hex.toByteArray();
        data.badHex = true;
    }
    data.truncated = header.dataCut || (!data.badHex && data.bytes.size() < header.length);
    data.unquotedHex = header.dataUnquoted;
    AtEvent extra;
    if (!pastLength.isEmpty()) {
        extra.kind = AtEvent::Kind::Data;
        extra.offset = data.offset + hex.size();
        extra.connectId = header.connectId;
        extra.bytes = pastLength.toByteArray(); // the line's own bytes: bounded by MaxLineLength
        extra.badHex = true;
        extra.pastLength = true;
    }
    emitLine(m_lineOffset);
    deliver(data);
    if (extra.pastLength)
        deliver(extra);
}

bool AtParser::startPayloadAtComma(qint64 nextOffset)
{
    const PayloadHeader header = m_grammar.headerBeforeComma(QByteArrayView(m_line).chopped(1), m_settings);
    if (!header.announcesPayload(MaxPayloadLength))
        return false;
    m_line.chop(1);
    emitLine(m_lineOffset);
    startPayload(header.length, header.connectId, nextOffset);
    return true;
}

void AtParser::startPayload(qint64 length, int connectId, qint64 offset)
{
    m_mode = Mode::Payload;
    m_payloadLength = length;
    m_payloadWanted = m_settings.recvHex ? 2 * length : length;
    m_payloadConnectId = connectId;
    m_payloadOffset = offset; // moves past a swallowed LF when the first payload byte arrives
    m_payloadLineStart = 0;
    m_restartAt = -1;
    m_trailerMissing = false;
    m_payload.truncate(0); // keeps a buffer finishPayload() got back
    m_payload.reserve(qsizetype(m_payloadWanted));
}

void AtParser::finishPayload(bool truncated)
{
    AtEvent data;
    data.kind = AtEvent::Kind::Data;
    data.offset = m_payloadOffset;
    data.connectId = m_payloadConnectId;
    data.length = m_payloadLength;
    data.truncated = truncated;
    m_hexEndAt = m_settings.recvHex && !truncated ? m_payloadOffset + m_payload.size() : -1;
    m_hexEndConnectId = m_payloadConnectId;
    QByteArray text = std::exchange(m_payload, {});
    if (!m_settings.recvHex)
        data.bytes = std::move(text);
    else if (!PayloadHeader::decodeHex(text, &data.bytes)) {
        data.bytes = std::move(text);
        data.badHex = true;
    }
    m_mode = Mode::Line;
    m_payloadWanted = 0;
    m_restartAt = -1;
    deliver(data);
    reuseBuffer(m_payload, text.isNull() ? data.bytes : text);
}

void AtParser::endDiscard()
{
    // A hex push longer than a line may be (adv6 F2d: over ~2036 bytes, past
    // MaxLineLength): its line up to the bound, then its data so far, marked
    // truncated; what was skipped is no one's bytes.
    const PayloadHeader header = m_grammar.headerOf(m_line, m_settings);
    if (header.dataOnLine() && header.dataCut && header.announcesPayload(MaxPayloadLength)) {
        m_discarded = 0;
        m_mode = Mode::Line;
        emitLineWithData(header);
        return;
    }
    AtEvent overflow;
    overflow.kind = AtEvent::Kind::Overflow;
    overflow.offset = m_lineOffset;
    overflow.bytes = m_line;
    overflow.length = m_discarded;
    m_line.clear();
    m_discarded = 0;
    m_mode = Mode::Line;
    deliver(overflow);
}

void AtParser::flushPending()
{
    if (m_echoMatched > 0)
        replayEcho();
    switch (m_mode) {
    case Mode::Payload:
    case Mode::Trailer:
        // The payload did not come whole, or its trailer did not follow: a
        // restart line in it is the reboot that cut it short.
        if (m_restartAt < 0 && endsPayloadsByEvidence() && !m_trailerMissing)
            trailerMissing();
        if (m_restartAt >= 0) {
            cutPayloadAtRestart();
            flushPending(); // what came after the restart line, read again, may end in a partial line
            return;
        }
        if (m_mode == Mode::Payload && cutReadBeforeItsOk()) {
            flushPending();
            return;
        }
        if (m_mode == Mode::Trailer) {
            // Counted whole; its unfinished last line was no restart line.
            const qint64 trailerOffset = m_payloadOffset + m_payload.size();
            const QByteArray trailer = std::exchange(m_trailer, {});
            finishPayload(false);
            replayAsLines(trailer, trailerOffset);
            flushPending();
            return;
        }
        finishPayload(true);
        break;
    case Mode::Discard:
        endDiscard();
        break;
    case Mode::Line:
        endLine(m_consumed);
        break;
    case Mode::EchoedData:
        if (m_echoedUrcWatch) {
            // A URC whose count the input cut short is the module's; a line cut short is data.
            if (m_echoedUrcEnd >= 0 && heldUrcIsData(true) == AnswerVerdict::Missing)
                deliverHeldUrc();
            else
                releaseHeld();
            flushPending();
            return;
        }
        if (m_echoedLineStart >= 0 && m_echoedLineStart < m_payload.size()
            && echoedLineMayEndData(QByteArrayView(m_payload).sliced(m_echoedLineStart))) {
            endEchoedDataAt(m_echoedBreak);
            endLine(m_consumed); // the answer came without its line end
        } else if (m_echoedAnswerBreak >= 0) {
            // A first line that may be the answer, and the count not confirmed by the answer after it.
            m_echoedDataLeft == 0 && answerAfterCount(true) == AnswerVerdict::Follows ? endEchoedDataAtCount()
                                                                           : endEchoedDataAt(m_echoedAnswerBreak);
            flushPending(); // what was read again may hold another data phase
            return;
        } else if (m_echoedDataLeft == 0 && m_echoedCountEnd >= 0 && m_echoedCountEnd < m_payload.size()) {
            endEchoedDataAtCount();
            endLine(m_consumed);
        } else if (!m_payload.isEmpty()) {
            finishEchoedData();
        } else {
            m_mode = Mode::Line;
            m_isAnswer = {};
        }
        break;
    }
    m_afterCr = false;
    m_swallowSpace = false;
}

void AtParser::reset()
{
    m_mode = Mode::Line;
    m_line.clear();
    m_payload.clear();
    m_payloadWanted = 0;
    m_restartAt = -1;
    m_trailer.clear();
    m_hexEndAt = -1;
    m_echo.clear();
    m_echoMatched = 0;
    m_discarded = 0;
    m_afterCr = false;
    m_swallowSpace = false;
    m_promptExpected = false;
    m_echoedDataLeft = 0;
    m_echoedAnswerBreak = -1;
    m_isAnswer = {};
    m_echoedUrcWatch = false;
    m_echoedHeld.clear();
    m_echoedUrcEnd = -1;
}

} // namespace bc25::at
